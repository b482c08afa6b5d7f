// arqam figures: the figures of the store with their document, sentence and what they are
// about, filtered with bound parameters (never pasted into the SQL).
import { DuckDBIntegerType, DuckDBVarCharType } from '@duckdb/node-api';
import { placeAndYearsProblem, queryBinder, type BoundQuery } from './bound-query.js';
import { FIGURE_KINDS } from '../model/types.js';
import { FIGURE_FACTS_SQL, listOf } from './figure-facts-sql.js';

export { FIGURE_FACTS_SQL };

export interface FigureFilter {
  kind?: string;
  unit?: string;
  /** ISO 3166-1 alpha-2 of the country the figure is about. */
  country?: string;
  /** Publication years of the documents, both ends included. */
  from?: number;
  to?: number;
  /** A document id, or the start of one. */
  doc?: string;
}

/** Why a filter cannot be used, or null. */
export function checkFigureFilter(f: FigureFilter): string | null {
  if (f.kind !== undefined && !(FIGURE_KINDS as readonly string[]).includes(f.kind)) {
    return `unknown figure kind "${f.kind}" (one of ${FIGURE_KINDS.join(', ')})`;
  }
  return placeAndYearsProblem(f, 'UZ');
}

/**
 * The SQL of the figures matching `f`. A figure's country is that of its subject: the key of
 * a COUNTRY entity, or the country of a project; a figure listed by a project of that country
 * counts too. The year is the document's year of publication (documents with no date are left
 * out when --from or --to is given).
 */
export function figuresQuery(f: FigureFilter): BoundQuery {
  const where: string[] = [];
  const { values, types, bind } = queryBinder();
  if (f.kind !== undefined) where.push(`f.kind = ${bind('kind', f.kind, DuckDBVarCharType.instance)}`);
  if (f.unit !== undefined) where.push(`lower(f.unit) = lower(${bind('unit', f.unit, DuckDBVarCharType.instance)})`);
  if (f.country !== undefined) {
    const cc = bind('country', f.country.toUpperCase(), DuckDBVarCharType.instance);
    where.push(`(f.country = ${cc} OR EXISTS (
      SELECT 1 FROM projects lp WHERE lp.doc_id = f.doc_id AND lp.country = ${cc}
        AND list_contains(${listOf('lp.figures')}, f.figure_id)))`);
  }
  if (f.from !== undefined) where.push(`f.year >= ${bind('from', f.from, DuckDBIntegerType.instance)}`);
  if (f.to !== undefined) where.push(`f.year <= ${bind('to', f.to, DuckDBIntegerType.instance)}`);
  if (f.doc !== undefined) where.push(`starts_with(f.doc_id, ${bind('doc', f.doc, DuckDBVarCharType.instance)})`);
  const sql = `
    WITH f AS (${FIGURE_FACTS_SQL})
    SELECT f.doc_id, f.title, f.published, f.figure_id, f.kind, f.text, f.value, f.value_max, f.date, f.date_max,
           f.unit, f.qualifier, f.subject, f.subject_name, f.subject_type, f.country,
           s.text AS sentence, f.sentence AS sentence_index, f.start, f."end"
    FROM f
    LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence = f.sentence
    ${where.length ? 'WHERE ' + where.join('\n      AND ') : ''}
    ORDER BY f.published NULLS LAST, f.doc_id, f.start`;
  return { sql, values, types };
}

/** The columns the table format shows (all columns go to CSV and JSON). */
export const FIGURE_TABLE_COLUMNS = [
  'doc_id',
  'published',
  'kind',
  'text',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'subject_name',
  'country',
  'sentence',
];
