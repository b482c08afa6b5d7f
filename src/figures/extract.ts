// Reads the figures of a document, sentence by sentence, in the steps numbered in this folder:
// non-figures set aside (1), numbers (2) and dates (3) read left to right, units attached (4),
// ranges, lists and subunits combined (5), qualifiers found (6), kinds decided (7); then words
// that are numbers only with support (ست، نصف، الأول) are kept where something supports them,
// and currencies left open (ريال، دينار) are decided for the whole article.
import type { Doc } from '../model/document.js';
import type { Figure } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { findNonFigures } from './01-find-non-figures.js';
import { numberTriggers, numberWord, ordinalFirst, readNumber, readOrdinal } from './02-read-numbers.js';
import { readDate, readRelativeDate } from './03-read-dates.js';
import { attachUnit, decadesMeant, matchUnit } from './04-attach-units.js';
import { combineFigures } from './05-combine.js';
import { findQualifier, findQualifierAt } from './06-find-qualifiers.js';
import { classifyFigure } from './07-classify.js';
import { resolveCurrencies } from './currency-context.js';
import { RANK_NOUNS, RELATIVE_DATES } from './lexicon/cues.js';
import { MONTHS } from '../text/calendar.js';
import { DUAL_UNITS, SINGLE_UNITS, type CurrencyFamily, type UnitDef } from './lexicon/units.js';
import { cueForms, cueSet, isDash, isPunct, parsePublished, type Fig, type SentenceScan, type YearMonthDay } from './scan.js';
import { expandWithClitics, sourceOffset } from './word-forms.js';

const DUALS = expandWithClitics(DUAL_UNITS, { article: true });
const BELOW = [foldString('تحت'), foldString('الصفر')];
const DOUBLE = new Set([foldString('ضعف'), foldString('ضعفا')]);
const DOUBLE_CUES = cueSet(['أي', 'نحو', 'حوالي', 'إلى', 'بمقدار', 'يعادل', 'قرابة', 'من', 'يبلغ', 'بلغ', 'أو', 'إلي'].map((w) => foldString(w)));
const PRICE = foldString('ثمن');
const THE_DOUBLE = foldString('الضعف');
const THE_HALF = foldString('النصف');
const TO_THE_HALF = foldString('للنصف');
const FINAL = foldString('نهائي');
const DOUBLED_CUES = cueSet(['إلى', 'إلي', 'بمقدار', 'نحو', 'حوالي', 'قرابة', 'يعادل', 'أي', 'بنحو', 'بحوالي'].map((w) => foldString(w)));
const FROM_WORD = foldString('من');
const COMPARATIVES = new Set(['أكثر', 'أقل', 'اكثر', 'اقل'].map((w) => foldString(w)));
const ARTICLE = foldString('ال');

export interface ExtractOptions {
  /** Parse the sentence as one whole phrase (Duckling style): bare number words and units count. */
  phrase?: boolean;
}

/** A figure with the currency family its word left open (ريال → SAR, QAR, OMR ...). */
interface Found {
  fig: Figure;
  family?: CurrencyFamily;
  /** A bare scaled amount that may continue the amount of the sentence before (Fig.openMoney). */
  openMoney?: boolean;
}

/** Two of a time unit in one word (عامين، العقدين الماضيين، مرتين), with what makes it one. */
function readDual(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  const hit = DUALS.get(t.norm);
  if (!hit) return null;
  const next = s.tokens[i + 1];
  // العامين 2015 و 2016: the word introduces years.
  if (next && i + 1 < s.to && next.kind === 'number') return null;
  const def = hit.entry;
  // عقدين: two contracts, more often than two decades.
  if (def.factor === 10 && !s.phrase && !decadesMeant(s, i, i + 1)) return null;
  let t1 = i + 1;
  let raw = 2;
  if (def.kind === 'temperature') {
    if (next && s.tokens[i + 2] && next.norm === BELOW[0] && s.tokens[i + 2].norm === BELOW[1]) {
      raw = -2;
      t1 = i + 3;
    } else if (!s.phrase) return null;
  }
  return {
    t0: i, t1, start: sourceOffset(t, hit.pre), end: s.tokens[t1 - 1].end, kind: null, value: raw, valueMax: null, unit: null, def,
    num: null, raw, qualifier: null, weak: false,
  };
}

/** ضعف alone as "twice": "ارتفعت 1.5 درجة – ضعف المتوسط العالمي", "أي ضعف ما كان". */
function readDouble(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  if (t.kind !== 'arabic') return null;
  const prev = i > s.from ? s.tokens[i - 1] : undefined;
  if (t.norm === THE_DOUBLE) return doubledTo(s, i, prev) ? doubleFig(t, i) : null;
  if (t.norm === THE_HALF || t.norm === TO_THE_HALF) return halvedTo(s, i, prev) ? doubleFig(t, i, 0.5) : null;
  if (!DOUBLE.has(t.norm)) return null;
  const next = s.tokens[i + 1];
  const alone = s.phrase && s.to - s.from === 1;
  const supported = prev !== undefined && (isDash(prev) || DOUBLE_CUES.has(prev.norm));
  const followed = next !== undefined && i + 1 < s.to && next.kind === 'arabic' && (next.norm.startsWith(ARTICLE) || next.norm === foldString('ما') || next.norm === foldString('عدد'));
  if (!alone && !(supported && followed)) return null;
  return doubleFig(t, i);
}

function doubleFig(t: Token, i: number, value = 2): Fig {
  return {
    t0: i, t1: i + 1, start: t.start, end: t.end, kind: 'multiplier', value, valueMax: null, unit: null,
    def: { kind: 'multiplier', unit: null, factor: 1 }, num: null, raw: value, qualifier: null, weak: false,
  };
}

/**
 * "خفض التكلفة إلى النصف تقريبا", "تقليص فترة إيقافه إلى النصف", "تقليصها للنصف": halved, a
 * multiplier of 0.5, as إلى الضعف is 2. 78 spans of ../shared/unlabeled with إلى/بمقدار/بنحو before
 * النصف and a word after: all halvings but النصف الأول/الثاني (8, a half of the year) and النصف
 * نهائي (2, a semi-final).
 */
function halvedTo(s: SentenceScan, i: number, prev: Token | undefined): boolean {
  const t = s.tokens[i];
  if (t.norm === THE_HALF && !(prev && prev.kind === 'arabic' && DOUBLED_CUES.has(prev.norm))) return false;
  const next = i + 1 < s.to ? s.tokens[i + 1] : undefined;
  // قرابة النصف ساعة: half of a unit, not a halving.
  return !(next && next.kind === 'arabic' && (next.norm.startsWith(ARTICLE) || next.norm === FINAL || matchUnit(s, i + 1) !== null));
}

/**
 * الضعف is "the double" after a word of amount (ارتفع إلى الضعف، بمقدار الضعف، أكثر من الضعف) and
 * "weakness" elsewhere (نقاط الضعف، يعاني من الضعف).
 */
function doubledTo(s: SentenceScan, i: number, prev: Token | undefined): boolean {
  if (!prev || prev.kind !== 'arabic') return false;
  if (DOUBLED_CUES.has(prev.norm)) return true;
  const before = i - 2 >= s.from ? s.tokens[i - 2] : undefined;
  return prev.norm === FROM_WORD && before !== undefined && (COMPARATIVES.has(before.norm) || COMPARATIVES.has(before.base));
}

/** A unit noun alone as a whole phrase: شهر = 1 month (Duckling); only in phrase mode. */
function readSingleUnit(s: SentenceScan, i: number): Fig | null {
  if (!s.phrase || s.to - s.from !== 1) return null;
  const t = s.tokens[i];
  const def = SINGLE_UNITS.get(t.norm);
  if (!def) return null;
  return { t0: i, t1: i + 1, start: t.start, end: t.end, kind: null, value: 1, valueMax: null, unit: null, def, num: null, raw: 1, qualifier: null, weak: false };
}

const AND_FRACTIONS = new Map([['نصف', 0.5], ['ربع', 0.25], ['ثلث', 1 / 3]].map(([w, v]) => [foldString(w as string), v as number]));

/** A unit and a half: "ساعة ونصف" = 1.5 hours, "لتر وربع" = 1.25 litres. */
function readUnitAndFraction(s: SentenceScan, i: number): Fig | null {
  const m = matchUnit(s, i);
  if (!m || m.def.kind === 'percent' || m.def.kind === 'year' || m.def.kind === 'multiplier' || m.def.kind === 'temperature') return null;
  const and = andFractionAt(s, m.t1);
  if (!and) return null;
  const raw = 1 + and.frac;
  return {
    t0: i, t1: and.last + 1, start: s.tokens[i].start, end: s.tokens[and.last].end, kind: null, value: raw, valueMax: null, unit: null, def: m.def,
    num: null, raw, qualifier: null, weak: false,
  };
}

/** "ونصف", "و ربع" at token k: the fraction and the index of its last token, or null. */
function andFractionAt(s: SentenceScan, k: number): { frac: number; last: number } | null {
  if (k >= s.to) return null;
  const t = s.tokens[k];
  if (t.norm === 'و') {
    const frac = k + 1 < s.to ? AND_FRACTIONS.get(s.tokens[k + 1].norm) : undefined;
    return frac === undefined ? null : { frac, last: k + 1 };
  }
  const frac = t.norm[0] === 'و' ? AND_FRACTIONS.get(t.norm.slice(1)) : undefined;
  return frac === undefined ? null : { frac, last: k };
}

/** Kinds of unit that take a half or a quarter after them (ثلاث ساعات ونصف، 5 كيلومترات ونصف). */
const HALVED_KINDS = new Set(['duration', 'length', 'mass', 'volume', 'area']);

/**
 * "ثلاث ساعات ونصف" = 3.5 hours, "يومين ونصف" = 2.5 days: a fraction after a counted unit adds
 * to the count. Not before a noun it belongs to (ونصف المدة) or a scale (ونصف مليون).
 */
function addAndFraction(s: SentenceScan, f: Fig): void {
  if (!f.def || !HALVED_KINDS.has(f.def.kind) || f.rawMax !== undefined || typeof f.value !== 'number') return;
  const and = andFractionAt(s, f.t1);
  if (!and) return;
  const after = and.last + 1 < s.to ? s.tokens[and.last + 1] : undefined;
  // "أربعة أشهر ونصف الشهر", "ثلاث سنوات ونصف السنة": the half of the same unit, named again
  // (about 150 of the 327 spans of a time unit, ونصف and a word in ../shared/unlabeled).
  const again = after !== undefined && after.kind === 'arabic' && after.norm.startsWith(ARTICLE) && sameUnit(s, and.last + 1, f.def);
  if (after && after.kind === 'arabic' && !again && (after.norm.startsWith('ال') || TRIGGERS.has(after.norm))) return;
  f.raw += and.frac;
  f.value += and.frac;
  f.t1 = again ? and.last + 2 : and.last + 1;
  f.end = s.tokens[f.t1 - 1].end;
}

/** Whether the word at token i, its article taken off, names the unit `def` (الشهر after أشهر). */
function sameUnit(s: SentenceScan, i: number, def: UnitDef): boolean {
  const t = s.tokens[i];
  const bare = t.norm.slice(ARTICLE.length);
  const m = matchUnit({ ...s, tokens: [{ ...t, norm: bare, base: bare }], from: 0, to: 1, blocked: new Uint8Array(1) }, 0);
  return m !== null && m.def.kind === def.kind && m.def.unit === def.unit && m.def.factor === def.factor;
}

/**
 * The Arabic words at which some reader may start: number, ordinal and dual words, month names,
 * relative-date phrases, ضعف. Every other Arabic word is passed over with one Set lookup.
 */
export const TRIGGERS: ReadonlySet<string> = new Set([
  ...numberTriggers(),
  ...DUALS.keys(),
  ...DOUBLE,
  THE_DOUBLE,
  THE_HALF,
  TO_THE_HALF,
  ...[...MONTHS.keys()].flatMap((m) => cueForms(m.split(' ')[0])),
  ...RELATIVE_DATES.flatMap((r) => cueForms(r.words[0])),
]);

/** Reads the figures of one sentence (tokens [from, to)). */
export function readSentence(s: SentenceScan): Fig[] {
  const { tokens, to } = s;
  // One pass over the tokens: where a figure may start (digits, trigger words, a minus or a
  // leading decimal point) and where the digits are. Tokens' properties are read once here;
  // everything after works on these positions only.
  const starts: number[] = [];
  const digits: number[] = [];
  for (let i = s.from; i < to; i++) {
    const t = tokens[i];
    const k = t.kind;
    if (k === 'number') {
      starts.push(i);
      digits.push(i);
    } else if (k === 'arabic') {
      // Function words start nothing but هذا/هذه (هذا العام): skip them without a lookup.
      if (t.stop ? t.end - t.start <= 4 && TRIGGERS.has(t.norm) : TRIGGERS.has(t.norm)) starts.push(i);
    } else if (k === 'alnum') starts.push(i);
    else if (k === 'punct') {
      const x = t.text;
      if (x === '-' || x === '−' || x === '.' || x === '٫') starts.push(i);
    }
  }
  if (starts.length === 0 && !(s.phrase && s.to - s.from === 1)) return [];
  findNonFigures(s, digits);
  const figs: Fig[] = [];
  if (s.phrase && s.to - s.from === 1) {
    const f = readSingleUnit(s, s.from);
    if (f) return finish(s, [f]);
  }
  let at = s.from;
  for (const i of starts) {
    if (i < at || s.blocked[i - s.from]) continue;
    const t = tokens[i];
    let f: Fig | null = null;
    if (t.kind === 'arabic') {
      // "ساعة ونصف", "لتر و ربع": the unit before the fraction starts the figure.
      if (i - 1 >= at) f = readUnitAndFraction(s, i - 1) ?? (i - 2 >= at ? readUnitAndFraction(s, i - 2) : null);
      f ??= readRelativeDate(s, i) ?? readDate(s, i) ?? readDual(s, i) ?? readDouble(s, i);
      if (!f && ordinalFirst(t)) {
        const o = readOrdinal(s, i);
        if (o) f = attachUnit(s, o, at);
      }
    } else if (t.kind === 'number') {
      f = readDate(s, i);
    }
    if (!f) {
      const n = readNumber(s, i);
      if (n && n.glued) {
        at = n.t1;
        continue;
      }
      if (n) f = attachUnit(s, n, at);
      else if (t.kind === 'arabic') {
        const o = readOrdinal(s, i);
        if (o) f = attachUnit(s, o, at);
      }
    }
    if (!f) continue;
    addAndFraction(s, f);
    if (!f.drop) figs.push(f);
    at = Math.max(f.t1, f.consumedTo ?? 0, i + 1);
  }
  return finish(s, figs);
}

/** Qualifiers, ranges and lists, kinds, and the support test, for the figures read in a sentence. */
function finish(s: SentenceScan, figs: Fig[]): Fig[] {
  for (const f of figs) {
    const q = findQualifierAt(s, f);
    f.qualifier = q?.qualifier ?? null;
    f.qualStart = q?.start ?? -1;
  }
  const combined = combineFigures(s, figs);
  for (const f of combined) {
    if (f.rawMax !== undefined && !f.bounded) f.qualifier = findQualifier(s, f);
    classifyFigure(s, f);
    if (f.qualifier === null && f.kind === 'duration' && within(s, f)) f.qualifier = 'at_most';
    if (f.qualifier === 'until' && f.kind !== 'year' && f.kind !== 'date' && f.kind !== 'year_range') f.qualifier = 'at_most';
    if ((f.qualifier === 'since' || f.qualifier === 'by') && f.kind !== 'year' && f.kind !== 'date' && f.kind !== 'year_range' && f.kind !== 'duration') {
      f.qualifier = null;
    }
  }
  inheritBracketedQualifiers(s, combined);
  const kept = combined.filter((f) => keep(s, f));
  if (!s.phrase) for (const f of kept) fractionOf(s, f);
  return kept;
}

/**
 * "إن نصف الميزانية المخصصة"، "أكثر من ثلث تجارة الحاويات"، "أكثر من النصف": a fraction of something
 * is a multiplier of it, as "ضعف المتوسط العالمي" is 2 (gold/ and gold-dev/ write نصف الميزانية،
 * نصف هذه الأموال and ضعف المتوسط so); a fraction alone stays a number (Duckling's نصف = 0.5).
 */
function fractionOf(s: SentenceScan, f: Fig): void {
  const fraction = w0Fraction(s.tokens[f.t0]) || (f.num?.fractionAlt !== undefined && f.value === f.num.fractionAlt);
  if (f.def || f.kind !== 'number' || f.t1 - f.t0 !== 1 || f.valueMax !== null || !fraction) return;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  const prev = f.t0 > s.from ? s.tokens[f.t0 - 1] : undefined;
  const bounded = f.qualifier === 'at_least' || f.qualifier === 'at_most';
  // المليون ونصف المليون: half of a scale is part of a number, not a multiplier.
  if (next && numberWord(next)?.entry.type === 'scale') return;
  if ((next && next.kind === 'arabic' && !next.stop) || (bounded && prev?.norm === FROM_WORD)) f.kind = 'multiplier';
}

const WITHIN = foldString('غضون');

/**
 * "في غضون ثلاث سنوات", "في غضون 24 ساعة": a duration within which, at most (296 times before a
 * number and a unit of time in ../shared/unlabeled; gold-dev saudinewsnet-25). Only a duration:
 * "في غضون 2030" is a year ("by").
 */
function within(s: SentenceScan, f: Fig): boolean {
  const p = f.t0 - 1 >= s.from ? s.tokens[f.t0 - 1] : undefined;
  return p !== undefined && (p.norm === WITHIN || (p.norm.endsWith(WITHIN) && p.norm.length === WITHIN.length + 1));
}

/** Volumes in m3 and quantities in cubic feet or barrels measure the same thing. */
function measureFamily(kind: string): string {
  return kind === 'quantity' ? 'volume' : kind;
}

/**
 * "بنحو 8.20 درهم (2.2 دولار)", "بنحو 238 مليار متر مكعب (8.4 ترليون قدم مكعب)": an amount restated
 * in brackets right after another of the same kind is as approximate, or as bounded, as it.
 */
function inheritBracketedQualifiers(s: SentenceScan, figs: Fig[]): void {
  for (let k = 1; k < figs.length; k++) {
    const f = figs[k];
    const prev = figs[k - 1];
    if (f.qualifier || !prev.qualifier || prev.qualifier === 'since' || prev.qualifier === 'until' || prev.qualifier === 'by') continue;
    if (f.kind === null || prev.kind === null || f.unit === null || measureFamily(f.kind) !== measureFamily(prev.kind)) continue;
    const open = f.t0 - 1;
    if (open < s.from || !isPunct(s.tokens[open], '(') || Math.max(prev.t1, prev.consumedTo ?? 0) !== open) continue;
    f.qualifier = prev.qualifier;
  }
}

/** Whether a figure read from a weak word (ست، نصف، الأول) has the support to be one. */
function keep(s: SentenceScan, f: Fig): boolean {
  if (f.drop) return false;
  if (roundName(s, f) || halfOfYear(s, f)) return false;
  if (!f.weak) return true;
  if (s.phrase) return true;
  const first = s.tokens[f.t0];
  const prev = f.t0 > s.from ? s.tokens[f.t0 - 1] : undefined;
  if (f.kind === 'ordinal') return prev !== undefined && RANK_NOUNS.has(prev.norm);
  // فوق الربع وتحت النصف، أكثر من النصف: a bound before a fraction with the article supports it.
  if (f.num?.article && !f.def && (f.qualifier === 'at_least' || f.qualifier === 'at_most') && w0Fraction(first)) return true;
  // النصف الأول، الربع الثالث: halves and quarters of a year, not figures.
  if (f.num?.article && !f.def) return false;
  if (f.def || f.qualifier) return true;
  // ست دول، خمس سنوات: a counted noun supports the word; not واحد, which follows its noun
  // ("كفريق واحد") and is no figure.
  const w = numberWord(first)?.entry;
  if (f.kind === 'count' && w && w.type !== 'fraction' && w.value !== 1) return true;
  // خمس الساعة، نصف الناس: a fraction of something definite (not ثمن النفط, the price of oil).
  const next = s.tokens[f.t1];
  if (next && f.t1 < s.to && next.kind === 'arabic' && next.norm.startsWith(ARTICLE) && w) {
    if (w.type === 'fraction' && first.norm !== PRICE) return true;
    if (f.num?.fractionAlt !== undefined) {
      f.value = f.num.fractionAlt;
      f.kind = 'number';
      return true;
    }
  }
  // The sentence is the number alone: "واحد", "نصف".
  for (let k = s.from; k < s.to; k++) {
    if (k >= f.t0 && k < f.t1) continue;
    if (!isPunct(s.tokens[k], '.،,؛!?؟:') ) return false;
  }
  return true;
}

const FINALS = new Set(['النهائي', 'نهائي', 'النهائية', 'نهائية'].map((w) => foldString(w)));

/**
 * نصف النهائي، ربع نهائي، دور الثمن النهائي: a round of a tournament, no fraction (3,033 spans of
 * ../shared/unlabeled, 2,167 of them with the article).
 */
function roundName(s: SentenceScan, f: Fig): boolean {
  if (f.t1 - f.t0 !== 1 || f.def || !w0Fraction(s.tokens[f.t0])) return false;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  return next !== undefined && next.kind === 'arabic' && FINALS.has(next.norm);
}

const HALF_ORDINALS = new Set(['الأول', 'الثاني', 'الثالث', 'الرابع', 'الأخير', 'الاول'].map((w) => foldString(w)));

/**
 * "حتى نهاية النصف الأول من عام 2015": a half or a quarter of a year, no figure, even after a bound
 * (حتى، أكثر من) that lets a fraction with the article stand.
 */
function halfOfYear(s: SentenceScan, f: Fig): boolean {
  if (f.t1 - f.t0 !== 1 || f.def || !w0Fraction(s.tokens[f.t0])) return false;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  return next !== undefined && next.kind === 'arabic' && HALF_ORDINALS.has(next.norm);
}

function w0Fraction(t: Token): boolean {
  return numberWord(t)?.entry.type === 'fraction';
}

/** Turns the figures read in one sentence into contract figures (ids assigned later). */
function toFigures(text: string, figs: Fig[], sentence: number, out: Found[]): void {
  for (const f of figs) {
    out.push({
      fig: {
        id: '',
        kind: f.kind ?? 'number',
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        value: f.value,
        value_max: f.valueMax,
        unit: f.unit,
        qualifier: f.qualifier,
        sentence,
        subject: null,
        calendar: f.calendar ?? null,
      },
      family: f.family,
      openMoney: f.openMoney === true && (f.kind === null || f.kind === 'number'),
    });
  }
}

/** URL and e-mail spans in text[from, to): from the marker to the next space. */
export function findUrls(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const has = (needle: string) => {
    const at = text.indexOf(needle, from);
    return at >= 0 && at < to;
  };
  if (!has('http') && !has('www.') && !has('@')) return out;
  const body = text.slice(from, to);
  const re = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * "بلغت الميزانية 400 مليار ريال. ومن المتوقع أن يصل الإنفاق إلى 450 مليارا": a bare scaled amount
 * in the sentence right after a money amount of the same paragraph, counting nothing, continues it
 * and is in its currency. (The same within one sentence is done in step 5.)
 */
function continueAmounts(doc: Doc, found: Found[]): void {
  let last: Found | null = null;
  for (const f of found) {
    if (f.fig.kind === 'money') {
      last = f;
      continue;
    }
    if (!f.openMoney || !last || f.fig.sentence !== last.fig.sentence + 1) continue;
    const prev = doc.sentences[last.fig.sentence];
    const cur = doc.sentences[f.fig.sentence];
    if (!prev || !cur || doc.text.slice(prev.end, cur.start).includes('\n') || Math.abs(Number(last.fig.value)) < 1e6) continue;
    f.fig.kind = 'money';
    f.fig.unit = last.fig.unit;
    f.family = last.family;
  }
}

export interface DocFigureOptions extends ExtractOptions {
  published?: string | null;
  siteCountry?: string | null;
}

/** The figures of an annotated document (sentences and tokens assigned), ids f1, f2 ... in text order. */
export function documentFigures(doc: Doc, options: DocFigureOptions = {}): Figure[] {
  const published: YearMonthDay | null = parsePublished(options.published !== undefined ? options.published : doc.meta.published);
  const siteCountry = options.siteCountry !== undefined ? options.siteCountry : doc.meta.siteCountry;
  const found: Found[] = [];
  const urls = findUrls(doc.text, doc.body.start, doc.body.end);
  let blocked = new Uint8Array(64);
  for (const sentence of doc.sentences) {
    const n = sentence.tokenEnd - sentence.tokenStart;
    if (n === 0) continue;
    if (blocked.length < n) blocked = new Uint8Array(n * 2);
    else blocked.fill(0, 0, n);
    const s: SentenceScan = {
      text: doc.text, tokens: doc.tokens, from: sentence.tokenStart, to: sentence.tokenEnd, blocked, phrase: options.phrase === true,
      published, urls,
    };
    toFigures(doc.text, readSentence(s), sentence.index, found);
  }
  continueAmounts(doc, found);
  resolveCurrencies(found, doc.tokens as Token[], siteCountry, { text: doc.text, sentences: doc.sentences });
  found.sort((a, b) => a.fig.start - b.fig.start || a.fig.end - b.fig.end);
  return found.map((f, k) => ({ ...f.fig, id: `f${k + 1}` }));
}
