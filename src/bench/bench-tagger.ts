// The NER tagger alone (issue 6): tokens per second on the corpus's sentences, model load
// time and size on disk, through src/ner's own benchTagger()/benchModelLoad() when they exist.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moduleExists } from '../eval/optional-module.js';

export interface TaggerTiming {
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
  modelLoadMs: number;
  modelBytes: number;
  modelFile: string;
}

interface NerBenchApi {
  benchTagger(sentences: readonly (readonly string[])[], rounds?: number): { tokens: number; seconds: number; tokensPerSecond: number };
  benchModelLoad(): number;
  DEFAULT_MODEL_URL: URL;
}

async function nerApi(): Promise<NerBenchApi | string> {
  if (!moduleExists('../ner/index.js', import.meta.url)) return 'no tagger (src/ner/index.ts is not there)';
  const ner = (await import('../ner/index.js' as string)) as Partial<NerBenchApi>;
  if (typeof ner.benchTagger !== 'function' || typeof ner.benchModelLoad !== 'function' || !ner.DEFAULT_MODEL_URL) {
    return 'src/ner/index.ts does not export benchTagger, benchModelLoad and DEFAULT_MODEL_URL';
  }
  return ner as NerBenchApi;
}

/** The model load time: call first, before anything else loads the model. */
export async function benchModelLoadFirst(): Promise<{ ms: number } | { skipped: string }> {
  const api = await nerApi();
  if (typeof api === 'string') return { skipped: api };
  try {
    return { ms: api.benchModelLoad() * 1000 };
  } catch (error) {
    return { skipped: `model load failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function benchTaggerSpeed(
  sentences: readonly (readonly string[])[],
  rounds: number,
  loadMs: number,
): Promise<TaggerTiming | { skipped: string }> {
  const api = await nerApi();
  if (typeof api === 'string') return { skipped: api };
  // One round per call, `rounds` calls, the median rate (each call warms up first).
  const all = Array.from({ length: Math.max(1, rounds) }, () => api.benchTagger(sentences, 1));
  const t = [...all].sort((a, b) => a.tokensPerSecond - b.tokensPerSecond)[all.length >> 1];
  const file = fileURLToPath(api.DEFAULT_MODEL_URL);
  return { ...t, modelLoadMs: loadMs, modelBytes: statSync(file).size, modelFile: file };
}
