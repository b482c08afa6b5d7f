// Splits text into tokens — Arabic words, numbers, Latin words, alphanumerics, punctuation —
// with offsets into the source, in one linear scan over a character-class table.
import { C, CLASS } from './char-class.js';
import { STANDARD, foldString } from './normalize/index.js';
import { splitClitics } from './split-clitics.js';
import type { Clitic, Token, TokenKind } from './token.js';
import type { WordKnowledge } from './word-knowledge.js';

const EMPTY: readonly Clitic[] = Object.freeze([]);
const PLAIN_ALEF = 0x0627;

function isNumberSeparator(c: number): boolean {
  // . , ٫ ٬ inside a number: 2.4, 1,59, ١٫٥, 1.108.600
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
}

/** Tokenizes `text[from, to)`; tokens get `sentence` and consecutive indexes from `firstIndex`. */
export function tokenize(
  text: string,
  from: number,
  to: number,
  knowledge: WordKnowledge,
  sentence = 0,
  firstIndex = 0,
  out: Token[] = [],
): Token[] {
  let i = from;
  let index = firstIndex;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === C.Space || k === C.Newline || k === C.Invisible) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (k === C.ArabicLetter || k === C.ArabicMark) {
      while (i < to && (CLASS[text.charCodeAt(i)] === C.ArabicLetter || CLASS[text.charCodeAt(i)] === C.ArabicMark)) i++;
      kind = 'arabic';
    } else if (k === C.Digit) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (CLASS[d] === C.Digit) i++;
        else if (isNumberSeparator(d) && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === C.Digit) i += 2;
        else break;
      }
      kind = 'number';
      if (i < to && CLASS[text.charCodeAt(i)] === C.LatinLetter) {
        while (i < to && (CLASS[text.charCodeAt(i)] === C.LatinLetter || CLASS[text.charCodeAt(i)] === C.Digit)) i++;
        kind = 'alnum';
      }
    } else if (k === C.LatinLetter) {
      let digits = false;
      while (i < to) {
        const d = CLASS[text.charCodeAt(i)];
        if (d === C.LatinLetter) i++;
        else if (d === C.Digit && text.charCodeAt(i) < 0x80) {
          digits = true;
          i++;
        } else if (text.charCodeAt(i) === 0x27 && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === C.LatinLetter) i += 2;
        else break;
      }
      kind = digits ? 'alnum' : 'latin';
    } else if (k === C.Punct) {
      i++;
      while (i < to && text.charCodeAt(i) === c) i++;
      kind = 'punct';
    } else if (k === C.Surrogate) {
      i += c <= 0xdbff && i + 1 < to && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      kind = 'symbol';
    } else {
      i++;
      kind = 'symbol';
    }
    out.push(makeToken(text, start, i, kind, knowledge, sentence, index++));
  }
  return out;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  knowledge: WordKnowledge,
  sentence: number,
  index: number,
): Token {
  const surface = text.slice(start, end);
  if (kind !== 'arabic') {
    const norm = kind === 'punct' || kind === 'symbol' ? surface : foldString(surface);
    return { index, start, end, text: surface, kind, norm, base: norm, stem: norm, stemStart: start, stemEnd: end, clitics: EMPTY, stop: false, sentence };
  }
  // Normalized form with, for each normalized code unit, its source offset.
  const single = STANDARD.single;
  let norm = '';
  let pos: number[] | null = null;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const r = single[c];
    if (r === -1) norm += text[i];
    else if (r >= 0) norm += String.fromCharCode(r);
    else if (r === -3) {
      // An expansion (presentation-form ligature): every unit points at the ligature.
      pos ??= identity(start, norm.length);
      const e = STANDARD.expansions.get(c)!;
      for (let k = 0; k < e.length; k++) pos.push(i);
      norm += e;
      continue;
    } else {
      pos ??= identity(start, norm.length);
      continue;
    }
    if (pos) pos.push(i);
  }
  if (norm.length === 0) {
    return { index, start, end, text: surface, kind: 'symbol', norm: surface, base: surface, stem: surface, stemStart: start, stemEnd: end, clitics: EMPTY, stop: false, sentence };
  }
  const at = (j: number): number => (pos ? (j < pos.length ? pos[j] : end) : start + j);
  const atEnd = (j: number): number => (j === 0 ? start : at(j - 1) + 1);
  const split = splitClitics(norm, knowledge, (j) => text.charCodeAt(at(j)) === PLAIN_ALEF);
  let clitics: readonly Clitic[] = EMPTY;
  if (split.parts.length > 0) {
    clitics = split.parts.map((p) => {
      const s = at(p.start);
      const e = atEnd(p.end);
      return { type: p.type, start: s, end: e, text: text.slice(s, e) };
    });
  }
  const stemStart = at(split.stemStart);
  const stemEnd = split.stemEnd === norm.length ? end : atEnd(split.stemEnd);
  const stop = knowledge.isStop(norm) || knowledge.isStop(split.base);
  return { index, start, end, text: surface, kind, norm, base: split.base, stem: split.stem, stemStart, stemEnd, clitics, stop, sentence };
}

function identity(start: number, n: number): number[] {
  const a = new Array<number>(n);
  for (let j = 0; j < n; j++) a[j] = start + j;
  return a;
}
