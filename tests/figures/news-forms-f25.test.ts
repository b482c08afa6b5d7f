// Number forms of unseen news (f25, mined from ../shared/unlabeled and a sample of 3,000 articles):
// each case failed before the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, string | null | undefined];

function figures(text: string): Row[] {
  const out: Figure[] = extractFigures(text, { published: null });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.calendar ?? null]);
}

describe('a numeric Hijri date is a date, its Gregorian day in the Umm al-Qura calendar (readNumericDate)', () => {
  it.each<[string, Row[]]>([
    ['صدر في 14-9-1431 هـ الموافق', [['date', '14-9-1431 هـ', '2010-08-24', 'hijri']]],
    ['بتاريخ 24-7-1431 وكان', [['date', '24-7-1431', '2010-07-06', 'hijri']]],
    // أمس الجمعة الموافق 15/ 10/ 1436هـ: 2015-07-31 is a Friday
    ['أمس الجمعة الموافق 15/ 10/ 1436هـ، تعرض', [['date', '15/ 10/ 1436هـ', '2015-07-31', 'hijri']]],
    ['في 1436/10/12 وهو', [['date', '1436/10/12', '2015-07-28', 'hijri']]],
    ['في 1436-10-12 هـ', [['date', '1436-10-12 هـ', '2015-07-28', 'hijri']]],
    ['في 10 / 6 / 1435هـ جرى', [['date', '10 / 6 / 1435هـ', '2014-04-10', 'hijri']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, Row[]]>([
    // a Hijri season, a Gregorian date, a day the month lacks (keeps its Hijri year)
    ['موسم 1436/1437 هـ', [['year_range', '1436/1437 هـ', 1436, null]]],
    ['في 23-06-2015 جرى', [['date', '23-06-2015', '2015-06-23', null]]],
    ['في 30/13/1436هـ', [['year', '1436هـ', 1436, 'hijri']]],
  ])('not converted: %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
