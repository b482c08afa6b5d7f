import { describe, expect, it } from 'vitest';
import { FORBIDDEN } from '../../src/ner/model.js';
import { allowedTransition } from '../../src/ner/tags.js';
import { ViterbiScratch, viterbi, viterbiIob2 } from '../../src/ner/viterbi.js';

/** A small deterministic generator (the test's scores, the same at every run). */
function scores(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 20 - 10;
  };
}

describe('viterbiIob2', () => {
  it('gives the tags viterbi gives over transitions that forbid what IOB2 forbids, ties included', () => {
    const T = 9;
    for (let seed = 1; seed <= 300; seed++) {
      const r = scores(seed);
      // Scores rounded to halves in a third of the cases, so that equal sums (ties) occur.
      const x = seed % 3 === 0 ? () => Math.round(r()) / 2 : r;
      const trans = new Float32Array(T * T);
      const start = new Float32Array(T);
      const end = new Float32Array(T);
      for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) trans[p * T + t] = allowedTransition(p, t) ? x() : FORBIDDEN;
      for (let t = 0; t < T; t++) {
        start[t] = allowedTransition(-1, t) ? x() : FORBIDDEN;
        end[t] = x();
      }
      const n = 1 + (seed % 40);
      const emit = Float64Array.from({ length: n * T }, x);
      const want = new Uint8Array(n);
      const got = new Uint8Array(n);
      viterbi(n, T, emit, trans, start, end, want, new ViterbiScratch());
      viterbiIob2(n, emit, trans, start, end, got, new ViterbiScratch());
      expect(Array.from(got)).toEqual(Array.from(want));
    }
  });
});
