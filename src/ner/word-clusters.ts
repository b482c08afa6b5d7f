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
    if (line.startsWith('#')) {
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

/** Class lookup by unit. */
export class WordClusters {
  readonly granularities: number[];
  private readonly rows = new Map<string, number>();
  private readonly classes: Int32Array;

  constructor(readonly data: ClusterData) {
    this.granularities = data.granularities;
    const G = this.granularities.length;
    const lines = data.table === '' ? [] : data.table.split('\n');
    this.classes = new Int32Array(lines.length * G);
    lines.forEach((line, r) => {
      let at = line.indexOf('\t');
      this.rows.set(line.slice(0, at), r);
      for (let g = 0; g < G; g++) {
        const next = line.indexOf('\t', at + 1);
        this.classes[r * G + g] = Number(line.slice(at + 1, next < 0 ? line.length : next));
        at = next;
      }
    });
  }

  get size(): number {
    return this.rows.size;
  }

  /** The classes of `unit`, finest first, or null for a unit the unlabeled text did not have often enough. */
  classesOf(unit: string): Int32Array | null {
    const r = this.rows.get(unit);
    if (r === undefined) return null;
    const G = this.granularities.length;
    return this.classes.subarray(r * G, r * G + G);
  }
}
