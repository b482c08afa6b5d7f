// arqam export --db FILE --parquet DIR: every table of the store as a Parquet dataset
// partitioned by publication year; --from-jsonl IN instead of --db converts `arqam extract
// --jsonl` output (files or folders) without a store.
import type { Command } from 'commander';
import { exportJsonl, exportParquet, type ExportedTable } from '../../store/export-parquet.js';
import { openStore } from '../../store/open-store.js';
import { openOrReport } from './open-store-reported.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';

interface ExportCliOptions {
  db?: string;
  fromJsonl?: string[];
  parquet?: string;
}

const report = (tables: ExportedTable[]) => {
  for (const t of tables) process.stdout.write(`${t.table}: ${t.rows} rows → ${t.path}\n`);
};

export function registerExport(program: Command, setStatus: (code: number) => void): void {
  program
    .command('export')
    .description(
      'write each table of the corpus store, or of extract --jsonl output, as Parquet partitioned by publication year (DIR/<table>/year=YYYY/)',
    )
    .option('--db <file>', 'the store (a DuckDB file)')
    .option('--from-jsonl <paths...>', 'instead of a store: `arqam extract --jsonl` output (.jsonl files or folders of them)')
    .option('--parquet <dir>', 'the folder to write the datasets to')
    .action(async (opts: ExportCliOptions) => {
      if (!opts.parquet) throw new UsageError('export needs --parquet DIR');
      if (opts.db && opts.fromJsonl) throw new UsageError('export reads either --db FILE or --from-jsonl IN, not both');
      if (opts.fromJsonl) {
        try {
          const r = await exportJsonl(opts.fromJsonl, opts.parquet, (input, reason) =>
            process.stderr.write(`arqam: ${input}: ${reason}\n`),
          );
          report(r.tables);
          if (r.failed > 0) process.stderr.write(`arqam: ${r.failed} lines failed (kept in ${opts.parquet}/errors)\n`);
          setStatus(r.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
        } catch (error) {
          process.stderr.write(`arqam: export failed: ${error instanceof Error ? error.message : String(error)}\n`);
          setStatus(EXIT_SOME_FAILED);
        }
        return;
      }
      if (!opts.db) throw new UsageError('export needs --db FILE or --from-jsonl IN');
      const db = opts.db;
      const store = await openOrReport(() => openStore(db, { readOnly: true }));
      if (!store) {
        setStatus(EXIT_SOME_FAILED);
        return;
      }
      try {
        report(await exportParquet(store, opts.parquet));
        setStatus(EXIT_OK);
      } catch (error) {
        process.stderr.write(`arqam: export failed: ${error instanceof Error ? error.message : String(error)}\n`);
        setStatus(EXIT_SOME_FAILED);
      } finally {
        store.close();
      }
    });
}
