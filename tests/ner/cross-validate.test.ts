import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/ner/corpora.js';
import { crossValidate, formatCrossValidation } from '../../src/ner/cross-validate.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { trainTagger } from '../../src/ner/train.js';
import { TINY_GAZETTEER, tinySentences } from './tiny-model.js';

const sentence = (n: number) => ({ tokens: Array.from({ length: n }, (_, i) => `w${i}`) });

describe('splitBlocks', () => {
  it.each([
    [[5, 5, 5, 5], 2, [2, 2]],
    [[5, 5, 5, 5], 4, [1, 1, 1, 1]],
    [[10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2, [1, 10]],
  ])('cuts sentences of lengths %j into %i contiguous blocks of %j sentences', (lengths, k, sizes) => {
    const sentences = lengths.map(sentence);
    const blocks = splitBlocks(sentences, k);
    expect(blocks.map((b) => b.length)).toEqual(sizes);
    expect(blocks.flat()).toEqual(sentences);
  });

  it('refuses fewer than two blocks', () => {
    expect(() => splitBlocks([sentence(3)], 1)).toThrow(/at least 2/);
  });
});

describe('crossValidate on the hand-written corpus', () => {
  const data = tinySentences();
  const seen: number[] = [];
  const cv = crossValidate(data, 3, (rest) => {
    seen.push(rest.length);
    return new NerTagger(trainTagger(rest, { epochs: 4, seed: 7, gazetteer: TINY_GAZETTEER }).model);
  });

  it('trains one model per block, each without its block', () => {
    const blocks = splitBlocks(data, 3);
    expect(seen).toEqual(blocks.map((b) => data.length - b.length));
    expect(cv.folds.map((f) => f.sentences)).toEqual(blocks.map((b) => b.length));
  });

  it('holds out every token once and pools them', () => {
    const tokens = data.reduce((n, s) => n + s.tokens.length, 0);
    expect(cv.folds.reduce((n, f) => n + f.tokens, 0)).toBe(tokens);
    expect(cv.pooled.tokens).toBe(tokens);
  });

  it('gives the mean of the folds', () => {
    const mean = cv.folds.reduce((n, f) => n + f.document.micro.f1, 0) / 3;
    expect(cv.mean.f1).toBeCloseTo(mean, 12);
    expect(formatCrossValidation(cv).split('\n')).toHaveLength(2 + 3 + 2);
  });
});

describe('crossValidate on some blocks only', () => {
  it('trains and scores only the blocks asked for, with the same scores as the full run', () => {
    const data = tinySentences();
    const train = (rest: typeof data) => new NerTagger(trainTagger(rest, { epochs: 4, seed: 7, gazetteer: TINY_GAZETTEER }).model);
    const full = crossValidate(data, 3, train);
    const some = crossValidate(data, 3, train, undefined, new Set([2]));
    expect(some.folds.map((f) => f.fold)).toEqual([2]);
    expect(some.folds[0].document.micro.f1).toBe(full.folds[1].document.micro.f1);
    expect(some.mean.f1).toBe(full.folds[1].document.micro.f1);
  });
});
