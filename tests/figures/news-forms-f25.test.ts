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

describe('a range of days before a numeric Hijri date (hijriDayRange)', () => {
  function range(text: string): [string, string, unknown, unknown][] {
    return extractFigures(text, { published: null }).map((f) => [f.kind, f.text, f.value, f.value_max]);
  }
  it.each<[string, [string, string, unknown, unknown][]]>([
    ['خلال الفترة من 20 إلى 24 / 8 / 1436هـ. رابط', [['date', '20 إلى 24 / 8 / 1436هـ', '2015-06-07', '2015-06-11']]],
    ['خلال الفترة 19 – 21 / 10 / 1436هـ ، سيكون', [['date', '19 – 21 / 10 / 1436هـ', '2015-08-04', '2015-08-06']]],
    ['من 4-5/10/1436هـ من الثانية', [['date', '4-5/10/1436هـ', '2015-07-20', '2015-07-21']]],
    ['من 10 إلى 29 - 11 -1436 على', [['date', '10 إلى 29 - 11 -1436', '2015-08-25', '2015-09-13']]],
    // the 4 is the month of an earlier date, not a first day
    [
      'من 23 / 4 إلى 26 / 6 / 1436هـ. وبينت',
      [
        ['number', '23', 23, null],
        ['number', '4', 4, null],
        ['date', '26 / 6 / 1436هـ', '2015-04-15', null],
      ],
    ],
  ])('%s', (text, want) => {
    expect(range(text)).toEqual(want);
  });
});

describe('a Hijri day as an ordinal word is a date (readOrdinalDay through hijriDate)', () => {
  function dated(text: string, published: string | null): Row[] {
    return extractFigures(text, { published }).map((f) => [f.kind, f.text, f.value, f.calendar ?? null]);
  }
  it.each<[string, string | null, Row[]]>([
    // عاصفة الحزم began on 2015-03-26
    [
      'فقراره في السادس من جمادى الآخرة لعام 1436هـ بانطلاق عملية عاصفة الحزم',
      null,
      [['date', 'السادس من جمادى الآخرة لعام 1436هـ', '2015-03-26', 'hijri']],
    ],
    ['التي ستنطلق في السابع من شهر ذي القعدة المقبل', '2015-08-06', [['date', 'السابع من شهر ذي القعدة', '2015-08-22', 'hijri']]],
    ['تنطلق في السابع والعشرين من شوال الجاري', '2015-07-25', [['date', 'السابع والعشرين من شوال', '2015-08-12', 'hijri']]],
    // the ordinal of a noun of its own is no day
    ['في الأسبوع الأول من رمضان', '2015-06-10', []],
  ])('%s', (text, published, want) => {
    expect(dated(text, published)).toEqual(want);
  });
});
