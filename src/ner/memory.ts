// What the first pass said about each word earlier in the text: the second pass of the tagger
// reads it as features (Ratinov & Roth 2009, "non-local features"). News names an entity in
// full once (حزب الليكود، ايهود اولمرت) and then by a bare word (الليكود، اولمرت) that the
// sentence alone does not explain; the memory carries the label of the first mention forward.
import { hashFeature } from './hash.js';

/** Labels: 0 = O, 1..4 = PERS, LOC, ORG, MISC (tag index t → (t + 1) >> 1). */
const LABELS = 5;

const T_MEM_HAS = 70;
const T_MEM_MAJ = 71;
const T_MEM_MIX = 72;
const T_SENT = 73;
const T_FIRST = 74;
const T_FIRST_PREV = 75;
const T_FIRST_NEXT = 76;
const T_FIRST_BIGRAM = 77;
const T_MAJ_FIRST = 78;

const hashes = (t: number, n: number) => Uint32Array.from({ length: n }, (_, i) => hashFeature(t, String(i)));
const MEM_HAS = hashes(T_MEM_HAS, LABELS);
const MEM_MAJ = hashes(T_MEM_MAJ, LABELS);
const MEM_MIX = hashFeature(T_MEM_MIX, '');
const SENT = hashes(T_SENT, LABELS);
const TAGS_N = 9;
const FIRST = hashes(T_FIRST, TAGS_N);
const FIRST_PREV = hashes(T_FIRST_PREV, TAGS_N + 1);
const FIRST_NEXT = hashes(T_FIRST_NEXT, TAGS_N + 1);
const FIRST_BIGRAM = hashes(T_FIRST_BIGRAM, (TAGS_N + 1) * TAGS_N);
const MAJ_FIRST = hashes(T_MAJ_FIRST, LABELS * TAGS_N);

export const DEFAULT_WINDOW = 2000;

/** A sliding window over the last `window` tokens' stems and first-pass labels. */
export class LabelMemory {
  private readonly counts = new Map<string, Uint16Array>();
  private readonly stems: string[] = [];
  private readonly labels: number[] = [];
  private head = 0;

  constructor(readonly window: number = DEFAULT_WINDOW) {}

  /** Forgets everything (a new document). */
  reset(): void {
    this.counts.clear();
    this.stems.length = 0;
    this.labels.length = 0;
    this.head = 0;
  }

  /**
   * The second-pass features of each position of a sentence: what the memory holds for its
   * stem, what the first pass said of the same stem elsewhere in the sentence, and the
   * first-pass tags around it. `stems[i]` is '' for punctuation.
   */
  features(stems: readonly string[], first: Uint8Array, out: number[][] = []): number[][] {
    const n = stems.length;
    out.length = n;
    for (let i = 0; i < n; i++) {
      const f = (out[i] ??= []);
      f.length = 0;
      const t = first[i];
      f.push(FIRST[t]);
      const p = i > 0 ? first[i - 1] : TAGS_N;
      f.push(FIRST_PREV[p], FIRST_NEXT[i + 1 < n ? first[i + 1] : TAGS_N], FIRST_BIGRAM[p * TAGS_N + t]);
      const s = stems[i];
      if (s.length < 2) continue;
      const c = this.counts.get(s);
      if (c) {
        let best = 0;
        let kinds = 0;
        for (let l = 0; l < LABELS; l++) {
          if (c[l] === 0) continue;
          kinds++;
          if (l > 0) f.push(MEM_HAS[l]);
          if (c[l] > c[best]) best = l;
        }
        f.push(MEM_MAJ[best], MAJ_FIRST[best * TAGS_N + t]);
        if (kinds > 1) f.push(MEM_MIX);
      }
      for (let j = 0; j < n; j++) {
        if (j !== i && stems[j] === s && first[j] !== 0) f.push(SENT[(first[j] + 1) >> 1]);
      }
    }
    return out;
  }

  /** Adds a tagged sentence to the window, dropping the oldest tokens beyond it. */
  remember(stems: readonly string[], first: Uint8Array): void {
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i];
      if (s.length < 2) continue;
      const l = (first[i] + 1) >> 1;
      let c = this.counts.get(s);
      if (!c) this.counts.set(s, (c = new Uint16Array(LABELS)));
      c[l]++;
      this.stems.push(s);
      this.labels.push(l);
    }
    while (this.stems.length - this.head > this.window) {
      const s = this.stems[this.head];
      const c = this.counts.get(s)!;
      c[this.labels[this.head]]--;
      if (c.every((x) => x === 0)) this.counts.delete(s);
      this.head++;
    }
    if (this.head > 4096) {
      this.stems.splice(0, this.head);
      this.labels.splice(0, this.head);
      this.head = 0;
    }
  }
}
