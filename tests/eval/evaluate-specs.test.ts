import { describe, expect, it } from 'vitest';
import { readSpecAnswer } from '../../src/eval/evaluate-specs.js';

describe('readSpecAnswer', () => {
  it('reads per-file rows; rejected expectations count as not passed', () => {
    const answer = [
      {
        file: 'NumberModel.json',
        cases: 8,
        total: 10,
        passed: 7,
        failures: [{ category: 'wrong reading', input: 'خمس', expected: ['0.2'], got: [5] }],
        rejected: [
          { category: 'rejected', input: 'a', reason: 'wrong expectation' },
          { category: 'rejected', input: 'b', reason: 'a phone number' },
        ],
      },
      { file: 'PercentModel.json', cases: 4, total: 4, passed: 4, failures: [], rejected: [] },
    ];
    const s = readSpecAnswer(answer, 'dir');
    expect(s.files[0]).toMatchObject({ file: 'NumberModel.json', cases: 10, passed: 7, rejected: 2 });
    expect(s.files[0].failures.map((f) => f.category)).toEqual([
      'wrong reading',
      'expectation rejected by the scorer',
      'expectation rejected by the scorer',
    ]);
    expect(s.files[0].failures[2].note).toBe('a phone number');
    expect(s).toMatchObject({ cases: 14, passed: 11, rejected: 2 });
    expect(s.rate).toBeCloseTo(11 / 14, 12);
    expect(s.rateExcludingRejected).toBeCloseTo(11 / 12, 12);
  });

  it.each([
    ['a record keyed by file', { files: { 'A.json': { cases: 2, passed: 1, failures: [{ input: 'x' }] } } }],
    ['a list under "corpora" named by corpus', { corpora: [{ corpus: 'A.json', cases: 2, passed: 1, failures: [] }] }],
  ])('accepts %s', (_, answer) => {
    const s = readSpecAnswer(answer, 'dir');
    expect(s.files).toHaveLength(1);
    expect(s.files[0]).toMatchObject({ file: 'A.json', cases: 2, passed: 1 });
  });

  it('no cases is a rate of 1, not NaN', () => {
    expect(readSpecAnswer([], 'dir').rate).toBe(1);
  });
});
