// arqam ingest, as a library function: reads the inputs lazily, analyzes them on worker
// threads, and stores each batch in one transaction. A document's id is the hash of its bytes,
// so ingesting the same input again stores nothing new (unless `replace`); inputs that cannot
// be stored are named through `onError` and kept in the `errors` table; the others go on.
import type { Readable } from 'node:stream';
import { documentId } from '../analyze.js';
import type { WorkItem, WorkResult } from './analyze-item.js';
import { readAnalyzedLines } from './analyzed-lines.js';
import { openStore, type Store } from './open-store.js';
import { DEFAULT_MAX_BYTES, expandPaths, readInputItems, type InputItem } from './read-inputs.js';
import { createAnalyzer, defaultWorkerCount } from './worker-pool.js';
import { createScratch, writeBatch, type Batch, type FailedInput, type Scratch, type StoredDocument } from './write-batch.js';

export { DEFAULT_MAX_BYTES };

export interface IngestOptions {
  /** The DuckDB file; created when missing. */
  db: string;
  /** Worker threads for the analysis; 0 analyzes on the calling thread. Default: one per core. */
  workers?: number;
  /** Re-analyze documents already stored and replace their rows. */
  replace?: boolean;
  /** Documents larger than this are refused (default 20 MB). */
  maxBytes?: number;
  /** The inputs are `arqam extract --jsonl` output: store them without analyzing again. */
  analyzed?: boolean;
  /** Documents per transaction (default 500). */
  batchSize?: number;
  /** Cap of each analysis worker's heap, in MB (default 192); a document needing more fails. */
  workerMemoryMb?: number;
  /** Ceiling of the heap of a worker that analyzes one large document alone, in MB. */
  documentMemoryMb?: number;
  /** Read for the path `-`. */
  stdin?: Readable;
  /** Each input that could not be stored, with its reason, as soon as it is known. */
  onError?: (input: string, reason: string) => void;
  /** After each committed batch. */
  onBatch?: (progress: IngestProgress) => void;
  /** Now and then while documents are skipped as unchanged (for a progress bar). */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  /** Documents handled so far: stored, replaced, unchanged or failed. */
  handled: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Bytes of the input files handled so far, and their total (0 when unknown, as for stdin). */
  done: number;
  total: number;
  /** Bytes of the documents analyzed and stored. */
  bytes: number;
  seconds: number;
}

export interface IngestStats extends IngestProgress {
  run: number;
  workers: number;
  /** Documents in the store after the ingest. */
  documents: number;
}

interface Pending {
  work: WorkItem[];
  /** Results already known without analysis (read errors, analyzed lines). */
  known: WorkResult[];
  /** Work items that replace a stored document. */
  replacing: Set<string>;
  /** Bytes of input the batch stands for. */
  consumed: number;
  /** Bytes of its documents. */
  bytes: number;
}

/** A batch is committed at this many bytes of documents even when it has fewer documents than
 *  the batch size, so that large articles do not pile up in memory (two batches are in flight). */
const BATCH_BYTES = 64 * 1024 * 1024;

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestStats> {
  const started = Date.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const workers = options.analyzed ? 0 : (options.workers ?? defaultWorkerCount());
  const files = expandPaths(paths);
  const progress: IngestProgress = {
    handled: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    done: 0,
    total: files.reduce((sum, f) => sum + f.size, 0),
    bytes: 0,
    seconds: 0,
  };
  const tick = () => {
    progress.seconds = (Date.now() - started) / 1000;
    return progress;
  };

  const store = await openStore(options.db);
  let analyzer: ReturnType<typeof createAnalyzer> | null = null;
  let scratch: Scratch | null = null;
  try {
    scratch = createScratch();
    const run = await beginRun(store, options.analyzed ? 'analyzed' : 'analyze', workers);
    const stored = await storedIds(store);
    /** Ids met in this run: a second copy of a document in the same input is unchanged. */
    const seen = new Set<string>();
    analyzer = createAnalyzer(workers, { memoryMb: options.workerMemoryMb, documentMemoryMb: options.documentMemoryMb });

    let reported = 0;
    const skipped = (consumed: number) => {
      progress.unchanged++;
      progress.handled++;
      progress.done += consumed;
      if (Date.now() - reported > 200) {
        reported = Date.now();
        options.onProgress?.(tick());
      }
    };
    const items: AsyncIterable<InputItem | WorkResult> = options.analyzed
      ? readAnalyzedLines(files, { stdin: options.stdin })
      : readInputItems(files, { maxBytes, stdin: options.stdin });

    let commitError: unknown = null;
    let committing: Promise<void> = Promise.resolve();
    const commit = async (pending: Pending) => {
      const results = [...pending.known, ...(await analyzer!.analyzeAll(pending.work))];
      await committing;
      if (commitError) throw commitError;
      const batch = toBatch(results, pending.replacing, run);
      committing = storeBatch(store, batch, run, scratch!).then(
        (failed) => {
          const lost = new Set(failed.map((f) => f.input));
          for (const r of results) {
            if (!r.ok || lost.has(r.input)) continue;
            if (pending.replacing.has(r.id)) progress.replaced++;
            else progress.added++;
            progress.bytes += r.size;
          }
          progress.failed += failed.length;
          progress.handled += results.length;
          progress.done += pending.consumed;
          for (const f of failed) options.onError?.(f.input, f.reason);
          options.onBatch?.(tick());
        },
        (error: unknown) => {
          commitError = error;
        },
      );
    };

    const fresh = (): Pending => ({ work: [], known: [], replacing: new Set(), consumed: 0, bytes: 0 });
    let pending = fresh();
    for await (const item of items) {
      // Analyzed lines come as results already; files and records as inputs to analyze.
      const result = 'ok' in item ? item : null;
      const input = result ? null : (item as InputItem);
      const consumed = input ? input.consumed : item.size;
      if (result && !result.ok) {
        pending.known.push(result);
      } else if (input && (input.error !== undefined || !input.bytes)) {
        pending.known.push({ input: input.input, id: '', size: input.size, ok: false, reason: input.error ?? 'unreadable' });
      } else {
        const id = result ? result.id : documentId(input!.bytes!);
        // A document stored before, or met earlier in this run, is unchanged (unless replaced).
        if (seen.has(id) || (stored.has(id) && !options.replace)) {
          skipped(consumed);
          continue;
        }
        seen.add(id);
        if (stored.has(id)) pending.replacing.add(id);
        if (result) pending.known.push(result);
        else pending.work.push({ input: input!.input, id, bytes: input!.bytes!, source: input!.source, record: input!.record });
      }
      pending.consumed += consumed;
      pending.bytes += item.size;
      if (pending.work.length + pending.known.length >= batchSize || pending.bytes >= BATCH_BYTES) {
        await commit(pending);
        pending = fresh();
      }
    }
    await commit(pending);
    await committing;
    if (commitError) throw commitError;
    const documents = await countDocuments(store);
    await endRun(store, run, progress);
    return { ...tick(), run, workers, documents };
  } finally {
    await analyzer?.close();
    scratch?.dispose();
    store.close();
  }
}

/**
 * Stores a batch in one transaction. Should that fail (a row DuckDB refuses), each document is
 * tried alone so that one bad document costs only itself; the ones that still fail are
 * recorded as errors. Resolves with every input of the batch that was not stored.
 */
export async function storeBatch(store: Store, batch: Batch, run: number, scratch: Scratch): Promise<FailedInput[]> {
  try {
    await writeBatch(store, batch, run, scratch);
    return batch.failed;
  } catch (error) {
    if (batch.documents.length === 0) throw error;
  }
  const failed = [...batch.failed];
  for (const d of batch.documents) {
    const replace = batch.replace.includes(d.id) ? [d.id] : [];
    try {
      await writeBatch(store, { documents: [d], failed: [], replace, inputs: [d.input.input as string] }, run, scratch);
    } catch (error) {
      failed.push({
        input: d.input.input as string,
        reason: `could not be stored: ${(error as Error).message}`,
        bytes: Number(d.input.bytes),
        doc_id: d.id,
      });
    }
  }
  // The errors alone: if even these cannot be written, the store itself is failing.
  await writeBatch(store, { documents: [], failed, replace: [], inputs: failed.map((f) => f.input) }, run, scratch);
  return failed;
}

function toBatch(results: WorkResult[], replacing: Set<string>, run: number): Batch {
  const documents: StoredDocument[] = [];
  const batch: Batch = { documents, failed: [], replace: [], inputs: [] };
  for (const r of results) {
    batch.inputs.push(r.input);
    if (!r.ok) {
      batch.failed.push({ input: r.input, reason: r.reason, bytes: r.size, doc_id: r.id || null });
      continue;
    }
    if (replacing.has(r.id)) batch.replace.push(r.id);
    documents.push({
      id: r.id,
      tables: r.tables,
      input: { doc_id: r.id, input: r.input, record_id: r.recordId ?? null, url: r.url ?? null, bytes: r.size, run },
    });
  }
  return batch;
}

async function storedIds(store: Store): Promise<Set<string>> {
  const reader = await store.conn.runAndReadAll('SELECT doc_id FROM documents');
  const ids = new Set<string>();
  for (const [id] of reader.getRowsJS() as [string][]) ids.add(id);
  return ids;
}

async function countDocuments(store: Store): Promise<number> {
  const reader = await store.conn.runAndReadAll('SELECT count(*) FROM documents');
  return Number(reader.getRowsJS()[0][0]);
}

async function beginRun(store: Store, mode: string, workers: number): Promise<number> {
  const reader = await store.conn.runAndReadAll('SELECT coalesce(max(run), 0) + 1 FROM ingest_runs');
  const run = Number(reader.getRowsJS()[0][0]);
  await store.conn.run('INSERT INTO ingest_runs (run, started, mode, workers) VALUES ($1, $2, $3, $4)', [
    run,
    new Date().toISOString(),
    mode,
    workers,
  ]);
  return run;
}

async function endRun(store: Store, run: number, p: IngestProgress): Promise<void> {
  await store.conn.run(
    'UPDATE ingest_runs SET finished = $2, added = $3, replaced = $4, unchanged = $5, failed = $6, bytes = $7 WHERE run = $1',
    [run, new Date().toISOString(), p.added, p.replaced, p.unchanged, p.failed, p.bytes],
  );
}
