// The tagger's table of per-word-type sums (FastScorer in src/ner/tagger.ts) holds 32,768 rows;
// when it is full a row is taken back by a clock sweep, sparing the rows read since the hand last
// passed, so a frequent word keeps its row where the table, emptied whole, recomputed it.
import { describe, expect, it } from 'vitest';
import { NerTagger } from '../../src/ner/tagger.js';
import { trainTiny } from './tiny-model.js';

const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Distinct made-up Arabic words: a letter per base-27 digit of i. */
function word(i: number): string {
  let w = 'ك';
  for (let n = i + 1; n > 0; n = Math.floor(n / 27)) w += LETTERS[n % 27];
  return w;
}

describe("the tagger's per-type rows", () => {
  const { model } = trainTiny();

  it("keeps a frequent word's row through 40,000 new words", () => {
    const tagger = new NerTagger(model);
    const frequent = ['قال', 'في', 'مصر'];
    let next = 0;
    for (let s = 0; s < 4000; s++) {
      const sentence = [...frequent];
      for (let k = 0; k < 10; k++) sentence.push(word(next++));
      tagger.tagIndexes(sentence);
    }
    const before = tagger.rowsComputed;
    // Every word of the last 4,000 sentences had a row computed once: 40,000 new words, and the
    // three frequent words once, not once per emptying of the table.
    expect(before).toBe(40_000 + frequent.length);
    tagger.tagIndexes(frequent);
    expect(tagger.rowsComputed).toBe(before);
  });

  it('tags as the feature-by-feature path once rows are taken back', () => {
    const tagger = new NerTagger(model);
    const sentences: string[][] = [];
    for (let s = 0; s < 2000; s++) {
      const sentence = ['قال', 'الرئيس'];
      for (let k = 0; k < 12; k++) sentence.push(word((s * 12 + k) % 20_000));
      sentence.push('في', 'القاهرة');
      sentences.push(sentence);
    }
    for (const s of sentences) tagger.tagIndexes(s);
    for (const s of sentences.slice(-50)) expect(Array.from(tagger.tagIndexes(s))).toEqual(Array.from(tagger.tagIndexesSlow(s)));
  });

  it('makes room for a sentence of more word types than half the table', () => {
    const tagger = new NerTagger(model);
    const long: string[] = [];
    for (let k = 0; k < 9000; k++) long.push(word(50_000 + k));
    expect(Array.from(tagger.tagIndexes(long))).toEqual(Array.from(tagger.tagIndexesSlow(long)));
    expect(Array.from(tagger.tagIndexes(long.slice(0, 20)))).toEqual(Array.from(tagger.tagIndexesSlow(long.slice(0, 20))));
  });
});
