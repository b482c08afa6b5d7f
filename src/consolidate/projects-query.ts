// arqam projects: project records, or consolidated projects, filtered with bound parameters
// (never pasted into the SQL). --from/--to are years of publication: a record's document, or
// a consolidated project's reports (first_report ... last_report overlapping the range);
// records of documents with no date are left out when either is given.
import { DuckDBIntegerType, DuckDBVarCharType } from '@duckdb/node-api';
import { placeAndYearsProblem, queryBinder, type BoundQuery } from '../store/bound-query.js';

export interface ProjectFilter {
  consolidated?: boolean;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** A project type (solar, airport) or a family (power, rail: type-families.ts). */
  type?: string;
  from?: number;
  to?: number;
  /** Consolidated projects reported by at least this many documents. */
  minSources?: number;
}

/** Why a filter cannot be used, or null. */
export function checkProjectFilter(f: ProjectFilter): string | null {
  const problem = placeAndYearsProblem(f, 'SA');
  if (problem) return problem;
  if (f.type !== undefined && !/^[a-z_]+$/.test(f.type)) return `--type takes a project type such as solar or airport, not "${f.type}"`;
  if (f.minSources !== undefined && (!Number.isInteger(f.minSources) || f.minSources < 1))
    return '--min-sources takes a whole number of at least 1';
  return null;
}

export function projectsQuery(f: ProjectFilter, familySql: string): BoundQuery {
  const where: string[] = [];
  const { values, types, bind } = queryBinder();
  if (f.country !== undefined) where.push(`country = ${bind('country', f.country.toUpperCase(), DuckDBVarCharType.instance)}`);
  if (f.type !== undefined) {
    const t = bind('type', f.type, DuckDBVarCharType.instance);
    where.push(`(type = ${t} OR family = ${t})`);
  }
  if (f.consolidated) {
    if (f.from !== undefined) where.push(`year(last_report) >= ${bind('from', f.from, DuckDBIntegerType.instance)}`);
    if (f.to !== undefined) where.push(`year(first_report) <= ${bind('to', f.to, DuckDBIntegerType.instance)}`);
    if (f.minSources !== undefined) where.push(`sources >= ${bind('min', f.minSources, DuckDBIntegerType.instance)}`);
    const sql = `
      SELECT cluster_id, name, type, family, country, places, year, year_end, capacity_mw, capacity_mw_max, capacity, capacity_unit,
             cost, currency, cost_usd, partners, first_report, last_report, sources, outlets, source_outlets, source_docs,
             conflict_count, conflicts, conflicts_json
      FROM consolidated_projects
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY sources DESC, first_report NULLS LAST, cluster_id`;
    return { sql, values, types };
  }
  if (f.from !== undefined) where.push(`year(published) >= ${bind('from', f.from, DuckDBIntegerType.instance)}`);
  if (f.to !== undefined) where.push(`year(published) <= ${bind('to', f.to, DuckDBIntegerType.instance)}`);
  const sql = `
    WITH r AS (
      SELECT p.doc_id, TRY_CAST(d.published AS DATE) AS published, d.title, p.project_id, p.name, p.type, ${familySql} AS family,
             p.country, p.places, p.year, p.year_end, p.capacity_mw, p.capacity_mw_max, p.cost, p.currency, p.cost_usd,
             (SELECT string_agg(pp.name, '|' ORDER BY pp.entity_id) FROM project_partners pp
              WHERE pp.doc_id = p.doc_id AND pp.project_id = p.project_id) AS partners,
             p.sentence, p.start, p."end"
      FROM projects p JOIN documents d ON d.doc_id = p.doc_id)
    SELECT * FROM r
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY published NULLS LAST, doc_id, start`;
  return { sql, values, types };
}

/** The columns the table format shows (all go to CSV and JSON). */
export const PROJECT_TABLE_COLUMNS = [
  'published',
  'doc_id',
  'name',
  'type',
  'country',
  'places',
  'year',
  'capacity_mw',
  'cost',
  'currency',
];
export const CONSOLIDATED_TABLE_COLUMNS = [
  'name',
  'type',
  'country',
  'places',
  'year',
  'capacity_mw',
  // The cost as its sources give it, then in dollars: a cost in a floating currency (EGP, TND)
  // has none in dollars, and was shown as nothing (62 of the 166 consolidated projects with a
  // cost in a store of SNN 2015 and ANT 2014-2018).
  'cost',
  'currency',
  'cost_usd',
  'first_report',
  'last_report',
  'sources',
  'source_outlets',
  'conflicts',
];
