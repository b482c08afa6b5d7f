import { describe, expect, it } from 'vitest';
import { buildSignatures } from '../../src/ner/signatures.js';
import { LabelMemory } from '../../src/ner/memory.js';
import { deserializeTaggerModel, serializeTaggerModel } from '../../src/ner/model.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { allowedTransition } from '../../src/ner/tags.js';
import { tinySentences, trainTinyTwoPass } from './tiny-model.js';

const sentences = tinySentences().map((s) => s.tokens);
const signatures = buildSignatures(sentences, (t) => t, { minCount: 2, contexts: 50 });

describe('trainTwoPass on the hand-written corpus', () => {
  const { model } = trainTinyTwoPass({ signatures });

  it('has a second pass', () => {
    expect(model.second).not.toBeNull();
  });

  it('is deterministic: the same data and seed give the same model bytes', () => {
    const again = trainTinyTwoPass({ signatures }).model;
    expect(Buffer.compare(serializeTaggerModel(again), serializeTaggerModel(model))).toBe(0);
  });

  it('tags the same with the per-type caches as feature by feature, memory included', () => {
    const fast = new NerTagger(model);
    const slow = new NerTagger(model);
    const memory = new LabelMemory(model.window);
    for (const s of [...sentences, ...sentences]) {
      expect(Array.from(fast.tagIndexes(s))).toEqual(Array.from(slow.tagIndexesSlow(s, undefined, memory)));
    }
  });

  it('tags the same after its tables of per-type sums are emptied and filled again', () => {
    // 20,000 new word types: more than a pass's table holds, so the sentences' words come back
    // to an emptied table and their rows are recomputed.
    const fast = new NerTagger(model);
    const slow = new NerTagger(model);
    const memory = new LabelMemory(model.window);
    for (const s of sentences) expect(Array.from(fast.tagIndexes(s))).toEqual(Array.from(slow.tagIndexesSlow(s, undefined, memory)));
    for (let k = 0; k < 20_000; k += 50) fast.tagIndexes(Array.from({ length: 50 }, (_, j) => `كلمة${k + j}`));
    fast.reset();
    memory.reset();
    for (const s of sentences) expect(Array.from(fast.tagIndexes(s))).toEqual(Array.from(slow.tagIndexesSlow(s, undefined, memory)));
  });

  it('gives valid IOB2', () => {
    const tagger = new NerTagger(model);
    for (const s of sentences) {
      const tags = tagger.tagIndexes(s);
      for (let i = 0; i < tags.length; i++) expect(allowedTransition(i === 0 ? -1 : tags[i - 1], tags[i])).toBe(true);
    }
  });

  it('tags the same after saving and loading', () => {
    const a = new NerTagger(model);
    const b = new NerTagger(deserializeTaggerModel(serializeTaggerModel(model)));
    for (const s of sentences) expect(b.tagSentence(s)).toEqual(a.tagSentence(s));
  });

  it('tags a document the same after reset as the first time', () => {
    const tagger = new NerTagger(model);
    const first = sentences.map((s) => tagger.tagSentence(s));
    tagger.reset();
    expect(sentences.map((s) => tagger.tagSentence(s))).toEqual(first);
  });

  it('refuses a truncated file', () => {
    const bytes = serializeTaggerModel(model);
    expect(() => deserializeTaggerModel(bytes.subarray(0, bytes.length - 3), 'm.bin')).toThrow(/m.bin: truncated/);
  });
});
