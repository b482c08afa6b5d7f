// Step 2: numbers, from digits and from words, as one grammar over tokens. A digit token is a
// number by itself (2.4، 1.108.600، ١٫٥) and may be followed by scale words (2.4 مليار، 195 مليون
// و 700 ألف); number words build up group by group (ثلاثة آلاف وخمسمائة، واحد وعشرون تريليون
// وثلاث مائة، مليون ونصف، ثلاثة أرباع، نصف دزينة); ordinals (التاسع، الحادي والعشرين) are read
// here too. Every reading is a left-to-right scan that never backtracks more than a token.
import { NUMBER_WORDS, ORDINAL_WORDS, type NumberWord } from './lexicon/number-words.js';
import { UNITS_AFTER } from './lexicon/units.js';
import { isPlainInteger, parseDigits } from './parse-digits.js';
import { adjacent, closesMark, isAnd, isDash, isPunct, keyOf, type Num, type SentenceScan } from './scan.js';
import { expandWithClitics, sourceOffset, type WordHit } from './word-forms.js';
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { words } from '../lexicon/word-lists.js';
import { hasClitic } from '../model/token.js';

const NUM = expandWithClitics(NUMBER_WORDS, { article: true, bareOnly: (w) => w.dialect === true });
const ORD = expandWithClitics(ORDINAL_WORDS, { article: true });

/** Weak number words that are also fractions: خمس الساعة = 1/5 of the hour. */
const FRACTION_ALT: ReadonlyMap<string, number> = new Map([
  [foldString('خمس'), 1 / 5],
  [foldString('سبع'), 1 / 7],
  [foldString('تسع'), 1 / 9],
  [foldString('عشر'), 1 / 10],
]);

/** Latin unit suffixes glued to digits: 100MW, 5GW, 20kWh, 43c. */
const LATIN_SUFFIX = /^([0-9]+(?:[.,][0-9]+)*)([a-z%¢$€]+)$/;
const SCIENTIFIC = /^([0-9]+(?:[.,][0-9]+)?)e([0-9]*)$/;

/** Every folded form (clitics included) that starts a number or an ordinal: the scan's filter. */
export function numberTriggers(): Iterable<string> {
  return [...NUM.keys(), ...ORD.keys(), ...PART];
}

export function numberWord(t: Token): WordHit<NumberWord> | undefined {
  return t.kind === 'arabic' ? NUM.get(t.norm) : undefined;
}

/** Whether token `t` starts a unit phrase (so digits glued to it are still a number: 2015م، 30مليون). */
function startsUnit(t: Token): boolean {
  const k = keyOf(t);
  return UNITS_AFTER.next.has(k) || (k.endsWith('ا') && UNITS_AFTER.next.has(k.slice(0, -1)));
}

interface Item {
  kind: 'digits' | 'word';
  value: number;
  w?: NumberWord;
  norm?: string;
  t0: number;
  t1: number;
  start: number;
  end: number;
  conj: boolean;
  article: boolean;
  prep: boolean;
  prepChar: string | null;
  plain: boolean;
  suffixUnit?: Num['suffixUnit'];
  glued?: boolean;
  /** An English scale word (billion): only after a number. */
  latin?: boolean;
  /** Digits in two or more groups of three (1.063.837، 75,003,560، ١٬٢٣٤٬٥٦٧): a whole amount. */
  grouped?: boolean;
}

/**
 * A comma before three digits groups thousands also before مليون in the singular: "أرباحا بلغت 1,596
 * مليون ريال"، "4,749 مليون درهم إماراتي (1,292 مليون دولار)" (1,596 million, not 1.596). In
 * ../shared/unlabeled 91 such amounts, nearly all of them in Saudi and Emirati company results where the
 * sum in another currency or the totals beside it show thousands (2,650 مليون درهم = 721 مليون دولار);
 * the few decimals were areas in Tunisian news (1,462 مليون متر مربع in 220 hectares). مليار and the
 * plural ملايين keep the decimal reading: there the comma is as often a decimal (2,650 مليار درهم = 721
 * مليون دولار، 3,650 ملايين دينار).
 */
function thousandsOfMillions(t: Token, scale: Token): boolean {
  return THOUSANDS_COMMA_SCALES.has(scale.norm) && /^[0-9]{1,3},[0-9]{3}$/.test(t.norm);
}

/**
 * A decimal stored in display order with a right-to-left mark after its point, as Asharq al-Awsat
 * writes it: "5.\u200f7 درجة" is 7.5, "95.\u200f56 دولار للبرميل" 56.95, "50.\u200f1104 دولار للأوقية"
 * 1104.50 — the digits after the mark are the whole part. ../shared/unlabeled: 323 such numbers, all
 * of aawsat, read with their parts swapped (a Brent price of 95.56 in 2015, an earthquake of 5.7).
 */
function visuallyOrderedDecimal(t: Token): number | null {
  const m = /^([0-9]+)\.\u200f([0-9]+)$/.exec(t.text);
  return m ? Number(`${m[2]}.${m[1]}`) : null;
}

const DINAR_WORDS: ReadonlySet<string> = words('digits_decimal_comma_before');

/**
 * A comma before three digits and a dinar is decimal, the millimes (Tunisian news: ليرتفع من 12,304
 * دينارا إلى 13 دينارا, من 2,475 دينار إلى 20,100 دينار): ../shared/unlabeled has 24 such amounts in 3
 * articles of Jawhara FM, all millimes by their sums (319,904 + 18,096 = 338), and no dinar amount
 * with a comma grouping thousands. A dot is left to parseDigits (5.000 دينار is five thousand).
 */
function dinarsAndMillimes(t: Token, next: Token | undefined, inSentence: boolean): number | null {
  if (!next || !inSentence || !DINAR_WORDS.has(next.norm)) return null;
  const m = /^([0-9]{1,3}),([0-9]{3})$/.exec(t.norm);
  return m ? Number(`${m[1]}.${m[2]}`) : null;
}

/** Reads the digit token at i with what may extend it: ، groups, spaced groups, ^, a/b, e+14. */
function readDigits(s: SentenceScan, i: number): Item | null {
  const { tokens, to } = s;
  const t = tokens[i];
  if (t.kind === 'alnum') return readAlnumDigits(s, i);
  const next = tokens[i + 1];
  const beforeScale = next !== undefined && i + 1 < to && numberWord(next)?.entry.type === 'scale' && !thousandsOfMillions(t, next);
  const value = visuallyOrderedDecimal(t) ?? dinarsAndMillimes(t, next, i + 1 < to) ?? parseDigits(t.norm, beforeScale);
  if (value === null) return null;
  const d: DigitsReading = { value, end: i + 1, plain: isPlainInteger(t.norm), norm: t.norm };
  joinDigitGroups(s, d);
  addDecimalAfter(s, i, d);
  addPower(s, d);
  addSlashFraction(s, d);
  addMixedFraction(s, d);
  const { end, plain } = d;
  // Digits glued to a word that is neither a unit nor a number word: a code or a typo. Not the
  // conjunction before more digits (بين 24و30 عاما، يومي 8و9 مارس، ما بين 12و14 ألف ريال، 14أو 15
  // مليون يورو: 67 times in ../shared/unlabeled, whose first number was lost) nor a year glued to a
  // function word after a missing space (عام 1999من البحر، في العام 1978إلى، في 2017أو ما يعادل: 40
  // times); a smaller number so glued stays out (التاريخ ٤من المايو, as Recognizers-Text wants it).
  const after = tokens[end];
  const glued =
    end < to &&
    after.kind === 'arabic' &&
    adjacent(tokens[end - 1], after) &&
    !numberWord(after) &&
    !startsUnit(after) &&
    !andBeforeDigits(s, end) &&
    !(after.stop && after.norm.length >= 2 && plain && d.value >= 1000 && d.value <= 2100);
  return {
    kind: 'digits',
    value: d.value,
    t0: i,
    t1: end,
    start: t.start,
    end: tokens[end - 1].end,
    conj: false,
    article: false,
    prep: false,
    prepChar: null,
    plain,
    glued,
    grouped: GROUPED.test(t.norm) || (end > i + 1 && Number.isInteger(d.value)),
  };
}

/** Digits with two or more thousands separators: 1.063.837، 2,280,000,000. */
const GROUPED = /^[0-9]{1,3}([.,])[0-9]{3}(?:\1[0-9]{3})+$/;
/** Scale words before which a comma and three digits group thousands (1,596 مليون). */
const THOUSANDS_COMMA_SCALES: ReadonlySet<string> = words('number_thousands_comma_scales');

const OR = foldString('أو');

/** و or أو alone at token i, with digits or a number word right after it (24و30، 8و 9، 14أو 15). */
function andBeforeDigits(s: SentenceScan, i: number): boolean {
  const next = i + 1 < s.to ? s.tokens[i + 1] : undefined;
  const t = s.tokens[i].norm;
  return (t === 'و' || t === OR) && next !== undefined && (next.kind === 'number' || numberWord(next) !== undefined);
}

/** Digits being read: their value, the token after them, whether they are still a plain integer, and their text. */
interface DigitsReading {
  value: number;
  end: number;
  plain: boolean;
  norm: string;
}

/** A token of digits and letters: 1.5e9 (with e+14 split off), or digits with a unit written against them (5km). */
function readAlnumDigits(s: SentenceScan, i: number): Item | null {
  const { tokens, to } = s;
  const t = tokens[i];
  const low = t.norm.toLowerCase();
  const sci = SCIENTIFIC.exec(low);
  const suf = LATIN_SUFFIX.exec(low);
  let end = i + 1;
  let value: number | null;
  let suffixUnit: Item['suffixUnit'];
  if (sci) {
    value = parseDigits(sci[1], false);
    if (value === null) return null;
    let exp = sci[2];
    let sign = 1;
    if (
      exp === '' &&
      end + 1 < to &&
      isPunct(tokens[end], '+-') &&
      adjacent(tokens[end - 1], tokens[end]) &&
      tokens[end + 1].kind === 'number'
    ) {
      sign = tokens[end].text === '-' ? -1 : 1;
      exp = tokens[end + 1].norm;
      end += 2;
    }
    if (exp === '' || !isPlainInteger(exp)) return null;
    value = sign > 0 ? value * 10 ** Number(exp) : value / 10 ** Number(exp);
  } else if (suf) {
    const unit = UNITS_AFTER.next.get(suf[2])?.def;
    if (!unit) return null;
    value = parseDigits(suf[1], false);
    if (value === null) return null;
    suffixUnit = unit;
  } else return null;
  return {
    kind: 'digits',
    value,
    t0: i,
    t1: end,
    start: t.start,
    end: tokens[end - 1].end,
    conj: false,
    article: false,
    prep: false,
    prepChar: null,
    plain: false,
    suffixUnit,
  };
}

/** ١،٢٣٤،٥٦٧ (the Arabic comma between groups of three) and ١ ٢٣٤ ٥٦٧، 1 234 567.89 (groups after one space). */
function joinDigitGroups(s: SentenceScan, d: DigitsReading): void {
  const { tokens, to } = s;
  if (!(d.plain && d.norm.length <= 3)) return;
  let j = d.end;
  let joined = d.norm;
  while (
    j + 1 < to &&
    isPunct(tokens[j], '،') &&
    adjacent(tokens[j - 1], tokens[j]) &&
    adjacent(tokens[j], tokens[j + 1]) &&
    tokens[j + 1].kind === 'number' &&
    tokens[j + 1].norm.length === 3 &&
    isPlainInteger(tokens[j + 1].norm)
  ) {
    joined += tokens[j + 1].norm;
    j += 2;
  }
  // ١ ٢٣٤ ٥٦٧ and 1 234 567.89 (narrow spaces): groups of three after one space.
  if (j === d.end) {
    while (
      j < to &&
      tokens[j].kind === 'number' &&
      spaceBetween(s.text, tokens[j - 1].end, tokens[j].start) &&
      /^[0-9]{3}(?:\.[0-9]+)?$/.test(tokens[j].norm) &&
      !joined.includes('.')
    ) {
      joined += tokens[j].norm;
      j++;
    }
  }
  if (j > d.end) {
    d.value = Number(joined);
    d.end = j;
    d.plain = !joined.includes('.');
    d.norm = joined;
  }
}

/** The decimal part after a plain integer (decimalAfter: a separator and digits). */
function addDecimalAfter(s: SentenceScan, i: number, d: DigitsReading): void {
  const dec = d.plain ? decimalAfter(s, i, d.end) : null;
  if (!dec) return;
  d.value = dec.reversed ? Number(dec.digits + '.' + d.norm) : Number(d.norm + '.' + dec.digits);
  d.end = dec.t1;
  d.plain = false;
}

/** 1.1^23، ٢,٥^-١: a power. */
function addPower(s: SentenceScan, d: DigitsReading): void {
  const { tokens, to } = s;
  const end = d.end;
  if (!(end + 1 < to && isPunct(tokens[end], '^') && adjacent(tokens[end - 1], tokens[end]))) return;
  let k = end + 1;
  let sign = 1;
  // 1.1^+23: an explicit plus changes nothing.
  while (k < to && (isDash(tokens[k]) || isPunct(tokens[k], '+'))) {
    if (isDash(tokens[k]) && tokens[k].text.length % 2 === 1) sign = -sign; // "--" is one token: minus minus
    k++;
  }
  if (k < to && tokens[k].kind === 'number') {
    const e = parseDigits(tokens[k].norm, false);
    if (e !== null) {
      d.value = d.value ** (sign * e);
      d.end = k + 1;
      d.plain = false;
    }
  }
}

/** 4/5، ١١/١٠ (not 2013/2014, a fiscal year, nor 5/17/2018, a date). */
function addSlashFraction(s: SentenceScan, d: DigitsReading): void {
  const { tokens, to } = s;
  const end = d.end;
  if (
    !(
      end + 1 < to &&
      isPunct(tokens[end], '/') &&
      adjacent(tokens[end - 1], tokens[end]) &&
      adjacent(tokens[end], tokens[end + 1]) &&
      tokens[end + 1].kind === 'number' &&
      !(end + 2 < to && isPunct(tokens[end + 2], '/'))
    )
  )
    return;
  const b = parseDigits(tokens[end + 1].norm, false);
  const yearLike = d.plain && d.norm.length === 4;
  if (b !== null && b !== 0 && !yearLike && !(end + 2 < to && isPunct(tokens[end + 2], '/-'))) {
    d.value = d.value / b;
    d.end += 2;
    d.plain = false;
  }
}

/** 2 1/4: a whole number and a fraction. */
function addMixedFraction(s: SentenceScan, d: DigitsReading): void {
  const { tokens, to } = s;
  const end = d.end;
  if (
    !(
      d.plain &&
      end + 2 < to &&
      tokens[end].kind === 'number' &&
      isPunct(tokens[end + 1], '/') &&
      adjacent(tokens[end], tokens[end + 1]) &&
      adjacent(tokens[end + 1], tokens[end + 2]) &&
      tokens[end + 2].kind === 'number'
    )
  )
    return;
  const a = Number(tokens[end].norm);
  const b = Number(tokens[end + 2].norm);
  if (isPlainInteger(tokens[end].norm) && isPlainInteger(tokens[end + 2].norm) && b > a && a > 0) {
    d.value = d.value + a / b;
    d.end += 3;
    d.plain = false;
  }
}

const RA = foldString('ر');
/** The decimal point said in a word between digits (فاصل، فاصلة). */
const POINT_WORDS: ReadonlySet<string> = new Set([foldString('فاصل'), foldString('فاصلة')]);

/**
 * The decimal part written after whole digits at token `end` (the digits before it are plain):
 * - the Arabic comma between digits, written without spaces, before other than three digits
 *   (three are a thousands group: ١،٢٣٤): "157،7 مليون ريال", "بنسبة 2،5%" (210 spans of D،D in
 *   ../shared/unlabeled, e.g. "بنسبة 1،1 بالمائة", "(46،2 بالمائة)");
 * - the letter ر between digits, as the Tunisian agency TAP writes a decimal with its parts in
 *   reverse: "2ر8 مليون طن" is 8.2, "0ر74 بالمائة" 74.0, "إلى 82ر2079 نقطة" 2079.82 (about 800
 *   spans in ant-jawharafm, e.g. "3ر747 م د", "بنسبة 4ر0 بالمائة").
 * Not a run of such groups (1،2،3 is a list).
 */
function decimalAfter(s: SentenceScan, i: number, end: number): { digits: string; t1: number; reversed: boolean } | null {
  const { tokens, to } = s;
  if (end + 1 >= to) return null;
  // The second group of a list: 1،2،3.
  if (
    i - 2 >= s.from &&
    tokens[i - 2].kind === 'number' &&
    adjacent(tokens[i - 2], tokens[i - 1]) &&
    adjacent(tokens[i - 1], tokens[i]) &&
    (isPunct(tokens[i - 1], '،') || tokens[i - 1].norm === RA)
  )
    return null;
  const sep = tokens[end];
  const b = tokens[end + 1];
  // "50 فاصل 2 بالمائة"، "2 فاصل 7 كلم": the decimal point said in a word, between spaces, as Tunisian
  // news writes it (15 in 10 articles of ../shared/unlabeled, read as two numbers: 50 and 2%).
  if (sep.kind === 'arabic' && POINT_WORDS.has(sep.norm) && b.kind === 'number' && isPlainInteger(b.norm))
    return { digits: b.norm, t1: end + 2, reversed: false };
  if (b.kind !== 'number' || !isPlainInteger(b.norm) || !adjacent(tokens[end - 1], sep) || !adjacent(sep, b)) return null;
  const more =
    end + 3 < to && adjacent(b, tokens[end + 2]) && tokens[end + 3].kind === 'number' && adjacent(tokens[end + 2], tokens[end + 3]);
  if (isPunct(sep, '،')) {
    if (b.norm.length === 3 || (more && isPunct(tokens[end + 2], '،'))) return null;
    return { digits: b.norm, t1: end + 2, reversed: false };
  }
  if (sep.kind === 'arabic' && sep.norm === RA) {
    if (more && tokens[end + 2].norm === RA) return null;
    return { digits: b.norm, t1: end + 2, reversed: true };
  }
  return null;
}

function spaceBetween(text: string, a: number, b: number): boolean {
  if (b - a !== 1) return false;
  const c = text.charCodeAt(a);
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/**
 * English scale words after digits: "$2.4 billion" is 2.4e9 USD, not 2.4 USD. Read only after a
 * number (a scale word alone starts nothing).
 */
const LATIN_SCALES: ReadonlyMap<string, NumberWord> = new Map(
  [
    ['thousand', 1e3],
    ['million', 1e6],
    ['mn', 1e6],
    ['billion', 1e9],
    ['bn', 1e9],
    ['trillion', 1e12],
  ].map(([w, v]) => [w as string, { type: 'scale', value: v as number }]),
);

function readItem(s: SentenceScan, i: number): Item | null {
  if (i >= s.to || s.blocked[i - s.from]) return null;
  const t = s.tokens[i];
  if (t.kind === 'number' || t.kind === 'alnum') return readDigits(s, i);
  if (t.kind === 'latin') {
    const w = LATIN_SCALES.get(t.norm.toLowerCase());
    return w
      ? {
          kind: 'word',
          value: w.value,
          w,
          norm: t.norm.toLowerCase(),
          t0: i,
          t1: i + 1,
          start: t.start,
          end: t.end,
          conj: false,
          article: false,
          prep: false,
          prepChar: null,
          plain: false,
          latin: true,
        }
      : null;
  }
  if (t.kind !== 'arabic') return null;
  const hit = NUM.get(t.norm);
  if (!hit) return null;
  return {
    kind: 'word',
    value: hit.entry.value,
    w: hit.entry,
    norm: t.norm.slice(hit.pre + (hit.article ? (hit.prep === 'ل' ? 1 : 2) : 0)),
    t0: i,
    t1: i + 1,
    start: sourceOffset(t, hit.pre),
    end: t.end,
    conj: hit.conj,
    article: hit.article,
    prep: hit.prep !== null,
    prepChar: hit.prep,
    plain: false,
  };
}

/** Scale words whose ـا ending is either the singular accusative (بلغ مليونا) or the dual in construct (مليونا دولار). */
const A_ENDED_SCALES: ReadonlySet<string> = words('number_a_ended_scales');

/**
 * A scale word in ـا that opens a number and is followed by the noun it counts is the dual:
 * "مليونا دولار" = 2 million dollars, "ألفا طالب" = 2,000 students; "بلغ مليونا" or "مليونا و200
 * ألف" keep the singular.
 */
function constructDual(s: SentenceScan, norm: string, next: number): boolean {
  if (!A_ENDED_SCALES.has(norm) || next >= s.to) return false;
  const t = s.tokens[next];
  return t.kind === 'arabic' && !t.stop && !isAnd(t) && !hasClitic(t, 'conj') && numberWord(t) === undefined;
}

type Last = 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'digits' | 'fraction' | 'dozen' | 'done';

/** Reads the number starting at token i (digits, words or both), or null. */
export function readNumber(s: SentenceScan, i: number): Num | null {
  const lead = readLead(s, i);
  if ('read' in lead) return lead.read;
  const { negative, k } = lead;
  // جزء من مئة وخمسة: one part in 105.
  if (!negative) {
    const part = readPartOf(s, k);
    if (part) return part;
  }
  // Most starts the figures stage tries read no first item: answered before the reading is made.
  if (noItemAt(s, k)) return null;
  const { tokens, to } = s;
  const r: Reading = {
    total: 0,
    group: 0,
    last: 'none',
    lastScale: Infinity,
    maxScale: 1,
    words: 0,
    items: 0,
    weakAll: true,
    article: false,
    plainInt: false,
    suffixUnit: undefined,
    lastAtom: 0,
    fractionAlt: undefined,
    glued: false,
    grouped: false,
  };
  let start = lead.start;
  let end = -1;
  let endTok = k;
  let leadConj = false;
  let leadPrep: string | null = null;
  let j = k;
  // (2571) مليون ريال: digits in brackets before their scale (Saudi official releases; 114 lines of
  // ../shared/unlabeled have "(D) مليون/ألف/مليار", e.g. "(1997) ألف"). The number takes the brackets in.
  // So do digits in quotation marks («180» مليون ريال: closesMark).
  const opened = k > s.from && isPunct(tokens[k - 1], '(«"“”') && !negative;
  let bracketed = false;
  while (j < to && r.last !== 'done') {
    if (
      opened &&
      !bracketed &&
      r.items === 1 &&
      r.last === 'digits' &&
      closesMark(tokens[k - 1], tokens[j]) &&
      nextScale(s, j + 1) &&
      !numberWord(tokens[j + 1])!.conj
    ) {
      bracketed = true;
      j++;
    }
    let conn = false;
    let at = j;
    if (r.items > 0 && isAnd(tokens[at])) {
      conn = true;
      at++;
    }
    const it = readItem(s, at);
    if (!it || (it.latin && (r.items === 0 || conn))) break;
    if (it.conj) conn = true;
    if (r.items > 0 && endsNumber(it, conn)) break;
    const consumed = it.kind === 'digits' ? addDigits(s, r, it, conn) : addWord(s, r, it, at, conn);
    if (consumed < 0) break;
    if (r.items === 0) {
      if (start < 0) start = it.start;
      leadConj = it.conj;
      leadPrep = it.prepChar;
    }
    r.items++;
    end = tokens[consumed - 1].end;
    endTok = consumed;
    j = consumed;
  }
  if (r.items === 0) return null;
  if (bracketed && endTok <= j - 1) bracketed = false;
  if (bracketed) start = tokens[k - 1].start;
  // الاثنين (Monday), الواحد: one or two with the article is no figure on its own.
  if (r.items === 1 && r.article && r.words === 1 && r.total === 0 && r.group <= 2 && !s.phrase && r.last !== 'fraction') return null;
  let value = r.total + r.group;
  // "واحد على 3", "٢٠٠٠ على ٣": a ratio; "واحد من واحد وعشرون": one in 21.
  const ratio = r.maxScale === 1 ? readRatio(s, endTok, value, r.words > 0, false, i) : null;
  if (ratio) {
    value = ratio.value;
    endTok = ratio.t1;
    end = tokens[ratio.t1 - 1].end;
    r.weakAll = false;
  }
  if (negative) value = -value;
  const single = r.items === 1;
  return {
    t0: bracketed ? k - 1 : i,
    t1: endTok,
    start,
    end,
    value,
    words: r.words,
    plainInt: r.plainInt && single && !negative,
    scale: r.maxScale,
    weak: single && r.weakAll && r.words > 0 && !negative,
    article: r.article,
    ordinal: false,
    fractionAlt: single ? r.fractionAlt : undefined,
    suffixUnit: r.suffixUnit,
    glued: r.glued,
    leadConj,
    leadPrep,
  };
}

/**
 * readItem(s, i) is null whatever the reading so far, told without making anything: most starts
 * the figures stage tries read no first item, and each made a reading of 15 fields before finding
 * so (readNumber allocated 11 MB of 5 MB of unseen news in the heap profile). Digits are left to readItem.
 */
function noItemAt(s: SentenceScan, i: number): boolean {
  if (i >= s.to || s.blocked[i - s.from]) return true;
  const t = s.tokens[i];
  if (t.kind === 'number' || t.kind === 'alnum') return false;
  if (t.kind === 'latin') return !LATIN_SCALES.has(t.norm.toLowerCase());
  return t.kind !== 'arabic' || !NUM.has(t.norm);
}

/** What comes before the first item: a sign (and where the number starts), or a whole number read already (.08) or refused. */
type Lead = { negative: boolean; start: number; k: number } | { read: Num | null };

/** A minus (-1.2 written against the digits, سالب واحد, ناقص 90), or a decimal without its leading zero (.08، ٫٧٧). */
function readLead(s: SentenceScan, i: number): Lead {
  const { tokens, to } = s;
  const t0 = tokens[i];
  if (
    isDash(t0) &&
    t0.text.length === 1 &&
    i + 1 < to &&
    (adjacent(t0, tokens[i + 1]) || s.phrase) &&
    (tokens[i + 1].kind === 'number' || tokens[i + 1].kind === 'alnum')
  ) {
    // Not the dash of a range (10-20، 10$-20$): the sign follows a space, an opening bracket or a comparison.
    const prev = i > s.from ? tokens[i - 1] : undefined;
    if (!prev || (prev.kind !== 'number' && !numberWord(prev) && prev.end < t0.start) || isPunct(prev, '([<>=:،,'))
      return { negative: true, start: t0.start, k: i + 1 };
  } else if (t0.kind === 'arabic' && NUM.get(t0.norm)?.entry.type === 'minus') {
    return { negative: true, start: sourceOffset(t0, NUM.get(t0.norm)!.pre), k: i + 1 };
  } else if (
    isPunct(t0, '.٫') &&
    i + 1 < to &&
    adjacent(t0, tokens[i + 1]) &&
    tokens[i + 1].kind === 'number' &&
    isPlainInteger(tokens[i + 1].norm) &&
    (i === s.from || !adjacent(tokens[i - 1], t0))
  ) {
    // .08، ٫٧٧: a decimal without its leading zero.
    const digits = tokens[i + 1].norm;
    const after = tokens[i + 2];
    if (after && after.kind === 'arabic' && adjacent(tokens[i + 1], after) && !startsUnit(after)) return { read: null };
    return {
      read: {
        t0: i,
        t1: i + 2,
        start: t0.start,
        end: tokens[i + 1].end,
        value: Number('0.' + digits),
        words: 0,
        plainInt: false,
        scale: 1,
        weak: false,
        article: false,
        ordinal: false,
      },
    };
  }
  return { negative: false, start: -1, k: i };
}

/** جزء من مئة وخمسة: one part in 105, or null. */
function readPartOf(s: SentenceScan, k: number): Num | null {
  const { tokens, to } = s;
  const t0 = tokens[k];
  if (!(t0.kind === 'arabic' && PART.has(t0.norm) && k + 2 < to && tokens[k + 1].norm === MIN)) return null;
  const d = readNumber(s, k + 2);
  if (!(d && d.value !== 0 && !d.suffixUnit && !d.ordinal && d.words > 0)) return null;
  return {
    t0: k,
    t1: d.t1,
    start: t0.start,
    end: d.end,
    value: 1 / d.value,
    words: d.words + 2,
    plainInt: false,
    scale: 1,
    weak: false,
    article: false,
    ordinal: false,
  };
}

/** The number read so far: the sum of closed groups (`total`), the open group, and what came last. */
interface Reading {
  total: number;
  group: number;
  last: Last;
  lastScale: number;
  maxScale: number;
  words: number;
  items: number;
  /** Every word so far is weak (ست، نصف: numbers only with support). */
  weakAll: boolean;
  article: boolean;
  plainInt: boolean;
  suffixUnit: Num['suffixUnit'];
  /** The value of the last unit or digits read (خمسة in مائتين وخمسة). */
  lastAtom: number;
  fractionAlt: number | undefined;
  glued: boolean;
  /** The digits read first were written in thousands groups (Item.grouped). */
  grouped: boolean;
}

/** Whether an item after the first starts another number rather than continuing this one. */
function endsNumber(it: Item, conn: boolean): boolean {
  if (it.kind === 'digits' && !conn) return true; // 2014 2015: two numbers
  if (it.prep || (it.article && it.w?.type !== 'tens')) return true;
  if (it.kind === 'word' && it.w!.teenOnly) return true;
  return Boolean(it.suffixUnit);
}

/** Adds a digits item; returns the token after it, or -1 where it cannot continue the number. */
function addDigits(s: SentenceScan, r: Reading, it: Item, conn: boolean): number {
  let ok = true;
  if (r.items === 0) {
    r.group = it.value;
    r.last = 'digits';
    r.plainInt = it.plain;
    r.lastAtom = it.value;
    r.suffixUnit = it.suffixUnit;
    r.glued = Boolean(it.glued);
    r.grouped = Boolean(it.grouped);
  } else if (
    r.last === 'scale' &&
    conn &&
    (nextScaleBelow(s, it.t1, r.lastScale) ||
      nextHundred(s, it.t1) ||
      // 5 آلاف و500 وظيفة = 5500: hundreds after thousands.
      (r.lastScale === 1e3 && it.plain && it.value < 1e3 && !nextScale(s, it.t1)))
  ) {
    r.group = it.value;
    r.last = 'digits';
    r.lastAtom = it.value;
  } else ok = false;
  r.weakAll = false;
  if (r.suffixUnit) r.last = 'done';
  return ok ? it.t1 : -1;
}

/** A number word being added: its value and the token after it, both of which its rule may change. */
interface WordStep {
  it: Item;
  w: NumberWord;
  conn: boolean;
  v: number;
  consumed: number;
}

/** Adds a number word; returns the token after what it took, or -1 where it cannot continue the number. */
function addWord(s: SentenceScan, r: Reading, it: Item, at: number, conn: boolean): number {
  const { tokens, to } = s;
  const w = it.w!;
  r.words++;
  if (!w.weak) r.weakAll = false;
  const step: WordStep = { it, w, conn, v: w.value, consumed: it.t1 };
  let ok = true;
  let type = w.type;
  // A unit followed by عشر/عشرة is a teen: ثلاثة عشر، إحدى عشرة، اثنا عشر.
  if (type === 'unit' && at + 1 < to) {
    const nx = tokens[it.t1];
    const nh = nx && nx.kind === 'arabic' ? NUM.get(nx.norm) : undefined;
    if (nh && nh.entry.type === 'ten' && !nh.conj && !nh.article && !nh.prep && !s.blocked[it.t1 - s.from]) {
      step.v = w.value + 10;
      step.consumed = it.t1 + 1;
      r.weakAll = false;
      r.words++;
    } else if (w.teenOnly) ok = false;
  }
  if (type === 'ten') type = 'unit';
  if (type === 'teen') type = 'unit';
  if (r.items === 0 && it.article) {
    // في المئة، المليار: a hundred or a scale with the article alone is a noun, not a figure.
    if ((type === 'hundred' || type === 'scale') && !s.phrase && !(type === 'hundred' && definiteHundred(s, it))) ok = false;
    r.article = true;
  }
  // A teen-only word without عشر, or a noun with the article.
  if (!ok) return -1;
  return WORD_RULES[type](s, r, step) ? step.consumed : -1;
}

const IN_WORD = foldString('في');

/**
 * المائة and المئتين counting what follows them, as the tens with the article do (الثمانين عاماً): "تتجاوز
 * المائة ألف طن", "عقود تتجاوز المئة مليون", "عن عمر ناهز المئة عام". 65 times in 56 articles of
 * ../shared/unlabeled before a scale word or a unit of time or length (no في before, no digits after), where
 * the scale alone had been read (1,000 for 100,000) or nothing.
 * Not في المئة / بالمئة (a percent sign), also before a year: "3.8 بالمئة عام 2014"; and not a unit
 * followed by digits (المئة عام 2016).
 */
function definiteHundred(s: SentenceScan, it: Item): boolean {
  if (it.prep) return false;
  const prev = it.t0 > s.from ? s.tokens[it.t0 - 1] : undefined;
  if (prev !== undefined && prev.norm === IN_WORD) return false;
  const next = it.t1 < s.to ? s.tokens[it.t1] : undefined;
  if (next === undefined || next.kind !== 'arabic') return false;
  const w = NUM.get(next.norm);
  if (w !== undefined) return w.entry.type === 'scale' && !w.article && !w.prep && !w.conj;
  const after = it.t1 + 1 < s.to ? s.tokens[it.t1 + 1] : undefined;
  return startsUnit(next) && after?.kind !== 'number';
}

/** How a word of each type extends the number: true when it does. */
const WORD_RULES: Record<Exclude<NumberWord['type'], 'ten' | 'teen'>, (s: SentenceScan, r: Reading, step: WordStep) => boolean> = {
  zero: (_s, r) => {
    if (r.items !== 0) return false;
    r.group = 0;
    r.last = 'done';
    r.weakAll = false;
    return true;
  },
  minus: () => false,
  unit: addUnitWord,
  tens: (_s, r, { v, conn }) => {
    if (r.items === 0) r.group = v;
    else if (r.last === 'unit' && conn && r.group % 100 < 10)
      r.group += v; // خمسمائة وخمسة وعشرون
    else if (r.last === 'hundred' && r.group % 100 === 0) r.group += v;
    else if (r.last === 'scale' && conn) r.group = v;
    else return false;
    r.last = 'tens';
    return true;
  },
  hundred: (_s, r, { v, w, conn }) => {
    if (v === 100 && !w.dual && !conn && (r.last === 'unit' || r.last === 'digits') && r.group === r.lastAtom && r.items > 0)
      r.group = r.group * 100;
    else if (r.items === 0) r.group = v;
    else if (r.last === 'scale' && conn && v < r.lastScale) r.group = v;
    else return false;
    r.last = 'hundred';
    return true;
  },
  scale: addScaleWord,
  fraction: addFractionWord,
  dozen: (_s, r, { w, conn }) => {
    const d = w.dual ? 24 : 12;
    if (r.items === 0) r.group = d;
    else if (!conn && (r.last === 'fraction' || r.last === 'unit' || r.last === 'digits' || r.last === 'tens')) r.group = r.group * 12;
    else if (conn) r.group += d;
    else return false;
    r.last = 'dozen';
    return true;
  },
  point: (s, r, step) => {
    if (!(r.items > 0 && (r.last === 'unit' || r.last === 'tens' || r.last === 'hundred' || r.last === 'digits'))) return false;
    const frac = readDecimalPart(s, step.it.t1);
    if (!frac) return false;
    r.group += frac.value;
    step.consumed = frac.t1;
    r.last = 'done';
    return true;
  },
};

/** A unit (or a teen, or a ten read as a unit): a new group, added to tens or hundreds, or a whole and a fraction. */
function addUnitWord(s: SentenceScan, r: Reading, step: WordStep): boolean {
  const { it, conn } = step;
  let v = step.v;
  let ok = true;
  if (r.items === 0) {
    r.group = v;
    if (FRACTION_ALT.has(it.norm!) && !consumedTeen(step.consumed, it.t1)) r.fractionAlt = FRACTION_ALT.get(it.norm!);
  } else if (
    conn &&
    (r.last === 'unit' || r.last === 'tens' || r.last === 'hundred' || r.last === 'digits' || r.last === 'scale') &&
    pluralFraction(s, step.consumed)
  ) {
    // ثلاث وعشرون وثلاثة أخماس = 23 3/5, خمسة وثلاثة أرباع = 5.75: a whole and a fraction.
    const fr = numberWord(s.tokens[step.consumed])!.entry.value;
    if (r.last === 'scale') r.total += r.group;
    r.group = (r.last === 'scale' ? 0 : r.group) + v * fr;
    step.consumed++;
    v = NaN;
    r.last = 'done';
  } else if (r.last === 'tens' && conn && r.group % 10 === 0) r.group += v;
  else if (r.last === 'hundred' && r.group % 100 === 0) r.group += v;
  else if (r.last === 'scale' && conn && v < r.lastScale) r.group = v;
  else if (
    !conn &&
    FRACTION_ALT.has(it.norm!) &&
    step.consumed === it.t1 &&
    (r.last === 'unit' || r.last === 'tens' || r.last === 'hundred' || r.last === 'digits')
  ) {
    // ثلاث وعشرون خمس = 23/5
    r.group = r.group * FRACTION_ALT.get(it.norm!)!;
    r.last = 'done';
    v = NaN;
  } else ok = false;
  if (ok && !Number.isNaN(v)) {
    r.last = 'unit';
    r.lastAtom = v;
  }
  return ok;
}

/** A scale (ألف، مليون، مليار): multiplies the open group, or a larger scale the total; after و a smaller one adds. */
function addScaleWord(s: SentenceScan, r: Reading, step: WordStep): boolean {
  const { it, w, v: S, conn } = step;
  if (r.items === 1 && r.last === 'digits' && !conn && restatesDigits(s, r, step)) {
    r.last = 'done';
    r.maxScale = Math.max(r.maxScale, S);
    return true;
  }
  if (r.items === 0) {
    if (w.plural) return false;
    r.total += (w.dual || constructDual(s, it.norm!, it.t1) ? 2 : 1) * S;
  } else if (
    !conn &&
    (r.last === 'unit' || r.last === 'tens' || r.last === 'hundred' || r.last === 'digits' || r.last === 'fraction' || r.last === 'dozen')
  ) {
    r.total += r.group * S;
    r.group = 0;
  } else if (!conn && r.last === 'scale' && S > r.lastScale) {
    r.total = r.total * S;
  } else if (conn && r.last === 'scale' && S < r.lastScale && !w.plural) {
    r.total += (w.dual ? 2 : 1) * S;
  } else return false;
  r.last = 'scale';
  r.lastScale = S;
  r.maxScale = Math.max(r.maxScale, S);
  return true;
}

/**
 * A scale word after digits that already give the whole amount says it again rather than multiplying:
 * - digits in thousands groups up to the scale or past it: "بتكلفة (69.965.144) مليون ريال", "(1.063.837)
 *   مليون راكب", "75,003,560 مليون ريال", "2.280.000.000 مليار جنيه" (114 in ../shared/unlabeled, 44 with dots and
 *   70 with commas, every one the full amount: 7×10^13 riyals for a drainage project had been read);
 * - digits followed by the same number in words: "(2.016.395) مليونين وستة عشر ألفاً وثلاثمائة وخمسة وتسعين
 *   قرص", "1800000 مليون وثمانمائة ألف نسمة" (4 in ../shared/unlabeled): the words are taken in; not one
 *   scale word alone ("1000 ألف" may be a million).
 * Not "1,500 مليون" (one group: 1.5 billion) nor "125.000.000 مليار" (below the scale: left as written).
 * Sets step.consumed past what it takes.
 */
function restatesDigits(s: SentenceScan, r: Reading, step: WordStep): boolean {
  const digits = r.group;
  const words = readNumber(s, step.it.t0);
  if (words && words.t1 > step.it.t1 && words.value === digits) {
    step.consumed = words.t1;
    return true;
  }
  return r.grouped && digits >= step.v;
}

/** A fraction (نصف، ربع، أخماس): alone, of the scale before it (مليار ونصف), added to a whole, or counting the unit before it. */
function addFractionWord(s: SentenceScan, r: Reading, step: WordStep): boolean {
  const { it, w, v, conn } = step;
  if (r.items === 0) {
    if (w.plural) return false;
    r.group = w.dual ? w.value : v;
    r.last = 'fraction';
  } else if (conn && r.last === 'scale') {
    r.total += v * r.lastScale;
    r.last = 'done';
    // مليار ونصف المليار، مليون ونصف مليون: the scale said again after the fraction.
    const again = it.t1 < s.to ? readItem(s, it.t1) : null;
    if (
      again &&
      again.kind === 'word' &&
      again.w!.type === 'scale' &&
      again.w!.value === r.lastScale &&
      !again.w!.plural &&
      !again.w!.dual &&
      !again.prep
    ) {
      step.consumed = again.t1;
    }
  } else if (conn && (r.last === 'unit' || r.last === 'tens' || r.last === 'hundred' || r.last === 'digits')) {
    r.group += w.dual ? w.value : v;
    r.last = 'fraction';
  } else if (!conn && (r.last === 'unit' || r.last === 'tens' || r.last === 'hundred' || r.last === 'digits')) {
    // ثلاثة أرباع: the plural counts the unit just before it (مائتين وثلاثة أخماس = 200 + 3/5);
    // a singular fraction after a whole number divides it (ثلاث وعشرون خمس = 23/5).
    if (w.plural && r.last === 'unit' && r.items > 1) r.group = r.group - r.lastAtom + r.lastAtom * v;
    else r.group = r.group * v;
    r.last = 'fraction';
  } else return false;
  return true;
}

/** A plural fraction word with no conjunction at token i: أخماس، أرباع (ثلاثة أرباع). */
function pluralFraction(s: SentenceScan, i: number): boolean {
  if (i >= s.to) return false;
  const h = numberWord(s.tokens[i]);
  return h !== undefined && h.entry.type === 'fraction' && h.entry.plural === true && !h.conj && !h.prep;
}

function consumedTeen(consumed: number, t1: number): boolean {
  return consumed > t1;
}

/** Whether the token at i is a scale word (ألف، مليون ...). */
function nextScale(s: SentenceScan, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && i < s.to && numberWord(t)?.entry.type === 'scale';
}

/** Whether the token at i is a hundred word: "٤ آلاف و٣ مئة". */
function nextHundred(s: SentenceScan, i: number): boolean {
  const t = s.tokens[i];
  if (!t || i >= s.to) return false;
  const h = numberWord(t);
  return h !== undefined && h.entry.type === 'hundred' && !h.conj && !h.prep && !h.article;
}

/** Whether the tokens from `i` hold a scale word smaller than `scale` right after one number. */
function nextScaleBelow(s: SentenceScan, i: number, scale: number): boolean {
  const t = s.tokens[i];
  if (!t || i >= s.to) return false;
  const h = numberWord(t);
  return h !== undefined && h.entry.type === 'scale' && h.entry.value < scale && !h.conj;
}

/** The digits after فاصلة: "واحد فاصلة خمسة" = 1.5, "مائتين فاصلة ثلاثة من مائة" = 200.03. */
function readDecimalPart(s: SentenceScan, i: number): { value: number; t1: number } | null {
  const t = s.tokens[i];
  if (!t || i >= s.to) return null;
  if (t.kind === 'number' && isPlainInteger(t.norm)) return { value: Number('0.' + t.norm), t1: i + 1 };
  const n = readNumber(s, i);
  if (!n || n.value <= 0) return null;
  // "ثلاثة من مائة" was read as the ratio 3/100 already.
  if (n.value < 1) return { value: n.value, t1: n.t1 };
  const digits = String(Math.round(n.value)).length;
  return { value: n.value / 10 ** digits, t1: n.t1 };
}

const ALA = foldString('على');
const MIN = foldString('من');
const PART = new Set([foldString('جزء'), foldString('أجزاء'), foldString('اجزاء')]);

/**
 * A ratio after a number: "واحد على 3" (1/3), "٢٠٠٠ على ٣" at the end of a sentence,
 * "واحد من واحد وعشرون" (one in 21), "عشرين أجزاء من خمسة وعشرين" (20/25). Not "سداده على 25
 * سنة" (no number before على) nor "واحد من أكبر" (no number after من).
 */
function readRatio(
  s: SentenceScan,
  i: number,
  numerator: number,
  words: boolean,
  decimal = false,
  first = i,
): { value: number; t1: number } | null {
  const { tokens, to } = s;
  let j = i;
  let part = false;
  if (j < to && tokens[j].kind === 'arabic' && PART.has(tokens[j].norm)) {
    part = true;
    j++;
  }
  if (j + 1 >= to || tokens[j].kind !== 'arabic') return null;
  const w = tokens[j].norm;
  const over = w === ALA && !part;
  const outOf = w === MIN && (part || decimal || words || alone(s, first, j + 2));
  if (!over && !outOf) return null;
  const d = readNumber(s, j + 1);
  if (!d || d.value === 0 || d.suffixUnit || d.ordinal) return null;
  // "واحد من 10 أشخاص" is one in ten; "ثلاثة من 20" (digits after words) is not read as a ratio, nor
  // digits in running text ("أفرجت عن 7 من 17"، "المرتبة 108 من أصل 176": 121 lines of
  // ../shared/unlabeled, counts a reader keeps apart) — only "2 من 5" standing alone, a ratio.
  if (outOf && !part && !decimal && d.words === 0 && numerator !== 1 && !(words === false && alone(s, first, d.t1))) return null;
  // "على 25 سنة" is over a period, not a ratio; otherwise a ratio is "واحد على 3 حقائب" or a bare
  // one at the end of a clause: "الكسر الصحيح ٢٠٠٠ على ٣".
  const after = d.t1 < to ? tokens[d.t1] : undefined;
  if (over && after !== undefined && d.t1 < to && startsUnit(after)) return null;
  if (over && !s.phrase && numerator !== 1 && after !== undefined && d.t1 < to && after.kind !== 'punct') return null;
  return { value: numerator / d.value, t1: d.t1 };
}

/** Whether tokens [t0, t1) are all the sentence holds but punctuation. */
function alone(s: SentenceScan, t0: number, t1: number): boolean {
  for (let k = s.from; k < s.to; k++) {
    if (k >= t0 && k < t1) continue;
    const t = s.tokens[k];
    if (t.kind !== 'punct' && t.kind !== 'symbol') return false;
  }
  return true;
}

/** Reads an ordinal at token i: التاسع، الحادي عشر، الحادي والعشرين، الخامسة و العشرون. */
export function readOrdinal(s: SentenceScan, i: number): Num | null {
  const { tokens, to } = s;
  const t = tokens[i];
  if (t.kind !== 'arabic' || s.blocked[i - s.from]) return null;
  const hit = ORD.get(t.norm);
  if (!hit) return null;
  // ثالثاً، أولاً: list markers, not figures.
  if (!hit.article && t.norm.endsWith('ا') && !ORDINAL_WORDS.has(t.norm)) return null;
  let value = hit.entry.value;
  let t1 = i + 1;
  const nx = tokens[i + 1];
  const nh = nx && i + 1 < to && nx.kind === 'arabic' ? NUM.get(nx.norm) : undefined;
  if (nh && nh.entry.type === 'ten' && !nh.conj && !nh.prep) {
    if (cardinalTwelve(s, i, hit.entry.value)) return null;
    value += 10;
    t1 = i + 2;
  } else {
    let k = i + 1;
    let conn = false;
    if (isAnd(tokens[k]) && k < to) {
      conn = true;
      k++;
    }
    const th = k < to && tokens[k]?.kind === 'arabic' ? NUM.get(tokens[k].norm) : undefined;
    if (th && th.entry.type === 'tens' && (conn || th.conj) && !th.prep) {
      value += th.entry.value;
      t1 = k + 1;
    } else if (hit.entry.compoundOnly) return null;
  }
  return {
    t0: i,
    t1,
    start: sourceOffset(t, hit.pre),
    end: tokens[t1 - 1].end,
    value,
    words: t1 - i,
    plainInt: false,
    scale: 1,
    weak: value <= 2 && t1 === i + 1,
    article: hit.article,
    ordinal: true,
  };
}

/**
 * الاثنا عشر / الاثني عشر is the cardinal twelve (the ordinal is الثاني عشر) where it follows a definite
 * noun or counts the word after it: "الأشهر الاثني عشر الماضية", "الفتيان الاثنا عشر", "خلال الاثني عشر
 * شهرا" — all 77 times in 64 articles of ../shared/unlabeled, read as the ordinal 12 before. Standing alone
 * it keeps Duckling's ordinal reading (الاثنى عشر = 12th).
 */
function cardinalTwelve(s: SentenceScan, i: number, value: number): boolean {
  const t = s.tokens[i];
  if (value !== 2 || !NUM.has(t.norm) || NUM.get(t.norm)!.entry.type !== 'unit') return false;
  const prev = i > s.from ? s.tokens[i - 1] : undefined;
  const next = i + 2 < s.to ? s.tokens[i + 2] : undefined;
  return (prev !== undefined && prev.kind === 'arabic' && bareDefinite(prev)) || (next !== undefined && next.kind === 'arabic');
}

/** A word with the article, after و/ف/ب/ل/ك (الأشهر، للأطفال، والفتيان). */
function bareDefinite(t: Token): boolean {
  const w = t.norm;
  return /^[وف]?[بلك]?ال/.test(w) || /^[وف]?لل/.test(w);
}

/** Whether the token at i has the article and an ordinal reading (so it is read as an ordinal first). */
export function ordinalFirst(t: Token): boolean {
  if (t.kind !== 'arabic') return false;
  const o = ORD.get(t.norm);
  if (!o) return false;
  const n = NUM.get(t.norm);
  return !n || o.article;
}
