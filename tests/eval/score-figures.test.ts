import { describe, expect, it } from 'vitest';
import { sameValue, scoreFigures, type LocatedGoldFigure, type SystemFigure } from '../../src/eval/score-figures.js';

// «بلغت الاستثمارات 153 مليون دولار في عام 2004، وتسعة مشاريع» — spans by hand.
const TEXT = 'بلغت الاستثمارات 153 مليون دولار في عام 2004، وتسعة مشاريع';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function gold(text: string, kind: string, value: number | string, extra: Partial<LocatedGoldFigure> = {}): LocatedGoldFigure {
  return { context: text, text, kind, value, value_max: null, unit: null, qualifier: null, optional: false, span: at(text), ...extra };
}
function sys(text: string, kind: string, value: number | string, extra: Partial<SystemFigure> = {}): SystemFigure {
  return { ...at(text), text, kind: kind as SystemFigure['kind'], value, value_max: null, unit: null, qualifier: null, ...extra };
}

const MONEY = gold('153 مليون دولار', 'money', 153e6, { unit: 'USD' });
const YEAR = gold('2004', 'year', 2004);
const COUNT = gold('وتسعة', 'count', 9);
const GOLD = [MONEY, YEAR, COUNT];

describe('scoreFigures', () => {
  it('a perfect answer scores 1', () => {
    const s = scoreFigures(GOLD, [
      sys('153 مليون دولار', 'money', 153e6, { unit: 'USD' }),
      sys('2004', 'year', 2004),
      sys('وتسعة', 'count', 9),
    ]);
    expect(s.overall).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('an empty answer scores 0', () => {
    const s = scoreFigures(GOLD, []);
    expect(s.overall).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
    expect(s.misses).toHaveLength(3);
  });

  it.each([
    ['wrong value', sys('153 مليون دولار', 'money', 153e3, { unit: 'USD' })],
    ['wrong unit', sys('153 مليون دولار', 'money', 153e6, { unit: 'EUR' })],
    ['wrong kind', sys('153 مليون دولار', 'number', 153e6, { unit: 'USD' })],
    ['a value_max the gold does not have', sys('153 مليون دولار', 'money', 153e6, { unit: 'USD', value_max: 154e6 })],
  ])('an overlapping figure with a %s is a miss and an extra', (_, wrong) => {
    const s = scoreFigures([MONEY], [wrong]);
    expect(s.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.misses[0].overlapping).toEqual([wrong]);
  });

  it('a right value at a place that does not overlap is a miss', () => {
    const s = scoreFigures([YEAR], [sys('153', 'year', 2004)]);
    expect(s.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('a partial overlap with the same reading is a match', () => {
    const s = scoreFigures([MONEY], [sys('153 مليون', 'money', 153e6, { unit: 'USD' })]);
    expect(s.overall.f1).toBe(1);
  });

  it.each([
    ['count', 'number'],
    ['count', 'quantity'],
    ['number', 'count'],
    ['quantity', 'number'],
  ])('gold %s is found by a system %s', (g, k) => {
    const s = scoreFigures([{ ...COUNT, kind: g }], [sys('وتسعة', k, 9)]);
    expect(s.overall.f1).toBe(1);
    // Recall is counted under the gold's kind, precision under the system's.
    expect(s.byKind[g].recall).toBe(1);
    expect(s.byKind[k].precision).toBe(1);
  });

  it.each([['year'], ['money'], ['ordinal']])('a count is not found by a system %s', (k) => {
    expect(scoreFigures([COUNT], [sys('وتسعة', k, 9)]).overall.tp).toBe(0);
  });

  it('an optional gold figure found is neither a match nor an extra', () => {
    const s = scoreFigures(
      [MONEY, { ...YEAR, optional: true }],
      [sys('153 مليون دولار', 'money', 153e6, { unit: 'USD' }), sys('2004', 'year', 2004)],
    );
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.optional).toEqual({ found: 1, missed: 0 });
  });

  it('an optional gold figure missed is not a miss', () => {
    const s = scoreFigures([MONEY, { ...YEAR, optional: true }], [sys('153 مليون دولار', 'money', 153e6, { unit: 'USD' })]);
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.optional).toEqual({ found: 0, missed: 1 });
  });

  it('one system figure does not find two gold figures', () => {
    const twice = [gold('2004', 'year', 2004), { ...gold('2004', 'year', 2004), context: 'عام 2004' }];
    const s = scoreFigures(twice, [sys('2004', 'year', 2004)]);
    expect(s.overall).toMatchObject({ tp: 1, fn: 1, fp: 0 });
  });

  it('matching is maximal whatever the order (a greedy first pick would lose one)', () => {
    // Gold B «مليون دولار» is overlapped by system X «153 مليون» and Y «دولار»; gold A «153»
    // only by X. Giving X to B first would leave A unfound.
    const b = gold('مليون دولار', 'number', 1);
    const a = gold('153', 'number', 1);
    const x = sys('153 مليون', 'number', 1);
    const y = sys('دولار', 'number', 1);
    expect(scoreFigures([b, a], [x, y]).overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it.each([
    [2.4e9, 2400000000.0000005],
    ['2025-12-19', '2025-12-19'],
    [2004, '2004'],
  ])('value %s equals %s', (g, v) => {
    expect(scoreFigures([gold('2004', 'year', g)], [sys('2004', 'year', v)]).overall.tp).toBe(1);
  });

  it('a range must give the same value_max', () => {
    const range = gold('2004', 'year_range', 1996, { value_max: 1999 });
    expect(scoreFigures([range], [sys('2004', 'year_range', 1996, { value_max: 1999 })]).overall.tp).toBe(1);
    expect(scoreFigures([range], [sys('2004', 'year_range', 1996)]).overall.tp).toBe(0);
  });

  it('a gold figure whose context is not in the article is a miss, never found', () => {
    const s = scoreFigures([{ ...YEAR, span: null }], [sys('2004', 'year', 2004)]);
    expect(s.overall).toMatchObject({ tp: 0, fn: 1, fp: 1 });
    expect(s.misses[0].unlocated).toBeDefined();
  });

  it('the qualifier is reported, not scored', () => {
    const s = scoreFigures([{ ...YEAR, qualifier: 'since' }], [sys('2004', 'year', 2004, { qualifier: null })]);
    expect(s.overall.f1).toBe(1);
    expect(s.qualifier).toEqual({ agree: 0, of: 1 });
  });
});

describe('sameValue', () => {
  it('holds a system value within half a unit of the last decimal a gold conversion is written with', () => {
    // 102 رطل and 700 حصان, converted exactly by the system and rounded by the annotator (holdout4).
    expect(sameValue(0.046266, 0.04626642174)).toBe(true);
    expect(sameValue(0.522, 0.5219899104)).toBe(true);
    expect(sameValue(0.522, 0.5226)).toBe(false);
    // A whole gold number keeps the strict comparison: 9 is no 9.4, 2004 no 2004.3.
    expect(sameValue(9, 9.4)).toBe(false);
    expect(sameValue(2004, 2004.3)).toBe(false);
    // The gold's side alone is read as written: a system value's decimals widen nothing.
    expect(sameValue(0.04626642174, 0.046266)).toBe(false);
    expect(sameValue(2.4e9, 2400000000.0000005)).toBe(true);
  });
});
