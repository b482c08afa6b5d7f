// An interning table for word types keyed on a range of the text, so that looking a token up
// costs a hash over its characters and no string is created for words seen before. News
// repeats its words (Zipf), so most tokens hit; a Map keyed on sliced strings was the
// tokenizer's largest cost (allocating and hashing a fresh string per token).
//
// The lookup is laid out for the cache: a slot holds the hash, the id and where the word's
// characters are (offset and length) side by side, and the words' characters sit one after
// another in one array, so a hit reads one slot and one run of characters and touches no object
// but the value it returns (pointer-chasing through the slot, the id's hash, the value and its
// string was most of the tokenizer's time; reading the offsets from an array by id beside the
// slot was one more cache miss per token).

/** Int32s per slot: hash, id + 1, offset of the characters, length. */
const SLOT = 4;

// The table grows (doubles) when it would be more than three quarters full, not half: the 70,000
// types of 5 MB of unseen news then fit 131,072 slots (2 MB) instead of 262,144 (4 MB). A slot
// holds its hash, so a probe past a full slot of another word costs one compare; the extra probes
// of a fuller table cost no measurable CPU (issue 20, README Speed).

export class WordTable<V extends { text: string }> {
  /** Per slot (SLOT int32s): hash, id + 1 (0 marks an empty slot), characters' offset, length. */
  private slots: Int32Array;
  private mask: number;
  /** Where the next word's characters go in `chars`. */
  private used = 0;
  private chars: Uint16Array;
  private values: V[] = [];

  constructor(capacity = 1 << 14) {
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
    this.chars = new Uint16Array(capacity * 4);
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
    const slots = this.slots;
    const mask = this.mask;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const at = j * SLOT;
      const id1 = slots[at + 1];
      if (id1 === 0) return undefined;
      if (slots[at] !== h || slots[at + 3] !== len) continue;
      const from = slots[at + 2];
      const chars = this.chars;
      let k = 0;
      while (k < len && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return this.values[id1 - 1];
    }
  }

  /** Stores `value` for its own `text` (which must not be present yet). */
  add(value: V): void {
    const id = this.values.length;
    if ((id + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const w = value.text;
    const from = this.used;
    if (from + w.length > this.chars.length) {
      this.chars = copyInto(new Uint16Array(Math.max(this.chars.length * 2, from + w.length)), this.chars);
    }
    for (let k = 0; k < w.length; k++) this.chars[from + k] = w.charCodeAt(k);
    this.used = from + w.length;
    this.values.push(value);
    this.place(this.slots, this.mask, hashRange(w, 0, w.length), id + 1, from, w.length);
  }

  clear(): void {
    this.values = [];
    this.used = 0;
    this.slots.fill(0);
  }

  private place(slots: Int32Array, mask: number, h: number, id1: number, from: number, len: number): void {
    let j = h & mask;
    while (slots[j * SLOT + 1] !== 0) j = (j + 1) & mask;
    const at = j * SLOT;
    slots[at] = h;
    slots[at + 1] = id1;
    slots[at + 2] = from;
    slots[at + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * SLOT);
    const mask = capacity - 1;
    for (let j = 0; j < old.length; j += SLOT) if (old[j + 1] !== 0) this.place(slots, mask, old[j], old[j + 1], old[j + 2], old[j + 3]);
    this.slots = slots;
    this.mask = mask;
  }
}

function copyInto<A extends Int32Array | Uint16Array>(to: A, from: A): A {
  to.set(from);
  return to;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
