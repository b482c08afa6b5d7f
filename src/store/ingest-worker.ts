// The worker thread of an ingest or an extract: does the work of each chunk the main thread
// sends (worker-tasks.ts: analyze documents, or answer JSON lines) and posts back the results.
// Loaded as dist/store/ingest-worker.js (see worker-pool.ts).
import { parentPort } from 'node:worker_threads';
import { TASKS, type WorkerTask } from './worker-tasks.js';

export interface ChunkRequest<I> {
  /** What to do with the items; a request without one is an ingest's. */
  task?: WorkerTask;
  chunk: number;
  items: I[];
}

export interface ChunkResponse<R> {
  chunk: number;
  results: R[];
}

if (!parentPort) throw new Error('ingest-worker.js runs as a worker thread');
const port = parentPort;
port.on('message', (request: ChunkRequest<never>) => {
  const work = TASKS[request.task ?? 'ingest'] as (item: never) => unknown;
  const response: ChunkResponse<unknown> = { chunk: request.chunk, results: request.items.map(work) };
  port.postMessage(response);
});
