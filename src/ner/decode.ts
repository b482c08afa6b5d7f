// Emission scores from feature rows and the best IOB2 path through them.
import { viterbi, viterbi2, viterbi2Iob2, ViterbiScratch } from './viterbi.js';

/** Reusable buffers for decoding one sentence at a time. */
export class DecodeScratch {
  emit = new Float64Array(0);
  rows = new Int32Array(0);
  lattice = new ViterbiScratch();
  emissions(size: number): Float64Array {
    if (this.emit.length < size) this.emit = new Float64Array(size * 2);
    return this.emit;
  }
  rowBuffer(size: number): Int32Array {
    if (this.rows.length < size) this.rows = new Int32Array(size * 2);
    return this.rows;
  }
}

/**
 * Fills `emit[i*T + t]` with the summed weights of position i's feature rows (rows[offsets[i] ..
 * offsets[i+1]), -1 = unknown feature) for each tag t.
 */
export function emissions(
  n: number,
  T: number,
  rows: Int32Array,
  offsets: Int32Array,
  weights: ArrayLike<number>,
  emit: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    const e = i * T;
    for (let t = 0; t < T; t++) emit[e + t] = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const r = rows[k];
      if (r < 0) continue;
      const w = r * T;
      for (let t = 0; t < T; t++) emit[e + t] += weights[w + t];
    }
  }
}

/** The best tag path of a sentence given its feature rows and the model's scores (second order with `trigrams`, viterbi2). */
export function decodeRows(
  n: number,
  T: number,
  rows: Int32Array,
  offsets: Int32Array,
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  out: Uint8Array,
  scratch: DecodeScratch,
  trigrams: ArrayLike<number> | null = null,
): void {
  const emit = scratch.emissions(n * T);
  emissions(n, T, rows, offsets, weights, emit);
  if (trigrams && T === 9) viterbi2Iob2(n, emit, transitions, start, end, trigrams, out, scratch.lattice);
  else if (trigrams) viterbi2(n, T, emit, transitions, start, end, trigrams, out, scratch.lattice);
  else viterbi(n, T, emit, transitions, start, end, out, scratch.lattice);
}
