// The benchmark harness: what the folder offers (npm run bench runs run-bench.js).
export { runBench, parseBenchArgs, type BenchOptions, type BenchReport } from './run-bench.js';
export { timeStages, timeEndToEnd, textLayerStages, freshDoc, type StageTiming, type StageTimings } from './time-stages.js';
export { loadBenchCorpus, type BenchCorpus, type BenchDoc } from './bench-corpus.js';
export { benchNatural, naturalTokenizers, type PeerTokenizerTiming } from './bench-natural.js';
export { compareWithRecognizers, sampleSentences, recognizersModels, type RecognizersComparison } from './bench-recognizers.js';
export { benchStartup, type StartupTiming } from './bench-startup.js';
export { benchColdStart, type ColdStart } from './bench-cold.js';
export { formatBench } from './format-bench.js';
export { median, countWords } from './stats.js';
