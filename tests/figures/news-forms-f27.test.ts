// Number forms of unseen news (f27, mined from ../shared/unlabeled): each case failed before the
// rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value]);
}

describe('a scale word after digits that give the whole amount says it again (restatesDigits)', () => {
  it.each<[string, Row]>([
    ['بتكلفة إجمالية بلغت (69.965.144) مليون ريال.', ['money', '(69.965.144) مليون ريال', 69965144]],
    ['وقيمة التعاقد 480,466,305 ملايين ريال في حين', ['money', '480,466,305 ملايين ريال', 480466305]],
    ['حيث بلغ عدد الركاب (1.063.837) مليون راكب.', ['quantity', '(1.063.837) مليون راكب', 1063837]],
    ['والبالغة 2.280.000.000 مليار جنيه مصري', ['money', '2.280.000.000 مليار جنيه مصري', 2280000000]],
    [
      'ضبط (2.016.395) مليونين وستة عشر ألفاً وثلاثمائة وخمسة وتسعين قرص إمفيتامين.',
      ['count', '(2.016.395) مليونين وستة عشر ألفاً وثلاثمائة وخمسة وتسعين', 2016395],
    ],
    ['فعدد سكان المدينة أكثر ( 1800000 مليون وثمانمائة ألف نسمة).', ['count', '1800000 مليون وثمانمائة ألف', 1800000]],
  ])('%s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });

  it.each<[string, Row]>([
    // One group (a decimal before a scale, parseDigits) or plain digits: the scale multiplies.
    ['بلغت الصادرات 6.935 مليون برميل يوميا.', ['quantity', '6.935 مليون برميل يوميا', 6935000]],
    ['بتكلفة 1,5 مليون ريال.', ['money', '1,5 مليون ريال', 1500000]],
    ['بتكلفة تقريبية تبلغ (1000) مليون ريال.', ['money', '(1000) مليون ريال', 1000000000]],
    ['بقيمة 3 ملايين و500 ألف ريال.', ['money', '3 ملايين و500 ألف ريال', 3500000]],
  ])('still multiplies: %s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });
});

// 2018-05-31 is a Thursday.
describe('a weekday after a plan (على أن / من المقرر أن and a present verb) is to come (toCome in 03-read-dates)', () => {
  it.each<[string, Row]>([
    ['وزار رئيس الوزراء هيروشيما على أن يزور الجمعة منطقة أخرى.', ['date', 'الجمعة', '2018-06-01']],
    ['ورفعت جلسة البرلمان، على أن تجرى الثلاثاء.', ['date', 'الثلاثاء', '2018-06-05']],
    ['ومن المقرر أن تخرج احتجاجات أكبر يوم السبت في واشنطن.', ['date', 'السبت', '2018-06-02']],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-05-31')).toContainEqual(want);
  });

  it.each<[string, Row]>([
    // A plan told when it was due, a past narrative: the last such day.
    ['وكان من المقرر أن يبدأ المهرجان الأحد في المدينة.', ['date', 'الأحد', '2018-05-27']],
    ['وضربت العاصفة الساحل قبل أن تتحرك صوب الشرق الأحد.', ['date', 'الأحد', '2018-05-27']],
  ])('past: %s', (text, want) => {
    expect(figures(text, '2018-05-31')).toContainEqual(want);
  });
});
