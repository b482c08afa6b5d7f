// CSV as RFC 4180 says it: comma-separated, records ended by CRLF, a field quoted when it holds
// a comma, a double quote, CR or LF, and quotes inside doubled. Text stays as written (a line
// break inside a sentence stays inside its quoted field). Null is an empty field.
import type { Table } from './build-tables.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8 and shows Arabic. */
  bom?: boolean;
}

const BOM = '\uFEFF';

/** A table as RFC 4180 CSV text (CRLF line ends, header row first). */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  // arquero's toCSV quotes exactly the fields RFC 4180 asks for, but ends records with LF;
  // every LF outside quotes is a record end, so it becomes CRLF. Numbers are written by
  // String(number): 153000000, 1.5, -0 as 0.
  const lf = table.toCSV({ delimiter: ',' });
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
