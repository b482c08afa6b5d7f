// arqam export --parquet DIR: one Parquet dataset per table, partitioned by the year the
// document was published (DIR/figures/year=2015/data_0.parquet, ...), which DuckDB, pandas
// (pyarrow) and Spark read as Hive partitions. Documents with no date go to
// year=__HIVE_DEFAULT_PARTITION__, which all three read back as a null year. The errors table
// has no document, hence no year: it is one file, DIR/errors/errors.parquet. Exporting again
// replaces the datasets.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store } from './open-store.js';
import { DOCUMENT_TABLES, quoteIdent } from './schema.js';

export interface ExportedTable {
  table: string;
  rows: number;
  path: string;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export async function exportParquet(store: Store, dir: string): Promise<ExportedTable[]> {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const present = new Set(
    ((await store.conn.runAndReadAll(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)).getRowsJS() as [string][]).map(
      ([t]) => t,
    ),
  );
  if (!present.has('documents')) throw new Error(`${store.path}: not an arqam store (no documents table)`);
  const out: ExportedTable[] = [];
  const year = `TRY_CAST(substr(published, 1, 4) AS INTEGER)`;
  for (const table of DOCUMENT_TABLES) {
    if (!present.has(table)) continue;
    const path = join(root, table);
    const select =
      table === 'documents'
        ? `SELECT *, ${year} AS year FROM documents`
        : `SELECT t.*, y.year FROM ${quoteIdent(table)} t LEFT JOIN (SELECT doc_id, ${year} AS year FROM documents) y ON y.doc_id = t.doc_id`;
    const result = await store.conn.run(
      `COPY (${select}) TO ${sqlString(path)} (FORMAT PARQUET, COMPRESSION ZSTD, PARTITION_BY (year), OVERWRITE)`,
    );
    const rows = Number(result.rowsChanged);
    if (rows === 0) {
      // A partitioned COPY of no rows writes no file, and readers refuse a dataset without
      // one: an empty file keeps the table's columns readable.
      const empty = join(path, 'year=__HIVE_DEFAULT_PARTITION__');
      mkdirSync(empty, { recursive: true });
      await store.conn.run(`COPY (SELECT * FROM ${quoteIdent(table)} LIMIT 0) TO ${sqlString(join(empty, 'data_0.parquet'))} (FORMAT PARQUET)`);
    }
    out.push({ table, rows, path });
  }
  if (present.has('errors')) {
    const path = join(root, 'errors');
    mkdirSync(path, { recursive: true });
    const file = join(path, 'errors.parquet');
    const result = await store.conn.run(`COPY errors TO ${sqlString(file)} (FORMAT PARQUET, COMPRESSION ZSTD)`);
    out.push({ table: 'errors', rows: Number(result.rowsChanged), path: file });
  }
  return out;
}
