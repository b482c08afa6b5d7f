// The unlabeled news of ../shared/unlabeled (SaudiNewsNet, ANT multi-source, ANT JawharaFM:
// 72,338 articles as gzip-compressed JSON lines, see its SOURCES.md), read as the tagger reads
// text: each article's title and paragraphs, tokenized by src/text, each token seen as the
// tagger's features see it (its stem). Read as a stream, one article at a time.
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Token } from '../text/token.js';
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

/**
 * The unit a token is counted as, as the tagger's features see it: an Arabic word's stem (every
 * clitic removed), a number's digit shape (2024 → dddd, at most six), a Latin word in lower case,
 * a mark as itself.
 */
export function tokenUnit(t: Token): string {
  return unitOf(t.kind, t.stem, t.norm, t.text);
}
