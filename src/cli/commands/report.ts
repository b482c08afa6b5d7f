// arqam report --db FILE --out DIR: the corpus report of a store (index.html, index.md and the
// full lists as CSV), consolidating the store first when documents were added since.
import type { Command } from 'commander';
import { writeCorpusReport } from '../../report/corpus/write-corpus-report.js';
import { withConsolidatedStore } from './open-store-reported.js';

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
      await withConsolidatedStore(opts.db, setStatus, async (store) => {
        const files = await writeCorpusReport(store.conn, opts.db, opts.out, { articleReports: opts.articleReports ?? opts.out });
        for (const f of files) process.stdout.write(`${f}\n`);
      });
    });
}
