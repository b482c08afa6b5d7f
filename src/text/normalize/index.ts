export * from './folds.js';
export * from './fold-table.js';
