// npm run bench [-- --runs N --min-mb N --sentences N --skip-peers --skip-ingest --out FILE]
// Throughput of each pipeline stage and end to end on ../shared/corpus repeated to ≥ 5 MB,
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
import { median, now } from './stats.js';
import { freshDoc, textLayerStages, timeEndToEnd, timeStages } from './time-stages.js';

export interface BenchOptions {
  runs: number;
  minBytes: number;
  sentences: number;
  skipPeers: boolean;
  skipIngest: boolean;
  skipStartup: boolean;
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
  corpus: { origin: string; articles: number; copies: number; documents: number; bytes: number; words: number; note: string | null };
  stages: { name: string; ms: number; runs: number[]; mbPerSecond: number; wordsPerSecond: number; tokensPerSecond: number | null; failures: number }[];
  /** The text-layer stages' share of the full pipeline timing (`ms`), and the same stages run by themselves in a process of their own (`alone`). */
  textLayer: { stages: string[]; ms: number; mbPerSecond: number; alone: { ms: number; runs: number[]; mbPerSecond: number; stages: { name: string; ms: number; mbPerSecond: number }[] } };
  allStages: { ms: number; mbPerSecond: number };
  endToEnd: { ms: number; runs: number[]; mbPerSecond: number; wordsPerSecond: number };
  counts: { sentences: number; tokens: number; figures: number; entities: number; projects: number; nerSpans: number };
  peakRssMB: { pipeline: number; end: number };
  natural: { ours: PeerTokenizerTiming; peers: PeerTokenizerTiming[] } | null;
  recognizers: RecognizersComparison | null;
  tagger: TaggerTiming | { skipped: string } | null;
  models: { file: string; bytes: number }[];
  cold: ColdStart | null;
  startup: StartupTiming | null;
  ingest: { result: unknown } | { skipped: string } | null;
  consolidation?: ConsolidateBench | { skipped: string };
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = { runs: 5, minBytes: 5e6, sentences: 200, skipPeers: false, skipIngest: false, skipStartup: false, out: join(PROJECT_ROOT, 'reports', 'bench.json') };
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
    else if (a === '--ingest-docs') o.ingestDocs = Math.round(positive(value()));
    else if (a === '--consolidate-db') o.consolidateDb = resolve(value());
    else if (a === '--out') o.out = resolve(value());
    else if (a === '--help' || a === '-h') throw new HelpRequest();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

class HelpRequest extends Error {}

const USAGE = `usage: npm run bench -- [--runs N] [--min-mb N] [--sentences N] [--skip-peers] [--skip-ingest] [--skip-startup] [--consolidate-db FILE] [--out FILE]
  --runs N        timed runs per measurement, median reported (default 5)
  --min-mb N      repeat the corpus to at least N MB of UTF-8 (default 5)
  --sentences N   sentences compared with Recognizers-Text (default 200)
  --skip-peers    skip natural and Recognizers-Text
  --skip-ingest   skip the store's ingest benchmark (slow)
  --skip-startup  skip the start-up and cold-start timings (they spawn node)
  --ingest-docs N documents for the ingest benchmark (default 20,000)
  --consolidate-db FILE  time consolidating this store (a copy; e.g. a month of SaudiNewsNet, see README)
  --out FILE      where to write the JSON report (default reports/bench.json)
`;

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
  return { name: 'arqam tokenize() (offsets, clitics)', runs: times, ms: median(times), tokens: tokens * copies, arabicWords: arabicWords * copies };
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

/** Runs src/bench/bench-text-child.ts: the text-layer stages timed in a process of their own. */
function textLayerAlone(runs: number, minBytes: number): { runs: number[]; stages: { name: string; ms: number }[] } {
  const child = join(PROJECT_ROOT, 'dist', 'bench', 'bench-text-child.js');
  const r = spawnSync(process.execPath, [child, String(runs), String(minBytes)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`text layer benchmark (${child}) exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout) as { runs: number[]; stages: { name: string; ms: number }[] };
}

export async function runBench(o: BenchOptions, progress: (s: string) => void): Promise<BenchReport> {
  const loadAtStart = loadavg()[0];
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
    recognizers = compareWithRecognizers(sentences, stages, peerRuns, (w) => progress(`figures per sentence: ${w} (${sentences.length} sentences × ${peerRuns} runs)`));
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

  let cold: ColdStart | null = null;
  let startup: StartupTiming | null = null;
  if (!o.skipStartup) {
    const seed = join(PROJECT_ROOT, 'data', 'articles', 'nayrouz-central-asia-japan-summit.txt');
    progress('cold start and start-up (fresh processes)');
    cold = benchColdStart(seed);
    startup = await benchStartup(seed);
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
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, platform: `${process.platform}-${process.arch}`, loadAverage: { start: loadAtStart, end: loadavg()[0] } },
    runs: o.runs,
    corpus: { origin: corpus.origin, articles: corpus.articles.length, copies: corpus.copies, documents: corpus.docs.length, bytes: corpus.bytes, words: corpus.words, note: corpus.note },
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
