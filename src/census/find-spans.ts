// The number-bearing spans of a sentence and the shape of each, for the figure-format census
// (issue 23). A span starts at digits (any script), a cardinal number word, a fraction or a scale
// word, takes in a bracket, a currency or percent sign or a written-apart article before it, and
// runs on over more number parts, the separators and connectors between them (، - / . ^ : و إلى
// من), a month name, and ends at the unit, currency or year mark that closes it. The shape writes
// each part as a class: a digit run D (separators kept: D.D, D،D), a number word W (w when it is
// also a common word: ست، خمس، نصف), a scale word S, a fraction F, a currency C, another unit U,
// %, a month M, the year marks م and هـ as written; parts written against each other are joined
// without a space, as in the text. A cue word before the span prefixes the shape (Y· a year word,
// ID· an identifier word, TEL· a phone word, NSB· نسبة, RANK· a rank noun, URL· inside an address).
// Ordinal words are not counted: most of them (الأول، الثاني) are no figure.
import { numberWord } from '../figures/02-read-numbers.js';
import { monthAt } from '../figures/03-read-dates.js';
import { matchUnit } from '../figures/04-attach-units.js';
import { HIJRI_MONTHS, ID_CUES, PERCENT_CUES, PHONE_CUES, RANK_NOUNS, YEAR_CUES } from '../figures/lexicon/cues.js';
import { UNITS_AFTER, UNITS_BEFORE } from '../figures/lexicon/units.js';
import { foldString } from '../text/normalize/index.js';
import { isDash, isPunct, keyOf, type SentenceScan } from '../figures/scan.js';
import type { Token } from '../text/token.js';

export interface NumberSpan {
  /** Source span [start, end). */
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  shape: string;
  /** Source spans of the parts that carry content (numbers, units, months, year marks): a figure
   * reads the whole span when it overlaps each of them. Brackets, articles written apart and
   * connectors are left out. */
  content: { start: number; end: number }[];
}

interface Part {
  cls: string;
  t0: number;
  t1: number;
}

const DIGIT = /\p{Nd}+/gu;
const LETTERS = /[A-Za-z]+/g;
const MAX_TOKENS = 16;

/** Word connectors between two number parts: و 30، إلى 30، من 5 (2 من 5)، أو 3، حتى 10، على 3. */
const WORD_LINKS: ReadonlyMap<string, string> = new Map(
  [
    ['و', 'و'],
    ['إلى', 'إلى'],
    ['الى', 'إلى'],
    ['حتى', 'حتى'],
    ['من', 'من'],
    ['أو', 'أو'],
    ['او', 'أو'],
    ['على', 'على'],
  ].map(([w, c]) => [foldString(w), c] as [string, string]),
);
const ARTICLE_APART = new Set(['ال', 'الـ'].map((w) => foldString(w)));

/** The digit shape of a number token as written: 1,000 → D,D; ١٫٥ → D٫D; 100MW → DU. */
export function digitShape(t: Token): string {
  const text = t.text.replace(DIGIT, 'D');
  if (t.kind !== 'alnum') return text;
  return text.replace(LETTERS, (m) => (UNITS_AFTER.next.get(m.toLowerCase())?.def ? 'U' : 'L'));
}

function hasDigit(t: Token): boolean {
  DIGIT.lastIndex = 0;
  return DIGIT.test(t.text);
}

/** The number part at token i (digits or a cardinal word), or null. */
function numberPart(s: SentenceScan, i: number): Part | null {
  if (i >= s.to) return null;
  const t = s.tokens[i];
  if (t.kind === 'number') return { cls: digitShape(t), t0: i, t1: i + 1 };
  if (t.kind === 'alnum' && hasDigit(t)) return { cls: digitShape(t), t0: i, t1: i + 1 };
  if (t.kind !== 'arabic') return null;
  const hit = numberWord(t);
  if (!hit) return null;
  const w = hit.entry;
  let cls: string;
  switch (w.type) {
    case 'scale':
      cls = 'S';
      break;
    case 'fraction':
      cls = 'F';
      break;
    case 'point':
      cls = 'فاصلة';
      break;
    case 'minus':
      return null;
    default:
      cls = w.weak ? 'w' : 'W';
  }
  const pre = (hit.conj ? 'و' : '') + (hit.prep ?? '') + (hit.article ? 'ال' : '');
  return { cls: pre + cls, t0: i, t1: i + 1 };
}

const METRE_OR_AD = foldString('م');

/** The class of a unit match: C for money, % for percent, م and هـ as written (م is also a metre), U otherwise. */
function unitClass(s: SentenceScan, i: number, t1: number, def: { kind: string; unit: string | null; yearMarker?: string }): string {
  if (t1 === i + 1 && s.tokens[i].norm === METRE_OR_AD) return 'م';
  if (def.yearMarker) return def.yearMarker === 'AH' ? 'هـ' : 'م';
  if (def.kind === 'money') return 'C';
  if (def.kind === 'percent' && def.unit === '%') return '%';
  return 'U';
}

/** Whether a number part (or a bracket and one) starts at token i. */
function partAhead(s: SentenceScan, i: number): boolean {
  if (numberPart(s, i)) return true;
  return i + 1 < s.to && isPunct(s.tokens[i], '(') && numberPart(s, i + 1) !== null;
}

function gapless(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** The cue word before token t0, as a shape prefix ('' when none). */
function cuePrefix(s: SentenceScan, t0: number): string {
  if (t0 <= s.from) return '';
  const p = s.tokens[t0 - 1];
  if (p.kind !== 'arabic' && p.kind !== 'latin') return '';
  const k = keyOf(p);
  if (PHONE_CUES.has(k)) return 'TEL·';
  if (ID_CUES.has(k)) return 'ID·';
  if (YEAR_CUES.has(k)) return 'Y·';
  if (PERCENT_CUES.has(k)) return 'NSB·';
  if (RANK_NOUNS.has(k)) return 'RANK·';
  return '';
}

/**
 * The number-bearing spans of sentence `s`, left to right, none overlapping; `urls` are the
 * document's URL and e-mail spans (a span inside one is prefixed URL·).
 */
export function findNumberSpans(s: SentenceScan, urls: readonly { start: number; end: number }[] = []): NumberSpan[] {
  const out: NumberSpan[] = [];
  let i = s.from;
  while (i < s.to) {
    const core = numberPart(s, i);
    if (!core) {
      i++;
      continue;
    }
    const lead = leadParts(s, i, out.length > 0 ? out[out.length - 1].t1 : s.from);
    const t0 = lead.length > 0 ? lead[0].t0 : i;
    const parts = [...lead, core, ...followParts(s, core.t1, t0, lead.some((p) => p.cls === '(') ? 1 : 0)];
    trimTrailing(parts);
    const span = spanOf(s, parts, t0, urls);
    out.push(span);
    i = span.t1;
  }
  return out;
}

/** Before the first part: a sign ($ € % ٪), a bracket, an article written apart, a minus (and a code's word before it); none before `floor`. */
function leadParts(s: SentenceScan, i: number, floor: number): Part[] {
  const { tokens } = s;
  const lead: Part[] = [];
  let k = i - 1;
  if (k >= floor && isPunct(tokens[k], '(')) {
    lead.unshift({ cls: '(', t0: k, t1: k + 1 });
    k--;
  }
  if (k >= floor && (tokens[k].kind === 'symbol' || tokens[k].kind === 'punct') && UNITS_BEFORE.next.get(keyOf(tokens[k]))?.def) {
    const def = UNITS_BEFORE.next.get(keyOf(tokens[k]))!.def!;
    lead.unshift({ cls: def.kind === 'money' ? 'C' : '%', t0: k, t1: k + 1 });
  } else if (k >= floor && tokens[k].kind === 'arabic' && ARTICLE_APART.has(tokens[k].norm) && gapless(tokens[k], tokens[k + 1])) {
    lead.unshift({ cls: 'الـ', t0: k, t1: k + 1 });
  } else if (k >= floor && isDash(tokens[k]) && gapless(tokens[k], tokens[k + 1]) && (k === s.from || tokens[k - 1].kind !== 'number')) {
    lead.unshift({ cls: '-', t0: k, t1: k + 1 });
    k--;
    // سوغد-500، GTG-2، كوفيد-19: a code, the word written against the dash.
    if (
      k >= floor &&
      gapless(tokens[k], tokens[k + 1]) &&
      (tokens[k].kind === 'arabic' || tokens[k].kind === 'latin' || tokens[k].kind === 'alnum')
    ) {
      lead.unshift({ cls: 'L', t0: k, t1: k + 1 });
    }
  }
  return lead;
}

/**
 * The parts after the first number part (from token j): more numbers, a unit (which ends the
 * span), brackets, a month, separators and linking words between numbers; at most MAX_TOKENS
 * from `t0`. `open`: brackets opened before the number.
 */
function followParts(s: SentenceScan, j: number, t0: number, open: number): Part[] {
  const { tokens, to } = s;
  const parts: Part[] = [];
  let lastNumber = true;
  while (j < to && j - t0 < MAX_TOKENS) {
    const t = tokens[j];
    // بالمائة، في المئة: a unit that starts with a number word is a unit after a number.
    const unitFirst = lastNumber ? matchUnit(s, j) : null;
    if (unitFirst) {
      parts.push({ cls: unitClass(s, j, unitFirst.t1, unitFirst.def), t0: j, t1: unitFirst.t1 });
      j = unitFirst.t1;
      if (open > 0 && j < to && isPunct(tokens[j], ')')) parts.push({ cls: ')', t0: j, t1: j + 1 });
      break;
    }
    const num = numberPart(s, j);
    if (num) {
      parts.push(num);
      j = num.t1;
      lastNumber = true;
      continue;
    }
    if (open > 0 && isPunct(t, ')')) {
      parts.push({ cls: ')', t0: j, t1: j + 1 });
      open--;
      j++;
      continue;
    }
    if (lastNumber) {
      const month = monthAt(s, j);
      if (month) {
        parts.push({ cls: 'M', t0: j, t1: month.t1 });
        j = month.t1;
        lastNumber = false;
        continue;
      }
      if (t.kind === 'arabic' && HIJRI_MONTHS.has(t.norm)) {
        parts.push({ cls: 'HM', t0: j, t1: j + 1 });
        j++;
        lastNumber = false;
        continue;
      }
    }
    // Separators between two number parts: ، , . : ^ + x written against both, - / with or without spaces.
    if ((t.kind === 'punct' || t.kind === 'symbol') && partAhead(s, j + 1)) {
      const next = tokens[j + 1];
      const tight = gapless(tokens[j - 1], t) && gapless(t, next);
      if (isDash(t) || isPunct(t, '/^×') || (tight && isPunct(t, '،,.:+٫٬x'))) {
        parts.push({ cls: isDash(t) ? '-' : t.text, t0: j, t1: j + 1 });
        j++;
        lastNumber = false;
        continue;
      }
      if (isPunct(t, '(')) {
        parts.push({ cls: '(', t0: j, t1: j + 1 });
        open++;
        j++;
        continue;
      }
    }
    // 2ر8: the letter ر between digits, as the Tunisian agency writes a decimal.
    if (
      t.kind === 'arabic' &&
      t.norm === 'ر' &&
      j + 1 < to &&
      tokens[j + 1].kind === 'number' &&
      gapless(tokens[j - 1], t) &&
      gapless(t, tokens[j + 1])
    ) {
      parts.push({ cls: 'ر', t0: j, t1: j + 1 });
      j++;
      lastNumber = false;
      continue;
    }
    if (t.kind === 'arabic' && WORD_LINKS.has(t.norm) && partAhead(s, j + 1)) {
      parts.push({ cls: WORD_LINKS.get(t.norm)!, t0: j, t1: j + 1 });
      j++;
      lastNumber = false;
      continue;
    }
    break;
  }
  return parts;
}

/** A trailing connector or an unclosed bracket is not part of the span. */
function trimTrailing(parts: Part[]): void {
  while (parts.length > 1 && !isNumberish(parts[parts.length - 1].cls)) {
    const last = parts[parts.length - 1];
    if (CLOSERS.has(last.cls)) break;
    parts.pop();
  }
}

/** The span of the parts from token t0: its offsets, its shape (classes, a space where the text has one) and its content. */
function spanOf(s: SentenceScan, parts: readonly Part[], t0: number, urls: readonly { start: number; end: number }[]): NumberSpan {
  const { tokens } = s;
  const t1 = parts[parts.length - 1].t1;
  const start = tokens[t0].start;
  const end = tokens[t1 - 1].end;
  let shape = '';
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) shape += gapless(tokens[parts[p - 1].t1 - 1], tokens[parts[p].t0]) ? '' : ' ';
    shape += parts[p].cls;
  }
  const inUrl = urls.some((u) => u.start < end && start < u.end);
  const content = parts.filter((p) => isContent(p.cls)).map((p) => ({ start: tokens[p.t0].start, end: tokens[p.t1 - 1].end }));
  return { start, end, t0, t1, shape: (inUrl ? 'URL·' : cuePrefix(s, t0)) + shape, content };
}

/** Parts that carry content: everything but brackets, signs written apart, codes and connectors. */
function isContent(cls: string): boolean {
  return isNumberish(cls) || (CLOSERS.has(cls) && cls !== ')');
}

const CLOSERS = new Set([')', 'C', 'U', '%', 'M', 'HM', 'م', 'هـ']);

function isNumberish(cls: string): boolean {
  return /[DWwSF]$/.test(cls) || cls === 'فاصلة';
}
