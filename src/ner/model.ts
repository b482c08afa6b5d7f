// The trained tagger's parameters: a weight row of 9 tag scores per feature hash, tag-transition
// scores, and the gazetteer it was trained with. The file is a small JSON header, the keys, and the
// rows as little-endian int16 steps of one scale (files of the float32 and unpadded int16 formats
// before still load). Loading makes typed-array views over the file's bytes (no copy, no per-weight
// conversion: the tagger scales a step when it reads it, Math.fround(step × scale), the float32 the
// file of before held), and the rows are stored in the order of their home slot in a hash table of
// the keys, so a row is found through the first row of its bucket of home slots (homeBuckets); a
// model whose rows are in another order (trained in memory) uses an open-addressing table.
import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { FEATURE_VERSION } from './features.js';
import type { GazetteerData } from './gazetteer.js';
import type { SignatureData } from './signatures.js';
import { WordClusters, type ClusterData } from './word-clusters.js';
import { TAGS, allowedTransition } from './tags.js';
import { trigramSize } from './viterbi.js';

/** A move IOB2 forbids (I-X after O or after another type). */
export const FORBIDDEN = -1e9;

/**
 * The mask of the key table of `n` rows: at least 1.5 times as many slots as rows, a power of
 * two (the model's 332,795 rows: 524,288 slots, 4 MB, where twice as many slots took 8 MB of
 * pages first touched at every start; a probe reads 8-byte slots, 8 to a cache line).
 */
function tableMask(n: number): number {
  let cap = 16;
  while (cap * 2 < n * 3) cap *= 2;
  return cap - 1;
}

/** log2 of the home slots a bucket of the row index covers (8: about 5 rows a bucket in the model's table). */
const BUCKET_SHIFT = 3;

/**
 * The index of keys stored in the order of their home slot (`key & mask`, as serializeModel writes
 * them): the first row of each bucket of 2^BUCKET_SHIFT home slots, then the row count, or null
 * when the keys are not in that order. For the model's 524,288 slots, 256 KB in one pass over the
 * keys, where the open-addressing table took 4 MB of new pages and a probe loop per row at every
 * start. A key given twice is an error, as in the table.
 */
function homeBuckets(keys: Int32Array, mask: number): Int32Array | null {
  const count = (mask + 1) >>> BUCKET_SHIFT;
  if (count === 0) return null;
  const buckets = new Int32Array(count + 1);
  let next = 0;
  let previous = -1;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r];
    const home = key & mask;
    if (home < previous) return null;
    if (home === previous) {
      for (let q = r - 1; q >= 0 && (keys[q] & mask) === home; q--) {
        if (keys[q] === key) throw new Error(`duplicate feature ${key >>> 0} in model`);
      }
    }
    previous = home;
    const b = home >>> BUCKET_SHIFT;
    while (next <= b) buckets[next++] = r;
  }
  while (next <= count) buckets[next++] = keys.length;
  return buckets;
}

export interface NerModelInfo {
  /** What the model was trained on and how (written by the trainer, shown by the README). */
  training?: Record<string, unknown>;
  /** Scores measured when the model was trained. */
  scores?: Record<string, unknown>;
}

export interface NerModelParts extends NerModelInfo {
  /** Trained with domain copies of the features: tagging adds the news copy of each. */
  domains?: boolean;
  keys: Uint32Array;
  /** keys.length × TAGS.length scores, row-major (a model trained in memory, or a float32 file). */
  weights?: Float32Array;
  /** Or the same scores as int16 steps of `scale` (an int16 file): score = Math.fround(step × scale). */
  steps?: Int16Array;
  /** TAGS.length² transition scores, [prev * T + next]. */
  transitions: Float32Array;
  start: Float32Array;
  end: Float32Array;
  /** Second order: (T + 1) × T × T scores of three tags in a row (viterbi2), or none (first order). */
  trigrams?: Float32Array | null;
  gazetteer: GazetteerData;
  signatures?: SignatureData | null;
  /** Word classes of the unlabeled news (src/ner/word-clusters.ts), or none. */
  clusters?: ClusterData | null;
  /** The int16 step the weights were quantized to when the model was saved (a loaded model): saving again keeps it; required with `steps`. */
  scale?: number;
  /** Trained with class bigrams (features.ts: the word's middle class with its neighbours'); absent in older models: no. */
  classBigrams?: boolean;
  /** Trained with word-class bigrams (features.ts: the word's middle class with its neighbours' stems); absent: no. */
  wordClassBigrams?: boolean;
}

const MAGIC = 'ARQNER01';
const LITTLE_ENDIAN = endianness() === 'LE';

export class NerModel {
  readonly T = TAGS.length;
  readonly keys: Uint32Array;
  /** The scores as int16 steps of `scale` (a model read from an int16 file), or null: read `weights`. */
  readonly steps: Int16Array | null;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
  /** Scores of three tags in a row (a second-order model, decoded by viterbi2), or null. */
  readonly trigrams: Float32Array | null;
  readonly gazetteer: GazetteerData;
  readonly signatures: SignatureData | null;
  readonly clusters: ClusterData | null;
  /** The classes' lookup, built when the model is (part of its load time). */
  readonly wordClusters: WordClusters | null;
  readonly info: NerModelInfo;
  readonly domains: boolean;
  /** The weights' quantization step, when they were read from a file. */
  readonly scale: number | null;
  /** The features include class bigrams (FeatureExtractor's classBigrams). */
  readonly classBigrams: boolean;
  /** The features include word-class bigrams (FeatureExtractor's wordClassBigrams). */
  readonly wordClassBigrams: boolean;
  /**
   * Rows in the order of their home slot (a model read from a file): the first row of each bucket
   * of BUCKET_SLOTS home slots (and the row count at the end), the rows of a key's bucket read in
   * the keys; else null and the rows are found through `table`.
   */
  private readonly buckets: Int32Array | null;
  /** The keys as int32 (compared with `h | 0`). */
  private readonly keys32: Int32Array;
  /** Open addressing with each slot's key and row side by side ([2s] key, [2s + 1] row + 1, or 0 when empty): one cache line per probe; built only for rows not in home-slot order. */
  private readonly table: Int32Array | null;
  private readonly mask: number;
  private floats: Float32Array | null;

  constructor(parts: NerModelParts) {
    const T = this.T;
    this.keys = parts.keys;
    this.steps = parts.steps ?? null;
    this.floats = parts.weights ?? null;
    if (this.steps ? parts.scale === undefined : !this.floats) throw new Error('a model needs weights, or steps and their scale');
    this.gazetteer = parts.gazetteer;
    this.signatures = parts.signatures ?? null;
    this.clusters = parts.clusters ?? null;
    this.wordClusters = this.clusters ? new WordClusters(this.clusters) : null;
    this.domains = parts.domains ?? false;
    this.scale = parts.scale ?? null;
    this.classBigrams = (parts.classBigrams ?? false) && this.clusters !== null;
    this.wordClassBigrams = (parts.wordClassBigrams ?? false) && this.clusters !== null;
    this.info = { training: parts.training, scores: parts.scores };
    // IOB2 is enforced by the lattice, whatever the weights say.
    this.transitions = Float32Array.from(parts.transitions);
    this.start = Float32Array.from(parts.start);
    this.end = Float32Array.from(parts.end);
    this.trigrams = parts.trigrams ? Float32Array.from(parts.trigrams) : null;
    if (this.trigrams && this.trigrams.length !== trigramSize(T))
      throw new Error(`a model needs ${trigramSize(T)} trigram scores, got ${this.trigrams.length}`);
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++) if (!allowedTransition(p, t)) this.transitions[p * T + t] = FORBIDDEN;
    }
    for (let t = 0; t < T; t++) if (!allowedTransition(-1, t)) this.start[t] = FORBIDDEN;
    this.mask = tableMask(this.keys.length);
    const mask = this.mask;
    const keys = this.keys;
    this.keys32 = new Int32Array(keys.buffer, keys.byteOffset, keys.length);
    this.buckets = homeBuckets(this.keys32, mask);
    this.table = null;
    if (this.buckets) return;
    const table = (this.table = new Int32Array((mask + 1) * 2));
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] | 0;
      let s = key & mask;
      while (table[2 * s + 1] !== 0) {
        if (table[2 * s] === key) throw new Error(`duplicate feature ${key >>> 0} in model`);
        s = (s + 1) & mask;
      }
      table[2 * s] = key;
      table[2 * s + 1] = r + 1;
    }
  }

  /**
   * keys.length × TAGS.length scores, row-major. A model read from an int16 file makes them from
   * its steps when first asked (12 MB; the tagger reads the steps instead).
   */
  get weights(): Float32Array {
    if (!this.floats) {
      const steps = this.steps!;
      const scale = this.scale!;
      const floats = new Float32Array(steps.length);
      for (let i = 0; i < steps.length; i++) floats[i] = steps[i] * scale;
      this.floats = floats;
    }
    return this.floats;
  }

  /** The weight row of feature hash `h`, or -1. */
  row(h: number): number {
    const key = h | 0;
    const buckets = this.buckets;
    if (buckets) {
      const b = (key & this.mask) >>> BUCKET_SHIFT;
      const keys = this.keys32;
      for (let r = buckets[b], end = buckets[b + 1]; r < end; r++) if (keys[r] === key) return r;
      return -1;
    }
    const table = this.table!;
    let s = key & this.mask;
    for (;;) {
      const r = table[2 * s + 1];
      if (r === 0) return -1;
      if (table[2 * s] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /**
   * row() of keys[stride × i + k] for k < count and every i in [from, to), each key replaced by
   * its row in place (one call for a sentence's keys: a key passed to row() one by one is boxed
   * when the call is not inlined and the key does not fit a small integer).
   */
  rows(keys: Int32Array, from: number, to: number, stride: number, count: number): void {
    const mask = this.mask;
    const buckets = this.buckets;
    if (buckets) {
      const keys32 = this.keys32;
      for (let i = from; i < to; i++) {
        for (let b = stride * i, end = b + count; b < end; b++) {
          const key = keys[b];
          const k = (key & mask) >>> BUCKET_SHIFT;
          let r = -1;
          for (let q = buckets[k], last = buckets[k + 1]; q < last; q++) {
            if (keys32[q] === key) {
              r = q;
              break;
            }
          }
          keys[b] = r;
        }
      }
      return;
    }
    const table = this.table!;
    for (let i = from; i < to; i++) {
      for (let b = stride * i, end = b + count; b < end; b++) {
        const key = keys[b];
        let s = key & mask;
        let r: number;
        for (;;) {
          const id1 = table[2 * s + 1];
          if (id1 === 0) {
            r = -1;
            break;
          }
          if (table[2 * s] === key) {
            r = id1 - 1;
            break;
          }
          s = (s + 1) & mask;
        }
        keys[b] = r;
      }
    }
  }

  /** Writes the model file. */
  save(path: string | URL): void {
    writeFileSync(path, serializeModel(this));
  }

  /** Reads a model file written by `save`. */
  static load(path: string | URL): NerModel {
    return deserializeModel(readFileSync(path), String(path));
  }
}

interface Header {
  format: string;
  featureVersion: number;
  tags: readonly string[];
  domains?: boolean;
  /** Absent (no) in models trained before class bigrams existed: the same feature version. */
  classBigrams?: boolean;
  /** Absent (no) in models trained before word-class bigrams existed. */
  wordClassBigrams?: boolean;
  features: number;
  scale: number;
  /**
   * How the rows are stored: "int16" (steps of scale, padded to 4 bytes), "float32" (multiples of
   * scale, the files of before), or int16 steps without padding when absent (the files before those).
   */
  weights?: 'int16' | 'float32';
  transitions: number[];
  start: number[];
  end: number[];
  /** Absent in first-order models (all before 2026-12-07's second-order option). */
  trigrams?: number[];
  gazetteer: GazetteerData;
  signatures?: SignatureData | null;
  /** The word classes' sizes; their arrays follow the weights (see clusterBlockBytes). */
  clusters?: {
    granularities: number[];
    source: string[];
    units: number;
    chars: number;
    second?: number;
    binary?: boolean;
    binaryNear?: boolean;
  } | null;
  training?: Record<string, unknown>;
  scores?: Record<string, unknown>;
}

function round(a: ArrayLike<number>): number[] {
  return Array.from(a, (x) => (x <= FORBIDDEN ? 0 : Math.round(x * 1e4) / 1e4));
}

/**
 * The model as bytes: magic, header length, JSON header, then keys and the weights as int16 steps
 * of one scale (padded to 4 bytes), rows sorted by their home slot in the key table.
 */
export function serializeModel(m: NerModel): Buffer {
  const T = m.T;
  let scale = m.scale;
  if (scale === null) {
    let max = 0;
    for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
    scale = max > 0 ? max / 32767 : 1;
  }
  const header: Header = {
    format: 'arqam-ner',
    featureVersion: FEATURE_VERSION,
    tags: TAGS,
    domains: m.domains,
    ...(m.classBigrams ? { classBigrams: true } : {}),
    ...(m.wordClassBigrams ? { wordClassBigrams: true } : {}),
    features: m.keys.length,
    scale,
    weights: 'int16',
    transitions: round(m.transitions),
    start: round(m.start),
    end: round(m.end),
    ...(m.trigrams ? { trigrams: round(m.trigrams) } : {}),
    training: m.info.training,
    scores: m.info.scores,
    gazetteer: m.gazetteer,
    signatures: m.signatures,
    ...(m.clusters
      ? {
          clusters: {
            granularities: m.clusters.granularities,
            source: m.clusters.source,
            units: m.clusters.starts.length - 1,
            chars: m.clusters.pool.length,
            ...(m.clusters.second ? { second: m.clusters.second } : {}),
            ...(m.clusters.binary ? { binary: true } : {}),
            ...(m.clusters.binaryNear ? { binaryNear: true } : {}),
          },
        }
      : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  const n = m.keys.length;
  const c = header.clusters;
  const extra = c ? clusterBlockBytes(c.units, c.chars, c.granularities.length) : 0;
  const wbytes = n * T * 2;
  const out = Buffer.alloc(MAGIC.length + 4 + json.length + pad + n * 4 + wbytes + (wbytes & 2) + extra);
  let o = out.write(MAGIC, 0, 'latin1');
  o = out.writeUInt32LE(json.length + pad, o);
  o += json.copy(out, o);
  out.fill(0x20, o, o + pad);
  o += pad;
  // Rows by home slot (ties in their order), so that loading fills the table front to back.
  const mask = tableMask(n);
  const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => (m.keys[a] & mask) - (m.keys[b] & mask) || a - b);
  for (const r of order) o = out.writeUInt32LE(m.keys[r], o);
  const steps = m.steps;
  const weights = steps ? null : m.weights;
  for (const r of order) {
    for (let t = 0; t < T; t++) {
      // The int16 step (-0 made 0).
      const k = steps ? steps[r * T + t] : Math.round(weights![r * T + t] / scale) || 0;
      if (k < -32768 || k > 32767) throw new Error(`weight ${weights![r * T + t]} is not an int16 step of ${scale}`);
      o = out.writeInt16LE(k, o);
    }
  }
  o += wbytes & 2;
  if (m.clusters) {
    // Unit starts (int32), the units' code units (uint16, padded to 4 bytes), classes (uint16).
    for (const x of m.clusters.starts) o = out.writeInt32LE(x, o);
    for (const x of m.clusters.pool) o = out.writeUInt16LE(x, o);
    o += (m.clusters.pool.length & 1) * 2;
    for (const x of m.clusters.classes) o = out.writeUInt16LE(x, o);
  }
  return out;
}

/** Bytes of the word-class block: starts, the pool padded to 4 bytes, the classes padded to 4. */
function clusterBlockBytes(units: number, chars: number, granularities: number): number {
  const classes = units * granularities * 2;
  return (units + 1) * 4 + chars * 2 + (chars & 1) * 2 + classes + (classes & 2);
}

/** The word classes stored after the weights (little-endian, as serializeModel writes them). */
function readClusterBlock(buf: Buffer, at: number, c: NonNullable<Header['clusters']>): ClusterData {
  const G = c.granularities.length;
  // Viewed in place when the block starts at a multiple of 4 (every array in it then does), else copied.
  const inPlace = (buf.byteOffset + at) % 4 === 0;
  const bytes = (length: number): [ArrayBuffer, number] => {
    const from = at;
    at += length;
    if (inPlace) return [buf.buffer as ArrayBuffer, buf.byteOffset + from];
    const out = new ArrayBuffer(length);
    new Uint8Array(out).set(buf.subarray(from, from + length));
    return [out, 0];
  };
  let starts: Int32Array;
  let pool: Uint16Array;
  let classes: Uint16Array;
  if (LITTLE_ENDIAN) {
    starts = new Int32Array(...bytes((c.units + 1) * 4), c.units + 1);
    pool = new Uint16Array(...bytes(c.chars * 2), c.chars);
    at += (c.chars & 1) * 2;
    classes = new Uint16Array(...bytes(c.units * G * 2), c.units * G);
  } else {
    starts = Int32Array.from({ length: c.units + 1 }, (_, i) => buf.readInt32LE(at + i * 4));
    at += (c.units + 1) * 4;
    pool = Uint16Array.from({ length: c.chars }, (_, i) => buf.readUInt16LE(at + i * 2));
    at += c.chars * 2 + (c.chars & 1) * 2;
    classes = Uint16Array.from({ length: c.units * G }, (_, i) => buf.readUInt16LE(at + i * 2));
  }
  return {
    granularities: c.granularities,
    source: c.source,
    starts,
    pool,
    classes,
    ...(c.second ? { second: c.second } : {}),
    ...(c.binary ? { binary: true } : {}),
    ...(c.binaryNear ? { binaryNear: true } : {}),
  };
}

/** Reads model bytes; `name` is used in errors. */
export function deserializeModel(bytes: Uint8Array, name = 'model'): NerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${name}: not an arqam NER model`);
  }
  const hlen = buf.readUInt32LE(MAGIC.length);
  const h0 = MAGIC.length + 4;
  const header = JSON.parse(buf.toString('utf8', h0, h0 + hlen)) as Header;
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `${name}: trained with features v${header.featureVersion}, this arqam computes v${FEATURE_VERSION}; retrain with npm run train:ner`,
    );
  }
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error(`${name}: unexpected tag set ${header.tags.join(' ')}`);
  const T = TAGS.length;
  const n = header.features;
  const o = h0 + hlen;
  const c = header.clusters ?? null;
  const float = header.weights === 'float32';
  // The int16 rows of this format are padded to 4 bytes; those of the unmarked format before were not.
  const wbytes = float ? n * T * 4 : n * T * 2 + (header.weights === 'int16' ? (n * T * 2) & 2 : 0);
  if (buf.length !== o + n * 4 + wbytes + (c ? clusterBlockBytes(c.units, c.chars, c.granularities.length) : 0)) {
    throw new Error(`${name}: truncated or damaged model file`);
  }
  // Views over the file's bytes where they are aligned, else copies. The file is little-endian;
  // a big-endian machine reads it value by value.
  const aligned = LITTLE_ENDIAN && (buf.byteOffset + o) % 4 === 0;
  const copyOf = (at: number, length: number): ArrayBuffer =>
    buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + length) as ArrayBuffer;
  let keys: Uint32Array;
  let weights: Float32Array | undefined;
  let steps: Int16Array | undefined;
  if (aligned) keys = new Uint32Array(buf.buffer, buf.byteOffset + o, n);
  else if (LITTLE_ENDIAN) keys = new Uint32Array(copyOf(o, n * 4));
  else keys = Uint32Array.from({ length: n }, (_, i) => buf.readUInt32LE(o + i * 4));
  const scale = header.scale;
  if (float) {
    if (aligned) weights = new Float32Array(buf.buffer, buf.byteOffset + o + n * 4, n * T);
    else if (LITTLE_ENDIAN) weights = new Float32Array(copyOf(o + n * 4, n * T * 4));
    else weights = Float32Array.from({ length: n * T }, (_, i) => buf.readFloatLE(o + n * 4 + i * 4));
  } else if (LITTLE_ENDIAN && (buf.byteOffset + o) % 2 === 0) steps = new Int16Array(buf.buffer, buf.byteOffset + o + n * 4, n * T);
  else if (LITTLE_ENDIAN) steps = new Int16Array(copyOf(o + n * 4, n * T * 2));
  else steps = Int16Array.from({ length: n * T }, (_, i) => buf.readInt16LE(o + n * 4 + i * 2));
  return new NerModel({
    scale,
    domains: header.domains ?? false,
    classBigrams: header.classBigrams ?? false,
    wordClassBigrams: header.wordClassBigrams ?? false,
    keys,
    weights,
    steps,
    transitions: Float32Array.from(header.transitions),
    start: Float32Array.from(header.start),
    end: Float32Array.from(header.end),
    trigrams: header.trigrams ? Float32Array.from(header.trigrams) : null,
    gazetteer: header.gazetteer,
    signatures: header.signatures ?? null,
    clusters: c ? readClusterBlock(buf, o + n * 4 + wbytes, c) : null,
    training: header.training,
    scores: header.scores,
  });
}

/**
 * The tagger's model: the first-pass weights and, when trained with memory, the second-pass
 * weights that also read what the first pass said of earlier words (src/ner/memory.ts).
 */
export class TaggerModel {
  readonly info: NerModelInfo;

  constructor(
    readonly first: NerModel,
    readonly second: NerModel | null,
    /** Tokens the memory of the second pass looks back over. */
    readonly window: number,
    info: NerModelInfo = {},
  ) {
    this.info = info;
  }

  get gazetteer(): GazetteerData {
    return this.first.gazetteer;
  }

  save(path: string | URL): void {
    writeFileSync(path, serializeTaggerModel(this));
  }

  static load(path: string | URL): TaggerModel {
    return deserializeTaggerModel(readFileSync(path), String(path));
  }
}

const MAGIC2 = 'ARQNER02';

/** Magic, JSON header {window, training, scores}, then each pass's model with its length. */
export function serializeTaggerModel(m: TaggerModel): Buffer {
  let json = Buffer.from(JSON.stringify({ window: m.window, training: m.info.training, scores: m.info.scores }), 'utf8');
  // Padded with spaces so that the first pass's model starts at a multiple of 4 (its arrays are then viewed in place).
  const pad = (4 - ((MAGIC2.length + 8 + json.length + 4) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const parts = [m.first, ...(m.second ? [m.second] : [])].map(serializeModel);
  const head = Buffer.alloc(MAGIC2.length + 8);
  head.write(MAGIC2, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC2.length);
  head.writeUInt32LE(parts.length, MAGIC2.length + 4);
  const out: Buffer[] = [head, json];
  for (const p of parts) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(p.length);
    out.push(len, p);
  }
  return Buffer.concat(out);
}

export function deserializeTaggerModel(bytes: Uint8Array, name = 'model'): TaggerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('latin1', 0, MAGIC.length) === MAGIC) {
    // A single weight table (first pass only).
    const m = deserializeModel(buf, name);
    return new TaggerModel(m, null, 0, m.info);
  }
  if (buf.length < MAGIC2.length + 8 || buf.toString('latin1', 0, MAGIC2.length) !== MAGIC2) {
    throw new Error(`${name}: not an arqam NER model`);
  }
  const hlen = buf.readUInt32LE(MAGIC2.length);
  const count = buf.readUInt32LE(MAGIC2.length + 4);
  let o = MAGIC2.length + 8;
  if (buf.length < o + hlen || count < 1 || count > 2) throw new Error(`${name}: truncated or damaged model file`);
  const header = JSON.parse(buf.toString('utf8', o, o + hlen)) as {
    window: number;
    training?: Record<string, unknown>;
    scores?: Record<string, unknown>;
  };
  o += hlen;
  const models: NerModel[] = [];
  for (let k = 0; k < count; k++) {
    if (buf.length < o + 4) throw new Error(`${name}: truncated or damaged model file`);
    const len = buf.readUInt32LE(o);
    o += 4;
    if (buf.length < o + len) throw new Error(`${name}: truncated or damaged model file`);
    models.push(deserializeModel(buf.subarray(o, o + len), name));
    o += len;
  }
  if (o !== buf.length) throw new Error(`${name}: truncated or damaged model file`);
  return new TaggerModel(models[0], models[1] ?? null, header.window, { training: header.training, scores: header.scores });
}
