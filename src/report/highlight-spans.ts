// The article text as HTML with its annotations highlighted, like spaCy's displaCy, built from
// the untouched source text and spans that may nest or overlap (a figure inside an entity
// mention, a project name holding a country, a mention crossing a set-aside stretch).
//
// Overlap policy: spans open in order of start, longer first, then by rank (outer layers first);
// a span that must close while spans opened inside it are still open closes them and opens them
// again right after, as continuation pieces. So markup always nests properly, every character
// of the region is written exactly once, and no span is dropped: [a (b] c) becomes
// <A>a <B>b</B></A><B cont> c</B>. A span with `replace` writes its replacement once, at its
// start, instead of the text it covers.
import { raw, type Raw } from './html.js';
import type { Span } from '../model/types.js';

export interface Highlight extends Span {
  /** Layer: lower ranks nest outside higher ones when two spans cover the same text. */
  rank: number;
  /** The opening tag; `first` is false for the continuation pieces of a split span. */
  open(first: boolean): string;
  /** The closing tag. */
  close: string;
  /** Markup written instead of the span's text (HTML tags of an HTML article: omitted or a line break). */
  replace?: string;
}

interface Open {
  h: Highlight;
  order: number;
}

/** The text of `region` as HTML, with `spans` (clipped to the region) wrapped in their tags. */
export function highlightText(text: string, region: Span, spans: readonly Highlight[], renderText: (s: string) => Raw): Raw {
  const from = Math.max(0, region.start);
  const to = Math.min(text.length, region.end);
  const clipped = spans
    .map((h, order) => ({ h: { ...h, start: Math.max(h.start, from), end: Math.min(h.end, to) }, order, src: h }))
    .filter((x) => x.h.start < x.h.end)
    .sort((a, b) => a.h.start - b.h.start || b.h.end - a.h.end || a.h.rank - b.h.rank || a.order - b.order);

  const bounds = new Set<number>([from, to]);
  for (const { h } of clipped) bounds.add(h.start).add(h.end);
  const points = [...bounds].filter((p) => p >= from && p <= to).sort((a, b) => a - b);

  const outerFirst = (a: Open, b: Open) => b.h.end - a.h.end || a.h.rank - b.h.rank || a.order - b.order;
  let out = '';
  const stack: Open[] = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const pos = points[i];
    // Close every span ending here; spans opened inside one of them and still running reopen.
    const reopen: Open[] = [];
    const lowest = stack.findIndex((o) => o.h.end <= pos);
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const o = stack.pop() as Open;
        out += o.h.close;
        if (o.h.end > pos) reopen.push(o);
      }
    }
    const starting: Open[] = [];
    while (next < clipped.length && clipped[next].h.start === pos) {
      starting.push({ h: clipped[next].h, order: clipped[next].order });
      next++;
    }
    const opening = [...reopen.map((o) => ({ ...o, cont: true })), ...starting.map((o) => ({ ...o, cont: false }))].sort(outerFirst);
    for (const o of opening) {
      out += o.h.open(!o.cont);
      if (o.h.replace !== undefined && !o.cont) out += o.h.replace;
      stack.push({ h: o.h, order: o.order });
    }
    const hidden = stack.some((o) => o.h.replace !== undefined);
    if (i + 1 < points.length && !hidden) out += renderText(text.slice(pos, points[i + 1])).value;
  }
  while (stack.length > 0) out += (stack.pop() as Open).h.close;
  return raw(out);
}
