// Opening the store: an embedded DuckDB file. DuckDB locks the file: one process writes it
// (ingest) or any number read it (query, figures, export), never both at once.
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

/**
 * How `arqam query` and `arqam figures` open the store for SQL a user wrote: read-only, no file
 * but the store itself readable or writable (COPY TO, ATTACH, read_text, read_csv, glob all
 * refused), no extension installed or loaded, nothing spilled to a temporary folder, and the
 * configuration locked so that no statement can SET its way out (issue 21). With `allowFiles`
 * files may be read (read_parquet, read_csv); statements are still checked to be queries
 * (read-only-sql.ts), so nothing can be written either way.
 */
export function querySettings(allowFiles: boolean): Record<string, string> {
  return {
    access_mode: 'READ_ONLY',
    enable_external_access: allowFiles ? 'true' : 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    max_temp_directory_size: '0B',
    lock_configuration: 'true',
  };
}

export interface OpenOptions {
  /** Open for reading only (query, figures, export); the default opens for writing (ingest). */
  readOnly?: boolean;
  /** Open for writing a store that must already exist (consolidate): a missing path is an error, not a new store. */
  existing?: boolean;
  /** Open for SQL a user wrote (querySettings): implies readOnly. */
  query?: { allowFiles: boolean };
  /** While another process writes the store, try again for this long (default: fail at once). */
  waitSeconds?: number;
  /** Told once when the store is busy and the open waits. */
  onWait?: (message: string) => void;
}

/** DuckDB's message when another process holds the file: "... Conflicting lock is held in /usr/bin/node (PID 9178) ...". */
const LOCK_ERROR = /Could not set lock on file|Conflicting lock/i;

export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  const readOnly = Boolean(options.readOnly || options.query);
  if ((readOnly || options.existing) && !existsSync(path))
    throw new StoreError(`${path}: no such store (create it with arqam ingest ... --db ${path})`);
  if (!readOnly) mkdirSync(dirname(resolve(path)), { recursive: true });
  const settings = options.query ? querySettings(options.query.allowFiles) : readOnly ? { access_mode: 'READ_ONLY' } : WRITER_SETTINGS;
  const deadline = Date.now() + Math.max(0, options.waitSeconds ?? 0) * 1000;
  let told = false;
  let instance: DuckDBInstance;
  for (;;) {
    try {
      instance = await DuckDBInstance.create(path, settings);
      break;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!LOCK_ERROR.test(message)) throw new StoreError(`${path}: cannot open the store (${firstLine(message)})`);
      const holder = /held in (.+?) \(PID (\d+)\)/.exec(message);
      const who = holder ? `process ${holder[2]} (${holder[1]})` : 'another process';
      if (Date.now() >= deadline) {
        throw new StoreError(
          readOnly
            ? `${path}: the store is being written by ${who}, an arqam ingest or another program with the file open for writing; ` +
                `DuckDB lets one process write a store or several read it, not both at once. Query again when it has finished` +
                (options.waitSeconds !== undefined ? `, or wait longer with --wait SECONDS (waited ${options.waitSeconds} s)` : '')
            : `${path}: the store is in use by ${who}; an ingest needs it alone (queries and other ingests hold it too)`,
        );
      }
      if (!told) {
        options.onWait?.(`${path}: the store is being written by ${who}; waiting up to ${options.waitSeconds} s for it to finish`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, Math.min(250, Math.max(10, deadline - Date.now()))));
    }
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
