// arqam projects --db FILE [--consolidated] [--country CC] [--type T] [--from Y] [--to Y]
// [--format table|csv|json]: the project records of the store, or one row per consolidated
// project with its sources and conflicts.
import type { Command } from 'commander';
import {
  checkProjectFilter,
  CONSOLIDATED_TABLE_COLUMNS,
  PROJECT_TABLE_COLUMNS,
  projectsQuery,
  type ProjectFilter,
} from '../../consolidate/projects-query.js';
import { familySql } from '../../consolidate/type-families.js';
import { FORMATS, writeResult } from '../../store/format-result.js';
import { UsageError } from '../exit-codes.js';
import { checkFormat, runAndPrint } from './query.js';
import { withConsolidatedStore } from './open-store-reported.js';

interface ProjectsCliOptions {
  db: string;
  consolidated?: boolean;
  country?: string;
  type?: string;
  from?: string;
  to?: string;
  minSources?: string;
  format: string;
  maxWidth: string;
}

const whole = (text: string | undefined, option: string, pattern: RegExp, hint: string): number | undefined => {
  if (text === undefined) return undefined;
  if (!pattern.test(text)) throw new UsageError(`${option} takes ${hint}, not "${text}"`);
  return Number(text);
};

export function registerProjects(program: Command, setStatus: (code: number) => void): void {
  program
    .command('projects')
    .description('list the projects of the store, or (--consolidated) one row per project across documents with its sources and conflicts')
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .option('--consolidated', 'one row per consolidated project (consolidates first if documents were added since)')
    .option('--country <cc>', "ISO 3166-1 alpha-2 code of the project's country")
    .option('--type <type>', 'project type (solar, airport, ...) or family (power, rail, oil_gas, ...)')
    .option('--from <year>', 'reported in this year or later (publication date)')
    .option('--to <year>', 'reported in this year or earlier (publication date)')
    .option('--min-sources <n>', 'consolidated projects reported by at least this many documents')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--max-width <n>', 'longest cell of the table format, in characters', '60')
    .action(async (opts: ProjectsCliOptions) => {
      const format = checkFormat(opts.format);
      const maxWidth = whole(opts.maxWidth, '--max-width', /^\d+$/, 'a whole number')!;
      const filter: ProjectFilter = {
        consolidated: Boolean(opts.consolidated),
        country: opts.country,
        type: opts.type,
        from: whole(opts.from, '--from', /^\d{4}$/, 'a year such as 2015'),
        to: whole(opts.to, '--to', /^\d{4}$/, 'a year such as 2015'),
        minSources: whole(opts.minSources, '--min-sources', /^\d+$/, 'a whole number'),
      };
      if (filter.minSources !== undefined && !filter.consolidated) throw new UsageError('--min-sources needs --consolidated');
      const problem = checkProjectFilter(filter);
      if (problem) throw new UsageError(problem);
      const q = projectsQuery(filter, familySql('p.type'));
      const shown = filter.consolidated ? CONSOLIDATED_TABLE_COLUMNS : PROJECT_TABLE_COLUMNS;
      const sql = format === 'table' ? `SELECT ${shown.join(', ')} FROM (${q.sql})` : q.sql;
      if (!filter.consolidated) {
        setStatus(await runAndPrint(opts.db, sql, format, { maxWidth, values: q.values, types: q.types }));
        return;
      }
      await withConsolidatedStore(opts.db, setStatus, async (store) => {
        const result = await store.conn.stream(sql, q.values, q.types);
        await writeResult(result, format, process.stdout, { maxWidth });
      });
    });
}
