// Writes one batch of analyzed documents as one transaction: either every row of the batch is
// in the store or none is, so an ingest killed at any moment leaves the store consistent and a
// re-run, which skips the documents already stored, completes it without duplicates.
import { listValue, type DuckDBAppender } from '@duckdb/node-api';
import { TABLE_NAMES, type Cell, type Row, type TableRows } from '../tables/rows.js';
import type { Store } from './open-store.js';
import { DOCUMENT_TABLES, quoteIdent, type ColumnSpec, type StoreTable } from './schema.js';

export interface StoredDocument {
  id: string;
  rows: TableRows;
  /** The row of the `inputs` table. */
  input: Row;
}

export interface FailedInput {
  input: string;
  reason: string;
  bytes: number;
  doc_id: string | null;
}

export interface Batch {
  documents: StoredDocument[];
  failed: FailedInput[];
  /** Documents already stored whose rows are replaced (`--replace`). */
  replace: string[];
  /** Every input of the batch, stored or failed: their old `errors` rows are cleared. */
  inputs: string[];
}

export async function writeBatch(store: Store, batch: Batch, run: number): Promise<void> {
  const { conn } = store;
  await conn.run('BEGIN TRANSACTION');
  try {
    if (batch.replace.length > 0) {
      const ids = listValue(batch.replace);
      for (const table of DOCUMENT_TABLES) await conn.run(`DELETE FROM ${quoteIdent(table)} WHERE list_contains($1, doc_id)`, [ids]);
    }
    if (batch.inputs.length > 0) await conn.run('DELETE FROM errors WHERE list_contains($1, input)', [listValue(batch.inputs)]);
    for (const table of TABLE_NAMES) {
      const rows: Row[] = [];
      for (const d of batch.documents) for (const r of d.rows[table]) rows.push(r);
      await appendRows(store, table, rows);
    }
    await appendRows(store, 'inputs', batch.documents.map((d) => ({ ...d.input, run })));
    await appendRows(store, 'errors', batch.failed.map((f) => ({ ...f, run }) as unknown as Row));
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function appendRows(store: Store, table: StoreTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = store.columns[table];
  const appender = await store.conn.createAppender(table);
  try {
    for (const row of rows) {
      for (const [name, type] of columns) appendCell(appender, type, row[name] ?? null);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

function appendCell(appender: DuckDBAppender, type: ColumnSpec[1], value: Cell | undefined): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (type) {
    case 'VARCHAR':
      return appender.appendVarchar(typeof value === 'string' ? value : String(value));
    case 'DOUBLE': {
      const n = Number(value);
      return Number.isFinite(n) ? appender.appendDouble(n) : appender.appendNull();
    }
    case 'INTEGER': {
      const n = Number(value);
      return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? appender.appendInteger(n) : appender.appendNull();
    }
    case 'BIGINT': {
      const n = Number(value);
      return Number.isFinite(n) ? appender.appendBigInt(BigInt(Math.trunc(n))) : appender.appendNull();
    }
  }
}
