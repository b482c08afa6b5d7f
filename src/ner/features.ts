// The features of a token in its sentence, as 32-bit hashes. Each word type's own features are
// computed once and cached (normalized form, base, stem, affixes, clitics, shape); a position
// then gathers its word's features, its neighbours' (±2, salted by offset), word bigrams, the
// lexicon names covering it and its neighbours, and a bias. Tagging a token costs only integer
// mixing and cache lookups, no string building.
import type { Gazetteer, NamesFrom } from './gazetteer.js';
import { hashFeature, hashInt, hashIntPair, hashRange, joined, salted } from './hash.js';
import type { SignatureData } from './signatures.js';
import { unitOf, type WordClusters } from './word-clusters.js';
import { viewOfString, type WordView } from './word-view.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';

/** Bumped whenever the features change: a model records it and refuses a different one (3: word classes). */
export const FEATURE_VERSION = 3;

/**
 * Per word type: its own features and what its neighbours see of it, in one run of hashes of a
 * shared slab, slab[at, at + size): own [0, nearAt), near [nearAt, farAt), far [farAt, wideAt),
 * wide [wideAt, size), offsets relative to `at`.
 */
export interface WordFeatures {
  /** The slab holding the word's hashes (shared with other word types: read only [at, at + size)). */
  readonly slab: Uint32Array;
  readonly at: number;
  readonly size: number;
  readonly nearAt: number;
  readonly farAt: number;
  readonly wideAt: number;
  /** The word's hashes, slab[at, at + size) (a view made when read: the hot paths read the slab). */
  readonly hashes: Uint32Array;
  /** Features of the word at the position being tagged (a view, made when read). */
  readonly own: Uint32Array;
  /** Features seen from one position away (salted by the offset when used). */
  readonly near: Uint32Array;
  /** Features seen from two positions away. */
  readonly far: Uint32Array;
  /** Features seen from three or four positions away, on either side (a bag of words). */
  readonly wide: Uint32Array;
  /** The hashes of the word's normalized form and shape, as signed 32-bit integers (never boxed). */
  readonly normHash: number;
  readonly shapeHash: number;
  /** The word's middle class, hashed ('none' when too rare in the unlabeled text), for the class bigrams. */
  readonly classHash: number;
  /** The hash of the word's stem (as the stem feature), for the word-class bigrams. */
  readonly stemHash: number;
  readonly stem: string;
  /** Quote marks of the raw token: QUOTE_OPEN / QUOTE_CLOSE / QUOTE_BOTH bits (see quoteMarks). */
  readonly quote: number;
  /** Some lexicon name starts with this word's stem (gazNames is not null). */
  readonly gazStart: boolean;
  /** The lexicon names that start with this word's stem (Gazetteer.namesFrom), or null (set by the extractor). */
  readonly gazNames: NamesFrom | null;
  /** Some lexicon name of several words has this word's stem second (Gazetteer.isSecond; set by the extractor). */
  readonly gazSecond: boolean;
  /** The word carries a proclitic (و، ف، ب، ل، ك، س): وبوخارست, بأفغانستان. */
  readonly proclitic: boolean;
  /** The word carries the article (الحزب). */
  readonly article: boolean;
  /** A country or region adjective of the lexicons (الفرنسية, الأوروبي) (set by the extractor). */
  readonly nisba: boolean;
  /** Seen 100 times or more in data/lexicon/vocab.tsv: a plain word more than a name (set by the extractor). */
  readonly common: boolean;
  /** A word of sports news (the gazetteer type `topic-sport`, set by the extractor): counted by the topic window. */
  readonly topic: boolean;
  /** A function word (set from the word's view): it ends a head chain. */
  readonly stop: boolean;
  /** An organisation head noun (the gazetteer type CHAIN_TYPE, set by the extractor): it starts a head chain. */
  readonly chainHead: boolean;
  /**
   * Where the first and the second pass of the tagger that owns the extractor keep this word
   * type's tag-score sums: a stamp of the row of its flat table (tagger.ts), -1 before the first use.
   */
  scoreRow0: number;
  scoreRow1: number;
}

/** TypeFeatures.bits above the quote bits (quoteBits: 5 bits). */
const PROCLITIC = 1 << 5;
const ARTICLE = 1 << 6;
const NISBA = 1 << 7;
const COMMON = 1 << 8;
const GAZ_SECOND = 1 << 9;
const TOPIC = 1 << 10;
const STOP = 1 << 11;
const CHAIN_HEAD = 1 << 12;
const QUOTE_MASK = PROCLITIC - 1;

/**
 * WordFeatures as one object of fixed shape (9 fields: the extractor keeps one for each of up to
 * 65,536 word types): its hashes a run of a shared slab (an offset, no view of its own: a view
 * cost a type 96 bytes more), its quote bits and flags one small integer. The run starts with the
 * word's four hashes for bigrams (HEAD: norm, shape, class, stem; `at` points past them) and the
 * four offsets are two fields of two 16-bit halves: 96 bytes an object instead of 144 with a field
 * each (issue 20: 65,000 types of 5 MB of unseen news, 2 MB less live at the end of the run).
 */
class TypeFeatures implements WordFeatures {
  gazNames: NamesFrom | null = null;
  scoreRow0 = -1;
  scoreRow1 = -1;

  constructor(
    /** A slab of HASH_SLAB (see takeHashes); moved to the current slab when the extractor keeps the type again. */
    public slab: Uint32Array,
    /** Where the features start in the slab (the HEAD hashes just before). */
    public at: number,
    /** nearAt | farAt << 16. */
    private readonly nearFar: number,
    /** wideAt | size << 16. */
    private readonly wideSize: number,
    readonly stem: string,
    /** quote bits | PROCLITIC | ARTICLE | NISBA | COMMON | GAZ_SECOND. */
    public bits: number,
  ) {}

  get nearAt(): number {
    return this.nearFar & 0xffff;
  }
  get farAt(): number {
    return this.nearFar >>> 16;
  }
  get wideAt(): number {
    return this.wideSize & 0xffff;
  }
  get size(): number {
    return this.wideSize >>> 16;
  }
  get normHash(): number {
    return this.slab[this.at - HEAD] | 0;
  }
  get shapeHash(): number {
    return this.slab[this.at - HEAD + 1] | 0;
  }
  get classHash(): number {
    return this.slab[this.at - HEAD + 2] | 0;
  }
  get stemHash(): number {
    return this.slab[this.at - HEAD + 3] | 0;
  }
  get hashes(): Uint32Array {
    return this.slab.subarray(this.at, this.at + this.size);
  }
  get own(): Uint32Array {
    return this.slab.subarray(this.at, this.at + this.nearAt);
  }
  get near(): Uint32Array {
    return this.slab.subarray(this.at + this.nearAt, this.at + this.farAt);
  }
  get far(): Uint32Array {
    return this.slab.subarray(this.at + this.farAt, this.at + this.wideAt);
  }
  get wide(): Uint32Array {
    return this.slab.subarray(this.at + this.wideAt, this.at + this.size);
  }
  get quote(): number {
    return this.bits & QUOTE_MASK;
  }
  get gazStart(): boolean {
    return this.gazNames !== null;
  }
  get proclitic(): boolean {
    return (this.bits & PROCLITIC) !== 0;
  }
  get article(): boolean {
    return (this.bits & ARTICLE) !== 0;
  }
  get nisba(): boolean {
    return (this.bits & NISBA) !== 0;
  }
  get common(): boolean {
    return (this.bits & COMMON) !== 0;
  }
  get gazSecond(): boolean {
    return (this.bits & GAZ_SECOND) !== 0;
  }
  get topic(): boolean {
    return (this.bits & TOPIC) !== 0;
  }
  /** A function word (the tokenizer's stop words): it ends a head chain (chainMarks). */
  get stop(): boolean {
    return (this.bits & STOP) !== 0;
  }
  /** An organisation head noun (the gazetteer type CHAIN_TYPE, set by the extractor): it starts a head chain. */
  get chainHead(): boolean {
    return (this.bits & CHAIN_HEAD) !== 0;
  }
}

export const QUOTE_OPEN = 1;
export const QUOTE_CLOSE = 2;
/** A straight quote ("), which opens or closes depending on what came before. */
export const QUOTE_STRAIGHT = 4;
const OPENERS = '«“„‹';
const CLOSERS = '»”›';

/** The quote bits of a raw token: a lone mark, or one glued to the start or end of a word. */
export function quoteBits(raw: string): number {
  if (raw.length === 0) return 0;
  const first = raw[0];
  const last = raw[raw.length - 1];
  if (raw.length === 1) {
    return OPENERS.includes(first) ? QUOTE_OPEN : CLOSERS.includes(first) ? QUOTE_CLOSE : first === '"' ? QUOTE_STRAIGHT : 0;
  }
  let bits = 0;
  if (OPENERS.includes(first) || first === '"') bits |= QUOTE_OPEN << 3;
  if (CLOSERS.includes(last) || last === '"') bits |= QUOTE_CLOSE << 3;
  return bits;
}

// Template numbers: one per kind of feature, so equal strings of two templates hash apart.
const T = {
  norm: 0,
  base: 1,
  stem: 2,
  pre: 3,
  suf: 7,
  stemPre: 12,
  stemSuf: 15,
  clitics: 18,
  shape: 19,
  punct: 20,
  stop: 21,
  gram: 25,
  latin: 22,
  digits: 23,
  parts: 24,
  wide: 26,
  nearNorm: 30,
  nearStem: 31,
  nearShape: 32,
  nearClitics: 33,
  farNorm: 40,
  farStem: 41,
  gazetteer: 50,
  quote: 51,
  bias: 60,
  boundary: 61,
  sigLeft: 62,
  sigRight: 63,
  sigPair: 64,
  cluster: 70,
  nearCluster: 71,
  farCluster: 72,
  classGram: 75,
  topic: 80,
  chain: 81,
  run: 82,
} as const;

export const BIAS = hashFeature(T.bias, '');
/** What a position before the first or after the last token looks like. */
export const BOUNDARY = hashFeature(T.boundary, '');
/** Offsets -2..2 as salts (index = offset + 2). */
export const OFFSET_SALT = [101, 102, 0, 103, 104];
/** Offsets -4, -3 and 3, 4 share one salt per side: the words there count as a bag. */
export const WIDE_SALT_LEFT = 105;
export const WIDE_SALT_RIGHT = 106;
/** How far the window reaches on each side. */
export const REACH = 4;
export const BIGRAM_PREV = 201;
export const BIGRAM_NEXT = 202;
export const SHAPE_BIGRAM = 203;
/** Salts of the class bigrams: the word's middle class with the one before, with the one after. */
export const CLASS_BIGRAM_PREV = 204;
export const CLASS_BIGRAM_NEXT = 205;
/** Salts of the word-class bigrams: the stem before with the word's middle class, the class with the stem after. */
export const WORD_CLASS_PREV = 206;
export const WORD_CLASS_NEXT = 207;

/**
 * The gazetteer type of the words of sports news (data/models/sport-words.tsv, npm run
 * train:topic-words). A model whose gazetteer has it reads the topic features: how many of
 * them the sentence and the TOPIC_SENTENCES before it hold, bucketed, alone, with the word's
 * middle class, and with the lexicon names over it (so that a city's name or a one-word name
 * in sports news can score as a club). Its names give no lexicon features of their own.
 * Cross-validated and left out (train:ner --topic, default none): data/models/README.md.
 */
export const TOPIC_TYPE = 'topic-sport';
/** Sentences before the current one whose topic words count (the current one counts too). */
export const TOPIC_SENTENCES = 4;
/** The topic bucket of a count of topic words: 0, 1, 2-3, 4-7, 8 or more. */
export function topicBucket(count: number): number {
  return count === 0 ? 0 : count === 1 ? 1 : count < 4 ? 2 : count < 8 ? 3 : 4;
}
const TOPIC_HASHES = [0, 1, 2, 3, 4].map((b) => hashFeature(T.topic, String(b)));
/** Salts of the topic bucket with the word's middle class, and (TOPIC_GAZ + bucket) with a lexicon mark. */
const TOPIC_CLASS = 208;
const TOPIC_GAZ = 210;

/**
 * The gazetteer type of organisation head nouns (شركة، وكالة، جامعة، نادي: train:ner --head-chains).
 * A model whose gazetteer has it reads the head-chain features: a word that follows such a head
 * through a run of words with no punctuation or function word between (an idafa chain: وكالة أنباء
 * الشرق الأوسط, جامعة الملك فهد) is marked with its distance from the head (1 to 5, 5 for more),
 * alone and with whether it carries the article and whether it is a nisba. Its names give no
 * lexicon features of their own.
 */
export const CHAIN_TYPE = 'chain-head';
/**
 * A gazetteer type with no names whose presence turns on the run features (train:ner --runs): each
 * word in a run of words that are neither common (COMMON_WORD), function words nor punctuation (the
 * candidate names of a sentence, tag-independent) is marked with its place in the run (begin,
 * inside, last, unit) and the run's length (1, 2, 3, 4 or more).
 */
export const RUN_TYPE = 'run-marks';
const RUN_HASHES = ['B', 'I', 'L', 'U'].map((p) => [1, 2, 3, 4].map((len) => hashFeature(T.run, `${p}:${len}`)));
const RUN_PLACE = ['B', 'I', 'L', 'U'].map((p) => hashFeature(T.run, p));
/** How far past its head a chain's features reach. */
const CHAIN_REACH = 8;
/** [distance 1..5][plain, article, nisba]. */
const CHAIN_HASHES = [1, 2, 3, 4, 5].map((d) => ['', 'art', 'nisba'].map((k) => hashFeature(T.chain, `${d}:${k}`)));

function lengthBucket(n: number): string {
  return n >= 8 ? '8+' : String(n);
}

/** kind → the shape strings by length bucket (0..8), made once. */
const SHAPES = new Map<string, string[]>();

function shapeOf(v: WordView): string {
  const bucket = Math.min(v.stem.length, 8);
  let row = SHAPES.get(v.kind);
  if (!row) SHAPES.set(v.kind, (row = []));
  return (row[bucket] ??= `${v.kind}:${lengthBucket(v.stem.length)}`);
}

function latinShape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length && out.length < 4; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : '-';
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

/**
 * The features a word type brings, whatever its position; `signature` from signatures.ts;
 * `classes`: its word classes, finest first, or null when the unlabeled text did not have it
 * often enough (undefined: the model has no classes).
 */
/**
 * A scratch list of hashes, kept as signed 32-bit integers (the same bits; a hash above 2^31 as
 * a number would be boxed) and emptied without giving its array back.
 */
class HashList {
  a = new Int32Array(64);
  n = 0;

  push(h: number): void {
    if (this.n === this.a.length) {
      const bigger = new Int32Array(this.n * 2);
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.n++] = h | 0;
  }
}

/**
 * Word types' feature lists are views of shared slabs of this many hashes (256 KB), not an
 * ArrayBuffer each: a buffer of its own cost a type about 270 bytes more (its ArrayBuffer and
 * the system's record of its memory) than the 50-odd hashes themselves.
 */
const HASH_SLAB = 1 << 16;
/** Hashes before a type's features in its run: norm, shape, class and stem (TypeFeatures). */
const HEAD = 4;
let slab = new Uint32Array(HASH_SLAB);
let slabAt = 0;

/** Room for `n` hashes in the current slab (a new slab when it is full): `slab` then holds them from the offset returned. */
function takeHashes(n: number): number {
  if (slabAt + n > slab.length) {
    slab = new Uint32Array(Math.max(HASH_SLAB, n));
    slabAt = 0;
  }
  const at = slabAt;
  slabAt += n;
  return at;
}

/**
 * The feature hashes a tagger's models may have a weight row for: a bit per hash of a table of
 * 2^k bits, set for every key of the models (one read of a 32-bit word, no key compared). A bit
 * may be set for a hash no model has (another key's bit), never clear for one that a model has,
 * so a hash it says absent finds no row in any of them. The tagger's extractor keeps only the
 * hashes it says present in a word type's run (the rest add nothing to any score). Issue 20: of
 * the 25.7 hashes a type of 44,115 types of 600 unseen articles, 3.5 match no row of the
 * committed model (mostly a new word's own form, base and stem); at 4 bits a key (2^21 bits,
 * 256 KB for its 413,121 keys) 2.6 of them are dropped (8 bits a key, 512 KB: 3.0).
 * A model with domain copies is asked for a hash and for its news copy (FastScorer.addRow), so
 * the news copy's bit counts too.
 */
export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;
  /** Some model has domain copies: a hash is present when its news copy is. */
  private readonly domains: boolean;

  constructor(models: readonly { readonly keys: Uint32Array; readonly domains: boolean }[]) {
    let n = 0;
    for (const m of models) n += m.keys.length;
    // At least 4 bits a key (the committed model's 413,121 keys: 2^21 bits, 256 KB).
    let size = 1 << 10;
    while (size < 4 * n) size *= 2;
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
    this.domains = models.some((m) => m.domains);
    const bits = this.bits;
    const mask = this.mask;
    for (const m of models) {
      const keys = m.keys;
      for (let r = 0; r < keys.length; r++) {
        const b = keys[r] & mask;
        bits[b >>> 5] |= 1 << (b & 31);
      }
    }
  }

  /** Whether some model may have a row for hash `h` (false: none has). */
  has(h: number): boolean {
    if (this.bit(h)) return true;
    return this.domains && this.bit(salted(h, DOMAIN_SALT));
  }

  /** has() of `h` salted by `a` or by `b` (a neighbour's feature, seen from either side). */
  hasSalted(h: number, a: number, b: number): boolean {
    return this.has(salted(h, a)) || this.has(salted(h, b));
  }

  /** Keeps the hashes of `list` that has() (in their order). */
  keepOwn(list: HashList): void {
    const a = list.a;
    let k = 0;
    for (let j = 0; j < list.n; j++) if (this.has(a[j])) a[k++] = a[j];
    list.n = k;
  }

  /** Keeps the hashes of `list` that hasSalted(…, a, b) (in their order). */
  keepSalted(list: HashList, sa: number, sb: number): void {
    const a = list.a;
    let k = 0;
    for (let j = 0; j < list.n; j++) if (this.hasSalted(a[j], sa, sb)) a[k++] = a[j];
    list.n = k;
  }

  private bit(h: number): boolean {
    const b = h & this.mask;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** Scratch lists of wordFeatures (copied into the word's own array before it returns). */
const OWN = new HashList();
const NEAR = new HashList();
const FAR = new HashList();

export function wordFeatures(
  v: WordView,
  signature?: readonly number[],
  quote = 0,
  classes?: ArrayLike<number> | null,
  /** The last `second` classes are a second view (word-clusters.ts withSecondView). */
  second = 0,
  /**
   * The second view is binarized word vectors (ClusterData.binary): 'own', a feature for each
   * high or low dimension of the word; 'near', of its neighbours at ±1 too.
   */
  binary: 'no' | 'own' | 'near' = 'no',
  /** The first view's classes are left out (ClusterData.secondOnly). */
  secondOnly = false,
  /** The word's own form, base and stem are left out (a partner's view: FeatureExtractor's noIdentity). */
  noIdentity = false,
  /** Only the hashes some model may have a row for are kept (a tagger's extractor: KeyFilter). */
  present: KeyFilter | null = null,
): WordFeatures {
  // The lists are gathered in scratch arrays and copied out once (wordFeatures runs once per type).
  const own = OWN;
  own.n = 0;
  const f = (t: number, value: string): void => {
    own.push(hashFeature(t, value));
  };
  const norm = v.norm;
  const stem = v.stem;
  const shape = shapeOf(v);
  const normHash = hashFeature(T.norm, norm);
  const shapeHash = hashFeature(T.shape, shape);
  const stemHash = hashFeature(T.stem, stem);
  if (!noIdentity) {
    own.push(normHash);
    if (v.base !== norm) f(T.base, v.base);
    own.push(stemHash);
  }
  own.push(shapeHash);
  if (v.kind === 'arabic') {
    // Affixes hashed in place (hashRange gives hashFeature of the slice, without making it).
    for (let k = 1; k <= 3 && k < norm.length; k++) own.push(hashRange(T.pre + k, norm, 0, k));
    for (let k = 1; k <= 4 && k < norm.length; k++) own.push(hashRange(T.suf + k, norm, norm.length - k, norm.length));
    for (let k = 2; k <= 3 && k < stem.length; k++) own.push(hashRange(T.stemPre + k, stem, 0, k));
    for (let k = 2; k <= 3 && k < stem.length; k++) own.push(hashRange(T.stemSuf + k, stem, stem.length - k, stem.length));
    f(T.clitics, v.clitics);
  } else if (v.kind === 'latin' || v.kind === 'alnum') {
    f(T.latin, v.surface.toLowerCase());
    f(T.latin, latinShape(v.surface));
  } else if (v.kind === 'number') {
    f(T.digits, `${norm.replace(/[0-9]/g, 'd').slice(0, 6)}`);
  }
  if (v.punctBefore || v.punctAfter) f(T.punct, `${v.punctBefore ? '<' : ''}${v.punctAfter ? '>' : ''}`);
  if (v.parts > 1) f(T.parts, String(Math.min(v.parts, 3)));
  if (v.stop) f(T.stop, '');
  if (signature) {
    // Numbers hashed as their decimal strings would be (hashInt), without making the strings.
    const sep = signature.indexOf(-1);
    for (let k = 0; k < sep; k++) own.push(hashInt(T.sigLeft, signature[k]));
    for (let k = sep + 1; k < signature.length; k++) own.push(hashInt(T.sigRight, signature[k]));
    if (sep > 0 && sep + 1 < signature.length) f(T.sigPair, `${signature[0]}|${signature[sep + 1]}`);
  }

  const near = NEAR;
  near.n = 0;
  near.push(hashFeature(T.nearNorm, norm));
  near.push(hashFeature(T.nearShape, shape));
  if (stem !== norm) near.push(hashFeature(T.nearStem, stem));
  if (v.clitics !== '') near.push(hashFeature(T.nearClitics, v.clitics));
  const far = FAR;
  far.n = 0;
  far.push(hashFeature(T.farNorm, norm));
  if (stem !== norm) far.push(hashFeature(T.farStem, stem));
  if (classes !== undefined && v.kind !== 'empty') {
    // The word's class at every granularity; its neighbours see the finer two (±1) and the
    // middle one (±2). A word too rare in the unlabeled text has a class of its own: none.
    if (classes === null) {
      f(T.cluster, 'none');
      near.push(hashFeature(T.nearCluster, 'none'));
    } else {
      // hashIntPair(t, g, c) is hashFeature(t, `${g}:${c}`), without making the string. A second
      // view's classes are the word's own too, and its finer two are seen at ±1.
      const first = classes.length - second;
      if (binary !== 'no') {
        // Binarized vector dimensions: a high or low value of each, for the word and at ±1.
        if (!secondOnly) for (let g = 0; g < first; g++) own.push(hashIntPair(T.cluster, g, classes[g]));
        for (let g = first; g < classes.length; g++) {
          const b = classes[g];
          if (b !== 1 && b !== 2) continue;
          own.push(hashIntPair(T.cluster, g, b));
          if (binary === 'near') near.push(hashIntPair(T.nearCluster, g, b));
        }
      } else for (let g = 0; g < classes.length; g++) own.push(hashIntPair(T.cluster, g, classes[g]));
      if (!secondOnly) for (let g = 0; g < Math.min(2, first); g++) near.push(hashIntPair(T.nearCluster, g, classes[g]));
      if (binary === 'no')
        for (let g = first; g < Math.min(first + 2, classes.length); g++) near.push(hashIntPair(T.nearCluster, g, classes[g]));
      const mid = Math.min(1, first - 1);
      if (!secondOnly) far.push(hashIntPair(T.farCluster, mid, classes[mid]));
    }
  }
  // The middle class (or none) for the class bigrams; BOUNDARY when the model has no classes.
  let classHash = BOUNDARY;
  if (classes !== undefined && v.kind !== 'empty')
    classHash =
      classes === null ? hashFeature(T.classGram, 'none') : hashInt(T.classGram, classes[Math.min(1, classes.length - second - 1)]);
  let wide = v.kind === 'arabic' && !v.stop ? 1 : 0;
  const wideHash = wide ? hashFeature(T.wide, stem) : 0;
  if (present !== null) {
    present.keepOwn(own);
    present.keepSalted(near, OFFSET_SALT[1], OFFSET_SALT[3]);
    present.keepSalted(far, OFFSET_SALT[0], OFFSET_SALT[4]);
    if (wide && !present.hasSalted(wideHash, WIDE_SALT_LEFT, WIDE_SALT_RIGHT)) wide = 0;
  }
  const nearAt = own.n;
  const farAt = nearAt + near.n;
  const wideAt = farAt + far.n;
  const size = wideAt + wide;
  if (size > 0xffff) throw new Error(`wordFeatures: ${size} features for one word type (at most 65,535)`);
  const at = takeHashes(HEAD + size) + HEAD;
  const hashes = slab;
  hashes[at - HEAD] = normHash;
  hashes[at - HEAD + 1] = shapeHash;
  hashes[at - HEAD + 2] = classHash;
  hashes[at - HEAD + 3] = stemHash;
  for (let k = 0; k < own.n; k++) hashes[at + k] = own.a[k];
  for (let k = 0; k < near.n; k++) hashes[at + nearAt + k] = near.a[k];
  for (let k = 0; k < far.n; k++) hashes[at + farAt + k] = far.a[k];
  if (wide) hashes[at + wideAt] = wideHash;
  return new TypeFeatures(
    hashes,
    at,
    nearAt | (farAt << 16),
    wideAt | (size << 16),
    v.kind === 'punct' || v.kind === 'symbol' || v.kind === 'empty' ? '' : stem,
    quote | (v.norm !== v.base ? PROCLITIC : 0) | (v.clitics.includes('article') ? ARTICLE : 0) | (v.stop ? STOP : 0),
  );
}

/** The features of every position of a sentence: position i has hashes[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Int32Array;
  hashes: Uint32Array;
}

/**
 * Word types whose features are kept: two generations of half as many each. When the young one
 * is full it becomes the old one and the old one is dropped; a type found in the old one moves
 * back to the young, so the frequent types stay and the memory stays bounded (about 0.85 KB a type).
 */
const CACHE_LIMIT = 100_000;
/**
 * Slots of the extractor's lookup by word type id (Token.typeId): direct-mapped, id modulo the
 * size. Ids are handed out one after another, so only types 65,536 ids apart share a slot. The
 * features a slot keeps alive are about 250 bytes a type (the object, its stem, its run of
 * hashes): 16 MB at the end of 5 MB of unseen news (70,000 types). 32,768 slots held 4.5 MB less
 * but computed 86,000 features instead of 66,000 (the frequent types again after each 32,768 new
 * ones): runs of the unseen bench with it took 5-12% more main-thread CPU (three pairs, a busy
 * machine) for a peak RSS their spread could not tell apart.
 */
const TYPE_SLOTS = 1 << 16;
/**
 * Seen this often in data/lexicon/vocab.tsv (595,241 tokens), a word is a plain word more than a
 * name: no surname alone (propagate.ts), no proper name keeping a nisba out (name-rules.ts).
 */
export const COMMON_WORD = 100;

/** Salt of the copy of every feature that belongs to one corpus (domain adaptation, Daumé 2007). */
export const DOMAIN_SALT = 900;

/**
 * Each feature doubled with a copy private to corpus `domain` (0 = news, the domain tagged at
 * run time): the shared copy learns what holds in every corpus, the private one what holds in
 * that corpus only (Daumé III 2007, "Frustratingly easy domain adaptation").
 */
export function withDomain(f: SentenceFeatures, domain: number): SentenceFeatures {
  const n = f.offsets.length - 1;
  const hashes = new Uint32Array(f.hashes.length * 2);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) {
      hashes[k++] = f.hashes[j];
      hashes[k++] = salted(f.hashes[j], DOMAIN_SALT + domain);
    }
  }
  offsets[n] = k;
  return { offsets, hashes };
}

/** The features of a sentence without the hashes of `drop`. */
export function without(f: SentenceFeatures, drop: ReadonlySet<number>): SentenceFeatures {
  const n = f.offsets.length - 1;
  const hashes = new Uint32Array(f.hashes.length);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) if (!drop.has(f.hashes[j])) hashes[k++] = f.hashes[j];
  }
  offsets[n] = k;
  return { offsets, hashes: hashes.slice(0, k) };
}

/** The features of a sentence with more features added at each position (the second pass). */
export function withExtra(f: SentenceFeatures, extra: readonly (readonly number[])[]): SentenceFeatures {
  const n = f.offsets.length - 1;
  let added = 0;
  for (let i = 0; i < n; i++) added += extra[i].length;
  const hashes = new Uint32Array(f.hashes.length + added);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    hashes.set(f.hashes.subarray(f.offsets[i], f.offsets[i + 1]), k);
    k += f.offsets[i + 1] - f.offsets[i];
    for (const h of extra[i]) hashes[k++] = h;
  }
  offsets[n] = k;
  return { offsets, hashes };
}

/** Computes sentence features, caching each word type's features. */
export class FeatureExtractor {
  private young = new Map<string, WordFeatures>();
  private old = new Map<string, WordFeatures>();
  /** The word type id held by each slot of `typeWords` (0: none; ids start at 1). */
  private readonly typeIds = new Int32Array(TYPE_SLOTS);
  private readonly typeWords: (WordFeatures | undefined)[] = new Array<WordFeatures | undefined>(TYPE_SLOTS).fill(undefined);
  private readonly gazHashes: Uint32Array[];
  private buffer = new Uint32Array(4096);
  /** The names that start with an empty stem (a punctuation token's), which `match` looks up whatever gazStart says. */
  private readonly emptyStemNames: NamesFrom | null;
  private readonly marks = new SentenceMarks();
  /** Only the hashes a tagger's models may have are kept in a type's run (keepPresent), or null: all. */
  private present: KeyFilter | null = null;
  readonly classBigrams: boolean;
  readonly wordClassBigrams: boolean;
  /** The index of TOPIC_TYPE among the gazetteer's types, -1 when the model has no topic features. */
  private readonly topicType: number;
  /** The index of CHAIN_TYPE among the gazetteer's types, -1 when the model has no head-chain features. */
  private readonly chainType: number;
  private readonly runMarks: boolean;
  /** Topic words of the last TOPIC_SENTENCES sentences pushed (pushTopic), a ring, and their sum. */
  private readonly topicRing = new Int32Array(TOPIC_SENTENCES);
  private topicAt = 0;
  private topicSum = 0;
  /** Topic words of the sentence sentenceMarks last read. */
  private topicLast = 0;
  /** The topic bucket of the sentence sentenceMarks last read (gazetteer marks read it). */
  private topicNow = 0;

  constructor(
    readonly gazetteer: Gazetteer,
    private readonly knowledge: WordKnowledge = defaultWordKnowledge(),
    private readonly signatures: SignatureData | null = null,
    private readonly clusters: WordClusters | null = null,
    /** Class bigrams at each position (models trained with them: NerModel.classBigrams); needs the classes. */
    classBigrams = false,
    /** Word-class bigrams at each position (NerModel.wordClassBigrams); needs the classes. */
    wordClassBigrams = false,
    /**
     * Training only: the word's own form, base and stem left out of its features (a partner that
     * reads a word by its context, affixes, shape, classes and lists; a model trained so has no
     * rows for them, so it tags the same when they are computed).
     */
    private readonly noIdentity = false,
  ) {
    this.classBigrams = classBigrams && clusters !== null;
    this.wordClassBigrams = wordClassBigrams && clusters !== null;
    this.emptyStemNames = gazetteer.namesFrom('');
    this.topicType = gazetteer.types.indexOf(TOPIC_TYPE);
    this.chainType = gazetteer.types.indexOf(CHAIN_TYPE);
    this.runMarks = gazetteer.types.includes(RUN_TYPE);
    // Per gazetteer type: B, I, L, U (begin, inside, last, unit), seen at offsets -1, 0, +1.
    this.gazHashes = gazetteer.types.map((type) =>
      Uint32Array.from(['B', 'I', 'L', 'U'].flatMap((pos) => [-1, 0, 1].map((d) => hashFeature(T.gazetteer, `${type}:${pos}:${d}`)))),
    );
  }

  /** The feature hashes of the gazetteer types whose name begins with `prefix` (every position and offset). */
  gazetteerHashes(prefix: string): Set<number> {
    const out = new Set<number>();
    this.gazetteer.types.forEach((type, i) => {
      if (type.startsWith(prefix)) for (const h of this.gazHashes[i]) out.add(h);
    });
    return out;
  }

  /**
   * From now on a word type's run keeps only the hashes `present` says some model may have a row
   * for (null: all of them): a tagger's extractor, whose runs only its models' scores read.
   * Training must see every feature: its extractor has none. The types cached so far are dropped.
   */
  keepPresent(present: KeyFilter | null): void {
    this.present = present;
    this.young = new Map();
    this.old = new Map();
    this.typeIds.fill(0);
    this.typeWords.fill(undefined);
  }

  /** The features of one word type (cached). */
  word(raw: string): WordFeatures {
    let w = this.young.get(raw);
    if (w) return w;
    w = this.old.get(raw);
    if (w) {
      // Copied to the current slab, so that a slab of the old generation is not kept alive by
      // the few of its types that are seen again once the old generation is dropped.
      if (w instanceof TypeFeatures) {
        const at = takeHashes(HEAD + w.size) + HEAD;
        slab.set(w.slab.subarray(w.at - HEAD, w.at + w.size), at - HEAD);
        w.slab = slab;
        w.at = at;
      }
    } else w = this.features(raw);
    if (this.young.size >= CACHE_LIMIT / 2) {
      this.old = this.young;
      this.young = new Map();
      // What the slots hold goes with the old generation, so that no more than CACHE_LIMIT types are kept.
      this.typeIds.fill(0);
      this.typeWords.fill(undefined);
    }
    this.young.set(raw, w);
    return w;
  }

  /** The features of the word `raw`, computed (no cache). */
  private features(raw: string): WordFeatures {
    const view = viewOfString(raw, this.knowledge);
    const sig = this.signatures && Object.hasOwn(this.signatures.words, view.stem) ? this.signatures.words[view.stem] : undefined;
    const classes = this.clusters ? this.clusters.classesOf(unitOf(view.kind, view.stem, view.norm, view.surface)) : undefined;
    const data = this.clusters?.data;
    const binary = data?.binary ? (data.binaryNear ? 'near' : 'own') : 'no';
    const w = wordFeatures(
      view,
      sig,
      quoteBits(raw),
      classes,
      data?.second ?? 0,
      binary,
      data?.secondOnly === true,
      this.noIdentity,
      this.present,
    ) as TypeFeatures;
    w.gazNames = w.stem !== '' ? this.gazetteer.namesFrom(w.stem) : null;
    if (w.gazNames !== null && this.gazetteer.isName('nisba', w.stem)) w.bits |= NISBA;
    if (this.gazetteer.isSecond(w.stem)) w.bits |= GAZ_SECOND;
    if (this.topicType >= 0 && w.stem !== '' && this.gazetteer.isName(TOPIC_TYPE, w.stem)) w.bits |= TOPIC;
    if (this.chainType >= 0 && w.stem !== '' && this.gazetteer.isName(CHAIN_TYPE, w.stem)) w.bits |= CHAIN_HEAD;
    if (this.knowledge.freq(view.norm) >= COMMON_WORD || this.knowledge.freq(view.base) >= COMMON_WORD) w.bits |= COMMON;
    return w;
  }

  /**
   * The features of the word type `id` (Token.typeId), whose text is `raw`: read by the id,
   * without hashing the text, when the type was seen lately. A type not in its slot is computed
   * without the caches by text (`word`): on unseen text almost every miss is a new type, which
   * the two Maps would only hash, miss and store (about 2% of analyze() on 5 MB); a frequent
   * type whose slot a newer id took (ids TYPE_SLOTS apart) is computed again, once per TYPE_SLOTS new types.
   */
  wordOfType(raw: string, id: number): WordFeatures {
    if (!(id > 0 && id <= 0x7fffffff)) return this.word(raw);
    const slot = id & (TYPE_SLOTS - 1);
    if (this.typeIds[slot] === id) return this.typeWords[slot]!;
    const w = this.features(raw);
    this.typeIds[slot] = id;
    this.typeWords[slot] = w;
    return w;
  }

  /** The features of each token of a sentence. */
  sentence(tokens: readonly string[]): SentenceFeatures {
    const n = tokens.length;
    const words: WordFeatures[] = new Array(n);
    const stems: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      words[i] = this.word(tokens[i]);
      stems[i] = words[i].stem;
    }
    const gaz = this.sentenceMarks(words, stems);
    const offsets = new Int32Array(n + 1);
    let buf = this.buffer;
    let k = 0;
    const push = (h: number): void => {
      if (k === buf.length) {
        const bigger = new Uint32Array(buf.length * 2);
        bigger.set(buf);
        buf = this.buffer = bigger;
      }
      buf[k++] = h;
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const w = words[i];
      push(BIAS);
      for (let j = 0; j < w.nearAt; j++) push(w.slab[w.at + j]);
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        const salt = OFFSET_SALT[d + 2];
        const p = i + d;
        if (p < 0 || p >= n) {
          push(salted(BOUNDARY, salt));
          continue;
        }
        const q = words[p];
        const from = d === -1 || d === 1 ? q.nearAt : q.farAt;
        const to = d === -1 || d === 1 ? q.farAt : q.wideAt;
        for (let j = from; j < to; j++) push(salted(q.slab[q.at + j], salt));
      }
      for (const d of [-4, -3, 3, 4]) {
        const p = i + d;
        if (p < 0 || p >= n) continue;
        const q = words[p];
        for (let j = q.wideAt; j < q.size; j++) push(salted(q.slab[q.at + j], d < 0 ? WIDE_SALT_LEFT : WIDE_SALT_RIGHT));
      }
      const prev = i > 0 ? words[i - 1].normHash : BOUNDARY;
      const next = i + 1 < n ? words[i + 1].normHash : BOUNDARY;
      push(joined(prev, w.normHash, BIGRAM_PREV));
      push(joined(w.normHash, next, BIGRAM_NEXT));
      push(joined(i > 0 ? words[i - 1].shapeHash : BOUNDARY, w.shapeHash, SHAPE_BIGRAM));
      if (this.classBigrams) {
        push(joined(i > 0 ? words[i - 1].classHash : BOUNDARY, w.classHash, CLASS_BIGRAM_PREV));
        push(joined(w.classHash, i + 1 < n ? words[i + 1].classHash : BOUNDARY, CLASS_BIGRAM_NEXT));
      }
      if (this.wordClassBigrams) {
        push(joined(i > 0 ? words[i - 1].stemHash : BOUNDARY, w.classHash, WORD_CLASS_PREV));
        push(joined(w.classHash, i + 1 < n ? words[i + 1].stemHash : BOUNDARY, WORD_CLASS_NEXT));
      }
      if (gaz) for (let j = gaz.starts[i]; j < gaz.starts[i + 1]; j++) push(gaz.hashes[j]);
    }
    offsets[n] = k;
    return { offsets, hashes: buf.slice(0, k) };
  }

  /**
   * Sentence-level features of each position (stems.length of them): lexicon names and short
   * quoted spans, or null when there are none. The marks are the extractor's own, rewritten by
   * the next sentence: read them before.
   */
  sentenceMarks(words: readonly WordFeatures[], stems: string[]): SentenceMarks | null {
    const n = stems.length;
    const marks = this.marks;
    marks.begin(n);
    const topics = this.topicType >= 0;
    if (topics) {
      let count = 0;
      for (let i = 0; i < n; i++) if (words[i].topic) count++;
      this.topicLast = count;
      this.topicNow = topicBucket(this.topicSum + count);
    }
    let any = false;
    for (let i = 0; i < n && !any; i++) any = words[i].gazStart;
    if (any) this.gazetteerMarks(words, stems, marks);
    quoteMarks(words, n, marks);
    if (topics) this.topicMarks(words, n, marks);
    if (this.chainType >= 0) chainMarks(words, n, marks);
    if (this.runMarks) runMarks(words, n, marks);
    return marks.finish() ? marks : null;
  }

  /** Adds the topic features of each position (the bucket sentenceMarks computed). */
  private topicMarks(words: readonly WordFeatures[], n: number, marks: SentenceMarks): void {
    const h = TOPIC_HASHES[this.topicNow];
    for (let i = 0; i < n; i++) {
      marks.add(i, h);
      marks.add(i, joined(words[i].classHash, h, TOPIC_CLASS));
    }
  }

  /**
   * Counts the topic words of the sentence sentenceMarks last read among the sentences before the
   * next one (call it once a sentence, after its features; training and tagging alike).
   */
  pushTopic(): void {
    if (this.topicType < 0) return;
    this.topicSum += this.topicLast - this.topicRing[this.topicAt];
    this.topicRing[this.topicAt] = this.topicLast;
    this.topicAt = (this.topicAt + 1) % TOPIC_SENTENCES;
    this.topicLast = 0;
  }

  /** Forgets the sentences before (a new document). */
  resetTopic(): void {
    this.topicRing.fill(0);
    this.topicAt = 0;
    this.topicSum = 0;
    this.topicLast = 0;
  }

  /**
   * Adds, for each position, the gazetteer features of the names covering it and its neighbours
   * (the caller has checked that some stem starts a name: the words' gazStart). The names are
   * Gazetteer.match's, found in its order (by start, then in the order of the names), each
   * marked as it is found: the names starting at a word are its type's (gazNames), not looked
   * up by its stem again; of those, only the names of one word and those whose second stem is
   * the next token's are tried (a stem may start 254 names: ولايه); no match is made.
   */
  private gazetteerMarks(words: readonly WordFeatures[], stems: string[], marks: SentenceMarks): void {
    const n = stems.length;
    for (let i = 0; i < n; i++) {
      const from = words[i].gazNames ?? (stems[i] === '' ? this.emptyStemNames : null);
      if (from === null) continue;
      // The names of one word and those whose second stem is the next token's, merged in list order
      // (the next word's type says whether any name has its stem second: else no lookup).
      const single = from.single;
      const several = i + 1 < n && words[i + 1].gazSecond ? from.bySecond.get(stems[i + 1]) : undefined;
      if (several === undefined) {
        const types = from.singleTypes;
        for (let a = 0; a < types.length; a++) this.markName(types[a], i, i + 1, n, marks);
        continue;
      }
      for (let a = 0, b = 0; a < single.length || b < several.length; ) {
        if (b === several.length || (a < single.length && single[a] < several[b])) {
          this.markName(from.names[single[a++]].type, i, i + 1, n, marks);
          continue;
        }
        const name = from.names[several[b++]];
        const end = i + name.stems.length;
        if (end > n) continue;
        let k = 2;
        while (k < name.stems.length && stems[i + k] === name.stems[k]) k++;
        if (k === name.stems.length) this.markName(name.type, i, end, n, marks);
      }
    }
  }

  /** Marks the name of gazetteer type `type` over tokens [start, end) of a sentence of n. */
  private markName(type: number, start: number, end: number, n: number, marks: SentenceMarks): void {
    if (type === this.topicType || type === this.chainType) return;
    const hashes = this.gazHashes[type];
    const topicSalt = this.topicType >= 0 && this.topicNow > 0 ? TOPIC_GAZ + this.topicNow : 0;
    for (let j = start; j < end; j++) {
      const pos = end - start === 1 ? 3 : j === start ? 0 : j === end - 1 ? 2 : 1;
      for (let d = -1; d <= 1; d++) {
        // The name covers j; position j - d sees it at offset d.
        const at = j - d;
        if (at >= 0 && at < n) {
          marks.add(at, hashes[pos * 3 + d + 1]);
          if (topicSalt !== 0) marks.add(at, salted(hashes[pos * 3 + d + 1], topicSalt));
        }
      }
    }
  }
}

/**
 * The sentence-level features of a sentence's positions, position i's in hashes[starts[i],
 * starts[i + 1]) in the order they were added (hashes as signed 32-bit integers: the same bits,
 * never boxed). Added as (position, hash) pairs, then sorted by position, stably; the arrays are
 * kept from one sentence to the next, so marking makes no arrays.
 */
export class SentenceMarks {
  starts = new Int32Array(257);
  hashes = new Int32Array(1024);
  private at = new Int32Array(1024);
  private added = new Int32Array(1024);
  private cursor = new Int32Array(256);
  private count = 0;
  private n = 0;

  /** Starts a sentence of n positions, without marks. */
  begin(n: number): void {
    this.n = n;
    this.count = 0;
  }

  add(position: number, hash: number): void {
    if (this.count === this.at.length) {
      const at = new Int32Array(this.count * 2);
      at.set(this.at);
      this.at = at;
      const added = new Int32Array(this.count * 2);
      added.set(this.added);
      this.added = added;
    }
    this.at[this.count] = position;
    this.added[this.count++] = hash | 0;
  }

  /** Sorts what was added into starts and hashes; false when nothing was. */
  finish(): boolean {
    const n = this.n;
    const count = this.count;
    if (count === 0) return false;
    if (this.starts.length < n + 1) this.starts = new Int32Array((n + 1) * 2);
    if (this.cursor.length < n) this.cursor = new Int32Array(n * 2);
    if (this.hashes.length < count) this.hashes = new Int32Array(count * 2);
    const starts = this.starts;
    const cursor = this.cursor;
    const at = this.at;
    starts.fill(0, 0, n + 1);
    for (let k = 0; k < count; k++) starts[at[k] + 1]++;
    for (let i = 0; i < n; i++) {
      starts[i + 1] += starts[i];
      cursor[i] = starts[i];
    }
    const hashes = this.hashes;
    const added = this.added;
    for (let k = 0; k < count; k++) hashes[cursor[at[k]]++] = added[k];
    return true;
  }
}

/** Adds the run features of each position (see RUN_TYPE). */
function runMarks(words: readonly WordFeatures[], n: number, marks: SentenceMarks): void {
  let i = 0;
  while (i < n) {
    const w = words[i];
    if (w.stem === '' || w.stop || w.common) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && !(words[end].stem === '' || words[end].stop || words[end].common)) end++;
    const len = Math.min(end - i, 4) - 1;
    for (let j = i; j < end; j++) {
      const place = end - i === 1 ? 3 : j === i ? 0 : j === end - 1 ? 2 : 1;
      marks.add(j, RUN_PLACE[place]);
      marks.add(j, RUN_HASHES[place][len]);
    }
    i = end;
  }
}

/** Adds the head-chain features of each position (see CHAIN_TYPE). */
function chainMarks(words: readonly WordFeatures[], n: number, marks: SentenceMarks): void {
  let head = -1;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (w.stem === '' || w.stop) {
      head = -1;
      continue;
    }
    if (head >= 0 && i - head <= CHAIN_REACH) {
      const h = CHAIN_HASHES[Math.min(i - head, 5) - 1];
      marks.add(i, h[0]);
      if (w.article) marks.add(i, h[1]);
      if (w.nisba) marks.add(i, h[2]);
    }
    if (w.chainHead) head = i;
  }
}

const MAX_QUOTED = 6;
const QUOTE_HASHES = ['in', 'first', 'last', 'unit', 'len2', 'len3', 'len4+'].map((k) => hashFeature(T.quote, k));
const Q_IN = QUOTE_HASHES[0];

/** Adds quote features to `marks`; the words' quote bits say where quotes are. */
function quoteMarks(words: readonly WordFeatures[], n: number, marks: SentenceMarks): void {
  let any = false;
  for (let i = 0; i < n; i++) {
    if (words[i].quote !== 0) {
      any = true;
      break;
    }
  }
  if (!any) return;
  let start = -1;
  let straightOpen = false;
  const mark = (from: number, to: number): void => {
    const len = to - from;
    if (len < 1 || len > MAX_QUOTED) return;
    const lenHash = QUOTE_HASHES[len === 1 ? 3 : len === 2 ? 4 : len === 3 ? 5 : 6];
    for (let i = from; i < to; i++) {
      marks.add(i, Q_IN);
      marks.add(i, lenHash);
      if (i === from) marks.add(i, QUOTE_HASHES[1]);
      if (i === to - 1) marks.add(i, QUOTE_HASHES[2]);
    }
  };
  for (let i = 0; i < n; i++) {
    let q = words[i].quote;
    if (q & QUOTE_STRAIGHT) q = straightOpen ? QUOTE_CLOSE : QUOTE_OPEN;
    if (q & QUOTE_OPEN) {
      start = i + 1;
      straightOpen = true;
    } else if (q & QUOTE_CLOSE) {
      if (start >= 0) mark(start, i);
      start = -1;
      straightOpen = false;
    } else {
      // Glued marks: «أورفان» or «جيلي and سلتيك».
      if (q & (QUOTE_OPEN << 3)) {
        start = i;
        straightOpen = true;
      }
      if (q & (QUOTE_CLOSE << 3)) {
        if (start >= 0) mark(start, i + 1);
        start = -1;
        straightOpen = false;
      }
    }
  }
}
