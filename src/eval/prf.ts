// Precision, recall and F1 from counts, and tables of them keyed by kind or type.

export interface Counts {
  /** Gold items found (true positives). */
  tp: number;
  /** System items that match no gold item (extras). */
  fp: number;
  /** Gold items not found (misses). */
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/**
 * P/R/F1 of the counts. Nothing to find and nothing found is a perfect score (1); an empty
 * answer to a non-empty gold scores 0, and so do extras where the gold has nothing.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : c.fn > 0 ? 0 : 1;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : c.fp > 0 ? 0 : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

/** Counts per key (a figure kind, an entity type), created on first use. */
export class CountTable {
  readonly rows = new Map<string, Counts>();

  get(key: string): Counts {
    let c = this.rows.get(key);
    if (!c) {
      c = emptyCounts();
      this.rows.set(key, c);
    }
    return c;
  }

  /** Adds another table's counts into this one. */
  add(other: CountTable | Record<string, Counts>): void {
    const entries = other instanceof CountTable ? other.rows.entries() : Object.entries(other);
    for (const [k, c] of entries) {
      const mine = this.get(k);
      mine.tp += c.tp;
      mine.fp += c.fp;
      mine.fn += c.fn;
    }
  }

  total(): Counts {
    const t = emptyCounts();
    for (const c of this.rows.values()) {
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
    return t;
  }

  /** P/R/F1 per key, keys sorted. */
  scores(): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    for (const k of [...this.rows.keys()].sort()) out[k] = prf(this.rows.get(k)!);
    return out;
  }
}
