import { describe, expect, it } from 'vitest';
import { toUsd } from '../../src/projects/currency-rates.js';

describe('cost in US dollars', () => {
  it.each<[number, string | null, number | null]>([
    [153e6, 'USD', 153e6],
    [375e6, 'SAR', 100e6],
    [3.6725e6, 'AED', 1e6],
    [709, 'JOD', 1000],
    [6e9, 'EUR', null],
    [1e6, 'EGP', null],
    [1e6, null, null],
  ])('%d %s → %s', (amount, currency, usd) => {
    expect(toUsd(amount, currency)).toBe(usd);
  });
});
