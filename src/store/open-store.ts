// Opening the store: an embedded DuckDB file. Writers (ingest) hold it alone — DuckDB locks the
// file — and readers (query, figures, export) open it read-only.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensureSchema, type ColumnSpec, type StoreTable } from './schema.js';

/** A store that cannot be opened (missing, locked, not a DuckDB file); its message says which. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface Store {
  path: string;
  conn: DuckDBConnection;
  /** Each table's columns in the store's order (writers only). */
  columns: Record<StoreTable, ColumnSpec[]>;
  close(): void;
}

/**
 * The writer (ingest) runs beside the analysis workers, which keep every core busy: one DuckDB
 * thread is enough for its inserts and takes no core from them; a memory limit keeps DuckDB
 * from caching the whole store as it grows (blocks already written are read back when needed),
 * and handing freed memory back to the system early keeps the ingest's peak RSS down (npm run
 * bench reports it).
 */
const WRITER_SETTINGS: Record<string, string> = {
  threads: '1',
  memory_limit: '256MB',
  allocator_flush_threshold: '16MB',
  allocator_bulk_deallocation_flush_threshold: '16MB',
};

export async function openStore(path: string, { readOnly = false } = {}): Promise<Store> {
  if (readOnly && !existsSync(path)) throw new StoreError(`${path}: no such store (create it with arqam ingest ... --db ${path})`);
  if (!readOnly) mkdirSync(dirname(resolve(path)), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : WRITER_SETTINGS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(message)) throw new StoreError(`${path}: the store is in use by another process (${firstLine(message)})`);
    throw new StoreError(`${path}: cannot open the store (${firstLine(message)})`);
  }
  const conn = await instance.connect();
  const columns = readOnly ? ({} as Record<StoreTable, ColumnSpec[]>) : await ensureSchema(conn);
  return {
    path,
    conn,
    columns,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
