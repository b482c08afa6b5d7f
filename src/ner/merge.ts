// Two one-pass models made one: the tag scores of a linear model are sums of weight rows, so a
// model A plus a partner B times w (NerTagger.withPartner, which sums both models' scores before
// Viterbi) is one model whose row of each feature key is row_A + w × row_B over the union of the
// two key sets, and whose transitions are A's + w × B's. Tagging with it costs what tagging with
// A costs (one table, one lookup a feature) instead of two tables and the sums twice.
import { FORBIDDEN, NerModel, type NerModelInfo } from './model.js';

export interface MergeOptions {
  /** Rows whose merged weights are all below this (in absolute value) are dropped, as training drops them. */
  prune?: number;
  /** What the merged model records of its training (default: A's, with the partner's under `partner`). */
  info?: NerModelInfo;
}

/**
 * A + weight × B as one model. It reads A's features: A's gazetteer, word classes, signatures and
 * feature flags, which must include every kind of feature B was trained on (a B trained without
 * word classes or without some lexicon types simply has no rows for them). The weights are kept as
 * float32; saving quantizes them to int16 steps of one new scale (serializeModel).
 */
export function mergeModels(a: NerModel, b: NerModel, weight: number, options: MergeOptions = {}): NerModel {
  if (a.T !== b.T) throw new Error(`models of ${a.T} and ${b.T} tags cannot be merged`);
  if (!Number.isFinite(weight) || weight < 0) throw new Error(`the partner's weight must be a non-negative number, got ${weight}`);
  // A feature of B that A's extractor never computes would find its row but never fire.
  if (b.clusters && !a.clusters) throw new Error('the partner reads word classes the first model does not');
  if ((b.classBigrams && !a.classBigrams) || (b.wordClassBigrams && !a.wordClassBigrams)) {
    throw new Error('the partner reads class bigrams the first model does not');
  }
  if (b.signatures && !a.signatures) throw new Error('the partner reads signatures the first model does not');
  // A partner trained on a second view alone (the first view's classes left out in its training:
  // it has no rows for them) lends the merged model its classes, the first view and the second.
  const clusters = secondViewOf(a, b);
  const T = a.T;
  const prune = options.prune ?? 0;
  const wa = a.weights;
  const wb = b.weights;
  // A's keys in A's order, then B's keys A lacks in B's order: the same inputs give the same model.
  const rowOfA = new Map<number, number>();
  for (let r = 0; r < a.keys.length; r++) rowOfA.set(a.keys[r], r);
  const onlyB: number[] = [];
  const partnerOfA = new Int32Array(a.keys.length).fill(-1);
  for (let r = 0; r < b.keys.length; r++) {
    const ra = rowOfA.get(b.keys[r]);
    if (ra === undefined) onlyB.push(r);
    else partnerOfA[ra] = r;
  }
  const n = a.keys.length + onlyB.length;
  const keys = new Uint32Array(n);
  const weights = new Float32Array(n * T);
  let kept = 0;
  const keep = (key: number, row: Float64Array): void => {
    let large = false;
    for (let t = 0; t < T; t++) if (Math.abs(row[t]) >= prune && row[t] !== 0) large = true;
    if (!large) return;
    keys[kept] = key;
    weights.set(row, kept * T);
    kept++;
  };
  const row = new Float64Array(T);
  for (let r = 0; r < a.keys.length; r++) {
    const p = partnerOfA[r];
    for (let t = 0; t < T; t++) row[t] = wa[r * T + t] + (p >= 0 ? weight * wb[p * T + t] : 0);
    keep(a.keys[r], row);
  }
  for (const r of onlyB) {
    for (let t = 0; t < T; t++) row[t] = weight * wb[r * T + t];
    keep(b.keys[r], row);
  }
  // A move IOB2 forbids stays forbidden (NerModel sets it again whatever the sum).
  const sum = (x: Float32Array, y: Float32Array) => Float32Array.from(x, (v, i) => (v <= FORBIDDEN ? v : v + weight * y[i]));
  const info = options.info ?? {
    training: { ...a.info.training, partner: { weight, training: b.info.training } },
  };
  return new NerModel({
    ...info,
    // Either model's domain copies are looked up (a key absent from one finds nothing there).
    domains: a.domains || b.domains,
    keys: keys.slice(0, kept),
    weights: weights.slice(0, kept * T),
    transitions: sum(a.transitions, b.transitions),
    start: sum(a.start, b.start),
    end: sum(a.end, b.end),
    // Second order: a model without trigram scores adds none.
    trigrams:
      a.trigrams || b.trigrams
        ? Float32Array.from(a.trigrams ?? new Float32Array(b.trigrams!.length), (v, i) => v + (b.trigrams ? weight * b.trigrams[i] : 0))
        : null,
    gazetteer: a.gazetteer,
    signatures: a.signatures,
    clusters,
    classBigrams: a.classBigrams,
    wordClassBigrams: a.wordClassBigrams,
  });
}

/** The word classes of the merged model: A's, or B's when B adds a second view to A's first view. */
function secondViewOf(a: NerModel, b: NerModel): NerModel['clusters'] {
  const ca = a.clusters;
  const cb = b.clusters;
  if (!ca || !cb || !cb.second || ca.second) {
    if (cb?.second && !ca?.second) throw new Error('the partner reads a second view of word classes the first model does not');
    return ca;
  }
  const G = ca.granularities.length;
  const same =
    cb.granularities.length === G + cb.second &&
    ca.starts.length === cb.starts.length &&
    ca.granularities.every((g, i) => g === cb.granularities[i]);
  if (!same) throw new Error("the partner's first view of word classes is not the first model's");
  const { secondOnly: _, ...both } = cb;
  return both;
}
