// arqam export --db FILE --parquet DIR: every table of the store as a Parquet dataset
// partitioned by publication year.
import type { Command } from 'commander';
import { exportParquet } from '../../store/export-parquet.js';
import { openStore, StoreError } from '../../store/open-store.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';

export function registerExport(program: Command, setStatus: (code: number) => void): void {
  program
    .command('export')
    .description('write each table of the corpus store as Parquet, partitioned by publication year (DIR/<table>/year=YYYY/)')
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .option('--parquet <dir>', 'the folder to write the datasets to')
    .action(async (opts: { db: string; parquet?: string }) => {
      if (!opts.parquet) throw new UsageError('export needs --parquet DIR');
      let store;
      try {
        store = await openStore(opts.db, { readOnly: true });
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        process.stderr.write(`arqam: ${error.message}\n`);
        setStatus(EXIT_SOME_FAILED);
        return;
      }
      try {
        for (const t of await exportParquet(store, opts.parquet)) process.stdout.write(`${t.table}: ${t.rows} rows → ${t.path}\n`);
        setStatus(EXIT_OK);
      } catch (error) {
        process.stderr.write(`arqam: export failed: ${error instanceof Error ? error.message : String(error)}\n`);
        setStatus(EXIT_SOME_FAILED);
      } finally {
        store.close();
      }
    });
}
