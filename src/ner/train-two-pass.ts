// Trains both passes of the tagger. The second pass learns from what the first pass says of
// earlier words, so its training data must carry first-pass tags as they look on unseen text:
// each block of the training data is tagged by a first pass trained on the other blocks
// (jackknifing, as in stacked taggers), and the memory is filled in corpus order.
import { LabelMemory, DEFAULT_WINDOW } from './memory.js';
import { TaggerModel } from './model.js';
import { NerTagger } from './tagger.js';
import { trainTagger, type TrainOptions, type TrainResult, type TrainingSentence } from './train.js';

export interface TwoPassOptions extends TrainOptions {
  /** Blocks of the jackknife (0 = no second pass). */
  folds?: number;
  /** Tokens the memory looks back over. */
  window?: number;
}

export interface TwoPassResult {
  model: TaggerModel;
  first: TrainResult;
  second: TrainResult | null;
}

/** Second-pass features of sentences in order, given their first-pass tags. */
function withMemory(
  sentences: readonly TrainingSentence[],
  firstTags: readonly Uint8Array[],
  tagger: NerTagger,
  window: number,
): TrainingSentence[] {
  const memory = new LabelMemory(window);
  return sentences.map((s, i) => {
    const stems = s.tokens.map((t) => tagger.extractor.word(t).stem);
    const extra = memory.features(stems, firstTags[i]);
    memory.remember(stems, firstTags[i]);
    return { ...s, extra };
  });
}

export function trainTwoPass(train: readonly TrainingSentence[], options: TwoPassOptions): TwoPassResult {
  const log = options.log ?? (() => {});
  const folds = options.folds ?? 5;
  const window = options.window ?? DEFAULT_WINDOW;
  const quiet = { ...options, dev: undefined, log: undefined };
  log('first pass');
  const first = trainTagger(train, options);
  if (folds < 2) return { model: new TaggerModel(first.model, null, window), first, second: null };

  // 1. First-pass tags of every training sentence from a model that did not see it.
  const firstTags: Uint8Array[] = new Array(train.length);
  const size = Math.ceil(train.length / folds);
  for (let k = 0; k < folds; k++) {
    const from = k * size;
    const to = Math.min(train.length, from + size);
    const rest = [...train.slice(0, from), ...train.slice(to)];
    const tagger = new NerTagger(trainTagger(rest, quiet).model);
    for (let i = from; i < to; i++) firstTags[i] = tagger.tagIndexes(train[i].tokens);
    log(`jackknife ${k + 1}/${folds}: sentences ${from + 1}-${to} tagged by a first pass trained without them`);
  }
  const firstTagger = new NerTagger(first.model);
  const train2 = withMemory(train, firstTags, firstTagger, window);
  const dev2 = options.dev
    ? withMemory(
        options.dev,
        options.dev.map((s) => firstTagger.tagIndexes(s.tokens)),
        firstTagger,
        window,
      )
    : undefined;

  // 2. The second pass, on the same data with the memory features.
  log('second pass');
  const second = trainTagger(train2, { ...options, dev: dev2 });
  return { model: new TaggerModel(first.model, second.model, window), first, second };
}
