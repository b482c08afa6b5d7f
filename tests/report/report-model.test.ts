import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/report-model.js';
import { handmadeAnalysis, sampleAnalysis } from '../fixtures/report/sample-analysis.js';

describe('buildReportModel on the sample', () => {
  const m = buildReportModel(sampleAnalysis());

  it('groups figures by kind in the contract order of kinds', () => {
    expect(m.figureGroups.map((g) => g.kind)).toEqual([
      'power',
      'money',
      'percent',
      'mass',
      'count',
      'year',
      'year_range',
      'date',
      'multiplier',
    ]);
  });

  it('orders entities of a type by mentions, then first appearance', () => {
    expect(m.entityGroups[0].entities.map((e) => e.id)).toEqual(['e2', 'e1', 'e3']);
  });

  it.each([
    ['through the project that lists it', 'f3', 'UZ'],
    ['through a country subject', 'f14', 'UZ'],
    ['through the project it is the subject of', 'f17', 'KG'],
    ['none for an organisation subject', 'f6', null],
    ['none without subject or project', 'f1', null],
  ])('finds the country of a figure %s', (_name, id, cc) => {
    expect(m.figureCountry(m.analysis.figures.find((f) => f.id === id)!)).toBe(cc);
  });

  it('sums the capacities of projects by country, each project once, with their bounds (≤ 500 + 900 = 900–1,400)', () => {
    expect(m.capacityByCountry.map(({ key, value, shown }) => ({ key, value, shown }))).toEqual([
      { key: 'UZ', value: 1400, shown: '900–1,400' },
    ]);
  });

  it('sums the costs of projects by country and currency; money that is no project cost is not added', () => {
    expect(
      m.moneyByCountry.map((s) => ({ currency: s.currency, bars: s.bars.map(({ key, value, shown }) => ({ key, value, shown })) })),
    ).toEqual([
      {
        currency: 'USD',
        bars: [
          { key: 'UZ', value: 4.2e8, shown: '≈ 420,000,000' },
          { key: 'KG', value: 1.5e8, shown: undefined },
        ],
      },
    ]);
  });
});

describe('buildReportModel: projects without figures', () => {
  it("counts a project's own capacity and cost when no figure gives them", () => {
    const text = 'محطة الشمس في مصر.';
    const m = buildReportModel(
      handmadeAnalysis(text, {
        projects: [
          {
            id: 'p1',
            type: 'solar_plant',
            name: 'محطة الشمس',
            at: ['محطة الشمس'],
            country: 'EG',
            places: [],
            year: null,
            year_end: null,
            capacity_mw: 200,
            capacity_mw_max: null,
            capacity: null,
            capacity_unit: null,
            cost: 1e9,
            currency: 'EGP',
            cost_usd: null,
            partners: [],
            figures: [],
          },
        ],
      }),
    );
    expect(m.capacityByCountry).toEqual([{ key: 'EG', label: m.countryName('EG'), value: 200, parts: ['محطة الشمس: 200 MW'] }]);
    expect(m.moneyByCountry).toEqual([
      { currency: 'EGP', bars: [{ key: 'EG', label: m.countryName('EG'), value: 1e9, parts: ['محطة الشمس: 1,000,000,000 EGP'] }] },
    ]);
  });

  it('names a country from the lexicon when the article does not name it', () => {
    const m = buildReportModel(handmadeAnalysis('نص', {}));
    expect(m.countryName('EG')).toBe('مصر');
    expect(m.countryName('ZZ')).toBe('ZZ');
  });
});
