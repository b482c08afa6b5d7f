// What every entity matcher reads: the document, its tokens, the gazetteer, and small questions
// about a token (is it a rare word, a given name, a cue, inside site chrome).
import { TypeFlag, TypeMemo, typeIdsOf } from '../text/type-flag.js';
import type { Doc } from '../model/document.js';
import type { Token } from '../text/token.js';
import type { Gazetteer } from './gazetteer.js';
import { commonInNews } from '../ner/common-classes.js';
import { cliticBits, PROCLITIC_BITS } from '../model/token.js';

/** A word seen at most this often in the vocabulary (606k tokens of news and Wikipedia) is rare. */
export const RARE = 3;
const TANWIN = /[\u064B-\u064D]/;

/**
 * What the matchers ask about a word, per gazetteer, answered once per word type (TypeFlag,
 * TypeMemo) and shared by every document: each depends only on the type's text, kind, norm,
 * base, stem and stop, and on the gazetteer's tables.
 */
interface WordFacts {
  /** A given name of the lexicon (isGivenName). */
  given: TypeFlag;
  /** A person cue may start at it: its norm or base starts one. */
  cueStart: TypeFlag;
  /** namedByCorpus. */
  named: TypeFlag;
  /** unseenInTagged. */
  unseen: TypeFlag;
  /** isRare. */
  rare: TypeFlag;
  /** commonness, by the memo. */
  common: TypeMemo<number>;
  commonOf: (t: Token) => number;
}

const wordFacts = new WeakMap<Gazetteer, WordFacts>();
function factsOf(gaz: Gazetteer): WordFacts {
  let facts = wordFacts.get(gaz);
  if (facts) return facts;
  const g = gaz.givenNames;
  const root = gaz.cues.root;
  const k = gaz.knowledge;
  const s = gaz.stats;
  // The stem is not asked: المهنا (a family name, never seen) has the stem مهنا (a given name).
  const commonOf = (t: Token): number =>
    t.kind !== 'arabic' ? 0 : t.norm === t.base ? k.freq(t.norm) : Math.max(k.freq(t.norm), k.freq(t.base));
  const common = new TypeMemo<number>();
  const unseen = new TypeFlag(
    (t) => t.kind === 'arabic' && !t.stop && t.norm.length >= 2 && !TANWIN.test(t.text) && common.of(t, commonOf) <= RARE,
  );
  facts = {
    given: new TypeFlag((t) => {
      if (t.kind !== 'arabic') return false;
      if (t.stop && !t.text.endsWith('ي')) return false;
      return g.has(t.norm) || g.has(t.base);
    }),
    cueStart: new TypeFlag((t) => t.kind === 'arabic' && (root.has(t.norm) || root.has(t.base))),
    named: new TypeFlag((t) => {
      if (t.kind !== 'arabic' || t.stop || TANWIN.test(t.text)) return false;
      for (const f of t.norm === t.base ? [t.norm] : [t.norm, t.base]) {
        const n = s.count(f);
        if (n >= 2 && s.named(f) * 2 >= n) return true;
      }
      return false;
    }),
    unseen,
    // Unseen in the tagged corpora but a common word of the news (تغريدة، ترسية): no name.
    rare: new TypeFlag((t) => unseen.of(t) && !commonInNews(t)),
    common,
    commonOf,
  };
  wordFacts.set(gaz, facts);
  return facts;
}

export class MatchContext {
  readonly tokens: Token[];
  /** Each token's word type id (typeIdsOf), for the per-type questions of the matchers' loops. */
  readonly typeIds: Int32Array;
  readonly text: string;
  /** Tokens inside site chrome within the body (a ticker, a byline): never part of a mention. */
  private readonly chrome: Uint8Array;
  /** Answers per word type (the patterns ask the same questions of a word many times). */
  private readonly facts: WordFacts;
  // Per-token answers, computed once: a cue depends on the words after the token too.
  private readonly cueLength: Int8Array;
  /** The cue's kind at the positions where one starts (cueLength > 0); others are not written. */
  private readonly cueKind: (string | undefined)[] = [];

  constructor(
    readonly doc: Doc,
    readonly gaz: Gazetteer,
  ) {
    this.tokens = doc.tokens;
    this.typeIds = typeIdsOf(doc.tokens);
    this.text = doc.text;
    this.chrome = new Uint8Array(doc.tokens.length);
    // The set-aside spans in the body, sorted, walked beside the tokens (testing every token
    // against every span was quadratic on a page of much markup).
    const aside = doc.setAside.filter((s) => s.end > doc.body.start && s.start < doc.body.end).sort((a, b) => a.start - b.start);
    if (aside.length > 0) {
      // Spans overlapping a token end after its start; those that end earlier can be dropped
      // once the tokens pass them, since tokens come in text order.
      let next = 0;
      const open: { start: number; end: number }[] = [];
      for (const t of doc.tokens) {
        while (next < aside.length && aside[next].start < t.end) open.push(aside[next++]);
        let keep = 0;
        for (const s of open) if (s.end > t.start) open[keep++] = s;
        open.length = keep;
        // A loop, not open.some(closure): the closure over t made two objects for every token.
        for (const s of open) {
          if (t.start < s.end && t.end > s.start) {
            this.chrome[t.index] = 1;
            break;
          }
        }
      }
    }
    for (const t of doc.tokens) {
      if (t.start < doc.body.start || t.end > doc.body.end) this.chrome[t.index] = 1;
    }
    const n = doc.tokens.length;
    this.facts = factsOf(gaz);
    this.cueLength = new Int8Array(n).fill(-1);
  }

  /** The forms of the document's Arabic words written with no proclitic, built on first ask. */
  private bareForms: Set<string> | null = null;

  /**
   * The document writes `form` (folded) as a word of its own, with no proclitic: where لأردوغان
   * also stands as أردوغان, its ل is the preposition, whatever the letter may be in other names.
   */
  standsAlone(form: string): boolean {
    if (!this.bareForms) {
      const forms = new Set<string>();
      for (const t of this.tokens) if (t.kind === 'arabic' && (cliticBits(t) & PROCLITIC_BITS) === 0) forms.add(t.norm);
      this.bareForms = forms;
    }
    return this.bareForms.has(form);
  }

  /** The token lies in site chrome or outside the body. */
  isChrome(i: number): boolean {
    return this.chrome[i] === 1;
  }

  /** How common the word is: the highest vocabulary count of its forms. */
  commonness(t: Token): number {
    if (t.kind !== 'arabic') return 0;
    return this.facts.common.of(t, this.facts.commonOf);
  }

  /**
   * An Arabic word seen rarely or never: likely a name (شوكت, ميرزيوييف, الشيحة). A word with
   * tanwin (ظروفاً, بيئياً) is an inflected common word, never a name.
   */
  isRare(t: Token): boolean {
    return this.facts.rare.of(t);
  }

  /** An Arabic content word the tagged corpora saw rarely or never, with no tanwin. */
  unseenInTagged(t: Token): boolean {
    return this.facts.unseen.of(t);
  }

  /** A word the tagged corpora mostly see inside names (سيمنز, السيسي), or a rare one. */
  looksNamed(t: Token): boolean {
    return this.isRare(t) || this.namedByCorpus(t);
  }

  /** A word seen at least twice in the tagged corpora, at least half the time inside a name. */
  namedByCorpus(t: Token): boolean {
    return this.facts.named.of(t);
  }

  /**
   * A given name of the lexicon. علي is also the preposition على written with ي: as a
   * function word it counts only when written علي.
   */
  isGivenName(t: Token): boolean {
    return this.facts.given.of(t);
  }

  /** A given name the corpora mostly use as a plain word (أمل "hope", حصة "share"). */
  isWordyGivenName(t: Token): boolean {
    const g = this.gaz.wordyGivenNames;
    return g.has(t.norm) || g.has(t.base);
  }

  /** A Latin word written with a capital (Komaihaltec, ITOCHU, Rönesans). */
  isCapitalized(t: Token): boolean {
    if (t.kind !== 'latin' && t.kind !== 'alnum') return false;
    const c = t.text[0];
    return c !== c.toLowerCase() && c === c.toUpperCase();
  }

  /** The token is one of the given punctuation marks. */
  isPunct(t: Token | undefined, marks: string): boolean {
    return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && marks.includes(t.text[0]);
  }

  /** The person cue (title, role, honorific) starting at token i: its kind and token length, or null. */
  cueAt(i: number): { kind: string; length: number } | null {
    if (i < 0 || i >= this.tokens.length) return null;
    if (this.cueLength[i] < 0) {
      const c = this.computeCue(i);
      this.cueLength[i] = c ? c.length : 0;
      if (c) this.cueKind[i] = c.kind;
    }
    return this.cueLength[i] > 0 ? { kind: this.cueKind[i]!, length: this.cueLength[i] } : null;
  }

  private computeCue(i: number): { kind: string; length: number } | null {
    if (!this.facts.cueStart.ofType(this.typeIds[i], this.tokens[i])) return null;
    let map = this.gaz.cues.root;
    let best: { kind: string; length: number } | null = null;
    for (let j = i; j < this.tokens.length && j < i + 6; j++) {
      const t = this.tokens[j];
      const node = map.get(t.norm) ?? map.get(t.base);
      if (!node) break;
      if (node.values) best = { kind: node.values[0], length: j - i + 1 };
      if (!node.next) break;
      map = node.next;
    }
    return best;
  }

  /** The two tokens are in the same sentence. */
  sameSentence(a: number, b: number): boolean {
    return this.tokens[a]?.sentence === this.tokens[b]?.sentence;
  }
}
