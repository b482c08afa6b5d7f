// arqam figures [--kind K] [--unit U] [--country CC] [--from Y] [--to Y] [--doc ID] --db FILE:
// the figures of the store, each with its document, sentence and the entity or project it is
// about.
import type { Command } from 'commander';
import { checkFigureFilter, FIGURE_TABLE_COLUMNS, figuresQuery, type FigureFilter } from '../../store/figures-query.js';
import { FORMATS } from '../../store/format-result.js';
import { UsageError } from '../exit-codes.js';
import { checkFormat, DEFAULT_WAIT_SECONDS, parseWait, runAndPrint } from './query.js';

interface FiguresCliOptions {
  db: string;
  kind?: string;
  unit?: string;
  country?: string;
  from?: string;
  to?: string;
  doc?: string;
  format: string;
  maxWidth: string;
  wait: string;
}

const year = (text: string | undefined, option: string): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`${option} takes a year such as 2015, not "${text}"`);
  return Number(text);
};

export function registerFigures(program: Command, setStatus: (code: number) => void): void {
  program
    .command('figures')
    .description('list the figures of the corpus store with their document, sentence and subject')
    .requiredOption('--db <file>', 'the store (a DuckDB file)')
    .option('--kind <kind>', 'figure kind: power, money, percent, ...')
    .option('--unit <unit>', 'unit: MW, USD, SAR, %, ...')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 code of the country the figure is about')
    .option('--from <year>', 'documents published in this year or later')
    .option('--to <year>', 'documents published in this year or earlier')
    .option('--doc <id>', 'one document (its id, or the start of it)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--max-width <n>', 'longest cell of the table format, in characters', '60')
    .option('--wait <seconds>', 'while an ingest writes the store, wait this long for it to finish', String(DEFAULT_WAIT_SECONDS))
    .action(async (opts: FiguresCliOptions) => {
      const waitSeconds = parseWait(opts.wait);
      const format = checkFormat(opts.format);
      const filter: FigureFilter = {
        kind: opts.kind,
        unit: opts.unit,
        country: opts.country,
        from: year(opts.from, '--from'),
        to: year(opts.to, '--to'),
        doc: opts.doc,
      };
      const problem = checkFigureFilter(filter);
      if (problem) throw new UsageError(problem);
      const q = figuresQuery(filter);
      const sql =
        format === 'table'
          ? `SELECT ${FIGURE_TABLE_COLUMNS.join(', ')} FROM (${q.sql}) ORDER BY published NULLS LAST, doc_id, start`
          : q.sql;
      setStatus(
        await runAndPrint(opts.db, sql, format, { maxWidth: Number(opts.maxWidth), values: q.values, types: q.types, waitSeconds }),
      );
    });
}
