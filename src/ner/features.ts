// The features of a token in its sentence, as 32-bit hashes. Each word type's own features are
// computed once and cached (normalized form, base, stem, affixes, clitics, shape); a position
// then gathers its word's features, its neighbours' (±2, salted by offset), word bigrams, the
// lexicon names covering it and its neighbours, and a bias. Tagging a token costs only integer
// mixing and cache lookups, no string building.
import { Gazetteer, type GazetteerMatch } from './gazetteer.js';
import { hashFeature, joined, salted } from './hash.js';
import { viewOfString, type WordView } from './word-view.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';

/** Bumped whenever the features change: a model records it and refuses a different one. */
export const FEATURE_VERSION = 1;

/** Per word type: its own features and what its neighbours see of it. */
export interface WordFeatures {
  /** Features of the word at the position being tagged. */
  own: Uint32Array;
  /** Features seen from one position away (salted by the offset when used). */
  near: Uint32Array;
  /** Features seen from two positions away. */
  far: Uint32Array;
  normHash: number;
  shapeHash: number;
  stem: string;
}

// Template numbers: one per kind of feature, so equal strings of two templates hash apart.
const T = {
  norm: 0, base: 1, stem: 2, pre: 3, suf: 7, stemPre: 12, stemSuf: 15, clitics: 18, shape: 19,
  punct: 20, stop: 21, latin: 22, digits: 23, parts: 24,
  nearNorm: 30, nearStem: 31, nearShape: 32, nearClitics: 33,
  farNorm: 40, farStem: 41,
  gazetteer: 50, bias: 60, boundary: 61,
} as const;

export const BIAS = hashFeature(T.bias, '');
/** What a position before the first or after the last token looks like. */
export const BOUNDARY = hashFeature(T.boundary, '');
/** Offsets -2..2 as salts (index = offset + 2). */
export const OFFSET_SALT = [101, 102, 0, 103, 104];
export const BIGRAM_PREV = 201;
export const BIGRAM_NEXT = 202;
export const SHAPE_BIGRAM = 203;

function lengthBucket(n: number): string {
  return n >= 8 ? '8+' : String(n);
}

function shapeOf(v: WordView): string {
  return `${v.kind}:${lengthBucket(v.stem.length)}`;
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

/** The features a word type brings, whatever its position. */
export function wordFeatures(v: WordView): WordFeatures {
  const own: number[] = [];
  const f = (t: number, value: string): void => {
    own.push(hashFeature(t, value));
  };
  const norm = v.norm;
  const stem = v.stem;
  const shape = shapeOf(v);
  f(T.norm, norm);
  if (v.base !== norm) f(T.base, v.base);
  f(T.stem, stem);
  f(T.shape, shape);
  if (v.kind === 'arabic') {
    for (let k = 1; k <= 3 && k < norm.length; k++) f(T.pre + k, norm.slice(0, k));
    for (let k = 1; k <= 4 && k < norm.length; k++) f(T.suf + k, norm.slice(-k));
    for (let k = 2; k <= 3 && k < stem.length; k++) f(T.stemPre + k, stem.slice(0, k));
    for (let k = 2; k <= 3 && k < stem.length; k++) f(T.stemSuf + k, stem.slice(-k));
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

  const near = [hashFeature(T.nearNorm, norm), hashFeature(T.nearShape, shape)];
  if (stem !== norm) near.push(hashFeature(T.nearStem, stem));
  if (v.clitics !== '') near.push(hashFeature(T.nearClitics, v.clitics));
  const far = [hashFeature(T.farNorm, norm)];
  if (stem !== norm) far.push(hashFeature(T.farStem, stem));
  return {
    own: Uint32Array.from(own),
    near: Uint32Array.from(near),
    far: Uint32Array.from(far),
    normHash: hashFeature(T.norm, norm),
    shapeHash: hashFeature(T.shape, shape),
    stem: v.kind === 'punct' || v.kind === 'symbol' || v.kind === 'empty' ? '' : stem,
  };
}

/** The features of every position of a sentence: position i has hashes[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Int32Array;
  hashes: Uint32Array;
}

const CACHE_LIMIT = 200_000;

/** Computes sentence features, caching each word type's features. */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordFeatures>();
  private readonly gazHashes: Uint32Array[];
  private buffer = new Uint32Array(4096);
  private readonly matches: GazetteerMatch[] = [];

  constructor(
    readonly gazetteer: Gazetteer,
    private readonly knowledge: WordKnowledge = defaultWordKnowledge(),
  ) {
    // Per gazetteer type: B, I, L, U (begin, inside, last, unit), seen at offsets -1, 0, +1.
    this.gazHashes = gazetteer.types.map((type) =>
      Uint32Array.from(['B', 'I', 'L', 'U'].flatMap((pos) => [-1, 0, 1].map((d) => hashFeature(T.gazetteer, `${type}:${pos}:${d}`)))),
    );
  }

  /** The features of one word type (cached). */
  word(raw: string): WordFeatures {
    let w = this.cache.get(raw);
    if (!w) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      w = wordFeatures(viewOfString(raw, this.knowledge));
      this.cache.set(raw, w);
    }
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
    const gaz = this.gazetteerMarks(stems);
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
      for (let j = 0; j < w.own.length; j++) push(w.own[j]);
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        const salt = OFFSET_SALT[d + 2];
        const p = i + d;
        if (p < 0 || p >= n) {
          push(salted(BOUNDARY, salt));
          continue;
        }
        const list = d === -1 || d === 1 ? words[p].near : words[p].far;
        for (let j = 0; j < list.length; j++) push(salted(list[j], salt));
      }
      const prev = i > 0 ? words[i - 1].normHash : BOUNDARY;
      const next = i + 1 < n ? words[i + 1].normHash : BOUNDARY;
      push(joined(prev, w.normHash, BIGRAM_PREV));
      push(joined(w.normHash, next, BIGRAM_NEXT));
      push(joined(i > 0 ? words[i - 1].shapeHash : BOUNDARY, w.shapeHash, SHAPE_BIGRAM));
      if (gaz) for (const h of gaz[i]) push(h);
    }
    offsets[n] = k;
    return { offsets, hashes: buf.slice(0, k) };
  }

  /** For each position, the gazetteer features of the names covering it and its neighbours. */
  gazetteerMarks(stems: string[]): number[][] | null {
    let any = false;
    for (const s of stems) {
      if (s !== '' && this.gazetteer.starts(s)) {
        any = true;
        break;
      }
    }
    if (!any) return null;
    const matches = this.matches;
    matches.length = 0;
    this.gazetteer.match(stems, matches);
    if (matches.length === 0) return null;
    const n = stems.length;
    const marks: number[][] = Array.from({ length: n }, () => []);
    for (const m of matches) {
      const hashes = this.gazHashes[m.type];
      for (let i = m.start; i < m.end; i++) {
        const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
        for (let d = -1; d <= 1; d++) {
          // The name covers i; position i - d sees it at offset d.
          const at = i - d;
          if (at >= 0 && at < n) marks[at].push(hashes[pos * 3 + d + 1]);
        }
      }
    }
    return marks;
  }
}
