// Writes one batch of analyzed documents as one transaction: either every row of the batch is
// in the store or none is, so an ingest killed at any moment leaves the store consistent and a
// re-run, which skips the documents already stored, completes it without duplicates. The rows
// come as JSON lines (row-json.ts); each table's lines are put in a scratch file and inserted
// with DuckDB's JSON reader, in one statement per table.
import { listValue } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE_NAMES, type Row } from '../tables/rows.js';
import type { Store } from './open-store.js';
import { rowJson, type TableJson } from './row-json.js';
import { DOCUMENT_TABLES, quoteIdent, type StoreTable } from './schema.js';

export interface StoredDocument {
  id: string;
  /** The document's rows of every contract table, as JSON lines. */
  tables: TableJson;
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

/** A folder for the batch files of one writer, removed with `dispose`. */
export interface Scratch {
  dir: string;
  dispose(): void;
}

export function createScratch(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'arqam-ingest-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export async function writeBatch(store: Store, batch: Batch, run: number, scratch?: Scratch): Promise<void> {
  const own = scratch ?? createScratch();
  const { conn } = store;
  await conn.run('BEGIN TRANSACTION');
  try {
    if (batch.replace.length > 0) {
      const ids = listValue(batch.replace);
      for (const table of DOCUMENT_TABLES) await conn.run(`DELETE FROM ${quoteIdent(table)} WHERE list_contains($1, doc_id)`, [ids]);
    }
    if (batch.inputs.length > 0) await conn.run('DELETE FROM errors WHERE list_contains($1, input)', [listValue(batch.inputs)]);
    for (const table of TABLE_NAMES) {
      const lines: string[] = [];
      for (const d of batch.documents) if (d.tables[table]) lines.push(d.tables[table]);
      await insertLines(store, own.dir, table, lines);
    }
    const inputs = store.columns.inputs;
    await insertLines(
      store,
      own.dir,
      'inputs',
      batch.documents.map((d) => rowJson({ ...d.input, run }, inputs)),
    );
    const errors = store.columns.errors;
    await insertLines(
      store,
      own.dir,
      'errors',
      batch.failed.map((f) => rowJson({ ...f, run }, errors)),
    );
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    if (!scratch) own.dispose();
  }
}

async function insertLines(store: Store, dir: string, table: StoreTable, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  const file = join(dir, `${table}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  const columns = store.columns[table];
  const names = columns.map(([name]) => quoteIdent(name)).join(', ');
  const spec = columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(', ');
  await store.conn.run(
    `INSERT INTO ${quoteIdent(table)} (${names}) SELECT ${names} FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${spec}})`,
  );
}
