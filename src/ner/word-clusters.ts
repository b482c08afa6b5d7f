// Word classes learned from unlabeled news (npm run train:words, src/ner/train-words-cli.ts):
// each word unit with its class at several granularities, finest first. A name the labelled
// data never showed is often in a class with names it did show (surnames with surnames, cities
// with cities), which the tagger reads as features of the word and its neighbours. The classes a
// model is trained with are stored in the model, so it tags the same whatever the file becomes.
import { readFileSync } from 'node:fs';
import type { WordView } from './word-view.js';

/** The classes as a model stores them: the units' code units in one pool, and their classes. */
export interface ClusterData {
  /** Class counts of the class columns, finest first (e.g. 512, 128, 32). */
  granularities: number[];
  /** Where the classes come from (the file's header lines). */
  source: string[];
  /** Unit r is pool[starts[r], starts[r + 1]). */
  starts: Int32Array;
  pool: Uint16Array;
  /** Unit r's class at granularity g is classes[r * granularities.length + g]. */
  classes: Uint16Array;
  /**
   * The last `second` columns are a second view of the same units (context-classes.tsv,
   * withSecondView), NO_CLASS where it lacks the unit; absent or 0: none.
   */
  second?: number;
  /**
   * The second view is binarized word vectors (word-vectors.tsv, columns b1..bD): 1 high, 2 low,
   * 0 or NO_CLASS no feature; each dimension is seen by the word, and by its neighbours at ±1 when
   * `binaryNear` (train:ner --vectors-near yes).
   */
  binary?: boolean;
  binaryNear?: boolean;
  /**
   * Training only (never saved): the word's features leave out the first view's classes and see
   * the second view alone (a partner model, train:ner --partner-view vectors). A model trained so
   * has no rows for the first view's classes, so it tags the same when it reads them.
   */
  secondOnly?: boolean;
}

/** A unit the second view does not have. */
export const NO_CLASS = 0xffff;

/**
 * `primary` with the class columns of `second` after its own, for the units of `primary` (a unit
 * `second` lacks gets NO_CLASS in them; units of `second` alone are left out).
 */
export function withSecondView(primary: ClusterData, second: ClusterData): ClusterData {
  const index = new WordClusters(second);
  const G1 = primary.granularities.length;
  const G2 = second.granularities.length;
  const units = primary.starts.length - 1;
  const classes = new Uint16Array(units * (G1 + G2));
  for (let r = 0; r < units; r++) {
    classes.set(primary.classes.subarray(r * G1, r * G1 + G1), r * (G1 + G2));
    let unit = '';
    for (let k = primary.starts[r]; k < primary.starts[r + 1]; k++) unit += String.fromCharCode(primary.pool[k]);
    const other = index.classesOf(unit);
    if (other) classes.set(other, r * (G1 + G2) + G1);
    else classes.fill(NO_CLASS, r * (G1 + G2) + G1, (r + 1) * (G1 + G2));
  }
  return {
    granularities: [...primary.granularities, ...second.granularities],
    source: [...primary.source, ...second.source],
    starts: primary.starts,
    pool: primary.pool,
    classes,
    second: G2,
    ...(second.binary ? { binary: true } : {}),
    ...(second.binaryNear ? { binaryNear: true } : {}),
  };
}

/** The unit a word is counted as in the unlabeled text (src/ner/unlabeled.ts tokenUnit). */
export function unitOf(kind: WordView['kind'], stem: string, norm: string, text: string): string {
  switch (kind) {
    case 'arabic':
      return stem;
    case 'number':
      return norm.replace(/[0-9]/g, 'd').slice(0, 6);
    case 'latin':
    case 'alnum':
      return text.toLowerCase();
    default:
      return norm;
  }
}

/** Reads data/models/word-clusters.tsv (or another file train:words wrote) into ClusterData. */
export function readClusterFile(path: string | URL): ClusterData {
  const source: string[] = [];
  const units: string[] = [];
  const classes: number[] = [];
  let columns: string[] | null = null;
  let picked: number[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    // Comment lines come before the column names only: a unit may be a '#' or start with one.
    if (!columns && line.startsWith('#')) {
      source.push(line.slice(1).trim());
      continue;
    }
    const cells = line.split('\t');
    if (!columns) {
      columns = cells;
      picked = classColumns(columns);
      continue;
    }
    units.push(cells[0]);
    for (const i of picked) {
      const c = Number(cells[i]);
      if (!Number.isInteger(c) || c < 0 || c > 0xffff)
        throw new Error(`${String(path)}: bad class ${JSON.stringify(cells[i])} of ${JSON.stringify(cells[0])}`);
      classes.push(c);
    }
  }
  if (!columns) throw new Error(`${String(path)}: no header line`);
  const starts = new Int32Array(units.length + 1);
  for (let r = 0; r < units.length; r++) starts[r + 1] = starts[r] + units[r].length;
  const pool = new Uint16Array(starts[units.length]);
  units.forEach((u, r) => {
    for (let k = 0; k < u.length; k++) pool[starts[r] + k] = u.charCodeAt(k);
  });
  const binary = picked.length > 0 && columns[picked[0]].startsWith('b');
  return {
    granularities: picked.map((i) => Number(columns![i].slice(1))),
    source,
    starts,
    pool,
    classes: Uint16Array.from(classes),
    ...(binary ? { binary: true } : {}),
  };
}

/** Indexes of the class columns (c256, c64, ...), finest first; or of binarized dimensions (b1, b2, ...) in order. */
function classColumns(columns: string[]): number[] {
  const dims = columns.map((c, i) => [c, i] as const).filter(([c]) => /^b\d+$/.test(c));
  if (dims.length > 0) return dims.sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1))).map(([, i]) => i);
  return columns
    .map((c, i) => [c, i] as const)
    .filter(([c]) => /^c\d+$/.test(c))
    .sort((a, b) => Number(b[0].slice(1)) - Number(a[0].slice(1)))
    .map(([, i]) => i);
}

/** FNV-1a over the code units of a string (as the index hashes the pool). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Class lookup by unit: an open-addressing index over the pool of ClusterData, built in one pass
 * over typed arrays, so loading a model with tens of thousands of units costs milliseconds.
 */
export class WordClusters {
  readonly granularities: number[];
  readonly size: number;
  private readonly pool: Uint16Array;
  private readonly starts: Int32Array;
  private readonly classes: Uint16Array;
  /** Row + 1 of the unit in each slot, 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly data: ClusterData) {
    this.granularities = data.granularities;
    this.pool = data.pool;
    this.starts = data.starts;
    this.classes = data.classes;
    const rows = (this.size = data.starts.length - 1);
    let cap = 16;
    while (cap < rows * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    for (let r = 0; r < rows; r++) {
      let h = 0x811c9dc5;
      for (let k = this.starts[r]; k < this.starts[r + 1]; k++) h = Math.imul(h ^ this.pool[k], 0x01000193);
      let slot = (h >>> 0) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = r + 1;
    }
  }

  /** The classes of `unit`, finest first, or null for a unit the unlabeled text did not have often enough. */
  classesOf(unit: string): Uint16Array | null {
    const G = this.granularities.length;
    for (let slot = hashString(unit) & this.mask; ; slot = (slot + 1) & this.mask) {
      const r1 = this.slots[slot];
      if (r1 === 0) return null;
      const from = this.starts[r1 - 1];
      const len = this.starts[r1] - from;
      if (len !== unit.length) continue;
      let k = 0;
      while (k < len && this.pool[from + k] === unit.charCodeAt(k)) k++;
      if (k === len) return this.classes.subarray((r1 - 1) * G, r1 * G);
    }
  }
}
