// The consolidation in the store: `project_clusters` (every project record with its cluster),
// `project_links` (the links that made each cluster, with their evidence),
// `consolidated_projects` (one row per cluster: consensus, sources, conflicts),
// `entity_documents` (each document's entities under one key per real-world entity) and the
// view `consolidated_entities` (one row per entity, with its documents and mentions).
// Incremental: `consolidation_docs` remembers the ingest run of every document consolidated;
// a later call re-clusters only the country blocks that new, replaced or removed documents
// touch, which gives exactly what clustering the whole store gives (cluster-projects.ts).
import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterProjects, type ClusterOptions, type ClusterStats } from './cluster-projects.js';
import { consolidate, conflictsText, clusterId } from './consensus.js';
import { entityKey } from './entity-keys.js';
import { keyProject, type KeyedProject } from './project-keys.js';
import type { ProjectRecord } from './project-record.js';

type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'VARCHAR[]';

/** The consolidation's tables, their columns and types, in order. */
export const CONSOLIDATION_TABLES: Record<string, [string, ColumnType][]> = {
  project_clusters: [
    ['cluster_id', 'VARCHAR'],
    ['block', 'VARCHAR'],
    ['doc_id', 'VARCHAR'],
    ['project_id', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['type', 'VARCHAR'],
    ['published', 'DATE'],
    ['outlet', 'VARCHAR'],
    ['name_words', 'VARCHAR'],
  ],
  project_links: [
    ['cluster_id', 'VARCHAR'],
    ['block', 'VARCHAR'],
    ['doc_a', 'VARCHAR'],
    ['project_a', 'VARCHAR'],
    ['doc_b', 'VARCHAR'],
    ['project_b', 'VARCHAR'],
    ['rule', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['places', 'VARCHAR'],
    ['capacity', 'VARCHAR'],
    ['cost', 'VARCHAR'],
    ['years', 'VARCHAR'],
    ['days', 'INTEGER'],
  ],
  consolidated_projects: [
    ['cluster_id', 'VARCHAR'],
    ['block', 'VARCHAR'],
    ['type', 'VARCHAR'],
    ['family', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['country', 'VARCHAR'],
    ['places', 'VARCHAR[]'],
    ['year', 'INTEGER'],
    ['year_end', 'INTEGER'],
    ['capacity_mw', 'DOUBLE'],
    ['capacity_mw_max', 'DOUBLE'],
    ['capacity', 'DOUBLE'],
    ['capacity_unit', 'VARCHAR'],
    ['cost', 'DOUBLE'],
    ['currency', 'VARCHAR'],
    ['cost_usd', 'DOUBLE'],
    ['partners', 'VARCHAR[]'],
    ['first_report', 'DATE'],
    ['last_report', 'DATE'],
    ['sources', 'INTEGER'],
    ['outlets', 'INTEGER'],
    ['members', 'INTEGER'],
    ['source_docs', 'VARCHAR[]'],
    ['source_outlets', 'VARCHAR[]'],
    ['conflict_count', 'INTEGER'],
    ['conflicts', 'VARCHAR'],
    ['conflicts_json', 'VARCHAR'],
  ],
  entity_documents: [
    ['entity_key', 'VARCHAR'],
    ['doc_id', 'VARCHAR'],
    ['entity_id', 'VARCHAR'],
    ['type', 'VARCHAR'],
    ['key', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['name_en', 'VARCHAR'],
    ['mentions', 'INTEGER'],
  ],
  consolidation_docs: [
    ['doc_id', 'VARCHAR'],
    ['run', 'INTEGER'],
  ],
};

/** One row per entity: its most frequent name (ties: the first in order), documents, mentions. */
export const CONSOLIDATED_ENTITIES_SQL = `
SELECT e.entity_key, any_value(e.type) AS type, max(e.key) AS key,
       (SELECT n.name FROM entity_documents n WHERE n.entity_key = e.entity_key
        GROUP BY n.name ORDER BY count(*) DESC, n.name LIMIT 1) AS name,
       max(e.name_en) AS name_en, count(DISTINCT e.doc_id)::INTEGER AS documents, sum(e.mentions)::BIGINT AS mentions
FROM entity_documents e GROUP BY e.entity_key`;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Creates the consolidation's tables and view where missing. */
export async function ensureConsolidationSchema(conn: DuckDBConnection): Promise<void> {
  for (const [table, cols] of Object.entries(CONSOLIDATION_TABLES)) {
    await conn.run(`CREATE TABLE IF NOT EXISTS ${q(table)} (${cols.map(([n, t]) => `${q(n)} ${t}`).join(', ')})`);
  }
  await conn.run(`CREATE OR REPLACE VIEW consolidated_entities AS ${CONSOLIDATED_ENTITIES_SQL}`);
}

async function columnTypes(conn: DuckDBConnection, table: string): Promise<Map<string, string>> {
  const r = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $1`,
    [table],
  );
  return new Map((r.getRowsJS() as [string, string][]).map(([n, t]) => [n, t.toUpperCase()]));
}

async function hasTable(conn: DuckDBConnection, table: string): Promise<boolean> {
  return (await columnTypes(conn, table)).size > 0;
}

/**
 * The SQL that reads project records, whatever the store's version: places as a `|`-joined
 * string or a LIST, capacity and capacity_unit present or not, published a string or a DATE.
 */
async function recordsSql(conn: DuckDBConnection): Promise<string> {
  const cols = await columnTypes(conn, 'projects');
  const places = (cols.get('places') ?? '').endsWith('[]') ? 'p.places' : `string_split(nullif(p.places, ''), '|')`;
  const opt = (name: string) => (cols.has(name) ? `p.${q(name)}` : 'NULL');
  const doc = await columnTypes(conn, 'documents');
  const site = doc.has('site') ? 'd.site' : 'NULL';
  // The outlet: the page's site, else the record's source when it is a name and not a path.
  const outlet = `coalesce(${site}, CASE WHEN regexp_matches(d.source, '[/\\\\:.]') THEN NULL ELSE d.source END)`;
  return `
    SELECT p.doc_id, p.project_id, p.type, p.name, p.country, ${places} AS places, p.year, p.year_end,
           p.capacity_mw, p.capacity_mw_max, ${opt('capacity')} AS capacity, ${opt('capacity_unit')} AS capacity_unit,
           p.cost, p.currency, p.cost_usd, coalesce(pp.partners, []) AS partners,
           strftime(TRY_CAST(d.published AS DATE), '%Y-%m-%d') AS published, ${outlet} AS outlet, d.title, s.text AS context
    FROM projects p
    JOIN documents d ON d.doc_id = p.doc_id
    LEFT JOIN (SELECT s.doc_id, s.sentence, s.text FROM sentences s SEMI JOIN projects q ON q.doc_id = s.doc_id AND q.sentence = s.sentence) s
      ON s.doc_id = p.doc_id AND s.sentence = p.sentence
    LEFT JOIN (SELECT doc_id, project_id, list(name ORDER BY entity_id) FILTER (WHERE name IS NOT NULL) AS partners
               FROM project_partners GROUP BY doc_id, project_id) pp
      ON pp.doc_id = p.doc_id AND pp.project_id = p.project_id`;
}

/** The project records of the store, or of the country blocks given ('' for no country). */
export async function readProjectRecords(conn: DuckDBConnection, blocks?: readonly string[]): Promise<ProjectRecord[]> {
  const base = await recordsSql(conn);
  const sql = blocks ? `${base} WHERE list_contains($1, coalesce(p.country, ''))` : base;
  const reader = blocks ? await conn.runAndReadAll(sql, [listValue([...blocks])]) : await conn.runAndReadAll(sql);
  return (reader.getRowObjectsJS() as Record<string, unknown>[]).map(toRecord);
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toRecord(row: Record<string, unknown>): ProjectRecord {
  return {
    doc_id: String(row.doc_id),
    project_id: String(row.project_id),
    type: str(row.type),
    name: str(row.name) ?? '',
    country: str(row.country),
    places: ((row.places as unknown[] | null) ?? []).map(String).filter((p) => p !== ''),
    year: num(row.year),
    year_end: num(row.year_end),
    capacity_mw: num(row.capacity_mw),
    capacity_mw_max: num(row.capacity_mw_max),
    capacity: num(row.capacity),
    capacity_unit: str(row.capacity_unit),
    cost: num(row.cost),
    currency: str(row.currency),
    cost_usd: num(row.cost_usd),
    partners: ((row.partners as unknown[] | null) ?? []).map(String),
    published: str(row.published),
    outlet: str(row.outlet),
    title: str(row.title),
    context: str(row.context),
  };
}

export interface ConsolidationStats extends ClusterStats {
  /** Whether the whole store was consolidated (else only the blocks that changed). */
  full: boolean;
  documents: number;
  blocks: number;
  clusters: number;
  /** Clusters of more than one document. */
  merged: number;
  entityDocuments: number;
  seconds: number;
}

export interface ConsolidateOptions extends ClusterOptions {
  /** Re-cluster everything, not only what changed. */
  full?: boolean;
  progress?: (line: string) => void;
}

/** Brings the consolidation up to date with the store's documents. */
export async function consolidateStore(conn: DuckDBConnection, options: ConsolidateOptions = {}): Promise<ConsolidationStats> {
  const started = Date.now();
  const progress = options.progress ?? (() => {});
  await ensureConsolidationSchema(conn);
  const runs = await documentRuns(conn);
  const done = new Map(
    (await conn.runAndReadAll('SELECT doc_id, run FROM consolidation_docs')).getRowsJS().map(([d, r]) => [String(d), Number(r)]),
  );
  const full = options.full === true || done.size === 0;
  const changed = [...runs]
    .filter(([d, r]) => full || done.get(d) !== r)
    .map(([d]) => d)
    .sort();
  const removed = [...done.keys()].filter((d) => !runs.has(d)).sort();
  const touched = [...changed, ...removed];
  const stats: ConsolidationStats = {
    full,
    documents: touched.length,
    blocks: 0,
    clusters: 0,
    merged: 0,
    entityDocuments: 0,
    seconds: 0,
    records: 0,
    comparisons: 0,
    links: 0,
  };
  if (!full && touched.length === 0) {
    stats.seconds = (Date.now() - started) / 1000;
    return stats;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'arqam-consolidate-'));
  try {
    // The blocks to re-cluster: those of the changed documents' projects, now and before.
    let blocks: string[] | undefined;
    if (!full) {
      const ids = listValue(touched);
      const now = await conn.runAndReadAll(`SELECT DISTINCT coalesce(country, '') FROM projects WHERE list_contains($1, doc_id)`, [ids]);
      const before = await conn.runAndReadAll(`SELECT DISTINCT block FROM project_clusters WHERE list_contains($1, doc_id)`, [ids]);
      blocks = [...new Set([...now.getRowsJS(), ...before.getRowsJS()].map(([b]) => String(b ?? '')))].sort();
    }
    progress(
      full
        ? 'consolidate: reading every project'
        : `consolidate: ${touched.length} documents changed, re-clustering ${blocks!.length} country blocks`,
    );
    const records = await readProjectRecords(conn, blocks);
    const keyed = records.map(keyProject);
    const clusters = clusterProjects(keyed, options, stats);
    stats.blocks = new Set(keyed.map((k) => k.record.country ?? '')).size;
    stats.clusters = clusters.length;
    stats.merged = clusters.filter((c) => new Set(c.members.map((m) => m.record.doc_id)).size > 1).length;
    progress(
      `consolidate: ${records.length} projects → ${clusters.length} clusters (${stats.merged} of several documents), ${stats.comparisons} comparisons`,
    );

    const clusterRows: string[] = [];
    const linkRows: string[] = [];
    const projectRows: string[] = [];
    for (const c of clusters) {
      const id = clusterId(c);
      const block = c.members[0].record.country ?? '';
      for (const m of c.members) clusterRows.push(json(memberRow(id, block, m)));
      for (const l of c.links) {
        const e = l.comparison;
        linkRows.push(
          json({
            cluster_id: id,
            block,
            doc_a: l.a.record.doc_id,
            project_a: l.a.record.project_id,
            doc_b: l.b.record.doc_id,
            project_b: l.b.record.project_id,
            rule: e.rule,
            name: e.name,
            places: e.places,
            capacity: e.capacity,
            cost: e.cost,
            years: e.years,
            days: e.days,
          }),
        );
      }
      const p = consolidate(c);
      const docs = [...new Set(c.members.map((m) => m.record.doc_id))].sort();
      const outlets = [...new Set(c.members.map((m) => m.record.outlet).filter((o): o is string => o !== null))].sort();
      projectRows.push(
        json({
          ...p,
          block,
          source_docs: docs,
          source_outlets: outlets,
          conflict_count: p.conflicts.length,
          conflicts: p.conflicts.length ? conflictsText(p.conflicts) : null,
          conflicts_json: JSON.stringify(p.conflicts),
        }),
      );
    }

    await conn.run('BEGIN TRANSACTION');
    try {
      for (const table of ['project_clusters', 'project_links', 'consolidated_projects']) {
        if (full) await conn.run(`DELETE FROM ${q(table)}`);
        else await conn.run(`DELETE FROM ${q(table)} WHERE list_contains($1, block)`, [listValue(blocks!)]);
      }
      await insertJson(conn, scratch, 'project_clusters', clusterRows);
      await insertJson(conn, scratch, 'project_links', linkRows);
      await insertJson(conn, scratch, 'consolidated_projects', projectRows);
      stats.entityDocuments = await updateEntities(conn, scratch, full ? null : touched);
      if (full) await conn.run('DELETE FROM consolidation_docs');
      else await conn.run('DELETE FROM consolidation_docs WHERE list_contains($1, doc_id)', [listValue(touched)]);
      await insertJson(
        conn,
        scratch,
        'consolidation_docs',
        changed.map((d) => json({ doc_id: d, run: runs.get(d) ?? 0 })),
      );
      await conn.run('COMMIT');
    } catch (error) {
      await conn.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  stats.seconds = (Date.now() - started) / 1000;
  return stats;
}

function memberRow(clusterId: string, block: string, m: KeyedProject): Record<string, unknown> {
  const r = m.record;
  return {
    cluster_id: clusterId,
    block,
    doc_id: r.doc_id,
    project_id: r.project_id,
    name: r.name,
    type: r.type,
    published: r.published,
    outlet: r.outlet,
    name_words: m.words.join(' '),
  };
}

const json = (row: Record<string, unknown>): string => JSON.stringify(row);

/** Each document's latest ingest run (0 where the store has no inputs row for it). */
async function documentRuns(conn: DuckDBConnection): Promise<Map<string, number>> {
  const hasInputs = await hasTable(conn, 'inputs');
  const sql = hasInputs
    ? 'SELECT d.doc_id, coalesce(max(i.run), 0) FROM documents d LEFT JOIN inputs i ON i.doc_id = d.doc_id GROUP BY d.doc_id'
    : 'SELECT doc_id, 0 FROM documents';
  return new Map((await conn.runAndReadAll(sql)).getRowsJS().map(([d, r]) => [String(d), Number(r)]));
}

/**
 * Rewrites entity_documents for the documents given (all when null); the rows written. The key
 * of an entity with a lexicon key is made in SQL; only the distinct names of the others pass
 * through entityKey (a month of SaudiNewsNet: 190,000 entity rows, 40,000 distinct names).
 */
async function updateEntities(conn: DuckDBConnection, scratch: string, docs: string[] | null): Promise<number> {
  const scope = docs === null ? '' : ' AND list_contains($1, doc_id)';
  const bind = docs === null ? undefined : [listValue(docs)];
  if (docs === null) await conn.run('DELETE FROM entity_documents');
  else await conn.run('DELETE FROM entity_documents WHERE list_contains($1, doc_id)', bind);
  const names = await conn.runAndReadAll(`SELECT DISTINCT type, name FROM entities WHERE (key IS NULL OR key = '')${scope}`, bind);
  const file = join(scratch, 'entity_names.jsonl');
  const lines = (names.getRowsJS() as [string, string | null][]).map(([type, name]) =>
    JSON.stringify({ type, name, entity_key: entityKey(type, null, name ?? '') }),
  );
  writeFileSync(file, lines.join('\n') + '\n');
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE entity_names AS SELECT * FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = {'type': 'VARCHAR', 'name': 'VARCHAR', 'entity_key': 'VARCHAR'})`,
  );
  const reader = await conn.runAndReadAll(
    `INSERT INTO entity_documents (entity_key, doc_id, entity_id, type, key, name, name_en, mentions)
     SELECT CASE WHEN e.key IS NULL OR e.key = '' THEN n.entity_key ELSE e.type || ':' || e.key END,
            e.doc_id, e.entity_id, e.type, e.key, e.name, e.name_en, e.mentions
     FROM entities e LEFT JOIN entity_names n ON n.type = e.type AND n.name IS NOT DISTINCT FROM e.name
     WHERE true${scope.replace('doc_id', 'e.doc_id')}`,
    bind,
  );
  await conn.run('DROP TABLE entity_names');
  return Number((reader.getRowsJS()[0] ?? [0])[0]);
}

async function insertJson(conn: DuckDBConnection, dir: string, table: string, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  const file = join(dir, `${table}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  const cols = CONSOLIDATION_TABLES[table];
  const names = cols.map(([n]) => q(n)).join(', ');
  const spec = cols.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(', ');
  await conn.run(
    `INSERT INTO ${q(table)} (${names}) SELECT ${names} FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${spec}})`,
  );
}

/** Whether the store's consolidation covers every document as stored now. */
export async function consolidationIsCurrent(conn: DuckDBConnection): Promise<boolean> {
  if (!(await hasTable(conn, 'consolidation_docs'))) return false;
  const runs = await documentRuns(conn);
  const done = new Map(
    (await conn.runAndReadAll('SELECT doc_id, run FROM consolidation_docs')).getRowsJS().map(([d, r]) => [String(d), Number(r)]),
  );
  if (done.size !== runs.size) return false;
  for (const [d, r] of runs) if (done.get(d) !== r) return false;
  return true;
}
