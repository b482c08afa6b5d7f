// arqam export --parquet: year= partitions for every table, typed dates and lists, rows that read
// back row for row against the store (DuckDB) and in a second reader (hyparquet); the same from
// extract output without a store (--from-jsonl); and a store written before the types, exported
// as typed and converted in place by the next writer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { queryRows, tempDir } from './store-helpers.js';

const SEED = join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt');
const TABLES = ['documents', 'sentences', 'entities', 'mentions', 'figures', 'projects', 'project_partners', 'messages', 'inputs'];
const UNDATED = 'أعلنت وزارة الكهرباء عن تشغيل محطة جديدة لتوليد الطاقة بقدرة 300 ميغاواط في مارس 2014.\n';
const SNN = {
  source: 'aawsat',
  url: 'http://aawsat.com/1',
  date_extracted: '2015-07-31 04:10:27',
  title: 'عنوان',
  content: 'وقعت الشركة عقدا بقيمة 2 مليار دولار لبناء محطة رياح في تبوك بقدرة 400 ميغاواط.',
};

let dir: string;
let db: string;
let out: string;
const glob = (table: string, root = out) => `read_parquet('${join(root, table)}/*/*.parquet', hive_partitioning = true)`;

beforeAll(() => {
  dir = tempDir('parquet');
  db = join(dir, 'store.duckdb');
  out = join(dir, 'parquet');
  writeFileSync(join(dir, 'undated.txt'), UNDATED);
  writeFileSync(join(dir, 'snn.json'), JSON.stringify([SNN]));
  const r = runCli(['ingest', SEED, join(dir, 'undated.txt'), join(dir, 'snn.json'), '--db', db]);
  if (r.status !== 0) throw new Error(r.stderr);
  const e = runCli(['export', '--db', db, '--parquet', out]);
  if (e.status !== 0) throw new Error(e.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows of `sql` as JSON values (dates as ISO strings, lists as arrays), sorted. */
async function rows(sql: string): Promise<unknown[]> {
  const store = await openStore(db, { readOnly: true });
  try {
    return (await store.conn.runAndReadAll(`${sql} ORDER BY ALL`)).getRowObjectsJson();
  } finally {
    store.close();
  }
}

describe('arqam export --parquet', () => {
  it.each(TABLES)('partitions %s by year=', (table) => {
    for (const partition of readdirSync(join(out, table))) expect(partition).toMatch(/^year=(\d{4}|__HIVE_DEFAULT_PARTITION__)$/);
  });

  it('dates a SaudiNewsNet record by its date_extracted', () => {
    for (const table of ['documents', 'sentences', 'figures', 'inputs']) {
      expect(readdirSync(join(out, table)).sort(), table).toEqual(['year=2015', 'year=2025', 'year=__HIVE_DEFAULT_PARTITION__']);
    }
  });

  it.each(TABLES)('reads %s back row for row against the store', async (table) => {
    const stored = table === 'projects' ? 'SELECT * EXCLUDE (year), year AS project_year FROM projects' : `SELECT * FROM ${table}`;
    const parquet = `SELECT * EXCLUDE (year) FROM ${glob(table)}`;
    const fromStore = await rows(stored);
    if (table !== 'messages') expect(fromStore.length).toBeGreaterThan(0);
    expect(await rows(parquet)).toEqual(fromStore);
  });

  it('types dates as DATE and lists as LIST, with NULL where absent', async () => {
    const types = async (table: string) =>
      Object.fromEntries(
        (
          (await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${glob(table)})`)) as {
            column_name: string;
            column_type: string;
          }[]
        ).map((r) => [r.column_name, r.column_type]),
      );
    expect(await types('documents')).toMatchObject({ published: 'DATE', sha256: 'VARCHAR', year: 'BIGINT' });
    expect(await types('figures')).toMatchObject({ value: 'DOUBLE', date: 'DATE', date_max: 'DATE', date_text: 'VARCHAR' });
    expect(await types('projects')).toMatchObject({ places: 'VARCHAR[]', figures: 'VARCHAR[]', project_year: 'INTEGER' });
    const dates = await rows(
      `SELECT text, value, date, date_max, date_text FROM ${glob('figures')} WHERE kind = 'date' AND text = 'مارس 2014'`,
    );
    expect(dates).toEqual([{ text: 'مارس 2014', value: null, date: null, date_max: null, date_text: '2014-03' }]);
    const [snn] = await rows(
      `SELECT published, year, length(sha256) AS n, starts_with(sha256, doc_id) AS key FROM ${glob('documents')} WHERE source = 'aawsat'`,
    );
    expect(snn).toEqual({ published: '2015-07-31', year: '2015', n: '64', key: true });
    const [empty] = await rows(`SELECT count(*) AS n FROM ${glob('projects')} WHERE places = [] OR figures = []`);
    expect(empty).toEqual({ n: '0' });
  });

  it('reads back in a second reader (hyparquet): the same rows, dates and lists typed', async () => {
    for (const table of ['documents', 'projects', 'figures']) {
      const files = readdirSync(join(out, table)).flatMap((p) => readdirSync(join(out, table, p)).map((f) => join(out, table, p, f)));
      let n = 0;
      for (const f of files) {
        const objects = await parquetReadObjects({ file: await asyncBufferFromFile(f), compressors });
        n += objects.length;
        for (const o of objects) {
          if (table === 'documents' && o.published !== null) expect(o.published).toBeInstanceOf(Date);
          if (table === 'projects' && o.places !== null) expect(Array.isArray(o.places)).toBe(true);
        }
      }
      const [{ n: stored }] = (await rows(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[];
      expect(n, table).toBe(Number(stored));
    }
  });
});

describe('arqam export --from-jsonl', () => {
  it('converts extract output to the same Parquet as the store gives, without a store', async () => {
    const lines = [readFileSync(SEED, 'utf8'), UNDATED].map((text, i) => JSON.stringify({ id: `d${i}`, text }));
    lines.push(JSON.stringify(SNN), '', 'not json');
    const extracted = runCli(['extract', '--jsonl', '--keep-going'], lines.join('\n'));
    expect(extracted.status).toBe(0);
    const jsonl = join(dir, 'shard-0.jsonl');
    writeFileSync(jsonl, extracted.stdout);
    const fromJsonl = join(dir, 'from-jsonl');
    const r = runCli(['export', '--from-jsonl', jsonl, '--parquet', fromJsonl]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${jsonl}:4: extract failed: line 4: blank line`);
    expect(r.stderr).toContain(`${jsonl}:5: extract failed: line 5: invalid JSON`);
    for (const table of ['figures', 'entities', 'mentions', 'projects', 'project_partners', 'sentences', 'messages']) {
      expect(readdirSync(join(fromJsonl, table)).sort(), table).toEqual(readdirSync(join(out, table)).sort());
      expect(await rows(`SELECT * FROM ${glob(table, fromJsonl)}`), table).toEqual(await rows(`SELECT * FROM ${glob(table)}`));
    }
    const doc = 'SELECT * EXCLUDE (source) FROM ';
    expect(await rows(doc + glob('documents', fromJsonl))).toEqual(await rows(doc + glob('documents')));
    expect(await rows(`SELECT count(*) AS n FROM read_parquet('${join(fromJsonl, 'errors', 'errors.parquet')}')`)).toEqual([{ n: '2' }]);
  });
});

describe('a store written before dates and lists were typed', () => {
  it('exports typed Parquet as it is, and is converted in place by the next writer', async () => {
    const old = join(dir, 'old.duckdb');
    const typed = join(dir, 'typed.duckdb');
    for (const d of [old, typed]) expect(runCli(['ingest', SEED, join(dir, 'undated.txt'), '--db', d]).status).toBe(0);
    // Back to the old types: strings for dates, `|`-joined strings for lists, no added columns.
    const store = await openStore(old);
    for (const sql of [
      'DROP VIEW figure_facts',
      'ALTER TABLE documents DROP COLUMN sha256',
      "ALTER TABLE documents ALTER published TYPE VARCHAR USING strftime(published, '%Y-%m-%d')",
      'ALTER TABLE figures ALTER "date" TYPE VARCHAR',
      'ALTER TABLE figures ALTER date_max TYPE VARCHAR',
      `UPDATE figures SET "date" = split_part(date_text, '/', 1), date_max = nullif(split_part(date_text, '/', 2), '') WHERE date_text IS NOT NULL`,
      'ALTER TABLE figures DROP COLUMN date_text',
      "ALTER TABLE projects ALTER places TYPE VARCHAR USING coalesce(array_to_string(places, '|'), '')",
      "ALTER TABLE projects ALTER figures TYPE VARCHAR USING coalesce(array_to_string(figures, '|'), '')",
    ])
      await store.conn.run(sql);
    store.close();
    const oldOut = join(dir, 'old-parquet');
    expect(runCli(['export', '--db', old, '--parquet', oldOut]).status).toBe(0);
    const typedOut = join(dir, 'typed-parquet');
    expect(runCli(['export', '--db', typed, '--parquet', typedOut]).status).toBe(0);
    for (const table of ['documents', 'figures', 'projects']) {
      const except = table === 'documents' ? ' EXCLUDE (sha256)' : '';
      expect(await rows(`SELECT *${except} FROM ${glob(table, oldOut)}`), table).toEqual(
        await rows(`SELECT *${except} FROM ${glob(table, typedOut)}`),
      );
    }
    const writer = await openStore(old);
    writer.close();
    const types = await queryRows(
      old,
      `SELECT c, data_type AS t FROM (SELECT table_name || '.' || column_name AS c, data_type FROM information_schema.columns)
      WHERE c IN ('documents.published', 'documents.sha256', 'figures.date', 'figures.date_max', 'figures.date_text', 'projects.figures', 'projects.places') ORDER BY c`,
    );
    expect(types).toEqual([
      { c: 'documents.published', t: 'DATE' },
      { c: 'documents.sha256', t: 'VARCHAR' },
      { c: 'figures.date', t: 'DATE' },
      { c: 'figures.date_max', t: 'DATE' },
      { c: 'figures.date_text', t: 'VARCHAR' },
      { c: 'projects.figures', t: 'VARCHAR[]' },
      { c: 'projects.places', t: 'VARCHAR[]' },
    ]);
    expect(await queryRows(old, `SELECT date_text FROM figures WHERE text = 'مارس 2014'`)).toEqual([{ date_text: '2014-03' }]);
  });
});
