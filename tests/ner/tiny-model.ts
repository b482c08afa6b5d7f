// A model trained on the hand-written sentences of tests/fixtures/ner, for tests that must run
// without ../shared. The gazetteer is fixed here so the tests do not depend on data/lexicon.
import { readFileSync } from 'node:fs';
import { toTrainingSentences } from '../../src/ner/corpora.js';
import type { GazetteerData } from '../../src/ner/gazetteer.js';
import { parseConll } from '../../src/ner/read-conll.js';
import { trainTagger, type TrainOptions, type TrainResult } from '../../src/ner/train.js';
import { trainTwoPass, type TwoPassOptions, type TwoPassResult } from '../../src/ner/train-two-pass.js';

export const TINY_TRAIN = new URL('../fixtures/ner/tiny-train.conll', import.meta.url);

export const TINY_GAZETTEER: GazetteerData = {
  country: ['مصر', 'سعوديه', 'اردن', 'عراق', 'يابان', 'ولايات متحده'],
  place: ['رياض', 'قاهره', 'دبي', 'لندن', 'باريس'],
};

export function tinySentences() {
  return toTrainingSentences(parseConll(readFileSync(TINY_TRAIN, 'utf8')), 'tiny-train.conll');
}

export function trainTiny(options: Partial<TrainOptions> = {}): TrainResult {
  return trainTagger(tinySentences(), { epochs: 8, seed: 7, gazetteer: TINY_GAZETTEER, ...options });
}

/** Both passes on the tiny corpus (3 jackknife blocks, a short memory). */
export function trainTinyTwoPass(options: Partial<TwoPassOptions> = {}): TwoPassResult {
  return trainTwoPass(tinySentences(), { epochs: 6, seed: 7, gazetteer: TINY_GAZETTEER, folds: 3, window: 200, ...options });
}
