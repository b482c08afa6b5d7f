// What the figure steps share while reading one sentence: its tokens, which of them are set
// aside as identifiers or codes, the figures found so far, and small token predicates.
import type { FigureKind, Qualifier } from '../model/types.js';
import type { Token } from '../text/token.js';
import { foldString } from '../text/normalize/index.js';
import { WEEKDAYS } from '../text/calendar.js';
import type { CurrencyFamily, UnitDef } from './lexicon/units.js';

export interface YearMonthDay {
  y: number;
  m: number;
  d: number;
}

/** A number read from digits and/or words, before any unit. */
export interface Num {
  /** Token range [t0, t1) and source span of the number itself. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  value: number;
  /** Number words used (0 for pure digits). */
  words: number;
  /** One digit token with no separators, no words, no scale: may be a year or a day. */
  plainInt: boolean;
  /** The largest scale word multiplied in (1e6 for مليون), 1 when none. */
  scale: number;
  /** A single word that is also a common non-number word (ست، خمس، نصف). */
  weak: boolean;
  /** Written with the article (الـ30، العشرين). */
  article: boolean;
  /** An ordinal word (الثالث، الحادي والعشرين). */
  ordinal: boolean;
  /** A fraction reading for a weak word (خمس → 1/5) when a definite noun follows. */
  fractionAlt?: number;
  /** A unit glued into the token (100MW, 43c). */
  suffixUnit?: UnitDef;
  /** Digits written against a following Arabic word that is no unit (٢٩ك.ل.م.). */
  glued?: boolean;
  /** The first word carried و (وعشرين) or the preposition ل (لعشرين: "from ten to twenty"). */
  leadConj?: boolean;
  leadPrep?: string | null;
}

/** A figure under construction. */
export interface Fig {
  t0: number;
  t1: number;
  start: number;
  end: number;
  kind: FigureKind | null;
  value: number | string;
  valueMax: number | string | null;
  unit: string | null;
  def: UnitDef | null;
  num: Num | null;
  /** The number before its unit factor (for ranges that share a unit). */
  raw: number;
  /** The upper bound of a range, before its unit factor. */
  rawMax?: number;
  family?: CurrencyFamily;
  /** A year of the Hijri calendar (1418 هـ). */
  calendar?: 'hijri';
  qualifier: Qualifier | null;
  /** First token of the qualifier words before the figure (-1: none, or written after). */
  qualStart?: number;
  /** A range built from two bounds (أكثر من 10 وأقل من 20): its qualifier stays null. */
  bounded?: boolean;
  weak: boolean;
  drop?: boolean;
  /** Tokens consumed after t1 that are not part of the span (من هذا العام after a date). */
  consumedTo?: number;
  /** Date or relative phrase: value is final. */
  fixed?: boolean;
  /** A bare scaled amount (450 مليارا) with no money before it in its sentence and nothing counted. */
  openMoney?: boolean;
}

export interface SentenceScan {
  text: string;
  tokens: Token[];
  /** Token range of the sentence. */
  from: number;
  to: number;
  /** 1 for tokens that are identifiers, codes, phone numbers or URLs (index - from). */
  blocked: Uint8Array;
  /** Parsing a whole phrase (Duckling style) rather than running text. */
  phrase: boolean;
  published: YearMonthDay | null;
  /** URL and e-mail spans of the document (numbers inside them are not figures). */
  urls: readonly { start: number; end: number }[];
}

const DASHES = new Set(['-', '–', '—', '‐', '‑', '‒', '―', '−']);

const DAY = foldString('يوم');

/**
 * Token k is يوم before a weekday (4 - 2 يوم الأحد، عامه 20 يوم الأحد): it names the day, no unit or counted
 * noun of the number before it (04-attach-units' unitAfter, 07-classify's countedNounAfter).
 */
export function dayOfWeekday(s: SentenceScan, k: number): boolean {
  return k + 1 < s.to && s.tokens[k].norm === DAY && WEEKDAYS.has(s.tokens[k + 1].norm);
}

/**
 * A dash, or a run of tatweel standing alone as one, as Saudi and Gulf outlets write ranges: "بسرعة 15 ــ 35
 * كم/ساعة"، "بين 150 ــ 300 ريال"، "من 4 ــ 6 ذي الحجة"، "(1437ـ1441هـ)" (136 number pairs joined by tatweel in
 * ../shared/unlabeled, each read as two figures before).
 */
export function isDash(t: Token | undefined): boolean {
  if (t === undefined || (t.kind !== 'punct' && t.kind !== 'symbol')) return false;
  return (DASHES.has(t.text[0]) && t.text.length <= 2) || TATWEEL_RUN.test(t.text);
}

const TATWEEL_RUN = /^\u0640{1,4}$/;

export function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && t.text.length === 1 && chars.includes(t.text);
}

/**
 * Whether `close` closes the mark `open` around a number: brackets, and the quotation marks Saudi
 * outlets put round the digits of an amount or a count («180» مليون ريال، "5000" ريال، “121,039”
 * حاوية، «120» فعالية: 745 quoted digits before a word in ../shared/unlabeled, 205 of them in
 * alweeam, 113 in sabq, 96 in alyaum). Straight and curly double quotes pair with one another, as
 * the outlets mix them ("28” سنة، ” 8 ” مراكز).
 */
export function closesMark(open: Token | undefined, close: Token | undefined): boolean {
  if (isPunct(open, '(')) return isPunct(close, ')');
  if (isPunct(open, '«')) return isPunct(close, '»');
  if (isPunct(open, '"“”')) return isPunct(close, '"“”');
  return false;
}

/** No space between the two tokens. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

const AND = foldString('و');

/** A separate conjunction token: "و 828 مليون". */
export function isAnd(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'arabic' && t.norm === AND;
}

/**
 * The folded word without a leading conjunction or preposition, with لل read as ال:
 * وللعام → العام, بنحو → نحو, ولأكثر → اكثر is not done (only one letter ب/ل/ك after و/ف).
 */
export function bareForm(t: Token): string {
  let w = t.norm;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) w = w.slice(1);
  if (w.length > 3 && w.startsWith('لل')) return 'ال' + w.slice(2);
  if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w[1] === 'ا' && w[2] === 'ل') return w.slice(1);
  return w;
}

/**
 * The forms of a folded word that bareForm() reduces to it: with و/ف before it, and with ب/ك/ل
 * before its article (بالعام، للعام، وللعام). A set of these is looked up with the token as written.
 */
export function cueForms(w: string): string[] {
  const out: string[] = [];
  for (const c of ['', 'و', 'ف']) {
    if (c !== '' && w.length < 3) continue;
    out.push(c + w);
    if (w.startsWith('ال')) out.push(c + 'ب' + w, c + 'ك' + w, c + 'ل' + w.slice(1));
  }
  return out;
}

/** A set of folded cue words with every clitic form of each (see cueForms). */
export function cueSet(words: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words) for (const f of cueForms(w)) out.add(f);
  return out;
}

/** Whether token `t` reads as `word` (as written, without a leading و/ف, or as its bare form). */
export function reads(t: Token | undefined, word: string): boolean {
  if (t === undefined) return false;
  if (t.norm === word) return true;
  if ((t.norm[0] === 'و' || t.norm[0] === 'ف') && t.norm.length === word.length + 1 && t.norm.endsWith(word)) return true;
  return bareForm(t) === word || t.base === word;
}

/** The lowercased folded key of a token for lexicon lookups. */
export function keyOf(t: Token): string {
  return t.kind === 'latin' || t.kind === 'alnum' ? t.norm.toLowerCase() : t.norm;
}

export function parsePublished(published: string | null | undefined): YearMonthDay | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}
