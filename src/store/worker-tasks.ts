// What an analysis worker can be asked to do with an item: `ingest` analyzes a document into the
// rows of every table (analyze-item.ts); `extract` answers one JSON line with its output line
// (extract-line.ts). The worker thread (ingest-worker.ts) and the inline pool both run these.
import { analyzeItem } from './analyze-item.js';
import { extractLine } from './extract-line.js';

export const TASKS = {
  ingest: analyzeItem,
  extract: extractLine,
};

export type WorkerTask = keyof typeof TASKS;
