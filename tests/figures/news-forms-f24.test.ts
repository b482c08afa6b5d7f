// Number forms of unseen news (f24, mined from ../shared/unlabeled and a sample of 3,000 articles):
// each case failed before the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, string | null];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.unit]);
}

describe('points of a stock index or a league table are a quantity in unit point (units.tsv)', () => {
  it.each<[string, Row[]]>([
    [
      'ارتفع المؤشر العام 35 نقطة ليغلق عند 6304.39 نقطة',
      [
        ['quantity', '35 نقطة', 35, 'point'],
        ['quantity', '6304.39 نقطة', 6304.39, 'point'],
      ],
    ],
    ['ورفع الفتح رصيده إلى 6 نقاط', [['quantity', '6 نقاط', 6, 'point']]],
    ['وحافظ على مركزه بفارق نقطتين عن هامبورغ', [['quantity', 'نقطتين', 2, 'point']]],
    // basis and percentage points keep their units
    ['خفض الفائدة 50 نقطة أساس', [['percent', '50 نقطة أساس', 50, 'bp']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, Row[]]>([
    // places and items (unit_point_not_after), and a year before نقطة تحول
    ['أقام الجيش 5 نقاط تفتيش على الطريق', [['count', '5', 5, null]]],
    ['كان عام 2015 نقطة تحول في تاريخ الشركة', [['year', '2015', 2015, null]]],
  ])('no points: %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('a Hijri day and month are a date, its Gregorian day in the Umm al-Qura calendar (hijriDate)', () => {
  it.each<[string, string | null, Row[]]>([
    ['يوم السبت 9 شوال 1436، الموافق', null, [['date', '9 شوال 1436', '2015-07-25', null]]],
    ['ابتداء من 13 ذي الحجة 1435هـ في المعهد', null, [['date', '13 ذي الحجة 1435هـ', '2014-10-07', null]]],
    ['بتاريخ 13 ربيع الثاني 1429ه. وكان', null, [['date', '13 ربيع الثاني 1429ه', '2008-04-19', null]]],
    // without a year: the Hijri year of the publication (2015-07-27 is 11 شوال 1436)
    ['إلى مساء الإثنين الموافق 18 شوال الجاري', '2015-07-27', [['date', '18 شوال', '2015-08-03', null]]],
    ['الذي قتل في 17 رمضان الماضي بعد مداهمته', '2015-07-27', [['date', '17 رمضان', '2015-07-04', null]]],
    ['في الـ 14 من شهر شوال القادم', '2015-07-01', [['date', '14 من شهر شوال', '2015-07-30', null]]],
  ])('%s', (text, published, want) => {
    expect(figures(text, published)).toEqual(want);
  });

  it.each<[string, string | null, Row[]]>([
    // no year and no publication date; a day the month lacks keeps the year; صفر alone may be zero
    ['وتتجه الأنظار في 28 شوال إلى انطلاقة البرامج', null, []],
    ['في 30 رمضان 1436 هـ', null, [['year', '1436 هـ', 1436, null]]],
    ['فاز الفريق 2 صفر على منافسه', '2015-07-27', []],
  ])('not a date: %s', (text, published, want) => {
    expect(figures(text, published)).toEqual(want);
  });
});

describe('digits glued to و before more digits, or to a function word, are still read (readDigits)', () => {
  it.each<[string, Row[]]>([
    ['الذين تتراوح أعمارهم بين 24و30 عاما كانوا', [['duration', '24و30 عاما', 24, 'year']]],
    ['يتراوح ما بين 12و14 ألف ريال لطلبة المرحلة', [['money', '12و14 ألف ريال', 12000, 'SAR']]],
    ['في الحرب الكورية بين عامي 1950و1953', [['year_range', '1950و1953', 1950, null]]],
    ['انتشل هذا التمثال عام 1999من البحر', [['year', '1999', 1999, null]]],
    [
      'توفير مبالغ 14أو 15 مليون يورو',
      [
        ['money', '14', 14000000, 'EUR'],
        ['money', '15 مليون يورو', 15000000, 'EUR'],
      ],
    ],
    // a smaller number glued to a function word, and the M of a name (1MDB), stay out
    ['التاريخ ٤من المايو', []],
    ['الصندوق السيادي المعروف باسم 1إم دي بي', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('بين سن X و Y is one age range (betweenBefore past سن)', () => {
  it.each<[string, Row[]]>([
    ['الأطفال بين سن 6 و12 عاما', [['duration', '6 و12 عاما', 6, 'year']]],
    ['للفتيات بين سن 45 و 55 عاما.', [['duration', '45 و 55 عاما', 45, 'year']]],
    ['الشباب بين سن 12 و17 في المدارس', [['duration', '12 و17', 12, 'year']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('a number before آخرين / آخرون counts the others (not_counted no longer lists them)', () => {
  it.each<[string, Row[]]>([
    ['قتل مسعف وأصيب 3 آخرون بجروح', [['count', '3', 3, null]]],
    [
      'أسفر عن مقتل 32 شخصًا وجرح 104 آخرين',
      [
        ['count', '32', 32, null],
        ['count', '104', 104, null],
      ],
    ],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('feet and square feet after a number (units.tsv قدم، قدم مربع)', () => {
  it.each<[string, Row[]]>([
    ['تحلق على ارتفاع 31 ألف قدم أعلى لوكربي', [['length', '31 ألف قدم', 9.4488, 'km']]],
    ['ويمتد على مساحة مليون قدم مربعة', [['area', 'مليون قدم مربعة', 0.09290304, 'km2']]],
    ['إنتاج 120 مليون قدم قياسية مكعبة في اليوم', [['quantity', '120 مليون قدم قياسية مكعبة في اليوم', 120000000, 'cubic foot/day']]],
    // after a year, قدم is the verb (presented)
    ['وفي عام 1981 قدم الميهي أول فيلم', [['year', '1981', 1981, null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
