import { describe, expect, it } from 'vitest';
import { deserializeModel, serializeModel } from '../../src/ner/model.js';
import { chunks, scoreConll } from '../../src/ner/score-conll.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { TAGS, allowedTransition, TAG_INDEX } from '../../src/ner/tags.js';
import { repairIob2, splitHeldOut } from '../../src/ner/corpora.js';
import { TINY_GAZETTEER, tinySentences, trainTiny } from './tiny-model.js';
import { trainTagger } from '../../src/ner/train.js';
import { mergeModels } from '../../src/ner/merge.js';

const UNSEEN = [
  ['وقال', 'كريم', 'منصور', 'إن', 'شركة', 'نوفا', 'ستعمل', 'في', 'مصر', '.'],
  ['(د', 'ب', 'أ)', 'وصل', 'الوزير', 'إلى', 'الرياض', 'أمس'],
  ['I-', '2024', 'Reuters', '،', '...', 'ـ', '\u200E', 'x'],
];

describe('trainTagger on the hand-written corpus', () => {
  const { model, epochs } = trainTiny();
  const tagger = new NerTagger(model);

  it('learns its training sentences', () => {
    const data = tinySentences();
    const gold = data.map((s) => Array.from(s.tags, (t) => TAGS[t]));
    const pred = data.map((s) => tagger.tagSentence(s.tokens));
    expect(scoreConll(gold, pred).micro.f1).toBeGreaterThan(0.95);
    expect(epochs[epochs.length - 1].mistakes).toBeLessThan(epochs[0].mistakes);
  });

  it('is deterministic: the same data and seed give the same model bytes', () => {
    const again = trainTiny().model;
    expect(Buffer.compare(serializeModel(again), serializeModel(model))).toBe(0);
  });

  it('gives a different sentence order with another seed', () => {
    const other = trainTiny({ seed: 8 }).model;
    expect(Buffer.compare(serializeModel(other), serializeModel(model))).not.toBe(0);
  });

  it.each(UNSEEN.map((s) => [s.join(' '), s]))('tags "%s" with valid IOB2', (_name, tokens) => {
    const tags = tagger.tagIndexes(tokens);
    expect(tags).toHaveLength(tokens.length);
    for (let i = 0; i < tags.length; i++) expect(allowedTransition(i === 0 ? -1 : tags[i - 1], tags[i])).toBe(true);
  });

  it('tags an empty sentence as nothing', () => {
    expect(tagger.tagSentence([])).toEqual([]);
  });

  it('scores each word type the same as the feature-by-feature path', () => {
    for (const s of [...tinySentences().map((x) => x.tokens), ...UNSEEN]) {
      expect(Array.from(tagger.tagIndexes(s))).toEqual(Array.from(tagger.tagIndexesSlow(s)));
    }
  });

  it('tags the same after saving and loading the model', () => {
    const loaded = new NerTagger(deserializeModel(serializeModel(model)));
    for (const s of [...tinySentences().map((x) => x.tokens), ...UNSEEN]) {
      expect(loaded.tagSentence(s)).toEqual(tagger.tagSentence(s));
    }
  });

  it('generalises a little: a new name after a known cue', () => {
    const tags = tagger.tagSentence(['وقال', 'الرئيس', 'كريم', 'منصور', 'في', 'القاهرة', '.']);
    expect(chunks(tags).map((c) => c.type)).toContain('LOC');
  });
});

describe('model files', () => {
  it('refuses bytes that are not a model', () => {
    expect(() => deserializeModel(Buffer.from('hello world, not a model'), 'x.bin')).toThrow(/x.bin: not an arqam NER model/);
  });

  it('refuses a truncated model', () => {
    const bytes = serializeModel(trainTiny({ epochs: 1 }).model);
    expect(() => deserializeModel(bytes.subarray(0, bytes.length - 10), 'cut.bin')).toThrow(/cut.bin: truncated/);
  });
});

describe('corpus helpers', () => {
  it('repairs an I- that continues nothing into a B-', () => {
    const tags = Uint8Array.from(['O', 'I-PERS', 'I-PERS', 'B-LOC', 'I-ORG'].map((t) => TAG_INDEX.get(t)!));
    repairIob2(tags);
    expect(Array.from(tags, (t) => TAGS[t])).toEqual(['O', 'B-PERS', 'I-PERS', 'B-LOC', 'B-ORG']);
  });

  it('holds out the sentences with the last tenth of the tokens', () => {
    const sentences = Array.from({ length: 20 }, (_, i) => ({ tokens: ['a', 'b', 'c', 'd', 'e'], id: i }));
    const { train, heldOut } = splitHeldOut(sentences, 0.1);
    expect(train.map((s) => s.id)).toEqual([...Array(18).keys()]);
    expect(heldOut.map((s) => s.id)).toEqual([18, 19]);
  });
});

describe('training with domain copies (a second corpus)', () => {
  const news = tinySentences();
  // The same sentences, marked as coming from a second corpus.
  const other = tinySentences().map((s) => ({ ...s, domain: 1 }));
  const train = () => trainTagger([...news, ...other], { epochs: 4, seed: 3, gazetteer: TINY_GAZETTEER, domains: true });

  it('saves a model without copies that tags like its feature-by-feature path', () => {
    const { model } = train();
    expect(model.domains).toBe(false);
    const tagger = new NerTagger(model);
    for (const s of [...news.map((x) => x.tokens), ...UNSEEN]) {
      expect(Array.from(tagger.tagIndexes(s))).toEqual(Array.from(tagger.tagIndexesSlow(s)));
    }
  });

  it('is deterministic', () => {
    expect(Buffer.compare(serializeModel(train().model), serializeModel(train().model))).toBe(0);
  });
});

describe('a second-order model (secondOrder: trigram scores, viterbi2)', () => {
  const { model } = trainTiny({ secondOrder: true });
  const tagger = new NerTagger(model);

  it('learns trigram scores and its training sentences', () => {
    expect(model.trigrams).not.toBeNull();
    expect(model.trigrams!.some((x) => x !== 0)).toBe(true);
    expect(trainTiny().model.trigrams).toBeNull();
    const data = tinySentences();
    const gold = data.map((s) => Array.from(s.tags, (t) => TAGS[t]));
    expect(
      scoreConll(
        gold,
        data.map((s) => tagger.tagSentence(s.tokens)),
      ).micro.f1,
    ).toBeGreaterThan(0.95);
  });

  it('tags like its feature-by-feature path, and the same after saving and loading', () => {
    const loaded = new NerTagger(deserializeModel(serializeModel(model)));
    for (const s of [...tinySentences().map((x) => x.tokens), ...UNSEEN]) {
      const tags = tagger.tagIndexes(s);
      for (let i = 0; i < tags.length; i++) expect(allowedTransition(i === 0 ? -1 : tags[i - 1], tags[i])).toBe(true);
      expect(Array.from(tags)).toEqual(Array.from(tagger.tagIndexesSlow(s)));
      expect(loaded.tagSentence(s)).toEqual(tagger.tagSentence(s));
    }
    expect(deserializeModel(serializeModel(model)).trigrams).not.toBeNull();
  });

  it('merges trigram scores as A + w × B (a first-order partner adds none)', () => {
    const merged = mergeModels(model, model, 0.5);
    for (let i = 0; i < model.trigrams!.length; i++) expect(merged.trigrams![i]).toBeCloseTo(1.5 * model.trigrams![i], 4);
    expect(Array.from(mergeModels(model, trainTiny().model, 0.5).trigrams!)).toEqual(Array.from(model.trigrams!));
    expect(mergeModels(trainTiny().model, trainTiny().model, 0.5).trigrams).toBeNull();
  });
});
