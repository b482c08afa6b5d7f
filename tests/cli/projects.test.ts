// arqam projects and arqam report on a store: project records, consolidated projects with their
// sources, filters, and usage errors (exit 2); results on stdout only.
import { rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../store/store-helpers.js';
import { runCli } from './run-cli.js';

const ARTICLES = [
  {
    id: 'a1',
    outlet: 'okaz',
    date: '2015-07-22',
    text: 'افتتح الأمير مشروع مطار الملك عبدالعزيز الدولي الجديد في جدة بتكلفة 27 مليار ريال.',
  },
  {
    id: 'a2',
    outlet: 'alriyadh',
    date: '2015-07-24',
    text: 'بدأ العمل في مشروع مطار الملك عبد العزيز بجدة الذي تبلغ تكلفته 7.2 مليار دولار.',
  },
  {
    id: 'a3',
    outlet: 'sabq',
    date: '2016-08-02',
    text: 'وقعت وزارة الكهرباء عقدا لبناء محطة الزور الشمالية في الكويت بقدرة 1500 ميغاواط.',
  },
];

describe('arqam projects', () => {
  const dir = tempDir('cli-projects');
  const db = join(dir, 'store.duckdb');
  beforeAll(() => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const r = runCli(['ingest', input, '--db', db, '--workers', '0']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists one consolidated project per real project, with its sources', () => {
    const r = runCli(['projects', '--db', db, '--consolidated', '--format', 'json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const airport = rows.find((p) => p.type === 'airport');
    expect(airport).toMatchObject({
      country: 'SA',
      sources: 2,
      outlets: 2,
      source_outlets: ['alriyadh', 'okaz'],
      first_report: '2015-07-22',
      last_report: '2015-07-24',
    });
    expect(rows.find((p) => p.country === 'KW')).toMatchObject({ sources: 1 });
  });

  it('shows the cost in its own currency beside dollars in the table of consolidated projects', () => {
    const r = runCli(['projects', '--db', db, '--consolidated']);
    expect(r.status).toBe(0);
    const header = r.stdout.split('\n')[0];
    expect(header).toMatch(/\bcost\b.*\bcurrency\b.*\bcost_usd\b/);
  });

  it.each<[string[], number]>([
    [['--country', 'kw'], 1],
    [['--type', 'airport'], 2],
    [['--type', 'power'], 1],
    [['--from', '2016'], 1],
    [['--to', '2015', '--country', 'SA'], 2],
  ])('filters records: %j', (args, n) => {
    const r = runCli(['projects', '--db', db, ...args, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(n);
  });

  it.each<[string[], RegExp]>([
    [['--country', 'Saudi'], /--country takes an ISO 3166-1 alpha-2 code/],
    [['--from', '15'], /--from takes a year/],
    [['--min-sources', '2'], /--min-sources needs --consolidated/],
    [['--format', 'xml'], /--format is one of/],
  ])('refuses %j with exit 2', (args, message) => {
    const r = runCli(['projects', '--db', db, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('writes the corpus report and names its files on stdout', () => {
    const out = join(dir, 'report');
    const r = runCli(['report', '--db', db, '--out', out]);
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.slice(out.length + 1)),
    ).toEqual(['index.html', 'index.md', 'consolidated-projects.csv', 'entities.csv', 'articles.csv']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('names a missing store (exit 1)', () => {
    const r = runCli(['projects', '--db', join(dir, 'none.duckdb'), '--consolidated']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such store/);
  });

  it('report names a missing store too (exit 1), and writes nothing', () => {
    const out = join(dir, 'no-report');
    const r = runCli(['report', '--db', join(dir, 'none.duckdb'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such store/);
    expect(existsSync(out)).toBe(false);
  });

  it('consolidate names a missing store (exit 1) and creates none', () => {
    const missing = join(dir, 'absent.duckdb');
    const r = runCli(['consolidate', '--db', missing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/absent\.duckdb: no such store/);
    expect(existsSync(missing)).toBe(false);
  });

  it('consolidate brings an existing store up to date (exit 0)', () => {
    const r = runCli(['consolidate', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/consolidated/);
  });
});
