// Word classes by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998) with
// the predictive class-bigram model of Uszkoreit & Brants (2008), in both directions as in
// Dehdari, Tan & van Genabith (2016, ClusterCat's "bidirectional" exchange): a word is
// predicted from the word before it through its class, P(w | v) = P(w | c(w)) P(c(w) | v), and
// likewise from the word after it. Moving one word to another class changes only the counts of
// the words around it, so every word in turn moves to the class that raises the likelihood most;
// the passes are repeated a fixed number of times (deterministic: words in frequency order,
// ties to the lowest class). Then the classes are merged greedily, two at a time, by the least
// loss of the same likelihood (as Brown et al. 1992 merge words), which gives coarser
// granularities of the same classes and a binary path for each.
//
// The likelihood, up to terms that do not depend on the classes, is
//   Σ_{v,c} f(N(v,c)) − Σ_c f(N(c))  +  Σ_{x,c} f(M(x,c)) − Σ_c f(N'(c)),   f(n) = n ln n,
// with N(v,c) the bigrams (v, w) with w in c, M(x,c) the bigrams (w, x) with w in c, and N(c),
// N'(c) the counts of c's words as second and first word of a bigram.

/** Bigram counts over word ids 0..words-1, sorted by first word then second (unique pairs). */
export interface Bigrams {
  words: number;
  first: Int32Array;
  second: Int32Array;
  count: Int32Array;
}

export interface ExchangeOptions {
  /** Number of classes. */
  classes: number;
  /** Passes over the words. */
  iterations: number;
  /** Words 0..movable-1 are clustered; the others keep the class they start in (default all). */
  movable?: number;
  /** Context words the merge step looks at (the most frequent ids). */
  mergeContexts?: number;
  log?: (message: string) => void;
}

export interface ExchangeResult {
  /** The class of each word id. */
  classOf: Int32Array;
  /** Words moved in each pass. */
  moves: number[];
  /** The merges, in order: [kept class, merged class] (class ids of the flat clustering). */
  merges: [number, number][];
}

/** Bigrams of id sequences; `sequences` yields Int32Arrays of ids (a boundary id is the caller's). */
export function countBigrams(words: number, sequences: Iterable<Int32Array>): Bigrams {
  // Pairs as one number (first * words + second), sorted, then run-length counted. The keys
  // are collected in chunks so that memory stays at 8 bytes a bigram.
  let keys = new Float64Array(1 << 20);
  let n = 0;
  for (const seq of sequences) {
    if (n + seq.length > keys.length) {
      let size = keys.length * 2;
      while (size < n + seq.length) size *= 2;
      const bigger = new Float64Array(size);
      bigger.set(keys.subarray(0, n));
      keys = bigger;
    }
    for (let i = 1; i < seq.length; i++) keys[n++] = seq[i - 1] * words + seq[i];
  }
  const sorted = keys.subarray(0, n).sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
  const first = new Int32Array(unique);
  const second = new Int32Array(unique);
  const count = new Int32Array(unique);
  let u = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      u++;
      const k = sorted[i];
      first[u] = Math.floor(k / words);
      second[u] = k - first[u] * words;
    }
    count[u]++;
  }
  return { words, first, second, count };
}

/** n ln n, from a table for small n. */
class XLogX {
  private readonly table: Float64Array;
  constructor(size = 1 << 21) {
    this.table = new Float64Array(size);
    for (let i = 1; i < size; i++) this.table[i] = i * Math.log(i);
  }
  at(n: number): number {
    return n < this.table.length ? this.table[n] : n * Math.log(n);
  }
}

/** Compressed rows: for each word, its neighbours (ids) and the counts of the pairs. */
interface Rows {
  start: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
}

function rowsOf(words: number, from: Int32Array, to: Int32Array, count: Int32Array): Rows {
  const start = new Int32Array(words + 1);
  for (let i = 0; i < from.length; i++) start[from[i] + 1]++;
  for (let w = 0; w < words; w++) start[w + 1] += start[w];
  const fill = start.slice(0, words);
  const ids = new Int32Array(from.length);
  const counts = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const at = fill[from[i]]++;
    ids[at] = to[i];
    counts[at] = count[i];
  }
  return { start, ids, counts };
}

/**
 * Clusters words by the bidirectional predictive exchange algorithm, then merges the classes
 * down to one. Word ids should be in order of falling frequency (the initial classes are
 * id mod classes, and words are visited in id order).
 */
export function exchangeCluster(bigrams: Bigrams, options: ExchangeOptions): ExchangeResult {
  const K = options.classes;
  const W = bigrams.words;
  const movable = Math.min(options.movable ?? W, W);
  const log = options.log ?? (() => {});
  const f = new XLogX();
  // succ: for each v, the words after it; pred: for each w, the words before it.
  const succ = rowsOf(W, bigrams.first, bigrams.second, bigrams.count);
  const pred = rowsOf(W, bigrams.second, bigrams.first, bigrams.count);
  const classOf = new Int32Array(W);
  for (let w = 0; w < W; w++) classOf[w] = w % K;
  // NL[v*K + c]: bigrams (v, w) with w in c; MR[x*K + c]: bigrams (w, x) with w in c.
  const NL = new Int32Array(W * K);
  const MR = new Int32Array(W * K);
  const nL = new Float64Array(W);
  const nR = new Float64Array(W);
  const cL = new Float64Array(K);
  const cR = new Float64Array(K);
  for (let v = 0; v < W; v++) {
    for (let j = succ.start[v]; j < succ.start[v + 1]; j++) {
      const w = succ.ids[j];
      const n = succ.counts[j];
      NL[v * K + classOf[w]] += n;
      MR[w * K + classOf[v]] += n;
      nL[w] += n;
      nR[v] += n;
    }
  }
  for (let w = 0; w < W; w++) {
    cL[classOf[w]] += nL[w];
    cR[classOf[w]] += nR[w];
  }
  const gain = new Float64Array(K);
  const stamp = new Int32Array(K).fill(-1);
  let stampId = 0;
  // Adds to gain[b], for every class b with a count in row `row` of `table`, the change of
  // f(table[row][b]) when d more bigrams join it, less f(d) (what an empty cell would give,
  // the same for every class and left out). A row with few neighbours lists its classes
  // through those neighbours (`others`), a row with many is scanned whole.
  const addRow = (table: Int32Array, row: number, d: number, others: Rows): void => {
    const base = row * K;
    const fd = f.at(d);
    const from = others.start[row];
    const to = others.start[row + 1];
    if (to - from >= K >> 1) {
      for (let b = 0; b < K; b++) {
        const n = table[base + b];
        if (n !== 0) gain[b] += f.at(n + d) - f.at(n) - fd;
      }
      return;
    }
    stampId++;
    for (let j = from; j < to; j++) {
      const b = classOf[others.ids[j]];
      if (stamp[b] === stampId) continue;
      stamp[b] = stampId;
      const n = table[base + b];
      if (n !== 0) gain[b] += f.at(n + d) - f.at(n) - fd;
    }
  };
  const shift = (w: number, c: number, sign: number): void => {
    for (let j = pred.start[w]; j < pred.start[w + 1]; j++) NL[pred.ids[j] * K + c] += sign * pred.counts[j];
    for (let j = succ.start[w]; j < succ.start[w + 1]; j++) MR[succ.ids[j] * K + c] += sign * succ.counts[j];
    cL[c] += sign * nL[w];
    cR[c] += sign * nR[w];
  };

  const moves: number[] = [];
  for (let it = 0; it < options.iterations; it++) {
    const started = Date.now();
    let moved = 0;
    for (let w = 0; w < movable; w++) {
      const a = classOf[w];
      shift(w, a, -1);
      const dl = nL[w];
      const dr = nR[w];
      for (let b = 0; b < K; b++) gain[b] = -(f.at(cL[b] + dl) - f.at(cL[b])) - (f.at(cR[b] + dr) - f.at(cR[b]));
      for (let j = pred.start[w]; j < pred.start[w + 1]; j++) addRow(NL, pred.ids[j], pred.counts[j], succ);
      for (let j = succ.start[w]; j < succ.start[w + 1]; j++) addRow(MR, succ.ids[j], succ.counts[j], pred);
      let best = a;
      // The best class; another class must beat the word's own by more than rounding to take it.
      for (let b = 0; b < K; b++) if (gain[b] > gain[best] + 1e-9) best = b;
      if (best !== a) moved++;
      classOf[w] = best;
      shift(w, best, 1);
    }
    moves.push(moved);
    log(
      `exchange pass ${it + 1}/${options.iterations}: ${moved} of ${movable} words moved (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }

  const merges = mergeClasses(NL, MR, cL, cR, K, Math.min(W, options.mergeContexts ?? 4000), f);
  return { classOf, moves, merges };
}

/**
 * Greedy agglomerative merging of the K classes (Brown et al. 1992's merge step over classes
 * instead of words): at each step the two classes whose union loses the least likelihood,
 * reading the context rows of the `contexts` most frequent words only (rarer context words
 * seldom follow both classes, where the loss comes from).
 */
function mergeClasses(
  NL: Int32Array,
  MR: Int32Array,
  cL: Float64Array,
  cR: Float64Array,
  K: number,
  contexts: number,
  f: XLogX,
): [number, number][] {
  // Class-major copies of the context rows: L[c*C + v].
  const C = contexts;
  const L = new Float64Array(K * C);
  const R = new Float64Array(K * C);
  for (let v = 0; v < C; v++) {
    for (let c = 0; c < K; c++) {
      L[c * C + v] = NL[v * K + c];
      R[c * C + v] = MR[v * K + c];
    }
  }
  const sizeL = Float64Array.from(cL);
  const sizeR = Float64Array.from(cR);
  const fx = (x: number) => (x < 1 << 21 ? f.at(x) : x * Math.log(x));
  const loss = (a: number, b: number): number => {
    let kept = 0;
    const oa = a * C;
    const ob = b * C;
    for (let v = 0; v < C; v++) {
      const x = L[oa + v];
      const y = L[ob + v];
      if (x !== 0 && y !== 0) kept += fx(x + y) - fx(x) - fx(y);
      const p = R[oa + v];
      const q = R[ob + v];
      if (p !== 0 && q !== 0) kept += fx(p + q) - fx(p) - fx(q);
    }
    const penalty = fx(sizeL[a] + sizeL[b]) - fx(sizeL[a]) - fx(sizeL[b]) + fx(sizeR[a] + sizeR[b]) - fx(sizeR[a]) - fx(sizeR[b]);
    return penalty - kept;
  };
  const alive = new Uint8Array(K).fill(1);
  const cost = new Float64Array(K * K).fill(Infinity);
  for (let a = 0; a < K; a++) for (let b = a + 1; b < K; b++) cost[a * K + b] = loss(a, b);
  const merges: [number, number][] = [];
  for (let step = 0; step < K - 1; step++) {
    let best = -1;
    for (let i = 0; i < K * K; i++) if (cost[i] < Infinity && (best < 0 || cost[i] < cost[best])) best = i;
    const a = Math.floor(best / K);
    const b = best % K;
    merges.push([a, b]);
    for (let v = 0; v < C; v++) {
      L[a * C + v] += L[b * C + v];
      R[a * C + v] += R[b * C + v];
    }
    sizeL[a] += sizeL[b];
    sizeR[a] += sizeR[b];
    alive[b] = 0;
    for (let c = 0; c < K; c++) {
      cost[c * K + b] = Infinity;
      cost[b * K + c] = Infinity;
    }
    for (let c = 0; c < K; c++) {
      if (!alive[c] || c === a) continue;
      cost[Math.min(a, c) * K + Math.max(a, c)] = loss(a, c);
    }
  }
  return merges;
}

/**
 * The class of each flat class when `count` classes are left (the merges applied in order
 * until then), renumbered 0..count-1 in order of first appearance.
 */
export function classesAt(merges: readonly [number, number][], K: number, count: number): Int32Array {
  const parent = Int32Array.from({ length: K }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (let i = 0; i < K - count && i < merges.length; i++) parent[find(merges[i][1])] = find(merges[i][0]);
  const out = new Int32Array(K);
  const ids = new Map<number, number>();
  for (let c = 0; c < K; c++) {
    const r = find(c);
    if (!ids.has(r)) ids.set(r, ids.size);
    out[c] = ids.get(r)!;
  }
  return out;
}

/** Each flat class's path from the root of the merge tree ('0' = the kept side, '1' = the merged). */
export function classPaths(merges: readonly [number, number][], K: number): string[] {
  // Replay the merges backwards from the root: the last merge splits the root in two.
  const paths = new Array<string>(K).fill('');
  for (let i = merges.length - 1; i >= 0; i--) {
    const [a, b] = merges[i];
    const p = paths[a];
    paths[a] = p + '0';
    paths[b] = p + '1';
  }
  return paths;
}
