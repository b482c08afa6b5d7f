// node [--expose-gc] dist/bench/bench-unseen-child.js [MB] [--profile-stages]: analyze() on MB
// (default 5) megabytes of distinct articles of ../shared/unlabeled that this process has not
// seen (src/bench/unseen-sample.ts, every 7th record from record 0 of each corpus), in a
// process of its own, and prints one JSON line (UnseenRun). The library is imported and warmed
// up on the articles of ../shared/corpus first (another source, so the JIT is warm but no word
// of the sample has been through the caches). Measured over the sample only: main-thread CPU
// (src/bench/cpu-clock.ts) beside the process's CPU and wall time, bytes allocated (V8's
// GCProfiler: used heap before each collection minus after the previous one), GC pause time
// (PerformanceObserver 'gc') and the peak RSS of the process. Stage times are wall time of
// each stage inside the run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { SHARED } from '../eval/shared-paths.js';
import { readInput } from '../model/read-input.js';
import { processCpuMs, threadCpuIsThread, threadCpuMs } from './cpu-clock.js';
import { unseenSample } from './unseen-sample.js';

export interface UnseenRun {
  origin: string;
  /** Articles per corpus file. */
  files: Record<string, number>;
  articles: number;
  bytes: number;
  tokens: number;
  /** Whether threadCpuMs is the main thread's own (Linux) or the process's. */
  threadClock: boolean;
  threadCpuMs: number;
  processCpuMs: number;
  wallMs: number;
  allocatedBytes: number;
  gcMs: number;
  gcCount: number;
  peakRssMB: number;
  warmup: { articles: number; bytes: number };
  stages: { name: string; ms: number }[];
}

/** `around`: called just before and just after the measured loop (a profiler's start and stop). */
export async function measureUnseen(mb: number, around?: { before(): Promise<void>; after(): Promise<void> }): Promise<UnseenRun> {
  const sample = await unseenSample({ bytes: mb * 1e6, offset: 0 });
  if (sample.length === 0) throw new Error('../shared/unlabeled is absent: no unseen text to measure');
  const files: Record<string, number> = {};
  for (const a of sample) {
    const f = a.source.slice(0, a.source.indexOf('#'));
    files[f] = (files[f] ?? 0) + 1;
  }
  const { analyzeDocument, defaultStages, toAnalysis } = await import('../analyze.js');
  const { buildPipeline } = await import('../model/pipeline.js');
  const stageMs = new Map<string, number>();
  const timed = buildPipeline(
    defaultStages().map((s) => ({
      ...s,
      run(doc) {
        const t0 = performance.now();
        try {
          s.run(doc);
        } finally {
          stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - t0);
        }
      },
    })),
  );
  // Warm-up on another source: the 48 articles of ../shared/corpus.
  let warmBytes = 0;
  let warmArticles = 0;
  for (const name of readdirSync(SHARED.corpus)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const { text, bytes } = readInput(join(SHARED.corpus, name));
    toAnalysis(analyzeDocument(text, { bytes }, timed));
    warmBytes += bytes.length;
    warmArticles++;
  }
  stageMs.clear();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();

  let gcMs = 0;
  let gcCount = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcCount++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const profiler = new GCProfiler();
  const usedAtStart = getHeapStatistics().used_heap_size;
  await around?.before();
  profiler.start();
  const w0 = performance.now();
  const p0 = processCpuMs();
  const t0 = threadCpuMs();
  let tokens = 0;
  for (const a of sample) {
    const doc = analyzeDocument(a.text, { source: a.source }, timed);
    toAnalysis(doc);
    tokens += doc.tokens.length;
  }
  const threadMs = threadCpuMs() - t0;
  const procMs = processCpuMs() - p0;
  const wallMs = performance.now() - w0;
  const usedAtEnd = getHeapStatistics().used_heap_size;
  const profile = profiler.stop();
  await around?.after();
  // Let the observer's queued entries arrive.
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  let allocated = 0;
  let previous = usedAtStart;
  for (const s of profile?.statistics ?? []) {
    allocated += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - previous);
    previous = s.afterGC.heapStatistics.usedHeapSize;
  }
  allocated += Math.max(0, usedAtEnd - previous);
  return {
    origin: 'every 7th record from record 0 of each file of ../shared/unlabeled, distinct texts',
    files,
    articles: sample.length,
    bytes: sample.reduce((s, a) => s + a.byteLength, 0),
    tokens,
    threadClock: threadCpuIsThread(),
    threadCpuMs: threadMs,
    processCpuMs: procMs,
    wallMs,
    allocatedBytes: allocated,
    gcMs,
    gcCount,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    warmup: { articles: warmArticles, bytes: warmBytes },
    stages: [...stageMs].map(([name, ms]) => ({ name, ms })),
  };
}

if (process.argv[1]?.endsWith('bench-unseen-child.js')) {
  const mb = process.argv[2] === undefined ? 5 : Number(process.argv[2]);
  if (!(mb > 0)) throw new Error('usage: bench-unseen-child.js [MB]');
  measureUnseen(mb).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (error: unknown) => {
      process.stderr.write(`bench-unseen-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
