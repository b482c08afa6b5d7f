// Distributional signatures: for each word stem of a large unlabeled text, the words most often
// seen just before and just after it. A name the labelled data never showed still has company
// in the unlabeled text (الليكود after حزب, a footballer before لاعب), and the tagger learns
// from the names it did see what such company says. The text is the training part of the
// corpora (the dev tenth is left out) and the news articles of ../shared/corpus.
import type { WordFeatures } from './features.js';

/** Context words by number, and for each stem the numbers of its top left and right contexts. */
export interface SignatureData {
  contexts: string[];
  /** stem → [left contexts..., -1, right contexts...] (the -1 separates the sides). */
  words: Record<string, number[]>;
}

export interface SignatureOptions {
  /** Stems seen fewer times get no signature. */
  minCount?: number;
  /** How many of the most frequent stems may serve as contexts. */
  contexts?: number;
  /** Contexts kept per side. */
  top?: number;
}

const BOUNDARY = '<s>';
const PUNCT = '#';

/** Builds the signatures of `sentences`, given each token's stem ('' for punctuation). */
export function buildSignatures(
  sentences: Iterable<readonly string[]>,
  stemOf: (token: string) => WordFeatures['stem'],
  options: SignatureOptions = {},
): SignatureData {
  const minCount = options.minCount ?? 3;
  const top = options.top ?? 3;
  const stemmed: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const stems = s.map((t) => stemOf(t) || PUNCT);
    stemmed.push(stems);
    for (const x of stems) freq.set(x, (freq.get(x) ?? 0) + 1);
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const contexts = [
    BOUNDARY,
    ...byFreq
      .slice(0, options.contexts ?? 1000)
      .map(([w]) => w)
      .filter((w) => w !== BOUNDARY),
  ];
  const ctxIndex = new Map(contexts.map((c, i) => [c, i]));
  const left = new Map<string, Map<number, number>>();
  const right = new Map<string, Map<number, number>>();
  const bump = (m: Map<string, Map<number, number>>, w: string, c: number) => {
    let x = m.get(w);
    if (!x) m.set(w, (x = new Map()));
    x.set(c, (x.get(c) ?? 0) + 1);
  };
  for (const stems of stemmed) {
    for (let i = 0; i < stems.length; i++) {
      const w = stems[i];
      if (w === PUNCT || freq.get(w)! < minCount) continue;
      const l = ctxIndex.get(i > 0 ? stems[i - 1] : BOUNDARY);
      const r = ctxIndex.get(i + 1 < stems.length ? stems[i + 1] : BOUNDARY);
      if (l !== undefined) bump(left, w, l);
      if (r !== undefined) bump(right, w, r);
    }
  }
  const best = (m: Map<number, number> | undefined): number[] =>
    m
      ? [...m.entries()]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, top)
          .map(([c]) => c)
      : [];
  const words: Record<string, number[]> = {};
  for (const [w] of byFreq) {
    if (freq.get(w)! < minCount || w === PUNCT) continue;
    const l = best(left.get(w));
    const r = best(right.get(w));
    if (l.length + r.length > 0) words[w] = [...l, -1, ...r];
  }
  return { contexts, words };
}
