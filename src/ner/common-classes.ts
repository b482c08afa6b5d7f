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

/**
 * The lines of a text (but empty ones and # comments) as a set, without a string per line: an
 * open-addressing table of the lines' offsets by an FNV-1a hash of their code units, a lookup
 * comparing code units in the text. For common-news-words.txt's 19,565 lines, a pass over the
 * text where a Set of its lines (split, filtered) took 20-28 ms of the first analysis.
 */
class LineSet {
  /** Per slot: the line's start + 1 (0 = empty) and its end. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    let cap = 16;
    while (cap < lines * 2) cap *= 2;
    const mask = (this.mask = cap - 1);
    const slots = (this.slots = new Int32Array(cap * 2));
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start && text.charCodeAt(start) !== 0x23 && !this.hasRange(text, start, end)) {
        let slot = hashRange(text, start, end) & mask;
        while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
        slots[2 * slot] = start + 1;
        slots[2 * slot + 1] = end;
      }
      start = end + 1;
    }
  }

  has(s: string): boolean {
    return this.hasRange(s, 0, s.length);
  }

  /** Whether `s.slice(from, to)` is one of the lines. */
  private hasRange(s: string, from: number, to: number): boolean {
    const text = this.text;
    const slots = this.slots;
    const len = to - from;
    for (let slot = hashRange(s, from, to) & this.mask; ; slot = (slot + 1) & this.mask) {
      const start = slots[2 * slot] - 1;
      if (start < 0) return false;
      if (slots[2 * slot + 1] - start !== len) continue;
      let k = 0;
      while (k < len && text.charCodeAt(start + k) === s.charCodeAt(from + k)) k++;
      if (k === len) return true;
    }
  }
}

/** FNV-1a over the code units of `s.slice(from, to)`. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A predicate on tokens: an Arabic word whose unit is a line of the file at `url`, read once, when
 * first asked.
 */
function unitsOf(url: URL): (t: Token) => boolean {
  let units: LineSet | null = null;
  return (t) => {
    if (t.kind !== 'arabic') return false;
    units ??= new LineSet(readFileSync(url, 'utf8'));
    return units.has(unitOf(t.kind, t.stem, t.norm, t.text));
  };
}

/** The word is a frequent word of the news in a class of common words. */
export const commonInNews = unitsOf(COMMON_URL);

/**
 * The word is a frequent word of the news in a class that holds almost no person names
 * (data/models/no-person-words.txt): الأممي، جمعية، المتمردين, and nisbas, places and bodies alike.
 */
export const noPersonInNews = unitsOf(new URL('../../data/models/no-person-words.txt', import.meta.url));

/**
 * The word is one the news has at least 100 times in a class of common words, small classes too
 * (data/models/frequent-common-words.txt): اقتراع، حضانة، محلفين، نوم — placed by their own counts, not by
 * a class big enough to vouch for a rarer word.
 */
export const frequentCommonInNews = unitsOf(new URL('../../data/models/frequent-common-words.txt', import.meta.url));
