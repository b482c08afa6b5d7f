// arqam query "SQL" --db FILE [--format table|csv|json] [--allow-files] [--wait SECONDS]: one
// SQL query on the store, which it can neither change nor leave: no file but the store is read
// (unless --allow-files) and none is written (issue 21).
import type { Command } from 'commander';
import type { DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { openStore } from '../../store/open-store.js';
import { openOrReport } from './open-store-reported.js';
import { explainQueryError, prepareQuery, RefusedQuery } from '../../store/read-only-sql.js';
import { FORMATS, writeResult, type Format } from '../../store/format-result.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';

export function checkFormat(format: string): Format {
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}, not "${format}"`);
  return format as Format;
}

/** Seconds `query` and `figures` wait for an ingest that holds the store, by default. */
export const DEFAULT_WAIT_SECONDS = 5;

export function parseWait(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`--wait takes a number of seconds (0 or more), not "${text}"`);
  return n;
}

export function registerQuery(program: Command, setStatus: (code: number) => void): void {
  program
    .command('query')
    .description(
      'run one SQL query on the corpus store; it can read only the store and change nothing. Tables: documents, sentences, entities, mentions, figures, projects, project_partners, messages, inputs, errors, ingest_runs',
    )
    .argument('<sql>', 'the SQL statement (one SELECT)')
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--max-width <n>', 'longest cell of the table format, in characters', '60')
    .option('--allow-files', 'let the query read files too (read_parquet, read_csv, read_json ...); it still writes nothing')
    .option('--wait <seconds>', 'while an ingest writes the store, wait this long for it to finish', String(DEFAULT_WAIT_SECONDS))
    .action(async (sql: string, opts: { db: string; format: string; maxWidth: string; allowFiles?: boolean; wait: string }) => {
      const format = checkFormat(opts.format);
      const maxWidth = Number(opts.maxWidth);
      if (!Number.isInteger(maxWidth) || maxWidth < 4) throw new UsageError(`--max-width takes a whole number of at least 4`);
      if (sql.trim() === '') throw new UsageError('the SQL statement is empty');
      const waitSeconds = parseWait(opts.wait);
      setStatus(await runAndPrint(opts.db, sql, format, { maxWidth, allowFiles: Boolean(opts.allowFiles), waitSeconds }));
    });
}

export interface RunOptions {
  maxWidth?: number;
  values?: Record<string, DuckDBValue>;
  types?: Record<string, DuckDBType>;
  /** Let the query read files (never write them). */
  allowFiles?: boolean;
  /** Seconds to wait while an ingest holds the store. */
  waitSeconds?: number;
}

/**
 * Runs `sql` (with bound `values`) on a query connection (openStore's `query` mode: read-only,
 * no file but the store, settings locked) after checking that it is one query, and prints the
 * result; the exit status.
 */
export async function runAndPrint(db: string, sql: string, format: Format, options: RunOptions = {}): Promise<number> {
  const allowFiles = Boolean(options.allowFiles);
  const store = await openOrReport(() =>
    openStore(db, {
      query: { allowFiles },
      waitSeconds: options.waitSeconds ?? DEFAULT_WAIT_SECONDS,
      onWait: (message) => process.stderr.write(`arqam: ${message}\n`),
    }),
  );
  if (!store) return EXIT_SOME_FAILED;
  // A closed pipe is reported through the write that meets it; without a listener the
  // 'error' event would also end the process with a stack trace.
  process.stdout.on('error', ignorePipeError);
  try {
    const prepared = await prepareQuery(store.conn, sql);
    let result;
    try {
      if (options.values) prepared.bind(options.values, options.types);
      result = await prepared.stream();
    } finally {
      prepared.destroySync();
    }
    await writeResult(result, format, process.stdout, { maxWidth: options.maxWidth });
    return EXIT_OK;
  } catch (error) {
    // The reader went away (arqam query ... | head): nothing is wrong, stop writing.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_OK;
    if (error instanceof RefusedQuery) {
      process.stderr.write(`arqam: query ${error.message}\n`);
      return EXIT_SOME_FAILED;
    }
    const message = explainQueryError(error instanceof Error ? error.message : String(error), sql, allowFiles);
    process.stderr.write(`arqam: query ${message.startsWith('refused:') ? message : `failed: ${message}`}\n`);
    return EXIT_SOME_FAILED;
  } finally {
    process.stdout.off('error', ignorePipeError);
    store.close();
  }
}

function ignorePipeError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}
