// Analysis across the cores: a pool of worker threads, each running dist/store/ingest-worker.js,
// fed small chunks of documents so that a slow article does not hold the others back. With zero
// workers the analysis runs on the calling thread (tests, tiny inputs, debugging).
//
// Each worker's JavaScript heap is capped: V8 lets garbage pile up to several times the live set
// before collecting, and two uncapped workers took an ingest of 20,000 articles over 1 GB. A
// document that needs more than the cap kills its worker; the documents the worker held are then
// tried again one at a time, alone on a fresh worker, so only the document at fault fails.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkItem, WorkResult } from './analyze-item.js';
import type { ChunkRequest, ChunkResponse } from './ingest-worker.js';
import type { WorkerTask } from './worker-tasks.js';

/**
 * The worker script. Workers always load the compiled JavaScript: under vitest this module is
 * src/store/worker-pool.ts, and ../../dist/store/ resolves to the build from both places.
 */
export const WORKER_URL = new URL('../../dist/store/ingest-worker.js', import.meta.url);

/** Default cap of a worker's old-generation heap, in MB (the live set is about 80 MB). */
export const DEFAULT_WORKER_MEMORY_MB = 192;
/** Default heap cap of extract's analysis worker, in MB: one process over 20,000 SaudiNewsNet
 *  articles then peaks at about 400 MB RSS (README, Speed). */
export const DEFAULT_EXTRACT_MEMORY_MB = 192;
/** Young generation of a worker, in MB: V8's default lets each worker hold more garbage. */
const YOUNG_GENERATION_MB = 16;

/**
 * The heap a document of `bytes` needs, in MB: about 40 MB for each MB of text above a base
 * (measured with dist/store/analyze-item.js in a worker: an 8 MB article of repeated news needs
 * between 256 and 384 MB; issue 21 found such a file failing under the default cap).
 */
export function heapForDocument(bytes: number): number {
  return Math.ceil(128 + (40 * bytes) / (1024 * 1024));
}

/** Documents from this size up may get a worker of their own when the pool's cap is too small for them. */
export const LARGE_DOCUMENT_BYTES = 1024 * 1024;

/** Default ceiling of the heap one large document may get, in MB (a 20 MiB document needs about 930). */
export const DEFAULT_DOCUMENT_MEMORY_MB = 1024;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Work done on a pool: items of type I in, one result of type R per item out. */
export interface Pool<I, R> {
  /** Works through `items`; resolves with one result per item, in the same order. Several calls
   *  may be in flight at once; the pool takes their chunks in the order of the calls. */
  analyzeAll(items: I[]): Promise<R[]>;
  close(): Promise<void>;
}

export type Analyzer = Pool<WorkItem, WorkResult>;

export interface AnalyzerOptions {
  /** Documents per message to a worker (default 8). */
  chunkSize?: number;
  /** Cap of each worker's heap in MB (default 192). */
  memoryMb?: number;
  /** The option that raises the cap, named when a document runs out of memory. */
  memoryOption?: string;
  /** Ceiling of the heap of a worker that analyzes one large document alone, in MB (default 1024). */
  documentMemoryMb?: number;
}

/** What a pool runs: the worker's task (worker-tasks.ts), and the result of an item whose
 *  worker died. */
export interface PoolTask<I, R> {
  name: WorkerTask;
  failed(item: I, reason: string): R;
  /** The item's size in bytes, for a task whose large items may run alone on a bigger heap. */
  size?(item: I): number;
}

const INGEST_TASK: PoolTask<WorkItem, WorkResult> = {
  name: 'ingest',
  failed: (item, reason) => ({ input: item.input, id: item.id, size: item.bytes.length, ok: false, reason }),
  size: (item) => item.bytes.length,
};

/** The pool for `workers` threads, or the calling thread when `workers` is 0. */
export function createAnalyzer(workers: number, options: AnalyzerOptions = {}): Analyzer {
  return createPool(INGEST_TASK, workers, { memoryOption: '--worker-memory', ...options });
}

export function createPool<I, R>(task: PoolTask<I, R>, workers: number, options: AnalyzerOptions = {}): Pool<I, R> {
  if (workers <= 0) return inlinePool(task);
  return new WorkerPool(
    task,
    workers,
    options.chunkSize ?? 8,
    options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB,
    options.memoryOption ?? '--memory',
    options.documentMemoryMb ?? DEFAULT_DOCUMENT_MEMORY_MB,
  );
}

/** The work on the calling thread. The analysis is loaded only here and in the workers, so that
 *  a main thread that hands all of it to workers never loads the pipeline. */
function inlinePool<I, R>(task: PoolTask<I, R>): Pool<I, R> {
  return {
    async analyzeAll(items) {
      const work = (await import('./worker-tasks.js')).TASKS[task.name] as unknown as (item: I) => R;
      return items.map((item) => work(item));
    },
    async close() {},
  };
}

/** One call of analyzeAll: its chunks, and how many are still unanswered. */
interface Call {
  remaining: number;
  done: () => void;
}

interface Pending<I> {
  chunk: number;
  items: I[];
  call: Call;
  /** A document too large for the pool's cap: run alone on a worker of its own with this heap (MB). */
  heapMb?: number;
  /** A document tried again after a worker died: it runs alone, and fails if it kills one too. */
  retry?: { parent: number; offset: number };
}

interface Slot<I> {
  worker: Worker;
  /** Chunks sent to this worker and not answered yet (at most two: one running, one queued). */
  inFlight: Pending<I>[];
}

class WorkerPool<I, R> implements Pool<I, R> {
  private readonly slots: Slot<I>[] = [];
  private queue: Pending<I>[] = [];
  private nextChunk = 0;
  private results = new Map<number, R[]>();
  /** Chunks split after a crash: their results as the retries come back. */
  private parts = new Map<number, { results: R[]; remaining: number; call: Call }>();
  private closed = false;

  constructor(
    private readonly task: PoolTask<I, R>,
    size: number,
    private readonly chunkSize: number,
    private readonly memoryMb: number,
    private readonly memoryOption: string,
    private readonly documentMemoryMb: number,
  ) {
    if (!existsSync(fileURLToPath(WORKER_URL))) {
      throw new Error(`${fileURLToPath(WORKER_URL)} is missing: run \`npm run build\` first`);
    }
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  async analyzeAll(items: I[]): Promise<R[]> {
    if (items.length === 0) return [];
    const chunks: number[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    const call: Call = { remaining: 0, done };
    // A document of 1 MiB or more that needs more heap than the pool's workers have runs alone
    // on a worker of its own, sized for it (up to documentMemoryMb), one such document at a
    // time; the others go in chunks to the pool.
    const large: Pending<I>[] = [];
    let run: I[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const chunk = this.nextChunk++;
      chunks.push(chunk);
      this.queue.push({ chunk, items: run, call });
      run = [];
    };
    for (const item of items) {
      const bytes = this.task.size?.(item) ?? 0;
      const needed = heapForDocument(bytes);
      if (bytes >= LARGE_DOCUMENT_BYTES && needed > this.memoryMb) {
        flush();
        const chunk = this.nextChunk++;
        chunks.push(chunk);
        large.push({ chunk, items: [item], call, heapMb: Math.max(this.memoryMb, Math.min(needed, this.documentMemoryMb)) });
      } else {
        run.push(item);
        if (run.length === this.chunkSize) flush();
      }
    }
    flush();
    call.remaining = chunks.length;
    this.feedAll();
    void this.runLarge(large);
    await finished;
    const out: R[] = [];
    for (const chunk of chunks) {
      out.push(...this.results.get(chunk)!);
      this.results.delete(chunk);
    }
    return out;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<I> {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot<I> = { worker, inFlight: [] };
    worker.on('message', (response: ChunkResponse<R>) => {
      const i = slot.inFlight.findIndex((p) => p.chunk === response.chunk);
      const pending = i >= 0 ? slot.inFlight.splice(i, 1)[0] : null;
      if (pending) this.answer(pending, response.results);
      this.feedAll();
    });
    let dead = false;
    const died = (reason: string) => {
      if (dead || this.closed) return;
      dead = true;
      const lost = slot.inFlight;
      slot.inFlight = [];
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      const retries: Pending<I>[] = [];
      for (const p of lost) {
        if (p.retry) {
          this.answer(p, [this.task.failed(p.items[0], reason)]);
          continue;
        }
        this.parts.set(p.chunk, { results: new Array<R>(p.items.length), remaining: p.items.length, call: p.call });
        p.items.forEach((item, offset) => {
          retries.push({ chunk: this.nextChunk++, items: [item], call: p.call, retry: { parent: p.chunk, offset } });
        });
      }
      this.queue.unshift(...retries);
      this.feedAll();
    };
    worker.on('error', (error: Error & { code?: string }) => {
      died(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `analysis ran out of memory (worker heap limit ${this.memoryMb} MB; raise it with ${this.memoryOption})`
          : `analysis worker crashed: ${error.message}`,
      );
    });
    worker.on('exit', (code) => died(`analysis worker exited with status ${code}`));
    return slot;
  }

  /** Runs each large document alone on a worker whose heap is sized for it, one after the other. */
  private async runLarge(pending: Pending<I>[]): Promise<void> {
    for (const p of pending) {
      const item = p.items[0];
      const heapMb = p.heapMb!;
      const megabytes = ((this.task.size?.(item) ?? 0) / 1e6).toFixed(1);
      const worker = new Worker(WORKER_URL, {
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      const results = await new Promise<R[]>((resolve) => {
        const fail = (reason: string) => resolve([this.task.failed(item, reason)]);
        worker.once('message', (response: ChunkResponse<R>) => resolve(response.results));
        worker.once('error', (error: Error & { code?: string }) =>
          fail(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `analysis ran out of memory (a heap of ${heapMb} MB for a document of ${megabytes} MB; raise it with --document-memory)`
              : `analysis worker crashed: ${error.message}`,
          ),
        );
        worker.once('exit', (code) => fail(`analysis worker exited with status ${code}`));
        const request: ChunkRequest<I> = { task: this.task.name, chunk: p.chunk, items: p.items };
        worker.postMessage(request);
      });
      await worker.terminate();
      if (this.closed) return;
      this.answer(p, results);
    }
  }

  private feedAll(): void {
    for (const slot of this.slots) this.feed(slot);
  }

  private feed(slot: Slot<I>): void {
    while (this.queue.length > 0 && slot.inFlight.length < 2) {
      // A document tried again runs alone, so that if it kills the worker it is known to be at fault.
      if (slot.inFlight.some((p) => p.retry)) return;
      const next = this.queue[0];
      if (next.retry && slot.inFlight.length > 0) return;
      this.queue.shift();
      slot.inFlight.push(next);
      const request: ChunkRequest<I> = { task: this.task.name, chunk: next.chunk, items: next.items };
      slot.worker.postMessage(request);
    }
  }

  private answer(p: Pending<I>, results: R[]): void {
    if (!p.retry) {
      this.settle(p.chunk, p.call, results);
      return;
    }
    const part = this.parts.get(p.retry.parent)!;
    part.results[p.retry.offset] = results[0];
    if (--part.remaining === 0) {
      this.parts.delete(p.retry.parent);
      this.settle(p.retry.parent, part.call, part.results);
    }
  }

  private settle(chunk: number, call: Call, results: R[]): void {
    this.results.set(chunk, results);
    if (--call.remaining === 0) call.done();
  }
}
