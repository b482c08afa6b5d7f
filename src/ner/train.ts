// Trains the tagger: a structured averaged perceptron (Collins 2002) over the hashed features,
// decoded with first-order Viterbi. Deterministic: features are numbered in order of first
// appearance and the sentence order of each epoch comes from a seeded generator.
import { decodeRows, DecodeScratch } from './decode.js';
import { DOMAIN_SALT, FeatureExtractor, withDomain, without, withExtra } from './features.js';
import { salted } from './hash.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { NerModel } from './model.js';
import type { SignatureData } from './signatures.js';
import { WordClusters, type ClusterData } from './word-clusters.js';
import { scoreConll, type ConllScore } from './score-conll.js';
import { TAGS, allowedTransition } from './tags.js';
import { trigramSize } from './viterbi.js';
import type { WordKnowledge } from '../text/word-knowledge.js';
import { seededRandom } from '../model/seeded-random.js';

export interface TrainingSentence {
  tokens: readonly string[];
  /** Tag indexes into TAGS. */
  tags: Uint8Array;
  /** More feature hashes per position (the second pass's memory features). */
  extra?: readonly (readonly number[])[];
  /** The corpus it comes from when training with domain copies (0 = news, ANERcorp). */
  domain?: number;
}

export interface TrainOptions {
  /** Passes over the training data. */
  epochs?: number;
  /** Seed of the sentence order. */
  seed?: number;
  /** A feature is kept only if it occurs at least this often in the training data. */
  minCount?: number;
  /** Rows whose largest averaged weight (in absolute value) is below this are dropped. */
  prune?: number;
  /** The lexicon names the features use (stored in the model). */
  gazetteer: GazetteerData;
  /** Distributional signatures of word stems (stored in the model). */
  signatures?: SignatureData | null;
  /** Word classes of the unlabeled news (stored in the model). */
  clusters?: ClusterData | null;
  /** Doubles every feature with a copy private to the sentence's corpus (see withDomain). */
  domains?: boolean;
  /** Class bigrams at each position (with clusters only; recorded in the model). */
  classBigrams?: boolean;
  /** Word-class bigrams at each position (with clusters only; recorded in the model). */
  wordClassBigrams?: boolean;
  /**
   * Second-order decoding: a score for every three tags in a row besides the two-tag transitions,
   * learned with the rest and decoded by viterbi2 (recorded in the model).
   */
  secondOrder?: boolean;
  /** The word's own form, base and stem left out of its features (FeatureExtractor's noIdentity; not recorded). */
  noIdentity?: boolean;
  /**
   * Gazetteer types (by name prefix, e.g. `tagged-`) whose features are left out of the sentences
   * of the other corpora (domain > 0): lists built by a model trained on such a corpus would echo
   * its names back there, so they are learned from the news (ANERcorp) alone.
   */
  newsOnly?: readonly string[];
  /** Scored after every epoch when given. */
  dev?: TrainingSentence[];
  knowledge?: WordKnowledge;
  /** Progress lines (stderr in the CLI). */
  log?: (message: string) => void;
}

export interface EpochReport {
  epoch: number;
  /** Training sentences the current weights got wrong during the epoch. */
  mistakes: number;
  dev?: ConllScore;
}

export interface TrainResult {
  model: NerModel;
  epochs: EpochReport[];
  features: { seen: number; kept: number; saved: number };
}

interface Encoded {
  rows: Int32Array;
  offsets: Int32Array;
  tags: Uint8Array;
}

/** Averaged weights: w − u / c, where u sums each update times the step it happened at. */
function averaged(w: Float64Array, u: Float64Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] - u[i] / c;
  return out;
}

export function trainTagger(train: readonly TrainingSentence[], options: TrainOptions): TrainResult {
  const epochs = options.epochs ?? 10;
  const log = options.log ?? (() => {});
  const features = encodeTraining(train, options, log);
  const perceptron = new Perceptron(features.keys.length, options.secondOrder ?? false);
  const random = seededRandom(options.seed ?? 1);
  const order = features.data.map((_, i) => i);
  const reports: EpochReport[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    const report: EpochReport = { epoch, mistakes: perceptron.epoch(features.data, order) };
    if (features.dev) report.dev = scoreEncoded(buildModel(perceptron, features, options, false), features.dev, perceptron.scratch);
    reports.push(report);
    log(
      `epoch ${epoch}/${epochs}: ${report.mistakes} of ${features.data.length} training sentences wrong` +
        (report.dev ? `; dev micro F1 ${(100 * report.dev.micro.f1).toFixed(2)}` : ''),
    );
  }
  const model = buildModel(perceptron, features, options, true);
  return { model, epochs: reports, features: { seen: features.seen, kept: features.keys.length, saved: model.keys.length } };
}

/** The training data as feature rows, and how hashes map to rows. */
interface EncodedTraining {
  data: Encoded[];
  dev: Encoded[] | undefined;
  /** The hash of each row. */
  keys: number[];
  rowOf: Map<number, number>;
  /** With domain copies: the hashes before copying (the saved model keeps only those). */
  baseKeys: Set<number>;
  /** Distinct features seen. */
  seen: number;
}

/**
 * Step 1: features of every training sentence; count them; number the frequent ones. With
 * domain copies, the hashes before copying are remembered: the saved model keeps only those,
 * each with its news copy added in, which is all tagging news ever looks up.
 */
function encodeTraining(train: readonly TrainingSentence[], options: TrainOptions, log: (message: string) => void): EncodedTraining {
  const minCount = options.minCount ?? 1;
  const extractor = new FeatureExtractor(
    new Gazetteer(options.gazetteer),
    options.knowledge,
    options.signatures ?? null,
    options.clusters ? new WordClusters(options.clusters) : null,
    options.classBigrams ?? false,
    options.wordClassBigrams ?? false,
    options.noIdentity ?? false,
  );
  const baseKeys = new Set<number>();
  const newsOnly = new Set<number>();
  for (const prefix of options.newsOnly ?? []) for (const h of extractor.gazetteerHashes(prefix)) newsOnly.add(h);
  let lastDomain = -1;
  const featuresOf = (s: TrainingSentence) => {
    // The topic window runs over each corpus's sentences in their order (no article boundaries).
    if ((s.domain ?? 0) !== lastDomain) extractor.resetTopic();
    lastDomain = s.domain ?? 0;
    let f = extractor.sentence(s.tokens);
    extractor.pushTopic();
    if (newsOnly.size > 0 && (s.domain ?? 0) !== 0) f = without(f, newsOnly);
    if (s.extra) f = withExtra(f, s.extra);
    if (!options.domains) return f;
    for (const h of f.hashes) baseKeys.add(h);
    return withDomain(f, s.domain ?? 0);
  };
  const hashed = train.map(featuresOf);
  const counts = new Map<number, number>();
  for (const f of hashed) for (const h of f.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const f of hashed) {
    for (const h of f.hashes) {
      if (!rowOf.has(h) && counts.get(h)! >= minCount) {
        rowOf.set(h, keys.length);
        keys.push(h);
      }
    }
  }
  log(`features: ${counts.size} seen, ${keys.length} occurring at least ${minCount} time(s)`);
  const encode = (s: TrainingSentence, f = featuresOf(s)): Encoded => {
    const rows = new Int32Array(f.hashes.length);
    for (let k = 0; k < rows.length; k++) rows[k] = rowOf.get(f.hashes[k]) ?? -1;
    return { rows, offsets: f.offsets, tags: s.tags };
  };
  const data = train.map((s, i) => encode(s, hashed[i]));
  hashed.length = 0;
  lastDomain = -1;
  const dev = options.dev?.map((s) => encode(s));
  return { data, dev, keys, rowOf, baseKeys, seen: counts.size };
}

/** Fisher-Yates shuffle of `order` in place with a seeded generator. */
function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * Step 2: the averaged structured perceptron: weights and their step-weighted sums, for
 * emissions (a row per feature, a column per tag), transitions, and start and end tags.
 */
class Perceptron {
  readonly T = TAGS.length;
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly tw: Float64Array;
  readonly tu: Float64Array;
  readonly sw: Float64Array;
  readonly su: Float64Array;
  readonly ew: Float64Array;
  readonly eu: Float64Array;
  /** Trigram weights and sums (second order; trigramSize(T), else empty). */
  readonly xw: Float64Array;
  readonly xu: Float64Array;
  /** Steps taken, plus one: the weight of an update in the sums. */
  c = 1;
  readonly scratch = new DecodeScratch();
  private readonly forbidden: Float64Array;
  private readonly startForbidden: Float64Array;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  private pred = new Uint8Array(256);

  constructor(
    rows: number,
    readonly secondOrder = false,
  ) {
    const T = this.T;
    this.xw = new Float64Array(secondOrder ? trigramSize(T) : 0);
    this.xu = new Float64Array(secondOrder ? trigramSize(T) : 0);
    this.w = new Float64Array(rows * T);
    this.u = new Float64Array(rows * T);
    this.tw = new Float64Array(T * T);
    this.tu = new Float64Array(T * T);
    this.sw = new Float64Array(T);
    this.su = new Float64Array(T);
    this.ew = new Float64Array(T);
    this.eu = new Float64Array(T);
    this.forbidden = new Float64Array(T * T);
    this.startForbidden = new Float64Array(T);
    for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) if (!allowedTransition(p, t)) this.forbidden[p * T + t] = -1e9;
    for (let t = 0; t < T; t++) if (!allowedTransition(-1, t)) this.startForbidden[t] = -1e9;
    this.trans = new Float64Array(T * T);
    this.start = new Float64Array(T);
  }

  /** One pass over the sentences in `order`; returns how many the weights got wrong. */
  epoch(data: readonly Encoded[], order: readonly number[]): number {
    let mistakes = 0;
    for (const idx of order) {
      const s = data[idx];
      if (s.tags.length === 0) continue;
      if (this.learn(s)) mistakes++;
      this.c++;
    }
    return mistakes;
  }

  /** Decodes one sentence with the current weights and moves them toward its gold tags; whether any tag was wrong. */
  private learn(s: Encoded): boolean {
    const { T, tw, tu, sw, su, ew, eu, trans, start, forbidden, startForbidden, c } = this;
    const n = s.tags.length;
    if (this.pred.length < n) this.pred = new Uint8Array(n * 2);
    const pred = this.pred;
    for (let k = 0; k < T * T; k++) trans[k] = tw[k] + forbidden[k];
    for (let k = 0; k < T; k++) start[k] = sw[k] + startForbidden[k];
    decodeRows(n, T, s.rows, s.offsets, this.w, trans, start, ew, pred, this.scratch, this.secondOrder ? this.xw : null);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = s.tags[i];
      const p = pred[i];
      if (g !== p) {
        wrong = true;
        this.update(s.rows, s.offsets[i], s.offsets[i + 1], g, 1);
        this.update(s.rows, s.offsets[i], s.offsets[i + 1], p, -1);
      }
      if (i > 0) {
        const gk = s.tags[i - 1] * T + g;
        const pk = pred[i - 1] * T + p;
        if (gk !== pk) {
          tw[gk] += 1;
          tu[gk] += c;
          tw[pk] -= 1;
          tu[pk] -= c;
        }
        if (this.secondOrder) {
          const gx = (i > 1 ? s.tags[i - 2] : T) * T * T + gk;
          const px = (i > 1 ? pred[i - 2] : T) * T * T + pk;
          if (gx !== px) {
            this.xw[gx] += 1;
            this.xu[gx] += c;
            this.xw[px] -= 1;
            this.xu[px] -= c;
          }
        }
      }
    }
    if (s.tags[0] !== pred[0]) {
      sw[s.tags[0]] += 1;
      su[s.tags[0]] += c;
      sw[pred[0]] -= 1;
      su[pred[0]] -= c;
    }
    if (s.tags[n - 1] !== pred[n - 1]) {
      ew[s.tags[n - 1]] += 1;
      eu[s.tags[n - 1]] += c;
      ew[pred[n - 1]] -= 1;
      eu[pred[n - 1]] -= c;
    }
    return wrong;
  }

  private update(rows: Int32Array, from: number, to: number, tag: number, delta: number): void {
    const { T, w, u, c } = this;
    for (let k = from; k < to; k++) {
      const r = rows[k];
      if (r < 0) continue;
      const i = r * T + tag;
      w[i] += delta;
      u[i] += c * delta;
    }
  }
}

/** Step 3: averaged weights; rows that never matter are dropped from the saved model. */
function buildModel(p: Perceptron, features: EncodedTraining, options: TrainOptions, pruned: boolean): NerModel {
  const { T, c } = p;
  const { keys, rowOf, baseKeys } = features;
  const prune = options.prune ?? 0;
  const aw = averaged(p.w, p.u, c);
  let keep = keys.map((_, r) => r);
  const merge = pruned && options.domains === true;
  if (merge) {
    keep = keep.filter((r) => baseKeys.has(keys[r]));
    for (const r of keep) {
      const copy = rowOf.get(salted(keys[r], DOMAIN_SALT));
      if (copy === undefined) continue;
      for (let t = 0; t < T; t++) aw[r * T + t] += aw[copy * T + t];
    }
  }
  if (pruned && prune > 0) {
    keep = keep.filter((r) => {
      for (let t = 0; t < T; t++) if (Math.abs(aw[r * T + t]) >= prune) return true;
      return false;
    });
  }
  const outKeys = new Uint32Array(keep.length);
  const outW = new Float32Array(keep.length * T);
  keep.forEach((r, i) => {
    outKeys[i] = keys[r];
    outW.set(aw.subarray(r * T, r * T + T), i * T);
  });
  return new NerModel({
    domains: (options.domains ?? false) && !merge,
    keys: outKeys,
    weights: outW,
    transitions: averaged(p.tw, p.tu, c),
    start: averaged(p.sw, p.su, c),
    end: averaged(p.ew, p.eu, c),
    trigrams: p.secondOrder ? averaged(p.xw, p.xu, c) : null,
    gazetteer: options.gazetteer,
    signatures: options.signatures ?? null,
    clusters: options.clusters ?? null,
    classBigrams: (options.classBigrams ?? false) && (options.clusters ?? null) !== null,
    wordClassBigrams: (options.wordClassBigrams ?? false) && (options.clusters ?? null) !== null,
  });
}

/** Scores a model on encoded sentences (rows numbered as in training, not yet pruned). */
function scoreEncoded(model: NerModel, sentences: Encoded[], scratch: DecodeScratch): ConllScore {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of sentences) {
    const n = s.tags.length;
    const out = new Uint8Array(n);
    decodeRows(n, model.T, s.rows, s.offsets, model.weights, model.transitions, model.start, model.end, out, scratch, model.trigrams);
    gold.push(Array.from(s.tags, (t) => TAGS[t]));
    pred.push(Array.from(out, (t) => TAGS[t]));
  }
  return scoreConll(gold, pred);
}
