// The store's tables: exactly the contract tables of src/tables/rows.ts (the same data as the
// CSV files), plus the store's own bookkeeping — where each document came from (`inputs`), the
// inputs that could not be stored and why (`errors`), and one row per ingest run (`ingest_runs`).
import type { DuckDBConnection } from '@duckdb/node-api';
import { COLUMNS, TABLE_NAMES, type TableName } from '../tables/rows.js';
import { FIGURE_FACTS_SQL } from './figure-facts-sql.js';

export type SqlType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BIGINT' | 'DATE' | 'VARCHAR[]';
export type ColumnSpec = [string, SqlType];

/**
 * Where the store types a contract column more precisely than the CSV files can (CONTRACT.md,
 * Tables): dates as DATE, lists as LIST. The rows of src/tables/rows.ts carry them as the CSV
 * does (an ISO string, a `|`-joined list); row-json.ts converts them on the way in.
 */
export const STORE_TYPES: Partial<Record<TableName, Record<string, SqlType>>> = {
  documents: { published: 'DATE' },
  figures: { date: 'DATE', date_max: 'DATE' },
  projects: { places: 'VARCHAR[]', figures: 'VARCHAR[]' },
};

/**
 * Columns only the store has, after the contract's:
 *   - documents.sha256: the whole SHA-256 of the document's bytes, in hex (doc_id, the key, is
 *     its first 16 digits); null for documents stored from extract output that lacks it;
 *   - figures.date_text: a date less precise than a day, as the figure's value gives it (2014-03,
 *     --12, --02-15; value/value_max for a range), where `date`/`date_max` cannot hold it.
 */
export const STORE_EXTRA_COLUMNS: Partial<Record<TableName, ColumnSpec[]>> = {
  documents: [['sha256', 'VARCHAR']],
  figures: [['date_text', 'VARCHAR']],
};

/** A contract table's columns as the store has them. */
export function storeTableColumns(table: TableName): ColumnSpec[] {
  const types = STORE_TYPES[table] ?? {};
  return [
    ...(COLUMNS[table] as ColumnSpec[]).map(([name, type]): ColumnSpec => [name, types[name] ?? type]),
    ...(STORE_EXTRA_COLUMNS[table] ?? []),
  ];
}

/** Where each stored document came from: the input as named on the command line, with
 *  `:LINE` for a JSON line or `[INDEX]` for an element of a JSON array. */
export const INPUTS_COLUMNS: ColumnSpec[] = [
  ['doc_id', 'VARCHAR'],
  ['input', 'VARCHAR'],
  ['record_id', 'VARCHAR'],
  ['url', 'VARCHAR'],
  ['bytes', 'BIGINT'],
  ['run', 'INTEGER'],
];

/** Inputs that were not stored, one row per input (the latest reason). */
export const ERRORS_COLUMNS: ColumnSpec[] = [
  ['input', 'VARCHAR'],
  ['reason', 'VARCHAR'],
  ['bytes', 'BIGINT'],
  ['doc_id', 'VARCHAR'],
  ['run', 'INTEGER'],
];

export const INGEST_RUNS_COLUMNS: ColumnSpec[] = [
  ['run', 'INTEGER'],
  ['started', 'VARCHAR'],
  ['finished', 'VARCHAR'],
  ['mode', 'VARCHAR'],
  ['workers', 'INTEGER'],
  ['added', 'INTEGER'],
  ['replaced', 'INTEGER'],
  ['unchanged', 'INTEGER'],
  ['failed', 'INTEGER'],
  ['bytes', 'BIGINT'],
];

export const STORE_ONLY_TABLES = ['inputs', 'errors', 'ingest_runs'] as const;
export type StoreTable = TableName | (typeof STORE_ONLY_TABLES)[number];

/** Every table of the store with its columns, in the order they are created. */
export function storeColumns(): Record<StoreTable, ColumnSpec[]> {
  const contract = Object.fromEntries(TABLE_NAMES.map((t) => [t, storeTableColumns(t)])) as Record<TableName, ColumnSpec[]>;
  return {
    ...contract,
    inputs: INPUTS_COLUMNS,
    errors: ERRORS_COLUMNS,
    ingest_runs: INGEST_RUNS_COLUMNS,
  };
}

/** Tables whose rows belong to one document (they all have `doc_id`). */
export const DOCUMENT_TABLES: readonly (TableName | 'inputs')[] = [...TABLE_NAMES, 'inputs'];

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A date less precise than a day (or a range with one), from a figure's `date`/`date_max` as
 *  ISO strings: `date` alone, or `date/date_max`; null when both are whole days (or absent). */
export const DATE_TEXT_SQL = `CASE WHEN "date" IS NULL THEN NULL
  WHEN regexp_full_match("date", '\\d{4}-\\d{2}-\\d{2}') AND ("date_max" IS NULL OR regexp_full_match("date_max", '\\d{4}-\\d{2}-\\d{2}')) THEN NULL
  ELSE "date" || coalesce('/' || "date_max", '') END`;

/**
 * The select list that reads `table` (aliased `alias`) with the store's current columns and
 * types, whatever version of arqam wrote it (`have`: the columns it has): a column it holds as a
 * string where the store now types it is converted (an ISO day to DATE, a `|`-joined list to a
 * LIST, '' to NULL), a column it lacks is NULL (figures.date_text is worked out from the date
 * strings), and columns it has beyond the current ones come last. `rename` names columns anew.
 */
export function typedSelect(table: StoreTable, have: ColumnSpec[], alias: string, rename: Record<string, string> = {}): string[] {
  const types = new Map(have);
  const wanted = storeColumns()[table] ?? have;
  const names = [...wanted.map(([n]) => n), ...have.map(([n]) => n).filter((n) => !wanted.some(([w]) => w === n))];
  return names.map((name) => {
    const type = wanted.find(([n]) => n === name)?.[1] ?? types.get(name)!;
    const had = types.get(name);
    const col = `${alias}.${quoteIdent(name)}`;
    let expr = col;
    if (had === undefined) {
      expr =
        table === 'figures' && name === 'date_text' && types.get('date') === 'VARCHAR'
          ? DATE_TEXT_SQL.replace(/"date(_max)?"/g, (m) => `${alias}.${m}`)
          : `NULL::${type}`;
    } else if (had === 'VARCHAR' && type === 'DATE') {
      expr = `TRY_CAST(${col} AS DATE)`;
    } else if (had === 'VARCHAR' && type === 'VARCHAR[]') {
      expr = `CASE WHEN ${col} IS NULL OR ${col} = '' THEN NULL ELSE string_split(${col}, '|') END`;
    }
    return `${expr} AS ${quoteIdent(rename[name] ?? name)}`;
  });
}

/**
 * Creates the tables that are missing and adds the columns a newer version of the contract
 * added (rows.ts only ever adds columns), so a store written by an older arqam keeps working.
 * A store written before dates and lists were typed has them as strings: its columns are
 * converted (the table written anew, figures.date_text worked out from the strings), all in one
 * transaction.
 * Returns each table's columns in the store's order, which is the order appenders must follow.
 */
export async function ensureSchema(conn: DuckDBConnection): Promise<Record<StoreTable, ColumnSpec[]>> {
  const wanted = storeColumns();
  const existing = await tableColumns(conn);
  await conn.run('BEGIN TRANSACTION');
  try {
    // The view reads the columns about to change; it is made again below.
    await conn.run('DROP VIEW IF EXISTS figure_facts');
    for (const [table, cols] of Object.entries(wanted) as [StoreTable, ColumnSpec[]][]) {
      const have = existing.get(table);
      if (!have) {
        const body = cols.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ');
        await conn.run(`CREATE TABLE ${quoteIdent(table)} (${body})`);
        continue;
      }
      const types = new Map(have);
      if (cols.some(([name, type]) => types.get(name) === 'VARCHAR' && (type === 'DATE' || type === 'VARCHAR[]'))) {
        // Typed columns in place of strings: the table is written anew with them.
        const t = quoteIdent(table);
        const fresh = quoteIdent(`${table}__typed`);
        await conn.run(`CREATE TABLE ${fresh} AS SELECT ${typedSelect(table, have, 't').join(', ')} FROM ${t} t`);
        await conn.run(`DROP TABLE ${t}`);
        await conn.run(`ALTER TABLE ${fresh} RENAME TO ${t}`);
        continue;
      }
      for (const [name, type] of cols) {
        if (!types.has(name)) await conn.run(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} ${type}`);
      }
    }
    await conn.run(`CREATE OR REPLACE VIEW figure_facts AS ${FIGURE_FACTS_SQL}`);
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
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
  if (t === 'DATE') return 'DATE';
  if (t.endsWith('[]')) return 'VARCHAR[]';
  if (t === 'DOUBLE' || t === 'FLOAT' || t.startsWith('DECIMAL')) return 'DOUBLE';
  if (t === 'INTEGER' || t === 'SMALLINT' || t === 'TINYINT') return 'INTEGER';
  if (t === 'BIGINT' || t === 'HUGEINT') return 'BIGINT';
  return 'VARCHAR';
}
