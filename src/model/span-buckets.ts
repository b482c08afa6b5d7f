// Spans that may overlap one another, indexed by fixed-width buckets of the text, so that "which
// of these overlaps [start, end)?" costs the spans near it instead of all of them (a scan of
// every span kept so far made the entity stage quadratic in the document's length: issue 21).

const WIDTH = 64;

export class SpanBuckets<T extends { start: number; end: number }> {
  private readonly buckets = new Map<number, T[]>();

  /** Adds `span`; it is found by any later query it overlaps. */
  add(span: T): void {
    const last = Math.floor(Math.max(span.start, span.end - 1) / WIDTH);
    for (let b = Math.floor(span.start / WIDTH); b <= last; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(span);
      else this.buckets.set(b, [span]);
    }
  }

  /** Whether `test` holds for some added span that overlaps [start, end) (`a.start < end && start < a.end`). */
  some(start: number, end: number, test: (span: T) => boolean = () => true): boolean {
    const last = Math.floor(Math.max(start, end - 1) / WIDTH);
    for (let b = Math.floor(start / WIDTH); b <= last; b++) {
      const list = this.buckets.get(b);
      if (!list) continue;
      for (const s of list) if (s.start < end && start < s.end && test(s)) return true;
    }
    return false;
  }
}
