// The committed model and a tagger over it, loaded once.
import { TaggerModel } from './model.js';
import { NerTagger } from './tagger.js';

/** data/models/ner-anercorp.bin, found from this module's URL (works from src/ and dist/). */
export const DEFAULT_MODEL_URL: URL = new URL('../../data/models/ner-anercorp.bin', import.meta.url);

let model: TaggerModel | undefined;
let tagger: NerTagger | undefined;

/** The committed model (read once; later calls return the same object). */
export function loadModel(): TaggerModel {
  model ??= TaggerModel.load(DEFAULT_MODEL_URL);
  return model;
}

/** A tagger over the committed model (created once). */
export function defaultTagger(): NerTagger {
  tagger ??= new NerTagger(loadModel());
  return tagger;
}

/** The IOB2 tags of one sentence's tokens, with the committed model. */
export function tagSentence(tokens: readonly string[]): string[] {
  return defaultTagger().tagSentence(tokens);
}
