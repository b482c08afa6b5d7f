// arqam query and arqam export on a small store: read-only SQL in three formats, clear errors,
// and Parquet datasets partitioned by publication year that read back to the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runCli } from '../cli/run-cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { queryRows, tableCounts, tempDir } from './store-helpers.js';

const SEED = join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt');
let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir('export');
  db = join(dir, 'store.duckdb');
  const undated = join(dir, 'undated.txt');
  writeFileSync(undated, 'أعلنت وزارة الكهرباء عن تشغيل محطة جديدة لتوليد الطاقة بقدرة 300 ميغاواط.\n');
  const r = runCli(['ingest', SEED, undated, '--db', db]);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('arqam query', () => {
  it.each<[string, string]>([
    ['table', 'published  │ n\n───────────┼──\n2025-12-20 │ 1\nNULL       │ 1\n(2 rows)\n'],
    ['csv', 'published,n\r\n2025-12-20,1\r\n,1\r\n'],
    ['json', '[\n{"published":"2025-12-20","n":1},\n{"published":null,"n":1}\n]\n'],
  ])('prints the result as %s', (format, expected) => {
    const sql = 'SELECT published, count(*) AS n FROM documents GROUP BY ALL ORDER BY published NULLS LAST';
    const r = runCli(['query', sql, '--db', db, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it.each<[string, string[], number, RegExp]>([
    ['SQL with a syntax error', ['query', 'SELEC 1', '--db', 'DB'], 1, /query failed: .*syntax error/],
    [
      'a write on the read-only connection',
      ['query', 'DELETE FROM documents', '--db', 'DB'],
      1,
      /query refused: DELETE changes the store, and arqam query is read-only/,
    ],
    ['a store that does not exist', ['query', 'SELECT 1', '--db', 'nowhere.duckdb'], 1, /nowhere\.duckdb: no such store/],
    ['an unknown format', ['query', 'SELECT 1', '--db', 'DB', '--format', 'xml'], 2, /--format is one of table, csv, json/],
  ])('fails clearly on %s', (_name, args, status, message) => {
    const r = runCli(
      args.map((a) => (a === 'DB' ? db : a)),
      undefined,
      dir,
    );
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
  });

  it('stops quietly, status 0, when its reader closes the pipe (as head does)', async () => {
    const child = spawn(process.execPath, [
      join(PROJECT_ROOT, 'dist/cli/bin.js'),
      'query',
      'SELECT * FROM sentences, range(2000)',
      '--db',
      db,
      '--format',
      'csv',
    ]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('left the store as it was after a refused write', async () => {
    expect((await tableCounts(db)).documents).toBe(2);
  });
});

describe('arqam export --parquet', () => {
  it('writes one dataset per table, partitioned by publication year, that reads back to the same rows', async () => {
    const out = join(dir, 'parquet');
    const r = runCli(['export', '--db', db, '--parquet', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(out, 'documents')).sort()).toEqual(['year=2025', 'year=__HIVE_DEFAULT_PARTITION__']);
    expect(existsSync(join(out, 'errors', 'errors.parquet'))).toBe(true);
    const counts = await tableCounts(db);
    for (const table of [
      'documents',
      'sentences',
      'entities',
      'mentions',
      'figures',
      'projects',
      'project_partners',
      'messages',
      'inputs',
    ]) {
      const [row] = await queryRows(
        db,
        `SELECT count(*) AS n FROM read_parquet('${join(out, table)}/*/*.parquet', hive_partitioning = true)`,
      );
      expect(Number(row.n), table).toBe(counts[table]);
    }
    const years = await queryRows(
      db,
      `SELECT year, count(*) AS n FROM read_parquet('${join(out, 'documents')}/*/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY year NULLS LAST`,
    );
    expect(years).toEqual([
      { year: 2025n, n: 1n },
      { year: null, n: 1n },
    ]);
  });

  it('replaces the datasets when run again', () => {
    const out = join(dir, 'parquet');
    expect(runCli(['export', '--db', db, '--parquet', out]).status).toBe(0);
    expect(readdirSync(join(out, 'documents', 'year=2025'))).toEqual(['data_0.parquet']);
  });

  it('needs --parquet', () => {
    const r = runCli(['export', '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/export needs --parquet DIR/);
  });
});
