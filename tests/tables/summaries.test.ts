// The report's counts as arquero pipelines: groups in the order first seen, nulls a group of their own.
import { describe, expect, it } from 'vitest';
import { countByValue, countFiguresByKindAndCountry, sumEntities, sumFigures } from '../../src/tables/summaries.js';

describe('countFiguresByKindAndCountry', () => {
  it('counts the figures of each kind and country, in the order first seen', () => {
    const figures = [
      { kind: 'money', country: 'UZ' },
      { kind: 'year', country: '' },
      { kind: 'money', country: 'UZ' },
      { kind: 'money', country: 'KG' },
    ];
    expect(countFiguresByKindAndCountry(figures)).toEqual([
      ['money', 'UZ', 2],
      ['year', '', 1],
      ['money', 'KG', 1],
    ]);
  });

  it('gives nothing for no figures', () => {
    expect(countFiguresByKindAndCountry([])).toEqual([]);
  });
});

describe('sumFigures', () => {
  const counts = [
    { article: 'a', kind: 'money', country: 'UZ', figures: 2 },
    { article: 'a', kind: 'year', country: '', figures: 1 },
    { article: 'b', kind: 'money', country: 'KG', figures: 3 },
    { article: 'b', kind: 'money', country: 'UZ', figures: 1 },
  ];

  it('sums by kind, counting the distinct articles', () => {
    expect(sumFigures(counts).byKind).toEqual([
      { kind: 'money', figures: 6, articles: 2 },
      { kind: 'year', figures: 1, articles: 1 },
    ]);
  });

  it('sums by country and by country and kind', () => {
    const t = sumFigures(counts);
    expect(t.byCountry).toEqual([
      { country: 'UZ', figures: 3 },
      { country: '', figures: 1 },
      { country: 'KG', figures: 3 },
    ]);
    expect(t.byCountryAndKind).toEqual([
      { country: 'UZ', kind: 'money', figures: 3 },
      { country: '', kind: 'year', figures: 1 },
      { country: 'KG', kind: 'money', figures: 3 },
    ]);
  });
});

describe('countByValue', () => {
  it('counts each value, null included', () => {
    expect(countByValue([2015, null, 2015, 1430, null, null])).toEqual([
      { value: 2015, count: 2 },
      { value: null, count: 3 },
      { value: 1430, count: 1 },
    ]);
  });
});

describe('sumEntities', () => {
  it('sums mentions, counts articles and points at the first row of each entity', () => {
    const rows = [
      { article: 'a', entity: 'COUNTRY\tUZ', mentions: 2 },
      { article: 'b', entity: 'ORG\tname:ايرينا', mentions: 1 },
      { article: 'b', entity: 'COUNTRY\tUZ', mentions: 4 },
    ];
    expect(sumEntities(rows)).toEqual([
      { entity: 'COUNTRY\tUZ', mentions: 6, articles: 2, first: 0 },
      { entity: 'ORG\tname:ايرينا', mentions: 1, articles: 1, first: 1 },
    ]);
  });
});
