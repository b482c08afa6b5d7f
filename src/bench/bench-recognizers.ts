// Figure extraction per sentence against Microsoft Recognizers-Text on the same sentences.
// Recognizers-Text has no Arabic model, so its English models run on our Arabic sentences:
// number, percentage, currency and dimension, each built once and reused (the fastest way to
// call it; its recognizeX() helpers rebuild the recognizer on every call). Ours is timed two
// ways on the same sentences, each sentence a document: the figures stage alone (the text
// layer done beforehand) and the raw sentence through every stage up to figures.
import { createRequire } from 'node:module';
import type { Stage } from '../model/pipeline.js';
import type { BenchDoc } from './bench-corpus.js';
import { freshDoc } from './time-stages.js';
import { countWords, median, now } from './stats.js';

const require = createRequire(import.meta.url);

interface Model {
  parse(query: string): unknown[];
}

export interface PerSentenceTiming {
  sentences: number;
  runs: number[];
  ms: number;
  sentencesPerSecond: number;
  /** Figures (or results) found over the sentences. */
  found: number;
}

export interface RecognizersComparison {
  sentences: number;
  chars: number;
  recognizers: PerSentenceTiming | { skipped: string };
  /** Our figures stage alone; null when no stage assigns figures. */
  figuresStage: PerSentenceTiming | null;
  /** Raw sentence → figures (every stage up to and including figures). */
  upToFigures: PerSentenceTiming | null;
  /** How many times faster than Recognizers-Text per sentence. */
  ratioStage: number | null;
  ratioUpToFigures: number | null;
}

/** Recognizers-Text's English number, percentage, currency and dimension models. */
export function recognizersModels(): Model[] {
  const suite = require('@microsoft/recognizers-text-suite') as { Culture: { English: string } };
  // The suite re-exports only the recognizeX() helpers; the model classes come from the
  // packages it depends on, installed with it.
  const suiteRequire = createRequire(require.resolve('@microsoft/recognizers-text-suite'));
  const num = suiteRequire('@microsoft/recognizers-text-number') as {
    NumberRecognizer: new (c: string) => { getNumberModel(): Model; getPercentageModel(): Model };
  };
  const unit = suiteRequire('@microsoft/recognizers-text-number-with-unit') as {
    NumberWithUnitRecognizer: new (c: string) => { getCurrencyModel(): Model; getDimensionModel(): Model };
  };
  const n = new num.NumberRecognizer(suite.Culture.English);
  const u = new unit.NumberWithUnitRecognizer(suite.Culture.English);
  return [n.getNumberModel(), n.getPercentageModel(), u.getCurrencyModel(), u.getDimensionModel()];
}

/** `count` sentences spread evenly over the documents' sentences (as our splitter cuts them),
 * skipping those with no word. */
export function sampleSentences(articles: readonly BenchDoc[], stages: readonly Stage[], count: number): string[] {
  const all: string[] = [];
  const upToSentences = stages.slice(0, stages.findIndex((s) => s.assigns.includes('sentences')) + 1);
  for (const d of articles) {
    const doc = freshDoc(d);
    for (const s of upToSentences) s.run(doc);
    for (const s of doc.sentences) {
      const t = d.text.slice(s.start, s.end).trim();
      if (countWords(t) > 0) all.push(t);
    }
  }
  if (all.length <= count) return all;
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]);
}

function timing(sentences: number, runs: number[], found: number): PerSentenceTiming {
  const ms = median(runs);
  return { sentences, runs, ms, sentencesPerSecond: (sentences * 1000) / ms, found };
}

export function compareWithRecognizers(
  sentences: readonly string[],
  stages: readonly Stage[],
  runs: number,
  onStep?: (what: string) => void,
): RecognizersComparison {
  const docs: BenchDoc[] = sentences.map((text, i) => {
    const bytes = Buffer.from(text, 'utf8');
    return { text, bytes, source: `sentence-${i}`, words: countWords(text) };
  });
  const chars = sentences.reduce((s, t) => s + t.length, 0);
  const figuresAt = stages.findIndex((s) => s.assigns.includes('figures'));
  let figuresStage: PerSentenceTiming | null = null;
  let upToFigures: PerSentenceTiming | null = null;
  if (figuresAt >= 0) {
    onStep?.('ours');
    const before = stages.slice(0, figuresAt);
    const upTo = stages.slice(0, figuresAt + 1);
    const stage = stages[figuresAt];
    // Warm up, and count what is found.
    let found = 0;
    for (const d of docs) {
      const doc = freshDoc(d);
      for (const s of upTo) s.run(doc);
      found += doc.figures.length;
    }
    const stageRuns: number[] = [];
    const fullRuns: number[] = [];
    for (let r = 0; r < runs; r++) {
      const prepared = docs.map((d) => {
        const doc = freshDoc(d);
        for (const s of before) s.run(doc);
        return doc;
      });
      let t0 = now();
      for (const doc of prepared) stage.run(doc);
      stageRuns.push(now() - t0);
      t0 = now();
      for (const d of docs) {
        const doc = freshDoc(d);
        for (const s of upTo) s.run(doc);
      }
      fullRuns.push(now() - t0);
    }
    figuresStage = timing(docs.length, stageRuns, found);
    upToFigures = timing(docs.length, fullRuns, found);
  }
  let recognizers: RecognizersComparison['recognizers'];
  try {
    onStep?.('Recognizers-Text');
    const models = recognizersModels();
    let found = 0;
    for (const t of sentences) for (const m of models) found += m.parse(t).length;
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      for (const t of sentences) for (const m of models) m.parse(t);
      times.push(now() - t0);
    }
    recognizers = timing(sentences.length, times, found);
  } catch (error) {
    recognizers = { skipped: `@microsoft/recognizers-text-suite could not run: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ratio = (ours: PerSentenceTiming | null) => ('ms' in recognizers && ours ? recognizers.ms / ours.ms : null);
  return {
    sentences: sentences.length,
    chars,
    recognizers,
    figuresStage,
    upToFigures,
    ratioStage: ratio(figuresStage),
    ratioUpToFigures: ratio(upToFigures),
  };
}
