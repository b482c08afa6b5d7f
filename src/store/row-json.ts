// Rows as JSON lines, the form in which a batch reaches DuckDB: a worker thread serializes its
// document's rows (so the main thread only joins strings), and DuckDB's JSON reader parses a
// whole batch in C++ — several times cheaper for the main thread than appending cell by cell.
// Each cell is made to fit its column: integers stay integers, non-finite numbers become null,
// and a lone UTF-16 surrogate (which no JSON parser accepts) becomes U+FFFD.
import { COLUMNS, TABLE_NAMES, type Cell, type Row, type TableName, type TableRows } from '../tables/rows.js';
import type { ColumnSpec } from './schema.js';

export type TableJson = Record<TableName, string>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

function cell(value: Cell | undefined, type: ColumnSpec[1]): Cell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'VARCHAR': {
      const s = typeof value === 'string' ? value : String(value);
      return LONE_SURROGATE.test(s) ? s.replace(LONE_SURROGATE_ALL, '\uFFFD') : s;
    }
    case 'DOUBLE': {
      const n = Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'INTEGER': {
      const n = Number(value);
      return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? n : null;
    }
    case 'BIGINT': {
      const n = Number(value);
      return Number.isFinite(n) ? Math.trunc(n) : null;
    }
  }
}

/** One row as a JSON object with exactly `columns`, each cell fitted to its type. */
export function rowJson(row: Row, columns: readonly ColumnSpec[]): string {
  const out: Record<string, Cell> = {};
  for (const [name, type] of columns) out[name] = cell(row[name], type);
  return JSON.stringify(out);
}

/** Every table of one analysis as JSON lines (an empty string for a table with no rows). */
export function tableJson(rows: TableRows): TableJson {
  const out = {} as TableJson;
  for (const table of TABLE_NAMES) {
    const columns = COLUMNS[table] as ColumnSpec[];
    out[table] = rows[table].map((r) => rowJson(r, columns)).join('\n');
  }
  return out;
}
