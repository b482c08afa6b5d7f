// The worker thread of an ingest: analyzes the chunks of documents the main thread sends and
// posts back their rows. Loaded as dist/store/ingest-worker.js (see worker-pool.ts).
import { parentPort } from 'node:worker_threads';
import { analyzeItem, type WorkItem, type WorkResult } from './analyze-item.js';

export interface ChunkRequest {
  chunk: number;
  items: WorkItem[];
}

export interface ChunkResponse {
  chunk: number;
  results: WorkResult[];
}

if (!parentPort) throw new Error('ingest-worker.js runs as a worker thread');
const port = parentPort;
port.on('message', (request: ChunkRequest) => {
  const response: ChunkResponse = { chunk: request.chunk, results: request.items.map(analyzeItem) };
  port.postMessage(response);
});
