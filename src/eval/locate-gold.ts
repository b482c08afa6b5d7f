// Turns a gold span given by text (context + text, ../shared/gold/FORMAT.md) into offsets in
// the article, the same offsets the analysis uses (input text, byte-order mark removed).
import type { GoldSpanRef } from './gold-format.js';

export interface Located {
  start: number;
  end: number;
}

export type LocateResult = { ok: true; span: Located; warning?: string } | { ok: false; reason: string };

/** Every offset where `needle` occurs in `text` (overlapping occurrences included). */
function occurrences(text: string, needle: string, limit = 3): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && out.length < limit; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The offsets of `ref.text` inside the one occurrence of `ref.context`. A context found twice
 * is a flaw of the gold: the first is used and a warning says so; a context not found at all
 * cannot be scored and is reported (the item then counts as missed, never as found).
 */
export function locateGold(articleText: string, ref: GoldSpanRef): LocateResult {
  const at = occurrences(articleText, ref.context);
  if (at.length === 0) return { ok: false, reason: `context ${JSON.stringify(ref.context)} not found in the article` };
  const inner = ref.context.indexOf(ref.text);
  if (inner < 0) return { ok: false, reason: `text ${JSON.stringify(ref.text)} not in its context` };
  const start = at[0] + inner;
  const span = { start, end: start + ref.text.length };
  if (at.length > 1) return { ok: true, span, warning: `context ${JSON.stringify(ref.context)} occurs more than once; the first is used` };
  return { ok: true, span };
}
