// Number forms of news text (f22): each case failed before the rule its comment names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

function figures(text: string, published: string | null = null): [string, string, unknown, string | null][] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.unit]);
}

describe('a hundred with the article counting what follows it (definiteHundred)', () => {
  it.each<[string, [string, string, unknown, string | null][]]>([
    ['ونتوقع أن تكون الكميات تتجاوز المائة ألف طن', [['mass', 'المائة ألف طن', 100000, 't']]],
    ['يزيد على المائتي ألف إسترليني', [['money', 'المائتي ألف إسترليني', 200000, 'GBP']]],
    ['توفي عن عمر ناهز المئة عام.', [['duration', 'المئة عام', 100, 'year']]],
    // في المئة / بالمئة is a percent sign, also before a year.
    [
      'حقق نموا قدره 3.8 بالمئة عام 2014',
      [
        ['percent', '3.8 بالمئة', 3.8, '%'],
        ['year', '2014', 2014, null],
      ],
    ],
    [
      'ارتفع 5 في المئة عام 2014',
      [
        ['percent', '5 في المئة', 5, '%'],
        ['year', '2014', 2014, null],
      ],
    ],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('the teens in cardinal words with the article are cardinals (cardinalTwelve, rankOrArticle)', () => {
  it.each<[string, [string, string, unknown, string | null][]]>([
    ['زادت الصادرات في الاثني عشر شهرا الأخيرة', [['duration', 'الاثني عشر شهرا', 12, 'month']]],
    ['روى الفتيان الاثنا عشر ومدربهم ما حدث', [['count', 'الاثنا عشر', 12, null]]],
    ['وافق عليه أعضاء المجلس الخمسة عشر بالإجماع', [['count', 'الخمسة عشر', 15, null]]],
    // The ordinal has its own form.
    ['في القرن التاسع عشر', [['ordinal', 'التاسع عشر', 19, null]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('identifiers and clock times are no figures (identifier)', () => {
  it.each<string>([
    'وبعد النظر في قرار مجلس الشورى رقم ( 36 / 9 ) وتاريخ',
    'وبعد النظر في قرار مجلس الشورى رقم (84/44) وتاريخ',
    'ورقم (52 - 30) وتاريخ',
    'تنفيذ وقفة احتجاجية بداية من الساعة الـ10 صباحا',
    'في حدود الساعة ال11 من ليلة الجمعة',
    'سجلت على الساعة 18 و35 دقيقة بالتوقيت المحلي',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('still reads a figure after the identifier', () => {
    expect(figures('وفق القرار رقم (4/2) بتكلفة 5 ملايين ريال')).toEqual([['money', '5 ملايين ريال', 5e6, 'SAR']]);
  });
});

describe('milli- units as news spells them (data/lexicon/units.tsv)', () => {
  it.each<[string, [string, string, unknown, string | null][]]>([
    ['حوالي 80 مللي غرام في العبوة.', [['mass', '80 مللي غرام', 8e-8, 't']]],
    ['لكل 100 مللتر، علما', [['volume', '100 مللتر', 0.0001, 'm3']]],
    ['جرعة من الدواء بمقدار 140 ميليغراما', [['mass', '140 ميليغراما', 1.4e-7, 't']]],
    ['جمع قرابة 300 ملليلتر من العينة', [['volume', '300 ملليلتر', 0.0003, 'm3']]],
  ])('%s', (text, want) => {
    const got = figures(text).map(([k, t, v, u]) => [k, t, typeof v === 'number' ? Number(v.toPrecision(6)) : v, u]);
    expect(got).toEqual(want);
  });
});
