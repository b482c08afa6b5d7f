// The text layer timed by itself, in a process of its own: what a caller that wants only clean
// text, sentences and tokens pays, with none of the later stages' models and lexicons in its
// heap (in the benchmark's own process the NER model and the gazetteers are loaded, and every
// collection of the heap walks them too). Prints {runs, stages} as JSON.
// node dist/bench/bench-text-child.js RUNS MIN_BYTES
import { language, normalize, pageLayout, sentences, tokensStage } from '../text/stages/index.js';
import { loadBenchCorpus } from './bench-corpus.js';
import { timeStages } from './time-stages.js';

const [runs, minBytes] = process.argv.slice(2).map(Number);
const corpus = loadBenchCorpus(minBytes);
// The stages of textLayerStages(defaultStages()), made without the later ones (tests check the list).
const stages = [pageLayout, language, normalize, sentences, tokensStage()];
const timed = timeStages(corpus.docs, stages, runs, corpus.articles);
const perRun = Array.from({ length: runs }, (_, r) => timed.stages.reduce((a, s) => a + s.runs[r], 0));
process.stdout.write(JSON.stringify({ runs: perRun, stages: timed.stages.map((s) => ({ name: s.name, ms: s.ms })) }) + '\n');
