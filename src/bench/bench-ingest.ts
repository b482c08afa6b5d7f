// The store's ingest benchmark (npm run bench calls benchIngest): ../shared/corpus repeated to
// 20,000 documents, each copy with a line of its own so that every id differs, ingested as
// JSON lines into a fresh store with 1 and with 2 worker threads, each in a process of its own.
// Reports documents/s, MB/s (UTF-8 bytes of the articles), the peak RSS of the whole ingest
// process, and the speed-up of 2 workers over 1. The same lines also go through `arqam extract
// --jsonl` in a process of its own, so that ingest's CPU time per document (every thread: the
// analysis worker, the writer, DuckDB) is set against extract's (goal: at most 1.3× with 1
// worker), and extract's peak RSS is measured over the same 20,000 documents (goal: < 500 MB).
// Alone: node dist/bench/bench-ingest.js [--docs N] [--workers 1,2] [--corpus DIR]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchIngestOptions {
  /** Documents to ingest (default 20,000). */
  docs?: number;
  /** Worker counts to measure (default [1, 2]); the speed-up is of the last over the first. */
  workers?: number[];
  /** The corpus folder (default ../shared/corpus from the project root). */
  corpus?: string;
  progress?: (line: string) => void;
}

export interface IngestRun {
  workers: number;
  documents: number;
  stored: number;
  failed: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  peakRssMB: number;
  storeMB: number;
  /** CPU time of the whole process (every thread), per document, in ms. */
  cpuMsPerDoc: number;
}

export interface ExtractRun {
  documents: number;
  failed: number;
  seconds: number;
  cpuMsPerDoc: number;
  peakRssMB: number;
}

export interface BenchIngestResult {
  documents: number;
  megabytes: number;
  input: string;
  runs: IngestRun[];
  /** Seconds with the first worker count over seconds with the last (goal ≥ 1.6 for 2 over 1). */
  speedup: number | null;
  peakRssUnder1GB: boolean;
  /** `arqam extract --jsonl` over the same lines. */
  extract: ExtractRun;
  /** Ingest's CPU per document with the first worker count over extract's (goal ≤ 1.3). */
  cpuOverExtract: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = join(ROOT, 'dist/bench/bench-ingest-child.js');
const EXTRACT_CHILD = join(ROOT, 'dist/bench/bench-extract-child.js');

/** Writes `docs` JSON lines {id, text} of the corpus repeated; resolves with the articles' bytes. */
async function writeInput(file: string, corpus: string, docs: number): Promise<number> {
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpus, f), 'utf8'));
  if (texts.length === 0) throw new Error(`${corpus}: no .txt articles`);
  const out = createWriteStream(file);
  let bytes = 0;
  for (let i = 0; i < docs; i++) {
    const text = `${texts[i % texts.length]}\n\n(نسخة ${i})\n`;
    bytes += Buffer.byteLength(text);
    if (!out.write(JSON.stringify({ id: `copy-${i}`, text }) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return bytes;
}

function runChild<T>(args: string[], name: string, progress: (line: string) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      for (const line of s.split('\n')) if (line.trim()) progress(`${name}: ${line.trim()}`);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${name} exited with ${code}: ${stderr.slice(-2000)}`));
      else resolve(JSON.parse(stdout) as T);
    });
  });
}

export async function benchIngest(options: BenchIngestOptions = {}): Promise<BenchIngestResult> {
  const docs = options.docs ?? 20_000;
  const workerCounts = options.workers ?? [1, 2];
  const corpus = options.corpus ?? join(ROOT, '..', 'shared', 'corpus');
  const progress = options.progress ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'arqam-bench-ingest-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    const bytes = await writeInput(input, corpus, docs);
    progress(`ingest: ${docs} documents, ${(bytes / 1e6).toFixed(1)} MB of articles, as JSON lines`);
    const ext = await runChild<{ lines: number; failed: number; seconds: number; cpuSeconds: number; maxRssMB: number }>(
      [EXTRACT_CHILD, input],
      'extract',
      progress,
    );
    const extract: ExtractRun = {
      documents: ext.lines,
      failed: ext.failed,
      seconds: round(ext.seconds, 2),
      cpuMsPerDoc: round((ext.cpuSeconds * 1000) / ext.lines, 2),
      peakRssMB: Math.round(ext.maxRssMB),
    };
    progress(`extract: ${extract.cpuMsPerDoc} ms of CPU per document, peak RSS ${extract.peakRssMB} MB`);
    const runs: IngestRun[] = [];
    for (const workers of workerCounts) {
      const name = `ingest, ${workers} worker(s)`;
      const { stats, maxRssMB, storeMB, cpuSeconds } = await runChild<{
        stats: Record<string, number>;
        maxRssMB: number;
        storeMB: number;
        cpuSeconds: number;
      }>([CHILD, input, join(dir, `store-${workers}.duckdb`), String(workers)], name, progress);
      const run: IngestRun = {
        workers,
        documents: docs,
        stored: stats.documents,
        failed: stats.failed,
        seconds: round(stats.seconds, 2),
        docsPerSecond: round(docs / stats.seconds, 1),
        mbPerSecond: round(stats.bytes / 1e6 / stats.seconds, 2),
        peakRssMB: Math.round(maxRssMB),
        storeMB: round(storeMB, 1),
        cpuMsPerDoc: round((cpuSeconds * 1000) / docs, 2),
      };
      progress(
        `${name}: ${run.docsPerSecond} docs/s, ${run.mbPerSecond} MB/s, ${run.cpuMsPerDoc} ms of CPU per document, peak RSS ${run.peakRssMB} MB`,
      );
      runs.push(run);
    }
    const speedup = runs.length >= 2 ? round(runs[0].seconds / runs[runs.length - 1].seconds, 2) : null;
    return {
      documents: docs,
      megabytes: round(bytes / 1e6, 1),
      input: 'JSON lines {id, text}: ../shared/corpus repeated, a line "(نسخة N)" added to each copy',
      runs,
      speedup,
      peakRssUnder1GB: runs.every((r) => r.peakRssMB < 1024),
      extract,
      cpuOverExtract: round(runs[0].cpuMsPerDoc / extract.cpuMsPerDoc, 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const result = await benchIngest({
    docs: arg('--docs') ? Number(arg('--docs')) : undefined,
    workers: arg('--workers') ? arg('--workers')!.split(',').map(Number) : undefined,
    corpus: arg('--corpus'),
    progress: (line) => process.stderr.write(line + '\n'),
  });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
