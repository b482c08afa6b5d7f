// Number forms of news read wrong before f36 (counted in ../shared/unlabeled): each case failed before
// the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, unknown?];

function figures(text: string): Row[] {
  const out: Figure[] = extractFigures(text, { published: '2018-08-19' });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.value_max]);
}

describe('a range of two ordinal days before a month is one date range (ordinalDayRange)', () => {
  it.each<[string, string, string, string]>([
    [
      'تنظم من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر المقبل.',
      'الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر',
      '2018-10-23',
      '2018-10-26',
    ],
    ['يعقد المؤتمر من الثامن الى العاشر من ديسمبر المقبل.', 'الثامن الى العاشر من ديسمبر', '2018-12-08', '2018-12-10'],
    ['تقام من الخامس إلى السابع من تموز/يوليو.', 'الخامس إلى السابع من تموز', '2018-07-05', '2018-07-07'],
  ])('%s', (text, span, from, to) => {
    expect(figures(text)).toEqual([['date', span, from, to]]);
  });

  it('counts a Hijri range back from its last day', () => {
    const [f] = figures('من الأول وحتى الخامس من ذي الحجة');
    expect(f[0]).toBe('date');
    expect(f[1]).toBe('الأول وحتى الخامس من ذي الحجة');
    expect(Date.parse(f[3] as string) - Date.parse(f[2] as string)).toBe(4 * 86_400_000);
  });

  it('leaves a descending pair and an ordinal of a noun alone', () => {
    expect(figures('من العاشر إلى الثامن من ديسمبر').map((f) => f[0])).toEqual(['ordinal', 'date']);
    expect(figures('احتل المركز الخامس إلى العاشر من ديسمبر').map((f) => f[0])).toEqual(['ordinal', 'date']);
  });
});

describe('a comma before three digits and a dinar is decimal, the millimes (dinarsAndMillimes)', () => {
  it.each<[string, number]>([
    ['ليرتفع من 12,304 دينارا إلى 13 دينارا في اليوم.', 12.304],
    ['يمر بعد هذه الزيادة من 2,475 دينار إلى 20,100 دينار.', 2.475],
    ['ليرتفـع مـن 319,904 دينارا إلى 338 دينارا في الشهر.', 319.904],
  ])('%s', (text, value) => {
    expect(figures(text)[0].slice(0, 3)).toEqual(['money', expect.any(String), value]);
  });

  it('keeps a comma of thousands before other words and a dot of thousands before a dinar', () => {
    expect(figures('بلغ عدد السكان 12,304 نسمة.')[0][2]).toBe(12304);
    expect(figures('لا يتجاوز دخلها 5.000 دينار في العام.')[0][2]).toBe(5000);
  });
});
