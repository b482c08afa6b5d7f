// arqam report --db FILE --out DIR: the corpus report of a store (index.html, index.md and the
// full lists as CSV), consolidating the store first when documents were added since.
import type { Command } from 'commander';
import { describeConsolidation, openConsolidated } from '../../consolidate/open-consolidated.js';
import { writeCorpusReport } from '../../report/corpus/write-corpus-report.js';
import { StoreError } from '../../store/open-store.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';

export function registerReport(program: Command, setStatus: (code: number) => void): void {
  program
    .command('report')
    .description(
      'write the corpus report of a store: DIR/index.html (right to left, charts, world map), DIR/index.md and the full lists as CSV',
    )
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .requiredOption('--out <dir>', 'the folder to write to')
    .option(
      '--article-reports <dir>',
      "where `arqam analyze --out` wrote the articles' own reports, to link them (default: the --out folder)",
    )
    .action(async (opts: { db: string; out: string; articleReports?: string }) => {
      let opened;
      try {
        opened = await openConsolidated(opts.db, (l) => process.stderr.write(`arqam ${l}\n`));
      } catch (error) {
        if (error instanceof StoreError) {
          process.stderr.write(`arqam: ${error.message}\n`);
          setStatus(EXIT_SOME_FAILED);
          return;
        }
        throw error;
      }
      const { store, updated } = opened;
      if (updated) process.stderr.write(`arqam: ${describeConsolidation(updated)}\n`);
      try {
        const files = await writeCorpusReport(store.conn, opts.db, opts.out, { articleReports: opts.articleReports ?? opts.out });
        for (const f of files) process.stdout.write(`${f}\n`);
        setStatus(EXIT_OK);
      } finally {
        store.close();
      }
    });
}
