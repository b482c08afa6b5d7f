// The token: a word, number or mark of the input, with its clitics as sub-spans.
import type { Span } from './types.js';

export type TokenKind = 'arabic' | 'number' | 'latin' | 'alnum' | 'punct' | 'symbol';

export type CliticType = 'conj' | 'prep' | 'future' | 'article' | 'pronoun';

export interface Clitic extends Span {
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
