// Writes the tables of one analysis as CSV files, one per table, into a folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../model/types.js';
import { buildTables } from './build-tables.js';
import { TABLE_NAMES } from './rows.js';
import { toCsv } from './to-csv.js';

export interface WriteTablesOptions {
  /** For spreadsheets (`--excel`): a byte-order mark first, and formula-like text cells neutralized. */
  excel?: boolean;
}

/** Writes `<table>.csv` for every table into `dir`; returns the file names written, in table order. */
export function writeTables(analysis: Analysis, sourceText: string, dir: string, options: WriteTablesOptions = {}): string[] {
  const tables = buildTables(analysis, sourceText);
  const files: string[] = [];
  for (const name of TABLE_NAMES) {
    const file = `${name}.csv`;
    writeFileSync(join(dir, file), toCsv(tables[name], { bom: options.excel, neutralizeFormulas: options.excel }));
    files.push(file);
  }
  return files;
}
