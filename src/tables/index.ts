// The contract's tables: rows (shared with the store), arquero tables and their summaries, RFC 4180 CSV.
export * from './rows.js';
export * from './build-tables.js';
export * from './to-csv.js';
export * from './write-tables.js';
export * from './summaries.js';
