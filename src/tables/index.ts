// The contract's tables: rows (shared with the store), arquero tables, RFC 4180 CSV.
export * from './rows.js';
export * from './build-tables.js';
export * from './to-csv.js';
export * from './write-tables.js';
