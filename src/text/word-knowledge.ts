// What the tokenizer knows about Arabic word forms: how often a form occurs (vocab.tsv,
// generated from the NER corpora) and which forms are function words (stopwords.tsv).
import { readFileSync } from 'node:fs';
import { foldString } from './normalize/index.js';
import { hashRange } from './word-table.js';

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
 * Visits every row of a TSV text after its header (lines empty or starting with # skipped) with
 * the range of its column 0 and Number(column `column`) (NaN when the row has no such column),
 * without a string or an array per line (vocab.tsv has 30,000 rows, read at every start).
 */
function forEachCount(text: string, column: number, visit: (start: number, end: number, value: number) => void): void {
  let header = true;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at && text.charCodeAt(at) !== 0x23) {
      if (header) header = false;
      else {
        let wordEnd = text.indexOf('\t', at);
        if (wordEnd < 0 || wordEnd > end) wordEnd = end;
        let to = wordEnd;
        let value = Number.NaN;
        for (let c = 0; c < column && to < end; c++) {
          const from = to + 1;
          to = text.indexOf('\t', from);
          if (to < 0 || to > end) to = end;
          if (c === column - 1) value = Number(text.slice(from, to));
        }
        visit(at, wordEnd, value);
      }
    }
    at = end + 1;
  }
}

/** Column 0 → Number(column `column`) of every row of a TSV text after its header (forEachCount): what `line.split('\t')` per line gave. */
export function countColumn(text: string, column: number): Map<string, number> {
  const out = new Map<string, number>();
  forEachCount(text, column, (start, end, value) => out.set(text.slice(start, end), value));
  return out;
}

/** What TableKnowledge looks its counts up in: a Map, or a CountTable over the file's text. */
interface Counts {
  get(word: string): number | undefined;
}

/** Int32s per slot of a CountTable: hash, start + 1 (0: empty), length, count. */
const SLOT = 4;

/**
 * Column 0 → Number(column 1) of every row of a TSV text after its header, as countColumn(text, 1)
 * gives it, kept as ranges of the text: an open-addressing table of (hash, offset, length, count)
 * by the word table's FNV-1a hash of the word's code units (hashRange), a lookup comparing code units in the text. No
 * string is made per row at load, and a lookup (the tokenizer asks a new word type's forms, most
 * of them strings just sliced) reads one slot and one run of the text instead of a Map's
 * bucket, entry and key string. Counts that are not 32-bit integers are kept in a Map beside it.
 */
class CountTable implements Counts {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Rows whose count is no 32-bit integer (NaN for a missing column): word → count. */
  private readonly odd = new Map<string, number>();

  constructor(private readonly text: string) {
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    let cap = 16;
    while (cap < lines * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * SLOT);
    forEachCount(text, 1, (start, end, value) => this.set(start, end, value));
  }

  /** Stores the count of the word text[start, end): a later row of the same word overrides it (as Map.set). */
  private set(start: number, end: number, value: number): void {
    const slots = this.slots;
    const h = hashRange(this.text, start, end);
    const len = end - start;
    let j = h & this.mask;
    for (; slots[j * SLOT + 1] !== 0; j = (j + 1) & this.mask) {
      const at = j * SLOT;
      if (slots[at] === h && slots[at + 2] === len && this.sameAt(slots[at + 1] - 1, this.text, start, len)) break;
    }
    const at = j * SLOT;
    slots[at] = h;
    slots[at + 1] = start + 1;
    slots[at + 2] = len;
    if ((value | 0) === value) {
      slots[at + 3] = value;
      if (this.odd.size > 0) this.odd.delete(this.text.slice(start, end));
    } else {
      slots[at + 3] = 0;
      this.odd.set(this.text.slice(start, end), value);
    }
  }

  private sameAt(textStart: number, s: string, from: number, len: number): boolean {
    const text = this.text;
    let k = 0;
    while (k < len && text.charCodeAt(textStart + k) === s.charCodeAt(from + k)) k++;
    return k === len;
  }

  get(word: string): number | undefined {
    const len = word.length;
    const h = hashRange(word, 0, len);
    const slots = this.slots;
    const mask = this.mask;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const at = j * SLOT;
      const start1 = slots[at + 1];
      if (start1 === 0) return undefined;
      if (slots[at] !== h || slots[at + 2] !== len || !this.sameAt(start1 - 1, word, 0, len)) continue;
      if (this.odd.size > 0) {
        const odd = this.odd.get(word);
        if (odd !== undefined) return odd;
      }
      return slots[at + 3];
    }
  }

  /** Every word and its count (in slot order). */
  *entries(): IterableIterator<[string, number]> {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += SLOT) {
      if (slots[at + 1] === 0) continue;
      const word = this.text.slice(slots[at + 1] - 1, slots[at + 1] - 1 + slots[at + 2]);
      yield [word, this.odd.get(word) ?? slots[at + 3]];
    }
  }
}

class TableKnowledge implements WordKnowledge {
  constructor(
    private readonly counts: Counts,
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
    const counts = this.counts instanceof CountTable ? new Map(this.counts.entries()) : new Map(this.counts as Map<string, number>);
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
    const counts = new CountTable(readFileSync(new URL('vocab.tsv', LEXICON_DIR), 'utf8'));
    const stops = new Set(readColumn('stopwords.tsv').map(([w]) => foldString(w)));
    cached = new TableKnowledge(counts, stops);
  }
  return cached;
}

export type { TableKnowledge };
