// Timing of the tagger for `npm run bench`: tokens per second over given sentences.
import { defaultTagger, loadModel } from './load-model.js';
import type { NerTagger } from './tagger.js';

export interface TaggerBench {
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
}

/**
 * Tags `sentences` (token lists) `rounds` times after one warm-up pass and reports the rate of
 * the timed rounds (word-type caches warm, as when tagging a stream of news). Each pass tags the
 * sentences as one document, names carried between them as `arqam ner` does.
 */
export function benchTagger(sentences: readonly (readonly string[])[], rounds = 3, tagger: NerTagger = defaultTagger()): TaggerBench {
  const items = sentences.map((tokens) => ({ tokens, payload: null }));
  const pass = (): number => {
    let n = 0;
    for (const s of tagger.tagDocument(items)) n += s.tags.length;
    return n;
  };
  pass();
  const t0 = process.hrtime.bigint();
  let tokens = 0;
  for (let r = 0; r < rounds; r++) tokens += pass();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { tokens, seconds, tokensPerSecond: tokens / seconds };
}

/** Seconds to read the committed model file and build its tables (first call only). */
export function benchModelLoad(): number {
  const t0 = process.hrtime.bigint();
  loadModel();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
