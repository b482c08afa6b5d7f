import { describe, expect, it } from 'vitest';
import { classesAt, classPaths, countBigrams, exchangeCluster } from '../../src/ner/exchange-clustering.js';

describe('countBigrams', () => {
  it('counts each adjacent pair once per occurrence, sorted by first then second word', () => {
    const b = countBigrams(3, [Int32Array.from([0, 1, 2, 0, 1, 1])]);
    const pairs = Array.from(b.first, (f, i) => [f, b.second[i], b.count[i]]);
    expect(pairs).toEqual([
      [0, 1, 2],
      [1, 1, 1],
      [1, 2, 1],
      [2, 0, 1],
    ]);
  });
});

// Two kinds of word in two kinds of place: people after "said" (word 0), cities after "in"
// (word 1). The people are 2..5, the cities 6..9, the boundary 10. With five classes, the two
// kinds take one each (with four, this corpus gains as much from keeping "said" and "in" apart).
function toyCorpus(): Int32Array {
  const seq: number[] = [10];
  for (let r = 0; r < 40; r++) {
    seq.push(0, 2 + (r % 4), 1, 6 + ((r * 3) % 4), 10);
    seq.push(1, 6 + (r % 4), 0, 2 + ((r * 3) % 4), 10);
  }
  return Int32Array.from(seq);
}

describe('exchangeCluster', () => {
  const bigrams = countBigrams(11, [toyCorpus()]);
  const result = exchangeCluster(bigrams, { classes: 5, iterations: 5 });

  it('puts words seen in the same places in the same class', () => {
    const c = result.classOf;
    expect(new Set([c[2], c[3], c[4], c[5]]).size).toBe(1);
    expect(new Set([c[6], c[7], c[8], c[9]]).size).toBe(1);
    expect(c[2]).not.toBe(c[6]);
  });

  it('is deterministic', () => {
    const again = exchangeCluster(bigrams, { classes: 5, iterations: 5 });
    expect(Array.from(again.classOf)).toEqual(Array.from(result.classOf));
    expect(again.merges).toEqual(result.merges);
  });

  it('stops moving words once they have settled', () => {
    expect(result.moves[result.moves.length - 1]).toBe(0);
  });

  it('merges the classes down to one, each class merged away once', () => {
    expect(result.merges).toHaveLength(4);
    expect(new Set(result.merges.map(([, b]) => b)).size).toBe(4);
  });
});

describe('classesAt and classPaths', () => {
  // Four classes: 1 merged into 0, then 3 into 2, then 2 into 0.
  const merges: [number, number][] = [
    [0, 1],
    [2, 3],
    [0, 2],
  ];

  it.each([
    [4, [0, 1, 2, 3]],
    [3, [0, 0, 1, 2]],
    [2, [0, 0, 1, 1]],
    [1, [0, 0, 0, 0]],
  ])('gives the classes left when %i remain', (count, expected) => {
    expect(Array.from(classesAt(merges, 4, count))).toEqual(expected);
  });

  it('gives each class its path from the root, the merged side as 1', () => {
    expect(classPaths(merges, 4)).toEqual(['00', '01', '10', '11']);
  });
});
