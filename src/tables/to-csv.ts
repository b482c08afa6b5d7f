// CSV as RFC 4180 says it: comma-separated, records ended by CRLF, a field quoted when it holds
// a comma, a double quote, CR or LF, and quotes inside doubled. Text stays as written (a line
// break inside a sentence stays inside its quoted field). Null is an empty field.
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

/** `value` as a spreadsheet shows it as text (see CsvOptions.neutralizeFormulas). */
export function neutralizeFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A table as RFC 4180 CSV text (CRLF line ends, header row first). */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  // arquero's toCSV quotes exactly the fields RFC 4180 asks for, but ends records with LF;
  // every LF outside quotes is a record end, so it becomes CRLF. Numbers are written by
  // String(number): 153000000, 1.5, -0 as 0.
  const format = options.neutralizeFormulas
    ? Object.fromEntries(table.columnNames().map((name) => [name, neutralizeFormula]))
    : undefined;
  const lf = table.toCSV({ delimiter: ',', format });
  return (options.bom ? BOM : '') + crlfOutsideQuotes(lf);
}

/** Replaces each LF outside double-quoted fields with CRLF (a doubled quote toggles twice). */
export function crlfOutsideQuotes(csv: string): string {
  let out = '';
  let from = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x0a && !quoted) {
      out += csv.slice(from, i) + '\r\n';
      from = i + 1;
    }
  }
  return out + csv.slice(from);
}
