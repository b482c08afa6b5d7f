// Date forms of unseen news (f33, mined from ../shared/unlabeled): each case failed before the rule
// its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, unknown];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.filter((f) => f.kind === 'date').map((f) => [f.kind, f.text, f.value, f.value_max]);
}

describe('a part of a month is in the span of the month it names (readMonthPart)', () => {
  it.each<[string, Row]>([
    ['وكان الاجتماع المقرر عقده في نيويورك في أواخر سبتمبر 2015 قد تأجل.', ['date', 'أواخر سبتمبر 2015', '2015-09', null]],
    ['افتتح المصنع في أوائل مارس 2023.', ['date', 'أوائل مارس 2023', '2023-03', null]],
    ['منذ محاولة الانقلاب الفاشلة منتصف يوليو/تموز 2016.', ['date', 'منتصف يوليو/تموز 2016', '2016-07', null]],
    ['بلغت الودائع 1.2 تريليون درهم بنهاية شهر أيار (مايو) الماضي.', ['date', 'نهاية شهر أيار', '2018-05', null]],
    ['وخضع مطلع آذار/مارس لعملية جراحية.', ['date', 'مطلع آذار', '2018-03', null]],
    ['وأصيب المهاجم في أواخر شباط/فبراير الماضي.', ['date', 'أواخر شباط', '2018-02', null]],
    ['وأعلن الرئيس في بداية تموز/يوليو أن الحكومة ستستقيل.', ['date', 'بداية تموز', '2018-07', null]],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-08-20')).toContainEqual(want);
  });

  it('keeps the qualifier of the word before it', () => {
    const [f] = extractFigures('وهوى الذهب 10 في المئة منذ منتصف أبريل متضررا من قفزة الدولار.', { published: '2018-08-20' }).filter(
      (x) => x.kind === 'date',
    );
    expect([f.text, f.value, f.value_max, f.qualifier]).toEqual(['منتصف أبريل', '2018-04', null, 'since']);
  });

  it('takes a month pair in, and reads nothing of a month of no known year', () => {
    expect(figures('ستعقد القمة مطلع مايو أو يونيو المقبلين.', '2018-04-01')).toEqual([
      ['date', 'مطلع مايو أو يونيو', '2018-05', '2018-06'],
    ]);
    expect(figures('اختفى أواخر سبتمبر لدى عودته.', null)).toEqual([]);
  });
});

describe('two dates after بين, a part of a month at an end, and ends of different precision are one range (dateRange)', () => {
  it.each<[string, Row]>([
    [
      'تخوض نهائيات كأس العالم في روسيا بين 14 حزيران/يونيو و15 تموز/يوليو.',
      ['date', '14 حزيران/يونيو و15 تموز', '2018-06-14', '2018-07-15'],
    ],
    ['تم فصل 2342 طفلا عن أبويهم بين 5 مايو و9 يونيو.', ['date', '5 مايو و9 يونيو', '2018-05-05', '2018-06-09']],
    ['من منتصف يوليو إلى نهاية أغسطس.', ['date', 'منتصف يوليو إلى نهاية أغسطس', '2018-07', '2018-08']],
    ['بين نهاية أغسطس ومطلع سبتمبر.', ['date', 'نهاية أغسطس ومطلع سبتمبر', '2018-08', '2018-09']],
    ['وسيبقى الطريق مغلقا من مارس 2019 حتى 15 يونيو 2019.', ['date', 'مارس 2019 حتى 15 يونيو 2019', '2019-03-01', '2019-06-15']],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-10-20')).toContainEqual(want);
  });

  it('gives a year written at one end to the other', () => {
    expect(figures('أعدمت 694 شخصا بين الأول من يناير و15 يوليو 2015.', '2016-02-01')).toEqual([
      ['date', 'الأول من يناير و15 يوليو 2015', '2015-01-01', '2015-07-15'],
    ]);
    expect(figures('تمتد من شهر يناير 2015 وحتى نهاية شهر يونيو.', '2018-10-20')).toEqual([
      ['date', 'يناير 2015 وحتى نهاية شهر يونيو', '2015-01', '2015-06'],
    ]);
    expect(figures('من نوفمبر 2015 حتى فبراير.', '2018-10-20')).toEqual([['date', 'نوفمبر 2015 حتى فبراير', '2015-11', '2016-02']]);
  });

  it('not two dates joined by و without بين', () => {
    expect(figures('وقعت الهجمات في 8 حزيران و10 تموز.', '2018-10-20')).toEqual([
      ['date', '8 حزيران', '2018-06-08', null],
      ['date', '10 تموز', '2018-07-10', null],
    ]);
  });
});
