// Words the news uses as common words, told by their word class: data/models/word-class-names.tsv
// counts, per class of the unlabeled news (word-clusters.tsv), the tagged tokens of ANERcorp in it
// and how many of them are inside names. The tagged corpora are small (600k tokens) and old, so a
// word of today's news they never saw (تغريدة، ترسية، مدعومة) looks rare, and rare words read as
// names; its class, learned from 20 million tokens of news, says what company it keeps. Only words
// the news has often enough to be placed well count: a word seen a few times is classed by chance
// (جورجيفا, seen 4 times, sits in a class of common words).
import { readFileSync } from 'node:fs';
import { unitOf } from './word-clusters.js';
import type { Token } from '../model/token.js';

const CLUSTERS_URL = new URL('../../data/models/word-clusters.tsv', import.meta.url);
const CLASS_NAMES_URL = new URL('../../data/models/word-class-names.tsv', import.meta.url);
/** A class is one of common words when at most this share of its tagged tokens are names ... */
const MAX_NAMED_SHARE = 0.1;
/** ... over at least this many tagged tokens (336 of the 511 classes, 87,511 tokens). */
const MIN_TOKENS = 100;
/** A word counts when the unlabeled news has it at least this often (30,020 units). */
const MIN_COUNT = 20;

function dataLines(url: URL): string[][] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

let common: Set<string> | null = null;
/** The frequent units of the news whose finest class is one of common words, read once. */
function commonUnits(): Set<string> {
  if (common) return common;
  const classes = new Set<number>();
  for (const [c, tokens, named] of dataLines(CLASS_NAMES_URL).slice(1).map((r) => r.map(Number))) {
    if (tokens >= MIN_TOKENS && named <= MAX_NAMED_SHARE * tokens) classes.add(c);
  }
  const [header, ...rows] = dataLines(CLUSTERS_URL);
  const unit = header.indexOf('unit');
  const count = header.indexOf('count');
  const finest = header.indexOf('c512');
  if (unit < 0 || count < 0 || finest < 0) throw new Error(`${decodeURIComponent(CLUSTERS_URL.pathname)}: no unit, count or c512 column`);
  const out = new Set<string>();
  // The file lists units by count, highest first.
  for (const r of rows) {
    if (Number(r[count]) < MIN_COUNT) break;
    if (classes.has(Number(r[finest]))) out.add(r[unit]);
  }
  return (common = out);
}

/** The word is a frequent word of the news in a class of common words. */
export function commonInNews(t: Token): boolean {
  return t.kind === 'arabic' && commonUnits().has(unitOf(t.kind, t.stem, t.norm, t.text));
}
