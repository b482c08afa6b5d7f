// natural's word tokenizers on the same text as our text layer (deep imports only: the
// package's top-level import takes seconds and prints on stdout). They return no offsets and
// drop or split Arabic letters; we report their speed and how many Arabic words come out.
import { createRequire } from 'node:module';
import type { BenchDoc } from './bench-corpus.js';
import { median, now } from './stats.js';

const require = createRequire(import.meta.url);

interface Tokenizer {
  tokenize(text: string): string[];
}

export interface PeerTokenizerTiming {
  name: string;
  runs: number[];
  ms: number;
  /** Tokens it gives over the documents, and those made only of Arabic letters. */
  tokens: number;
  arabicWords: number;
}

/** natural's tokenizers compared: Farsi aggressive (Arabic script), English aggressive, word. */
export function naturalTokenizers(): { name: string; tokenizer: Tokenizer }[] {
  const Fa = require('natural/lib/natural/tokenizers/aggressive_tokenizer_fa.js') as new () => Tokenizer;
  const En = require('natural/lib/natural/tokenizers/aggressive_tokenizer.js') as new () => Tokenizer;
  const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as { WordTokenizer: new () => Tokenizer };
  return [
    { name: 'natural AggressiveTokenizerFa', tokenizer: new Fa() },
    { name: 'natural AggressiveTokenizer', tokenizer: new En() },
    { name: 'natural WordTokenizer', tokenizer: new WordTokenizer() },
  ];
}

/** A token made only of Arabic letters and marks (ء..ي, with diacritics and tatweel). */
export const ARABIC_WORD = /^[\u0621-\u064a\u064b-\u065f\u0670\u0671-\u06d3\u0640]+$/;

export function benchNatural(
  docs: readonly BenchDoc[],
  articles: readonly BenchDoc[],
  runs: number,
  onRun?: (name: string) => void,
): PeerTokenizerTiming[] {
  return naturalTokenizers().map(({ name, tokenizer }) => {
    onRun?.(name);
    for (const d of articles) tokenizer.tokenize(d.text);
    let tokens = 0;
    let arabicWords = 0;
    for (const d of articles) {
      const out = tokenizer.tokenize(d.text);
      tokens += out.length;
      for (const t of out) if (ARABIC_WORD.test(t)) arabicWords++;
    }
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      for (const d of docs) tokenizer.tokenize(d.text);
      times.push(now() - t0);
    }
    const copies = docs.length / articles.length;
    return { name, runs: times, ms: median(times), tokens: tokens * copies, arabicWords: arabicWords * copies };
  });
}
