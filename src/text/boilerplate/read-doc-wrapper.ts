// Reads the TREC-style <DOC> wrapper of the ANT corpus: <DOC><DOCNO>…<URL>…<SRC>…<TITLE>…
// <TIME>…<AUTHOR>…<ABSTRACT>…<TEXT>…</TEXT></DOC>. The article is the TEXT element's content.
import type { Span } from '../../model/types.js';

export interface DocWrapper {
  content: Span;
  fields: Record<string, string>;
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
  for (let m = FIELD.exec(header); m; m = FIELD.exec(header)) fields[m[1]] = m[2].trim();
  return { content: { start, end }, fields };
}
