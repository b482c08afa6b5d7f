// Binary search over spans sorted by position that do not overlap (tokens, sentences, figures):
// their ends are sorted too.

/** The index of the first span that ends after `pos` (spans.length when none does). */
export function firstEndingAfter(spans: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
