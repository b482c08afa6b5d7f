// Feature hashes (src/ner/hash.ts).
import { describe, expect, it } from 'vitest';
import { hashFeature, hashRange } from '../../src/ner/hash.js';

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
