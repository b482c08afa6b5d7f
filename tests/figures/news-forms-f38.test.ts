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
