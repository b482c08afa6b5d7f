// The unlabeled news of ../shared/unlabeled (SaudiNewsNet, ANT multi-source, ANT JawharaFM:
// 72,338 articles as gzip-compressed JSON lines, see its SOURCES.md), read as the tagger reads
// text: each article's title and paragraphs, tokenized by src/text, each token seen as the
// tagger's features see it (its stem). Read as a stream, one article at a time.
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Token } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import type { WordKnowledge } from '../text/word-knowledge.js';
import { unitOf } from './word-clusters.js';

/** The corpus files, in name order (ant-jawharafm, ant-multisource, saudinewsnet). */
export function unlabeledFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()
    .map((f) => join(dir, f));
}

export interface UnlabeledArticle {
  /** The record's id (unique within the corpus). */
  id: string;
  outlet: string;
  /** Title, then the paragraphs of the article's text, without the ANT wrapper. */
  paragraphs: string[];
}

/**
 * The article text without ANT's `<DOC>` wrapper: the content of `<TEXT>` when there is one,
 * else the whole text. SaudiNewsNet's text is already the article.
 */
export function articleBody(text: string): string {
  const open = text.indexOf('<TEXT>');
  if (open < 0) return text;
  const close = text.indexOf('</TEXT>', open);
  return text.slice(open + 6, close < 0 ? text.length : close);
}

/** Title and non-empty paragraphs of a record. */
export function articleParagraphs(title: string, text: string): string[] {
  const out: string[] = [];
  if (title.trim() !== '') out.push(title.trim());
  for (const line of articleBody(text).split('\n')) {
    const p = line.trim();
    if (p !== '') out.push(p);
  }
  return out;
}

/** Streams the articles of every file of `dir`, in file order, then line order. */
export async function* readUnlabeled(dir: string): AsyncGenerator<UnlabeledArticle> {
  for (const file of unlabeledFiles(dir)) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { id?: unknown; outlet?: unknown; title?: unknown; text?: unknown };
      const text = typeof r.text === 'string' ? r.text : '';
      const title = typeof r.title === 'string' ? r.title : '';
      yield { id: String(r.id ?? ''), outlet: String(r.outlet ?? ''), paragraphs: articleParagraphs(title, text) };
    }
  }
}

/** The section of an ANT article from its id (antms-SkyNews/sport/…, antv1-sport/…), or null (SaudiNewsNet's ids name none). */
export function sectionOf(id: string): string | null {
  const ms = /^antms-[^/]+\/([^/]+)\//.exec(id);
  if (ms) return ms[1];
  const v1 = /^antv1-([^/]+)\//.exec(id);
  return v1 ? v1[1] : null;
}

/**
 * The unit a token is counted as, as the tagger's features see it: an Arabic word's stem (every
 * clitic removed), a number's digit shape (2024 → dddd, at most six), a Latin word in lower case,
 * a mark as itself.
 */
export function tokenUnit(t: Token): string {
  return unitOf(t.kind, t.stem, t.norm, t.text);
}

/** The unlabeled news as one sequence of unit ids (train:words, train:context-words). */
export interface UnitSequence {
  /** Each id's unit, ids in order of first sight. */
  units: string[];
  /** How often each id was seen (a view of length units.length). */
  counts: Int32Array;
  /** The ids in text order, each paragraph followed by the boundary (a view of the used length). */
  seq: Int32Array;
  articles: number;
  /** Articles read of each outlet. */
  outlets: Map<string, number>;
}

/** A growable Int32Array. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Every token of the unlabeled news of `dir` (its first `maxArticles` articles, 0: all) as a
 * unit id (tokenUnit), a paragraph ended by a boundary. With `boundaryUnit` the boundary is
 * unit 0 of that name, counted, and the sequence also starts with it; without, it is -1 and not
 * a unit.
 */
export async function readUnitSequence(
  dir: string,
  knowledge: WordKnowledge,
  o: { maxArticles: number; boundaryUnit?: string; progress?: (s: UnitSequence) => void },
): Promise<UnitSequence> {
  const idOf = new Map<string, number>();
  const units: string[] = [];
  const counts = new IntList(1 << 16);
  const seq = new IntList(1 << 22);
  let boundary = -1;
  if (o.boundaryUnit !== undefined) {
    boundary = 0;
    idOf.set(o.boundaryUnit, 0);
    units.push(o.boundaryUnit);
    counts.push(0);
    seq.push(0);
  }
  const outlets = new Map<string, number>();
  const now = (articles: number): UnitSequence => ({ units, counts: counts.view(), seq: seq.view(), articles, outlets });
  let articles = 0;
  for await (const article of readUnlabeled(dir)) {
    if (o.maxArticles > 0 && articles >= o.maxArticles) break;
    articles++;
    outlets.set(article.outlet, (outlets.get(article.outlet) ?? 0) + 1);
    for (const p of article.paragraphs) {
      for (const t of tokenize(p, 0, p.length, knowledge)) {
        const u = tokenUnit(t);
        if (u === '') continue;
        let id = idOf.get(u);
        if (id === undefined) {
          id = units.length;
          idOf.set(u, id);
          units.push(u);
          counts.push(0);
        }
        counts.data[id]++;
        seq.push(id);
      }
      seq.push(boundary);
      if (boundary === 0) counts.data[0]++;
    }
    if (o.progress && articles % 10000 === 0) o.progress(now(articles));
  }
  return now(articles);
}
