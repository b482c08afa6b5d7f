import { describe, expect, it } from 'vitest';
import { matchBipartite } from '../../src/eval/match-bipartite.js';

describe('matchBipartite', () => {
  it.each([
    ['no edges', [[], []], 2, [-1, -1]],
    ['one each', [[0], [1]], 2, [0, 1]],
    ['re-routes the first match to make room', [[0, 1], [0]], 2, [1, 0]],
    ['more gold than system', [[0], [0]], 1, [0, -1]],
  ] as const)('%s', (_, edges, n, expected) => {
    expect(matchBipartite(edges as unknown as number[][], n)).toEqual(expected);
  });

  it('items earlier in the order keep their match', () => {
    // Gold 1 (required) and gold 0 (optional) both want system 0: required first wins.
    expect(matchBipartite([[0], [0]], 1, [1, 0])).toEqual([-1, 0]);
  });
});
