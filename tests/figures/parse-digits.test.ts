import { describe, expect, it } from 'vitest';
import { parseDigits } from '../../src/figures/parse-digits.js';

describe('separators read by context', () => {
  it.each<[string, boolean, number | null, string]>([
    ['2015', false, 2015, 'no separator'],
    ['2.4', true, 2.4, 'a dot before a scale word is decimal'],
    ['1,59', true, 1.59, 'a comma before a scale word is decimal'],
    ['1,234', true, 1.234, 'even before exactly three digits'],
    ['10,000', false, 10000, 'a lone comma before three digits is thousands'],
    ['4,4', false, 4.4, 'a lone comma before one digit is decimal'],
    ['36,5', false, 36.5, 'a lone comma before one digit is decimal'],
    ['0,23456', false, 0.23456, 'a comma after a zero is decimal'],
    ['256.09', false, 256.09, 'a lone dot is decimal'],
    ['19.198', false, 19.198, 'a lone dot before three digits is still decimal'],
    ['1.108.600', false, 1108600, 'repeated dots group thousands'],
    ['1,700,000', false, 1700000, 'repeated commas group thousands'],
    ['1,234.56', false, 1234.56, 'the last separator is the decimal mark'],
    ['1.234,56', false, 1234.56, 'the last separator is the decimal mark'],
    ['192.168.1.2', false, null, 'an IP address is not one number'],
    ['12.34.56', false, null, 'groups of two are not thousands'],
    ['1,,2', false, null, 'empty group'],
  ])('%s → %s (%s)', (s, beforeScale, value) => {
    expect(parseDigits(s, beforeScale)).toBe(value);
  });
});
