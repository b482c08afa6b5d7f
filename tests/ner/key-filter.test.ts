import { describe, expect, it } from 'vitest';
import { FeatureExtractor, KeyFilter, OFFSET_SALT, WIDE_SALT_LEFT, WIDE_SALT_RIGHT } from '../../src/ner/features.js';
import { Gazetteer } from '../../src/ner/gazetteer.js';
import { hashFeature } from '../../src/ner/hash.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { trainTagger } from '../../src/ner/train.js';
import { TINY_GAZETTEER, tinySentences, trainTiny, trainTinyTwoPass } from './tiny-model.js';

// Words the tiny corpus never has: most of their own hashes (form, base, stem) match no row.
const UNSEEN = ['الكومبيوترات', 'وبالمستشفيات', 'فيلادلفيا', 'بالبرلمانيين', 'Zanzibar', '١٩٨٧م'];

describe('KeyFilter', () => {
  const model = trainTiny().model;

  it('says present every key of its models (a hash it says absent has no row)', () => {
    const filter = new KeyFilter([model]);
    for (const key of model.keys) expect(filter.has(key)).toBe(true);
  });

  it('says absent most hashes no model has', () => {
    const filter = new KeyFilter([model]);
    let absent = 0;
    let tried = 0;
    for (let i = 0; i < 5000; i++) {
      const h = hashFeature(7, `not a feature ${i}`);
      if (model.row(h) >= 0) continue;
      tried++;
      if (!filter.has(h)) absent++;
    }
    expect(absent / tried).toBeGreaterThan(0.7);
  });
});

describe("a tagger's extractor keeps only the hashes its models may have", () => {
  const model = trainTiny().model;
  const sentences = [...tinySentences().map((s) => s.tokens), UNSEEN, [...UNSEEN].reverse()];

  it('drops hashes of unseen words that no row matches; a training extractor keeps them all', () => {
    const tagger = new NerTagger(model);
    const filter = new KeyFilter([model]);
    const plain = new FeatureExtractor(new Gazetteer(TINY_GAZETTEER), undefined, null, null);
    let kept = 0;
    let all = 0;
    for (const w of UNSEEN) {
      const f = tagger.extractor.word(w);
      for (const h of f.own) expect(filter.has(h)).toBe(true);
      for (const h of f.near) expect(filter.hasSalted(h, OFFSET_SALT[1], OFFSET_SALT[3])).toBe(true);
      for (const h of f.far) expect(filter.hasSalted(h, OFFSET_SALT[0], OFFSET_SALT[4])).toBe(true);
      for (const h of f.wide) expect(filter.hasSalted(h, WIDE_SALT_LEFT, WIDE_SALT_RIGHT)).toBe(true);
      // The bigram hashes (norm, shape, class, stem) are kept whatever the filter says.
      expect(f.normHash).toBe(plain.word(w).normHash);
      kept += f.size;
      all += plain.word(w).size;
    }
    expect(kept).toBeLessThan(all);
  });

  it('tags with the same scores as an extractor that keeps every hash', () => {
    for (const m of [model, trainTinyTwoPass().model]) {
      const filtered = new NerTagger(m);
      const every = new NerTagger(m);
      every.extractor.keepPresent(null);
      for (const s of sentences) {
        expect(filtered.tagSentence(s)).toEqual(every.tagSentence(s));
        expect(filtered.lastMargin(s.length)).toBe(every.lastMargin(s.length));
        expect(Array.from(filtered.tagIndexesSlow(s))).toEqual(Array.from(every.tagIndexes(s)));
      }
    }
  });

  it('keeps the hashes a partner model has, also of types cached before the partner came', () => {
    // Two halves of the tiny corpus: the words of the second half are the partner's.
    const all = tinySentences();
    const half = Math.floor(all.length / 2);
    const a = trainTagger(all.slice(0, half), { epochs: 4, seed: 7, gazetteer: TINY_GAZETTEER }).model;
    const b = trainTagger(all.slice(half), { epochs: 4, seed: 7, gazetteer: TINY_GAZETTEER }).model;
    const words = all.slice(half).flatMap((s) => s.tokens);
    const tagger = new NerTagger(a);
    for (const w of words) tagger.extractor.word(w);
    tagger.withPartner(b, 1);
    const filter = new KeyFilter([a, b]);
    const onlyA = new KeyFilter([a]);
    let partnerOnly = 0;
    for (const w of words) {
      const f = tagger.extractor.word(w);
      for (const h of f.own) {
        expect(filter.has(h)).toBe(true);
        if (!onlyA.has(h)) partnerOnly++;
      }
    }
    expect(partnerOnly).toBeGreaterThan(0);
  });
});
