// Names the tagger itself finds in the unlabeled news (self-training of name lists): each article
// is tagged as one document through the decoding `arqam ner` uses, and every name (its stem
// sequence) is counted with the articles it was tagged in as each type and with how often it was
// tagged at all against how often its word occurs. A name tagged as one type in several articles,
// and a one-word name tagged in a good share of its occurrences (a common word the tagger takes
// for a name now and then is mostly untagged), is kept. The lists feed the tagger as gazetteer
// types beside the harvested title and head-noun words (npm run harvest:tagged writes
// data/models/tagged-names.tsv).
import { nameStems } from './gazetteer.js';
import { forEachEntity, NER_TYPES, type NerType } from './tags.js';

/** What is kept of one name. */
export interface TaggedStats {
  /** Articles the name was tagged in as each type (NER_TYPES order). */
  docs: Int32Array;
  /** Times it was tagged (any type). */
  tagged: number;
  /** Outlets of the articles that tag it (any type). */
  outlets: Set<string>;
  /** The last article counted for each type. */
  lastDoc: Int32Array;
}

export interface TaggedThresholds {
  /** Articles that tag the name as its majority type. */
  minDocs: number;
  /** Outlets of those articles (any type). */
  minOutlets: number;
  /** Share of the name's tagged articles that give the majority type. */
  minMajority: number;
  /** One-word names: times tagged / times the word occurs. */
  minShare: number;
}

export const DEFAULT_TAGGED_THRESHOLDS: TaggedThresholds = { minDocs: 3, minOutlets: 2, minMajority: 0.8, minShare: 0.5 };

/** Types that become lists (MISC in the news is too mixed to serve as one). */
export const TAGGED_TYPES: readonly NerType[] = ['PERS', 'LOC', 'ORG'];

export interface KeptName {
  key: string;
  type: NerType;
  docs: number;
  allDocs: number;
  tagged: number;
  /** Occurrences of the word (one-word names; 0 for longer ones). */
  total: number;
  outlets: number;
}

/** One name's counts as `counts()` writes them: key, articles per type, times tagged, outlets, word count (one-word names). */
export type NameCounts = [key: string, docs: number[], tagged: number, outlets: string[], total: number];

export class TaggedHarvest {
  readonly names = new Map<string, TaggedStats>();
  /** Occurrences of every word stem in the tagged text (for the one-word share). */
  readonly words = new Map<string, number>();
  private doc = 0;

  /** Counts one article: its names (stem sequences and types) and every word stem of its text. */
  addArticle(names: readonly { stems: readonly string[]; type: NerType }[], stems: Iterable<string>, outlet: string): void {
    this.doc++;
    for (const s of stems) this.words.set(s, (this.words.get(s) ?? 0) + 1);
    for (const { stems: name, type } of names) {
      const key = name.join(' ');
      let st = this.names.get(key);
      if (!st) this.names.set(key, (st = { docs: new Int32Array(4), tagged: 0, outlets: new Set(), lastDoc: new Int32Array(4) }));
      const t = NER_TYPES.indexOf(type);
      st.tagged++;
      st.outlets.add(outlet);
      if (st.lastDoc[t] !== this.doc) {
        st.lastDoc[t] = this.doc;
        st.docs[t]++;
      }
    }
  }

  /** Every name's counts, for filtering again at other thresholds without tagging (`fromCounts`). */
  counts(): NameCounts[] {
    return [...this.names].map(([key, st]) => [
      key,
      [...st.docs],
      st.tagged,
      [...st.outlets].sort(),
      key.includes(' ') ? 0 : (this.words.get(key) ?? 0),
    ]);
  }

  /** A harvest rebuilt from `counts()`. */
  static fromCounts(counts: readonly NameCounts[]): TaggedHarvest {
    const h = new TaggedHarvest();
    for (const [key, docs, tagged, outlets, total] of counts) {
      h.names.set(key, { docs: Int32Array.from(docs), tagged, outlets: new Set(outlets), lastDoc: new Int32Array(4) });
      if (total > 0) h.words.set(key, total);
    }
    return h;
  }

  /** The names that pass `th`, by type then key. */
  kept(th: TaggedThresholds): KeptName[] {
    const out: KeptName[] = [];
    for (const [key, st] of this.names) {
      let best = 0;
      for (let t = 1; t < 4; t++) if (st.docs[t] > st.docs[best]) best = t;
      const type = NER_TYPES[best];
      if (!TAGGED_TYPES.includes(type)) continue;
      const docs = st.docs[best];
      const allDocs = st.docs.reduce((n, x) => n + x, 0);
      if (docs < th.minDocs || st.outlets.size < th.minOutlets || docs < th.minMajority * allDocs) continue;
      const oneWord = !key.includes(' ');
      const total = oneWord ? (this.words.get(key) ?? 0) : 0;
      if (oneWord && st.tagged < th.minShare * total) continue;
      out.push({ key, type, docs, allDocs, tagged: st.tagged, total, outlets: st.outlets.size });
    }
    return out.sort((a, b) => (a.type === b.type ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.type < b.type ? -1 : 1));
  }
}

/**
 * The gold names of tagged sentences (any type) as the harvest keys them, their stem sequences:
 * `--unseen-in` leaves these out of a list, so that a list built by a model trained on them holds
 * only the names the model found itself, not the ones it learned (which a list would echo back).
 */
export function goldNameKeys(sentences: Iterable<{ tokens: readonly string[]; tags: Uint8Array }>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    forEachEntity(s.tags, (i, j) => {
      const stems = nameStems(s.tokens.slice(i, j).join(' '));
      if (stems.length > 0) out.add(stems.join(' '));
    });
  return out;
}
