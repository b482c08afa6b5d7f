// The one CSV writer of arqam (the tables, `--excel`, `query --format csv` and the corpus report's
// lists), as RFC 4180 says it: comma-separated, records ended by CRLF, a field quoted when it
// holds a comma, a double quote, CR or LF, and quotes inside doubled. Text stays as written (a
// line break inside a sentence stays inside its quoted field). Null is an empty field.
import type { Table } from './build-tables.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8 and shows Arabic. */
  bom?: boolean;
  /**
   * For spreadsheets: a text cell that starts like a formula (= + - @, tab or CR) gets a leading
   * apostrophe, so a spreadsheet shows it as text instead of running it (CSV injection). Numbers
   * are left as they are. Off by default: the apostrophe would change the data for any other reader.
   */
  neutralizeFormulas?: boolean;
}

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The record end of every CSV arqam writes. */
export const CSV_RECORD_END = '\r\n';

/** `value` as a spreadsheet shows it as text (see CsvOptions.neutralizeFormulas). */
export function neutralizeFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV field: empty for null, JSON for a list or an object (a store's LIST column), else
 * String(value) (153000000, 1.5, -0 as 0), quoted when it holds a comma, quote or line break.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, its record end included. */
export function csvRecord(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + CSV_RECORD_END;
}

/** A table as RFC 4180 CSV text (CRLF line ends, header row first). */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const names = table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<unknown>);
  const cell = options.neutralizeFormulas ? neutralizeFormula : (v: unknown) => v;
  let out = (options.bom ? BOM : '') + csvRecord(names);
  for (let row = 0; row < table.numRows(); row++) out += csvRecord(columns.map((c) => cell(c[row])));
  return out;
}
