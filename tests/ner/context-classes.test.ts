import { describe, expect, it } from 'vitest';
import { countContexts, projectContexts, sphericalKMeans } from '../../src/ner/context-classes.js';
import { deserializeModel, serializeModel } from '../../src/ner/model.js';
import { NO_CLASS, WordClusters, withSecondView, type ClusterData } from '../../src/ner/word-clusters.js';
import { trainTiny } from './tiny-model.js';

function clusterData(units: string[], granularities: number[], rows: number[][]): ClusterData {
  const starts = new Int32Array(units.length + 1);
  units.forEach((u, r) => {
    starts[r + 1] = starts[r] + u.length;
  });
  const pool = Uint16Array.from(units.join(''), (c) => c.charCodeAt(0));
  return { granularities, source: ['test'], starts, pool, classes: Uint16Array.from(rows.flat()) };
}

describe('context classes', () => {
  it('counts each unit’s left and right neighbours among the frequent contexts only', () => {
    // ids: 0 and 1 are contexts (C = 2); 2 is a unit but no context; 9 is rare (≥ units).
    const cc = countContexts(Int32Array.from([0, 2, 1, 9, 2, 0]), 3, 2);
    const pairs = Array.from(cc.keys, (k, i) => [Math.floor(k / 4), k % 4, cc.counts[i]]);
    // unit 2: left 0 (side 0, ctx 0) once, right 1 (side 1 → 2 + 1) once, right 0 once (the second 2).
    expect(pairs).toContainEqual([2, 0, 1]);
    expect(pairs).toContainEqual([2, 3, 1]);
    expect(pairs).toContainEqual([2, 2, 1]);
    // unit 0: right neighbour 2 is no context; unit 1: left 2 and right 9 are none.
    expect(pairs.filter(([w]) => w !== 2)).toEqual([]);
  });

  it('puts units with the same neighbours in one class and units with other neighbours in another', () => {
    // Contexts 0..3; units 4,5 sit between 0 and 1, units 6,7 between 2 and 3.
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) ids.push(0, 4, 1, 0, 5, 1, 2, 6, 3, 2, 7, 3);
    const cc = countContexts(Int32Array.from(ids), 8, 4);
    const vectors = projectContexts(cc, 16, 1);
    const classes = sphericalKMeans(vectors, 16, 2, 5, 3);
    expect(classes[4]).toBe(classes[5]);
    expect(classes[6]).toBe(classes[7]);
    expect(classes[4]).not.toBe(classes[6]);
    // Deterministic: the same input gives the same classes.
    expect(sphericalKMeans(projectContexts(cc, 16, 1), 16, 2, 5, 3)).toEqual(classes);
  });

  it('joins a second view after the first, NO_CLASS where the second lacks a unit, and keeps it in the model', () => {
    const primary = clusterData(
      ['قال', 'محمد'],
      [4, 2],
      [
        [1, 0],
        [3, 1],
      ],
    );
    const second = clusterData(['محمد', 'غير'], [8], [[7], [2]]);
    const joined = withSecondView(primary, second);
    expect(joined.granularities).toEqual([4, 2, 8]);
    expect(joined.second).toBe(1);
    const index = new WordClusters(joined);
    expect(index.classesOf('محمد')).toEqual(Uint16Array.from([3, 1, 7]));
    expect(index.classesOf('قال')).toEqual(Uint16Array.from([1, 0, NO_CLASS]));
    expect(index.classesOf('غير')).toBeNull();
    const { model } = trainTiny({ clusters: joined });
    const back = deserializeModel(serializeModel(model));
    expect(back.clusters?.second).toBe(1);
    expect(back.clusters?.granularities).toEqual([4, 2, 8]);
  });
});
