// The lexicons of data/lexicon: typed loaders, their entry types and the TSV reader behind them.
export * from './types.js';
export * from './read-tsv.js';
export * from './load-lexicons.js';
export * from './word-lists.js';
