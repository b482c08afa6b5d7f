// The figure steps' word lists: data/lexicon/figure-words.tsv (one list per concept, folded when
// loaded by src/lexicon/word-lists.ts).
import { loadWordLists, wordMap, wordSet } from '../../lexicon/word-lists.js';

const FILE = 'figure-words.tsv';

/** One list of figure-words.tsv as a set of folded forms. */
export function figureWords(name: string): ReadonlySet<string> {
  return wordSet(loadWordLists(FILE), name, FILE);
}

/** One list of figure-words.tsv as folded form → value. */
export function figureWordMap(name: string): ReadonlyMap<string, string> {
  return wordMap(loadWordLists(FILE), name, FILE);
}
