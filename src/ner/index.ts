// The statistical NER tagger: what the folder offers.
export { NER_TYPES, TAGS, TAG_INDEX, parseTag, type NerType } from './tags.js';
export { buildSignatures, type SignatureData } from './signatures.js';
export { NerModel, TaggerModel, type NerModelInfo } from './model.js';
export { LabelMemory } from './memory.js';
export { trainTwoPass, type TwoPassOptions, type TwoPassResult } from './train-two-pass.js';
export { NerTagger } from './tagger.js';
export { NamePropagator, WINDOW as NAME_WINDOW, type WindowSentence } from './propagate.js';
export { DEFAULT_MODEL_URL, loadModel, defaultTagger, tagSentence } from './load-model.js';
export { nerStage, spansOfTags } from './stage.js';
export { parseConll, readConllStream, ConllLineReader, type ConllSentence } from './read-conll.js';
export { scoreConll, chunks, formatScoreTable, type ConllScore, type TypeScore, type Chunk } from './score-conll.js';
export { evaluateConll } from './evaluate.js';
export { trainTagger, type TrainOptions, type TrainingSentence, type TrainResult } from './train.js';
export { gazetteerFromLexicons, Gazetteer, type GazetteerData } from './gazetteer.js';
export { benchTagger, benchModelLoad, type TaggerBench } from './bench.js';
