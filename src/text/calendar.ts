// Month and weekday names as Arabic news writes them, in normalized form (see text/normalize):
// Gregorian transliterations (يناير ... ديسمبر, with Egyptian/Gulf spellings), Levantine and Iraqi
// (كانون الثاني ... كانون الأول) and Maghrebi (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت; Moroccan
// يوليوز، غشت، شتنبر، نونبر، دجنبر).
import { foldString } from './normalize/index.js';

const MONTHS_RAW: [number, string[]][] = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'ينايِر', 'جانفييه']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرایر']],
  [3, ['مارس', 'آذار', 'اذار']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل']],
  [5, ['مايو', 'أيار', 'ماي']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويليه', 'يوليوز']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت', 'اغسطوس', 'غشت']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'أكتوبر']],
  [11, ['نوفمبر', 'تشرين الثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الأول', 'دجنبر', 'دیسمبر']],
];

/** Normalized month name → month number 1–12. Multi-word names (كانون الثاني) included. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTHS_RAW.flatMap(([m, names]) => names.map((n) => [foldString(n), m] as [string, number])),
);

/** Normalized weekday names (with and without the article). */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].flatMap((d) => {
    const f = foldString(d);
    return [f, f.slice(2)];
  }),
);

/** YYYY-MM-DD for valid calendar parts, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
