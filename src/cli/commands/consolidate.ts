// arqam consolidate --db FILE [--full]: brings the store's consolidated projects and entities
// up to date (arqam ingest does this at its end; projects --consolidated and report do it
// when needed).
import type { Command } from 'commander';
import { consolidateStore } from '../../consolidate/store-consolidation.js';
import { describeConsolidation } from '../../consolidate/open-consolidated.js';
import { openStore } from '../../store/open-store.js';
import { openOrReport } from './open-store-reported.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';

export function registerConsolidate(program: Command, setStatus: (code: number) => void): void {
  program
    .command('consolidate')
    .description(
      'consolidate the projects and entities of the store across documents (tables project_clusters, project_links, consolidated_projects, entity_documents, view consolidated_entities)',
    )
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .option('--full', 're-cluster every project, not only the country blocks that changed')
    .action(async (opts: { db: string; full?: boolean }) => {
      const store = await openOrReport(() => openStore(opts.db, { existing: true }));
      if (!store) {
        setStatus(EXIT_SOME_FAILED);
        return;
      }
      try {
        const stats = await consolidateStore(store.conn, {
          full: Boolean(opts.full),
          progress: (l) => process.stderr.write(`arqam ${l}\n`),
        });
        process.stdout.write(`${describeConsolidation(stats)}\n`);
        setStatus(EXIT_OK);
      } finally {
        store.close();
      }
    });
}
