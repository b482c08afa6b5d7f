import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/entities/candidate.js';
import { CandidateIndex } from '../../src/entities/patterns/lexicon-index.js';

const cand = (tokenStart: number, tokenEnd: number, type: Candidate['type'], priority = 0): Candidate => ({
  tokenStart,
  tokenEnd,
  start: tokenStart * 10,
  end: tokenEnd * 10,
  type,
  key: null,
  name: `${type} ${tokenStart}-${tokenEnd}`,
  nameEn: null,
  via: 'name',
  rule: 'lexicon',
  priority,
});

// Unsorted, with ties, nested and overlapping spans, a span far into the document.
const all = [
  cand(7, 9, 'CITY'),
  cand(2, 3, 'COUNTRY'),
  cand(2, 5, 'ORG', 1),
  cand(2, 5, 'ORG', 0),
  cand(3, 4, 'CITY'),
  cand(7, 8, 'COUNTRY'),
  cand(2, 3, 'CITY'),
  cand(400, 403, 'REGION'),
];

/** What the index answered when it kept a list per token. */
function referenceAt(i: number, types?: readonly string[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of all) {
    if (c.tokenStart !== i || (types && !types.includes(c.type))) continue;
    if (!best || c.tokenEnd > best.tokenEnd || (c.tokenEnd === best.tokenEnd && c.priority < best.priority)) best = c;
  }
  return best;
}

describe('the lexicon candidates by token', () => {
  const index = new CandidateIndex(all);
  const positions = [...Array(12).keys(), 399, 400, 401, 402, 403, 404];

  it.each(positions)('at(%i) is the longest candidate starting there, the first of a tie', (i) => {
    expect(index.at(i)).toBe(referenceAt(i));
    expect(index.at(i, ['CITY', 'COUNTRY'])).toBe(referenceAt(i, ['CITY', 'COUNTRY']));
    expect(index.at(i, ['REGION'])).toBe(referenceAt(i, ['REGION']));
  });

  it.each(positions)('over(%i) lists the candidates covering the token', (i) => {
    const covering = all.filter((c) => c.tokenStart <= i && i < c.tokenEnd);
    expect(new Set(index.over(i))).toEqual(new Set(covering));
    expect(index.over(i)).toHaveLength(covering.length);
  });

  it('answers nothing without candidates', () => {
    const none = new CandidateIndex([]);
    expect(none.at(0)).toBeUndefined();
    expect(none.over(0)).toHaveLength(0);
  });
});
