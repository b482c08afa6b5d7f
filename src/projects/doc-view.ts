// What the project stage reads of a document: tokens, entity mentions and figures, each with the
// token range it covers, so rules can ask "which mentions lie in this clause".
import type { Doc } from '../model/document.js';
import type { Entity, Figure } from '../model/types.js';
import type { Token } from '../text/token.js';
import { firstEndingAfter } from '../model/span-search.js';
import { foldString } from '../text/normalize/fold-table.js';
import { ACTIONS, PROJECT_ACTIONS } from './triggers.js';
import { cliticBits, cliticForms, hasClitic } from '../model/token.js';

export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  via: string;
}

export interface FigureRef {
  figure: Figure;
  tokenStart: number;
  tokenEnd: number;
}

export class DocView {
  readonly tokens: Token[];
  readonly mentions: MentionRef[];
  readonly figures: FigureRef[];
  /** Index of the mention covering each token, or -1. */
  private readonly mentionAt: Int32Array;
  private paragraphs: Int32Array | null = null;

  constructor(
    readonly doc: Doc,
    /** The word is a proper name (rare, or mostly seen inside names): سوغد, توراكورغان. */
    readonly named: (t: Token) => boolean = () => false,
    /** The word is mostly seen inside names in the tagged corpora (not merely rare). */
    readonly namedByCorpus: (t: Token) => boolean = () => false,
  ) {
    this.tokens = doc.tokens;
    this.mentions = [];
    for (const e of doc.entities) {
      for (const m of e.mentions) {
        const r = this.tokenRange(m.start, m.end);
        if (r) this.mentions.push({ entity: e, start: m.start, end: m.end, tokenStart: r[0], tokenEnd: r[1], via: m.via });
      }
    }
    this.mentions.sort((a, b) => a.tokenStart - b.tokenStart || a.start - b.start);
    this.mentionAt = new Int32Array(this.tokens.length).fill(-1);
    this.mentions.forEach((m, k) => {
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if (this.mentionAt[i] < 0) this.mentionAt[i] = k;
    });
    this.figures = [];
    for (const f of doc.figures) {
      const r = this.tokenRange(f.start, f.end);
      if (r) this.figures.push({ figure: f, tokenStart: r[0], tokenEnd: r[1] });
    }
    this.figures.sort((a, b) => a.tokenStart - b.tokenStart || a.figure.start - b.figure.start);
  }

  /** The tokens overlapping [start, end): [first, one past last], or null. */
  tokenRange(start: number, end: number): [number, number] | null {
    const t = this.tokens;
    const lo = firstEndingAfter(t, start);
    if (lo >= t.length || t[lo].start >= end) return null;
    let j = lo;
    while (j < t.length && t[j].start < end) j++;
    return [lo, j];
  }

  /**
   * The paragraph holding the start of sentence `s`, or -1 (paragraphs and sentences are both in
   * text order, so one sweep numbers them all; it is made on first use).
   */
  paragraphOf(s: number): number {
    if (!this.paragraphs) {
      const { sentences, paragraphs } = this.doc;
      const out = new Int32Array(sentences.length).fill(-1);
      let p = 0;
      for (const sentence of sentences) {
        while (p < paragraphs.length && paragraphs[p].end <= sentence.start) p++;
        if (p < paragraphs.length && sentence.start >= paragraphs[p].start) out[sentence.index] = p;
      }
      this.paragraphs = out;
    }
    return this.paragraphs[s];
  }

  /** The mention covering token i, if any. */
  mentionOn(i: number): MentionRef | undefined {
    const k = this.mentionAt[i];
    return k >= 0 ? this.mentions[k] : undefined;
  }

  /** The mention starting at token i, if any. */
  mentionStarting(i: number): MentionRef | undefined {
    const m = this.mentionOn(i);
    return m && m.tokenStart === i ? m : undefined;
  }

  /** Mentions whose first token is in [from, to) (binary search: they are in text order). */
  mentionsIn(from: number, to: number): MentionRef[] {
    return slice(this.mentions, from, to);
  }

  /** Figures whose first token is in [from, to). */
  figuresIn(from: number, to: number): FigureRef[] {
    return slice(this.figures, from, to);
  }

  /** Whether `cue` holds for one of the four tokens before token `at`, none of them before `from`. */
  cueBefore(at: number, from: number, cue: (k: number) => boolean): boolean {
    for (let k = at - 1; k >= at - 4 && k >= from && k >= 0; k--) if (cue(k)) return true;
    return false;
  }

  /** The normalized form of token i without proclitics and article (المطارات → مطارات). */
  bare(i: number): string {
    return bareOf(this.tokens[i]);
  }

  /**
   * The whole word without proclitics and article, its ending kept: توسعة → توسعه even where
   * the splitter read its ة as a pronoun (base توسع).
   */
  bareWhole(i: number): string {
    return bareWholeOf(this.tokens[i]);
  }

  /** Whether `words` holds token i's bare form or its whole form (a word whose ة the splitter read as a pronoun). */
  inList(words: { has(word: string): boolean }, i: number): boolean {
    return words.has(this.bare(i)) || words.has(this.bareWhole(i));
  }

  /** Token i is an action noun, or one that is one only right after مشروع (مشروع استكمال شبكات المياه). */
  isProjectAction(i: number): boolean {
    return this.isAction(i) || (this.tokens[i]?.kind === 'arabic' && PROJECT_ACTIONS.has(this.bare(i)));
  }

  /**
   * Token i is an action noun (بناء, لتطوير, وإقامة), also where the splitter kept a short word
   * whole (لمد = ل + مد).
   */
  isAction(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'arabic') return false;
    return ACTIONS.has(this.bare(i)) || ACTIONS.has(this.bareWhole(i)) || ACTIONS.has(this.unsplit(i));
  }

  /**
   * Token i without a preposition the splitter left on it (لمد → مد, بخط → خط: short words it
   * keeps whole), or '' when it split the token or none is there.
   */
  unsplit(i: number): string {
    return unsplitOf(this.tokens[i]);
  }

  /** A string folded as token forms are (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics). */
  fold(s: string): string {
    return foldString(s);
  }

  isPunct(i: number, marks: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && marks.includes(t.text[0]);
  }
}

/** The items of a list sorted by tokenStart whose tokenStart is in [from, to). */
function slice<T extends { tokenStart: number }>(list: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < list.length && list[k].tokenStart < to; k++) out.push(list[k]);
  return out;
}

/** The normalized form of a token without proclitics and article (المطارات → مطارات); '' for no Arabic word. */
export function bareOf(t: Token | undefined): string {
  if (!t || t.kind !== 'arabic') return '';
  return t.base.startsWith('ال') && t.base.length > 3 ? t.base.slice(2) : t.base;
}

/** The whole word without proclitics and article, its ending kept (DocView.bareWhole). */
export function bareWholeOf(t: Token | undefined): string {
  if (!t || t.kind !== 'arabic') return '';
  const clitics = cliticForms(t);
  let pro = 0;
  for (let k = 0; k < clitics.length; k++) {
    const type = clitics[k].type;
    if (type === 'conj' || type === 'prep' || type === 'future') pro++;
  }
  let w = t.norm.slice(pro);
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  else if (pro > 0 && hasClitic(t, 'article') && w.startsWith('ل')) w = w.slice(1);
  return w;
}

/** A token the splitter left whole that reads as ل/ب/ك (after و/ف) + a word of two letters or more: the word (DocView.unsplit). */
export function unsplitOf(t: Token | undefined): string {
  if (!t || t.kind !== 'arabic' || cliticBits(t) !== 0) return '';
  const m = /^(و|ف)?(ل|ب|ك)(.{2,})$/.exec(t.norm);
  return m ? m[3] : '';
}
