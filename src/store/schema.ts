// The store's tables: exactly the contract tables of src/tables/rows.ts (the same data as the
// CSV files), plus the store's own bookkeeping — where each document came from (`inputs`), the
// inputs that could not be stored and why (`errors`), and one row per ingest run (`ingest_runs`).
import type { DuckDBConnection } from '@duckdb/node-api';
import { COLUMNS, TABLE_NAMES, type TableName } from '../tables/rows.js';
import { FIGURE_FACTS_SQL } from './figures-query.js';

export type SqlType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BIGINT';
export type ColumnSpec = [string, SqlType];

/** Where each stored document came from: the input as named on the command line, with
 *  `:LINE` for a JSON line or `[INDEX]` for an element of a JSON array. */
export const INPUTS_COLUMNS: ColumnSpec[] = [
  ['doc_id', 'VARCHAR'], ['input', 'VARCHAR'], ['record_id', 'VARCHAR'], ['url', 'VARCHAR'], ['bytes', 'BIGINT'], ['run', 'INTEGER'],
];

/** Inputs that were not stored, one row per input (the latest reason). */
export const ERRORS_COLUMNS: ColumnSpec[] = [
  ['input', 'VARCHAR'], ['reason', 'VARCHAR'], ['bytes', 'BIGINT'], ['doc_id', 'VARCHAR'], ['run', 'INTEGER'],
];

export const INGEST_RUNS_COLUMNS: ColumnSpec[] = [
  ['run', 'INTEGER'], ['started', 'VARCHAR'], ['finished', 'VARCHAR'], ['mode', 'VARCHAR'], ['workers', 'INTEGER'],
  ['added', 'INTEGER'], ['replaced', 'INTEGER'], ['unchanged', 'INTEGER'], ['failed', 'INTEGER'], ['bytes', 'BIGINT'],
];

export const STORE_ONLY_TABLES = ['inputs', 'errors', 'ingest_runs'] as const;
export type StoreTable = TableName | (typeof STORE_ONLY_TABLES)[number];

/** Every table of the store with its columns, in the order they are created. */
export function storeColumns(): Record<StoreTable, ColumnSpec[]> {
  return {
    ...(COLUMNS as Record<TableName, ColumnSpec[]>),
    inputs: INPUTS_COLUMNS,
    errors: ERRORS_COLUMNS,
    ingest_runs: INGEST_RUNS_COLUMNS,
  };
}

/** Tables whose rows belong to one document (they all have `doc_id`). */
export const DOCUMENT_TABLES: readonly (TableName | 'inputs')[] = [...TABLE_NAMES, 'inputs'];

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates the tables that are missing and adds the columns a newer version of the contract
 * added (rows.ts only ever adds columns), so a store written by an older arqam keeps working.
 * Returns each table's columns in the store's order, which is the order appenders must follow.
 */
export async function ensureSchema(conn: DuckDBConnection): Promise<Record<StoreTable, ColumnSpec[]>> {
  const wanted = storeColumns();
  const existing = await tableColumns(conn);
  for (const [table, cols] of Object.entries(wanted) as [StoreTable, ColumnSpec[]][]) {
    const have = existing.get(table);
    if (!have) {
      const body = cols.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ');
      await conn.run(`CREATE TABLE ${quoteIdent(table)} (${body})`);
      continue;
    }
    const names = new Set(have.map(([name]) => name));
    for (const [name, type] of cols) {
      if (!names.has(name)) await conn.run(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} ${type}`);
    }
  }
  await conn.run(`CREATE OR REPLACE VIEW figure_facts AS ${FIGURE_FACTS_SQL}`);
  const now = await tableColumns(conn);
  const out = {} as Record<StoreTable, ColumnSpec[]>;
  for (const table of Object.keys(wanted) as StoreTable[]) out[table] = now.get(table) ?? wanted[table];
  return out;
}

/** The columns of every table of the main schema, in table order. */
export async function tableColumns(conn: DuckDBConnection): Promise<Map<string, ColumnSpec[]>> {
  const reader = await conn.runAndReadAll(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`,
  );
  const out = new Map<string, ColumnSpec[]>();
  for (const [table, column, type] of reader.getRowsJS() as [string, string, string][]) {
    const list = out.get(table) ?? [];
    list.push([column, normalizeType(type)]);
    out.set(table, list);
  }
  return out;
}

function normalizeType(type: string): SqlType {
  const t = type.toUpperCase();
  if (t === 'DOUBLE' || t === 'FLOAT' || t.startsWith('DECIMAL')) return 'DOUBLE';
  if (t === 'INTEGER' || t === 'SMALLINT' || t === 'TINYINT') return 'INTEGER';
  if (t === 'BIGINT' || t === 'HUGEINT') return 'BIGINT';
  return 'VARCHAR';
}
