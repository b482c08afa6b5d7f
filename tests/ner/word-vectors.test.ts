import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countContexts } from '../../src/ner/context-classes.js';
import { wordFeatures } from '../../src/ner/features.js';
import { deserializeModel, serializeModel } from '../../src/ner/model.js';
import { readClusterFile, WordClusters, withSecondView, type ClusterData } from '../../src/ner/word-clusters.js';
import { binarize, orthonormalize, svdVectors, symmetricEigen } from '../../src/ner/word-vectors.js';
import { viewOfString } from '../../src/ner/word-view.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';
import { trainTiny } from './tiny-model.js';

function clusterData(units: string[], granularities: number[], rows: number[][]): ClusterData {
  const starts = new Int32Array(units.length + 1);
  units.forEach((u, r) => {
    starts[r + 1] = starts[r] + u.length;
  });
  const pool = Uint16Array.from(units.join(''), (c) => c.charCodeAt(0));
  return { granularities, source: ['test'], starts, pool, classes: Uint16Array.from(rows.flat()) };
}

describe('word vectors', () => {
  it('finds the eigenvalues and eigenvectors of a symmetric matrix', () => {
    const { values, vecs } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(Array.from(values, (v) => Math.round(v * 1e9) / 1e9)).toEqual([5, 3, 1]);
    // The eigenvector of 3 is (1, 1, 0)/√2, up to sign.
    expect(Math.abs(vecs[0 * 3 + 1])).toBeCloseTo(Math.SQRT1_2, 9);
    expect(Math.abs(vecs[1 * 3 + 1])).toBeCloseTo(Math.SQRT1_2, 9);
    expect(vecs[2 * 3 + 1]).toBeCloseTo(0, 9);
  });

  it('orthonormalizes columns', () => {
    const a = Float64Array.from([1, 1, 0, 1, 1, 0]);
    orthonormalize(a, 3, 2);
    const dot = (i: number, j: number) => a[i] * a[j] + a[2 + i] * a[2 + j] + a[4 + i] * a[4 + j];
    expect(dot(0, 0)).toBeCloseTo(1, 9);
    expect(dot(1, 1)).toBeCloseTo(1, 9);
    expect(dot(0, 1)).toBeCloseTo(0, 9);
  });

  it('gives units with the same neighbours close vectors and units with other neighbours far ones, deterministically', () => {
    // Contexts 0..3; units 4,5 sit between 0 and 1, units 6,7 between 2 and 3.
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) ids.push(0, 4, 1, 8, 0, 5, 1, 8);
    for (let i = 0; i < 20; i++) ids.push(2, 6, 3, 8, 2, 7, 3, 8);
    const cc = countContexts(Int32Array.from(ids), 8, 4);
    const D = 3;
    const { vectors } = svdVectors(cc, D, 1);
    const cos = (a: number, b: number) => {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += vectors[a * D + d] * vectors[b * D + d];
      return dot;
    };
    expect(cos(4, 5)).toBeGreaterThan(0.99);
    expect(cos(6, 7)).toBeGreaterThan(0.99);
    expect(Math.abs(cos(4, 7))).toBeLessThan(0.1);
    expect(svdVectors(cc, D, 1).vectors).toEqual(vectors);
  });

  it('binarizes a dimension against the means of its positive and negative values', () => {
    // Positive mean 0.5, negative mean −0.2: 0.9 high, 0.1 neither, −0.3 low, −0.1 neither.
    expect(Array.from(binarize(Float32Array.from([0.9, 0.1, -0.3, -0.1]), 1))).toEqual([1, 0, 2, 0]);
  });

  it('reads b1..bD columns as binarized dimensions, gives the word and its neighbours a feature for each high or low one, and keeps the flag in the model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-vectors-'));
    const file = join(dir, 'vectors.tsv');
    writeFileSync(file, ['# test', 'unit\tcount\tb1\tb2\tb3', 'محمد\t5\t1\t0\t2', 'قال\t9\t0\t0\t0', ''].join('\n'));
    const vectors = readClusterFile(file);
    expect(vectors.binary).toBe(true);
    expect(vectors.granularities).toEqual([1, 2, 3]);
    const primary = clusterData(
      ['محمد', 'قال'],
      [4, 2],
      [
        [3, 1],
        [1, 0],
      ],
    );
    const joined = withSecondView(primary, vectors);
    expect(joined.binary).toBe(true);
    const index = new WordClusters(joined);
    const view = viewOfString('محمد', defaultWordKnowledge());
    const classes = index.classesOf('محمد');
    const plain = wordFeatures(view, undefined, 0, classes, 3, 'no');
    const own = wordFeatures(view, undefined, 0, classes, 3, 'own');
    const near = wordFeatures(view, undefined, 0, classes, 3, 'near');
    // The two non-zero dimensions are the word's own features (and, with 'near', its neighbours'); the zero one none.
    expect(own.own.length).toBe(plain.own.length - 1);
    expect(near.own).toEqual(own.own);
    // Plain classes give the neighbours the second view's finer two (2 here); 'own' none, 'near' the two non-zero dimensions.
    expect(own.near.length).toBe(plain.near.length - 2);
    expect(near.near.length).toBe(plain.near.length);
    const quiet = wordFeatures(viewOfString('قال', defaultWordKnowledge()), undefined, 0, index.classesOf('قال'), 3, 'own');
    const quietPlain = wordFeatures(viewOfString('قال', defaultWordKnowledge()), undefined, 0, index.classesOf('قال'), 3, 'no');
    expect(quiet.own.length).toBe(quietPlain.own.length - 3);
    const { model } = trainTiny({ clusters: { ...joined, binaryNear: true } });
    const back = deserializeModel(serializeModel(model));
    expect(back.clusters?.binary).toBe(true);
    expect(back.clusters?.binaryNear).toBe(true);
    expect(back.clusters?.second).toBe(3);
  });
});
