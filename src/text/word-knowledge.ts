// What the tokenizer knows about Arabic word forms: how often a form occurs (vocab.tsv,
// generated from the NER corpora) and which forms are function words (stopwords.tsv).
import { readFileSync } from 'node:fs';
import { foldString } from './normalize/index.js';

const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);

export interface WordKnowledge {
  /** How often the normalized form was seen; 0 when never. */
  freq(word: string): number;
  isStop(word: string): boolean;
}

function readColumn(file: string): string[][] {
  const rows: string[][] = [];
  let header = true;
  for (const line of readFileSync(new URL(file, LEXICON_DIR), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push(line.split('\t'));
  }
  return rows;
}

/**
 * Column 0 → Number(column `column`) of every row of a TSV text after its header (lines empty or
 * starting with # skipped; a missing column gives NaN): what `line.split('\t')` per line gave,
 * without an array per line (vocab.tsv has 30,000 rows, read at every start).
 */
export function countColumn(text: string, column: number): Map<string, number> {
  const out = new Map<string, number>();
  let header = true;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && text.charCodeAt(at) !== 0x23) {
      if (header) header = false;
      else {
        let from = at;
        let to = text.indexOf('\t', at);
        if (to < 0 || to > end) to = end;
        const word = text.slice(from, to);
        let value = Number.NaN;
        for (let c = 0; c < column && to < end; c++) {
          from = to + 1;
          to = text.indexOf('\t', from);
          if (to < 0 || to > end) to = end;
          if (c === column - 1) value = Number(text.slice(from, to));
        }
        out.set(word, value);
      }
    }
    at = end + 1;
  }
  return out;
}

class TableKnowledge implements WordKnowledge {
  constructor(
    private readonly counts: Map<string, number>,
    private readonly stops: Set<string>,
  ) {}
  freq(word: string): number {
    return this.counts.get(word) ?? 0;
  }
  isStop(word: string): boolean {
    return this.stops.has(word);
  }
  /** A copy that also knows `names` (lexicon entries), each at least `floor` times. */
  withNames(names: Iterable<string>, floor = 5): TableKnowledge {
    const counts = new Map(this.counts);
    for (const name of names) {
      const w = foldString(name);
      if ((counts.get(w) ?? 0) < floor) counts.set(w, floor);
    }
    return new TableKnowledge(counts, this.stops);
  }
}

let cached: TableKnowledge | undefined;

/** The word knowledge shipped in data/lexicon, loaded once. */
export function defaultWordKnowledge(): TableKnowledge {
  if (!cached) {
    const counts = countColumn(readFileSync(new URL('vocab.tsv', LEXICON_DIR), 'utf8'), 1);
    const stops = new Set(readColumn('stopwords.tsv').map(([w]) => foldString(w)));
    cached = new TableKnowledge(counts, stops);
  }
  return cached;
}

export type { TableKnowledge };
