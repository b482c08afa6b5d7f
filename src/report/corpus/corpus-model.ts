// What the corpus report shows, read from a consolidated store: counts, figures over time by
// publication date, consolidated projects with their sources and conflicts, projects and money
// per country, the entities most documents mention, and the articles. Long lists are limited
// here (the page must open fast for 20,000 documents); the full lists go to CSV beside it.
import { listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Conflict } from '../../consolidate/consensus.js';
import { loadCountries } from '../../lexicon/load-lexicons.js';
import type { FigureKind } from '../../model/types.js';
import { KIND_FAMILY } from '../labels.js';

export interface ProjectSource {
  doc_id: string;
  project_id: string;
  name: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  href: string | null;
}

export interface CorpusProject {
  cluster_id: string;
  name: string;
  type: string;
  country: string | null;
  countryName: string | null;
  places: string[];
  year: number | null;
  year_end: number | null;
  capacity_mw: number | null;
  capacity_mw_max: number | null;
  cost: number | null;
  currency: string | null;
  cost_usd: number | null;
  first_report: string | null;
  last_report: string | null;
  sources: number;
  outlets: number;
  conflicts: Conflict[];
  members: ProjectSource[];
}

export interface CorpusEntity {
  entity_key: string;
  type: string;
  name: string;
  name_en: string | null;
  documents: number;
  mentions: number;
}

export interface CorpusArticle {
  doc_id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  figures: number;
  entities: number;
  projects: number;
  href: string | null;
}

export interface CountryRow {
  key: string;
  name: string;
  projects: number;
  multiSource: number;
  usd: number;
}

export interface CorpusModel {
  /** The store's file name (no folder: outputs carry no absolute paths). */
  store: string;
  counts: {
    documents: number;
    dated: number;
    outlets: number;
    firstDate: string | null;
    lastDate: string | null;
    figures: number;
    projectRecords: number;
    projects: number;
    multiSource: number;
    withConflicts: number;
    entities: number;
  };
  /** The length of a period of the time charts. */
  period: 'day' | 'week' | 'month';
  figuresOverTime: { period: string; values: Record<string, number> }[];
  projectsOverTime: { period: string; values: Record<string, number> }[];
  countries: CountryRow[];
  projects: CorpusProject[];
  entities: CorpusEntity[];
  articles: CorpusArticle[];
  limits: { projects: number; entities: number; articles: number };
}

export interface CorpusModelOptions {
  /** Where `arqam analyze --out` wrote article reports (DIR/<slug>/report.html), to link them. */
  articleReports?: string | null;
  /** The folder the report is written to (links are relative to it). */
  outDir: string;
  limits?: Partial<CorpusModel['limits']>;
}

export const DEFAULT_LIMITS: CorpusModel['limits'] = { projects: 150, entities: 40, articles: 100 };

const rows = async (conn: DuckDBConnection, sql: string, values?: DuckDBValue[]): Promise<Record<string, unknown>[]> =>
  (await conn.runAndReadAll(sql, values)).getRowObjectsJS() as Record<string, unknown>[];
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The outlet of a document, as consolidation reads it (store-consolidation.ts). */
const OUTLET_SQL = `coalesce(d.site, CASE WHEN regexp_matches(d.source, '[/\\\\:.]') THEN NULL ELSE d.source END)`;

/** The period of a date: the date itself, its ISO week's Monday, or its month. */
export function periodOf(date: string, period: CorpusModel['period']): string {
  if (period === 'day') return date;
  if (period === 'month') return date.slice(0, 7);
  const d = new Date(`${date}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** The period after `p` (a day, a week's Monday, or a month YYYY-MM). */
export function nextPeriod(p: string, period: CorpusModel['period']): string {
  if (period === 'month') {
    const [y, m] = p.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${p}T00:00:00Z`);
  return new Date(d.getTime() + (period === 'week' ? 7 : 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Days for daily columns up to two months, weeks up to two years, months beyond. */
export function periodFor(first: string | null, last: string | null): CorpusModel['period'] {
  if (!first || !last) return 'day';
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return days <= 62 ? 'day' : days <= 730 ? 'week' : 'month';
}

export async function buildCorpusModel(conn: DuckDBConnection, storePath: string, options: CorpusModelOptions): Promise<CorpusModel> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const countryNames = new Map(loadCountries().map((c) => [c.key, c.nameAr]));
  const counts = await readCounts(conn);
  const period = periodFor(counts.firstDate, counts.lastDate);
  return {
    store: basename(storePath),
    counts,
    period,
    figuresOverTime: series(await figuresOverTime(conn, period), period),
    projectsOverTime: series(await projectsOverTime(conn, period), period),
    countries: await readCountries(conn, countryNames),
    projects: await readProjects(conn, limits.projects, countryNames, options),
    entities: await readEntities(conn, limits.entities),
    articles: await readArticles(conn, limits.articles, options),
    limits,
  };
}

/** The store's counts: documents, dates, outlets, figures, records, consolidated projects and entities. */
async function readCounts(conn: DuckDBConnection): Promise<CorpusModel['counts']> {
  const [c] = await rows(
    conn,
    `
    SELECT count(*) AS documents, count(TRY_CAST(d.published AS DATE)) AS dated, count(DISTINCT ${OUTLET_SQL}) AS outlets,
           strftime(min(TRY_CAST(d.published AS DATE)), '%Y-%m-%d') AS first, strftime(max(TRY_CAST(d.published AS DATE)), '%Y-%m-%d') AS last,
           (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM projects) AS records,
           (SELECT count(*) FROM consolidated_projects) AS projects,
           (SELECT count(*) FROM consolidated_projects WHERE sources > 1) AS multi,
           (SELECT count(*) FROM consolidated_projects WHERE conflict_count > 0) AS conflicts,
           (SELECT count(*) FROM consolidated_entities) AS entities
    FROM documents d`,
  );
  return {
    documents: num(c.documents),
    dated: num(c.dated),
    outlets: num(c.outlets),
    firstDate: strOrNull(c.first),
    lastDate: strOrNull(c.last),
    figures: num(c.figures),
    projectRecords: num(c.records),
    projects: num(c.projects),
    multiSource: num(c.multi),
    withConflicts: num(c.conflicts),
    entities: num(c.entities),
  };
}

type Period = CorpusModel['period'];

/** Figures by family of kind, per period of publication. */
async function figuresOverTime(conn: DuckDBConnection, period: Period): Promise<Map<string, Record<string, number>>> {
  const byPeriod = new Map<string, Record<string, number>>();
  for (const r of await rows(
    conn,
    `
      SELECT strftime(TRY_CAST(d.published AS DATE), '%Y-%m-%d') AS day, f.kind, count(*) AS n
      FROM figures f JOIN documents d ON d.doc_id = f.doc_id
      WHERE TRY_CAST(d.published AS DATE) IS NOT NULL GROUP BY ALL ORDER BY day`,
  )) {
    const p = periodOf(String(r.day), period);
    const v = byPeriod.get(p) ?? {};
    const family = KIND_FAMILY[r.kind as FigureKind] ?? 'count';
    v[family] = (v[family] ?? 0) + num(r.n);
    byPeriod.set(p, v);
  }
  return byPeriod;
}

/** Consolidated projects (from one source or several) per period of their first report. */
async function projectsOverTime(conn: DuckDBConnection, period: Period): Promise<Map<string, Record<string, number>>> {
  const byPeriod = new Map<string, Record<string, number>>();
  for (const r of await rows(
    conn,
    `
      SELECT strftime(first_report, '%Y-%m-%d') AS day, sources > 1 AS multi, count(*) AS n
      FROM consolidated_projects WHERE first_report IS NOT NULL GROUP BY ALL ORDER BY day`,
  )) {
    const p = periodOf(String(r.day), period);
    const v = byPeriod.get(p) ?? {};
    const key = r.multi ? 'multi' : 'single';
    v[key] = (v[key] ?? 0) + num(r.n);
    byPeriod.set(p, v);
  }
  return byPeriod;
}

/** Every period from the first to the last, so days with no article show as gaps on the axis. */
function series(m: Map<string, Record<string, number>>, period: Period): { period: string; values: Record<string, number> }[] {
  const keys = [...m.keys()].sort();
  if (keys.length === 0) return [];
  const out: { period: string; values: Record<string, number> }[] = [];
  for (let p = keys[0]; p <= keys[keys.length - 1]; p = nextPeriod(p, period)) out.push({ period: p, values: m.get(p) ?? {} });
  return out;
}

/** Consolidated projects and their money by country. */
async function readCountries(conn: DuckDBConnection, countryNames: Map<string, string>): Promise<CountryRow[]> {
  return (
    await rows(
      conn,
      `
      SELECT country, count(*) AS projects, count(*) FILTER (WHERE sources > 1) AS multi, coalesce(sum(cost_usd), 0) AS usd
      FROM consolidated_projects WHERE country IS NOT NULL GROUP BY country ORDER BY projects DESC, country`,
    )
  ).map((r) => ({
    key: String(r.country),
    name: countryNames.get(String(r.country)) ?? String(r.country),
    projects: num(r.projects),
    multiSource: num(r.multi),
    usd: num(r.usd),
  }));
}

/** The consolidated projects shown (most sources first), each with its member records. */
async function readProjects(
  conn: DuckDBConnection,
  limit: number,
  countryNames: Map<string, string>,
  options: CorpusModelOptions,
): Promise<CorpusProject[]> {
  const projectRows = await rows(
    conn,
    `
      SELECT *, strftime(first_report, '%Y-%m-%d') AS first_text, strftime(last_report, '%Y-%m-%d') AS last_text FROM consolidated_projects
      ORDER BY sources DESC, conflict_count DESC, first_report NULLS LAST, cluster_id LIMIT ${limit}`,
  );
  const ids = projectRows.map((r) => String(r.cluster_id));
  const members = new Map<string, ProjectSource[]>();
  if (ids.length > 0) {
    for (const r of await rows(
      conn,
      `
        SELECT pc.cluster_id, pc.doc_id, pc.project_id, pc.name, pc.outlet, strftime(pc.published, '%Y-%m-%d') AS published, d.title, d.source
        FROM project_clusters pc JOIN documents d ON d.doc_id = pc.doc_id
        WHERE list_contains($1, pc.cluster_id) ORDER BY pc.cluster_id, pc.published NULLS LAST, pc.doc_id, pc.project_id`,
      [listValue(ids)],
    )) {
      const list = members.get(String(r.cluster_id)) ?? [];
      list.push({
        doc_id: String(r.doc_id),
        project_id: String(r.project_id),
        name: String(r.name),
        outlet: strOrNull(r.outlet),
        published: strOrNull(r.published),
        title: strOrNull(r.title),
        href: reportHref(strOrNull(r.source), options),
      });
      members.set(String(r.cluster_id), list);
    }
  }
  return projectRows.map((r) => ({
    cluster_id: String(r.cluster_id),
    name: String(r.name),
    type: String(r.type),
    country: strOrNull(r.country),
    countryName: r.country ? (countryNames.get(String(r.country)) ?? String(r.country)) : null,
    places: ((r.places as unknown[] | null) ?? []).map(String),
    year: numOrNull(r.year),
    year_end: numOrNull(r.year_end),
    capacity_mw: numOrNull(r.capacity_mw),
    capacity_mw_max: numOrNull(r.capacity_mw_max),
    cost: numOrNull(r.cost),
    currency: strOrNull(r.currency),
    cost_usd: numOrNull(r.cost_usd),
    first_report: strOrNull(r.first_text),
    last_report: strOrNull(r.last_text),
    sources: num(r.sources),
    outlets: num(r.outlets),
    conflicts: JSON.parse(String(r.conflicts_json ?? '[]')) as Conflict[],
    members: members.get(String(r.cluster_id)) ?? [],
  }));
}

/** The entities shown, by documents and mentions. */
async function readEntities(conn: DuckDBConnection, limit: number): Promise<CorpusEntity[]> {
  return (
    await rows(
      conn,
      `
      SELECT entity_key, type, name, name_en, documents, mentions FROM consolidated_entities
      ORDER BY documents DESC, mentions DESC, entity_key LIMIT ${limit}`,
    )
  ).map((r) => ({
    entity_key: String(r.entity_key),
    type: String(r.type),
    name: String(r.name),
    name_en: strOrNull(r.name_en),
    documents: num(r.documents),
    mentions: num(r.mentions),
  }));
}

/** The articles shown, by projects and figures. */
async function readArticles(conn: DuckDBConnection, limit: number, options: CorpusModelOptions): Promise<CorpusArticle[]> {
  return (
    await rows(
      conn,
      `
      SELECT d.doc_id, d.title, strftime(TRY_CAST(d.published AS DATE), '%Y-%m-%d') AS published, ${OUTLET_SQL} AS outlet,
             d.figures, d.entities, d.projects, d.source
      FROM documents d ORDER BY d.projects DESC, d.figures DESC, d.doc_id LIMIT ${limit}`,
    )
  ).map((r) => ({
    doc_id: String(r.doc_id),
    title: strOrNull(r.title),
    published: strOrNull(r.published),
    outlet: strOrNull(r.outlet),
    figures: num(r.figures),
    entities: num(r.entities),
    projects: num(r.projects),
    href: reportHref(strOrNull(r.source), options),
  }));
}

/** The relative link to a document's own report, where `arqam analyze --out` wrote one. */
function reportHref(source: string | null, options: CorpusModelOptions): string | null {
  if (!options.articleReports || !source) return null;
  const slug = basename(source, extname(source))
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return null;
  const file = join(options.articleReports, slug, 'report.html');
  if (!existsSync(file)) return null;
  return relative(options.outDir, file).split('\\').join('/');
}
