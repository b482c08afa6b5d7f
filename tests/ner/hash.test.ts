// Feature hashes (src/ner/hash.ts).
import { describe, expect, it } from 'vitest';
import { hashFeature, hashInt, hashIntPair, hashRange } from '../../src/ner/hash.js';

describe('hashRange', () => {
  it.each([
    ['الاستثمارات', 0, 3],
    ['الاستثمارات', 7, 11],
    ['بسمرقند', 0, 0],
    ['JICA', 1, 4],
  ])('hashes %s[%i, %i) as hashFeature hashes the slice', (s, from, to) => {
    for (const template of [0, 4, 17]) expect(hashRange(template, s, from, to)).toBe(hashFeature(template, s.slice(from, to)));
  });
});

describe('hashInt and hashIntPair', () => {
  it.each([0, 7, 10, 99, 100, 65535, 2147483647])('hash %i as hashFeature hashes its decimal string', (n) => {
    expect(hashInt(62, n)).toBe(hashFeature(62, String(n)));
    expect(hashIntPair(70, 2, n)).toBe(hashFeature(70, `2:${n}`));
    expect(hashIntPair(70, n, 0)).toBe(hashFeature(70, `${n}:0`));
  });
  it('fall back to the string for what is no plain non-negative integer', () => {
    expect(hashInt(62, -1)).toBe(hashFeature(62, '-1'));
    expect(hashIntPair(70, 1.5, 3)).toBe(hashFeature(70, '1.5:3'));
  });
});
