// The benchmark report as the terminal shows it.
import { formatTable, type Cell } from '../eval/format-table.js';
import type { BenchReport } from './run-bench.js';
import { MB } from './stats.js';

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '-');

export function formatBench(r: BenchReport): string {
  const out: string[] = [];
  out.push(`arqam bench — ${r.machine.cpu} (${r.machine.cores} cores), Node ${r.machine.node}, ${r.runs} runs, median`);
  const load = Math.max(r.machine.loadAverage.start, r.machine.loadAverage.end);
  if (load > r.machine.cores / 2) {
    out.push(
      `  warning: the machine was busy (load average ${r.machine.loadAverage.start.toFixed(1)} at the start, ${r.machine.loadAverage.end.toFixed(1)} at the end, ${r.machine.cores} cores): wall times are slower than on an idle machine; main-thread CPU is less affected`,
    );
  }
  out.push('');
  out.push(...formatUnseen(r));
  if (r.startup) {
    const st = r.startup;
    out.push(
      `Start-up to the first byte of ${st.command}: CPU ${f0(st.firstByteThreadCpuMs)} ms on the main thread, ${f0(st.firstByteProcessCpuMs)} ms in all threads; wall ${f0(st.firstByteMs)} ms, exit ${f0(st.exitMs)} ms (median of ${st.runs})`,
    );
  }
  out.push('');
  const c = r.corpus;
  if (!c || !r.textLayer || !r.allStages || !r.endToEnd || !r.counts || !r.peakRssMB) {
    out.push('Repeated corpus: skipped (--skip-corpus)');
    if (r.cold) out.push(...formatCold(r));
    return out.join('\n') + '\n';
  }
  out.push(
    `Secondary: the corpus repeated (every article seen many times, caches warm): ${c.articles} articles × ${c.copies} = ${c.documents} documents, ${(c.bytes / MB).toFixed(2)} MB, ${f0(c.words)} words (${c.origin})`,
  );
  if (c.note) out.push(`  note: ${c.note}`);
  const rate = (ms: number) => [f1(c.bytes / MB / (ms / 1000)), f0(c.words / (ms / 1000))];
  const rows: Cell[][] = r.stages.map((s) => [
    s.name,
    f1(s.ms),
    ...rate(s.ms),
    s.tokensPerSecond ? f0(s.tokensPerSecond) : '',
    s.failures ? `${s.failures} failed` : '',
  ]);
  rows.push(['text layer (in the pipeline)', f1(r.textLayer.ms), ...rate(r.textLayer.ms), '', '']);
  if (r.textLayer.alone) {
    const alone = r.textLayer.alone;
    rows.push([
      'text layer alone (own process)',
      f1(alone.ms),
      ...rate(alone.ms),
      '',
      alone.stages.map((st) => `${st.name} ${f1(st.mbPerSecond)}`).join(', '),
    ]);
  }
  rows.push(['all stages', f1(r.allStages.ms), ...rate(r.allStages.ms), '', '']);
  rows.push(['analyze() end to end', f1(r.endToEnd.ms), ...rate(r.endToEnd.ms), '', '']);
  out.push('Throughput (one core)');
  out.push(formatTable(['stage', 'ms', 'MB/s', 'words/s', 'tokens/s', ''], rows));
  const k = r.counts;
  out.push(
    `  produced: ${f0(k.sentences)} sentences, ${f0(k.tokens)} tokens, ${f0(k.figures)} figures, ${f0(k.entities)} entities, ${f0(k.projects)} projects, ${f0(k.nerSpans)} NER spans`,
  );
  out.push(`  peak RSS: ${f1(r.peakRssMB.pipeline)} MB after the pipeline timings, ${f1(r.peakRssMB.end)} MB at the end`);

  if (r.natural) {
    out.push('', 'Tokenizers on the same text (natural has no offsets and splits or drops Arabic letters)');
    const ours = r.natural.ours;
    const trows: Cell[][] = [[ours.name, f1(ours.ms), f1(c.bytes / MB / (ours.ms / 1000)), f0(ours.tokens), f0(ours.arabicWords), '100.0']];
    for (const p of r.natural.peers) {
      trows.push([
        p.name,
        f1(p.ms),
        f1(c.bytes / MB / (p.ms / 1000)),
        f0(p.tokens),
        f0(p.arabicWords),
        ours.arabicWords > 0 ? f1((100 * p.arabicWords) / ours.arabicWords) : '-',
      ]);
    }
    out.push(formatTable(['tokenizer', 'ms', 'MB/s', 'tokens', 'Arabic words', '% of ours'], trows));
  }

  if (r.recognizers) {
    const x = r.recognizers;
    out.push(
      '',
      `Figures per sentence vs Microsoft Recognizers-Text (English number + percentage + currency + dimension models) on the same ${x.sentences} sentences (${f0(x.chars)} chars)`,
    );
    const rows2: Cell[][] = [];
    const add = (name: string, t: { ms: number; sentencesPerSecond: number; found: number } | null, ratio: number | null) => {
      if (t) rows2.push([name, f1(t.ms), f0(t.sentencesPerSecond), f0(t.found), ratio === null ? '-' : `${f1(ratio)}×`]);
    };
    add('arqam figures stage', x.figuresStage, x.ratioStage);
    add('arqam raw sentence → figures', x.upToFigures, x.ratioUpToFigures);
    if ('ms' in x.recognizers) add('Recognizers-Text', x.recognizers, 1);
    out.push(formatTable(['', 'ms', 'sentences/s', 'found', 'speed-up'], rows2));
    if (!x.figuresStage) out.push('  arqam: no stage assigns figures yet');
    if ('skipped' in x.recognizers) out.push(`  Recognizers-Text: ${x.recognizers.skipped}`);
  }

  if (r.tagger) {
    out.push('', 'NER tagger');
    if ('skipped' in r.tagger) out.push(`  skipped: ${r.tagger.skipped}`);
    else {
      const t = r.tagger;
      out.push(
        `  tagging: ${f0(t.tokensPerSecond)} tokens/s (${f0(t.tokens)} tokens); model load ${f1(t.modelLoadMs)} ms; model on disk ${f1(t.modelBytes / MB)} MB (${t.modelFile.replace(/.*\/data\//, 'data/')})`,
      );
    }
  }

  if (r.models.length > 0) {
    out.push('', 'Data shipped in data/models: ' + r.models.map((m) => `${m.file} ${f1(m.bytes / MB)} MB`).join(', '));
  }

  out.push(...formatCold(r));

  if (r.scaling) {
    out.push('', 'analyze() on one long article (the corpus bodies repeated; each size in a process of its own; CPU time)');
    if ('skipped' in r.scaling) out.push(`  skipped: ${r.scaling.skipped}`);
    else {
      const srows: Cell[][] = r.scaling.runs.map((x) => [
        `${x.mb} MB`,
        f1(x.cpuSeconds),
        (x.cpuSeconds / (x.bytes / 1e6)).toFixed(2),
        (x.wallSeconds / (x.bytes / 1e6)).toFixed(2),
        f0(x.tokens),
      ]);
      out.push(formatTable(['article', 'CPU s', 'CPU s/MB', 'wall s/MB', 'tokens'], srows));
      if (r.scaling.ratio16to1 !== null)
        out.push(`  time per MB at 16 MB / at 1 MB: ${r.scaling.ratio16to1.toFixed(2)}× (${r.scaling.runs[0]?.origin ?? ''})`);
    }
  }

  if (r.consolidation) {
    out.push('', 'Consolidation across documents');
    const c = r.consolidation;
    if ('skipped' in c) out.push(`  skipped: ${c.skipped}`);
    else {
      out.push(
        `  store: ${c.documents} documents, ${c.projects} projects → ${c.full.stats.clusters} consolidated projects (${c.full.stats.merged} of several documents), ${c.full.stats.comparisons} comparisons`,
      );
      out.push(
        `  from scratch: ${(c.full.ms / 1000).toFixed(2)} s (CPU ${(c.full.cpuMs / 1000).toFixed(2)} s); after 100 new documents: ${(c.incremental.ms / 1000).toFixed(2)} s (CPU ${(c.incremental.cpuMs / 1000).toFixed(2)} s, ${c.incremental.stats.blocks} country blocks re-clustered); peak RSS ${Math.round(c.peakRssMB)} MB`,
      );
    }
  }
  if (r.ingest) {
    out.push('', 'Store ingest');
    if ('skipped' in r.ingest) out.push(`  skipped: ${r.ingest.skipped}`);
    else out.push(...formatIngest(r.ingest.result));
  }
  return out.join('\n') + '\n';
}

interface IngestRunLike {
  workers: number;
  documents: number;
  failed: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  peakRssMB: number;
  storeMB: number;
  cpuMsPerDoc?: number;
}

/** The headline: analyze() on articles the process has not seen. */
function formatUnseen(r: BenchReport): string[] {
  const u = r.unseen;
  if (!u) return [];
  if ('skipped' in u) return [`analyze() on unseen text: skipped (${u.skipped})`];
  const m = u.median;
  const rows: Cell[][] = [
    ['main-thread CPU', f0(m.threadCpuMs), u.mbPerThreadCpuSecond.toFixed(2), f0(m.tokens / (m.threadCpuMs / 1000))],
    ['process CPU (all threads)', f0(m.processCpuMs), u.mbPerProcessCpuSecond.toFixed(2), f0(m.tokens / (m.processCpuMs / 1000))],
    ['wall', f0(m.wallMs), u.mbPerWallSecond.toFixed(2), f0(m.tokens / (m.wallMs / 1000))],
  ];
  const stageTotal = m.stages.reduce((s, x) => s + x.ms, 0);
  return [
    `analyze() on unseen text (headline): ${m.articles} distinct articles, ${(m.bytes / MB).toFixed(2)} MB, ${f0(m.tokens)} tokens — ${Object.entries(
      m.files,
    )
      .map(([f, n]) => `${f} ${n}`)
      .join(
        ', ',
      )}; fresh process per run, warmed up on ${m.warmup.articles} corpus articles; median of ${u.threadCpuRuns.length} by main-thread CPU (${u.threadCpuRuns.map((x) => f0(x)).join(', ')} ms)${m.threadClock ? '' : ' — no per-thread clock here: process CPU'}`,
    formatTable(['clock', 'ms', 'MB/s', 'tokens/s'], rows),
    `  allocated ${f0(m.allocatedBytes / MB)} MB (${f0(u.allocatedMBPerMB)} MB per MB of input); GC pauses ${f0(m.gcMs)} ms in ${m.gcCount} collections = ${(100 * u.gcShare).toFixed(1)}% of wall time; peak RSS ${f0(u.peakRssMB)} MB`,
    `  stages (share of wall time inside analyze()): ${m.stages.map((s) => `${s.name} ${((100 * s.ms) / stageTotal).toFixed(1)}%`).join(', ')}`,
  ];
}

function formatCold(r: BenchReport): string[] {
  if (!r.cold) return [];
  const cs = r.cold;
  return [
    '',
    `Cold start (fresh process, one article): import ${f1(cs.importMs)} ms, defaultStages() ${f1(cs.buildMs)} ms, first run of each stage: ` +
      Object.entries(cs.firstRun)
        .map(([n, ms]) => `${n} ${f1(ms)}`)
        .join(', ') +
      ' ms',
  ];
}

/** The store's ingest result (src/bench/bench-ingest.ts) as a table; any other shape as lines. */
function formatIngest(result: unknown): string[] {
  const r = result as {
    documents?: number;
    megabytes?: number;
    runs?: IngestRunLike[];
    speedup?: number | null;
    peakRssUnder1GB?: boolean;
    extract?: { documents: number; failed: number; seconds: number; cpuMsPerDoc: number; peakRssMB: number };
    cpuOverExtract?: number;
  };
  if (!r || !Array.isArray(r.runs) || !r.runs.every((x) => typeof x?.workers === 'number' && typeof x?.seconds === 'number')) {
    return flatten(result).map(([k, v]) => `  ${k}: ${v}`);
  }
  const cpu = (x: { cpuMsPerDoc?: number }) => (x.cpuMsPerDoc === undefined ? '-' : f1(x.cpuMsPerDoc));
  const rows: Cell[][] = r.runs.map((x) => [
    `ingest, ${x.workers} worker${x.workers === 1 ? '' : 's'}`,
    f0(x.documents),
    x.failed,
    f1(x.seconds),
    f0(x.docsPerSecond),
    f1(x.mbPerSecond),
    cpu(x),
    f0(x.peakRssMB),
    f1(x.storeMB),
  ]);
  if (r.extract) {
    const e = r.extract;
    rows.unshift([
      'extract --jsonl',
      f0(e.documents),
      e.failed,
      f1(e.seconds),
      f0(e.documents / e.seconds),
      '-',
      cpu(e),
      f0(e.peakRssMB),
      '-',
    ]);
  }
  return [
    `  ${f0(r.documents ?? NaN)} documents, ${f1(r.megabytes ?? NaN)} MB of articles (corpus repeated, ids varied)`,
    formatTable(['run', 'documents', 'failed', 's', 'docs/s', 'MB/s', 'CPU ms/doc', 'peak RSS MB', 'store MB'], rows),
    `  speed-up of ${r.runs[r.runs.length - 1].workers} workers over ${r.runs[0].workers}: ${r.speedup === null || r.speedup === undefined ? '-' : `${r.speedup.toFixed(2)}×`}; peak RSS under 1 GB: ${r.peakRssUnder1GB ? 'yes' : 'no'}`,
    ...(r.cpuOverExtract === undefined
      ? []
      : [
          `  CPU per document, ingest with ${r.runs[0].workers} worker over extract: ${r.cpuOverExtract.toFixed(2)}× (goal ≤ 1.3); extract peak RSS under 500 MB: ${r.extract && r.extract.peakRssMB < 500 ? 'yes' : 'no'}`,
        ]),
  ];
}

/** key/value lines of a nested result, for results whose shape the bench does not know. */
export function flatten(v: unknown, prefix = ''): [string, string][] {
  if (v === null || typeof v !== 'object')
    return [[prefix || 'value', typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v)]];
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return [[prefix, v.join(', ')]];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => flatten(x, prefix ? `${prefix}.${k}` : k));
}
