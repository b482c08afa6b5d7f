import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCompact, formatCost, formatNumber, formatValue, formatYears } from '../../src/report/format-values.js';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1000, '1,000'],
    [153000000, '153,000,000'],
    [1.5, '1.5'],
    [-2400000000.25, '-2,400,000,000.25'],
    [0.1 + 0.2, '0.3'],
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('%d → %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });

  // Intl writes a negative zero (and a tiny negative rounded to zero) as "-0"; a report says 0.
  it("writes what Intl's en-US writes, but never -0 (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })),
        (n) => {
          expect(formatNumber(n)).toBe(intl.format(n).replace(/^-0$/, '0'));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatted values', () => {
  it.each([
    ['a range with its unit', formatValue(24, 25, 'MW'), '24–25 MW'],
    ['a percentage sticks to its number', formatValue(30, null, '%'), '30%'],
    ['a date range', formatValue('2025-12-19', '2025-12-20', null), '2025-12-19 – 2025-12-20'],
    ['years without separators', formatValue(2004, 2006, null, true), '2004–2006'],
    ['project years', formatYears({ year: 2002, year_end: 2005 }), '2002–2005'],
    ['project end year only', formatYears({ year: null, year_end: 2030 }), '–2030'],
    [
      'a cost in another currency with its dollars',
      formatCost({ cost: 5e8, currency: 'EUR', cost_usd: 5.4e8 }),
      '500,000,000 EUR (≈ 540,000,000 USD)',
    ],
    ['compact billions', formatCompact(2.82e9), '2.82B'],
    ['compact small', formatCompact(1400), '1,400'],
  ])('%s', (_name, got, expected) => {
    expect(got).toBe(expected);
  });
});

describe('formatNumber rounding', () => {
  it.each([
    [1624910283.0253375, '1,624,910,283.025338'],
    [0.0000004, '0'],
    [-0.0000004, '0'],
    [2.9999999, '3'],
    [-1234.5, '-1,234.5'],
    [999999.9999999, '1,000,000'],
  ])('%s → %s (as Intl en-US writes it)', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
    expect(formatNumber(n)).toBe(new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(n).replace(/^-0$/, '0'));
  });
});
