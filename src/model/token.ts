// The token: a word, number or mark of the input, with its clitics as sub-spans.
import type { Span } from './types.js';

export type TokenKind = 'arabic' | 'number' | 'latin' | 'alnum' | 'punct' | 'symbol';

export type CliticType = 'conj' | 'prep' | 'future' | 'article' | 'pronoun';

export interface Clitic extends Span {
  type: CliticType;
  text: string;
}

/** A clitic's type and text, without its offsets: what depends only on the word. */
export interface CliticForm {
  type: CliticType;
  text: string;
}

export interface Token extends Span {
  index: number;
  text: string;
  kind: TokenKind;
  /** The whole token in the normalized view (folds of text/normalize). */
  norm: string;
  /** Normalized, with proclitics (و ف ب ك ل س) removed but the article kept: لآسيا → اسيا, للطاقة → الطاقه. */
  base: string;
  /** Normalized, with every clitic removed, for matching: بالتعاون → تعاون. */
  stem: string;
  /** Source span of the stem. */
  stemStart: number;
  stemEnd: number;
  /** Proclitics, article and enclitic pronoun, in text order; empty for most tokens. */
  clitics: readonly Clitic[];
  /** An Arabic function word (في، من، التي، ...). */
  stop: boolean;
  sentence: number;
  /**
   * The word type: tokens the tokenizer made from the same characters (with the same word
   * knowledge) share this integer, and everything above that depends only on the word may be
   * computed once per type (text/type-flag.ts). Absent on tokens made by hand or by tokenWith.
   */
  typeId?: number;
  /**
   * The clitic types of `clitics` as bits (CLITIC_BIT), precomputed per word type by the
   * tokenizer, so that asking for a type makes no clitic spans; absent on tokens made by hand
   * or by tokenWith. Read it through hasClitic / cliticBits, which fall back on `clitics`.
   */
  cliticBits?: number;
  /**
   * The clitics' types and texts in text order, shared by the tokens of a word type (no spans
   * made); absent on tokens made by hand or by tokenWith. Read it through cliticForms().
   */
  cliticForms?: readonly CliticForm[];
}

/** The bit of each clitic type in Token.cliticBits. */
export const CLITIC_BIT: Readonly<Record<CliticType, number>> = { conj: 1, prep: 2, future: 4, article: 8, pronoun: 16 };

/** The bits of the proclitics: conj, prep and future (و ف ب ك ل س). */
export const PROCLITIC_BITS = CLITIC_BIT.conj | CLITIC_BIT.prep | CLITIC_BIT.future;

/** The bits (CLITIC_BIT) of the types of a token's clitics; 0 when it has none. */
export function cliticBits(t: Token): number {
  const bits = t.cliticBits;
  if (bits !== undefined) return bits;
  let b = 0;
  for (const c of t.clitics) b |= CLITIC_BIT[c.type];
  return b;
}

/** The types and texts of a token's clitics, in text order (its `clitics` without their offsets). */
export function cliticForms(t: Token): readonly CliticForm[] {
  return t.cliticForms ?? t.clitics;
}

/** The token has a clitic of this type (t.clitics.some((c) => c.type === type), without the spans). */
export function hasClitic(t: Token, type: CliticType): boolean {
  return (cliticBits(t) & CLITIC_BIT[type]) !== 0;
}

/**
 * A plain copy of a token with some fields changed. Tokens keep their fields behind getters, so
 * `{ ...t, norm }` would drop kind, text, stem and clitics; this reads every field by name.
 */
export function tokenWith(t: Token, changes: Partial<Token>): Token {
  return {
    index: t.index,
    start: t.start,
    end: t.end,
    text: t.text,
    kind: t.kind,
    norm: t.norm,
    base: t.base,
    stem: t.stem,
    stemStart: t.stemStart,
    stemEnd: t.stemEnd,
    clitics: t.clitics,
    stop: t.stop,
    sentence: t.sentence,
    ...changes,
  };
}
