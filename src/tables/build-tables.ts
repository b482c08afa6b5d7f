// The contract's tables as arquero tables, built from the rows of rows.ts so the CSV files and
// the store carry the same data. Columns are always those of COLUMNS, in that order, so an
// empty table still has its header (an article with no projects gives a projects.csv of one line).
import * as aq from 'arquero';
import type { Analysis } from '../model/types.js';
import { analysisRowsWithText, COLUMNS, TABLE_NAMES, type Row, type TableName, type TableRows } from './rows.js';

export type Table = ReturnType<typeof aq.from>;

/** The column names of a table, in order. */
export function columnNames(name: TableName): string[] {
  return COLUMNS[name].map(([column]) => column);
}

/** One table from its rows; cells missing from a row are null. */
export function buildTable(name: TableName, rows: readonly Row[]): Table {
  const names = columnNames(name);
  // aq.from infers columns from the first row; give it the contract's columns, and rows in which
  // every one is present, so column order and nulls never depend on how a row was written.
  const complete = rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null])));
  return aq.from(complete, names);
}

/** Every table of one analysis (sentence text taken from the source text). */
export function buildTables(analysis: Analysis, sourceText: string): Record<TableName, Table> {
  const rows: TableRows = analysisRowsWithText(analysis, sourceText);
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, buildTable(name, rows[name])])) as Record<TableName, Table>;
}
