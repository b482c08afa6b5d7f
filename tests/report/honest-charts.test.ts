// Charts that add up only what adds up (issue 21): the article of the probe gave
// Uzbekistan 611,000 MW (one project of up to 1,000 MW plus 500, 100 and 10 GW of potential),
// Kyrgyzstan 124 MW (24, the low end of 24–25, plus an "up to" 100), and Japan 2.8 billion USD
// (trade in 2000 plus trade in 2024). A chart now sums each project's capacity or cost once,
// with its bounds, and says so in its title; the Arabic page labels types and qualifiers in
// Arabic (the code in the tooltip); the qualifier of a project's value reaches every table.
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/report-model.js';
import { reportHtml } from '../../src/report/render-html.js';
import { reportMarkdown } from '../../src/report/render-markdown.js';
import { analysisRows } from '../../src/tables/rows.js';
import { handmadeAnalysis } from '../fixtures/report/sample-analysis.js';

const TEXT = [
  'تملك أوزبكستان إمكانات شمسية تبلغ 500 غيغاواط وإمكانات رياح تبلغ 100 غيغاواط ومائية تبلغ 10 غيغاواط.',
  'وتبني اليابان مشروعين للطاقة الشمسية بقدرة تصل إلى 1000 ميغاواط في أوزبكستان.',
  'وفي قيرغيزستان محطتان كهرومائيتان بقدرة 24-25 ميغاواط ومحطة شمسية بقدرة تصل إلى 100 ميغاواط.',
  'وبلغت التجارة مع اليابان 1.2 مليار دولار عام 2000 و1.6 مليار دولار عام 2024.',
].join('\n');

const analysis = () =>
  handmadeAnalysis(TEXT, {
    entities: [
      { id: 'e1', type: 'COUNTRY', key: 'UZ', name: 'أوزبكستان', name_en: 'Uzbekistan', mentions: [['تملك أوزبكستان', 'أوزبكستان']] },
      { id: 'e2', type: 'COUNTRY', key: 'JP', name: 'اليابان', name_en: 'Japan', mentions: [['وتبني اليابان', 'اليابان']] },
    ],
    figures: [
      { id: 'f1', kind: 'power', value: 500000, unit: 'MW', subject: 'e1', at: ['500 غيغاواط'] },
      { id: 'f2', kind: 'power', value: 100000, unit: 'MW', subject: 'e1', at: ['100 غيغاواط'] },
      { id: 'f3', kind: 'power', value: 10000, unit: 'MW', subject: 'e1', at: ['10 غيغاواط'] },
      {
        id: 'f4',
        kind: 'power',
        value: 1000,
        unit: 'MW',
        qualifier: 'at_most',
        subject: 'p1',
        at: ['تصل إلى 1000 ميغاواط في', '1000 ميغاواط'],
      },
      { id: 'f5', kind: 'power', value: 24, value_max: 25, unit: 'MW', subject: 'p2', at: ['24-25 ميغاواط'] },
      { id: 'f6', kind: 'power', value: 100, unit: 'MW', qualifier: 'at_most', subject: 'p3', at: ['100 ميغاواط'] },
      { id: 'f7', kind: 'money', value: 1.2e9, unit: 'USD', subject: 'e2', at: ['1.2 مليار دولار'] },
      { id: 'f8', kind: 'money', value: 1.6e9, unit: 'USD', subject: 'e2', at: ['1.6 مليار دولار'] },
    ],
    projects: [
      {
        id: 'p1',
        type: 'solar',
        name: 'مشروعين للطاقة الشمسية',
        at: ['مشروعين للطاقة الشمسية'],
        country: 'UZ',
        places: [],
        year: null,
        year_end: null,
        capacity_mw: 1000,
        capacity_mw_max: null,
        capacity: null,
        capacity_unit: null,
        cost: null,
        currency: null,
        cost_usd: null,
        partners: [],
        figures: ['f4'],
      },
      {
        id: 'p2',
        type: 'hydro',
        name: 'محطتان كهرومائيتان',
        at: ['محطتان كهرومائيتان'],
        country: 'KG',
        places: [],
        year: null,
        year_end: null,
        capacity_mw: 24,
        capacity_mw_max: 25,
        capacity: null,
        capacity_unit: null,
        cost: null,
        currency: null,
        cost_usd: null,
        partners: [],
        figures: ['f5'],
      },
      {
        id: 'p3',
        type: 'solar',
        name: 'محطة شمسية',
        at: ['ومحطة شمسية', 'محطة شمسية'],
        country: 'KG',
        places: [],
        year: null,
        year_end: null,
        capacity_mw: 100,
        capacity_mw_max: null,
        capacity: null,
        capacity_unit: null,
        cost: null,
        currency: null,
        cost_usd: null,
        partners: [],
        figures: ['f6'],
      },
    ],
  });

describe('capacity and money charts', () => {
  const m = buildReportModel(analysis());

  it('adds no potential to a country: Uzbekistan shows its one project, up to 1,000 MW', () => {
    expect(m.capacityByCountry.find((b) => b.key === 'UZ')).toMatchObject({ value: 1000, shown: '≤ 1,000' });
  });

  it('adds a range and an up-to with their bounds: Kyrgyzstan is 24–125 MW, not 124', () => {
    expect(m.capacityByCountry.find((b) => b.key === 'KG')).toMatchObject({ value: 125, shown: '24–125' });
  });

  it('adds no amounts of different years: no money chart without project costs', () => {
    expect(m.moneyByCountry).toEqual([]);
  });

  it('titles each chart with what it adds up, and marks bounds visibly', () => {
    const page = reportHtml(m, TEXT, { files: [] });
    expect(page).toContain(
      '<figcaption>قدرة المشاريع حسب الدولة: مجموع قدرات المشاريع بالميغاواط</figcaption><p class="chart-note">كل مشروع مرة واحدة؛ لا تُجمع الإمكانات',
    );
    expect(page).toMatch(/<text class="value"[^>]*>≤ 1,000<\/text>/);
    expect(page).toMatch(/<text class="value"[^>]*>24–125<\/text>/);
    expect(page).not.toMatch(/611|124 MW|2\.8B/);
  });
});

describe('qualifiers of project values and Arabic labels', () => {
  const a = analysis();
  const m = buildReportModel(a);

  it('the projects table keeps the up-to of a capacity', () => {
    const rows = analysisRows(a).projects;
    expect(rows.find((r) => r.project_id === 'p1')).toMatchObject({ capacity_mw: 1000, capacity_qualifier: 'at_most' });
    expect(rows.find((r) => r.project_id === 'p2')).toMatchObject({ capacity_mw: 24, capacity_mw_max: 25, capacity_qualifier: null });
  });

  it('report.md and report.html show it', () => {
    expect(reportMarkdown(m, TEXT)).toMatch(/\| p1 \| مشروعين للطاقة الشمسية \| solar \|.*\| ≤ 1,000 MW \|/);
    expect(reportHtml(m, TEXT, { files: [] })).toContain('<bdi dir="ltr">≤ 1,000 MW</bdi>');
  });

  it('the Arabic page names types and qualifiers in Arabic, the code in the tooltip', () => {
    const page = reportHtml(m, TEXT, { files: [] });
    expect(page).toContain('<span title="solar">محطة شمسية</span>');
    expect(page).toContain('<span title="at_most">حتى</span>');
    expect(page).not.toMatch(/<td class="key"><bdi dir="ltr">(at_most|solar|hydro)<\/bdi><\/td>/);
  });
});

describe('report.md drops bidi controls as report.html does', () => {
  it('an unbalanced U+202E in a name or title does not reach report.md', () => {
    const text = 'قالت شركة \u202Eأكوا باور إن المحطة جاهزة.';
    const a = handmadeAnalysis(text, {
      title: 'عنوان \u202Eمقلوب',
      entities: [
        {
          id: 'e1',
          type: 'ORG',
          key: null,
          name: '\u202Eأكوا باور',
          name_en: null,
          mentions: [['شركة \u202Eأكوا باور', '\u202Eأكوا باور']],
        },
      ],
    });
    const md = reportMarkdown(buildReportModel(a), text);
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(md).toContain('# عنوان مقلوب');
  });
});
