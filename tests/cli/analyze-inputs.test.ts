// arqam analyze loses nothing in silence and speaks in words (issue 21): a file of several
// <DOC>s is several documents with a report each, as in ingest; a text in another language
// gets a message and no report (no Arabic-rule figures); --max-bytes as in ingest; options
// that contradict each other refused; a folder in the way of --out named in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { analyze } from '../../src/analyze.js';
import { checkAnalysisSpans } from '../helpers/spans.js';

let dir: string;
const MULTI = [
  '<DOC>\n<DOCNO>A-1</DOCNO>\n<TITLE>الأول</TITLE>\n<TEXT>\nبلغت الاستثمارات 2.4 مليار دولار في عام 2024.\n</TEXT>\n</DOC>\n',
  '<DOC>\n<DOCNO>A-2</DOCNO>\n<TITLE>الثاني</TITLE>\n<TEXT>\nأعلنت وزارة الكهرباء عن تشغيل محطة جديدة بقدرة 300 ميغاواط.\n</TEXT>\n</DOC>\n',
  '<DOC>\n<DOCNO>A-3</DOCNO>\n<TITLE>الثالث</TITLE>\n<TEXT>\nارتفعت الصادرات بنسبة 7% خلال العام الماضي.\n</TEXT>\n</DOC>\n',
];
const ENGLISH =
  'The company said on Monday that it will invest $2.4 billion in a new solar plant of 700 MW near Tashkent, according to the ministry.\n';
const FRENCH =
  'La société a annoncé lundi un investissement de 2,4 milliards de dollars dans une centrale solaire de 700 MW près de Tachkent, selon le ministère.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arqam-inputs-'));
  writeFileSync(join(dir, 'multi.txt'), MULTI.join(''));
  writeFileSync(join(dir, 'english.txt'), ENGLISH);
  writeFileSync(join(dir, 'french.txt'), FRENCH);
  writeFileSync(join(dir, 'good.txt'), 'أعلنت الحكومة خطة للاستثمار في الطاقة بقيمة 2.4 مليار دولار.\n');
  writeFileSync(join(dir, 'a-file'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file of several <DOC>s', () => {
  it('gives one report per document, each named file#N, as ingest stores them', () => {
    const out = join(dir, 'out-multi');
    const r = runCli(['analyze', join(dir, 'multi.txt'), '--out', out]);
    expect(r.stderr).toMatch(/multi\.txt: 3 documents \(<DOC>\), one report each/);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'index.md', 'multi-1', 'multi-2', 'multi-3']);
    const analyses = ['multi-1', 'multi-2', 'multi-3'].map((s) => JSON.parse(readFileSync(join(out, s, 'analysis.json'), 'utf8')));
    expect(analyses.map((a) => a.document.source)).toEqual([1, 2, 3].map((n) => `${join(dir, 'multi.txt')}#${n}`));
    expect(analyses.map((a) => a.document.title)).toEqual(['الأول', 'الثاني', 'الثالث']);
    expect(analyses[1].figures.map((f: { text: string }) => f.text)).toContain('300 ميغاواط');
    expect(analyses[2].figures.map((f: { text: string }) => f.text)).toContain('7%');
  });

  it('refuses --json on it, saying why', () => {
    const r = runCli(['analyze', join(dir, 'multi.txt'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds 3 documents \(<DOC>\)/);
    expect(r.stdout).toBe('');
  });
});

describe('input that is not Arabic', () => {
  it.each([
    ['english.txt', 'eng'],
    ['french.txt', 'fra'],
  ])('%s: a message naming the file and the language, no report, exit 1', (name, code) => {
    const out = join(dir, `out-${name}`);
    const r = runCli(['analyze', join(dir, name), join(dir, 'good.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${name}: (no Arabic text|not Arabic \\(detected language: ${code}\\))`));
    expect(existsSync(join(out, name.replace('.txt', '')))).toBe(false);
    expect(existsSync(join(out, 'good', 'report.html'))).toBe(true);
  });

  it.each([
    ['English', ENGLISH],
    ['French', FRENCH],
    ['English with an Arabic word', ENGLISH + 'قال الوزير\n'],
  ])('%s gets a message and no Arabic-rule figures from the library, as from ingest', (_name, text) => {
    const a = analyze(text);
    expect(a.figures).toEqual([]);
    expect(a.entities).toEqual([]);
    expect(a.projects).toEqual([]);
    expect(a.messages.map((m) => m.rule)).toContain('language');
    expect(a.messages.find((m) => m.rule === 'language')!.reason).toMatch(
      /^(no Arabic text|not Arabic \(detected language: \w+\)): the Arabic rules/,
    );
    checkAnalysisSpans(text, a);
  });
});

describe('options', () => {
  it('--max-bytes refuses a larger file by name, the others analyzed', () => {
    const out = join(dir, 'out-max');
    const r = runCli(['analyze', join(dir, 'multi.txt'), join(dir, 'good.txt'), '--max-bytes', '200', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/multi\.txt: too large \(\d+ bytes, limit 200; raise it with --max-bytes\)/);
    expect(existsSync(join(out, 'good', 'analysis.json'))).toBe(true);
  });

  it.each<[string, string[], RegExp]>([
    ['--json with --out', ['--json', '--out', 'somewhere'], /--json .* cannot go with --out/],
    ['--json with --excel', ['--json', '--excel'], /--json .* cannot go with --excel/],
    ['a --max-bytes that is no size', ['--max-bytes', 'lots'], /--max-bytes takes a size such as 20MB/],
  ])('refuses %s', (_name, args, message) => {
    const r = runCli(['analyze', join(dir, 'good.txt'), ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('names a file in the way of --out in words, not as EEXIST', () => {
    const r = runCli(['analyze', join(dir, 'good.txt'), '--out', join(dir, 'a-file')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot create .*a-file: a file of that name is in the way/);
    expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|\n\s+at /);
  });
});
