// Step 5's overlap policy: longest first, containers keep places, the tagger fills gaps.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/entities/candidate.js';
import { resolveOverlaps } from '../../src/entities/05-resolve-overlaps.js';

function cand(start: number, end: number, type: Candidate['type'], via: Candidate['via'], container = false): Candidate {
  return {
    tokenStart: start,
    tokenEnd: end,
    start,
    end,
    type,
    key: null,
    name: '',
    nameEn: null,
    via,
    rule: 'test',
    priority: 0,
    container,
  };
}

describe("a container keeps the tagger's places inside it", () => {
  it.each<[string, Candidate, Candidate, boolean]>([
    ['a town inside a stadium (ملعب الجونة)', cand(0, 2, 'LOCATION', 'pattern', true), cand(1, 2, 'CITY', 'model'), true],
    ['a place inside an event (مهرجان بريغنز)', cand(0, 2, 'EVENT', 'pattern', true), cand(1, 2, 'CITY', 'model'), true],
    ['no organisation inside an event (معرض ايتكس 2015)', cand(0, 3, 'EVENT', 'pattern', true), cand(1, 2, 'ORG', 'model'), false],
    ['no place inside a name that is no container', cand(0, 2, 'ORG', 'pattern'), cand(1, 2, 'CITY', 'model'), false],
  ])('%s', (_why, outer, inner, kept) => {
    expect(resolveOverlaps([outer], [inner]).includes(inner)).toBe(kept);
  });
});
