// Reads the TSV lexicons of data/lexicon: `#` comment lines, then a header row naming the
// columns, then one record per line. Cells are kept as strings; `splitList` turns a `|` cell
// into its values. Every error names the file and the 1-based line, so a bad hand edit is
// found at once.
import { readFileSync } from 'node:fs';

/** One data row: column name → cell text (empty string for an empty cell). */
export type TsvRecord = Record<string, string>;

/** A parsed TSV file: its comment lines (without `#`), its columns and its rows in order. */
export interface TsvTable {
  file: string;
  comments: string[];
  columns: string[];
  /** Rows with the 1-based line each came from, for error messages downstream. */
  rows: { line: number; record: TsvRecord }[];
}

/** Thrown for a malformed lexicon file; the message starts with `file:line:`. */
export class TsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'TsvError';
  }
}

/** Parses TSV text; `file` is only used in error messages. */
export function parseTsv(text: string, file: string, required: readonly string[] = []): TsvTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) throw new TsvError(file, lineOf(text, text.indexOf('\r')), 'CR found: lexicons use LF line endings');
  const lines = text.split('\n');
  const comments: string[] = [];
  let columns: string[] | undefined;
  const rows: TsvTable['rows'] = [];
  const seenColumns = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = i + 1;
    if (raw.startsWith('#')) {
      if (columns === undefined) comments.push(raw.replace(/^#\s?/, ''));
      continue;
    }
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    if (columns === undefined) {
      columns = cells.map((c) => c.trim());
      for (const c of columns) {
        if (c === '') throw new TsvError(file, line, 'empty column name in header row');
        if (seenColumns.has(c)) throw new TsvError(file, line, `duplicate column "${c}" in header row`);
        seenColumns.add(c);
      }
      for (const r of required) {
        if (!seenColumns.has(r)) throw new TsvError(file, line, `header row lacks column "${r}"`);
      }
      continue;
    }
    if (cells.length > columns.length) {
      throw new TsvError(file, line, `${cells.length} cells but the header has ${columns.length} columns`);
    }
    const record: TsvRecord = {};
    for (let c = 0; c < columns.length; c++) {
      const cell = cells[c] ?? '';
      if (cell !== cell.trim()) throw new TsvError(file, line, `cell "${columns[c]}" has leading or trailing spaces`);
      record[columns[c]] = cell;
    }
    rows.push({ line, record });
  }
  if (columns === undefined) throw new TsvError(file, lines.length, 'no header row');
  return { file, comments, columns, rows };
}

/** Reads and parses a TSV file from disk. */
export function readTsv(path: string | URL, required: readonly string[] = []): TsvTable {
  const file = typeof path === 'string' ? path : decodeURIComponent(path.pathname);
  return parseTsv(readFileSync(path, 'utf8'), file, required);
}

/** Splits a multi-valued cell on `|`; an empty cell gives no values. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  return cell
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
