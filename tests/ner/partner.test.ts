import { describe, expect, it } from 'vitest';
import { NerTagger } from '../../src/ner/tagger.js';
import { tinySentences, trainTiny, trainTinyTwoPass } from './tiny-model.js';

// An ensemble of two one-pass models (NerTagger.withPartner, npm run cv:ensemble): the partner's
// emissions and transitions, times its weight, are added to the first model's before Viterbi.
describe('NerTagger.withPartner', () => {
  const a = trainTiny().model;
  const b = trainTiny({ seed: 3, epochs: 3 }).model;
  const sentences = tinySentences().map((s) => s.tokens);

  it('tags as the model alone when the partner is the same model (every score doubled)', () => {
    const alone = new NerTagger(a);
    const twice = new NerTagger(a).withPartner(a, 1);
    for (const s of sentences) expect(twice.tagSentence(s)).toEqual(alone.tagSentence(s));
  });

  it('tags as the partner alone when the partner outweighs the first model by far', () => {
    const partner = new NerTagger(b);
    const heavy = new NerTagger(a).withPartner(b, 1e6);
    for (const s of sentences) expect(heavy.tagSentence(s)).toEqual(partner.tagSentence(s));
  });

  it('refuses a two-pass model', () => {
    expect(() => new NerTagger(trainTinyTwoPass().model).withPartner(a, 1)).toThrow(/one-pass/);
  });
});

// npm run self:tag keeps the news sentences the model is surest of by this margin.
describe('NerTagger.lastMargin', () => {
  const tagger = new NerTagger(trainTiny().model);
  const sentences = tinySentences().map((s) => s.tokens);

  it('is the least gap, over the sentence, between the best and second best tag score', () => {
    const margins = sentences.map((s) => {
      tagger.tagIndexes(s);
      return tagger.lastMargin(s.length);
    });
    for (const m of margins) expect(m).toBeGreaterThanOrEqual(0);
    // The margin of a sentence is at most that of its first token alone (a minimum over more tokens).
    for (const s of sentences.slice(0, 5)) {
      tagger.tagIndexes(s);
      const whole = tagger.lastMargin(s.length);
      expect(tagger.lastMargin(1)).toBeGreaterThanOrEqual(whole);
    }
  });
});
