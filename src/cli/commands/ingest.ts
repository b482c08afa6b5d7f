// arqam ingest PATH... --db FILE: store many articles (files, folders, JSON lines, JSON arrays,
// ANT <DOC> files) in the corpus store, analyzed on worker threads, one transaction per batch.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingest, DEFAULT_MAX_BYTES, type IngestProgress } from '../../store/ingest.js';
import { DEFAULT_DOCUMENT_MEMORY_MB, DEFAULT_WORKER_MEMORY_MB, defaultWorkerCount } from '../../store/worker-pool.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';
import { consolidateStore } from '../../consolidate/store-consolidation.js';
import { describeConsolidation } from '../../consolidate/open-consolidated.js';
import { openStore } from '../../store/open-store.js';

/** Brings the consolidation up to date with what was just stored (only the country blocks the new
 *  documents touch); with --verbose, a line on stderr. */
async function consolidateAfterIngest(db: string, verbose: boolean): Promise<void> {
  const store = await openStore(db);
  try {
    const stats = await consolidateStore(store.conn);
    if (verbose) process.stderr.write(`arqam ingest: ${describeConsolidation(stats)}\n`);
  } finally {
    store.close();
  }
}
import { parseSize } from '../parse-size.js';

export { parseSize };

interface IngestCliOptions {
  db: string;
  workers?: string;
  replace?: boolean;
  maxBytes: string;
  analyzed?: boolean;
  batch: string;
  workerMemory: string;
  verbose?: boolean;
  consolidate: boolean;
  documentMemory: string;
}

function positiveInt(text: string, option: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${option} takes a whole number of at least ${min}, not "${text}"`);
  return n;
}

const rate = (n: number, seconds: number) => (seconds > 0 ? n / seconds : 0);

export function registerIngest(program: Command, setStatus: (code: number) => void): void {
  program
    .command('ingest')
    .description('store articles (files, folders, JSON lines, JSON arrays, <DOC> files; - for stdin) in the corpus store')
    .argument('<paths...>', 'article files, folders (walked recursively), .jsonl/.json files of records, or - for JSON lines on stdin')
    .requiredOption('--db <file>', 'the store (a DuckDB file; created when missing)')
    .option('-w, --workers <n>', `analysis worker threads (default: one per core, here ${defaultWorkerCount()})`)
    .option('--replace', 're-analyze documents already in the store and replace their rows')
    .option('--max-bytes <size>', 'refuse documents larger than this (e.g. 20MB, 500k)', String(DEFAULT_MAX_BYTES))
    .option('--analyzed', 'the inputs are `arqam extract --jsonl` output: store them without analyzing again')
    .option('--batch <n>', 'documents per transaction', '500')
    .option('--worker-memory <MB>', 'heap cap of each analysis worker; a document needing more fails', String(DEFAULT_WORKER_MEMORY_MB))
    .option(
      '--document-memory <MB>',
      'the most heap one large document (1 MiB or more) may get: one too large for a worker is analyzed alone on a worker sized for it, up to this',
      String(DEFAULT_DOCUMENT_MEMORY_MB),
    )
    .option('-v, --verbose', 'a line on stderr for each committed batch')
    .option(
      '--no-consolidate',
      'do not bring the consolidated projects and entities up to date after storing (arqam consolidate does it later)',
    )
    .action(async (paths: string[], opts: IngestCliOptions) => {
      const maxBytes = parseSize(opts.maxBytes);
      const workers = opts.workers === undefined ? undefined : positiveInt(opts.workers, '--workers', 0);
      const batchSize = positiveInt(opts.batch, '--batch', 1);
      const workerMemoryMb = positiveInt(opts.workerMemory, '--worker-memory', 64);
      const documentMemoryMb = positiveInt(opts.documentMemory, '--document-memory', 64);
      // The bar is made on the first progress report, once the total size of the inputs is
      // known; JSON lines on stdin have none, so their bar shows counts only.
      const tty = Boolean(process.stderr.isTTY) && !opts.verbose;
      let bar: cliProgress.SingleBar | null = null;
      const payload = (p: IngestProgress) => ({
        docs: p.added + p.replaced,
        failed: p.failed,
        speed: rate(p.handled, p.seconds).toFixed(1),
        mbs: rate(p.bytes / 1e6, p.seconds).toFixed(2),
      });
      const update = (p: IngestProgress) => {
        if (!tty) return;
        if (!bar) {
          const counts = '{docs} docs | {speed} docs/s | {mbs} MB/s | {failed} failed';
          bar = new cliProgress.SingleBar(
            {
              format: p.total > 0 ? `ingest |{bar}| {percentage}% | ${counts}` : `ingest | ${counts}`,
              stream: process.stderr,
              hideCursor: true,
              clearOnComplete: true,
              fps: 5,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(1, p.total), 0, payload(p));
        }
        bar.update(Math.min(p.done, Math.max(1, p.total)), payload(p));
      };
      const stopBar = () => {
        bar?.stop();
        bar = null;
      };
      try {
        const stats = await ingest(paths, {
          db: opts.db,
          workers,
          replace: Boolean(opts.replace),
          maxBytes,
          analyzed: Boolean(opts.analyzed),
          batchSize,
          workerMemoryMb,
          documentMemoryMb,
          stdin: process.stdin,
          onProgress: update,
          onBatch: (p) => {
            update(p);
            if (opts.verbose) {
              process.stderr.write(
                `arqam ingest: committed ${p.added + p.replaced} documents (${p.unchanged} unchanged, ${p.failed} failed), ` +
                  `${rate(p.handled, p.seconds).toFixed(1)} docs/s\n`,
              );
            }
          },
          onError: (input, reason) => {
            // The bar is taken down for the line and comes back with the next report.
            stopBar();
            process.stderr.write(`arqam: ${input}: ${reason}\n`);
          },
        });
        stopBar();
        const mb = stats.bytes / 1e6;
        process.stdout.write(
          `${stats.added} added, ${stats.replaced} replaced, ${stats.unchanged} unchanged, ${stats.failed} failed` +
            ` in ${stats.seconds.toFixed(1)} s (${rate(stats.added + stats.replaced, stats.seconds).toFixed(1)} docs/s, ` +
            `${rate(mb, stats.seconds).toFixed(2)} MB/s, ${stats.workers} worker${stats.workers === 1 ? '' : 's'}); ` +
            `${opts.db} holds ${stats.documents} documents\n`,
        );
        if (stats.failed > 0) process.stderr.write(`arqam: ${stats.failed} inputs failed (listed in the errors table of ${opts.db})\n`);
        if (opts.consolidate) await consolidateAfterIngest(opts.db, Boolean(opts.verbose));
        setStatus(stats.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
      } finally {
        stopBar();
      }
    });
}
