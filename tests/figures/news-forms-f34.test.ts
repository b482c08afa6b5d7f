// Numbers of unseen news that are no figures (f34, mined from the figures of kind number on 3,000
// unlabeled articles): each case failed before the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown];

function figures(text: string): Row[] {
  const out: Figure[] = extractFigures(text, { published: '2018-06-20' });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value]);
}

describe('a match result with صفر written as a word is no figure (blockZeroScores)', () => {
  it.each<[string]>([
    ['فوز مريح لمنتخب كرواتيا على نيجيريا 2-صفر في كالينينغراد.'],
    ['ربع نهائي لمونديال 2010 بخسارة مذلة أمام ألمانيا صفر-4 وتولى المدرب.'],
    ['ثم الهزيمة أمام كرواتيا صفر - 3 ويتحتم على الفريق الفوز.'],
    ['خلال فوزه 4- صفر على هال سيتي.'],
    ['انتصارات متتالية حققها على أميركا المكسيكي (1 ــ صفر) وقال المدرب.'],
    ['بتعادل الأول مع ضيفه بورتو صفر-صفر أمس.'],
    ['وخسر المنتخب أمام نظيره المغربي بهدف لصفر في المباراة الودية.'],
  ])('%s', (text) => {
    expect(figures(text).filter((f) => f[0] === 'number')).toEqual([]);
  });

  it('keeps a zero that is no side of a score, and the figures around a score', () => {
    expect(figures('تراجعت الصادرات إلى صفر في 2017.')).toContainEqual(['number', 'صفر', 0]);
    expect(figures('فاز الفريق 3-صفر أمام 40 ألف متفرج.')).toEqual([['count', '40 ألف', 40000]]);
  });
});

describe('the number of a list item before its dash is no figure (listMarker)', () => {
  it.each<[string]>([
    ['الترتيب : 1- الملعب القابسي 2- مستقبل قابس 3- نادي حمام الأنف'],
    ['فإنه يفسد سريعا. 2 - التفاح: من الأفضل الحفاظ عليه بعيدا عن الموز.'],
    ['زوج بنت أردوغان 6- وزير الصحة - فخر الدين كوجا 7- وزير التعليم - ضياء سالجوك'],
    ['وتضمنت القرارات ما يلي: 3 – تعيين صالح الهويريني بالمرتبة الرابعة عشرة.'],
  ])('%s', (text) => {
    expect(figures(text).filter((f) => f[0] === 'number')).toEqual([]);
  });

  it('keeps a range, a score, a date and a number before a dash inside a sentence', () => {
    expect(figures('ارتفع بنسبة 3- 4 في المئة')).toEqual([['percent', '3- 4 في المئة', 3]]);
    expect(figures('مواليد 27-10-1980 قاطن بالياسمينات')).toEqual([['date', '27-10-1980', '1980-10-27']]);
    expect(figures('وصل عدد القتلى إلى 12 - حسب المصادر - أمس')).toContainEqual(['number', '12', 12]);
  });
});

describe('the minute of a goal in brackets is no figure (goalMinute)', () => {
  it.each<[string]>([
    ['وسجل هدفي الأهلي النيجيري جونيور أجايي (61) ومروان محسن (86)، وهدف طنطا محمد.'],
    ['وافتتح البرازيلي مالكوم التسجيل بتسديدة أرضية (18).'],
    ['وأضاف رافينيا هدفا رائعا بعد تخطيه الحارس بذكاء (67).'],
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps a bracketed number with no word of a goal, or before its noun', () => {
    expect(figures('وحصل على مرتبة (31) في التصنيف الجديد.')).toEqual([['number', '31', 31]]);
    expect(figures('وسجلت الأحساء (50) حالة منها (9) حالات وفاة.')).toEqual([
      ['count', '50', 50],
      ['count', '9', 9],
    ]);
  });
});

describe('يوم before a weekday is no unit of the number before it (unitAfter)', () => {
  it('drops the score it was the second side of', () => {
    expect(figures('وقال ألبا عقب فوز برشلونة 4 - 2 يوم الأحد على مضيفه.').filter((f) => f[0] !== 'date')).toEqual([]);
    expect(figures('وواصل انطلاقته القوية وتغلب على نظيره التونسي 5 - 2 يوم السبت على ملعبه.').filter((f) => f[0] !== 'date')).toEqual([]);
  });

  it('leaves a number that is no duration of days', () => {
    expect(figures('واعتمد تيتيباس، الذي سيكمل عامه 20 يوم الأحد، على ضرباته.')).not.toContainEqual(['duration', '20 يوم', 20]);
    expect(figures('وسيبقى الوفد 20 يوما في المدينة.')).toContainEqual(['duration', '20 يوما', 20]);
  });
});

describe('the decimal point said in a word between digits (decimalAfter: فاصل)', () => {
  it.each<[string, Row]>([
    ['وهو ما يمثل في تونس 50 فاصل 2 بالمائة من السكان.', ['percent', '50 فاصل 2 بالمائة', 50.2]],
    ['ويتم النقل بين الجرف واجيم على مسافة 2 فاصل 7 كلم.', ['length', '2 فاصل 7 كلم', 2.7]],
    ['وتمثل ميزانية الوزارة 15 فاصلة 1 بالمائة من المجموع.', ['percent', '15 فاصلة 1 بالمائة', 15.1]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual([want]);
  });
});

describe('a clock hour in words is no figure (blockClockHours)', () => {
  it.each<[string]>([
    ['وتنطلق المباراة على الساعة الخامسة مساء بالملعب البلدي.'],
    ['وصرح المتحدث الأمني بأنه عند الساعة التاسعة من صباح اليوم نفسه تم رصد المركبة.'],
    ['فتح مطار صلالة أمام حركة الطيران ابتداء من الساعة الثانية عشرة ظهرا.'],
    ['ويبدأ الحفل في الساعة الثانية والنصف بعد الظهر.'],
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps a count of hours and an ordinal after another word', () => {
    expect(figures('واستمر الاجتماع ثلاث ساعات في الجولة الثالثة.')).toEqual([
      ['duration', 'ثلاث ساعات', 3],
      ['ordinal', 'الثالثة', 3],
    ]);
  });
});
