// Rows as JSON lines, the form in which a batch reaches DuckDB: a worker thread serializes its
// document's rows (so the main thread only joins strings), and DuckDB's JSON reader parses a
// whole batch in C++ — several times cheaper for the main thread than appending cell by cell.
// Each cell is made to fit its column: integers stay integers, non-finite numbers become null,
// and a lone UTF-16 surrogate (which no JSON parser accepts) becomes U+FFFD; a DATE column takes
// a whole ISO day (anything less precise is null there, and a figure keeps it in date_text), a
// LIST column the items of a `|`-joined list (null for none).
import { TABLE_NAMES, type Cell, type Row, type TableName, type TableRows } from '../tables/rows.js';
import { storeTableColumns, type ColumnSpec, type SqlType } from './schema.js';

export type TableJson = Record<TableName, string>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `s` when it is a real day as YYYY-MM-DD, else null. */
export function isoDay(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? s : null;
}

/** A figure's date as precise as the text when that is less than a day (see schema.ts). */
export function dateText(date: Cell | undefined, dateMax: Cell | undefined): string | null {
  if (typeof date !== 'string') return null;
  const max = typeof dateMax === 'string' ? dateMax : null;
  if (isoDay(date) !== null && (max === null || isoDay(max) !== null)) return null;
  return max === null ? date : `${date}/${max}`;
}

type JsonCell = Cell | string[];

function cell(value: Cell | undefined, type: SqlType): JsonCell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'DATE':
      return isoDay(value);
    case 'VARCHAR[]': {
      const s = typeof value === 'string' ? value : String(value);
      return s === '' ? null : s.split('|').map((item) => cell(item, 'VARCHAR') as string);
    }
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
  const out: Record<string, JsonCell> = {};
  for (const [name, type] of columns) out[name] = cell(row[name], type);
  return JSON.stringify(out);
}

const STORE_COLUMNS = Object.fromEntries(TABLE_NAMES.map((t) => [t, storeTableColumns(t)])) as Record<TableName, ColumnSpec[]>;

/**
 * Every table of one analysis as JSON lines in the store's columns (an empty string for a table
 * with no rows). `sha256` is the whole hash of the document's bytes, where known.
 */
export function tableJson(rows: TableRows, sha256: string | null = null): TableJson {
  const out = {} as TableJson;
  for (const table of TABLE_NAMES) {
    const columns = STORE_COLUMNS[table];
    let list = rows[table];
    if (table === 'figures') list = list.map((r) => ({ ...r, date_text: dateText(r.date, r.date_max) }));
    else if (table === 'documents') list = list.map((r) => ({ ...r, sha256 }));
    out[table] = list.map((r) => rowJson(r, columns)).join('\n');
  }
  return out;
}
