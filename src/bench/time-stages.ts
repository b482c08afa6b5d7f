// Times each stage of the pipeline by name over all documents: the stages run one by one on
// each Doc, as the pipeline runs them, and each stage's time is added up. The stages are
// whatever defaultStages() returns, so a new stage appears in the table by itself.
import { analyze, documentId } from '../analyze.js';
import { Doc } from '../model/document.js';
import type { Stage } from '../model/pipeline.js';
import type { BenchDoc } from './bench-corpus.js';
import { median, now } from './stats.js';

export interface StageTiming {
  name: string;
  /** Milliseconds over all documents, per run. */
  runs: number[];
  /** The median of `runs`. */
  ms: number;
  /** Documents on which the stage threw (recorded as a message by the pipeline). */
  failures: number;
}

export interface StageCounts {
  sentences: number;
  tokens: number;
  figures: number;
  entities: number;
  projects: number;
  nerSpans: number;
}

export interface StageTimings {
  stages: StageTiming[];
  /** What the stages produced over all documents (one run). */
  counts: StageCounts;
}

/** A fresh Doc for a benchmark document, as analyzeDocument makes it. */
export function freshDoc(d: BenchDoc): Doc {
  return new Doc(d.text, documentId(d.bytes), d.source);
}

/** One pass of `stages` over `docs`, adding each stage's time into `acc`. */
function pass(docs: readonly BenchDoc[], stages: readonly Stage[], acc: number[], failures: number[], counts?: StageCounts): void {
  for (const d of docs) {
    const doc = freshDoc(d);
    for (let i = 0; i < stages.length; i++) {
      const t0 = now();
      try {
        stages[i].run(doc);
      } catch {
        failures[i]++;
      }
      acc[i] += now() - t0;
    }
    if (counts) {
      counts.sentences += doc.sentences.length;
      counts.tokens += doc.tokens.length;
      counts.figures += doc.figures.length;
      counts.entities += doc.entities.length;
      counts.projects += doc.projects.length;
      counts.nerSpans += doc.nerSpans.length;
    }
  }
}

/** Times every stage over `docs`, `runs` times after `warmup` passes over `warmupDocs`. */
export function timeStages(
  docs: readonly BenchDoc[],
  stages: readonly Stage[],
  runs: number,
  warmupDocs: readonly BenchDoc[] = docs,
  onRun?: (run: number) => void,
): StageTimings {
  const failures = stages.map(() => 0);
  pass(
    warmupDocs,
    stages,
    stages.map(() => 0),
    stages.map(() => 0),
  );
  const perRun: number[][] = stages.map(() => []);
  const counts: StageCounts = { sentences: 0, tokens: 0, figures: 0, entities: 0, projects: 0, nerSpans: 0 };
  for (let r = 0; r < runs; r++) {
    onRun?.(r);
    const acc = stages.map(() => 0);
    pass(docs, stages, acc, failures, r === 0 ? counts : undefined);
    acc.forEach((ms, i) => {
      perRun[i].push(ms);
    });
  }
  return {
    stages: stages.map((s, i) => ({ name: s.name, runs: perRun[i], ms: median(perRun[i]), failures: failures[i] / runs })),
    counts,
  };
}

/** Times analyze() (the whole library call: id, pipeline, contract view) over `docs`. */
export function timeEndToEnd(docs: readonly BenchDoc[], runs: number, onRun?: (run: number) => void): { runs: number[]; ms: number } {
  for (const d of docs.slice(0, Math.min(docs.length, 50))) analyze(d.text, { source: d.source, bytes: d.bytes });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    onRun?.(r);
    const t0 = now();
    for (const d of docs) analyze(d.text, { source: d.source, bytes: d.bytes });
    times.push(now() - t0);
  }
  return { runs: times, ms: median(times) };
}

/** The stages of the text layer: from the first up to the one that assigns tokens. */
export function textLayerStages(stages: readonly Stage[]): Stage[] {
  const last = stages.findIndex((s) => s.assigns.includes('tokens'));
  return last < 0 ? [] : stages.slice(0, last + 1);
}
