import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { runCli } from './run-cli.js';

const SEED = join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arqam-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'good.txt'), 'أعلنت الحكومة اليوم عن خطة جديدة للاستثمار في الطاقة المتجددة بقيمة 2.4 مليار دولار.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('arqam analyze', () => {
  it('prints the analysis JSON of one article with --json and nothing else on stdout', () => {
    const r = runCli(['analyze', SEED, '--json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.schema).toBe('arqam.analysis/1');
    expect(a.document).toMatchObject({ published: '2025-12-20', language: 'arb' });
    expect(a.document.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('goes on past bad files, names each on stderr and exits 1', () => {
    const out = join(dir, 'out');
    const r = runCli(['analyze', join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'good.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/binary\.txt: binary file/);
    expect(existsSync(join(out, 'good', 'analysis.json'))).toBe(true);
    expect(existsSync(join(out, 'empty'))).toBe(false);
  });

  it('names a folder with no articles in it and exits 1, the others analyzed; exits 2 when nothing is left', () => {
    const none = mkdtempSync(join(tmpdir(), 'arqam-none-'));
    writeFileSync(join(none, 'notes.md'), 'not an article');
    try {
      const r = runCli(['analyze', none, join(dir, 'good.txt'), '--out', join(dir, 'out-none')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${none}: no article files`);
      expect(existsSync(join(dir, 'out-none', 'good', 'analysis.json'))).toBe(true);
      const only = runCli(['analyze', none, '--out', join(dir, 'out-none-2')]);
      expect(only.status).toBe(2);
      expect(only.stderr).toMatch(/no article files/);
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
  });

  it('analyzes a folder and writes an index', () => {
    const out = join(dir, 'folder-out');
    const r = runCli(['analyze', join(PROJECT_ROOT, 'data/articles'), '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'nayrouz-central-asia-japan-summit', 'analysis.json'))).toBe(true);
    expect(existsSync(join(out, 'index.md'))).toBe(true);
    expect(r.stdout).toContain('القمة الأولى لآسيا الوسطى');
  });

  it.each<[string, string[], RegExp]>([
    ['no files', ['analyze'], /missing required argument/],
    ['--json with two files', ['analyze', SEED, SEED, '--json'], /--json takes exactly one article/],
    ['an unknown command', ['frobnicate'], /unknown command/],
  ])('exits 2 on a usage error: %s', (_name, args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('gives the same analysis twice, with the id of the file bytes', () => {
    const a = runCli(['analyze', SEED, '--json']).stdout;
    const b = runCli(['analyze', SEED, '--json']).stdout;
    expect(a).toBe(b);
    const sha = createHash('sha256').update(readFileSync(SEED)).digest('hex').slice(0, 16);
    expect(JSON.parse(a).document.id).toBe(sha);
  });
});

describe('arqam extract --jsonl', () => {
  it('answers every line, in order, with the error lines named', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'بلغت الاستثمارات 2.4 مليار دولار في عام 2024.' }),
      'not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'قال الوزير إن المحطة جاهزة.' }),
    ].join('\n');
    const r = runCli(['extract', '--jsonl'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0]).toHaveProperty('figures');
    expect(lines[0]).toHaveProperty('entities');
    expect(lines[0]).toHaveProperty('projects');
    expect(lines[1].error).toMatch(/line 2: invalid JSON/);
    expect(lines[2].error).toMatch(/line 3: no "text" \(or "content"\) string/);
  });

  it('refuses to run without --jsonl', () => {
    expect(runCli(['extract']).status).toBe(2);
  });
});

describe('npx arqam in the project root', () => {
  it('finds an executable bin (the build marks dist/cli/bin.js executable)', () => {
    const bin = join(PROJECT_ROOT, 'dist/cli/bin.js');
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    const r = spawnSync('npx', ['--no-install', 'arqam', '--version'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/Permission denied/);
    expect(r.status).toBe(0);
  });
});

describe('arqam --version', () => {
  it('prints the version of package.json and exits 0', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
