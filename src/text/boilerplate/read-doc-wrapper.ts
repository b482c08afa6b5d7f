// Reads the TREC-style <DOC> wrapper of the ANT corpus: <DOC><DOCNO>…<URL>…<SRC>…<TITLE>…
// <TIME>…<AUTHOR>…<ABSTRACT>…<TEXT>…</TEXT></DOC>. The article is the TEXT element's content,
// headed by the TITLE's and, where the TEXT does not repeat it, the ABSTRACT's (read-page-layout.ts).
import type { Span } from '../../model/types.js';

export interface DocWrapper {
  content: Span;
  fields: Record<string, string>;
  /** The TITLE element's content, whitespace trimmed, when it holds an Arabic letter. */
  title: Span | null;
  /** The ABSTRACT element's content, whitespace trimmed, when it holds an Arabic letter. */
  abstract: Span | null;
}

const FIELD = /<([A-Z]+)>([\s\S]*?)<\/\1>/g;

/** The wrapper's fields and the span of its TEXT content, or null when the text has no wrapper. */
export function readDocWrapper(text: string): DocWrapper | null {
  const head = text.slice(0, 64).trimStart();
  if (!head.startsWith('<DOC>')) return null;
  const open = text.indexOf('<TEXT>');
  if (open < 0) return null;
  const start = open + '<TEXT>'.length;
  const close = text.indexOf('</TEXT>', start);
  const end = close < 0 ? text.length : close;
  const fields: Record<string, string> = {};
  FIELD.lastIndex = 0;
  const header = text.slice(0, open);
  let title: Span | null = null;
  let abstract: Span | null = null;
  for (let m = FIELD.exec(header); m; m = FIELD.exec(header)) {
    fields[m[1]] = m[2].trim();
    if ((m[1] !== 'TITLE' && m[1] !== 'ABSTRACT') || !/[\u0621-\u064A]/u.test(m[2])) continue;
    const s = m.index + m[1].length + 2;
    const span = trimSpan(text, { start: s, end: s + m[2].length });
    if (m[1] === 'TITLE') title ??= span;
    else abstract ??= span;
  }
  return { content: { start, end }, fields, title, abstract };
}

/** Trims whitespace off both ends of a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Whether the article's TEXT repeats the abstract, so that it adds nothing: the TEXT holds it
 * (whitespace aside: AlArabiya's abstract runs two sentences together, «الأمريكية.وغاب»), or
 * holds it but for its last word (the abstract cut at 200 characters, mid-word), or holds its
 * figures and HELD_SHARE of its words (a summary made of the lead's own words, BBC's «فريق أرسنال
 * يلتقي مانشستر سيتي ...»). Of the 35,332 Arabic abstracts of ../shared/unlabeled's ANT files,
 * 1,759 are not repeated so: BBC's summaries in other words (1,383: «تقارير غير مؤكدة ترجح مقتل
 * الملا فضل الله ...» above «أفادت تقارير بمقتل الملا فضل الله ...»), CNN's (354, a video's caption
 * among them), 22 of AlArabiya and France24.
 */
export function textRepeats(text: string, content: Span, abstract: Span): boolean {
  const article = text.slice(content.start, content.end);
  const body = squeeze(article);
  const lead = text.slice(abstract.start, abstract.end);
  if (body.includes(squeeze(lead))) return true;
  const cut = lead.replace(/\s*\S+$/u, '');
  if (cut.length >= 0.8 * lead.length && body.includes(squeeze(cut))) return true;
  const held = new Set(article.split(NOT_WORD));
  let words = 0;
  let found = 0;
  for (const w of lead.split(NOT_WORD)) {
    if (w === '') continue;
    words++;
    if (held.has(w)) found++;
    else if (/\d/u.test(w)) return false;
  }
  return found >= HELD_SHARE * words;
}

/**
 * The share of an abstract's words that the TEXT must hold for it to add nothing (its figures all
 * held): BBC's and CNN's summaries reword the lead («اتهام اثنين من كبار المسؤولين ... رسميا» over
 * «يواجه اثنان من كبار المسؤولين ... اتهامات رسمية»), and kept they would only repeat its names
 * and figures ahead of it, the first mention of its project among them. 2,382 of the 4,141
 * abstracts the TEXT does not hold whole hold 80% of their words there and all their figures.
 */
const HELD_SHARE = 0.8;

const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
}
