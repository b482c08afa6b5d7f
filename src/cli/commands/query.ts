// arqam query "SQL" --db FILE [--format table|csv|json]: any SQL on a read-only connection to
// the store.
import type { Command } from 'commander';
import { openStore, StoreError } from '../../store/open-store.js';
import { FORMATS, writeResult, type Format } from '../../store/format-result.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';

export function checkFormat(format: string): Format {
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}, not "${format}"`);
  return format as Format;
}

export function registerQuery(program: Command, setStatus: (code: number) => void): void {
  program
    .command('query')
    .description('run SQL on the corpus store (read-only); tables: documents, sentences, entities, mentions, figures, projects, project_partners, messages, inputs, errors, ingest_runs')
    .argument('<sql>', 'the SQL statement')
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--max-width <n>', 'longest cell of the table format, in characters', '60')
    .action(async (sql: string, opts: { db: string; format: string; maxWidth: string }) => {
      const format = checkFormat(opts.format);
      const maxWidth = Number(opts.maxWidth);
      if (!Number.isInteger(maxWidth) || maxWidth < 4) throw new UsageError(`--max-width takes a whole number of at least 4`);
      if (sql.trim() === '') throw new UsageError('the SQL statement is empty');
      setStatus(await runAndPrint(opts.db, sql, format, { maxWidth }));
    });
}

/** Runs `sql` (with bound `values`) on a read-only connection and prints the result; the exit status. */
export async function runAndPrint(
  db: string,
  sql: string,
  format: Format,
  options: { maxWidth?: number; values?: Record<string, unknown>; types?: Record<string, unknown> } = {},
): Promise<number> {
  let store;
  try {
    store = await openStore(db, { readOnly: true });
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`arqam: ${error.message}\n`);
      return EXIT_SOME_FAILED;
    }
    throw error;
  }
  // A closed pipe is reported through the write that meets it; without a listener the
  // 'error' event would also end the process with a stack trace.
  process.stdout.on('error', ignorePipeError);
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await store.conn.stream(sql, options.values as any, options.types as any);
    await writeResult(result, format, process.stdout, { maxWidth: options.maxWidth });
    return EXIT_OK;
  } catch (error) {
    // The reader went away (arqam query ... | head): nothing is wrong, stop writing.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_OK;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`arqam: query failed: ${message}\n`);
    return EXIT_SOME_FAILED;
  } finally {
    process.stdout.off('error', ignorePipeError);
    store.close();
  }
}

function ignorePipeError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}
