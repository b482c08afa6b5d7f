import { describe, expect, it } from 'vitest';
import { FORBIDDEN } from '../../src/ner/model.js';
import { allowedTransition } from '../../src/ner/tags.js';
import { ViterbiScratch, trigramSize, viterbi, viterbi2, viterbi2Iob2, viterbiIob2 } from '../../src/ner/viterbi.js';

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

/** Random IOB2 scores for T = 9 tags: transitions forbidding what IOB2 forbids, start, end. */
function lattice(x: () => number, T = 9): { trans: Float32Array; start: Float32Array; end: Float32Array } {
  const trans = new Float32Array(T * T);
  const start = new Float32Array(T);
  const end = new Float32Array(T);
  for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) trans[p * T + t] = allowedTransition(p, t) ? x() : FORBIDDEN;
  for (let t = 0; t < T; t++) {
    start[t] = allowedTransition(-1, t) ? x() : FORBIDDEN;
    end[t] = x();
  }
  return { trans, start, end };
}

describe('viterbi2', () => {
  it('gives the tags viterbi gives when every trigram scores 0', () => {
    const T = 9;
    for (let seed = 1; seed <= 100; seed++) {
      const x = scores(seed);
      const { trans, start, end } = lattice(x);
      const n = 1 + (seed % 30);
      const emit = Float64Array.from({ length: n * T }, x);
      const want = new Uint8Array(n);
      const got = new Uint8Array(n);
      viterbi(n, T, emit, trans, start, end, want, new ViterbiScratch());
      viterbi2(n, T, emit, trans, start, end, new Float32Array(trigramSize(T)), got, new ViterbiScratch());
      expect(Array.from(got)).toEqual(Array.from(want));
    }
  });

  it('finds the best path of every sequence of three tags scored, checked against all paths', () => {
    const T = 9;
    const score = (tags: number[], emit: Float64Array, l: ReturnType<typeof lattice>, tri: Float32Array): number => {
      let s = l.start[tags[0]] + emit[tags[0]] + l.end[tags[tags.length - 1]];
      for (let i = 1; i < tags.length; i++) {
        s += l.trans[tags[i - 1] * T + tags[i]] + emit[i * T + tags[i]];
        s += tri[((i > 1 ? tags[i - 2] : T) * T + tags[i - 1]) * T + tags[i]];
      }
      return s;
    };
    for (let seed = 1; seed <= 40; seed++) {
      const x = scores(seed);
      const l = lattice(x);
      const tri = Float32Array.from({ length: trigramSize(T) }, () => 3 * x());
      const n = 1 + (seed % 4);
      const emit = Float64Array.from({ length: n * T }, x);
      let best = -Infinity;
      const tags = new Array<number>(n).fill(0);
      for (let code = 0; code < T ** n; code++) {
        for (let i = 0, c = code; i < n; i++, c = Math.floor(c / T)) tags[i] = c % T;
        best = Math.max(best, score(tags, emit, l, tri));
      }
      const got = new Uint8Array(n);
      viterbi2(n, T, emit, l.trans, l.start, l.end, tri, got, new ViterbiScratch());
      expect(score(Array.from(got), emit, l, tri)).toBeCloseTo(best, 6);
      // The trigrams matter: without them another path is best in some lattices (checked below).
    }
  });

  it('viterbi2Iob2 gives the tags viterbi2 gives, ties included', () => {
    const T = 9;
    for (let seed = 1; seed <= 300; seed++) {
      const r = scores(seed);
      const x = seed % 3 === 0 ? () => Math.round(r()) / 2 : r;
      const { trans, start, end } = lattice(x);
      const tri = Float32Array.from({ length: trigramSize(T) }, x);
      const n = 1 + (seed % 40);
      const emit = Float64Array.from({ length: n * T }, x);
      const want = new Uint8Array(n);
      const got = new Uint8Array(n);
      const scratch = new ViterbiScratch();
      viterbi2(n, T, emit, trans, start, end, tri, want, scratch);
      viterbi2Iob2(n, emit, trans, start, end, tri, got, scratch);
      expect(Array.from(got)).toEqual(Array.from(want));
    }
  });

  it('moves the best path when a trigram is scored high enough', () => {
    const T = 9;
    const x = scores(7);
    const l = lattice(x);
    const n = 3;
    const emit = Float64Array.from({ length: n * T }, x);
    const tri = new Float32Array(trigramSize(T));
    // B-ORG (5) I-ORG (6) I-ORG (6) at the start, made best by its trigrams alone.
    tri[(T * T + 5) * T + 6] = 1000;
    tri[(5 * T + 6) * T + 6] = 1000;
    const got = new Uint8Array(n);
    viterbi2(n, T, emit, l.trans, l.start, l.end, tri, got, new ViterbiScratch());
    expect(Array.from(got)).toEqual([5, 6, 6]);
  });
});
