// Word classes learned from unlabeled news (npm run train:words, src/ner/train-words-cli.ts):
// each word unit with its class at several granularities, finest first. A name the labelled
// data never showed is often in a class with names it did show (surnames with surnames, cities
// with cities), which the tagger reads as features of the word and its neighbours. The classes a
// model is trained with are stored in the model, so it tags the same whatever the file becomes.
import { readFileSync } from 'node:fs';
import type { WordView } from './word-view.js';

/** The classes as a model stores them. */
export interface ClusterData {
  /** Class counts of the columns, finest first (e.g. 256, 64, 16). */
  granularities: number[];
  /** One line per unit: the unit, then its class at each granularity, tab-separated. */
  table: string;
  /** Where the classes come from (the file's header lines). */
  source: string[];
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
  const lines: string[] = [];
  let columns: string[] | null = null;
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
      continue;
    }
    lines.push(cells[0] + '\t' + classColumns(columns).map((i) => cells[i]).join('\t'));
  }
  if (!columns) throw new Error(`${String(path)}: no header line`);
  const granularities = classColumns(columns).map((i) => Number(columns![i].slice(1)));
  return { granularities, table: lines.join('\n'), source };
}

/** Indexes of the class columns (c256, c64, ...), finest first. */
function classColumns(columns: string[]): number[] {
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
 * Class lookup by unit. The table (tens of thousands of units) is read with one scan into typed
 * arrays — the units' code units in one pool, an open-addressing index over them, the classes
 * row by row — so loading a model costs milliseconds and no object per unit.
 */
export class WordClusters {
  readonly granularities: number[];
  readonly size: number;
  private readonly pool: Uint16Array;
  private readonly starts: Int32Array;
  private readonly classes: Int32Array;
  /** Row + 1 of the unit in each slot, 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly data: ClusterData) {
    this.granularities = data.granularities;
    const G = this.granularities.length;
    const table = data.table;
    let rows = table === '' ? 0 : 1;
    for (let i = 0; i < table.length; i++) if (table.charCodeAt(i) === 10) rows++;
    this.size = rows;
    this.pool = new Uint16Array(table.length);
    this.starts = new Int32Array(rows + 1);
    this.classes = new Int32Array(rows * G);
    let cap = 16;
    while (cap < rows * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    let p = 0;
    let i = 0;
    for (let r = 0; r < rows; r++) {
      // The unit up to the first tab, hashed as it is copied.
      this.starts[r] = p;
      let h = 0x811c9dc5;
      let c = table.charCodeAt(i);
      while (c !== 9 && i < table.length) {
        this.pool[p++] = c;
        h = Math.imul(h ^ c, 0x01000193);
        c = table.charCodeAt(++i);
      }
      // Then G numbers, each after a tab.
      for (let g = 0; g < G; g++) {
        let n = 0;
        c = table.charCodeAt(++i);
        while (c >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          c = table.charCodeAt(++i);
        }
        this.classes[r * G + g] = n;
      }
      while (i < table.length && table.charCodeAt(i) !== 10) i++;
      i++;
      let slot = (h >>> 0) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = r + 1;
    }
    this.starts[rows] = p;
  }

  /** The classes of `unit`, finest first, or null for a unit the unlabeled text did not have often enough. */
  classesOf(unit: string): Int32Array | null {
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
