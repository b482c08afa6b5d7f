// A second view of word classes (issue 17: "embeddings reduced to cluster ids at several
// granularities"): each frequent unit of the unlabeled news as a vector of its left and right
// neighbours (the C most frequent units on each side, weighted by positive pointwise mutual
// information), reduced to D dimensions by a fixed random projection, then grouped by spherical
// k-means at several class counts. The exchange clustering of word-clusters.tsv groups words by
// the classes around them; this groups them by the words around them, without class bigrams.
// Memory is bounded by the vocabulary: the pairs are counted by sorting one integer array, and
// the vectors are V × D float32.
import { seededRandom } from '../model/seeded-random.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';
import type { Script } from './script.js';
import { readUnitSequence } from './unlabeled.js';

/** Counts of (unit, side, context) pairs from a token id sequence. */
export interface ContextCounts {
  /** Units counted (ids 0..V-1 are the units, most frequent first); contexts are ids 0..C-1. */
  units: number;
  contexts: number;
  /** Pair key (unit * 2C + side * C + context) and its count, keys ascending. */
  keys: Int32Array;
  counts: Int32Array;
}

/**
 * Counts the neighbours of every unit id < `units` among the `contexts` most frequent ids, on each
 * side, in `ids` (units ranked by frequency; any id ≥ units, such as a rare or boundary id, is
 * neither counted nor a context).
 */
export function countContexts(ids: Int32Array, units: number, contexts: number): ContextCounts {
  const C = contexts;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = ids[i];
    if (w >= units) continue;
    if (i > 0 && ids[i - 1] < C) n++;
    if (i + 1 < ids.length && ids[i + 1] < C) n++;
  }
  const pairs = new Int32Array(n);
  n = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = ids[i];
    if (w >= units) continue;
    if (i > 0 && ids[i - 1] < C) pairs[n++] = w * 2 * C + ids[i - 1];
    if (i + 1 < ids.length && ids[i + 1] < C) pairs[n++] = w * 2 * C + C + ids[i + 1];
  }
  pairs.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || pairs[i] !== pairs[i - 1]) distinct++;
  const keys = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || pairs[i] !== pairs[i - 1]) keys[++k] = pairs[i];
    counts[k]++;
  }
  return { units, contexts, keys, counts };
}

/**
 * The units' vectors: PPMI weights of their contexts, projected by a random ±1 matrix of
 * 2C × D (Achlioptas 2003), each row scaled to unit length (a row with no context stays zero).
 */
export function projectContexts(cc: ContextCounts, dims: number, seed: number): Float32Array {
  const C2 = 2 * cc.contexts;
  const rnd = seededRandom(seed);
  const signs = new Float32Array(C2 * dims);
  for (let i = 0; i < signs.length; i++) signs[i] = rnd() < 0.5 ? -1 : 1;
  const rowTotal = new Float64Array(cc.units);
  const colTotal = new Float64Array(C2);
  for (let i = 0; i < cc.keys.length; i++) {
    const key = cc.keys[i];
    const w = Math.floor(key / C2);
    rowTotal[w] += cc.counts[i];
    colTotal[key - w * C2] += cc.counts[i];
  }
  // Context distribution smoothed (α = 0.75, Levy et al. 2015), so rare contexts weigh less.
  let smoothed = 0;
  for (let c = 0; c < C2; c++) smoothed += colTotal[c] ** 0.75;
  const vectors = new Float32Array(cc.units * dims);
  for (let i = 0; i < cc.keys.length; i++) {
    const key = cc.keys[i];
    const w = Math.floor(key / C2);
    const c = key - w * C2;
    const pmi = Math.log((cc.counts[i] * smoothed) / (rowTotal[w] * colTotal[c] ** 0.75));
    if (pmi <= 0) continue;
    const row = w * dims;
    const s = c * dims;
    for (let d = 0; d < dims; d++) vectors[row + d] += pmi * signs[s + d];
  }
  normalizeRows(vectors, dims);
  return vectors;
}

function normalizeRows(vectors: Float32Array, dims: number): void {
  for (let row = 0; row < vectors.length; row += dims) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += vectors[row + d] * vectors[row + d];
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    for (let d = 0; d < dims; d++) vectors[row + d] *= scale;
  }
}

/**
 * Spherical k-means (cosine similarity) of the unit vectors into `k` classes, `iterations`
 * rounds, started from k rows chosen by a seeded draw among the rows with a vector. Returns each
 * row's class (a zero row: class 0).
 */
export function sphericalKMeans(vectors: Float32Array, dims: number, k: number, iterations: number, seed: number): Uint16Array {
  const n = vectors.length / dims;
  const rnd = seededRandom(seed);
  const live: number[] = [];
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += vectors[r * dims + d] ** 2;
    if (norm > 0) live.push(r);
  }
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k && live.length > 0; c++) {
    const pick = live.splice(Math.floor(rnd() * live.length), 1)[0];
    centroids.set(vectors.subarray(pick * dims, pick * dims + dims), c * dims);
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < n; r++) {
      const row = r * dims;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const at = c * dims;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vectors[row + d] * centroids[at + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[r] = best;
    }
    const sums = new Float32Array(k * dims);
    for (let r = 0; r < n; r++) {
      const at = assign[r] * dims;
      const row = r * dims;
      for (let d = 0; d < dims; d++) sums[at + d] += vectors[row + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      // An empty class keeps its centroid.
      if (norm > 0) centroids.set(sums.subarray(c * dims, c * dims + dims), c * dims);
    }
    normalizeRows(centroids, dims);
  }
  return assign;
}

/** The unlabeled news ranked for context counting: its units, their counts and ranks, and the (unit, context) pairs. */
export interface RankedNews {
  articles: number;
  /** Tokens and paragraph boundaries read. */
  length: number;
  units: string[];
  counts: ArrayLike<number>;
  /** The units seen `minCount` times or more, most frequent first (ties by code units): `order[r]` is the unit of rank r. */
  order: number[];
  cc: ContextCounts;
}

/**
 * Reads the unlabeled news of `dir` as units (readUnitSequence), ranks those seen `minCount` times
 * or more by falling frequency (rarer units and boundaries rank past them) and counts each ranked
 * unit's neighbours among the `contexts` most frequent: what train:context-words and
 * train:word-vectors both start from.
 */
export async function rankedNews(
  dir: string,
  knowledge: WordKnowledge,
  options: { maxArticles: number; minCount: number; contexts: number },
): Promise<RankedNews> {
  const { units, counts, seq, articles } = await readUnitSequence(dir, knowledge, { maxArticles: options.maxArticles });
  const length = seq.length;
  const order = units
    .map((_, i) => i)
    .filter((i) => counts[i] >= options.minCount)
    .sort((a, b) => counts[b] - counts[a] || (units[a] < units[b] ? -1 : units[a] > units[b] ? 1 : 0));
  const V = order.length;
  const rank = new Int32Array(units.length).fill(V);
  for (let r = 0; r < V; r++) rank[order[r]] = r;
  const ids = seq.subarray(0, length);
  for (let i = 0; i < length; i++) ids[i] = ids[i] < 0 ? V + 1 : rank[ids[i]];
  const cc = countContexts(ids, V, Math.min(options.contexts, V));
  return { articles, length, units, counts, order, cc };
}

/**
 * rankedNews over `shared`/unlabeled for a training script: no article there is a usage error,
 * and the counts go to its progress log.
 */
export async function rankedNewsOf(
  cli: Pick<Script, 'fail' | 'log' | 'elapsed'>,
  shared: string,
  options: { maxArticles: number; minCount: number; contexts: number },
): Promise<RankedNews> {
  const news = await rankedNews(`${shared}/unlabeled`, defaultWordKnowledge(), options);
  if (news.articles === 0) cli.fail(`no articles in ${shared}/unlabeled`);
  cli.log(`${news.articles} articles: ${news.length} tokens and boundaries, ${news.units.length} units (${cli.elapsed()})`);
  cli.log(
    `${news.order.length} units seen ${options.minCount} times or more; ${news.cc.keys.length} (unit, context) pairs (${cli.elapsed()})`,
  );
  return news;
}
