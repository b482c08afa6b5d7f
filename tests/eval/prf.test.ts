import { describe, expect, it } from 'vitest';
import { prf } from '../../src/eval/prf.js';

describe('prf', () => {
  it.each([
    [{ tp: 3, fp: 0, fn: 0 }, 1, 1, 1],
    [{ tp: 0, fp: 0, fn: 3 }, 0, 0, 0],
    [{ tp: 0, fp: 2, fn: 0 }, 0, 0, 0],
    [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
    [{ tp: 1, fp: 1, fn: 2 }, 0.5, 1 / 3, 0.4],
  ])('%o gives P %d, R %d, F1 %d', (c, p, r, f) => {
    const s = prf(c);
    expect(s.precision).toBeCloseTo(p, 12);
    expect(s.recall).toBeCloseTo(r, 12);
    expect(s.f1).toBeCloseTo(f, 12);
  });
});
