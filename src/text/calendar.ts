// Month and weekday names as Arabic news writes them, in normalized form (see text/normalize):
// Gregorian transliterations (يناير ... ديسمبر, with Egyptian/Gulf spellings), Levantine and Iraqi
// (كانون الثاني ... كانون الأول) and Maghrebi (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت; Moroccan
// يوليوز، غشت، شتنبر، نونبر، دجنبر): data/lexicon/calendar-words.tsv.
import { wordValues, words } from '../lexicon/word-lists.js';

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
