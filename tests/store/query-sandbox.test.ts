// arqam query cannot write or escape (issue 21): every attack the hostile probe ran is refused
// with a message in words, and afterwards the store, another store and the folder are as they
// were. --allow-files lets a query read files, never write them; --wait waits for an ingest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runCli } from '../cli/run-cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { tableCounts, tempDir } from './store-helpers.js';

let dir: string;
let db: string;
let other: string;

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(() => {
  dir = tempDir('sandbox');
  db = join(dir, 'store.duckdb');
  other = join(dir, 'other.duckdb');
  writeFileSync(join(dir, 'a.txt'), 'أعلنت وزارة الكهرباء عن تشغيل محطة جديدة لتوليد الطاقة بقدرة 300 ميغاواط في عام 2024.\n');
  const r = runCli(['ingest', join(dir, 'a.txt'), '--db', db, '--workers', '0']);
  if (r.status !== 0) throw new Error(r.stderr);
  copyFileSync(db, other);
  writeFileSync(join(dir, 'rows.csv'), 'a,b\n1,2\n3,4\n');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('arqam query refuses what would write or leave the store', () => {
  it.each<[string, string, RegExp]>([
    ['COPY over the store itself', "COPY (SELECT 1) TO 'store.duckdb'", /refused: COPY writes files/],
    ['COPY of a table to a file', "COPY figures TO 'out.csv'", /refused: COPY writes files/],
    ['COPY to an absolute path', `COPY figures TO '${'/tmp'}/arqam-sandbox-out.csv'`, /refused: COPY writes files/],
    ['EXPORT DATABASE', "EXPORT DATABASE 'exported'", /refused: EXPORT writes files/],
    ['ATTACH of another store read-write', "ATTACH 'other.duckdb' AS o (READ_WRITE)", /refused: ATTACH opens or closes another database/],
    [
      'ATTACH then DELETE in one go',
      "ATTACH 'other.duckdb' AS o (READ_WRITE); DELETE FROM o.figures",
      /holds 2 statements; arqam query runs one at a time/,
    ],
    ['read_text of any file', "SELECT * FROM read_text('/etc/passwd')", /refused: the query reads the file "\/etc\/passwd".*--allow-files/],
    ['read_csv of a file beside the store', "SELECT * FROM read_csv('rows.csv')", /refused: the query reads the file .*rows\.csv/],
    ['glob of a folder', "SELECT * FROM glob('/etc/*')", /refused: the query reads the file/],
    ['INSTALL of an extension (the network)', 'INSTALL httpfs', /refused: INSTALL installs or loads a DuckDB extension/],
    ['LOAD of an extension', 'LOAD httpfs', /refused: LOAD installs or loads a DuckDB extension/],
    ['SET of the external-access setting', 'SET enable_external_access = true', /refused: SET changes a setting/],
    ['DELETE on the store', 'DELETE FROM figures', /refused: DELETE changes the store/],
    ['CREATE TABLE', 'CREATE TABLE t AS SELECT 1', /refused: CREATE changes the store/],
  ])('refuses %s, and leaves every file as it was', async (_name, sql, message) => {
    const before = { store: digest(db), other: digest(other), files: readdirSync(dir).sort() };
    const r = runCli(['query', sql, '--db', db], undefined, dir);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/Error:|\n\s+at /);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect({ store: digest(db), other: digest(other), files: readdirSync(dir).sort() }).toEqual(before);
    expect(readdirSync('/tmp').includes('arqam-sandbox-out.csv')).toBe(false);
    expect((await tableCounts(other)).figures).toBeGreaterThan(0);
  });

  it('still answers queries, PRAGMA table_info and DESCRIBE included', () => {
    for (const sql of ['SELECT count(*) AS n FROM documents', "PRAGMA table_info('figures')", 'DESCRIBE figures', 'EXPLAIN SELECT 1']) {
      const r = runCli(['query', sql, '--db', db, '--format', 'csv'], undefined, dir);
      expect(r.stderr, sql).toBe('');
      expect(r.status, sql).toBe(0);
    }
  });

  it('reads files with --allow-files, and still writes none', () => {
    const read = runCli(
      ['query', "SELECT sum(a) AS s FROM read_csv('rows.csv')", '--db', db, '--format', 'csv', '--allow-files'],
      undefined,
      dir,
    );
    expect(read.stderr).toBe('');
    expect(read.stdout).toBe('s\r\n4\r\n');
    const before = digest(db);
    const write = runCli(['query', "COPY figures TO 'out.csv'", '--db', db, '--allow-files'], undefined, dir);
    expect(write.status).toBe(1);
    expect(write.stderr).toMatch(/refused: COPY writes files/);
    expect(readdirSync(dir)).not.toContain('out.csv');
    expect(digest(db)).toBe(before);
  });

  it('figures reads through the same guarded connection', () => {
    const r = runCli(['figures', '--kind', 'power', '--db', db, '--format', 'csv'], undefined, dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/300/);
  });
});

describe('arqam query while another process writes the store', () => {
  /** A child that opens the store for writing (as ingest does) and holds it until released. */
  function holdStore(): Promise<() => Promise<void>> {
    const script = `import('${join(PROJECT_ROOT, 'dist/store/open-store.js')}').then(async ({ openStore }) => {
      const s = await openStore(${JSON.stringify(db)}); process.stdout.write('held\\n');
      process.stdin.on('data', () => { s.close(); process.exit(0); }); });`;
    const child = spawn(process.execPath, ['-e', script]);
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let released: Promise<void> | null = null;
    const release = () => (released ??= new Promise<void>((resolve) => child.stdin.end('x', () => resolve())).then(() => exited));
    return new Promise((resolve, reject) => {
      child.stdout.once('data', () => resolve(release));
      child.on('error', reject);
    });
  }

  it('says plainly that the store is being written when it may not wait', async () => {
    const release = await holdStore();
    const r = runCli(['query', 'SELECT 1 AS x', '--db', db, '--wait', '0'], undefined, dir);
    await release();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/store\.duckdb: the store is being written by process \d+ .*an arqam ingest.*wait longer with --wait SECONDS/);
    expect(r.stderr).not.toMatch(/duckdb\.org|Conflicting lock/);
  }, 60_000);

  it('waits for the writer with --wait and then answers', async () => {
    const release = await holdStore();
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [
        join(PROJECT_ROOT, 'dist/cli/bin.js'),
        'query',
        'SELECT 1 AS x',
        '--db',
        db,
        '--wait',
        '120',
        '--format',
        'csv',
      ]);
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      // Released once the query says it waits.
      child.stderr.setEncoding('utf8').on('data', (s: string) => {
        stderr += s;
        if (/waiting up to/.test(stderr)) void release();
      });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    await release();
    expect(r.stderr).toMatch(/store\.duckdb: the store is being written by process \d+ .*; waiting up to 120 s for it to finish/);
    expect(r.stdout).toBe('x\r\n1\r\n');
    expect(r.status).toBe(0);
  }, 120_000);

  it('refuses a --wait that is no number of seconds', () => {
    const r = runCli(['query', 'SELECT 1', '--db', db, '--wait', 'soon']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--wait takes a number of seconds/);
  });
});
