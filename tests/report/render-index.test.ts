import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/report/article-summary.js';
import { aggregate, indexHtml, indexMarkdown } from '../../src/report/render-index.js';
import { buildReportModel } from '../../src/report/report-model.js';
import { handmadeAnalysis, sampleAnalysis } from '../fixtures/report/sample-analysis.js';

const other = handmadeAnalysis('زارت اليابان مصر عام 2026 وأعلنت 3 مشاريع.', {
  title: 'عنوان <آخر>',
  entities: [
    { id: 'e1', type: 'COUNTRY', key: 'JP', name: 'اليابان', name_en: 'Japan', mentions: [['اليابان']] },
    { id: 'e2', type: 'COUNTRY', key: 'EG', name: 'مصر', name_en: 'Egypt', mentions: [['مصر']] },
  ],
  figures: [
    { id: 'f1', kind: 'year', value: 2026, subject: 'e2', at: ['2026'] },
    { id: 'f2', kind: 'count', value: 3, at: ['3 مشاريع'] },
  ],
});
const agg = aggregate([summarize('sample', buildReportModel(sampleAnalysis())), summarize('other', buildReportModel(other))]);

describe('aggregate', () => {
  it('adds figures by kind across articles, counting the articles that have each', () => {
    expect(agg.figuresByKind.find((k) => k.kind === 'year')).toEqual({ kind: 'year', figures: 7, articles: 2 });
    expect(agg.figuresByKind.find((k) => k.kind === 'power')).toEqual({ kind: 'power', figures: 2, articles: 1 });
  });

  it('adds figures by country, figures with no country last', () => {
    expect(agg.figuresByCountry.map((c) => [c.country, c.figures])).toEqual([
      ['UZ', 8],
      ['KG', 2],
      ['EG', 1],
      ['', 9],
    ]);
  });

  it('counts projects by their first year', () => {
    expect(agg.projectsByYear).toEqual([
      { year: 2026, projects: 1 },
      { year: 2027, projects: 1 },
      { year: 2028, projects: 1 },
    ]);
  });

  it('merges the same entity across articles by its key', () => {
    expect(agg.topEntities[0]).toEqual({ type: 'COUNTRY', key: 'JP', name: 'اليابان', name_en: 'Japan', mentions: 8, articles: 2 });
    expect(agg.entityCount).toBe(13);
  });
});

describe('the index pages', () => {
  it('index.md lists every article with a link to its report', () => {
    const md = indexMarkdown(agg);
    expect(md).toContain('2 articles, 20 figures, 13 distinct entities, 3 projects.');
    expect(md).toContain('| [other](other/report.md) | عنوان \\<آخر\\> |');
  });

  it('index.html is right to left, links the reports and escapes titles', () => {
    const page = indexHtml(agg);
    expect(page).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page).toContain('<a href="sample/report.html">');
    expect(page).toContain('عنوان &lt;آخر&gt;');
    expect((page.match(/<svg /g) ?? []).length).toBe(4);
  });
});
