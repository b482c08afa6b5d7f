// One name, one tag within a stretch of text: a word sequence the tagger left untagged is given
// the type the tagger gave the same stems in nearby sentences ("البنك التجاري" tagged once,
// missed in the next sentence; "للأهلي" after "الأهلي"), and a person's surname alone is the
// person ("بان كي مون" then "مون"). Sentences are matched on clitic-free stems, longest name
// first. A name goes where every word is untagged, or over shorter names the tagger put wholly
// inside it (ستيوا بوخارست tagged once, then ستيوا [بوخارست]LOC; كولو توريه then [كولو] توريه);
// a name the tagger found with the same span keeps its type. Measured on ANERcorp (README of
// data/models): about +1 F1, recall up three points for one of precision; the second case
// another point.
//
// With a `vote` (off by default), a name of a place, body or thing goes to its untagged
// occurrences only when the tagger itself tagged it in at least that share of its occurrences in
// the window: a common word tagged once (الهلال the crescent, tagged once as the club, then 30
// times over; مدينة، سنة، جزيرة) stays untagged. A person's name is always carried: its surname
// alone is rarely tagged by the tagger, which is why it is carried.
//
// Sentences go in one at a time and come out `WINDOW` sentences later, so a stream is tagged in
// bounded memory; `flush` releases the rest at the end of a document.
import { COMMON_WORD } from './features.js';
import { NER_TYPES, forEachEntity, isInside } from './tags.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';

/** Sentences on each side whose names a sentence is matched against. */
export const WINDOW = 20;
/** Longest name, in words, that is carried to other sentences. */
const MAX_WORDS = 4;
/** Shortest first stem of a carried name (one- and two-letter stems are too ambiguous). */
const MIN_STEM = 3;

/** A tagged sentence waiting in the window; `tags` are changed in place when it leaves. */
export interface WindowSentence<P> {
  stems: readonly string[];
  tags: Uint8Array;
  payload: P;
}

/** A name the tagger found: its stems and how often each type was given to them. */
interface Name {
  stems: readonly string[];
  counts: Int32Array;
  total: number;
}

interface Pending<P> extends WindowSentence<P> {
  /** The tagger's names in this sentence (taken before any change to its tags). */
  names: { stems: string[]; type: number }[];
}

/**
 * Whether the last word of a person's name may stand for the person alone: not a function word
 * (على، which folds onto علي) nor a word common enough to be something else (الدوري، عشر، الإمام).
 */
function surname(stem: string, knowledge: WordKnowledge): boolean {
  return (
    stem.length >= MIN_STEM && !knowledge.isStop(stem) && knowledge.freq(stem) < COMMON_WORD && knowledge.freq(`ال${stem}`) < COMMON_WORD
  );
}

/** The names of a tagged sentence, as stem sequences with a type index into NER_TYPES. */
function namesOf(stems: readonly string[], tags: Uint8Array, knowledge: WordKnowledge): { stems: string[]; type: number }[] {
  const out: { stems: string[]; type: number }[] = [];
  forEachEntity(tags, (i, j, type) => {
    const index = NER_TYPES.indexOf(type);
    if (j - i <= MAX_WORDS && stems[i].length >= MIN_STEM) out.push({ stems: stems.slice(i, j), type: index });
    // A person's last name alone is the person (بان كي مون ... وقال مون).
    if (type === 'PERS' && j - i >= 2 && surname(stems[j - 1], knowledge)) out.push({ stems: [stems[j - 1]], type: index });
  });
  return out;
}

export class NamePropagator<P> {
  private readonly queue: Pending<P>[] = [];
  /** Index in `queue` of the next sentence to release. */
  private next = 0;
  /** The names of queue[lo, hi), counted, by their first stem: the window of the next release. */
  private readonly byFirst = new Map<string, Name[]>();
  private lo = 0;
  private hi = 0;
  /** carries(), bound once for apply. */
  private readonly carry = (name: Name): boolean => this.carries(name);

  /**
   * `vote`: the least share of a non-person name's occurrences in the window that the tagger must
   * have tagged for it to be carried to the others (0: a name tagged once is carried).
   */
  constructor(
    private readonly window = WINDOW,
    private readonly knowledge: WordKnowledge = defaultWordKnowledge(),
    private readonly vote = 0,
    /**
     * A one-word name of a place, body or thing whose word is common (seen COMMON_WORD times or
     * more in data/lexicon/vocab.tsv, as it is or with ال: الهلال the crescent, مدينة، سنة) is
     * carried only when the tagger tagged it at least twice in the window (off by default).
     */
    private readonly commonTwice = false,
  ) {}

  /** Adds a tagged sentence; returns the sentences that have now seen their whole window. */
  push(stems: readonly string[], tags: Uint8Array, payload: P): WindowSentence<P>[] {
    this.queue.push({ stems, tags, payload, names: namesOf(stems, tags, this.knowledge) });
    const out: WindowSentence<P>[] = [];
    while (this.queue.length - 1 - this.next >= this.window) out.push(this.release());
    return out;
  }

  /** Releases every sentence still held (end of a document); the propagator starts afresh. */
  flush(): WindowSentence<P>[] {
    const out: WindowSentence<P>[] = [];
    while (this.next < this.queue.length) out.push(this.release());
    this.queue.length = 0;
    this.next = this.lo = this.hi = 0;
    this.byFirst.clear();
    return out;
  }

  private count(k: number, by: 1 | -1): void {
    for (const n of this.queue[k].names) {
      let list = this.byFirst.get(n.stems[0]);
      if (!list) this.byFirst.set(n.stems[0], (list = []));
      let name = list.find((x) => x.stems.length === n.stems.length && x.stems.every((w, i) => w === n.stems[i]));
      if (!name) list.push((name = { stems: n.stems, counts: new Int32Array(NER_TYPES.length), total: 0 }));
      name.counts[n.type] += by;
      name.total += by;
      if (name.total === 0) {
        list.splice(list.indexOf(name), 1);
        if (list.length === 0) this.byFirst.delete(n.stems[0]);
      }
    }
  }

  /**
   * Whether the tagger tagged `name` (as a name of its own) in at least the vote's share of the
   * places its stems occur in the counted window.
   */
  private carries(name: Name): boolean {
    if (majority(name) === PERS) return true;
    const len = name.stems.length;
    if (this.commonTwice && len === 1 && name.total < 2 && this.common(name.stems[0])) return false;
    if (this.vote === 0) return true;
    const first = name.stems[0];
    let seen = 0;
    for (let k = this.lo; k < this.hi; k++) {
      const stems = this.queue[k].stems;
      for (let i = 0; i + len <= stems.length; i++) {
        if (stems[i] !== first) continue;
        let same = true;
        for (let j = 1; j < len && same; j++) same = stems[i + j] === name.stems[j];
        if (same) seen++;
      }
    }
    return name.total >= this.vote * seen;
  }

  private common(stem: string): boolean {
    return this.knowledge.freq(stem) >= COMMON_WORD || this.knowledge.freq(`ال${stem}`) >= COMMON_WORD;
  }

  private release(): WindowSentence<P> {
    const at = this.next++;
    const s = this.queue[at];
    // Slide the counted window to [at - window, at + window].
    const to = Math.min(this.queue.length, at + this.window + 1);
    while (this.hi < to) this.count(this.hi++, 1);
    while (this.lo < at - this.window) this.count(this.lo++, -1);
    if (this.byFirst.size > 0) apply(s, this.byFirst, this.vote > 0 || this.commonTwice ? this.carry : null);
    // Sentences no window will read again are dropped.
    const drop = this.lo;
    if (drop > 64) {
      this.queue.splice(0, drop);
      this.next -= drop;
      this.lo -= drop;
      this.hi -= drop;
    }
    return s;
  }
}

/** Whether tags[i, i + len) are one name (of whatever type). */
function spans(tags: Uint8Array, i: number, len: number): boolean {
  if (tags[i] === 0 || isInside(tags[i])) return false;
  for (let k = 1; k < len; k++) if (tags[i + k] !== tags[i] + 1) return false;
  return true;
}

function majority(name: Name): number {
  let type = 0;
  for (let t = 1; t < name.counts.length; t++) if (name.counts[t] > name.counts[type]) type = t;
  return type;
}

const PERS = NER_TYPES.indexOf('PERS');

/**
 * Tags the words of `s` that spell a name of the window, longest name first (see the head of the
 * file); with `carries` (a vote), a name goes to untagged words only when it carries.
 */
function apply(s: Pending<unknown>, byFirst: Map<string, Name[]>, carries: ((name: Name) => boolean) | null): void {
  const { stems, tags } = s;
  const n = stems.length;
  for (let i = 0; i < n; i++) {
    // A name starts on an untagged word not glued to a name before it or, when it is longer
    // than the names the tagger put there, on the first word of one of them (ستيوا بوخارست over
    // ستيوا [بوخارست]); it never starts or ends inside one.
    if (tags[i] === 0 ? i > 0 && tags[i - 1] !== 0 : isInside(tags[i])) continue;
    // Every name's first stem has MIN_STEM letters or more (namesOf): shorter stems (punctuation,
    // في، من) are passed over without a lookup.
    if (stems[i].length < MIN_STEM) continue;
    const names = byFirst.get(stems[i]);
    if (!names) continue;
    let best: Name | null = null;
    for (const name of names) {
      const len = name.stems.length;
      if (i + len > n || (best && best.stems.length >= len)) continue;
      let fits = true;
      let tagged = tags[i] !== 0;
      for (let k = 1; k < len && fits; k++) {
        fits = stems[i + k] === name.stems[k];
        if (tags[i + k] !== 0) tagged = true;
      }
      if (fits && tagged) fits = len >= 2 && !(i + len < n && isInside(tags[i + len])) && !spans(tags, i, len);
      if (fits) best = name;
    }
    if (!best || (carries && tags[i] === 0 && !carries(best))) continue;
    const b = 1 + 2 * majority(best);
    tags[i] = b;
    for (let k = 1; k < best.stems.length; k++) tags[i + k] = b + 1;
    i += best.stems.length - 1;
  }
}
