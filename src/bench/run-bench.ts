// npm run bench [-- --runs N --min-mb N --sentences N --skip-peers --skip-ingest --out FILE]
// The headline (issue 20): analyze() on 5 MB of distinct articles of ../shared/unlabeled that the
// process has not seen, each run in a fresh process (bench-unseen-child.ts): main-thread CPU
// beside wall time, allocation per MB, GC share, peak RSS; and the start-up to the first byte
// of `analyze --json` on the seed with its CPU. Then, as secondary lines:
// throughput of each pipeline stage and end to end on ../shared/corpus repeated to ≥ 5 MB,
// natural's tokenizers and Recognizers-Text beside ours on the same text, the NER tagger,
// start-up, peak RSS, and the store's ingest when src/bench/bench-ingest.ts exists.
// Writes reports/bench.json and prints a table. Timings are medians of several runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStages } from '../analyze.js';
import { moduleExists } from '../eval/optional-module.js';
import { PROJECT_ROOT, SHARED } from '../eval/shared-paths.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { loadBenchCorpus, type BenchDoc } from './bench-corpus.js';
import { benchColdStart, type ColdStart } from './bench-cold.js';
import { benchNatural, type PeerTokenizerTiming } from './bench-natural.js';
import { compareWithRecognizers, sampleSentences, type RecognizersComparison } from './bench-recognizers.js';
import { benchStartup, type StartupTiming } from './bench-startup.js';
import { benchModelLoadFirst, benchTaggerSpeed, type TaggerTiming } from './bench-tagger.js';
import { benchConsolidate, type ConsolidateBench } from './bench-consolidate.js';
import { formatBench } from './format-bench.js';
import type { ScalingRun } from './bench-scaling-child.js';
import type { UnseenRun } from './bench-unseen-child.js';
import { median, now } from './stats.js';
import { freshDoc, textLayerStages, timeEndToEnd, timeStages } from './time-stages.js';

export interface BenchOptions {
  runs: number;
  minBytes: number;
  sentences: number;
  skipPeers: boolean;
  skipIngest: boolean;
  skipStartup: boolean;
  skipScaling: boolean;
  /** Skip the secondary lines on the repeated corpus (stages, text layer alone, tagger, peers). */
  skipCorpus: boolean;
  /** Fresh processes of analyze() on unseen text (0 skips it), and their megabytes. */
  unseenRuns: number;
  unseenMb: number;
  /** Sizes in MB of the one-article scaling runs (default 1, 4, 16). */
  scalingMb: number[];
  /** Documents for the store's ingest benchmark (its default, 20,000, when undefined). */
  ingestDocs?: number;
  /** A store whose consolidation is timed (a month of SaudiNewsNet); skipped when absent. */
  consolidateDb?: string;
  out: string;
}

export interface BenchReport {
  schema: 'arqam.bench/1';
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; node: string; platform: string; loadAverage: { start: number; end: number } };
  runs: number;
  /** The headline: analyze() on text the process has not seen (median of the runs by main-thread CPU). */
  unseen: UnseenSummary | { skipped: string } | null;
  /** The secondary lines: the 48 corpus articles repeated (null with --skip-corpus). */
  corpus: { origin: string; articles: number; copies: number; documents: number; bytes: number; words: number; note: string | null } | null;
  stages: {
    name: string;
    ms: number;
    runs: number[];
    mbPerSecond: number;
    wordsPerSecond: number;
    tokensPerSecond: number | null;
    failures: number;
  }[];
  /** The text-layer stages' share of the full pipeline timing (`ms`), and the same stages run by themselves in a process of their own (`alone`). */
  textLayer: {
    stages: string[];
    ms: number;
    mbPerSecond: number;
    alone: { ms: number; runs: number[]; mbPerSecond: number; stages: { name: string; ms: number; mbPerSecond: number }[] };
  } | null;
  allStages: { ms: number; mbPerSecond: number } | null;
  endToEnd: { ms: number; runs: number[]; mbPerSecond: number; wordsPerSecond: number } | null;
  counts: { sentences: number; tokens: number; figures: number; entities: number; projects: number; nerSpans: number } | null;
  peakRssMB: { pipeline: number; end: number } | null;
  natural: { ours: PeerTokenizerTiming; peers: PeerTokenizerTiming[] } | null;
  recognizers: RecognizersComparison | null;
  tagger: TaggerTiming | { skipped: string } | null;
  models: { file: string; bytes: number }[];
  cold: ColdStart | null;
  startup: StartupTiming | null;
  ingest: { result: unknown } | { skipped: string } | null;
  /** analyze() on one long article of each size, each in a process of its own (issue 21: linear time). */
  scaling: { runs: ScalingRun[]; ratio16to1: number | null } | { skipped: string } | null;
  consolidation?: ConsolidateBench | { skipped: string };
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    runs: 5,
    minBytes: 5e6,
    sentences: 200,
    skipPeers: false,
    skipIngest: false,
    skipStartup: false,
    skipScaling: false,
    skipCorpus: false,
    unseenRuns: 3,
    unseenMb: 5,
    scalingMb: [1, 4, 16],
    out: join(PROJECT_ROOT, 'reports', 'bench.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const positive = (v: string) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${a} needs a positive number, not ${JSON.stringify(v)}`);
      return n;
    };
    if (a === '--runs') o.runs = Math.round(positive(value()));
    else if (a === '--min-mb') o.minBytes = positive(value()) * 1e6;
    else if (a === '--sentences') o.sentences = Math.round(positive(value()));
    else if (a === '--skip-peers') o.skipPeers = true;
    else if (a === '--skip-ingest') o.skipIngest = true;
    else if (a === '--skip-startup') o.skipStartup = true;
    else if (a === '--skip-scaling') o.skipScaling = true;
    else if (a === '--skip-corpus') o.skipCorpus = true;
    else if (a === '--unseen-runs') o.unseenRuns = Math.round(Number(value()));
    else if (a === '--unseen-mb') o.unseenMb = positive(value());
    else if (a === '--scaling-mb') o.scalingMb = value().split(',').map(positive);
    else if (a === '--ingest-docs') o.ingestDocs = Math.round(positive(value()));
    else if (a === '--consolidate-db') o.consolidateDb = resolve(value());
    else if (a === '--out') o.out = resolve(value());
    else if (a === '--help' || a === '-h') throw new HelpRequest();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

class HelpRequest extends Error {}

const USAGE = `usage: npm run bench -- [--runs N] [--min-mb N] [--sentences N] [--skip-peers] [--skip-ingest] [--skip-startup] [--skip-scaling] [--scaling-mb 1,4,16] [--consolidate-db FILE] [--out FILE]
  --runs N        timed runs per measurement, median reported (default 5)
  --min-mb N      repeat the corpus to at least N MB of UTF-8 (default 5)
  --sentences N   sentences compared with Recognizers-Text (default 200)
  --skip-peers    skip natural and Recognizers-Text
  --skip-ingest   skip the store's ingest benchmark (slow)
  --skip-startup  skip the start-up and cold-start timings (they spawn node)
  --unseen-runs N fresh processes of analyze() on unseen text, median reported (default 3; 0 skips)
  --unseen-mb N   megabytes of unseen articles per run (default 5)
  --skip-corpus   skip the secondary lines on the repeated corpus (stages, tagger, peers)
  --skip-scaling  skip analyze() on one long article of 1, 4 and 16 MB
  --scaling-mb L  the sizes of those articles, comma-separated (default 1,4,16)
  --ingest-docs N documents for the ingest benchmark (default 20,000)
  --consolidate-db FILE  time consolidating this store (a copy; e.g. a month of SaudiNewsNet, see README)
  --out FILE      where to write the JSON report (default reports/bench.json)
`;

function machine(loadAtStart: number): BenchReport['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
  };
}

const rssMB = () => process.resourceUsage().maxRSS / 1024;

function modelsOnDisk(): { file: string; bytes: number }[] {
  const dir = join(PROJECT_ROOT, 'data', 'models');
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.') && n !== 'README.md')
      .map((n) => ({ file: `data/models/${n}`, bytes: statSync(join(dir, n)).size }));
  } catch {
    return [];
  }
}

function ourTokenizer(docs: readonly BenchDoc[], articles: readonly BenchDoc[], runs: number): PeerTokenizerTiming {
  const k = defaultWordKnowledge();
  let tokens = 0;
  let arabicWords = 0;
  for (const d of articles) {
    for (const t of tokenize(d.text, 0, d.text.length, k)) {
      tokens++;
      if (t.kind === 'arabic') arabicWords++;
    }
  }
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    for (const d of docs) tokenize(d.text, 0, d.text.length, k);
    times.push(now() - t0);
  }
  const copies = docs.length / articles.length;
  return {
    name: 'arqam tokenize() (offsets, clitics)',
    runs: times,
    ms: median(times),
    tokens: tokens * copies,
    arabicWords: arabicWords * copies,
  };
}

async function benchIngest(progress: (s: string) => void, docs?: number): Promise<{ result: unknown } | { skipped: string }> {
  if (!moduleExists('./bench-ingest.js', import.meta.url)) return { skipped: 'src/bench/bench-ingest.ts is not there yet' };
  if (!existsSync(SHARED.corpus)) return { skipped: `${SHARED.corpus} is absent (../shared is not beside the project)` };
  const mod = (await import('./bench-ingest.js' as string)) as Record<string, unknown>;
  const fn = (mod.benchIngest ?? mod.default) as ((o: unknown) => unknown) | undefined;
  if (typeof fn !== 'function') return { skipped: 'src/bench/bench-ingest.ts exports no benchIngest()' };
  try {
    return { result: await fn({ corpus: SHARED.corpus, progress, ...(docs ? { docs } : {}) }) };
  } catch (error) {
    return { skipped: `ingest benchmark failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * analyze() on one synthetic article (bench-scaling-child.ts) of each size, each in a process
 * of its own with room for its heap: CPU seconds per MB at 1, 4 and 16 MB, which are equal
 * when the analysis is linear in the document's size.
 */
function benchScaling(sizes: number[], progress: (s: string) => void): { runs: ScalingRun[]; ratio16to1: number | null } {
  const child = join(PROJECT_ROOT, 'dist', 'bench', 'bench-scaling-child.js');
  const runs: ScalingRun[] = [];
  for (const mb of sizes) {
    progress(`one article of ${mb} MB (a process of its own)`);
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', child, String(mb)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`scaling benchmark (${child} ${mb}) exited with ${r.status}: ${r.stderr.slice(-2000)}`);
    runs.push(JSON.parse(r.stdout) as ScalingRun);
  }
  const perMb = (mb: number) => {
    const run = runs.find((x) => x.mb === mb);
    return run ? run.cpuSeconds / (run.bytes / 1e6) : null;
  };
  const a = perMb(1);
  const b = perMb(16);
  return { runs, ratio16to1: a !== null && b !== null ? b / a : null };
}

export interface UnseenSummary {
  /** The run with the median main-thread CPU. */
  median: UnseenRun;
  /** Main-thread CPU of every run, ms. */
  threadCpuRuns: number[];
  /** MB of input per second of main-thread CPU, of process CPU and of wall time (median run). */
  mbPerThreadCpuSecond: number;
  mbPerProcessCpuSecond: number;
  mbPerWallSecond: number;
  allocatedMBPerMB: number;
  /** GC pause time over the wall time of the run (both wall clocks: a pause is wall time of the main thread). */
  gcShare: number;
  peakRssMB: number;
}

/** analyze() on unseen text, each run a fresh process (bench-unseen-child.ts). */
function benchUnseen(runs: number, mb: number, progress: (s: string) => void): UnseenSummary {
  const child = join(PROJECT_ROOT, 'dist', 'bench', 'bench-unseen-child.js');
  const all: UnseenRun[] = [];
  for (let r = 0; r < runs; r++) {
    progress(`analyze() on ${mb} MB of unseen articles, run ${r + 1}/${runs} (a process of its own)`);
    const out = spawnSync(process.execPath, ['--expose-gc', child, String(mb)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) throw new Error(`unseen-text benchmark (${child}) exited with ${out.status}: ${out.stderr.slice(-2000)}`);
    all.push(JSON.parse(out.stdout) as UnseenRun);
  }
  const sorted = [...all].sort((a, b) => a.threadCpuMs - b.threadCpuMs);
  const m = sorted[(sorted.length - 1) >> 1];
  const mbIn = m.bytes / 1e6;
  return {
    median: m,
    threadCpuRuns: all.map((x) => x.threadCpuMs),
    mbPerThreadCpuSecond: mbIn / (m.threadCpuMs / 1000),
    mbPerProcessCpuSecond: mbIn / (m.processCpuMs / 1000),
    mbPerWallSecond: mbIn / (m.wallMs / 1000),
    allocatedMBPerMB: m.allocatedBytes / 1e6 / mbIn,
    gcShare: m.gcMs / m.wallMs,
    peakRssMB: m.peakRssMB,
  };
}

/** Runs src/bench/bench-text-child.ts: the text-layer stages timed in a process of their own. */
function textLayerAlone(runs: number, minBytes: number): { runs: number[]; stages: { name: string; ms: number }[] } {
  const child = join(PROJECT_ROOT, 'dist', 'bench', 'bench-text-child.js');
  const r = spawnSync(process.execPath, [child, String(runs), String(minBytes)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`text layer benchmark (${child}) exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout) as { runs: number[]; stages: { name: string; ms: number }[] };
}

export async function runBench(o: BenchOptions, progress: (s: string) => void): Promise<BenchReport> {
  const loadAtStart = loadavg()[0];
  let unseen: BenchReport['unseen'] = null;
  if (o.unseenRuns <= 0) unseen = { skipped: '--unseen-runs 0' };
  else {
    try {
      unseen = benchUnseen(o.unseenRuns, o.unseenMb, progress);
    } catch (error) {
      unseen = { skipped: `unseen-text benchmark failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  let cold: ColdStart | null = null;
  let startup: StartupTiming | null = null;
  if (!o.skipStartup) {
    const seed = join(PROJECT_ROOT, 'data', 'articles', 'nayrouz-central-asia-japan-summit.txt');
    progress('cold start and start-up (fresh processes)');
    cold = benchColdStart(seed);
    startup = await benchStartup(seed);
  }
  if (o.skipCorpus) {
    return {
      schema: 'arqam.bench/1',
      date: new Date().toISOString(),
      machine: machine(loadAtStart),
      runs: o.runs,
      unseen,
      corpus: null,
      stages: [],
      textLayer: null,
      allStages: null,
      endToEnd: null,
      counts: null,
      peakRssMB: null,
      natural: null,
      recognizers: null,
      tagger: null,
      models: modelsOnDisk(),
      cold,
      startup,
      ingest: { skipped: '--skip-corpus' },
      scaling: { skipped: '--skip-corpus' },
    };
  }
  // The text layer alone, in a fresh process (bench-text-child.ts), before anything else runs.
  progress('text layer alone (a process of its own)');
  const textOnly = textLayerAlone(o.runs, o.minBytes);
  // The model load time is measured first, before any stage can have loaded the model.
  const modelLoad = await benchModelLoadFirst();
  const corpus = loadBenchCorpus(o.minBytes);
  progress(`corpus: ${corpus.articles.length} articles × ${corpus.copies} = ${(corpus.bytes / 1e6).toFixed(2)} MB`);
  const stages = defaultStages();
  progress(`stages: ${stages.map((s) => s.name).join(', ')}`);
  const timed = timeStages(corpus.docs, stages, o.runs, corpus.articles, (r) => progress(`stages, run ${r + 1}/${o.runs}`));
  const e2e = timeEndToEnd(corpus.docs, o.runs, (r) => progress(`analyze(), run ${r + 1}/${o.runs}`));
  const pipelineRss = rssMB();
  const sec = (ms: number) => ms / 1000;
  const mbps = (ms: number) => corpus.bytes / 1e6 / sec(ms);
  const text = new Set(textLayerStages(stages).map((s) => s.name));
  const textMs = timed.stages.filter((s) => text.has(s.name)).reduce((a, s) => a + s.ms, 0);
  const allMs = timed.stages.reduce((a, s) => a + s.ms, 0);
  const tokensAssigned = new Set(stages.filter((s) => s.assigns.includes('tokens') || s.requires.includes('tokens')).map((s) => s.name));

  let natural: BenchReport['natural'] = null;
  let recognizers: BenchReport['recognizers'] = null;
  if (!o.skipPeers) {
    progress('tokenizers: arqam and natural');
    natural = { ours: ourTokenizer(corpus.docs, corpus.articles, o.runs), peers: benchNatural(corpus.docs, corpus.articles, o.runs) };
    const sentences = sampleSentences(corpus.articles, stages, o.sentences);
    const peerRuns = Math.min(o.runs, 3);
    recognizers = compareWithRecognizers(sentences, stages, peerRuns, (w) =>
      progress(`figures per sentence: ${w} (${sentences.length} sentences × ${peerRuns} runs)`),
    );
  }

  let tagger: BenchReport['tagger'] = null;
  if ('skipped' in modelLoad) tagger = modelLoad;
  else {
    progress('NER tagger');
    const sentences: string[][] = [];
    for (const d of corpus.articles) {
      const doc = freshDoc(d);
      for (const s of textLayerStages(stages)) s.run(doc);
      for (const s of doc.sentences) sentences.push(doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
    }
    tagger = await benchTaggerSpeed(sentences, o.runs, modelLoad.ms);
  }

  let scaling: BenchReport['scaling'] = null;
  if (o.skipScaling) scaling = { skipped: '--skip-scaling' };
  else {
    try {
      scaling = benchScaling(o.scalingMb, progress);
    } catch (error) {
      scaling = { skipped: `scaling benchmark failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  let ingest: BenchReport['ingest'] = null;
  if (o.skipIngest) ingest = { skipped: '--skip-ingest' };
  else {
    progress('store ingest');
    ingest = await benchIngest(progress, o.ingestDocs);
  }

  let consolidation: BenchReport['consolidation'];
  if (!o.consolidateDb) consolidation = { skipped: 'no --consolidate-db STORE given' };
  else {
    progress('consolidation of the store');
    try {
      consolidation = await benchConsolidate(o.consolidateDb, progress);
    } catch (error) {
      consolidation = { skipped: `consolidation benchmark failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  return {
    schema: 'arqam.bench/1',
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    runs: o.runs,
    unseen,
    corpus: {
      origin: corpus.origin,
      articles: corpus.articles.length,
      copies: corpus.copies,
      documents: corpus.docs.length,
      bytes: corpus.bytes,
      words: corpus.words,
      note: corpus.note,
    },
    stages: timed.stages.map((s) => ({
      name: s.name,
      ms: s.ms,
      runs: s.runs,
      mbPerSecond: mbps(s.ms),
      wordsPerSecond: corpus.words / sec(s.ms),
      tokensPerSecond: tokensAssigned.has(s.name) ? timed.counts.tokens / sec(s.ms) : null,
      failures: s.failures,
    })),
    textLayer: {
      stages: [...text],
      ms: textMs,
      mbPerSecond: mbps(textMs),
      alone: {
        ms: median(textOnly.runs),
        runs: textOnly.runs,
        mbPerSecond: mbps(median(textOnly.runs)),
        stages: textOnly.stages.map((st) => ({ name: st.name, ms: st.ms, mbPerSecond: mbps(st.ms) })),
      },
    },
    allStages: { ms: allMs, mbPerSecond: mbps(allMs) },
    endToEnd: { ms: e2e.ms, runs: e2e.runs, mbPerSecond: mbps(e2e.ms), wordsPerSecond: corpus.words / sec(e2e.ms) },
    counts: timed.counts,
    peakRssMB: { pipeline: pipelineRss, end: rssMB() },
    natural,
    recognizers,
    tagger,
    models: modelsOnDisk(),
    cold,
    startup,
    ingest,
    scaling,
    consolidation,
  };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HelpRequest) {
      process.stdout.write(USAGE);
      return;
    }
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const report = await runBench(options, (s) => process.stderr.write(`bench: ${s}\n`));
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(formatBench(report));
  process.stderr.write(`bench: wrote ${options.out}\n`);
}

// Run when executed (npm run bench), not when imported by a test.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
