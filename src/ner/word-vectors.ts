// Real-valued word vectors of the unlabeled news (issue 17: "embeddings"), given to the tagger as
// binarized dimensions (Guo, Che, Wang & Liu 2014, "Revisiting Embedding Features for Simple
// Semi-supervised Learning": a dimension is + above the mean of its positive values, − below the
// mean of its negative ones, and nothing between, which a linear tagger reads better than the raw
// values). The vectors are the PPMI matrix of context-classes.ts (each unit's left and right
// neighbours among the most frequent units) reduced by a randomized truncated SVD (Halko,
// Martinsson & Tropp 2011) with two power iterations, rows U Σ^½ scaled to unit length (Levy,
// Goldberg & Dagan 2015's eigenvalue weighting). Memory: the sparse counts, V × (k + 10) float64
// twice, and small dense matrices.
import type { ContextCounts } from './context-classes.js';
import { seededRandom } from '../model/seeded-random.js';

/** The PPMI values of the pairs of `cc` (same order as its keys; a non-positive PMI is 0). */
export function ppmiValues(cc: ContextCounts): Float32Array {
  const C2 = 2 * cc.contexts;
  const rowTotal = new Float64Array(cc.units);
  const colTotal = new Float64Array(C2);
  for (let i = 0; i < cc.keys.length; i++) {
    const w = Math.floor(cc.keys[i] / C2);
    rowTotal[w] += cc.counts[i];
    colTotal[cc.keys[i] - w * C2] += cc.counts[i];
  }
  let smoothed = 0;
  for (let c = 0; c < C2; c++) smoothed += colTotal[c] ** 0.75;
  const out = new Float32Array(cc.keys.length);
  for (let i = 0; i < cc.keys.length; i++) {
    const w = Math.floor(cc.keys[i] / C2);
    const c = cc.keys[i] - w * C2;
    const pmi = Math.log((cc.counts[i] * smoothed) / (rowTotal[w] * colTotal[c] ** 0.75));
    out[i] = Math.max(pmi, 0);
  }
  return out;
}

/** Y (V × k) = M X, M the sparse PPMI (V × 2C), X dense (2C × k). */
function timesDense(cc: ContextCounts, values: Float32Array, x: Float64Array, k: number): Float64Array {
  const C2 = 2 * cc.contexts;
  const y = new Float64Array(cc.units * k);
  for (let i = 0; i < cc.keys.length; i++) {
    const v = values[i];
    if (v === 0) continue;
    const w = Math.floor(cc.keys[i] / C2);
    const c = cc.keys[i] - w * C2;
    const yr = w * k;
    const xr = c * k;
    for (let d = 0; d < k; d++) y[yr + d] += v * x[xr + d];
  }
  return y;
}

/** Z (2C × k) = Mᵀ Q, Q dense (V × k). */
function transposeTimes(cc: ContextCounts, values: Float32Array, q: Float64Array, k: number): Float64Array {
  const C2 = 2 * cc.contexts;
  const z = new Float64Array(C2 * k);
  for (let i = 0; i < cc.keys.length; i++) {
    const v = values[i];
    if (v === 0) continue;
    const w = Math.floor(cc.keys[i] / C2);
    const c = cc.keys[i] - w * C2;
    const zr = c * k;
    const qr = w * k;
    for (let d = 0; d < k; d++) z[zr + d] += v * q[qr + d];
  }
  return z;
}

/**
 * Orthonormalizes the k columns of a (rows × k, row-major) in place, modified Gram-Schmidt; a
 * column that was (numerically) in the span of those before it becomes zero.
 */
export function orthonormalize(a: Float64Array, rows: number, k: number): void {
  for (let j = 0; j < k; j++) {
    let before = 0;
    for (let r = 0; r < rows; r++) before += a[r * k + j] ** 2;
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += a[r * k + j] * a[r * k + p];
      for (let r = 0; r < rows; r++) a[r * k + j] -= dot * a[r * k + p];
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += a[r * k + j] ** 2;
    const s = norm > before * 1e-20 && norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let r = 0; r < rows; r++) a[r * k + j] *= s;
  }
}

/** Eigenvalues (descending) and eigenvectors (columns of vecs, n × n row-major) of a symmetric matrix, cyclic Jacobi. */
export function symmetricEigen(m: Float64Array, n: number): { values: Float64Array; vecs: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const arp = a[r * n + p];
          const arq = a[r * n + q];
          a[r * n + p] = c * arp - s * arq;
          a[r * n + q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p * n + r];
          const aqr = a[q * n + r];
          a[p * n + r] = c * apr - s * aqr;
          a[q * n + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r * n + p];
          const vrq = v[r * n + q];
          v[r * n + p] = c * vrp - s * vrq;
          v[r * n + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y] - a[x * n + x]);
  const values = Float64Array.from(order, (i) => a[i * n + i]);
  const vecs = new Float64Array(n * n);
  order.forEach((i, j) => {
    for (let r = 0; r < n; r++) vecs[r * n + j] = v[r * n + i];
  });
  return { values, vecs };
}

/**
 * The units' vectors (V × dims, float32): a randomized SVD of the PPMI matrix, U Σ^½, each row
 * scaled to unit length (a unit with no context stays zero).
 */
export function svdVectors(
  cc: ContextCounts,
  dims: number,
  seed: number,
  powerIterations = 2,
): { vectors: Float32Array; singular: number[] } {
  const values = ppmiValues(cc);
  const C2 = 2 * cc.contexts;
  // Ten more columns than asked (oversampling), but no more than the matrix has.
  const k = Math.min(dims + 10, cc.units, C2);
  if (k < dims) throw new Error(`word vectors: ${dims} dimensions asked of a ${cc.units} × ${C2} matrix`);
  const rnd = seededRandom(seed);
  const omega = new Float64Array(C2 * k);
  for (let i = 0; i < omega.length; i++) omega[i] = rnd() < 0.5 ? -1 : 1;
  let q = timesDense(cc, values, omega, k);
  orthonormalize(q, cc.units, k);
  for (let it = 0; it < powerIterations; it++) {
    const z = transposeTimes(cc, values, q, k);
    orthonormalize(z, C2, k);
    q = timesDense(cc, values, z, k);
    orthonormalize(q, cc.units, k);
  }
  // B = Qᵀ M (k × 2C); B Bᵀ = U_B Λ U_Bᵀ; U = Q U_B, σ = √λ.
  const bt = transposeTimes(cc, values, q, k);
  const bbt = new Float64Array(k * k);
  for (let c = 0; c < C2; c++)
    for (let i = 0; i < k; i++) {
      const x = bt[c * k + i];
      if (x === 0) continue;
      for (let j = 0; j < k; j++) bbt[i * k + j] += x * bt[c * k + j];
    }
  const { values: lambda, vecs } = symmetricEigen(bbt, k);
  const weight = Array.from({ length: dims }, (_, d) => Math.max(lambda[d], 0) ** 0.25);
  const vectors = new Float32Array(cc.units * dims);
  for (let r = 0; r < cc.units; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      let u = 0;
      for (let j = 0; j < k; j++) u += q[r * k + j] * vecs[j * k + d];
      const x = u * weight[d];
      vectors[r * dims + d] = x;
      norm += x * x;
    }
    if (norm > 0) {
      const s = 1 / Math.sqrt(norm);
      for (let d = 0; d < dims; d++) vectors[r * dims + d] *= s;
    }
  }
  return { vectors, singular: Array.from(lambda.subarray(0, dims), (l) => Math.sqrt(Math.max(l, 0))) };
}

/**
 * Binarized dimensions (Guo et al. 2014): 1 where the value is above the mean of the dimension's
 * positive values, 2 below the mean of its negative ones, 0 between (no feature).
 */
export function binarize(vectors: Float32Array, dims: number): Uint8Array {
  const n = vectors.length / dims;
  const out = new Uint8Array(vectors.length);
  for (let d = 0; d < dims; d++) {
    let pos = 0;
    let np = 0;
    let neg = 0;
    let nn = 0;
    for (let r = 0; r < n; r++) {
      const x = vectors[r * dims + d];
      if (x > 0) {
        pos += x;
        np++;
      } else if (x < 0) {
        neg += x;
        nn++;
      }
    }
    const hi = np ? pos / np : Infinity;
    const lo = nn ? neg / nn : -Infinity;
    for (let r = 0; r < n; r++) {
      const x = vectors[r * dims + d];
      out[r * dims + d] = x > hi ? 1 : x < lo ? 2 : 0;
    }
  }
  return out;
}
