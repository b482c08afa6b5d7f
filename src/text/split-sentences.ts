// Splits text into sentences on . ؟ ? ! ؛ … and line breaks, in one linear pass, without
// splitting decimals (2.4), abbreviations (د. م. ص.ب Inc. Co.), initials (J. K.), list
// numbers ("1. ") or text inside quotes. natural's SentenceTokenizer lacks ؟ and is quadratic.
import { C, CLASS } from './char-class.js';
import type { Span } from '../model/types.js';
import { firstEndingAfter } from '../model/span-search.js';
import { LEXICON_DIR } from '../lexicon/load-lexicons.js';
import { readTsv } from '../lexicon/read-tsv.js';

const OPEN_QUOTES = new Set([0xab, 0x201c, 0x201e, 0x2018]); // « “ „ ‘
const CLOSE_QUOTES = new Set([0xbb, 0x201d, 0x2019]); // » ” ’
const CLOSERS = new Set([0x29, 0x5d, 0x7d, 0xbb, 0x201d, 0x2019, 0x22, 0x27]); // ) ] } » ” ’ " '
const TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x61b, 0x2026]); // . ! ? ؟ ؛ …

// One flag per code unit, so the scan tests a single byte per character.
const INTERESTING = new Uint8Array(0x10000);
for (const set of [OPEN_QUOTES, CLOSE_QUOTES, TERMINATORS]) for (const c of set) INTERESTING[c] = 1;
INTERESTING[0x22] = 1;
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) INTERESTING[c] = 1;

/** Latin abbreviations that take a period without ending a sentence (compared lowercased). */
const LATIN_ABBREVIATIONS = new Set([
  'inc',
  'co',
  'corp',
  'ltd',
  'llc',
  'plc',
  'bros',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'col',
  'lt',
  'sgt',
  'fig',
  'approx',
  'dept',
  'est',
  'mt',
  'p',
  'pp',
]);

/**
 * Arabic abbreviations written with a period: د. (دكتور), م. (ميلادي/مهندس), ص.ب (صندوق بريد), ه. (هجري);
 * data/lexicon/arabic-abbreviations.tsv, as written (compared with the text, not folded).
 */
const ARABIC_ABBREVIATIONS: ReadonlySet<string> = new Set(
  readTsv(new URL('arabic-abbreviations.tsv', LEXICON_DIR), ['form']).rows.map(({ record }) => record.form),
);

/** The word just before offset `dot` (letters and inner periods), or ''. */
function wordBefore(text: string, from: number, dot: number): string {
  let i = dot;
  while (i > from) {
    const k = CLASS[text.charCodeAt(i - 1)];
    if (k === C.LatinLetter || k === C.ArabicLetter || k === C.ArabicMark || text.charCodeAt(i - 1) === 0x2e) i--;
    else break;
  }
  return text.slice(i, dot);
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  const word = wordBefore(text, from, dot);
  if (word === '') return false;
  const first = word.charCodeAt(0);
  if (CLASS[first] === C.LatinLetter) {
    // An initial: one capital letter (J. K. Rowling), or a known abbreviation.
    if (word.length === 1 && first >= 0x41 && first <= 0x5a) return true;
    return LATIN_ABBREVIATIONS.has(word.toLowerCase());
  }
  return ARABIC_ABBREVIATIONS.has(word.replace(/\u0640/g, ''));
}

/** A list number at the start of a line: "1. " or "١. ". */
function isListNumber(text: string, from: number, dot: number): boolean {
  let i = dot;
  let digits = 0;
  while (i > from && CLASS[text.charCodeAt(i - 1)] === C.Digit) {
    i--;
    digits++;
  }
  if (digits === 0 || digits > 3) return false;
  while (i > from && CLASS[text.charCodeAt(i - 1)] === C.Space) i--;
  return i === from || CLASS[text.charCodeAt(i - 1)] === C.Newline;
}

function isSpaceOrEnd(text: string, i: number, to: number): boolean {
  if (i >= to) return true;
  const k = CLASS[text.charCodeAt(i)];
  return k === C.Space || k === C.Newline || k === C.Invisible;
}

/** A decimal point with a bidi mark after it (3.\u200F1, as RTL editors write numbers). */
function isMarkedDecimal(text: string, i: number, to: number): boolean {
  if (i === 0 || CLASS[text.charCodeAt(i - 1)] !== C.Digit) return false;
  let j = i + 1;
  while (j < to && CLASS[text.charCodeAt(j)] === C.Invisible) j++;
  return j > i + 1 && j < to && CLASS[text.charCodeAt(j)] === C.Digit;
}

/** A terminator right before the closing quote that ends the sentence: «انتهى الأمر.» ثم */
function closesQuotation(text: string, i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && TERMINATORS.has(text.charCodeAt(j))) j++;
  if (j >= to) return false;
  const c = text.charCodeAt(j);
  return (CLOSE_QUOTES.has(c) || c === 0x22) && isSpaceOrEnd(text, j + 1, to);
}

/** The longest a quotation may stay open before we stop trusting it (unbalanced quotes). */
const MAX_QUOTE = 400;

/** Splits `text[from, to)` into trimmed sentence spans, appended to `out`. */
export function splitSentences(text: string, from: number, to: number, out: Span[] = [], skips: readonly Span[] = []): Span[] {
  let start = from;
  // Skipped ranges (inline markup) are stepped over and never start or end a sentence.
  // (Skips do not overlap, so their ends are sorted too: the first one past a position is found
  // by binary search; scanning from the first skip for every sentence was quadratic on HTML.)
  let k = firstEndingAfter(skips, from);
  const trimSkips = (s: number, e: number): [number, number] => {
    let changed = true;
    while (changed && s < e) {
      changed = false;
      for (let j = k0(s); j < skips.length && skips[j].start <= e; j++) {
        if (skips[j].start <= s && skips[j].end > s) {
          s = Math.min(e, skips[j].end);
          changed = true;
        }
        if (skips[j].end >= e && skips[j].start < e && skips[j].start >= s) {
          e = skips[j].start;
          changed = true;
        }
      }
      while (s < e && isSpaceOrEnd(text, s, e)) s++;
      while (e > s && isSpaceOrEnd(text, e - 1, e)) e--;
    }
    return [s, e];
  };
  const k0 = (pos: number): number => firstEndingAfter(skips, pos);
  let quoteStart = -1;
  let straightQuoteOpen = false;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceOrEnd(text, s, e)) s++;
    while (e > s && isSpaceOrEnd(text, e - 1, e)) e--;
    if (skips.length > 0) [s, e] = trimSkips(s, e);
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  // The closures above capture `text` and `skips`: the scan reads its own copies, which the
  // compiler keeps in registers (most characters cost one table test and are passed over).
  const src = text;
  const interesting = INTERESTING;
  const nSkips = skips.length;
  let nextSkip = k < nSkips ? skips[k].start : to;
  for (let i = from; i < to; i++) {
    if (i >= nextSkip) {
      while (k < nSkips && skips[k].end <= i) k++;
      nextSkip = k < nSkips ? skips[k].start : to;
      if (k < nSkips && i >= skips[k].start) {
        i = skips[k].end - 1;
        continue;
      }
    }
    const c = src.charCodeAt(i);
    if (interesting[c] === 0) continue;
    if (CLASS[c] === C.Newline) {
      push(i);
      quoteStart = -1;
      straightQuoteOpen = false;
      continue;
    }
    if (OPEN_QUOTES.has(c)) {
      if (quoteStart < 0) quoteStart = i;
      continue;
    }
    if (CLOSE_QUOTES.has(c)) {
      quoteStart = -1;
      continue;
    }
    if (c === 0x22) {
      straightQuoteOpen = !straightQuoteOpen;
      quoteStart = straightQuoteOpen ? i : -1;
      continue;
    }
    if (!TERMINATORS.has(c)) continue;
    if (quoteStart >= 0 && i - quoteStart < MAX_QUOTE && !closesQuotation(text, i, to)) continue;
    let end = i + 1;
    if (c === 0x2e) {
      // Decimal or dotted number (2.4, 1.108.600), a URL or domain (no space after), ellipsis.
      if (i + 1 < to && text.charCodeAt(i + 1) === 0x2e) {
        while (end < to && text.charCodeAt(end) === 0x2e) end++;
      } else {
        if (!isSpaceOrEnd(text, i + 1, to) && !CLOSERS.has(text.charCodeAt(i + 1))) continue;
        if (isAbbreviation(text, start, i) || isListNumber(text, start, i) || isMarkedDecimal(text, i, to)) continue;
      }
    }
    // Gather the run of terminators (؟! ...), closing quotes and brackets that end the sentence.
    while (end < to && (TERMINATORS.has(text.charCodeAt(end)) || CLOSERS.has(text.charCodeAt(end)))) {
      const q = text.charCodeAt(end);
      if (CLOSE_QUOTES.has(q) || q === 0x22) {
        quoteStart = -1;
        straightQuoteOpen = false;
      }
      end++;
    }
    push(end);
    i = end - 1;
  }
  push(to);
  return out;
}
