// Name words harvested from unlabeled news: the words after a person's title (الرئيس عبد الفتاح
// السيسي, الوزير خالد الفالح, السيد ...) and after an organisation's head noun (شركة أرامكو,
// نادي الهلال, وكالة رويترز). Each candidate is counted with the evidence that it is a name —
// how often it stands there, in how many articles of how many outlets, after which cues — and
// with how often the word occurs at all, so that common words that happen to follow a title
// (يقول، التنفيذي) are left out by their share. The lists feed the tagger as gazetteer types
// beside ANERgazet (npm run harvest:names writes data/models/harvested-names.tsv).
import type { Token } from '../text/token.js';

/** What a cue announces. */
export type HarvestType = 'PERS' | 'ORG';

/** A cue as the harvest matches it: the base forms (proclitics off, article kept) of its tokens. */
export interface Cue {
  type: HarvestType;
  words: string[];
  /** The cue as written, for the evidence column. */
  text: string;
}

/** Counts of one candidate word. */
export interface CandidateStats {
  count: number;
  /** Distinct articles and outlets it was seen in after a cue. */
  docs: number;
  outlets: Set<string>;
  /** Seen after each cue (by its text). */
  cues: Map<string, number>;
  /** The first name run it was seen in, as the text's tokens (an example for the evidence). */
  example: string;
  lastDoc: number;
}

/** Up to this many words after a cue make the name run: a person's given names and surname, an organisation's name. */
export const RUN_WORDS: Record<HarvestType, number> = { PERS: 3, ORG: 2 };

/** A trie of cues over base forms. */
export class CueMatcher {
  private readonly byFirst = new Map<string, Cue[]>();

  constructor(cues: readonly Cue[]) {
    for (const c of cues) {
      if (c.words.length === 0) continue;
      let list = this.byFirst.get(c.words[0]);
      if (!list) this.byFirst.set(c.words[0], (list = []));
      list.push(c);
    }
    // Longest first: الرئيس التنفيذي before الرئيس.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest cue starting at token i, or null; a cue word matches a token as written or with its proclitics off (والرئيس). */
  at(tokens: readonly Token[], i: number): Cue | null {
    const t = tokens[i];
    const list = this.byFirst.get(t.base) ?? (t.norm !== t.base ? this.byFirst.get(t.norm) : undefined);
    if (!list) return null;
    for (const c of list) {
      if (i + c.words.length > tokens.length) continue;
      let k = 1;
      while (k < c.words.length && (tokens[i + k].base === c.words[k] || tokens[i + k].norm === c.words[k])) k++;
      if (k === c.words.length) return c;
    }
    return null;
  }
}

export interface HarvestContext {
  cues: CueMatcher;
  /** Stems of nisbas (الأمريكي → امريكي), which may stand between a title and the name. */
  nisbas: ReadonlySet<string>;
}

/**
 * The candidate name runs of one paragraph's tokens: after a cue (cues may follow each other:
 * سمو الأمير), one nisba may be passed over (الرئيس الأمريكي دونالد ترامب); then up to
 * RUN_WORDS Arabic words with no proclitic and no function word, the first without the article
 * for a person (the word after a title with the article is an adjective: الرئيس السابق), the
 * second without it and after a first without it for an organisation (فرانس برس; in منظمة
 * الصحة العالمية, حركة النهضة راشد الغنوشي the second word is no part of the head's name).
 */
export function nameRuns(tokens: readonly Token[], ctx: HarvestContext): { cue: Cue; start: number; end: number }[] {
  const out: { cue: Cue; start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    let cue = ctx.cues.at(tokens, i);
    if (!cue) {
      i++;
      continue;
    }
    let j = i + cue.words.length;
    for (
      let next = j < tokens.length ? ctx.cues.at(tokens, j) : null;
      next && next.type === cue.type;
      next = j < tokens.length ? ctx.cues.at(tokens, j) : null
    ) {
      cue = next;
      j += next.words.length;
    }
    if (j < tokens.length && cue.type === 'PERS' && isArticle(tokens[j]) && ctx.nisbas.has(tokens[j].stem)) j++;
    const start = j;
    while (j < tokens.length && j - start < RUN_WORDS[cue.type]) {
      const t = tokens[j];
      if (t.kind !== 'arabic' || t.stop || t.base !== t.norm) break;
      if (j === start && cue.type === 'PERS' && isArticle(t)) break;
      if (j > start && cue.type === 'ORG' && (isArticle(t) || isArticle(tokens[start]))) break;
      if (j > start && ctx.nisbas.has(t.stem)) break;
      j++;
    }
    if (j > start) out.push({ cue, start, end: j });
    i = Math.max(j, i + 1);
  }
  return out;
}

function isArticle(t: Token): boolean {
  for (const c of t.clitics) if (c.type === 'article') return true;
  return false;
}

/** Accumulates candidates over a corpus, article by article. */
export class NameHarvest {
  readonly stats: Record<HarvestType, Map<string, CandidateStats>> = { PERS: new Map(), ORG: new Map() };
  /** Every token's stem, counted (the denominator of a candidate's share). */
  readonly totals = new Map<string, number>();
  private doc = 0;

  constructor(private readonly ctx: HarvestContext) {}

  /** Adds one article: its paragraphs' tokens and its outlet. */
  addArticle(paragraphs: readonly (readonly Token[])[], outlet: string): void {
    this.doc++;
    for (const tokens of paragraphs) {
      for (const t of tokens) if (t.kind === 'arabic') this.totals.set(t.stem, (this.totals.get(t.stem) ?? 0) + 1);
      for (const run of nameRuns(tokens, this.ctx)) {
        const example = tokens
          .slice(Math.max(0, run.start - run.cue.words.length), run.end)
          .map((t) => t.text)
          .join(' ');
        for (let k = run.start; k < run.end; k++) {
          const stem = tokens[k].stem;
          const map = this.stats[run.cue.type];
          let s = map.get(stem);
          if (!s) map.set(stem, (s = { count: 0, docs: 0, outlets: new Set(), cues: new Map(), example, lastDoc: 0 }));
          s.count++;
          if (s.lastDoc !== this.doc) {
            s.docs++;
            s.lastDoc = this.doc;
          }
          s.outlets.add(outlet);
          s.cues.set(run.cue.text, (s.cues.get(run.cue.text) ?? 0) + 1);
        }
      }
    }
  }
}

export interface HarvestThresholds {
  /** Times after a cue. */
  minCount: number;
  /** Distinct articles. */
  minDocs: number;
  /** Distinct outlets (independent sources). */
  minOutlets: number;
  /** Share of the word's occurrences that follow a cue: below it, a common word. */
  minShare: Record<HarvestType, number>;
}

export interface HarvestedName {
  stem: string;
  type: HarvestType;
  count: number;
  total: number;
  docs: number;
  outlets: number;
  /** Cues with their counts, most frequent first, and an example. */
  evidence: string;
}

/** The candidates that pass the thresholds, by type then falling count (ties by stem). */
export function keptNames(h: NameHarvest, th: HarvestThresholds, stopStems: ReadonlySet<string> = new Set()): HarvestedName[] {
  const out: HarvestedName[] = [];
  for (const type of ['PERS', 'ORG'] as const) {
    const rows: HarvestedName[] = [];
    for (const [stem, s] of h.stats[type]) {
      if (stem.length < 2 || stopStems.has(stem)) continue;
      const total = h.totals.get(stem) ?? s.count;
      if (s.count < th.minCount || s.docs < th.minDocs || s.outlets.size < th.minOutlets || s.count / total < th.minShare[type]) continue;
      const cues = [...s.cues].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
      rows.push({
        stem,
        type,
        count: s.count,
        total,
        docs: s.docs,
        outlets: s.outlets.size,
        evidence: `${cues.map(([c, n]) => `${c} ${n}`).join(', ')}; e.g. ${s.example}`,
      });
    }
    rows.sort((a, b) => b.count - a.count || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
    out.push(...rows);
  }
  return out;
}
