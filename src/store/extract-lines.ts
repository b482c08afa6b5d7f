// arqam extract --jsonl as a library: JSON lines in, exactly one JSON line out per line in, in
// order — a filter that Spark's RDD.pipe, Hadoop streaming, Dask or GNU parallel can run and
// trust to keep the count. A line is answered with
//   {"id", "figures", "entities", "projects", "document", "sentences", "messages"}
// or, when it cannot be analyzed, {"id", "line", "error"}: the line's id where one can be read
// (even from the start of a malformed or oversized line), its number in the stream (from 1),
// and the reason, which starts "line N:". Blank lines, bad JSON, lines over the size cap and
// texts that are not Arabic all get an error line.
//
// Records are read as `arqam ingest` reads them (record-meta.ts): {"id", "text", "title",
// "published", ...} or SaudiNewsNet's {"source", "url", "date_extracted", "title", "author",
// "content"}; the same checks decide which texts are analyzed (analyze-item.ts), so ingest and
// extract store the same documents.
//
// The analysis runs on a worker thread whose heap is capped (--memory): the process's memory
// stays bounded over any number of lines, and a line whose analysis needs more than the cap gets
// an error line while the lines after it go on (worker-pool.ts restarts the worker).
import type { Readable, Writable } from 'node:stream';
import { tooLarge } from './read-inputs.js';
import { recoverId, splitLines, type SplitLine } from './split-lines.js';
import { createPool, type PoolTask } from './worker-pool.js';

/** A line handed to the analysis: its text and number in the stream. */
export interface ExtractItem {
  line: string;
  lineNo: number;
}

/** The output line of one input line (without its LF), and whether it is an analysis. */
export interface ExtractAnswer {
  json: string;
  ok: boolean;
}

export interface ExtractOptions {
  /** Lines longer than this, in bytes, get an error line without being read. */
  maxBytes: number;
  /** Analysis threads: 1 (the default) runs the analysis on a worker with a capped heap; 0 on the
   *  calling thread (tests, debugging). */
  workers?: number;
  /** Heap cap of the analysis worker, in MB. */
  memoryMb?: number;
}

export interface ExtractStats {
  lines: number;
  failed: number;
}

export type Id = string | number | null;

/** The error line of input line `lineNo`. */
export function errorLine(id: Id, lineNo: number, reason: string): ExtractAnswer {
  return { json: JSON.stringify({ id, line: lineNo, error: `line ${lineNo}: ${reason}` }), ok: false };
}

const EXTRACT_TASK: PoolTask<ExtractItem, ExtractAnswer> = {
  name: 'extract',
  failed: (item, reason) => errorLine(recoverId(item.line), item.lineNo, reason),
};

/** Lines handed to the analysis and not yet written, at most (and at most this many bytes). */
const MAX_LINES_IN_FLIGHT = 64;
const MAX_BYTES_IN_FLIGHT = 32 * 1024 * 1024;

/**
 * Reads JSON lines from `input` and writes one answer line per line to `output`, in order. An
 * answer is written as soon as it and every answer before it are known, so a slow producer sees
 * its lines answered as they come. Stops early, without error, when `output` is closed (EPIPE).
 */
export async function extractStream(
  input: Readable | AsyncIterable<Buffer | string>,
  output: Writable,
  options: ExtractOptions,
): Promise<ExtractStats> {
  const stats: ExtractStats = { lines: 0, failed: 0 };
  const pool = createPool(EXTRACT_TASK, options.workers ?? 1, { memoryMb: options.memoryMb, chunkSize: 1, memoryOption: '--memory' });
  const answers = new Map<number, ExtractAnswer>();
  let next = 1;
  let inFlightBytes = 0;
  let broken: Error | null = null;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const onError = (error: Error) => {
    broken = error;
    wakeUp();
  };
  output.on('error', onError);
  output.on('drain', wakeUp);
  let needDrain = false;

  const settle = (lineNo: number, answer: ExtractAnswer, bytes: number) => {
    answers.set(lineNo, answer);
    inFlightBytes -= bytes;
    while (answers.has(next)) {
      const a = answers.get(next)!;
      answers.delete(next);
      next++;
      if (!a.ok) stats.failed++;
      if (!broken && !output.write(a.json + '\n')) needDrain = true;
    }
    wakeUp();
  };
  let failure: unknown = null;
  const answer = (l: SplitLine) => {
    if (l.tooLong) return settle(l.lineNo, errorLine(recoverId(l.head), l.lineNo, tooLarge(l.bytes, options.maxBytes)), 0);
    if (l.text.trim() === '') return settle(l.lineNo, errorLine(null, l.lineNo, 'blank line'), 0);
    inFlightBytes += l.bytes;
    pool.analyzeAll([{ line: l.text, lineNo: l.lineNo }]).then(
      ([a]) => settle(l.lineNo, a, l.bytes),
      (error: unknown) => {
        failure = error;
        wakeUp();
      },
    );
  };
  const blocked = () =>
    !broken && failure === null && (needDrain || stats.lines - next + 1 >= MAX_LINES_IN_FLIGHT || inFlightBytes > MAX_BYTES_IN_FLIGHT);
  const waitWhile = async (cond: () => boolean) => {
    while (cond()) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (needDrain && output.writableNeedDrain === false) needDrain = false;
        if (!cond()) resolve();
      });
      if (needDrain && !output.writableNeedDrain) needDrain = false;
    }
  };
  try {
    for await (const line of splitLines(input, options.maxBytes)) {
      stats.lines = line.lineNo;
      answer(line);
      await waitWhile(blocked);
      if (broken || failure !== null) break;
    }
    await waitWhile(() => !broken && failure === null && next <= stats.lines);
    if (failure !== null) throw failure;
    return stats;
  } finally {
    output.off('error', onError);
    output.off('drain', wakeUp);
    await pool.close();
  }
}
