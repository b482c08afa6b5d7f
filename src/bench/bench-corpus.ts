// The benchmark's text: the articles of ../shared/corpus, repeated until there are at least
// `minBytes` of UTF-8 input (5 MB by default). Without ../shared it says so and uses the
// embedded article (data/articles), so the bench still runs from a fresh clone.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInput } from '../model/read-input.js';
import { PROJECT_ROOT, SHARED } from '../eval/shared-paths.js';
import { countWords } from './stats.js';

export interface BenchDoc {
  text: string;
  bytes: Uint8Array;
  source: string;
  words: number;
}

export interface BenchCorpus {
  /** Where the articles came from. */
  origin: string;
  /** One copy of the articles. */
  articles: BenchDoc[];
  /** The articles repeated `copies` times. */
  docs: BenchDoc[];
  copies: number;
  /** UTF-8 bytes and words of `docs`. */
  bytes: number;
  words: number;
  /** Why ../shared/corpus was not used, when it was not. */
  note: string | null;
}

function readDir(dir: string): BenchDoc[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => {
      const source = join(dir, n);
      const { text, bytes } = readInput(source);
      return { text, bytes, source, words: countWords(text) };
    });
}

export function loadBenchCorpus(minBytes = 5e6, dir = SHARED.corpus): BenchCorpus {
  let articles: BenchDoc[];
  let origin: string;
  let note: string | null = null;
  if (existsSync(dir)) {
    articles = readDir(dir);
    origin = dir;
  } else {
    origin = join(PROJECT_ROOT, 'data', 'articles');
    note = `${dir} is absent (../shared is not beside the project): using the embedded article in data/articles`;
    articles = readDir(origin);
  }
  if (articles.length === 0) throw new Error(`no .txt articles in ${origin}`);
  const once = articles.reduce((s, d) => s + d.bytes.length, 0);
  const copies = Math.max(1, Math.ceil(minBytes / once));
  const docs: BenchDoc[] = [];
  for (let c = 0; c < copies; c++) docs.push(...articles);
  return {
    origin,
    articles,
    docs,
    copies,
    bytes: once * copies,
    words: articles.reduce((s, d) => s + d.words, 0) * copies,
    note,
  };
}
