// What every entity matcher reads: the document, its tokens, the gazetteer, and small questions
// about a token (is it a rare word, a given name, a cue, inside site chrome).
import { TypeFlag } from '../text/type-flag.js';
import type { Doc } from '../model/document.js';
import type { Token } from '../text/token.js';
import type { Gazetteer } from './gazetteer.js';
import { commonInNews } from '../ner/common-classes.js';

/** A word seen at most this often in the vocabulary (606k tokens of news and Wikipedia) is rare. */
export const RARE = 3;
const TANWIN = /[\u064B-\u064D]/;

/** Per gazetteer: is the word type one of its given names (asked once per type). */
const givenFlags = new WeakMap<Gazetteer, TypeFlag>();
function givenFlag(gaz: Gazetteer): TypeFlag {
  let flag = givenFlags.get(gaz);
  if (!flag) {
    const g = gaz.givenNames;
    flag = new TypeFlag((t) => {
      if (t.kind !== 'arabic') return false;
      if (t.stop && !t.text.endsWith('ي')) return false;
      return g.has(t.norm) || g.has(t.base);
    });
    givenFlags.set(gaz, flag);
  }
  return flag;
}

/** Per gazetteer: may a person cue start at a word of this type (its norm or base starts one; asked once per type). */
const cueStartFlags = new WeakMap<Gazetteer, TypeFlag>();
function cueStartFlag(gaz: Gazetteer): TypeFlag {
  let flag = cueStartFlags.get(gaz);
  if (!flag) {
    const root = gaz.cues.root;
    flag = new TypeFlag((t) => t.kind === 'arabic' && (root.has(t.norm) || root.has(t.base)));
    cueStartFlags.set(gaz, flag);
  }
  return flag;
}

export class MatchContext {
  readonly tokens: Token[];
  readonly text: string;
  /** Tokens inside site chrome within the body (a ticker, a byline): never part of a mention. */
  private readonly chrome: Uint8Array;
  // Per-token answers, computed once: the patterns ask the same questions of a token many times.
  private readonly common: Int32Array;
  private readonly namedFlag: Int8Array;
  private readonly givenFlag: Int8Array;
  /** 1: rare, 2: a common word of the news (isRare). */
  private readonly newsCommon: Int8Array;
  private readonly cueLength: Int8Array;
  private readonly cueKind: (string | null)[];

  constructor(
    readonly doc: Doc,
    readonly gaz: Gazetteer,
  ) {
    this.tokens = doc.tokens;
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
        if (open.some((s) => t.start < s.end && t.end > s.start)) this.chrome[t.index] = 1;
      }
    }
    for (const t of doc.tokens) {
      if (t.start < doc.body.start || t.end > doc.body.end) this.chrome[t.index] = 1;
    }
    const n = doc.tokens.length;
    this.common = new Int32Array(n).fill(-1);
    this.namedFlag = new Int8Array(n);
    this.givenFlag = new Int8Array(n);
    this.newsCommon = new Int8Array(n);
    this.cueLength = new Int8Array(n).fill(-1);
    this.cueKind = new Array<string | null>(n).fill(null);
  }

  /** The token is this document's (caches are indexed by token index). */
  private own(t: Token): boolean {
    return this.tokens[t.index] === t;
  }

  /** The token lies in site chrome or outside the body. */
  isChrome(i: number): boolean {
    return this.chrome[i] === 1;
  }

  /** How common the word is: the highest vocabulary count of its forms. */
  commonness(t: Token): number {
    if (t.kind !== 'arabic') return 0;
    const own = this.own(t);
    if (own && this.common[t.index] >= 0) return this.common[t.index];
    // The stem is not asked: المهنا (a family name, never seen) has the stem مهنا (a given name).
    const k = this.gaz.knowledge;
    const c = t.norm === t.base ? k.freq(t.norm) : Math.max(k.freq(t.norm), k.freq(t.base));
    if (own) this.common[t.index] = c;
    return c;
  }

  /**
   * An Arabic word seen rarely or never: likely a name (شوكت, ميرزيوييف, الشيحة). A word with
   * tanwin (ظروفاً, بيئياً) is an inflected common word, never a name.
   */
  isRare(t: Token): boolean {
    if (!this.unseenInTagged(t)) return false;
    // Unseen in the tagged corpora but a common word of the news (تغريدة، ترسية): no name.
    const own = this.own(t);
    if (own && this.newsCommon[t.index] !== 0) return this.newsCommon[t.index] === 1;
    const rare = !commonInNews(t);
    if (own) this.newsCommon[t.index] = rare ? 1 : 2;
    return rare;
  }

  /** An Arabic content word the tagged corpora saw rarely or never, with no tanwin. */
  unseenInTagged(t: Token): boolean {
    return t.kind === 'arabic' && !t.stop && t.norm.length >= 2 && !TANWIN.test(t.text) && this.commonness(t) <= RARE;
  }

  /** A word the tagged corpora mostly see inside names (سيمنز, السيسي), or a rare one. */
  looksNamed(t: Token): boolean {
    return this.isRare(t) || this.namedByCorpus(t);
  }

  /** A word seen at least twice in the tagged corpora, at least half the time inside a name. */
  namedByCorpus(t: Token): boolean {
    const own = this.own(t);
    if (own && this.namedFlag[t.index] !== 0) return this.namedFlag[t.index] === 2;
    const v = this.computeNamed(t);
    if (own) this.namedFlag[t.index] = v ? 2 : 1;
    return v;
  }

  private computeNamed(t: Token): boolean {
    if (t.kind !== 'arabic' || t.stop || TANWIN.test(t.text)) return false;
    const s = this.gaz.stats;
    for (const f of t.norm === t.base ? [t.norm] : [t.norm, t.base]) {
      const n = s.count(f);
      if (n >= 2 && s.named(f) * 2 >= n) return true;
    }
    return false;
  }

  /**
   * A given name of the lexicon. علي is also the preposition على written with ي: as a
   * function word it counts only when written علي.
   */
  isGivenName(t: Token): boolean {
    const own = this.own(t);
    if (own && this.givenFlag[t.index] !== 0) return this.givenFlag[t.index] === 2;
    const v = this.computeGiven(t);
    if (own) this.givenFlag[t.index] = v ? 2 : 1;
    return v;
  }

  private computeGiven(t: Token): boolean {
    return givenFlag(this.gaz).of(t);
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
      this.cueKind[i] = c ? c.kind : null;
    }
    return this.cueLength[i] > 0 ? { kind: this.cueKind[i]!, length: this.cueLength[i] } : null;
  }

  private computeCue(i: number): { kind: string; length: number } | null {
    if (!cueStartFlag(this.gaz).of(this.tokens[i])) return null;
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
