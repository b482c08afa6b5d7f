// Tags sentences with a trained model. A word type's contribution to the tag scores of the
// positions around it (its own features at offset 0, what its neighbours see of it at ±1, ±2)
// depends only on the word, so it is summed once per type and cached: scoring a token is then
// five vector additions, three bigram lookups and the lexicon marks, before Viterbi. With a
// second pass, the first pass's tags feed a memory of earlier words (memory.ts) and a second
// model rescores the sentence with it.
import { DecodeScratch, decodeRows } from './decode.js';
import {
  BIAS,
  BIGRAM_NEXT,
  BIGRAM_PREV,
  BOUNDARY,
  DOMAIN_SALT,
  FeatureExtractor,
  KeyFilter,
  OFFSET_SALT,
  REACH,
  WIDE_SALT_LEFT,
  WIDE_SALT_RIGHT,
  SHAPE_BIGRAM,
  type SentenceMarks,
  CLASS_BIGRAM_NEXT,
  CLASS_BIGRAM_PREV,
  WORD_CLASS_NEXT,
  WORD_CLASS_PREV,
  withDomain,
  withExtra,
  type WordFeatures,
} from './features.js';
import { Gazetteer } from './gazetteer.js';
import { joined, salted } from './hash.js';
import { LabelMemory } from './memory.js';
import { NerModel, TaggerModel } from './model.js';
import { applyNameRules } from './name-rules.js';
import { NamePropagator, WINDOW as NAME_WINDOW, type WindowSentence } from './propagate.js';
import { TAGS } from './tags.js';
import { viterbi2Iob2, viterbiIob2 } from './viterbi.js';
import type { WordKnowledge } from '../text/word-knowledge.js';

/**
 * A word's row of sums holds one block of T scores per offset from the tagged position, but the
 * wide features are salted by side only, so offsets -4 and -3 share a block, as do 3 and 4: seven
 * blocks, [-4 and -3, -2, -1, 0, 1, 2, 3 and 4]. BLOCK[d + REACH]: the block of offset d.
 */
const BLOCK = Int32Array.of(0, 0, 1, 2, 3, 4, 5, 6, 6);
const BLOCKS = 7;
if (BLOCK.length !== 2 * REACH + 1) throw new Error("the tagger's row blocks assume REACH = 4");

/**
 * Rows of a pass's flat table of per-type sums (a row is BLOCKS × T float32s, 252 bytes: 4.1 MB a
 * pass). When it is full, a row is taken back by a clock sweep (a "second chance"): a row read
 * since the hand last passed it is spared once, so the frequent words keep their rows and only
 * the rare ones are recomputed when they come back. On 5 MB of unseen text (68,000 word types)
 * the table computes 106,000 rows (91,000 at 32,768 rows, 8.3 MB; emptied whole when full, 16,384
 * rows of 324 bytes computed 140,000, every frequent word again after each emptying). The table's
 * pages are resident once written, so its size is memory the process keeps: the 4 MB that 32,768
 * rows cost more were part of the peak RSS of the unseen bench (over its 250 MB line), the 15,000
 * rows more that this size computes no measurable time.
 */
const ROW_LIMIT = 1 << 14;

/**
 * The weight rows of features asked for again and again (the sentence marks: 17 lexicon types ×
 * 12 positions, and the quote marks; the bigrams of word shapes: a few thousand pairs; the class
 * bigrams: about 15,500 pairs of 130 classes), in a direct-mapped memo of 128 KB that stays in
 * the processor's cache, in front of the model's row lookup (its keys, 1.3 MB, and bucket index), where a probe is often a cache miss.
 * On 5 MB of unseen text 83% of the class bigrams' lookups are answered by it.
 */
const MEMO_SLOTS = 1 << 14;

/**
 * A second memo, of 512 KB, for the features of new word types (sumRows): their affixes, shapes,
 * classes and signatures are shared by many types, so 65% of the 2.2 million lookups of 5 MB of
 * unseen text are answered by it (a word's own form, the rest, is a miss either way).
 */
const TYPE_MEMO_SLOTS = 1 << 16;

/** Bigram rows of a position: word (previous, next), shape, class (previous, next). */
const PER_POSITION = 5;

/**
 * Emission scores of one weight table, with per-word-type sums cached in one flat Float32Array:
 * a row of BLOCKS × T scores per word type (row 0: what lies beyond the sentence's ends), found
 * through the row's number kept on the word's features (scoreRow0 or scoreRow1, the pass's slot)
 * and checked against the row's owner, so no array is made per type.
 */
class FastScorer {
  private readonly bias: Float32Array;
  private readonly T: number;
  /** BLOCKS × T: the width of a row. */
  private readonly W: number;
  private pool: Float32Array;
  /** Rows of the table (ROW_LIMIT, more for a sentence of very many word types). */
  private capacity = ROW_LIMIT;
  /** Rows handed out so far (row 0 is the boundary's): below capacity, a new row is the next one. */
  private count = 1;
  /** The word whose sums each row holds (undefined: none). */
  private owners: (WordFeatures | undefined)[] = new Array<WordFeatures | undefined>(ROW_LIMIT).fill(undefined);
  /** Per row: 1 when read since the clock's hand last passed it. */
  private used = new Uint8Array(ROW_LIMIT);
  /** Per row: the last sentence that read it (this sentence's rows are never taken back). */
  private readIn = new Int32Array(ROW_LIMIT);
  private sentence = 0;
  /** The clock's hand: the next row it looks at (1 ≤ hand < capacity). */
  private hand = 1;
  /** Rows computed so far (a word's sums, again when its row was taken back). */
  computed = 0;
  private bases = new Int32Array(256);
  private found = new Int32Array(256);
  /** sumRows' misses of the type memo: their places in `found`, and their keys (then rows). */
  private missed = new Int32Array(256);
  private missKeys = new Int32Array(256);
  /** The rows of each position's bigrams (PER_POSITION of them), -1 for none. */
  private bigramRows = new Int32Array(256 * PER_POSITION);
  /** The sum of the rows' first values read ahead of use (kept so that the reads are not dropped). */
  touched = 0;
  private readonly memoKeys = new Int32Array(MEMO_SLOTS);
  /** The row of the key in the same slot, -1 for none; -2 for an empty slot. */
  private readonly memoSlotRows = new Int32Array(MEMO_SLOTS).fill(-2);
  /** [2s] key, [2s + 1] its row (-1 for none), or -2 for an empty slot: one cache line per lookup. */
  private readonly typeMemo = new Int32Array(2 * TYPE_MEMO_SLOTS).fill(-2);
  /**
   * The model's int16 steps and their scale (a model read from its file): a score is
   * Math.fround(step × scale), the float32 the file held before; or null, and `floats` are read.
   */
  private readonly steps: Int16Array | null;
  private readonly scale: number;
  private readonly floats: Float32Array;

  /** `slot`: where this pass keeps its stamp on the extractor's word features. */
  constructor(
    readonly model: NerModel,
    private readonly slot: number,
    /** Add the class bigrams of each position (the extractor's classBigrams). */
    private readonly classBigrams = false,
    /** Add the word-class bigrams of each position (the extractor's wordClassBigrams). */
    private readonly wordClassBigrams = false,
  ) {
    const T = (this.T = model.T);
    if (T !== 9) throw new Error(`the tagger scores 9 tags, the model has ${T}`);
    this.W = BLOCKS * T;
    this.steps = model.steps;
    this.scale = model.scale ?? 1;
    this.floats = this.steps ? new Float32Array(0) : model.weights;
    // The table at its full size at once (ROW_LIMIT rows): the system gives its pages when they
    // are first written, so the rows never filled cost no memory, and it is never copied to grow.
    this.pool = new Float32Array(ROW_LIMIT * this.W);
    for (let d = -2; d <= 2; d++) if (d !== 0) this.addRow(this.pool, BLOCK[d + REACH] * T, salted(BOUNDARY, OFFSET_SALT[d + 2]));
    this.bias = new Float32Array(T);
    this.addRow(this.bias, 0, BIAS);
  }

  addRow(out: Float32Array | Float64Array, at: number, h: number): void {
    let r = this.model.row(h);
    if (r >= 0) this.addWeights(out, at, r);
    if (!this.model.domains) return;
    // The news copy of the feature (models trained with domain copies).
    r = this.model.row(salted(h, DOMAIN_SALT));
    if (r >= 0) this.addWeights(out, at, r);
  }

  /** Adds weight row `r` (≥ 0) to out[at, at + T). */
  private addWeights(out: Float32Array | Float64Array, at: number, r: number): void {
    const T = this.T;
    const base = r * T;
    const steps = this.steps;
    if (steps !== null) {
      const scale = this.scale;
      for (let t = 0; t < T; t++) out[at + t] += Math.fround(steps[base + t] * scale);
    } else {
      const w = this.floats;
      for (let t = 0; t < T; t++) out[at + t] += w[base + t];
    }
  }

  /** model.row(h), through the memo. */
  private memoRow(h: number): number {
    const key = h | 0;
    const slot = key & (MEMO_SLOTS - 1);
    const kept = this.memoSlotRows[slot];
    if (kept !== -2 && this.memoKeys[slot] === key) return kept;
    const r = this.model.row(key);
    this.memoKeys[slot] = key;
    this.memoSlotRows[slot] = r;
    return r;
  }

  /**
   * memoRow of keys[PER_POSITION × i + 2 + k] for k < count and every position i < n, in that
   * order, each key replaced by its row (the memo inlined: no call per key).
   */
  private memoRows(keys: Int32Array, n: number, count: number): void {
    const memoKeys = this.memoKeys;
    const memoRows = this.memoSlotRows;
    const model = this.model;
    for (let i = 0; i < n; i++) {
      for (let b = PER_POSITION * i + 2, end = b + count; b < end; b++) {
        const key = keys[b];
        const slot = key & (MEMO_SLOTS - 1);
        const kept = memoRows[slot];
        if (kept !== -2 && memoKeys[slot] === key) {
          keys[b] = kept;
          continue;
        }
        const r = model.row(key);
        memoKeys[slot] = key;
        memoRows[slot] = r;
        keys[b] = r;
      }
    }
  }

  /** addRow for a feature of the memo's kind (a model with domain copies goes to addRow). */
  private addMemoRow(out: Float64Array, at: number, h: number): void {
    if (this.model.domains) {
      this.addRow(out, at, h);
      return;
    }
    const r = this.memoRow(h);
    if (r >= 0) this.addWeights(out, at, r);
  }

  /** The pool offset of the word's row: its contribution when it sits at offset d from the tagged position, at offset + BLOCK[d + REACH] × T. */
  private rowOf(f: WordFeatures): number {
    const W = this.W;
    const kept = this.slot === 0 ? f.scoreRow0 : f.scoreRow1;
    if (kept > 0 && kept < this.capacity && this.owners[kept] === f) {
      this.used[kept] = 1;
      this.readIn[kept] = this.sentence;
      return kept * W;
    }
    const r = this.count < this.capacity ? this.count++ : this.takeBack();
    this.computed++;
    this.owners[r] = f;
    this.used[r] = 0;
    this.readIn[r] = this.sentence;
    const vec = this.pool;
    const at = r * W;
    vec.fill(0, at, at + W);
    const T = this.T;
    if (this.model.domains) {
      const h = f.hashes;
      for (let k = 0; k < f.nearAt; k++) this.addRow(vec, at + BLOCK[REACH] * T, h[k]);
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        const from = d === -1 || d === 1 ? f.nearAt : f.farAt;
        const to = d === -1 || d === 1 ? f.farAt : f.wideAt;
        const salt = OFFSET_SALT[d + 2];
        for (let k = from; k < to; k++) this.addRow(vec, at + BLOCK[d + REACH] * T, salted(h[k], salt));
      }
      // The wide features, left (offsets -4 and -3) and right (3 and 4).
      for (let k = f.wideAt; k < h.length; k++) this.addRow(vec, at + BLOCK[0] * T, salted(h[k], WIDE_SALT_LEFT));
      for (let k = f.wideAt; k < h.length; k++) this.addRow(vec, at + BLOCK[2 * REACH] * T, salted(h[k], WIDE_SALT_RIGHT));
    } else this.sumRows(f, vec, at);
    if (this.slot === 0) f.scoreRow0 = r;
    else f.scoreRow1 = r;
    return at;
  }

  /**
   * A row to fill again, from a full table: the first one from the hand on that this sentence has
   * not read and that was not read since the hand last passed (the rows passed lose their mark).
   * Ends within two turns: fewer than half the rows are this sentence's (emissions sees to it).
   */
  private takeBack(): number {
    const used = this.used;
    const readIn = this.readIn;
    const sentence = this.sentence;
    const capacity = this.capacity;
    let h = this.hand;
    for (;;) {
      if (readIn[h] !== sentence) {
        if (used[h] === 0) break;
        used[h] = 0;
      }
      h = h + 1 < capacity ? h + 1 : 1;
    }
    this.hand = h + 1 < capacity ? h + 1 : 1;
    return h;
  }

  /** Room for a sentence of n words: at most half the rows (a table of more rows for a longer one). */
  private makeRoom(n: number): void {
    if (2 * (n + 1) <= this.capacity) return;
    const capacity = 2 * (n + 1);
    const W = this.W;
    const pool = new Float32Array(capacity * W);
    pool.set(this.pool);
    this.pool = pool;
    const owners = new Array<WordFeatures | undefined>(capacity).fill(undefined);
    for (let r = 0; r < this.capacity; r++) owners[r] = this.owners[r];
    this.owners = owners;
    const used = new Uint8Array(capacity);
    used.set(this.used);
    this.used = used;
    const readIn = new Int32Array(capacity);
    readIn.set(this.readIn);
    this.readIn = readIn;
    this.capacity = capacity;
  }

  /**
   * The word's row for a model without domain copies, in three passes: every feature's weight row
   * is found first (through the type memo; the memo's misses then in one call of model.rows:
   * independent probes, whose memory reads the processor overlaps), the rows are read ahead, then
   * each offset's rows are added in the order addRow would add them, in float32 as the table
   * holds them (Math.fround of each sum), so the sums are the same to the bit.
   */
  private sumRows(f: WordFeatures, vec: Float32Array, at: number): void {
    const T = this.T;
    // The word's hashes are h[o, o + end) (a run of a slab shared with other types).
    const h = f.slab;
    const o = f.at;
    const nearAt = f.nearAt;
    const farAt = f.farAt;
    const wideAt = f.wideAt;
    const end = f.size;
    const count = nearAt + 2 * (wideAt - nearAt) + 2 * (end - wideAt);
    if (this.found.length < count) {
      this.found = new Int32Array(count * 2);
      this.missed = new Int32Array(count * 2);
      this.missKeys = new Int32Array(count * 2);
    }
    const found = this.found;
    // The keys first (as int32: a hash passed to a call that is not inlined is boxed when it
    // does not fit a small integer), then each replaced by its row through the memo.
    let k = 0;
    for (let j = 0; j < nearAt; j++) found[k++] = h[o + j];
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue;
      const from = d === -1 || d === 1 ? nearAt : farAt;
      const to = d === -1 || d === 1 ? farAt : wideAt;
      const salt = OFFSET_SALT[d + 2];
      for (let j = from; j < to; j++) found[k++] = salted(h[o + j], salt);
    }
    // The wide features are salted by side only: -4 and -3 share their rows, as do 3 and 4.
    for (let j = wideAt; j < end; j++) found[k++] = salted(h[o + j], WIDE_SALT_LEFT);
    for (let j = wideAt; j < end; j++) found[k++] = salted(h[o + j], WIDE_SALT_RIGHT);
    const memo = this.typeMemo;
    const missed = this.missed;
    const missKeys = this.missKeys;
    let m = 0;
    for (let j = 0; j < k; j++) {
      const key = found[j];
      const slot = (key & (TYPE_MEMO_SLOTS - 1)) << 1;
      const kept = memo[slot + 1];
      if (kept !== -2 && memo[slot] === key) found[j] = kept;
      else {
        missed[m] = j;
        missKeys[m++] = key;
      }
    }
    if (m > 0) {
      this.model.rows(missKeys, 0, m, 1, 1);
      for (let q = 0; q < m; q++) {
        const j = missed[q];
        const slot = (found[j] & (TYPE_MEMO_SLOTS - 1)) << 1;
        memo[slot] = found[j];
        memo[slot + 1] = missKeys[q];
        found[j] = missKeys[q];
      }
    }
    const steps = this.steps;
    const w = this.floats;
    // The weight rows are read once ahead of the sums, all of them (independent reads, whose
    // cache misses overlap), where the sums would wait for each row in turn.
    const stored = steps ?? w;
    let touched = 0;
    for (let j = 0; j < k; j++) {
      const row = found[j];
      if (row >= 0) touched += stored[row * T] + stored[row * T + T - 1];
    }
    this.touched += touched;
    // Offset 0, ±1 and ±2 (their rows in found, one stretch after another), then the wide rows,
    // left and right, each side's block serving two offsets (±3 and ±4).
    k = 0;
    k = this.sumInto(vec, at + BLOCK[REACH] * T, found, k, nearAt);
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue;
      k = this.sumInto(vec, at + BLOCK[d + REACH] * T, found, k, d === -1 || d === 1 ? farAt - nearAt : wideAt - farAt);
    }
    if (end > wideAt) {
      this.sumInto(vec, at + BLOCK[-4 + REACH] * T, found, k, end - wideAt);
      k = this.sumInto(vec, at + BLOCK[4 + REACH] * T, found, k + end - wideAt, end - wideAt);
    }
  }

  /**
   * vec[o, o + 9) = the float32 sum, in order, of the weight rows found[k, k + n) (-1: none), from
   * zero (the row was emptied); returns k + n.
   */
  private sumInto(vec: Float32Array, o: number, found: Int32Array, k: number, n: number): number {
    const fr = Math.fround;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    const steps = this.steps;
    if (steps !== null) {
      const scale = this.scale;
      for (const last = k + n; k < last; k++) {
        const row = found[k];
        if (row < 0) continue;
        const b = row * 9;
        s0 = fr(s0 + fr(steps[b] * scale));
        s1 = fr(s1 + fr(steps[b + 1] * scale));
        s2 = fr(s2 + fr(steps[b + 2] * scale));
        s3 = fr(s3 + fr(steps[b + 3] * scale));
        s4 = fr(s4 + fr(steps[b + 4] * scale));
        s5 = fr(s5 + fr(steps[b + 5] * scale));
        s6 = fr(s6 + fr(steps[b + 6] * scale));
        s7 = fr(s7 + fr(steps[b + 7] * scale));
        s8 = fr(s8 + fr(steps[b + 8] * scale));
      }
    } else {
      const w = this.floats;
      for (const last = k + n; k < last; k++) {
        const row = found[k];
        if (row < 0) continue;
        const b = row * 9;
        s0 = fr(s0 + w[b]);
        s1 = fr(s1 + w[b + 1]);
        s2 = fr(s2 + w[b + 2]);
        s3 = fr(s3 + w[b + 3]);
        s4 = fr(s4 + w[b + 4]);
        s5 = fr(s5 + w[b + 5]);
        s6 = fr(s6 + w[b + 6]);
        s7 = fr(s7 + w[b + 7]);
        s8 = fr(s8 + w[b + 8]);
      }
    }
    vec[o] = s0;
    vec[o + 1] = s1;
    vec[o + 2] = s2;
    vec[o + 3] = s3;
    vec[o + 4] = s4;
    vec[o + 5] = s5;
    vec[o + 6] = s6;
    vec[o + 7] = s7;
    vec[o + 8] = s8;
    return k;
  }

  /** Emission scores of the sentence's n words (words[0, n); `words` may be longer). */
  emissions(
    words: readonly WordFeatures[],
    n: number,
    gaz: SentenceMarks | null,
    extra: readonly (readonly number[])[] | null,
    emit: Float64Array,
  ): void {
    const T = this.T;
    // Every row this sentence reads stays put until its end (takeBack spares them).
    this.sentence++;
    this.makeRoom(n);
    if (this.bases.length < n) {
      this.bases = new Int32Array(n * 2);
      this.bigramRows = new Int32Array(n * 2 * PER_POSITION);
    }
    const bases = this.bases;
    // Each row's three cache lines are read here, word after word: the reads do not wait for
    // one another, so their cache misses overlap, where the sums below would take them one by one.
    let touched = 0;
    for (let i = 0; i < n; i++) {
      const at = (bases[i] = this.rowOf(words[i]));
      const pool = this.pool;
      touched += pool[at] + pool[at + 16] + pool[at + 32] + pool[at + 48] + pool[at + BLOCKS * 9 - 1];
    }
    this.touched = touched;
    // So are the probes of the word bigrams (9 in 10 of them find nothing): looked up for the
    // whole sentence first, added below in the order addRow adds them.
    // With them, the rows of the bigrams of shapes and classes (found in the memo); then the
    // weight rows of all of them are read ahead of the sums, for the same reason.
    const plain = !this.model.domains;
    const bigramRows = this.bigramRows;
    const grams = this.classBigrams;
    if (plain) {
      const model = this.model;
      // The keys first, into the same array (as int32: a hash passed to a call that is not
      // inlined is boxed when it does not fit a small integer), then each replaced by its row.
      for (let i = 0; i < n; i++) {
        const w = words[i];
        const prev = i > 0 ? words[i - 1] : null;
        const next = i + 1 < n ? words[i + 1] : null;
        const b = PER_POSITION * i;
        bigramRows[b] = joined(prev ? prev.normHash : BOUNDARY, w.normHash, BIGRAM_PREV);
        bigramRows[b + 1] = joined(w.normHash, next ? next.normHash : BOUNDARY, BIGRAM_NEXT);
        bigramRows[b + 2] = joined(prev ? prev.shapeHash : BOUNDARY, w.shapeHash, SHAPE_BIGRAM);
        if (grams) {
          bigramRows[b + 3] = joined(prev ? prev.classHash : BOUNDARY, w.classHash, CLASS_BIGRAM_PREV);
          bigramRows[b + 4] = joined(w.classHash, next ? next.classHash : BOUNDARY, CLASS_BIGRAM_NEXT);
        }
      }
      model.rows(bigramRows, 0, n, PER_POSITION, 2);
      this.memoRows(bigramRows, n, grams ? 3 : 1);
      if (!grams) for (let i = 0; i < n; i++) bigramRows[PER_POSITION * i + 3] = bigramRows[PER_POSITION * i + 4] = -1;
      const weights = this.steps ?? this.floats;
      let ahead = 0;
      for (let b = 0, end = PER_POSITION * n; b < end; b++) {
        const r = bigramRows[b];
        if (r >= 0) ahead += weights[r * T] + weights[r * T + T - 1];
      }
      this.touched += ahead;
    }
    const vec = this.pool;
    const bias = this.bias;
    const steps = this.steps;
    const scale = this.scale;
    const floats = this.floats;
    for (let i = 0; i < n; i++) {
      const e = i * T;
      // Nine tags, unrolled: this loop is the tagger's inner loop.
      let s0 = bias[0],
        s1 = bias[1],
        s2 = bias[2],
        s3 = bias[3],
        s4 = bias[4],
        s5 = bias[5],
        s6 = bias[6],
        s7 = bias[7],
        s8 = bias[8];
      for (let d = -REACH; d <= REACH; d++) {
        const p = i + d;
        const at = (p < 0 || p >= n ? 0 : bases[p]) + BLOCK[d + REACH] * T;
        s0 += vec[at];
        s1 += vec[at + 1];
        s2 += vec[at + 2];
        s3 += vec[at + 3];
        s4 += vec[at + 4];
        s5 += vec[at + 5];
        s6 += vec[at + 6];
        s7 += vec[at + 7];
        s8 += vec[at + 8];
      }
      if (plain) {
        // The word bigrams, the shape bigram and the class bigrams, in that order, added to the
        // sums before they are stored (as addWeights adds them: the scaled step, or the float).
        for (let b = PER_POSITION * i, end = b + PER_POSITION; b < end; b++) {
          const r = bigramRows[b];
          if (r < 0) continue;
          const base = r * 9;
          if (steps !== null) {
            s0 += Math.fround(steps[base] * scale);
            s1 += Math.fround(steps[base + 1] * scale);
            s2 += Math.fround(steps[base + 2] * scale);
            s3 += Math.fround(steps[base + 3] * scale);
            s4 += Math.fround(steps[base + 4] * scale);
            s5 += Math.fround(steps[base + 5] * scale);
            s6 += Math.fround(steps[base + 6] * scale);
            s7 += Math.fround(steps[base + 7] * scale);
            s8 += Math.fround(steps[base + 8] * scale);
          } else {
            s0 += floats[base];
            s1 += floats[base + 1];
            s2 += floats[base + 2];
            s3 += floats[base + 3];
            s4 += floats[base + 4];
            s5 += floats[base + 5];
            s6 += floats[base + 6];
            s7 += floats[base + 7];
            s8 += floats[base + 8];
          }
        }
      }
      emit[e] = s0;
      emit[e + 1] = s1;
      emit[e + 2] = s2;
      emit[e + 3] = s3;
      emit[e + 4] = s4;
      emit[e + 5] = s5;
      emit[e + 6] = s6;
      emit[e + 7] = s7;
      emit[e + 8] = s8;
      const w = words[i];
      const prev = i > 0 ? words[i - 1] : null;
      const next = i + 1 < n ? words[i + 1] : null;
      if (!plain) {
        this.addRow(emit, e, joined(prev ? prev.normHash : BOUNDARY, w.normHash, BIGRAM_PREV));
        this.addRow(emit, e, joined(w.normHash, next ? next.normHash : BOUNDARY, BIGRAM_NEXT));
        this.addMemoRow(emit, e, joined(prev ? prev.shapeHash : BOUNDARY, w.shapeHash, SHAPE_BIGRAM));
        if (this.classBigrams) {
          this.addMemoRow(emit, e, joined(prev ? prev.classHash : BOUNDARY, w.classHash, CLASS_BIGRAM_PREV));
          this.addMemoRow(emit, e, joined(w.classHash, next ? next.classHash : BOUNDARY, CLASS_BIGRAM_NEXT));
        }
      }
      if (this.wordClassBigrams) {
        this.addMemoRow(emit, e, joined(prev ? prev.stemHash : BOUNDARY, w.classHash, WORD_CLASS_PREV));
        this.addMemoRow(emit, e, joined(w.classHash, next ? next.stemHash : BOUNDARY, WORD_CLASS_NEXT));
      }
      if (gaz) {
        const marks = gaz.hashes;
        for (let k = gaz.starts[i], end = gaz.starts[i + 1]; k < end; k++) this.addMemoRow(emit, e, marks[k]);
      }
      if (extra) {
        const more = extra[i];
        for (let k = 0; k < more.length; k++) this.addRow(emit, e, more[k]);
      }
    }
  }
}

export class NerTagger {
  readonly extractor: FeatureExtractor;
  /** What the second pass remembers of earlier sentences (reset it between documents). */
  readonly memory: LabelMemory;
  private readonly scratch = new DecodeScratch();
  private readonly first: FastScorer;
  private readonly second: FastScorer | null;
  private words: WordFeatures[] = [];
  private stems: string[] = [];
  private firstTags = new Uint8Array(256);
  private extra: number[][] = [];
  /** A second model whose tag scores, times its weight, are added to the first pass's (an ensemble). */
  private partner: FastScorer | null = null;
  private partnerWeight = 0;
  private partnerEmit = new Float64Array(0);
  private sumTransitions: Float64Array | null = null;
  private sumStart: Float64Array | null = null;
  private sumEnd: Float64Array | null = null;
  /** The two models' trigram scores summed (second-order models), or null. */
  private sumTrigrams: Float64Array | null = null;

  readonly model: TaggerModel;
  /**
   * The vote of the name propagation (propagate.ts; 0, the default: a name tagged once is carried).
   * Tried on the cross-validation and left off: data/models/README.md.
   */
  propagationVote = 0;
  /** The name propagation's commonTwice (propagate.ts; off by default). */
  propagationCommonTwice = false;

  /** A tagger over a two-pass model, or over a single weight table (first pass only). */
  constructor(model: TaggerModel | NerModel, knowledge?: WordKnowledge) {
    this.model = model instanceof NerModel ? new TaggerModel(model, null, 0, model.info) : model;
    model = this.model;
    this.extractor = new FeatureExtractor(
      new Gazetteer(model.gazetteer),
      knowledge,
      model.first.signatures,
      model.first.wordClusters,
      model.first.classBigrams,
      model.first.wordClassBigrams,
    );
    const grams = this.extractor.classBigrams;
    const wordGrams = this.extractor.wordClassBigrams;
    this.first = new FastScorer(model.first, 0, grams, wordGrams);
    this.second = model.second ? new FastScorer(model.second, 1, grams, wordGrams) : null;
    this.extractor.keepPresent(new KeyFilter(model.second ? [model.first, model.second] : [model.first]));
    this.memory = new LabelMemory(model.window);
  }

  /**
   * Adds a second one-pass model trained with the same features (the same lexicons and word
   * classes; other training data) whose scores, emissions and transitions times `weight`, are
   * summed with the first model's before Viterbi. Only for a one-pass model.
   */
  withPartner(partner: NerModel, weight: number): this {
    if (this.second) throw new Error('a partner model needs a one-pass model');
    this.partner = new FastScorer(partner, 1, this.extractor.classBigrams, this.extractor.wordClassBigrams);
    // The partner's features too (the types kept so far, without them, are dropped).
    this.extractor.keepPresent(new KeyFilter([this.model.first, partner]));
    this.partnerWeight = weight;
    const m = this.model.first;
    const sum = (a: Float32Array, b: Float32Array) => Float64Array.from(a, (x, i) => x + weight * b[i]);
    this.sumTransitions = sum(m.transitions, partner.transitions);
    this.sumStart = sum(m.start, partner.start);
    this.sumEnd = sum(m.end, partner.end);
    this.sumTrigrams =
      m.trigrams || partner.trigrams
        ? Float64Array.from(
            m.trigrams ?? new Float32Array(partner.trigrams!.length),
            (x, i) => x + (partner.trigrams ? weight * partner.trigrams[i] : 0),
          )
        : null;
    return this;
  }

  /** The first pass's per-type rows of sums computed so far (a word's, again once its row was taken back). */
  get rowsComputed(): number {
    return this.first.computed;
  }

  /** Starts a new document: the memory of earlier sentences is emptied. */
  reset(): void {
    this.memory.reset();
    this.extractor.resetTopic();
  }

  /**
   * The tag indexes (into TAGS) of a sentence's tokens; the sentence then joins the memory.
   * `typeIds`: each token's word type id (Token.typeId, 0 when it has none), which finds its
   * features without hashing its text.
   */
  tagIndexes(tokens: readonly string[], out: Uint8Array = new Uint8Array(tokens.length), typeIds?: ArrayLike<number>): Uint8Array {
    const n = tokens.length;
    if (n === 0) return out;
    const T = this.model.first.T;
    // `words` keeps its length from sentence to sentence (only [0, n) is this sentence's), so
    // that no length is set; `stems` is the sentence's own (the name window keeps it).
    const words = this.words;
    const stems = (this.stems = new Array<string>(n));
    const extractor = this.extractor;
    for (let i = 0; i < n; i++) {
      const w = typeIds ? extractor.wordOfType(tokens[i], typeIds[i]) : extractor.word(tokens[i]);
      words[i] = w;
      stems[i] = w.stem;
    }
    const gaz = this.extractor.sentenceMarks(words, stems);
    this.extractor.pushTopic();
    const emit = this.scratch.emissions(n * T);
    const m1 = this.model.first;
    this.first.emissions(words, n, gaz, null, emit);
    if (this.partner) {
      if (this.partnerEmit.length < n * T) this.partnerEmit = new Float64Array(2 * n * T);
      const more = this.partnerEmit;
      this.partner.emissions(words, n, gaz, null, more);
      const w = this.partnerWeight;
      for (let k = 0; k < n * T; k++) emit[k] += w * more[k];
      if (this.sumTrigrams)
        viterbi2Iob2(n, emit, this.sumTransitions!, this.sumStart!, this.sumEnd!, this.sumTrigrams, out, this.scratch.lattice);
      else viterbiIob2(n, emit, this.sumTransitions!, this.sumStart!, this.sumEnd!, out, this.scratch.lattice);
      return out;
    }
    if (!this.second) {
      if (m1.trigrams) viterbi2Iob2(n, emit, m1.transitions, m1.start, m1.end, m1.trigrams, out, this.scratch.lattice);
      else viterbiIob2(n, emit, m1.transitions, m1.start, m1.end, out, this.scratch.lattice);
      return out;
    }
    if (this.firstTags.length < n) this.firstTags = new Uint8Array(n * 2);
    const firstTags = this.firstTags.subarray(0, n);
    viterbiIob2(n, emit, m1.transitions, m1.start, m1.end, firstTags, this.scratch.lattice);
    const extra = this.memory.features(stems, firstTags, this.extra);
    const m2 = this.model.second!;
    this.second.emissions(words, n, gaz, extra, emit);
    viterbiIob2(n, emit, m2.transitions, m2.start, m2.end, out, this.scratch.lattice);
    this.memory.remember(stems, firstTags);
    return out;
  }

  /**
   * How sure the model was of the last sentence tagIndexes tagged (n tokens): the least, over its
   * tokens, of the best tag's emission score less the second best's (self-training keeps the
   * sentences of the news it is surest of).
   */
  lastMargin(n: number): number {
    const emit = this.scratch.emissions(0);
    const T = this.model.first.T;
    let least = Infinity;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let next = -Infinity;
      for (let t = 0; t < T; t++) {
        const x = emit[i * T + t];
        if (x > best) {
          next = best;
          best = x;
        } else if (x > next) next = x;
      }
      least = Math.min(least, best - next);
    }
    return least;
  }

  /** The same tags computed feature by feature, without the caches (tests check they agree). */
  tagIndexesSlow(tokens: readonly string[], out: Uint8Array = new Uint8Array(tokens.length), memory = this.memory): Uint8Array {
    const n = tokens.length;
    if (n === 0) return out;
    const f = this.extractor.sentence(tokens);
    const decode = (m: NerModel, plain: typeof f, into: Uint8Array) => {
      const feats = m.domains ? withDomain(plain, 0) : plain;
      const rows = this.scratch.rowBuffer(feats.hashes.length);
      for (let k = 0; k < feats.hashes.length; k++) rows[k] = m.row(feats.hashes[k]);
      decodeRows(n, m.T, rows, feats.offsets, m.weights, m.transitions, m.start, m.end, into, this.scratch, m.trigrams);
    };
    if (!this.model.second) {
      decode(this.model.first, f, out);
      return out;
    }
    const firstTags = new Uint8Array(n);
    decode(this.model.first, f, firstTags);
    const stems = tokens.map((t) => this.extractor.word(t).stem);
    decode(this.model.second, withExtra(f, memory.features(stems, firstTags)), out);
    memory.remember(stems, firstTags);
    return out;
  }

  /** The IOB2 tags of a sentence's tokens (B-/I- PERS, LOC, ORG, MISC, or O), the sentence alone. */
  tagSentence(tokens: readonly string[]): string[] {
    return Array.from(this.tagIndexes(tokens), (t) => TAGS[t]);
  }

  /**
   * Tags a sentence of a document and adds it to `names`, the document's window of names
   * (propagate.ts); returns the sentences the window releases, tags final. Call `names.flush()`
   * at the end of the document and `reset()` before the next.
   */
  tagInDocument<P>(names: NamePropagator<P>, tokens: readonly string[], payload: P, typeIds?: ArrayLike<number>): WindowSentence<P>[] {
    const tags = this.tagIndexes(tokens, new Uint8Array(tokens.length), typeIds);
    // tagIndexes left the sentence's words in this.words and their stems in this.stems.
    applyNameRules(tags, this.words);
    return names.push(tokens.length > 0 ? this.stems : [], tags, payload);
  }

  /**
   * Tags the sentences of one document, names carried between nearby sentences: yields each
   * sentence, in order, once its window is complete, with its final tags. (`arqam ner`, which
   * reads a stream, calls tagInDocument itself.)
   */
  *tagDocument<P>(
    sentences: Iterable<{ tokens: readonly string[]; payload: P; typeIds?: ArrayLike<number> }>,
  ): Generator<WindowSentence<P>> {
    this.reset();
    const names = new NamePropagator<P>(NAME_WINDOW, undefined, this.propagationVote, this.propagationCommonTwice);
    for (const s of sentences) yield* this.tagInDocument(names, s.tokens, s.payload, s.typeIds);
    yield* names.flush();
  }

  /** The IOB2 tags of the sentences of one document, names carried between nearby sentences. */
  tagSentences(sentences: readonly (readonly string[])[]): string[][] {
    const out: string[][] = new Array(sentences.length);
    for (const d of this.tagDocument(sentences.map((tokens, i) => ({ tokens, payload: i }))))
      out[d.payload] = Array.from(d.tags, (t) => TAGS[t]);
    return out;
  }
}
