// Number and date forms of unseen news (f32, mined from ../shared/unlabeled): each case failed before
// the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value]);
}

// 2018-05-16 is a Wednesday.
describe('a present verb opening a clause puts the weekday after it ahead (presentVerbBefore)', () => {
  it.each<[string, Row]>([
    ['ويلتقي الأحد منتخبا فرنسا وكرواتيا في النهائي.', ['date', 'الأحد', '2018-05-20']],
    ['ويواجه ماكرون الذي يزور ألمانيا الخميس معارضة لمقترحاته.', ['date', 'الخميس', '2018-05-17']],
    ['ومن المرجح أن يجري التصويت يوم الجمعة في نيويورك.', ['date', 'الجمعة', '2018-05-18']],
    ['تتجه الأنظار يوم السبت صوب ستاد الأمير فيصل.', ['date', 'السبت', '2018-05-19']],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-05-16')).toContainEqual(want);
  });
  it.each<[string, Row]>([
    ['كان من المقرر أن يبدأ تنفيذها الأحد في المدن الكبرى.', ['date', 'الأحد', '2018-05-13']],
    ['وصلت العاصفة إلى المدينة قبل أن تتحرك صوب الشرق الأحد وسط أمطار.', ['date', 'الأحد', '2018-05-13']],
    ['وقال إن الجيش يفرض منذ الاثنين طوقا على المدينة.', ['date', 'الاثنين', '2018-05-14']],
    ['وقع انفجار لم يعرف سببه مساء الاثنين في المدينة.', ['date', 'الاثنين', '2018-05-14']],
    ['أكد في فيديو نشر الأحد أنه سيعود.', ['date', 'الأحد', '2018-05-13']],
  ])('a day past: %s', (text, want) => {
    expect(figures(text, '2018-05-16')).toContainEqual(want);
  });
});

// 2018-05-16 is a Wednesday.
describe('the second of two weekdays joined by و is dated after the first (secondWeekday)', () => {
  it.each<[string, Row[]]>([
    [
      'واحتفل الإسرائيليون ليل الاثنين والثلاثاء بذكرى قيام الدولة.',
      [
        ['date', 'الاثنين', '2018-05-14'],
        ['date', 'الثلاثاء', '2018-05-15'],
      ],
    ],
    [
      'وسيقوم بزيارة رسمية الاثنين والثلاثاء إلى باريس.',
      [
        ['date', 'الاثنين', '2018-05-21'],
        ['date', 'الثلاثاء', '2018-05-22'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-05-16')).toEqual(want);
  });
  it('not after يومي, a recurring pair', () => {
    expect(figures('تم تخصيص يومي الخميس والسبت للنساء.', '2018-05-16')).toEqual([]);
  });
});

describe('a number in digits after الجولة/المرحلة is the round, an ordinal (ROUND_NOUNS)', () => {
  it.each<[string, Row]>([
    ['جمعت النجم الساحلي بالنادي الصفاقسي لحساب الجولة 13 من البطولة.', ['ordinal', '13', 13]],
    ['يستضيف التعاون في المرحلة 23 من الدوري السعودي للمحترفين.', ['ordinal', '23', 23]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual([want]);
  });
  it('not a word ordinal after them', () => {
    expect(figures('خسر الفريق في الجولة الأولى أمام إيران.')).toEqual([]);
  });
});
