// An interning table for word types keyed on a range of the text, so that looking a token up
// costs a hash over its characters and no string is created for words seen before. News
// repeats its words (Zipf), so most tokens hit; a Map keyed on sliced strings was the
// tokenizer's largest cost (allocating and hashing a fresh string per token).

export class WordTable<V extends { text: string }> {
  private slots: Int32Array;
  private hashes: Int32Array;
  private values: V[] = [];
  private mask: number;

  constructor(capacity = 1 << 14) {
    this.slots = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity >> 1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.values.length;
  }

  /** The value stored for `text[start, end)`, or undefined. */
  find(text: string, start: number, end: number): V | undefined {
    return this.findHashed(text, start, end, hashRange(text, start, end));
  }

  /** As `find`, with the range's `hashRange` already computed by the caller's scan. */
  findHashed(text: string, start: number, end: number, h: number): V | undefined {
    const len = end - start;
    for (let j = h & this.mask; ; j = (j + 1) & this.mask) {
      const id = this.slots[j];
      if (id < 0) return undefined;
      if (this.hashes[id] !== h) continue;
      const v = this.values[id];
      const w = v.text;
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return v;
    }
  }

  /** Stores `value` for its own `text` (which must not be present yet). */
  add(value: V): void {
    if ((this.values.length + 1) * 2 > this.slots.length) this.grow();
    const h = hashRange(value.text, 0, value.text.length);
    const id = this.values.length;
    this.values.push(value);
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = h;
    this.place(h, id);
  }

  clear(): void {
    this.values = [];
    this.slots.fill(-1);
  }

  private place(h: number, id: number): void {
    let j = h & this.mask;
    while (this.slots[j] >= 0) j = (j + 1) & this.mask;
    this.slots[j] = id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.values.length; id++) this.place(this.hashes[id], id);
  }
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
