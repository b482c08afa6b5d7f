// Tags sentences with a trained model. A word type's contribution to the tag scores of the
// positions around it (its own features at offset 0, what its neighbours see of it at ±1, ±2)
// depends only on the word, so it is summed once per type and cached: scoring a token is then
// five vector additions, three bigram lookups and the lexicon marks, before Viterbi.
import { DecodeScratch, decodeRows } from './decode.js';
import {
  BIAS,
  BIGRAM_NEXT,
  BIGRAM_PREV,
  BOUNDARY,
  FeatureExtractor,
  OFFSET_SALT,
  SHAPE_BIGRAM,
  type WordFeatures,
} from './features.js';
import { Gazetteer } from './gazetteer.js';
import { joined, salted } from './hash.js';
import { NerModel } from './model.js';
import { TAGS } from './tags.js';
import { viterbi } from './viterbi.js';
import type { WordKnowledge } from '../text/word-knowledge.js';

interface TypeScores {
  /** 5 × T: the word's contribution to the position at offset d from it... indexed by d + 2. */
  vec: Float32Array;
  normHash: number;
  shapeHash: number;
  stem: string;
}

const CACHE_LIMIT = 200_000;

export class NerTagger {
  readonly extractor: FeatureExtractor;
  private readonly scratch = new DecodeScratch();
  private readonly cache = new Map<string, TypeScores>();
  private readonly boundary: Float32Array;
  private readonly bias: Float32Array;
  private entries: TypeScores[] = [];
  private stems: string[] = [];

  constructor(
    readonly model: NerModel,
    knowledge?: WordKnowledge,
  ) {
    this.extractor = new FeatureExtractor(new Gazetteer(model.gazetteer), knowledge);
    const T = model.T;
    this.boundary = new Float32Array(5 * T);
    for (let d = -2; d <= 2; d++) if (d !== 0) this.addRow(this.boundary, (d + 2) * T, salted(BOUNDARY, OFFSET_SALT[d + 2]));
    this.bias = new Float32Array(T);
    this.addRow(this.bias, 0, BIAS);
  }

  private addRow(out: Float32Array | Float64Array, at: number, h: number): void {
    const r = this.model.row(h);
    if (r < 0) return;
    const T = this.model.T;
    const w = this.model.weights;
    for (let t = 0; t < T; t++) out[at + t] += w[r * T + t];
  }

  private scores(raw: string): TypeScores {
    let s = this.cache.get(raw);
    if (s) return s;
    const f: WordFeatures = this.extractor.word(raw);
    const T = this.model.T;
    const vec = new Float32Array(5 * T);
    for (const h of f.own) this.addRow(vec, 2 * T, h);
    for (const d of [-2, -1, 1, 2]) {
      const list = d === -1 || d === 1 ? f.near : f.far;
      // This word seen from the position at offset -d: that position is i, the word i + d.
      for (const h of list) this.addRow(vec, (d + 2) * T, salted(h, OFFSET_SALT[d + 2]));
    }
    s = { vec, normHash: f.normHash, shapeHash: f.shapeHash, stem: f.stem };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(raw, s);
    return s;
  }

  /** The tag indexes (into TAGS) of a sentence's tokens. */
  tagIndexes(tokens: readonly string[], out: Uint8Array = new Uint8Array(tokens.length)): Uint8Array {
    const n = tokens.length;
    if (n === 0) return out;
    const m = this.model;
    const T = m.T;
    if (this.entries.length < n) {
      this.entries = new Array(n);
      this.stems = new Array(n);
    }
    const entries = this.entries;
    const stems = this.stems;
    stems.length = n;
    for (let i = 0; i < n; i++) {
      entries[i] = this.scores(tokens[i]);
      stems[i] = entries[i].stem;
    }
    const gaz = this.extractor.gazetteerMarks(stems);
    const emit = this.scratch.emissions(n * T);
    const boundary = this.boundary;
    for (let i = 0; i < n; i++) {
      const e = i * T;
      for (let t = 0; t < T; t++) emit[e + t] = this.bias[t];
      for (let d = -2; d <= 2; d++) {
        const p = i + d;
        const vec = p < 0 || p >= n ? boundary : entries[p].vec;
        const at = (d + 2) * T;
        for (let t = 0; t < T; t++) emit[e + t] += vec[at + t];
      }
      const w = entries[i];
      const prev = i > 0 ? entries[i - 1] : null;
      const next = i + 1 < n ? entries[i + 1] : null;
      this.addRow(emit, e, joined(prev ? prev.normHash : BOUNDARY, w.normHash, BIGRAM_PREV));
      this.addRow(emit, e, joined(w.normHash, next ? next.normHash : BOUNDARY, BIGRAM_NEXT));
      this.addRow(emit, e, joined(prev ? prev.shapeHash : BOUNDARY, w.shapeHash, SHAPE_BIGRAM));
      if (gaz) for (const h of gaz[i]) this.addRow(emit, e, h);
    }
    viterbi(n, T, emit, m.transitions, m.start, m.end, out, this.scratch.lattice);
    return out;
  }

  /** The same tags computed the slow way, feature by feature (tests check the two agree). */
  tagIndexesSlow(tokens: readonly string[], out: Uint8Array = new Uint8Array(tokens.length)): Uint8Array {
    const n = tokens.length;
    if (n === 0) return out;
    const m = this.model;
    const f = this.extractor.sentence(tokens);
    const rows = this.scratch.rowBuffer(f.hashes.length);
    for (let k = 0; k < f.hashes.length; k++) rows[k] = m.row(f.hashes[k]);
    decodeRows(n, m.T, rows, f.offsets, m.weights, m.transitions, m.start, m.end, out, this.scratch);
    return out;
  }

  /** The IOB2 tags of a sentence's tokens (B-/I- PERS, LOC, ORG, MISC, or O). */
  tagSentence(tokens: readonly string[]): string[] {
    return Array.from(this.tagIndexes(tokens), (t) => TAGS[t]);
  }
}
