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
  start: number;
  end: number;
  h: Highlight;
  order: number;
  /** A continuation piece of a span split by an overlap. */
  cont: boolean;
}

/** The text of `region` as HTML, with `spans` (clipped to the region) wrapped in their tags. */
export function highlightText(text: string, region: Span, spans: readonly Highlight[], renderText: (s: string) => Raw): Raw {
  const from = Math.max(0, region.start);
  const to = Math.min(text.length, region.end);
  const clipped: Open[] = [];
  spans.forEach((h, order) => {
    const start = Math.max(h.start, from);
    const end = Math.min(h.end, to);
    if (start < end) clipped.push({ start, end, h, order, cont: false });
  });
  clipped.sort((a, b) => a.start - b.start || b.end - a.end || a.h.rank - b.h.rank || a.order - b.order);

  const all = [from, to];
  for (const o of clipped) all.push(o.start, o.end);
  all.sort((a, b) => a - b);
  const points = all.filter((p, i) => i === 0 || p !== all[i - 1]);

  const outerFirst = (a: Open, b: Open) => b.end - a.end || a.h.rank - b.h.rank || a.order - b.order;
  let out = '';
  const stack: Open[] = [];
  let hidden = 0; // open spans whose text is replaced
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const pos = points[i];
    // Close every span ending here; spans opened inside one of them and still running reopen.
    let lowest = -1;
    for (let k = 0; k < stack.length; k++) {
      if (stack[k].end <= pos) {
        lowest = k;
        break;
      }
    }
    const opening: Open[] = [];
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const o = stack.pop() as Open;
        out += o.h.close;
        if (o.h.replace !== undefined) hidden--;
        if (o.end > pos) opening.push({ ...o, cont: true });
      }
    }
    while (next < clipped.length && clipped[next].start === pos) opening.push(clipped[next++]);
    if (opening.length > 1) opening.sort(outerFirst);
    for (const o of opening) {
      out += o.h.open(!o.cont);
      if (o.h.replace !== undefined) {
        if (!o.cont) out += o.h.replace;
        hidden++;
      }
      stack.push(o);
    }
    const end = i + 1 < points.length ? points[i + 1] : pos;
    if (end > pos && hidden === 0) out += renderText(text.slice(pos, end)).value;
  }
  while (stack.length > 0) out += (stack.pop() as Open).h.close;
  return raw(out);
}
