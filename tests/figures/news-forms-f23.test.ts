// Number forms of unseen news (f23, mined from ../shared/unlabeled): each case failed before the
// rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, string | null];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.unit]);
}

describe('a number of a group named after من counts its members (partitiveAfter)', () => {
  it.each<[string, Row[]]>([
    ['تعتمد المحطة على 24 من توربينات الغاز', [['count', '24', 24, null]]],
    ['أسفرت المواجهات عن مقتل 13 من الميليشيات', [['count', '13', 13, null]]],
    ['وأحصت تركيا مقتل 42 من جنودها', [['count', '42', 42, null]]],
    ['وقالت إن نحو 3400 من هؤلاء المرضى', [['count', '3400', 3400, null]]],
    ['اعتقال تسعة من المشتبه بهم', [['count', 'تسعة', 9, null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, Row[]]>([
    // a place in a definite noun, a ratio, an age (ageAfter), a day of the same month, a list of law articles
    // the minute of a match is no figure (id_cue الدقيقة, f31)
    ['سجل الهدف في الدقيقة 64 من المباراة', []],
    [
      'فاز 3 من 5',
      [
        ['number', '3', 3, null],
        ['number', '5', 5, null],
      ],
    ],
    ['عندما كان في 19 من عمره', [['duration', '19', 19, 'year']]],
    ['يوم 29 من نفس الشهر', [['number', '29', 29, null]]],
    [
      'على الفصلين 55 و 204 من المجلة الجزائية',
      [
        ['number', '55', 55, null],
        ['number', '204', 204, null],
      ],
    ],
  ])('not a count: %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('a number in brackets before the noun it counts (countedAfterBrackets)', () => {
  it.each<[string, Row[]]>([
    ['تمكنت من القبض على (431) متهماً قبل تنفيذ', [['count', '431', 431, null]]],
    ['أصدرت قراراً بإغلاق (10) منشآت سياحية', [['count', '10', 10, null]]],
    // not a year: brackets before a counted noun are no year cue
    ['اعتمدت اللجنة (1263) مركزاً انتخابياً', [['count', '1263', 1263, null]]],
    // a year from 1900 on in brackets stays a year; a scorer's minute is no figure (goalMinute, f34)
    ['وفي أولمبياد ريو (2016) فاز بكأس', [['year', '2016', 2016, null]]],
    ['وسجل إدين دزيكو (52) هدف روما', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('a season with its first year cut short, a Hijri month with its year (seasonOrHijriMonth)', () => {
  it.each<[string, Row[]]>([
    ['اعتبارا من بداية الموسم الرياضي 36/1437هـ.', [['year_range', '36/1437هـ', 1436, null]]],
    ['الخطة متوسطة المدى (18/2019) والاستثمارات', [['year_range', '18/2019', 2018, null]]],
    [
      'خلال الفترة من 3 / 1436 هـ إلى 8 / 1436 هـ، أبرزها',
      [
        ['year', '1436 هـ', 1436, null],
        ['year', '1436 هـ', 1436, null],
      ],
    ],
    // a Gregorian month and year stays a date
    ['حتى شهر 5/2015، وهذا', [['date', '5/2015', '2015-05', null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('a season keeps its last year as value_max', () => {
    const [f] = extractFigures('للموسم القادم 36/1437هـ بنظام الدوري');
    expect([f.kind, f.value, f.value_max]).toEqual(['year_range', 1436, 1437]);
  });
});

describe('a number before من العمر / من عمره is an age in years (ageAfter)', () => {
  it.each<[string, Row[]]>([
    ['وفتاة في العاشرة من عمرها، قتلتا', [['duration', 'العاشرة', 10, 'year']]],
    ['اعتقل تونسي في الرابعة والعشرين من عمره', [['duration', 'الرابعة والعشرين', 24, 'year']]],
    ['وفتى في الـ15 من العمر في إطار', [['duration', '15', 15, 'year']]],
    ['كانت في 12 من عمرها كل شيء', [['duration', '12', 12, 'year']]],
    // an ordinal of a unit of time, and عمر of a thing, are no age
    ['على جثة شاب في العقد الرابع من العمر', [['ordinal', 'الرابع', 4, null]]],
    ['في الدقيقة 90 من عمر المباراة', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('a number after سن is an age in years (ageAfterSin)', () => {
  it.each<[string, [string, string, unknown, unknown, string | null][]]>([
    ['عند بلوغه سن الـ 18، بدأ', [['duration', '18', 18, null, 'year']]],
    ['للأطفال دون سن 15 في المدارس', [['duration', '15', 15, null, 'year']]],
    ['وفي سن الثلاثين انتخب نائبا', [['duration', 'الثلاثين', 30, null, 'year']]],
    ['يندفع للجريمة من سن 17 إلى 23، وأكبر', [['duration', '17 إلى 23', 17, 23, 'year']]],
    // سنة (a year) is no age
    ['في سنة 15 من', [['number', '15', 15, null, null]]],
  ])('%s', (text, want) => {
    const out = extractFigures(text);
    for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(out.map((f) => [f.kind, f.text, f.value, f.value_max, f.unit])).toEqual(want);
  });
});
