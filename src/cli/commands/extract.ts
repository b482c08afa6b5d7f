// arqam extract --jsonl: JSON lines {"id", "text"} on stdin → {"id", "figures", "entities",
// "projects"} or {"id", "error"} on stdout, one line each, in order, with bounded memory — a
// pure filter that Spark's RDD.pipe, Hadoop streaming or GNU parallel can run unchanged.
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { analyzeDocument, toAnalysis } from '../../analyze.js';
import { applyRecordMeta, readRecord } from '../../store/record-meta.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';

export interface ExtractStats {
  lines: number;
  failed: number;
}

/** The output record of one input line. */
export function extractLine(line: string, lineNo: number): { record: Record<string, unknown>; ok: boolean } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { record: { id: null, error: `line ${lineNo}: invalid JSON` }, ok: false };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { record: { id: null, error: `line ${lineNo}: expected a JSON object with "id" and "text"` }, ok: false };
  }
  const { id = null, text } = input as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { record: { id, error: `line ${lineNo}: "text" must be a string` }, ok: false };
  if (text.trim() === '') return { record: { id, error: `line ${lineNo}: empty text` }, ok: false };
  try {
    const doc = analyzeDocument(text, { source: id === null ? null : String(id) });
    // A line's title and published date override what the page layout read (as in ingest).
    applyRecordMeta(doc, readRecord(input).meta);
    const a = toAnalysis(doc);
    // Added fields — document, sentences (with their text) and messages — let `arqam ingest
    // --analyzed` store the line as fully as an ingest that analyzes.
    const sentences = a.sentences.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) }));
    return {
      record: { id, figures: a.figures, entities: a.entities, projects: a.projects, document: a.document, sentences, messages: a.messages },
      ok: true,
    };
  } catch (error) {
    return { record: { id, error: `line ${lineNo}: ${error instanceof Error ? error.message : String(error)}` }, ok: false };
  }
}

/** Streams JSON lines from `input` to `output`, one at a time, waiting for the output to drain. */
export async function extractStream(input: Readable, output: Writable): Promise<ExtractStats> {
  const stats: ExtractStats = { lines: 0, failed: 0 };
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    stats.lines++;
    if (line.trim() === '') continue;
    const { record, ok } = extractLine(line, stats.lines);
    if (!ok) stats.failed++;
    if (!output.write(JSON.stringify(record) + '\n')) await once(output, 'drain');
  }
  return stats;
}

export function registerExtract(program: Command, setStatus: (code: number) => void): void {
  program
    .command('extract')
    .description('read JSON lines {"id","text"} on stdin; write {"id","figures","entities","projects"} per line on stdout')
    .option('--jsonl', 'JSON lines in and out (the only format)')
    .action(async (opts: { jsonl?: boolean }) => {
      if (!opts.jsonl) throw new UsageError('extract needs --jsonl');
      const stats = await extractStream(process.stdin, process.stdout);
      if (stats.failed > 0) process.stderr.write(`arqam extract: ${stats.failed} of ${stats.lines} lines failed\n`);
      setStatus(stats.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
    });
}
