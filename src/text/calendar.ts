// Month and weekday names as Arabic news writes them, in normalized form (see text/normalize):
// Gregorian transliterations (يناير ... ديسمبر, with Egyptian/Gulf spellings), Levantine and Iraqi
// (كانون الثاني ... كانون الأول) and Maghrebi (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت; Moroccan
// يوليوز، غشت، شتنبر، نونبر، دجنبر): data/lexicon/calendar-words.tsv.
import { wordValues, words } from '../lexicon/word-lists.js';
import { UMALQURA_FIRST_DAY, UMALQURA_FIRST_YEAR, UMALQURA_MONTH_BITS } from './umalqura-table.js';

const FILE = 'calendar-words.tsv';

/** Normalized month name → month number 1–12. Multi-word names (كانون الثاني) included. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [...wordValues('month')].map(([name, n]) => {
    const m = Number(n);
    if (!(Number.isInteger(m) && m >= 1 && m <= 12)) throw new Error(`${FILE}: month "${name}" has no number 1-12: "${n}"`);
    return [name, m] as [string, number];
  }),
);

/** Normalized weekday names (with and without the article). */
export const WEEKDAYS: ReadonlySet<string> = new Set([...words('weekday')].flatMap((d) => [d, d.slice(2)]));

/** YYYY-MM-DD for valid calendar parts, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Normalized Hijri month name (محرم، ربيع الأول، ذي الحجة) → month number 1–12. */
export const HIJRI_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...wordValues('hijri_month_number')].map(([name, n]) => {
    const m = Number(n);
    if (!(Number.isInteger(m) && m >= 1 && m <= 12)) throw new Error(`${FILE}: Hijri month "${name}" has no number 1-12: "${n}"`);
    return [name, m] as [string, number];
  }),
);

const DAY_MS = 86_400_000;

/**
 * The first day (days since 1970-01-01) of each month of the Umm al-Qura table's years, 12 a year,
 * and the day after its last month: built on first use from src/text/umalqura-table.ts.
 */
let monthStarts: Int32Array | undefined;
function umalquraMonthStarts(): Int32Array {
  if (monthStarts) return monthStarts;
  const years = UMALQURA_MONTH_BITS.length / 3;
  const starts = new Int32Array(years * 12 + 1);
  let day = UMALQURA_FIRST_DAY;
  for (let y = 0; y < years; y++) {
    const bits = Number.parseInt(UMALQURA_MONTH_BITS.slice(3 * y, 3 * y + 3), 16);
    for (let m = 0; m < 12; m++) {
      starts[y * 12 + m] = day;
      day += (bits >> m) & 1 ? 30 : 29;
    }
  }
  starts[years * 12] = day;
  return (monthStarts = starts);
}

/** ICU's Umm al-Qura calendar, for the days outside the table (before 1300 or after 1600). */
let umalqura: Intl.DateTimeFormat | undefined;

/**
 * The Umm al-Qura year, month and day of a UTC day given in milliseconds. The Hijri years 1300-1600
 * (1882-2174) are read from a table made from ICU's calendar (src/scripts/build-umalqura.ts): ICU's
 * own Intl.DateTimeFormat made the process read about 4.7 MB of locale and calendar data out of the
 * node binary, which stayed resident (issue 20: peak RSS). Other days still ask ICU.
 */
export function hijriOf(ms: number): { y: number; m: number; d: number } {
  const day = Math.floor(ms / DAY_MS);
  const starts = umalquraMonthStarts();
  if (day >= starts[0] && day < starts[starts.length - 1]) {
    // The last month that starts on or before the day.
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= day) lo = mid;
      else hi = mid - 1;
    }
    return { y: UMALQURA_FIRST_YEAR + Math.floor(lo / 12), m: (lo % 12) + 1, d: day - starts[lo] + 1 };
  }
  return icuHijriOf(ms);
}

/** The same from ICU's islamic-umalqura calendar (exported for the test that checks the table against it). */
export function icuHijriOf(ms: number): { y: number; m: number; d: number } {
  umalqura ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const out = { y: 0, m: 0, d: 0 };
  for (const p of umalqura.formatToParts(ms)) {
    if (p.type === 'year') out.y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') out.m = Number(p.value);
    else if (p.type === 'day') out.d = Number(p.value);
  }
  return out;
}

/** The Hijri (Umm al-Qura) year, month and day of a Gregorian date. */
export function gregorianToHijri(year: number, month: number, day: number): { y: number; m: number; d: number } {
  return hijriOf(Date.UTC(year, month - 1, day));
}

/**
 * YYYY-MM-DD of a Hijri date in the Umm al-Qura calendar (15 رمضان 1436 = 2015-07-02), or null for a
 * day the month does not have. The arithmetic (tabular) calendar gives the day within two of it;
 * the days around are asked of the Umm al-Qura calendar.
 */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (!(Number.isInteger(year) && year >= 1300 && year <= 1600 && month >= 1 && month <= 12 && day >= 1 && day <= 30)) return null;
  const jd = Math.floor((11 * year + 3) / 30) + 354 * year + 30 * month - Math.floor((month - 1) / 2) + day + 1948440 - 385;
  const ms0 = (jd - 2440588) * DAY_MS;
  for (const off of [0, -1, 1, -2, 2, -3, 3]) {
    const ms = ms0 + off * DAY_MS;
    const h = hijriOf(ms);
    if (h.y === year && h.m === month && h.d === day) return new Date(ms).toISOString().slice(0, 10);
  }
  return null;
}
