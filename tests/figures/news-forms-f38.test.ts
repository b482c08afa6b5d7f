// Date forms of news read wrong before f38 (counted in ../shared/unlabeled): each case failed before
// the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, unknown?];

function figures(text: string, published = '2018-05-30'): Row[] {
  const out: Figure[] = extractFigures(text, published === '' ? {} : { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.value_max]);
}

describe('a week relative to the publication date is its Monday to Sunday (relativeWeek)', () => {
  it.each<[string, string, string, string]>([
    // published Wednesday 2018-05-30
    ['وتم إطلاق سراح أربع ناشطات الأسبوع الماضي، بحسب المنظمة.', 'الأسبوع الماضي', '2018-05-21', '2018-05-27'],
    ['ومن المقرر أن تدخل مهمة البحث مرحلتها الأخيرة هذا الأسبوع.', 'هذا الأسبوع', '2018-05-28', '2018-06-03'],
    ['أن الرئيس لن يتوجه إلى إسرائيل الاسبوع المقبل لحضور الافتتاح.', 'الاسبوع المقبل', '2018-06-04', '2018-06-10'],
    ['ينفذ وقفات احتجاجية منذ الأسبوع الفارط أمام الوزارة.', 'الأسبوع الفارط', '2018-05-21', '2018-05-27'],
  ])('%s', (text, span, from, to) => {
    expect(figures(text)).toContainEqual(['date', span, from, to]);
  });

  it('gives the week of gold-dev saudinewsnet-20 (published Thursday 2015-08-06)', () => {
    expect(figures('بقناة السويس الجديدة المصرية، الأسبوع الماضي، وذلك بهدف', '2015-08-06')).toEqual([
      ['date', 'الأسبوع الماضي', '2015-07-27', '2015-08-02'],
    ]);
  });

  it('leaves the week before a day of the story and an undated article alone', () => {
    expect(figures('ارتفع المؤشر مقارنة بالأسبوع السابق')).toEqual([]);
    expect(figures('وقال الوزير الأسبوع الماضي إن', '')).toEqual([]);
  });
});

describe('an ordinal day of a month named relative to the publication is a date (relativeMonthAt)', () => {
  it.each<[string, string, string]>([
    ['تصادف الخامس عشر من الشهر الجاري ذكرى نكبة فلسطين', 'الخامس عشر من الشهر الجاري', '2018-05-15'],
    ['وأقيمت مراسم الجنازة في الثامن من الشهر الحالي في فلورنسا', 'الثامن من الشهر الحالي', '2018-05-08'],
    ['وستصل أول رحلة إلى جدة يوم السادس والعشرين من الشهر المقبل قادمة من تركيا', 'السادس والعشرين من الشهر المقبل', '2018-06-26'],
    ['في العاشر من هذا الشهر، قال', 'العاشر من هذا الشهر', '2018-05-10'],
    ['يوم الخميس السادس عشر من الشهر الماضي', 'السادس عشر من الشهر الماضي', '2018-04-16'],
  ])('%s', (text, span, day) => {
    expect(figures(text)).toEqual([['date', span, day, null]]);
  });

  it('reads a range of two ordinal days before such a month', () => {
    expect(figures('من الثامن إلى العاشر من الشهر المقبل')).toEqual([
      ['date', 'الثامن إلى العاشر من الشهر المقبل', '2018-06-08', '2018-06-10'],
    ]);
  });

  it('leaves Ramadan (هذا الشهر الفضيل), a noun’s ordinal, the nth weekday and an undated article alone', () => {
    expect(figures('في اليوم الثالث والعشرين من هذا الشهر الفضيل').map((f) => f[0])).toContain('ordinal');
    expect(figures('الأسبوع الأول من الشهر الجاري').map((f) => f[1])).toEqual(['الشهر الجاري']);
    expect(figures('وفى الجمعة الثانية من شهر رمضان').map((f) => f[1])).not.toContain('الثانية من شهر رمضان');
    expect(figures('في الخامس عشر من الشهر الجاري', '')).toEqual([['ordinal', 'الخامس عشر', 15, null]]);
  });
});

describe('the year, month and week before last (relative_date year-2, month-2, week-2)', () => {
  it.each<[string, string, unknown, unknown]>([
    ['أرضا خصبة منذ عزل مرسي عن الحكم صيف العام قبل الماضي.', 'العام قبل الماضي', 2016, null],
    ['من كأس الملك بخسارته أمام الباطن 1-صفر الأسبوع قبل الماضي.', 'الأسبوع قبل الماضي', '2018-05-14', '2018-05-20'],
    ['حيث أقدم الشهر قبل الماضي على إعدام عنصرين', 'الشهر قبل الماضي', '2018-03', null],
  ])('%s', (text, span, value, max) => {
    expect(figures(text).filter((f) => f[0] !== 'number')).toContainEqual([span.startsWith('العام') ? 'year' : 'date', span, value, max]);
  });

  it('takes a month before العام قبل الماضي into that year', () => {
    expect(figures('وفي نوفمبر من العام قبل الماضي، بدأت الحكومة')).toEqual([['date', 'نوفمبر', '2016-11', null]]);
  });
});

describe('a day in digits before الجاري/الحالي is a day of the publication month (currentMonthDay)', () => {
  it.each<[string, string, string, string | null]>([
    ['قرار نقل سفارتها من تل أبيب إلى القدس في 14 الجاري تزامنا مع الذكرى', '14 الجاري', '2018-05-14', null],
    ['ويلتقي الفائزان على ملعب ويمبلي في 26 الحالي لتحديد هوية البطل', '26 الحالي', '2018-05-26', null],
    ['صباح اليوم السبت الموافق 24 الجاري انفجرت عبوة', '24 الجاري', '2018-05-24', null],
    ['ستقوم اللجنة يوم الخميس 31 الجاري بتحديث الخطة', '31 الجاري', '2018-05-31', null],
  ])('%s', (text, span, day, max) => {
    expect(figures(text)).toContainEqual(['date', span, day, max]);
  });

  it('leaves a model number and a number after another word alone', () => {
    expect(figures('في هاتف آيفون 7 المقبل')).toEqual([]);
    expect(figures('المادة 5 الحالي').map((f) => f[0])).not.toContain('date');
  });
});
