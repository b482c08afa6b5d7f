// arqam export --parquet DIR: one Parquet dataset per table, partitioned by the year the
// document was published (DIR/figures/year=2015/data_0.parquet, ...), which DuckDB, pandas
// (pyarrow) and Spark read as Hive partitions. Documents with no date go to
// year=__HIVE_DEFAULT_PARTITION__, which all three read back as a null year. The errors table
// has no document, hence no year: it is one file, DIR/errors/errors.parquet. Exporting again
// replaces the datasets.
//
// Columns are typed as CONTRACT.md's Tables say: `published`, a figure's `date`/`date_max` as
// DATE (a date less precise than a day in `date_text`), `places` and a project's `figures` as
// LIST, null where absent — also from a store written before the store typed them. A Hive
// partition hides a column of the same name, so the projects table's own `year` (the project's)
// is `project_year` in Parquet: `year` is the publication year in every table.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest } from './ingest.js';
import { openStore, type Store } from './open-store.js';
import { DOCUMENT_TABLES, quoteIdent, tableColumns, typedSelect } from './schema.js';

export interface ExportedTable {
  table: string;
  rows: number;
  path: string;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Renamed in Parquet, where the partition takes the name. */
const PARQUET_NAMES: Record<string, Record<string, string>> = { projects: { year: 'project_year' } };

export async function exportParquet(store: Store, dir: string): Promise<ExportedTable[]> {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const present = await tableColumns(store.conn);
  if (!present.has('documents')) throw new Error(`${store.path}: not an arqam store (no documents table)`);
  const out: ExportedTable[] = [];
  const year = `CAST(year(TRY_CAST(published AS DATE)) AS INTEGER)`;
  for (const table of DOCUMENT_TABLES) {
    const have = present.get(table);
    if (!have) continue;
    const path = join(root, table);
    const columns = typedSelect(table, have, 't', PARQUET_NAMES[table]).join(', ');
    const select =
      table === 'documents'
        ? `SELECT ${columns}, ${year.replace('published', 't.published')} AS "year" FROM documents t`
        : `SELECT ${columns}, y."year" FROM ${quoteIdent(table)} t LEFT JOIN (SELECT doc_id, ${year} AS "year" FROM documents) y ON y.doc_id = t.doc_id`;
    const result = await store.conn.run(
      `COPY (${select}) TO ${sqlString(path)} (FORMAT PARQUET, COMPRESSION ZSTD, PARTITION_BY ("year"), OVERWRITE)`,
    );
    const rows = Number(result.rowsChanged);
    if (rows === 0) {
      // A partitioned COPY of no rows writes no file, and readers refuse a dataset without
      // one: an empty file keeps the table's columns readable.
      const empty = join(path, 'year=__HIVE_DEFAULT_PARTITION__');
      mkdirSync(empty, { recursive: true });
      await store.conn.run(
        `COPY (SELECT ${columns} FROM ${quoteIdent(table)} t LIMIT 0) TO ${sqlString(join(empty, 'data_0.parquet'))} (FORMAT PARQUET)`,
      );
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

export interface JsonlExport {
  tables: ExportedTable[];
  /** Lines stored, and lines that were error lines or could not be read (each named through onError). */
  documents: number;
  failed: number;
}

/**
 * `arqam export --from-jsonl IN --parquet DIR`: the output of `arqam extract --jsonl` (files or
 * folders of .jsonl) as the same Parquet datasets, without a store to keep — so that each shard
 * of a cluster run can be converted where it was made. The lines go through a temporary store,
 * as `arqam ingest --analyzed` stores them (a duplicate text is one document; an error line is a
 * row of the errors table), which is then exported and removed.
 */
export async function exportJsonl(paths: string[], dir: string, onError?: (input: string, reason: string) => void): Promise<JsonlExport> {
  const scratch = mkdtempSync(join(tmpdir(), 'arqam-export-'));
  try {
    const db = join(scratch, 'store.duckdb');
    const stats = await ingest(paths, { db, analyzed: true, onError });
    const store = await openStore(db, { readOnly: true });
    try {
      return { tables: await exportParquet(store, dir), documents: stats.documents, failed: stats.failed };
    } finally {
      store.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
