// Date forms of news text read against the publication date (f22): days named relative to it.
import { describe, expect, it } from 'vitest';
import { extractFigures, parseFigure } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

function figures(text: string, published: string | null): Figure[] {
  const out = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out;
}

function dates(text: string, published: string | null): [string, unknown][] {
  return figures(text, published)
    .filter((f) => f.kind === 'date')
    .map((f) => [f.text, f.value]);
}

// 2015-08-01 is a Saturday.
describe('days relative to the publication date', () => {
  it.each<[string, [string, unknown][]]>([
    ['وقال كاميرون أمس إنه يريد أن تبذل بريطانيا مزيدا.', [['أمس', '2015-07-31']]],
    ['وقال الوزير، أمس، إن الأشغال انطلقت.', [['أمس', '2015-07-31']]],
    ['وأقيم حفل الزفاف مساء أمس الخميس.', [['أمس الخميس', '2015-07-30']]],
    // SaudiNewsNet's date lags some articles: the weekday decides, nearest the day أمس names.
    ['وقال مسؤولون امس الثلاثاء إن مسلحين هاجموا القرية.', [['امس الثلاثاء', '2015-07-28']]],
    ['وصلت بعثة الفريق أمس (الخميس) إلى سويسرا.', [['أمس (الخميس)', '2015-07-30']]],
    ['أعلنت الوكالة مساء أول من أمس أنها خفضت التصنيف.', [['أول من أمس', '2015-07-30']]],
    ['انطلقت أمس الأول أعمال الدورة التدريبية.', [['أمس الأول', '2015-07-30']]],
    ['تعرضت صيدلية للسرقة ليلة البارحة.', [['البارحة', '2015-07-31']]],
    ['وستعود بعثة الفريق غداً إلى الرياض.', [['غداً', '2015-08-02']]],
    ['تنتهي المهلة مساء غد للنادي النرويجي.', [['غد', '2015-08-02']]],
    ['تختتم الفعاليات بعد غد الاثنين في الظهران.', [['بعد غد الاثنين', '2015-08-03']]],
    ['أعلنت الشركة اليوم السبت نتائجها.', [['اليوم السبت', '2015-08-01']]],
    // Not days: اليوم alone, غدا alone without a future verb, الغد of a story, a day a date gives.
    ['يواجه العالم اليوم أزمة مياه.', []],
    ['من فاز اليوم قد يخسر غداً.', []],
    ['وفي الغد عاد إلى منزله.', []],
    ['نفذت يوم أمس 13 مارس 2017 وحدات الأمن حملة.', [['13 مارس 2017', '2017-03-13']]],
  ])('%s', (text, want) => {
    expect(dates(text, '2015-08-01')).toEqual(want);
  });

  it('reads no relative day in an undated article', () => {
    expect(dates('وقال الوزير أمس الاثنين إن الأشغال انطلقت.', null)).toEqual([]);
  });

  it('reads a whole phrase as the day it names', () => {
    expect(parseFigure('امس', { published: '2013-02-12' })?.value).toBe('2013-02-11');
    expect(parseFigure('غدا', { published: '2013-02-12' })?.value).toBe('2013-02-13');
    expect(parseFigure('اليوم', { published: '2013-02-12' })?.value).toBe('2013-02-12');
  });
});

describe('numeric dates of Hijri and Gregorian years', () => {
  function read(text: string): [string, string, unknown, string | null | undefined][] {
    return figures(text, null).map((f) => [f.kind, f.text, f.value, f.calendar]);
  }
  it.each<[string, [string, string, unknown, string | null | undefined][]]>([
    // A numeric Hijri date, with its mark or without, is its Gregorian day (Umm al-Qura), not the count 1436.
    ['صدر القرار الموافق 25/10/1436 بترقيته', [['date', '25/10/1436', '2015-08-10', 'hijri']]],
    ['في يوم الخميس 15 / 10 / 1436 تلقى المركز بلاغا', [['date', '15 / 10 / 1436', '2015-07-31', 'hijri']]],
    ['وفق قرار مجلس الوزراء وتاريخ 4 - 7 - 1432هـ .', [['date', '4 - 7 - 1432هـ', '2011-06-06', 'hijri']]],
    ['ابتداء من يوم الثلاثاء 26- 10- 1436هـ, حتى نهاية الدوام', [['date', '26- 10- 1436هـ', '2015-08-11', 'hijri']]],
    ['بنهاية جلسة الأربعاء 28 رمضان 1436، على سعر', [['date', '28 رمضان 1436', '2015-07-15', 'hijri']]],
    // Spaced dashes before a year of four digits are a date; without one a formation or a score.
    ['أصدر بيانًا بتاريخ 23 - 06 - 2015، يرفض فيه التجنيد', [['date', '23 - 06 - 2015', '2015-06-23', null]]],
    // A formation by المباراة: no range, and no figure (dropScores).
    ['بدأ المباراة بطريقة 3 - 4 - 3 معتمدا على الهجوم', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('years marked ميلادي / للميلاد written out', () => {
  it.each<[string, [string, string, unknown, unknown][]]>([
    ['في جزيرة فيلة، جنوبي مصر، عام 394 ميلاديا، وماتت لغة', [['year', '394 ميلاديا', 394, null]]],
    ['وقعت الغزوة سنة 630 للميلاد وقتل بعد المعركة', [['year', '630 للميلاد', 630, null]]],
    ['في عهد الإمبراطور (323-337 ميلاديا) واعتناق', [['year_range', '323-337 ميلاديا', 323, 337]]],
    // One year in two calendars is no range.
    [
      'وكان ذلك سنة 623 هجرية - 1226 ميلادية، ولم',
      [
        ['year', '623 هجرية', 623, null],
        ['year', '1226 ميلادية', 1226, null],
      ],
    ],
    // م alone after a small number is a metre.
    ['على عمق 5 م تحت الأرض', [['length', '5 م', 0.005, null]]],
  ])('%s', (text, want) => {
    expect(figures(text, null).map((f) => [f.kind, f.text, f.value, f.value_max])).toEqual(want);
  });
});

describe('the first of a month and a weekday before a date', () => {
  it.each<[string, [string, unknown][]]>([
    ['تقرر تحرير أسعار البنزين من أول أغسطس، واستحداث سياسة', [['أول أغسطس', '2015-08-01']]],
    ['اعتبارا من أول يناير عام 2017', [['أول يناير عام 2017', '2017-01-01']]],
    // آب is also أب, a father.
    ['كان أول أب يشارك في برنامجها', []],
    // The date after a weekday gives the day; the weekday is no day of its own.
    ['يلتقي نظيره مساء يوم الأحد الثاني من شهر أغسطس المقبل', [['الثاني من شهر أغسطس', '2015-08-02']]],
    ['الموعد النهائي غدا الجمعة السابع من أغسطس', [['السابع من أغسطس', '2015-08-07']]],
    ['يوم الاثنين في 18 يوليو', [['18 يوليو', '2015-07-18']]],
  ])('%s', (text, want) => {
    expect(dates(text, '2015-08-01')).toEqual(want);
  });
});
