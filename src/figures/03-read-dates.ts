// Step 3: dates and relative dates, read before the numbers so that the day of "19-20 ديسمبر"
// is not taken for a count. Covers day–month–year in words (29 نوفمبر 2016، 15 مارس الفارط، 14
// يوليو (تموز)), month–year (أكتوبر 2025، نيسان (أبريل) 2014، سبتمبر / أيلول 2016), numeric dates
// (20-12-2025، 5/17/2018، 2025-12-20), a day of the current month (25 من الشهر الجاري) and
// phrases relative to the publication date (هذا العام، العام الماضي، الشهر المقبل). Gregorian,
// Levantine and Maghrebi month names come from text/calendar.
import { HIJRI_MONTH_NUMBERS, MONTHS, gregorianToHijri, hijriToIso, isoDate } from '../text/calendar.js';
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { HIJRI_MONTHS, MONTH_CUES, MONTH_RELATIVE, MONTHS_RELATIVE, RELATIVE_DATES, YEAR_NOUNS } from './lexicon/cues.js';
import { isPlainInteger } from './parse-digits.js';
import { adjacent, bareForm, cueForms, cueSet, isDash, isPunct, reads, type Fig, type SentenceScan, type YearMonthDay } from './scan.js';
import { sourceOffset } from './word-forms.js';
import { numberWord, readOrdinal } from './02-read-numbers.js';
import { loadCountries } from '../lexicon/load-lexicons.js';
import { words, wordValues } from '../lexicon/word-lists.js';
import { hasClitic } from '../model/token.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';

const MIN = foldString('من');
const WAW = 0x0648;
const FA = 0x0641;
const KNOWLEDGE = defaultWordKnowledge();
const HIJRI_MARKS: ReadonlySet<string> = words('date_hijri_marks');
const IN = foldString('في');
const DAY_TO: ReadonlySet<string> = words('date_day_to');
/** Words of a part of a day before a weekday that make it a date: يوم الأحد، مساء الخميس. */
const WEEKDAY_PARTS: ReadonlySet<string> = words('date_weekday_parts');
/** Words after which a bare weekday is no date: الاثنين "the two" (بين الاثنين، هذين الاثنين), a prayer or a recurring day (صلاة الجمعة، يومي السبت). */
const WEEKDAY_NOT_AFTER: ReadonlySet<string> = words('date_weekday_not_after');
/**
 * Adjectives that make a weekday the name of a day remembered (الأحد الدموي، الخميس الأسود، الجمعة العظيمة),
 * no date: about 40 times in ../shared/unlabeled.
 */
const WEEKDAY_NAME_WORDS: ReadonlySet<string> = words('date_weekday_name_words');
/** Before أن and a present verb, a plan (على أن يلعب، من المقرر أن تبدأ): the weekday after is to come. */
const WEEKDAY_TO_COME: ReadonlySet<string> = words('date_weekday_to_come');
/** كان before من المقرر أن: a plan told in the past (كان من المقرر أن يبدأ ليل الجمعة). */
const WEEKDAY_WAS: ReadonlySet<string> = words('date_weekday_was');
/** Words before من that start a period (اعتبارا من، ابتداء من): the weekday after is from the publication day on. */
const WEEKDAY_FROM: ReadonlySet<string> = words('date_weekday_from');
/** Words after which a present verb opens a clause (أن يعقد، الذي يزور، وهو يخوض). */
const PRESENT_OPENERS: ReadonlySet<string> = words('date_weekday_present_openers');
/** Words before the verb, or before its أن, that make it a past one (كان يلعب، لم يتحقق، قبل أن تتحرك). */
const PRESENT_PAST: ReadonlySet<string> = words('date_weekday_present_past');
/**
 * How far before a weekday a verb with the future prefix makes it a day to come, past a comma right
 * before it: "وستنظم جولة جديدة من المرافعات الأربعاء"، "وستبدأ محاكمة جي دي في برشلونة، الخميس"،
 * "سينتقل كيري، الإثنين، إلى الدوحة" (three words had left them past). In 1,200 unlabeled articles
 * (seed 3531) 4 weekdays changed, all 4 right.
 */
const WEEKDAY_VERB_REACH = 7;
const AN = foldString('أن');
/**
 * Titles before العام "general" (الأمين العام السابق، المدير العام الحالي، المدعي العام المقبل): العام
 * and the adjective after it are the title's, no relative year. ../shared/unlabeled: 146 such
 * titles (الأمين 93, المدير 27, المدعي 7, النائب 7), each read as last or this year (7 in sample3k).
 */
const GENERAL_TITLES: ReadonlySet<string> = cueSet(words('date_general_title_nouns'));
const GENERAL = foldString('العام');
/** Weekday (with its article) → its number, Sunday 0 ... Saturday 6. */
const WEEKDAY_NUMBER: ReadonlyMap<string, number> = new Map([...wordValues('weekday')].map(([d, n]) => [d, Number(n)]));
const MONTH_WORD = cueSet([foldString('الشهر'), foldString('شهر')]);
const CURRENT_MONTH_REL: ReadonlyMap<string, number> = new Map(
  [...wordValues('date_current_month_rel')].map(([w, v]) => [w, Number(v)] as const),
);

interface MonthAt {
  month: number;
  t1: number;
}

/** Month names as written with their clitics (بمارس، وفي يونيو → يونيو): one word → month, and for
 * two-word names (كانون الثاني) the first word → second word → month. */
export const MONTH_FORMS: ReadonlyMap<string, number> = new Map(
  [...MONTHS].filter(([name]) => !name.includes(' ')).flatMap(([name, m]) => cueForms(name).map((f) => [f, m] as [string, number])),
);
const TWO_WORD_MONTHS: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const out = new Map<string, Map<string, number>>();
  for (const [name, m] of MONTHS) {
    const [a, b] = name.split(' ');
    if (b === undefined) continue;
    for (const f of cueForms(a)) {
      const inner = out.get(f) ?? new Map<string, number>();
      inner.set(b, m);
      out.set(f, inner);
    }
  }
  return out;
})();

/** The month name at token i (one word, or two: كانون الثاني، تشرين الأول). */
export function monthAt(s: SentenceScan, i: number): MonthAt | null {
  const t = s.tokens[i];
  if (!t || i >= s.to || t.kind !== 'arabic') return null;
  const two = TWO_WORD_MONTHS.get(t.norm);
  if (two && i + 1 < s.to) {
    const m = two.get(s.tokens[i + 1].norm);
    if (m) return { month: m, t1: i + 2 };
  }
  const one = MONTH_FORMS.get(t.norm);
  return one ? { month: one, t1: i + 1 } : null;
}

/**
 * Skips an alternative month name: "يوليو (تموز)", "سبتمبر / أيلول", "نيسان ( أبريل )", and the same
 * month written right after ("في 6 مارس آذار", "نوفمبر تشرين الثاني 2017": 1,386 spans of
 * ../shared/unlabeled, where the year after them had been lost).
 */
function skipAltMonth(s: SentenceScan, i: number): number {
  const { tokens, to } = s;
  const first = i - 1 >= s.from ? monthBefore(s, i) : null;
  if (first !== null && i < to) {
    const m = monthAt(s, i);
    if (m && m.month === first && tokens[i].norm[0] !== 'و') return m.t1;
  }
  if (i < to && isPunct(tokens[i], '(')) {
    const m = monthAt(s, i + 1);
    if (m && m.t1 < to && isPunct(tokens[m.t1], ')')) return m.t1 + 1;
  }
  if (i < to && (isPunct(tokens[i], '/') || isDash(tokens[i]))) {
    const m = monthAt(s, i + 1);
    if (m) return m.t1;
  }
  return i;
}

/** The month whose name ends right before token i (كانون الثاني، يناير), or null. */
function monthBefore(s: SentenceScan, i: number): number | null {
  const one = monthAt(s, i - 1);
  if (one && one.t1 === i) return one.month;
  const two = i - 2 >= s.from ? monthAt(s, i - 2) : null;
  return two && two.t1 === i ? two.month : null;
}

function dayAt(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || !isPlainInteger(t.norm) || t.norm.length > 2) return null;
  const d = Number(t.norm);
  return d >= 1 && d <= 31 ? d : null;
}

function yearAt(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || !isPlainInteger(t.norm) || t.norm.length !== 4) return null;
  const y = Number(t.norm);
  return y >= 1000 && y <= 2999 ? y : null;
}

interface YearAfter {
  year: number | null;
  /** Relative to publication: past/current/future month words, or a year offset. */
  relative?: 'past' | 'current' | 'future';
  yearOffset?: number;
  /** One past the last token of the span, and one past the last token consumed. */
  spanTo: number;
  consumedTo: number;
}

/** What follows a month: a year (2016، من العام 2015، عام 2014م), من هذا العام, الماضي ... */
function yearAfter(s: SentenceScan, i: number): YearAfter {
  const { tokens, to } = s;
  let j = i;
  // 28 يناير في عام 1976، يونيو من العام 2015
  if (j + 1 < to && (tokens[j].norm === MIN || tokens[j].norm === IN) && (yearAt(tokens[j + 1]) !== null || yearAt(tokens[j + 2]) !== null))
    j++;
  // عام 2014 after a month; not منذ, خلال, حتى ...: "من يوليو إلى سبتمبر منذ 2008" is "since 2008" (7
  // spans of ../shared/unlabeled after a month, all of them so).
  if (j < to && tokens[j].kind === 'arabic' && YEAR_NOUNS.has(tokens[j].norm) && yearAt(tokens[j + 1]) !== null) j++;
  const y = j < to ? yearAt(tokens[j]) : null;
  if (y !== null && !s.blocked[j - s.from]) {
    let k = j + 1;
    // 2014م
    if (k < to && tokens[k].kind === 'arabic' && (tokens[k].norm === 'م' || tokens[k].norm === foldString('ميلادي'))) k++;
    return { year: y, spanTo: k, consumedTo: k };
  }
  // من هذا العام، من العام الماضي
  for (const r of RELATIVE_DATES) {
    if (r.unit !== 'year') continue;
    const at = tokens[i]?.norm === MIN ? i + 1 : i;
    if (matchWords(s, at, r.words)) return { year: null, yearOffset: r.offset, spanTo: i, consumedTo: at + r.words.length };
  }
  const t = tokens[i];
  if (t && i < to && t.kind === 'arabic') {
    const rel = MONTH_RELATIVE.get(t.norm);
    if (rel) return { year: null, relative: rel, spanTo: i, consumedTo: i + 1 };
  }
  return { year: null, spanTo: i, consumedTo: i };
}

export function matchWords(s: SentenceScan, i: number, words: string[]): boolean {
  if (i + words.length > s.to) return false;
  for (let k = 0; k < words.length; k++) {
    const t = s.tokens[i + k];
    if (t.kind !== 'arabic') return false;
    if (k === 0 ? !reads(t, words[k]) : t.norm !== words[k]) return false;
  }
  return true;
}

/** The year of a month (and day) given what followed it and the publication date. */
function resolveYear(ya: YearAfter, month: number, day: number | null, pub: YearMonthDay | null): number | null {
  if (ya.year !== null) return ya.year;
  if (!pub) return null;
  if (ya.yearOffset !== undefined) return pub.y + ya.yearOffset;
  const after = month > pub.m || (month === pub.m && day !== null && day > pub.d);
  if (ya.relative === 'past') return after ? pub.y - 1 : pub.y;
  if (ya.relative === 'future') return after ? pub.y : pub.y + 1;
  return pub.y;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateFig(s: SentenceScan, t0: number, t1: number, consumedTo: number, value: string, valueMax: string | null): Fig {
  return {
    t0,
    t1,
    start: s.tokens[t0].start,
    end: s.tokens[t1 - 1].end,
    kind: 'date',
    value,
    valueMax,
    unit: null,
    def: null,
    num: null,
    raw: 0,
    qualifier: null,
    weak: false,
    consumedTo,
    fixed: true,
  };
}

/**
 * Two numbers around a slash whose second is a year, read where a fraction would be wrong: a
 * season written with its first year cut to two digits, 36/1437هـ (1436–1437 H), 18/2019 (2018–2019),
 * 70/1971م; and a Hijri month with its marked year, من 3 / 1436 هـ إلى 8 / 1436 هـ, read as its
 * Hijri year as a Hijri day-month-year is (the month is not converted). ../shared/unlabeled: 16
 * seasons and 10 marked months (D/D, D / D), all read as fractions (36/1437 = 0.025).
 */
function seasonOrHijriMonth(s: SentenceScan, i: number): Fig | null {
  const { tokens, to } = s;
  const a = tokens[i].norm;
  const b = tokens[i + 2];
  if (a.length > 2 || b.norm.length !== 4) return null;
  const y = Number(b.norm);
  const mark = i + 3 < to && tokens[i + 3].kind === 'arabic' && HIJRI_MARKS.has(tokens[i + 3].norm);
  const hijri = y >= 1300 && y <= 1500;
  if (!(hijri ? mark : y >= 1900 && y <= 2100)) return null;
  const end = mark ? i + 4 : i + 3;
  const fig: Fig = {
    t0: i,
    t1: end,
    start: tokens[i].start,
    end: tokens[end - 1].end,
    kind: 'year_range',
    value: y - 1,
    valueMax: y,
    unit: null,
    def: null,
    num: null,
    raw: y - 1,
    rawMax: y,
    qualifier: null,
    weak: false,
    consumedTo: end,
    fixed: true,
  };
  if (hijri) fig.calendar = 'hijri';
  if (Number(a) === (y - 1) % 100) return fig;
  const month = Number(a);
  if (!(hijri && month >= 1 && month <= 12)) return null;
  return { ...fig, t0: i + 2, start: b.start, kind: 'year', value: y, valueMax: null, raw: y, rawMax: undefined };
}

function dayValue(year: number | null, month: number, day: number): string | null {
  if (year === null) return `--${pad(month)}-${pad(day)}`;
  return isoDate(year, month, day);
}

/** العشرين، الثلاثين: the tens serve as ordinals too (في الثلاثين من يونيو, the 30th of June). */
function tensDay(t: Token, i: number): { value: number; t1: number } | null {
  const w = numberWord(t);
  return w && w.article && !w.prep && w.entry.type === 'tens' && (w.entry.value === 20 || w.entry.value === 30)
    ? { value: w.entry.value, t1: i + 1 }
    : null;
}

/**
 * A date starting at token i, or null. A month or a day of no known year (the article has no date
 * and the text gives none: "بنهاية حزيران (يونيو) الماضي", "في 14 يوليو") is read, so that its day
 * is no count, and dropped: its year is the publication's, and a date stated relative to the
 * publication is no figure where the article has no date, as "العام الماضي" is none (FORMAT.md
 * makes both optional). 31 of the 1,399 figures of ../shared/corpus had been such --MM and --MM-DD dates,
 * in 10 undated SaudiNewsNet articles.
 */
export function readDate(s: SentenceScan, i: number): Fig | null {
  const f = readDateAt(s, i);
  if (f && f.kind === 'date' && typeof f.value === 'string' && f.value.startsWith('--')) f.drop = true;
  return f;
}

function readDateAt(s: SentenceScan, i: number): Fig | null {
  if (s.blocked[i - s.from]) return null;
  // Numeric dates: 20-12-2025، 19/12/2025، 2025-12-20، 5/17/2018، 20.12.2025 (one token).
  const numeric = readNumericDate(s, i);
  if (numeric) return numeric;
  const t = s.tokens[i];
  const day = dayAt(t);
  if (day !== null) return hijriDayRange(s, i, day) ?? readDayOfMonth(s, i, day);
  if (t.kind === 'arabic' && MONTH_PART_FORMS.has(t.norm)) {
    const part = readMonthPart(s, i);
    if (part) return part;
  }
  if (t.kind === 'arabic' && !monthAt(s, i)) {
    const ordinal = readOrdinalDay(s, i);
    if (ordinal) return ordinal;
  }
  const m = monthAt(s, i);
  return m ? readMonth(s, i, m) : null;
}

/**
 * A range of days before a numeric Hijri date, its first day at token i: من 19 إلى 21 / 10 / 1436هـ،
 * 8 - 15 / 10 / 1436هـ، 4-5/10/1436هـ. ../shared/unlabeled: about 80 (43 with إلى, 34 with a dash),
 * whose first day had been a count and the rest the last day alone.
 */
function hijriDayRange(s: SentenceScan, i: number, day: number): Fig | null {
  const { tokens, to } = s;
  // not the month of an earlier date (من 23 / 4 إلى 26 / 6 / 1436هـ) nor within a list (9-10-11 / 10 / 1436)
  const prev = i > s.from ? tokens[i - 1] : undefined;
  if (prev && (isDash(prev) || isPunct(prev, '/'))) return null;
  if (i + 2 >= to || !(isDash(tokens[i + 1]) || DAY_TO.has(tokens[i + 1].norm)) || tokens[i + 2].norm.length > 2) return null;
  const last = readNumericDate(s, i + 2);
  const day2 = dayAt(tokens[i + 2]);
  if (!last || last.calendar !== 'hijri' || last.kind !== 'date' || day2 === null || day2 <= day) return null;
  const to2 = last.value as string;
  const from = new Date(Date.parse(`${to2}T00:00:00Z`) - (day2 - day) * 86_400_000).toISOString().slice(0, 10);
  return { ...dateFig(s, i, last.t1, last.consumedTo ?? last.t1, from, to2), calendar: 'hijri' };
}

/** A day in digits and its month: 19 ديسمبر 2025، 19-20 ديسمبر، 14 شهر شباط، 25 من الشهر الجاري، 15 رمضان 1436. */
function readDayOfMonth(s: SentenceScan, i: number, day: number): Fig | null {
  const { tokens, to } = s;
  let j = i + 1;
  let day2: number | null = null;
  // 19-20 ديسمبر، من 1 إلى 15 يناير، 13 و14 يوليو
  if (j + 1 < to && (isDash(tokens[j]) || DAY_TO.has(tokens[j].norm)) && dayAt(tokens[j + 1]) !== null) {
    day2 = dayAt(tokens[j + 1]);
    j += 2;
    // أيام 7 و8 و9 و12 و13 و14 جوان 2017: a list of days, given as the span from its first day to its
    // last (44 lists of three days or more before a month in ../shared/unlabeled; the days before the
    // last two were read as numbers).
    while (j + 1 < to && (tokens[j].norm === AND || isPunct(tokens[j], '،,'))) {
      const d = dayAt(tokens[j + 1]);
      if (d === null || day2 === null || d <= day2) break;
      day2 = d;
      j += 2;
    }
  }
  if (
    j < to &&
    tokens[j].norm === MIN &&
    (monthAt(s, j + 1) || hijriMonthAt(s, j + 1) || (j + 1 < to && MONTH_WORD.has(tokens[j + 1].norm)))
  )
    j++;
  // 14 شهر شباط، 12 من شهر ذي القعدة
  if (j + 1 < to && MONTH_WORD.has(tokens[j].norm) && (monthAt(s, j + 1) || hijriMonthAt(s, j + 1))) j++;
  // 25 من الشهر الجاري
  const current = dayOfRelativeMonth(s, j, day);
  if (current) return dateFig(s, i, j + 2, j + 2, current, null);
  // في 14 الجاري، يوم 27 الجاري، في 23 و27 الحالي
  const currentDay = currentMonthDay(s, i, j, day, day2);
  if (currentDay) return currentDay;
  if (j < to && tokens[j].kind === 'arabic' && HIJRI_MONTHS.has(tokens[j].norm)) return hijriDate(s, i, j, day, day2);
  const m = monthAt(s, j);
  if (!m) return null;
  const k = skipAltMonth(s, m.t1);
  const ya = yearAfter(s, k);
  const year = resolveYear(ya, m.month, day, s.published);
  const v = dayValue(year, m.month, day);
  if (!v) return null;
  const spanTo = ya.year !== null ? ya.spanTo : m.t1;
  const v2 = day2 !== null && day2 > day ? dayValue(year, m.month, day2) : null;
  return dateFig(s, i, spanTo, Math.max(ya.consumedTo, k), v, v2);
}

/**
 * Day `day` of the month named at token j as الشهر الجاري/الحالي/المقبل/الماضي (a month word and a
 * word of CURRENT_MONTH_REL), resolved against the publication date (relativeMonthAt); null otherwise.
 */
function dayOfRelativeMonth(s: SentenceScan, j: number, day: number): string | null {
  if (!(j < s.to && MONTH_WORD.has(s.tokens[j].norm))) return null;
  const rel = relativeMonthAt(s, j);
  return rel ? isoDate(rel.y, rel.m, day) : null;
}

/** Words before a day in digits that make "14 الجاري" a day of this month: في، يوم، الموافق، حتى (and a weekday). */
const CURRENT_DAY_CUES: readonly string[] = [...words('date_current_day_cue')];
/** الجاري، الحالي: the words of date_current_month_rel that name the publication's own month. */
const CURRENT_MONTH: ReadonlySet<string> = new Set([...CURRENT_MONTH_REL].filter(([, off]) => off === 0).map(([w]) => w));

/**
 * A day in digits with الجاري/الحالي after it and no month, the publication's month: "بنقل سفارتها من
 * تل أبيب إلى القدس في 14 الجاري"، "يلتقي الفائزان على ملعب ويمبلي في 26 الحالي" (51 times in
 * ../shared/unlabeled after في، يوم، الموافق، حتى ...; the day had been a number). Not after other
 * words (آيفون 7 المقبل), nor with الماضي/المقبل, which after a bare number name a model or an edition.
 */
function currentMonthDay(s: SentenceScan, i: number, j: number, day: number, day2: number | null): Fig | null {
  const { tokens, to, published: p } = s;
  if (!p || j >= to || !CURRENT_MONTH.has(tokens[j].norm) || i <= s.from) return null;
  const before = tokens[i - 1];
  // وفي 14 الجاري; يوم الخميس 15 الجاري
  if (before.kind !== 'arabic' || !(CURRENT_DAY_CUES.some((w) => reads(before, w)) || WEEKDAY_NUMBER.has(bareForm(before)))) return null;
  const v = isoDate(p.y, p.m, day);
  const v2 = day2 !== null && day2 > day ? isoDate(p.y, p.m, day2) : null;
  return v ? dateFig(s, i, j + 1, j + 1, v, v2) : null;
}

/** The Hijri month named at token i (رمضان، ذي الحجة، ربيع الآخر): its number and one past its last token. */
function hijriMonthAt(s: SentenceScan, i: number): MonthAt | null {
  const t = s.tokens[i];
  if (!t || i >= s.to || t.kind !== 'arabic' || !HIJRI_MONTHS.has(t.norm)) return null;
  const two = i + 1 < s.to ? HIJRI_MONTH_NUMBERS.get(`${t.norm} ${s.tokens[i + 1].norm}`) : undefined;
  if (two !== undefined) return { month: two, t1: i + 2 };
  const one = HIJRI_MONTH_NUMBERS.get(t.norm);
  return one === undefined ? null : { month: one, t1: i + 1 };
}

/**
 * A Hijri date, the day at token i and the month at token j: 15 رمضان 1436، 13 ذي الحجة 1435هـ، 18
 * شوال الجاري، 26 رمضان الماضي، 10 - 12 شوال الجاري. It is given as the Gregorian day of the Umm
 * al-Qura calendar (15 رمضان 1436 = 2015-07-02), with calendar hijri; a day and month with no year
 * take the Hijri year of the publication as a Gregorian day and month do, turned by الماضي/المقبل
 * (none where the article has no date). ../shared/unlabeled writes 1,238 days in digits before a
 * Hijri month: 659 with their year (read as the Hijri year alone), 579 without (not read: 346
 * bare, 233 with الجاري/الحالي/المقبل/القادم/الماضي). A day the month lacks (30 of a month of 29)
 * keeps its Hijri year alone.
 */
function hijriDate(s: SentenceScan, i: number, j: number, day: number, day2: number | null): Fig {
  const { tokens, to } = s;
  const hm = hijriMonthAt(s, j);
  const none = { ...dateFig(s, i, j + 1, j + 1, '', null), drop: true };
  if (!hm) return none;
  const ya = yearAfter(s, hm.t1);
  const yt = ya.year !== null ? ya.spanTo - 1 : -1;
  const mark = ya.year !== null && yt + 1 < to && tokens[yt + 1].kind === 'arabic' && HIJRI_MARKS.has(tokens[yt + 1].norm);
  // Glued to a word it is something else; glued to its mark or a comma still the year ("جلسة الأربعاء
  // 28 رمضان 1436، الموافق 15 يوليو 2015": 12 times in ../shared/unlabeled, read as the number 1436).
  const glued = ya.year !== null && yt + 1 < to && adjacent(tokens[yt], tokens[yt + 1]) && !mark && tokens[yt + 1].kind !== 'punct';
  const written = ya.year !== null && ya.year >= 1300 && ya.year <= 1500 && !glued ? ya.year : null;
  if (ya.year !== null && written === null) return none;
  // صفر is also zero (فاز 2 صفر): the month only with its year or a relative word.
  if (hm.month === 2 && written === null && ya.relative === undefined && ya.yearOffset === undefined) return none;
  const year = written ?? hijriYearOf(ya, hm.month, day, s.published);
  const v = year === null ? null : hijriToIso(year, hm.month, day);
  const spanTo = written !== null ? (mark ? yt + 2 : yt + 1) : hm.t1;
  const consumedTo = written !== null ? spanTo : Math.max(ya.consumedTo, hm.t1);
  if (v === null) return written !== null ? hijriYear(s, yt, spanTo, written) : none;
  const v2 = day2 !== null && day2 > day ? hijriToIso(year!, hm.month, day2) : null;
  return { ...dateFig(s, i, spanTo, consumedTo, v, v2), calendar: 'hijri' };
}

/** The Hijri year of a day and month written without one: the publication's, turned by الماضي/المقبل. */
function hijriYearOf(ya: YearAfter, month: number, day: number, pub: YearMonthDay | null): number | null {
  if (!pub) return null;
  const p = gregorianToHijri(pub.y, pub.m, pub.d);
  if (ya.yearOffset !== undefined) return p.y + ya.yearOffset;
  const after = month > p.m || (month === p.m && day > p.d);
  if (ya.relative === 'past') return after ? p.y - 1 : p.y;
  if (ya.relative === 'future') return after ? p.y : p.y + 1;
  return p.y;
}

/** The Hijri year of a Hijri date whose day the month lacks: tokens [t0, t1), the year and its mark. */
function hijriYear(s: SentenceScan, t0: number, t1: number, y: number): Fig {
  return { ...dateFig(s, t0, t1, t1, '', null), kind: 'year', value: y, raw: y, calendar: 'hijri' };
}

const FIRST = foldString('أول');
const AB = foldString('آب');

/** الخامس من يونيو، الثالث عشر من شباط: an ordinal day of a month, or null. */
function readOrdinalDay(s: SentenceScan, i: number): Fig | null {
  const { tokens, to } = s;
  const o = readOrdinal(s, i) ?? tensDay(tokens[i], i);
  if (!(o && o.value >= 1 && o.value <= 31 && Number.isInteger(o.value))) return null;
  let j = o.t1;
  const before = i > s.from ? tokens[i - 1] : undefined;
  // a noun before the ordinal owns it (الأسبوع الأول من رمضان), but for اليوم, a weekday (الخميس السادس
  // عشر من الشهر الجاري; not with a feminine ordinal, the weekday's: الجمعة الثانية من شهر رمضان is
  // the second Friday) and إلى, folded الى (من الثامن إلى العاشر من الشهر المقبل)
  const owned =
    before?.kind === 'arabic' &&
    before.norm.startsWith(THE) &&
    before.norm !== THE_DAY &&
    !(WEEKDAY_NUMBER.has(before.norm) && !tokens[i].norm.endsWith(FEMININE)) &&
    !ORDINAL_DAY_TO.has(before.norm);
  if (!owned && j + 1 < to && ORDINAL_DAY_TO.has(tokens[j].norm)) {
    const range = ordinalDayRange(s, j + 1, o.value);
    if (range) return { ...range, t0: i, start: tokens[i].start };
  }
  // في الثاني من الشهر المقبل، العاشر من الشهر الجاري، الخامس عشر من هذا الشهر: an ordinal day of a
  // month named relative to the publication date, as 25 من الشهر الجاري is in digits (readDayOfMonth).
  // ../shared/unlabeled: 183 ordinal days before من الشهر الجاري/الحالي/المقبل/الماضي/هذا الشهر (الجاري
  // 62, الحالي 47, المقبل 39), whose day had been an ordinal and the month alone the date; not after a
  // noun of its own (الأسبوع الأول من الشهر الجاري), nor before الشهر نفسه, whose month is an earlier one's.
  if (j < to && tokens[j].norm === MIN) {
    const rel = owned ? null : relativeMonthAt(s, j + 1);
    if (rel) {
      const v = isoDate(rel.y, rel.m, o.value);
      return v ? dateFig(s, i, rel.t1, rel.t1, v, null) : null;
    }
    j++;
  }
  if (j < to && MONTH_WORD.has(tokens[j].norm)) j++;
  // أول يناير، أول تموز/يوليو: the first of the month without من (126 times in 115 articles of
  // ../shared/unlabeled: اعتبارا من أول يناير، في أول يوليو الماضي; the month alone had been read).
  const first = o.value === 1 && 'article' in o && !o.article && o.t1 === i + 1 && tokens[i].norm.endsWith(FIRST);
  const mo = j > o.t1 || first ? monthAt(s, j) : null;
  // الرابع من ذي القعدة، السابع والعشرين من شهر رمضان: a Hijri day in words (hijriDate); after a
  // noun of its own the ordinal is the noun's (الأسبوع الأول من رمضان), but for اليوم.
  if (!mo && !owned && j > o.t1 && j < to && hijriMonthAt(s, j)) return hijriDate(s, i, j, o.value, null);
  if (!mo) return null;
  // آب is also أب (father): "كان أول أب يشارك".
  if (first && mo.month === 8 && tokens[j].norm === AB) return null;
  const k = skipAltMonth(s, mo.t1);
  const ya = yearAfter(s, k);
  const year = resolveYear(ya, mo.month, o.value, s.published);
  const v = dayValue(year, mo.month, o.value);
  return v ? dateFig(s, i, ya.year !== null ? ya.spanTo : mo.t1, Math.max(ya.consumedTo, k), v, null) : null;
}

const THIS = foldString('هذا');
const FEMININE = foldString('ة');

/**
 * The month named relative to the publication at token j, after an ordinal day and من: الخامس عشر من
 * الشهر الجاري، العاشر من هذا الشهر، الثالث من الشهر المقبل (199 times in ../shared/unlabeled: من
 * الشهر الجاري 63, الحالي 48, المقبل 45, من هذا الشهر 19, من الشهر الماضي 19, ...; "في الخامس من
 * الشهر الجاري"، "اعتبارا من الأول من الشهر المقبل"), whose day had been an ordinal beside the month,
 * as a day in digits is read (25 من الشهر الجاري). Its year and month and one past its last token.
 */
function relativeMonthAt(s: SentenceScan, j: number): { y: number; m: number; t1: number } | null {
  const { tokens, to, published: p } = s;
  if (!p || j + 1 >= to) return null;
  let off: number | undefined;
  if (MONTH_WORD.has(tokens[j].norm)) off = CURRENT_MONTH_REL.get(tokens[j + 1].norm);
  // not هذا الشهر الفضيل/الكريم/المبارك, Ramadan in a later month (37 times in ../shared/unlabeled)
  else if (tokens[j].norm === THIS && MONTH_WORD.has(tokens[j + 1].norm) && !tokens[j + 2]?.norm.startsWith(THE)) off = 0;
  if (off === undefined) return null;
  return { ...shiftMonth(p, off), t1: j + 2 };
}

/** The year and month `off` months from the publication's (off is -1, 0 or 1, or a few more). */
function shiftMonth(p: YearMonthDay, off: number): { y: number; m: number } {
  return { y: p.y + Math.floor((p.m - 1 + off) / 12), m: ((p.m - 1 + off + 12) % 12) + 1 };
}

/** إلى (الى)، حتى، وحتى between two ordinal days (not و: الأول والثاني is a list, and و joins the tens). */
const ORDINAL_DAY_TO: ReadonlySet<string> = words('date_ordinal_day_to');

/**
 * The second ordinal day of a range at token k, the first day being day: من الثامن إلى العاشر من
 * ديسمبر، من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر. ../shared/unlabeled: 20 such ranges
 * before a month (من السابع إلى التاسع من أكتوبر، من الثالث إلى السادس من رجب), whose first day had
 * been an ordinal and the range the last day alone. The range is the second day's month and year.
 */
function ordinalDayRange(s: SentenceScan, k: number, day: number): Fig | null {
  const o = readOrdinal(s, k) ?? tensDay(s.tokens[k], k);
  const last = o && o.value > day ? readOrdinalDay(s, k) : null;
  if (!o || !last || last.kind !== 'date' || typeof last.value !== 'string' || last.valueMax !== null) return null;
  if (!/^\d{4}-\d\d-\d\d$/.test(last.value)) return null;
  // the first day counted back from the last, so that a Hijri range (given in Gregorian days) holds too
  const first = new Date(Date.parse(last.value) - (o.value - day) * 86_400_000).toISOString().slice(0, 10);
  return { ...last, value: first, valueMax: last.value };
}

/** A part-of-month word as written (ومطلع، بنهاية، لأواخر) → the length of its clitics. */
export const MONTH_PART_FORMS: ReadonlyMap<string, number> = new Map(
  [...words('date_month_part')].flatMap((w) => ['', 'و', 'ف', 'ب', 'ل', 'وب', 'فب', 'ول', 'فل'].map((c) => [c + w, c.length] as const)),
);

/**
 * A part of a month before it, أوائل/بداية/مطلع/مستهل، منتصف/أواسط، أواخر/نهاية ("في أوائل مارس
 * 2023"، "منذ مطلع يونيو (حزيران)"، "حتى نهاية شهر أيار الماضي"): 3,099 times before a month name
 * in ../shared/unlabeled (نهاية 1,077, مطلع 552, منتصف 547, أواخر 530, بداية 223, أوائل 170). The
 * figure is the month, as gold and gold-dev give it (مطلع شهر فيفري القادم = 2017-02، بنهاية شهر
 * ديسمبر 2016 = 2016-12، نهاية أكتوبر = 2025-10; FORMAT.md has no qualifier for a part), and its
 * span takes the part word in, so that its text (date_text in the store) keeps it. Duckling's
 * Arabic Time corpus reads أوائل اذار as days 1-10 and أواخر as 21 to the end: those specs fail.
 */
function readMonthPart(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  const clitics = MONTH_PART_FORMS.get(t.norm);
  if (clitics === undefined) return null;
  let j = i + 1;
  if (j < s.to && MONTH_WORD.has(s.tokens[j].norm)) j++;
  const m = monthAt(s, j);
  const f = m ? readMonth(s, j, m) : null;
  return f ? { ...f, t0: i, start: sourceOffset(t, clitics) } : null;
}

/** A month named at token i: with a day range after it, with a second month, with its year, or after a time word. */
function readMonth(s: SentenceScan, i: number, m: MonthAt): Fig | null {
  const { tokens } = s;
  const k = skipAltMonth(s, m.t1);
  const range = monthDayRange(s, m.month, k);
  if (range) return dateFig(s, i, range.spanTo, range.consumedTo, range.value, range.valueMax);
  const pair = monthPair(s, i, m, k);
  if (pair) return pair;
  const ya = yearAfter(s, k);
  if (ya.year !== null || ya.yearOffset !== undefined || ya.relative !== undefined) {
    const year = resolveYear(ya, m.month, null, s.published);
    const spanTo = ya.year !== null ? ya.spanTo : m.t1;
    // With no date for the article, "يناير الماضي" is a month of no known year: --01, dropped by readDate.
    return dateFig(s, i, spanTo, Math.max(ya.consumedTo, k), year === null ? `--${pad(m.month)}` : `${year}-${pad(m.month)}`, null);
  }
  // A bare month is a date only after a time word (مارس is also "practised"); its year is the
  // article's, or unknown.
  const prev = i > s.from ? tokens[i - 1] : undefined;
  if (prev && prev.kind === 'arabic' && MONTH_CUES.has(prev.norm)) {
    const year = bareMonthYear(s, i, m.month);
    return dateFig(s, i, m.t1, k, year !== null ? `${year}-${pad(m.month)}` : `--${pad(m.month)}`, null);
  }
  return null;
}

/**
 * How many months after the publication's a bare month must be to be read as last year's. Read on
 * unseen news, months 6 or more ahead were last year's 36 times and to come 3 (past a plan or an
 * election); 4 ahead, to come as often as past; 5 ahead, 3 past and 1 to come, the heading of a
 * plan in gold-dev ("الحسم في اكتوبر", published in May).
 */
const BARE_MONTH_PAST_AHEAD = 6;
const SINCE = foldString('منذ');

/**
 * The year of a bare month after a time word (في نوفمبر، منذ ديسمبر): the article's, but last year's
 * after منذ when the month is still to come, and when it is six months or more after the
 * publication's unless something says it is to come (a future verb, أن and a present verb, a word of
 * a plan: المقرر، القادمة). News tells what was done: in 4,200 unlabeled articles (samples of seeds
 * 3101 and 3531) 39 of 49 such months four or more ahead were last year's (وحذرت الشركة في نوفمبر،
 * published in April; منذ ديسمبر, in July), 10 to come (الانتخابات الرئاسية في أكتوبر, in April).
 */
function bareMonthYear(s: SentenceScan, i: number, month: number): number | null {
  const pub = s.published;
  if (!pub) return null;
  const ahead = month - pub.m;
  if (ahead <= 0) return pub.y;
  if (sinceAt(s, i - 1) || (sinceAt(s, i - 2) && MONTH_CUES.has(s.tokens[i - 1].norm))) return pub.y - 1;
  if (ahead < BARE_MONTH_PAST_AHEAD) return pub.y;
  const cue = MONTH_CUES.has(s.tokens[i - 1].norm) ? i - 1 : i;
  if (futureVerbBefore(s, cue, WEEKDAY_VERB_REACH) || toCome(s, cue) || planBefore(s, cue)) return pub.y;
  return pub.y - 1;
}

function sinceAt(s: SentenceScan, k: number): boolean {
  return k >= s.from && (s.tokens[k].norm === SINCE || s.tokens[k].norm === 'و' + SINCE);
}

/**
 * A word of a plan, of a time to come or of an election in the four words before token i, not past a
 * relative pronoun (الانتخابات التي جرت في نوفمبر): كانت مقررة في ديسمبر، قمة الناتو القادمة في
 * يوليو، انتخابات البرازيل في شهر أكتوبر.
 */
const MONTH_TO_COME: ReadonlySet<string> = words('date_month_to_come');
const MONTH_TO_COME_STOPS: ReadonlySet<string> = words('date_month_to_come_stop');
function planBefore(s: SentenceScan, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 4; k--) {
    const w = s.tokens[k].norm;
    if (MONTH_TO_COME_STOPS.has(w)) return false;
    if (MONTH_TO_COME.has(w)) return true;
  }
  return false;
}

/**
 * "في يونيو أو يوليو", "شهر أكتوبر أو نوفمبر القادمين": either month, a range of the two (40
 * spans of ../shared/unlabeled, each a window of time: القمة المقررة في مايو أو يونيو); and
 * "خلال شهري نيسان (أبريل) وأيار (مايو) الماضيين", both months, as a range too, as is "من
 * أيلول (سبتمبر) إلى كانون الثاني (يناير) الماضيين".
 */
function monthPair(s: SentenceScan, i: number, m: MonthAt, k: number): Fig | null {
  const { tokens } = s;
  const prev = i > s.from ? tokens[i - 1] : undefined;
  const before = i - 1 > s.from ? tokens[i - 2] : undefined;
  const between =
    (prev !== undefined && bareForm(prev) === BETWEEN) ||
    (before !== undefined && bareForm(before) === BETWEEN && MONTH_WORDS.has(prev!.norm));
  const from = prev !== undefined && (prev.norm === MIN || (before !== undefined && before.norm === MIN && MONTH_WORDS.has(prev.norm)));
  const or = monthOr(s, m.month, k, between, from);
  if (!or) return null;
  const ya = yearAfter(s, or.k);
  const dual = ya.year === null && ya.yearOffset === undefined && or.k < s.to ? MONTHS_RELATIVE.get(tokens[or.k].norm) : undefined;
  if (dual) {
    ya.relative = dual;
    ya.consumedTo = or.k + 1;
  }
  const cued =
    between ||
    from ||
    ya.year !== null ||
    ya.yearOffset !== undefined ||
    ya.relative !== undefined ||
    (prev !== undefined && prev.kind === 'arabic' && MONTH_CUES.has(prev.norm));
  if (!cued) return null;
  const year = resolveYear(ya, or.month, null, s.published);
  const first = year === null ? null : or.month > m.month ? year : year - 1;
  const spanTo = ya.year !== null ? ya.spanTo : or.t1;
  return dateFig(
    s,
    i,
    spanTo,
    Math.max(ya.consumedTo, or.k),
    first === null ? '--' : `${first}-${pad(m.month)}`,
    year === null ? null : `${year}-${pad(or.month)}`,
  );
}

const OR = new Set(['أو', 'او'].map((w) => foldString(w)));
const AND = foldString('و');

/**
 * The last month of "يونيو أو يوليو", "شهري نيسان (أبريل) وأيار (مايو)", "أكتوبر ونوفمبر وديسمبر"
 * (alternative names skipped): each the month after the one before, as "يناير ومارس" are two
 * months and no range; after بين any month closes it ("ما بين شهري نوفمبر ويناير").
 */
function monthOr(
  s: SentenceScan,
  month: number,
  i: number,
  between: boolean,
  from: boolean,
): { month: number; t1: number; k: number } | null {
  let last: { month: number; t1: number; k: number } | null = null;
  for (let n = 0; n < 12; n++) {
    if (i >= s.to || s.tokens[i].kind !== 'arabic') break;
    const t = s.tokens[i];
    let m2: MonthAt | null = null;
    const to = from && n === 0 && (MONTH_TO.has(t.norm) || (t.norm[0] === AND && MONTH_TO.has(t.norm.slice(1))));
    if ((OR.has(t.norm) && n === 0) || t.norm === AND || to) m2 = monthAt(s, i + 1);
    else if (t.norm[0] === AND) m2 = monthAt(s, i);
    if (!m2) break;
    const gap = (m2.month - month + 12) % 12;
    if (!(gap === 1 || ((between || to) && n === 0 && gap > 0))) break;
    last = { month: m2.month, t1: m2.t1, k: skipAltMonth(s, m2.t1) };
    month = m2.month;
    i = last.k;
  }
  return last;
}

const BETWEEN = foldString('بين');
const MONTH_TO = new Set(['إلى', 'الى', 'حتى'].map((w) => foldString(w)));
const MONTH_WORDS: ReadonlySet<string> = cueSet(words('date_month_words'));

/**
 * Days written after their month as a range: يوليو 13-15، تموز 13 الى 15، أغسطس 27 إلى 29 2014. Only
 * a range, and only where nothing numeric follows it: after a month a lone number is more often a
 * count (خلال مايو 12 مليون زائر) than a day.
 */
function monthDayRange(
  s: SentenceScan,
  month: number,
  i: number,
): { value: string; valueMax: string; spanTo: number; consumedTo: number } | null {
  const { tokens, to } = s;
  const day = dayAt(tokens[i]);
  if (day === null || i + 2 >= to || !(isDash(tokens[i + 1]) || DAY_TO.has(tokens[i + 1].norm))) return null;
  const day2 = dayAt(tokens[i + 2]);
  if (day2 === null || day2 <= day) return null;
  const ya = yearAfter(s, i + 3);
  const end = ya.year !== null ? ya.spanTo : i + 3;
  const next = tokens[end];
  if (ya.year === null && end < to && next && !(next.kind === 'punct' || (next.kind === 'arabic' && next.stop))) return null;
  const year = resolveYear(ya, month, day, s.published);
  const value = dayValue(year, month, day);
  const valueMax = dayValue(year, month, day2);
  if (!value || !valueMax) return null;
  return { value, valueMax, spanTo: end, consumedTo: Math.max(end, ya.consumedTo) };
}

function readNumericDate(s: SentenceScan, i: number): Fig | null {
  const { tokens, to } = s;
  const t = tokens[i];
  if (t.kind !== 'number') return null;
  // One token: 20.12.2025 (the tokenizer keeps dots between digits).
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t.norm)) {
    const [d, mo, y] = t.norm.split('.').map(Number);
    const v = isoDate(y, mo, d);
    return v ? dateFig(s, i, i + 1, i + 1, v, null) : null;
  }
  if (!isPlainInteger(t.norm) || i + 2 >= to) return null;
  const sep = tokens[i + 1];
  if (!sep || i + 2 >= to || !(isDash(sep) || isPunct(sep, '/'))) return null;
  // 10 / 6 / 1435هـ: slashes with spaces, both the same (399 spans of ../shared/unlabeled); dashes
  // with spaces are scores and ranges (2 - 1), but for a day and month before a year of four digits:
  // "وتاريخ 4 - 7 - 1432هـ"، "بتاريخ 23 - 06 - 2015" (225 spans of ../shared/unlabeled, 212 of them
  // Hijri; formations and scores have no such year: 4-4-2، 3 - 4 - 3).
  const dashYear =
    isDash(sep) &&
    i + 4 < to &&
    isDash(tokens[i + 3]) &&
    tokens[i + 4].kind === 'number' &&
    isPlainInteger(tokens[i + 4].norm) &&
    tokens[i + 4].norm.length === 4;
  const spaced = (isPunct(sep, '/') || dashYear) && !(adjacent(t, sep) && adjacent(sep, tokens[i + 2]));
  if (!spaced && !(adjacent(t, sep) && adjacent(sep, tokens[i + 2]))) return null;
  const b = tokens[i + 2];
  if (b.kind !== 'number' || !isPlainInteger(b.norm)) return null;
  const a = t.norm;
  // A space on one side of the second separator only, before a year of four digits: "مواليد 23-03-
  // 1969"، "في 24-7- 1431"، "30-1- 2015"، "26/10/ 1436" (about 30 spans of ../shared/unlabeled, where the
  // day was read alone and the month and year as a range).
  const yearThird = i + 4 < to && tokens[i + 4].kind === 'number' && isPlainInteger(tokens[i + 4].norm) && tokens[i + 4].norm.length === 4;
  // 1995-01: year and month, written with the month's leading zero.
  const hasThird =
    i + 4 < to &&
    (isDash(tokens[i + 3]) || isPunct(tokens[i + 3], '/')) &&
    (tokens[i + 3].text === sep.text || (dashYear && isDash(tokens[i + 3]))) &&
    (spaced || yearThird || (adjacent(b, tokens[i + 3]) && adjacent(tokens[i + 3], tokens[i + 4]))) &&
    tokens[i + 4].kind === 'number' &&
    isPlainInteger(tokens[i + 4].norm);
  if (!hasThird && isPunct(sep, '/')) {
    const two = seasonOrHijriMonth(s, i);
    if (two) return two;
  }
  if (spaced && !hasThird) return null;
  if (!hasThird) {
    // 2/2013: a month and a year.
    if (a.length <= 2 && b.norm.length === 4 && isPunct(sep, '/')) {
      const mo = Number(a);
      const y = Number(b.norm);
      if (mo >= 1 && mo <= 12 && y >= 1900 && y <= 2100) return dateFig(s, i, i + 3, i + 3, `${y}-${pad(mo)}`, null);
    }
    if (a.length === 4 && b.norm.length === 2 && b.norm[0] === '0' && isDash(sep)) {
      const mo = Number(b.norm);
      if (mo >= 1 && mo <= 12) return dateFig(s, i, i + 3, i + 3, `${a}-${b.norm}`, null);
    }
    return null;
  }
  const c = tokens[i + 4].norm;
  let y: number;
  let mo: number;
  let d: number;
  // 12/2/1439هـ، 1439/12/4هـ، 14-9-1431 هـ: a Hijri date (its year 1300–1500), given as its Gregorian
  // day in the Umm al-Qura calendar with calendar hijri, as a Hijri day and month in words are
  // (hijriDate). ../shared/unlabeled: 1,166 day/month/14xx (915 marked هـ), 196 day-month-14xx (155
  // marked), 62 14xx/month/day (48 marked); they had been read as the Hijri year alone. A day or
  // month out of range (or day and month swapped) keeps the Hijri year alone.
  const hijri = (yy: string) => yy.length === 4 && Number(yy) >= 1300 && Number(yy) <= 1500;
  if (hijri(a) || (c.length === 4 && hijri(c))) {
    const y = c.length === 4 ? i + 4 : i;
    const after = i + 5;
    const mark = after < to && tokens[after].kind === 'arabic' && HIJRI_MARKS.has(tokens[after].norm) ? after + 1 : after;
    const yt = tokens[y];
    const [hd, hm] = y === i ? [Number(c), Number(b.norm)] : [Number(a), Number(b.norm)];
    const hv = hijriToIso(Number(yt.norm), hm, hd);
    if (hv !== null) return { ...dateFig(s, i, mark, mark, hv, null), calendar: 'hijri' };
    return {
      t0: y,
      t1: y === i ? i + 1 : mark,
      start: yt.start,
      end: y === i ? yt.end : tokens[mark - 1].end,
      kind: 'year',
      value: Number(yt.norm),
      valueMax: null,
      unit: null,
      def: null,
      num: null,
      raw: Number(yt.norm),
      qualifier: null,
      weak: false,
      consumedTo: mark,
      fixed: true,
      calendar: 'hijri',
    };
  }
  if (a.length === 4) {
    y = Number(a);
    mo = Number(b.norm);
    d = Number(c);
  } else if (c.length === 4) {
    y = Number(c);
    d = Number(a);
    mo = Number(b.norm);
    // 5/17/2018: month first when the middle cannot be a month.
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else return null;
  const v = isoDate(y, mo, d);
  return v ? dateFig(s, i, i + 5, i + 5, v, null) : null;
}

/** A phrase relative to the publication date at token i: هذا العام، العام الماضي، الشهر المقبل. */
export function readRelativeDate(s: SentenceScan, i: number): Fig | null {
  const pub = s.published;
  if (!pub) return null;
  const t = s.tokens[i];
  if (t.kind !== 'arabic') return null;
  for (const r of RELATIVE_DATES) {
    if (!matchWords(s, i, r.words)) continue;
    if (r.unit === 'day') {
      const d = readRelativeDay(s, i, r.words.length, r.offset, pub);
      if (d) return d;
      continue;
    }
    const t1 = i + r.words.length;
    if (r.words[0] === GENERAL && i > s.from && GENERAL_TITLES.has(s.tokens[i - 1].norm)) return null;
    // "العام الماضي" right after a month belongs to the month (read by readDate).
    const start = sourceOffset(t, prefixLength(t.norm, r.words[0]));
    if (r.unit === 'year') {
      return {
        t0: i,
        t1,
        start,
        end: s.tokens[t1 - 1].end,
        kind: 'year',
        value: pub.y + r.offset,
        valueMax: null,
        unit: null,
        def: null,
        num: null,
        raw: pub.y + r.offset,
        qualifier: null,
        weak: false,
        fixed: true,
      };
    }
    if (r.unit === 'week') return relativeWeek(s, i, t1, start, r.offset, pub);
    const { y: yy, m: mm } = shiftMonth(pub, r.offset);
    return {
      t0: i,
      t1,
      start,
      end: s.tokens[t1 - 1].end,
      kind: 'date',
      value: `${yy}-${pad(mm)}`,
      valueMax: null,
      unit: null,
      def: null,
      num: null,
      raw: 0,
      qualifier: null,
      weak: false,
      fixed: true,
    };
  }
  return null;
}

/**
 * A week relative to the publication date, Monday to Sunday as the gold (gold-dev saudinewsnet-20:
 * الأسبوع الماضي of 2015-08-06 = 2015-07-27..2015-08-02) and Duckling give it: الأسبوع الماضي
 * (3,191 times in ../shared/unlabeled with الاسبوع, 108 more as المنصرم/الفائت/الفارط), هذا الأسبوع
 * (1,369), الأسبوع المقبل/القادم (947), الأسبوع الجاري/الحالي (360): "أطلقت الأسبوع الماضي ومن مجمع
 * بحري"، "سيتم الأسبوع القادم الإعلان عن". Not الأسبوع السابق/التالي, the week before or after a
 * day of the story (مقارنة بالأسبوع السابق).
 */
function relativeWeek(s: SentenceScan, i: number, t1: number, start: number, offset: number, pub: YearMonthDay): Fig {
  const day = new Date(Date.UTC(pub.y, pub.m - 1, pub.d));
  const monday = pub.d - ((day.getUTCDay() + 6) % 7) + 7 * offset;
  const iso = (d: number) => new Date(Date.UTC(pub.y, pub.m - 1, d)).toISOString().slice(0, 10);
  const f = dateFig(s, i, t1, t1, iso(monday), iso(monday + 6));
  f.start = start;
  return f;
}

const AFTER_WORD = foldString('بعد');
const THE = foldString('ال');
const THE_DAY = foldString('اليوم');
const AGREEING = foldString('الموافق');

/** A number (a day of the month among them) or الموافق comes next: the date written after a day word gives the day. */
function dateFollows(next: Token | undefined): boolean {
  return !!next && (next.kind === 'number' || next.norm === AGREEING);
}

/**
 * A day named relative to the publication date: أمس (yesterday), أول أمس / أول من أمس / أمس الأول
 * (the day before), غداً and يوم غد (tomorrow), بعد غد (the day after), each with the weekday news
 * writes after it (أمس الأربعاء، غدا الأحد، اليوم الخميس). In ../shared/unlabeled أمس comes 13,391
 * times in 9,190 articles (3,515 with a weekday after it), أول أمس and its forms 1,770 times, غدا
 * with a weekday or after يوم/صباح/مساء 1,000 times. Where a weekday follows, the date is that weekday
 * nearest the day the word names (within three days): of 9,975 such pairs the weekday agreed with the
 * publication date in 8,052, and SaudiNewsNet's dates, a day or more late for some articles, disagreed
 * in most of the rest. Not read: اليوم alone, which is as often "nowadays" (العالم اليوم) — read only
 * with a weekday, or as a whole phrase; غدا alone, which is also "in future" (من فاز اليوم قد يخسر
 * غداً) unless a future verb comes before it (ستبدأ غدا) or a part of a day (صباح غد); الغد ("the next
 * day" of a story); and a day word before a date, which the date gives (يوم أمس 13 مارس 2017، أمس
 * الاثنين الموافق 25/10/1436).
 */
function readRelativeDay(s: SentenceScan, i: number, n: number, offset: number, pub: YearMonthDay): Fig | null {
  const { tokens, to } = s;
  let t0 = i;
  let t1 = i + n;
  let off = offset;
  const prev = i > s.from ? tokens[i - 1] : undefined;
  const word = tokens[i];
  // أمس الأربعاء; أمس (الأحد), as SaudiNewsNet's outlets write it (434 times after أمس, غدا and their forms).
  const bracketed = t1 + 2 < to && isPunct(tokens[t1], '(') && isPunct(tokens[t1 + 2], ')') ? 1 : 0;
  const weekday = t1 + bracketed < to ? WEEKDAY_NUMBER.get(tokens[t1 + bracketed].norm) : undefined;
  if (offset === 1) {
    // بعد غد: the day after tomorrow.
    if (prev?.norm === AFTER_WORD && n === 1) {
      t0 = i - 1;
      off = 2;
    }
    const part = prev !== undefined && prev.kind === 'arabic' && WEEKDAY_PARTS.has(prev.norm);
    const cued = weekday !== undefined || t0 < i || part || futureVerbBefore(s, i) || (s.phrase && s.to - s.from === n);
    // غد without its ending only as يوم غد، صباح غد، بعد غد.
    if (!cued || (word.norm.endsWith('غد') && !(t0 < i || part))) return null;
  } else if (offset === 0 && weekday === undefined && !(s.phrase && i + n === s.to && s.to - s.from <= n + 2)) return null;
  if (weekday !== undefined) t1 += 1 + 2 * bracketed;
  const next = t1 < to ? tokens[t1] : undefined;
  if (dateFollows(next)) return null;
  if (next && next.kind === 'arabic' && readOrdinalDay(s, t1) !== null) return null;
  let d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + off));
  if (weekday !== undefined) {
    // Forward at most two days from a day past or to come (the publication date lags the news more
    // often than it leads it: أمس with a weekday one to three days earlier 299 times, later 37), three
    // from today (اليوم with a weekday: earlier 696 times, later 93).
    let delta = (weekday - d.getUTCDay() + 7) % 7;
    if (delta > (off === 0 ? 3 : 2)) delta -= 7;
    d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + off + delta));
  }
  const value = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!value) return null;
  const f = dateFig(s, t0, t1, t1, value, null);
  if (t0 === i) f.start = sourceOffset(word, prefixLength(word.norm, bareForm(word)));
  return f;
}

/** Folded length of the proclitics before `word` in `norm` (وللعام → ول, بالعام → ب). */
function prefixLength(norm: string, word: string): number {
  if (norm.endsWith(word)) return norm.length - word.length;
  // ل + ال is written لل: للعام = ل + العام.
  if (word.startsWith('ال') && norm.endsWith('ل' + word.slice(2))) return norm.length - (word.length - 1);
  return 0;
}

/**
 * A weekday stated relative to the publication date (gold/FORMAT.md: relative dates are figures):
 * "وقعت أدنوك، الأحد، اتفاقيتي امتياز", "يوم الأربعاء الماضي", "مساء الخميس", "الخميس المقبل". In
 * ../shared/unlabeled a weekday between commas comes 17,236 times, after يوم/اليوم/مساء/صباح 24,885 and
 * before الماضي/المقبل/القادم 5,333. It is the last such day up to the publication day (the news tells
 * what was done), from it on with a future verb before it (سيعقد الأحد), the one after it after
 * المقبل/القادم and the one before it after الماضي. Not a weekday before a date, which the date gives (الاثنين 21 أفريل
 * 2014، يوم الأحد الموافق ...), nor one without these frames (صلاة الجمعة، الاثنين "the two").
 */
export function readWeekday(s: SentenceScan, i: number): Fig | null {
  const pub = s.published;
  const t = s.tokens[i];
  const day = WEEKDAY_NUMBER.get(t.norm);
  if (!pub) return null;
  if (day === undefined) return secondWeekday(s, i);
  const prev = i > s.from ? s.tokens[i - 1] : undefined;
  const next = i + 1 < s.to ? s.tokens[i + 1] : undefined;
  // "الاثنين 21 أفريل 2014", "يوم الأحد الثاني من شهر أغسطس" (43 times in 35 articles of
  // ../shared/unlabeled, where the weekday had also been read as a day of its own week), "يوم الاثنين في
  // 18 شباط": the date after the weekday gives the day; the weekday is part of it, no figure (nor the
  // number 2 of a whole phrase).
  const at = next && next.norm === IN ? i + 2 : i + 1;
  if (at < s.to && (readDate(s, at) !== null || readOrdinalDay(s, at) !== null))
    return { ...dateFig(s, i, i + 1, i + 1, '', null), drop: true };
  if (dateFollows(next)) return null;
  if (next && next.kind === 'arabic' && WEEKDAY_NAME_WORDS.has(next.norm)) return null;
  const rel = next && next.kind === 'arabic' ? MONTH_RELATIVE.get(next.norm) : undefined;
  const part = prev !== undefined && prev.kind === 'arabic' && WEEKDAY_PARTS.has(prev.norm);
  const commas = isPunct(prev, '،,') && (next === undefined || isPunct(next, '،,.'));
  if (!(rel === 'past' || rel === 'future' || part || commas || inRunningText(prev, next, t))) return null;
  const k = part ? i - 1 : i;
  const future =
    rel === 'future' ||
    (rel === undefined && (futureVerbBefore(s, k, WEEKDAY_VERB_REACH) || toCome(s, k) || startFrom(s, k) || presentVerbBefore(s, k)));
  const today = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
  // The day itself when it is the publication's (اليوم الاثنين، سيمثل أمام المحكمة يوم الثلاثاء), but
  // never after الماضي or المقبل.
  let offset = future ? (day - today + 7) % 7 : -((today - day + 7) % 7);
  if (offset === 0 && rel === 'past') offset = -7;
  if (offset === 0 && rel === 'future') offset = 7;
  const d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + offset));
  const value = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!value) return null;
  const t1 = rel === 'past' || rel === 'future' ? i + 2 : i + 1;
  return dateFig(s, i, t1, t1, value, null);
}

/**
 * The second of two weekdays joined by و, "الاثنين والثلاثاء"، "السبت والأحد": the first such day after the
 * first weekday's date (of 443 such pairs in ../shared/unlabeled, 184 after يومي and 26 after أيام, whose
 * first weekday is no date either; the others name two days of one week: "احتفل الإسرائيليون ليل
 * الأربعاء والخميس"، "بعد توقيف أربعة ناشطين السبت والأحد"، "سيقوم بزيارة رسمية الاثنين والثلاثاء").
 * The figure starts after the و.
 */
function secondWeekday(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  if (i - 1 < s.from || t.kind !== 'arabic' || t.text.charCodeAt(0) !== WAW || hasClitic(t, 'prep')) return null;
  const day = WEEKDAY_NUMBER.get(t.base);
  const first = WEEKDAY_NUMBER.get(s.tokens[i - 1].norm);
  if (day === undefined || first === undefined) return null;
  const before = readWeekday(s, i - 1);
  if (!before || before.drop || typeof before.value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(before.value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + ((day - first + 7) % 7 || 7)));
  const value = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!value) return null;
  return { ...dateFig(s, i, i + 1, i + 1, value, null), start: t.start + 1 };
}

/**
 * A bare weekday in running text, after the verb or its subject as news agencies write it: "عطلت الكويت
 * الأربعاء مشروع بيان", "قال الرئيس الروسي فلاديمير بوتين الاثنين إن", "وعثر الأحد على". In ../shared/unlabeled
 * a weekday with its article comes about 30,000 times after a word that is none of the other frames
 * (يوم، مساء، أمس، commas); of 40 sampled bare الاثنين, the most ambiguous, 36 were the day and 4 "the two"
 * (بين الاثنين، مع الاثنين، أن الاثنين كانا), the words date_weekday_not_after keeps out, with prayers and
 * recurring days (صلاة الجمعة، يومي السبت). Not before a number word (الاثنين والعشرين).
 */
function inRunningText(prev: Token | undefined, next: Token | undefined, weekday: Token): boolean {
  if (prev === undefined || (prev.kind !== 'arabic' && prev.kind !== 'latin' && !isPunct(prev, '»)"”'))) return false;
  if (prev.kind === 'arabic' && WEEKDAY_NOT_AFTER.has(prev.norm)) return false;
  if (theTwo(prev, weekday)) return false;
  return !(next && next.kind === 'arabic' && numberWord(next) !== undefined);
}

const MONDAY: ReadonlySet<string> = new Set([foldString('الاثنين'), foldString('الإثنين')]);

/**
 * الاثنين after a definite plural or dual in ين is "the two" it follows: المصابين الاثنين الآخرين،
 * المرشحين الاثنين، المتهمين الاثنين بعد، التونسيين الاثنين اللذين. In ../shared/unlabeled 123 such pairs,
 * 18 of them read as a Monday and 10 of those "the two"; a name in ين/ان (اليونان، البنتاغون) is no plural.
 */
function theTwo(prev: Token, weekday: Token): boolean {
  if (!MONDAY.has(weekday.norm) || prev.kind !== 'arabic') return false;
  const w = prev.norm.replace(/^[وفب]/, '');
  return w.startsWith(ARTICLE_FORM) && w.length >= 7 && w.endsWith(PLURAL_GENITIVE) && !COUNTRY_FORMS.has(w);
}
/** Country names in ين (البحرين، الأرجنتين، الفلبين), folded: a weekday after one is the day. */
const COUNTRY_FORMS: ReadonlySet<string> = new Set(loadCountries().flatMap((c) => c.namesAr.map((n) => foldString(n))));
const ARTICLE_FORM = foldString('ال');
const PLURAL_GENITIVE = foldString('ين');

/**
 * A plan before token i puts the weekday after it ahead of the publication day: a present verb after
 * على أن or من المقرر/المنتظر... أن, in the three words before: "على أن يلعب آرسنال الأحد", "على أن يبحث
 * الأربعاء", "من المقرر أن تبدأ عملية القيد السبت"; not after كان (كان من المقرر أن يبدأ ليل الجمعة: a
 * plan told when it was due).
 */
function toCome(s: SentenceScan, i: number): boolean {
  const { tokens } = s;
  for (let k = i - 1; k >= s.from + 2 && k >= i - 3; k--) {
    const t = tokens[k];
    if (t.kind !== 'arabic') return false;
    if (!(presentVerb(t.norm) && tokens[k - 1].norm === AN && WEEKDAY_TO_COME.has(tokens[k - 2].norm))) continue;
    const was = k - 4 >= s.from && tokens[k - 3].norm === MIN && WEEKDAY_WAS.has(tokens[k - 4].norm);
    return !was;
  }
  return false;
}

/**
 * A start after اعتبارا/ابتداء/بدءا من is the weekday itself or the next one from the publication day:
 * "أعلن الجيش إغلاق المعبر ابتداء من الأحد"، "تحتضن جدة، ابتداء من الثلاثاء، أكبر هاكاثون". In
 * ../shared/unlabeled 160 bare weekdays follow these words (none of them with a future verb near); of 26
 * read against the publication date, 9 were the day itself, 13 a day to come and 4 a day past (وزادت
 * الصين الرسوم اعتبارا من الاثنين, told the day after), which the last such day had made 13 right of 26.
 */
function startFrom(s: SentenceScan, i: number): boolean {
  return (
    i - 2 >= s.from && s.tokens[i - 1].norm === MIN && (WEEKDAY_FROM.has(s.tokens[i - 2].norm) || WEEKDAY_FROM.has(s.tokens[i - 2].base))
  );
}

/**
 * A present verb opening a clause in the three words before token i puts the weekday after it from the
 * publication day on: "ويلتقي الأحد منتخبا فرنسا وكرواتيا"، "الذي يزور ألمانيا الخميس"، "أن يجرى التصويت
 * يوم الجمعة"، "وهو يخوض مباراته الأولى الأحد"، "تتجه الأنظار يوم الأربعاء". In ../shared/unlabeled a
 * word of the verb's form comes in the three words before a weekday about 6,500 times; among the weekdays
 * of /tmp/s31/sample3k.jsonl read as a day past, 17 followed such a verb after و, أن, a relative
 * pronoun, هو/هي or the start of a sentence, and 12 of them were a day to come (the verb told what was
 * planned). The verb is masculine (ي) or has a prefix no past form has (تت، تست): a feminine ت
 * verb is written as the past of a fifth form or its noun (تعرض، تقدم). Not after كان, لم, ما زال nor
 * after قبل/بعد أن (قبل أن تتحرك صوب الشرق الأحد, told after), nor a weekday after منذ; with و, not a word
 * more frequent than the verb without it (فيديو is no ف + يديو).
 */
function presentVerbBefore(s: SentenceScan, i: number): boolean {
  const { tokens, from } = s;
  if (i - 1 >= from && tokens[i - 1].norm === SINCE) return false;
  for (let k = i - 1; k >= from && k >= i - 3; k--) {
    const t = tokens[k];
    if (t.kind !== 'arabic') return false;
    const conj = hasClitic(t, 'conj') && !hasClitic(t, 'future');
    const w = conj ? t.base : t.norm;
    if (!PRESENT_FORM.test(w) || (conj && KNOWLEDGE.freq(w) < KNOWLEDGE.freq(t.norm))) continue;
    const prev = k > from ? tokens[k - 1] : undefined;
    if (prev !== undefined && prev.kind === 'arabic' && PRESENT_PAST.has(prev.norm)) return false;
    if (prev !== undefined && prev.kind === 'arabic' && prev.norm === AN) return !pastBefore(s, k - 2);
    return conj || prev === undefined || prev.kind === 'punct' || (prev.kind === 'arabic' && PRESENT_OPENERS.has(prev.norm));
  }
  return false;
}

/** A word of PRESENT_PAST in the three words up to token k (قبل أن، كان من المقرر أن). */
function pastBefore(s: SentenceScan, k: number): boolean {
  for (let j = k; j >= s.from && j > k - 3; j--) if (s.tokens[j].kind === 'arabic' && PRESENT_PAST.has(s.tokens[j].norm)) return true;
  return false;
}

const PRESENT_FORM = /^(?:ي.{3,}|تت.{2,}|تست.{2,})$/;

/** A present verb by its form: ي، ت or ن before three letters or more (يلعب، تبدأ، نستضيف). */
function presentVerb(norm: string): boolean {
  return norm.length >= 4 && /^[يتن]/.test(norm);
}

/** A verb with the future prefix in the `reach` words before token i, no punctuation between (سيعقد
 * الأحد، ستنطلق الأشغال يوم الخميس) but, past three words, a comma right before i. */
function futureVerbBefore(s: SentenceScan, i: number, reach = 3): boolean {
  for (let k = i - 1; k >= s.from && k >= i - reach; k--) {
    const t = s.tokens[k];
    if (k === i - 1 && reach > 3 && isPunct(t, '،,')) continue;
    if (t.kind !== 'arabic') return false;
    if (hasClitic(t, 'future') || futureDualOrPlural(t.norm)) return true;
  }
  return false;
}

/**
 * A dual or plural verb with the future prefix, which the splitter leaves whole as the vocabulary
 * rarely holds it (سيتزوجان، سيلتقون، ستلتقيان، وسيجتمعون): س, the prefix of the imperfect, three letters
 * or more and ان/ون; about 50 before a weekday in ../shared/unlabeled, all read as a day past. Not a
 * word the vocabulary knows better than the verb without س (سيباستيان، سيراليون), nor a feminine dual
 * noun (سياسيتان).
 */
function futureDualOrPlural(norm: string): boolean {
  const w = norm.charCodeAt(0) === WAW || norm.charCodeAt(0) === FA ? norm.slice(1) : norm;
  if (!/^س[يت].{3,}(?:ان|ون)$/.test(w) || w.endsWith('تان')) return false;
  return KNOWLEDGE.freq(w) <= KNOWLEDGE.freq(w.slice(1));
}
