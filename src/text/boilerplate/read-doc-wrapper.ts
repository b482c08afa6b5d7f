// Reads the TREC-style <DOC> wrapper of the ANT corpus: <DOC><DOCNO>…<URL>…<SRC>…<TITLE>…
// <TIME>…<AUTHOR>…<ABSTRACT>…<TEXT>…</TEXT></DOC>. The article is the TEXT element's content,
// headed by the TITLE's (read-page-layout.ts).
import type { Span } from '../../model/types.js';

export interface DocWrapper {
  content: Span;
  fields: Record<string, string>;
  /** The TITLE element's content, whitespace trimmed, when it holds an Arabic letter. */
  title: Span | null;
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
  for (let m = FIELD.exec(header); m; m = FIELD.exec(header)) {
    fields[m[1]] = m[2].trim();
    if (m[1] === 'TITLE' && title === null && /[\u0621-\u064A]/u.test(m[2])) {
      const s = m.index + m[1].length + 2;
      title = trimSpan(text, { start: s, end: s + m[2].length });
    }
  }
  return { content: { start, end }, fields, title };
}

/** Trims whitespace off both ends of a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}
