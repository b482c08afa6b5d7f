import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedSpan, parseInterval, scoreCase, scoreRecognizers, type RecognizersCase } from '../../src/eval/recognizers-specs.js';
import type { Figure } from '../../src/model/types.js';
import { fig } from '../helpers/figure.js';

const numberCase: RecognizersCase = {
  Input: 'النتيجة ١٠٠ تماما',
  Results: [{ Text: '١٠٠', TypeName: 'number', Resolution: { value: '100' }, Start: 8, End: 10 }],
};

describe('scoring one Recognizers case', () => {
  it.each<[string, Figure[], string | null]>([
    ['a perfect answer passes', [fig({ start: 8, end: 11, text: '١٠٠', value: 100 })], null],
    ['an empty answer fails', [], 'missed'],
    ['an overlapping figure with the wrong value fails', [fig({ start: 8, end: 11, value: 10 })], 'wrong reading'],
    ['the right value elsewhere fails', [fig({ start: 0, end: 7, value: 100 })], 'missed'],
  ])('%s', (_what, figures, category) => {
    const failure = scoreCase('number', numberCase, figures);
    expect(failure?.category ?? null).toBe(category);
  });

  it('fails a case with no expected result when a figure is found', () => {
    const c: RecognizersCase = { Input: 'هذا جيد', Results: [] };
    expect(scoreCase('number', c, [])).toBeNull();
    expect(scoreCase('number', c, [fig({ value: 1 })])?.category).toBe('spurious');
  });

  it('wants a percentage for PercentModel', () => {
    const c: RecognizersCase = {
      Input: '100%',
      Results: [{ Text: '100%', TypeName: 'percentage', Resolution: { value: '100%' }, Start: 0, End: 3 }],
    };
    expect(scoreCase('percent', c, [fig({ kind: 'percent', end: 4, value: 100, unit: '%' })])).toBeNull();
    expect(scoreCase('percent', c, [fig({ kind: 'number', end: 4, value: 100 })])).not.toBeNull();
  });

  it.each<[string, Partial<Figure>, boolean]>([
    ['(20,35]', { value: 20, value_max: 35 }, true],
    ['(20,35]', { value: 20 }, false],
    ['[30,)', { value: 30, qualifier: 'at_least' }, true],
    ['[30,)', { value: 30 }, false],
    ['(,100]', { value: 100, qualifier: 'at_most' }, true],
    ['[170,170]', { value: 170 }, true],
    ['[170,170]', { value: 170, qualifier: 'at_least' }, false],
  ])('NumberRangeModel %s against %j → %s', (interval, over, passes) => {
    const c: RecognizersCase = {
      Input: 'x',
      Results: [{ Text: 'x', TypeName: 'numberrange', Resolution: { value: interval }, Start: 0, End: 0 }],
    };
    expect(scoreCase('range', c, [fig({ end: 1, ...over })]) === null).toBe(passes);
  });

  it('reads intervals', () => {
    expect(parseInterval('(20,35]')).toEqual({ lo: 20, hi: 35 });
    expect(parseInterval('[30,)')).toEqual({ lo: 30, hi: null });
    expect(parseInterval('(,-30]')).toEqual({ lo: null, hi: -30 });
  });

  it("locates the expected text when the spec's offsets do not hold it", () => {
    expect(expectedSpan('أربعة و صفر', { Text: 'صفر', TypeName: 'number', Start: 2, End: 4 })).toEqual({ start: 8, end: 11 });
    expect(expectedSpan('abc', { Text: 'zz', TypeName: 'number', Start: -1, End: -1 })).toBeNull();
  });
});

describe('scoring a spec folder', () => {
  it('counts passes, failures and rejected cases apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-specs-'));
    const cases: RecognizersCase[] = [
      numberCase,
      { Input: 'بلغ ٣٢٢ ألف', Results: [{ Text: '٣٢٢ ألف', TypeName: 'number', Resolution: { value: '32200' }, Start: 4, End: 10 }] },
      { Input: 'لا شيء', Results: [{ Text: 'شيء', TypeName: 'number', Resolution: { value: '7' }, Start: 3, End: 5 }] },
    ];
    writeFileSync(join(dir, 'NumberModel.json'), JSON.stringify(cases));
    const [row] = scoreRecognizers(dir, [{ file: 'NumberModel.json', input: 'بلغ ٣٢٢ ألف', reason: '322 thousand is 322000' }]);
    expect(row).toMatchObject({ file: 'NumberModel.json', total: 3, cases: 2, passed: 1 });
    expect(row.failures.map((f) => f.input)).toEqual(['لا شيء']);
    expect(row.rejected.map((r) => [r.input, r.wouldPass])).toEqual([['بلغ ٣٢٢ ألف', false]]);
  });

  it('names the folder when it is missing', () => {
    expect(() => scoreRecognizers('/nonexistent/specs')).toThrow(/\/nonexistent\/specs/);
  });
});
