// Analysis across the cores: a pool of worker threads, each running dist/store/ingest-worker.js,
// fed small chunks of documents so that a slow article does not hold the others back. With zero
// workers the analysis runs on the calling thread (tests, tiny inputs, debugging).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeItem, type WorkItem, type WorkResult } from './analyze-item.js';
import type { ChunkRequest, ChunkResponse } from './ingest-worker.js';

/**
 * The worker script. Workers always load the compiled JavaScript: under vitest this module is
 * src/store/worker-pool.ts, and ../../dist/store/ resolves to the build from both places.
 */
export const WORKER_URL = new URL('../../dist/store/ingest-worker.js', import.meta.url);

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

export interface Analyzer {
  /** Analyzes `items`; resolves with one result per item, in the same order. */
  analyzeAll(items: WorkItem[]): Promise<WorkResult[]>;
  close(): Promise<void>;
}

/** The pool for `workers` threads, or the calling thread when `workers` is 0. */
export function createAnalyzer(workers: number, chunkSize = 8): Analyzer {
  if (workers <= 0) return inlineAnalyzer();
  return new WorkerPool(workers, chunkSize);
}

function inlineAnalyzer(): Analyzer {
  return {
    async analyzeAll(items) {
      return items.map(analyzeItem);
    },
    async close() {},
  };
}

interface Pending {
  chunk: number;
  items: WorkItem[];
}

interface Slot {
  worker: Worker;
  /** Chunks sent to this worker and not answered yet (at most two: one running, one queued). */
  inFlight: Pending[];
}

class WorkerPool implements Analyzer {
  private readonly slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextChunk = 0;
  private results = new Map<number, WorkResult[]>();
  private remaining = 0;
  private done: (() => void) | null = null;
  private closed = false;

  constructor(
    size: number,
    private readonly chunkSize: number,
  ) {
    if (!existsSync(fileURLToPath(WORKER_URL))) {
      throw new Error(`${fileURLToPath(WORKER_URL)} is missing: run \`npm run build\` first`);
    }
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  async analyzeAll(items: WorkItem[]): Promise<WorkResult[]> {
    if (items.length === 0) return [];
    const chunks: number[] = [];
    for (let i = 0; i < items.length; i += this.chunkSize) {
      const chunk = this.nextChunk++;
      chunks.push(chunk);
      this.queue.push({ chunk, items: items.slice(i, i + this.chunkSize) });
    }
    this.remaining = chunks.length;
    const finished = new Promise<void>((resolve) => {
      this.done = resolve;
    });
    for (const slot of this.slots) this.feed(slot);
    await finished;
    const out: WorkResult[] = [];
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

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, inFlight: [] };
    worker.on('message', (response: ChunkResponse) => {
      const i = slot.inFlight.findIndex((p) => p.chunk === response.chunk);
      if (i >= 0) slot.inFlight.splice(i, 1);
      this.settle(response.chunk, response.results);
      this.feed(slot);
    });
    // A worker that dies (out of memory, a native crash) fails the documents it held, each
    // named, and is replaced; the ingest goes on with the others.
    const fail = (reason: string) => {
      if (this.closed) return;
      const lost = slot.inFlight;
      slot.inFlight = [];
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      for (const p of lost) {
        this.settle(
          p.chunk,
          p.items.map((item) => ({ input: item.input, id: item.id, size: item.bytes.length, ok: false as const, reason })),
        );
      }
      if (index >= 0) this.feed(this.slots[index]);
    };
    worker.on('error', (error) => fail(`analysis worker crashed: ${error.message}`));
    worker.on('exit', (code) => {
      if (slot.inFlight.length > 0) fail(`analysis worker exited with status ${code}`);
    });
    return slot;
  }

  private feed(slot: Slot): void {
    while (slot.inFlight.length < 2 && this.queue.length > 0) {
      const next = this.queue.shift()!;
      slot.inFlight.push(next);
      const request: ChunkRequest = next;
      slot.worker.postMessage(request);
    }
  }

  private settle(chunk: number, results: WorkResult[]): void {
    this.results.set(chunk, results);
    if (--this.remaining === 0 && this.done) {
      const done = this.done;
      this.done = null;
      done();
    }
  }
}
