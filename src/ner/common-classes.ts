// Words the news uses as common words, told by their word class (data/models/common-news-words.txt,
// written by npm run lexicon:class-names): data/models/word-class-names.tsv
// counts, per class of the unlabeled news (word-clusters.tsv), the tagged tokens of ANERcorp in it
// and how many of them are inside names. The tagged corpora are small (600k tokens) and old, so a
// word of today's news they never saw (تغريدة، ترسية، مدعومة) looks rare, and rare words read as
// names; its class, learned from 20 million tokens of news, says what company it keeps. Only words
// the news has often enough to be placed well count: a word seen a few times is classed by chance
// (جورجيفا, seen 4 times, sits in a class of common words).
import { readFileSync } from 'node:fs';
import { unitOf } from './word-clusters.js';
import type { Token } from '../model/token.js';

const COMMON_URL = new URL('../../data/models/common-news-words.txt', import.meta.url);

let common: Set<string> | null = null;
/** The frequent units of the news whose finest class is one of common words, read once. */
function commonUnits(): Set<string> {
  return (common ??= new Set(
    readFileSync(COMMON_URL, 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#')),
  ));
}

/** The word is a frequent word of the news in a class of common words. */
export function commonInNews(t: Token): boolean {
  return t.kind === 'arabic' && commonUnits().has(unitOf(t.kind, t.stem, t.norm, t.text));
}
