// Golden files: the outputs of the seed article and of the hand-made sample, compared exactly
// with tests/fixtures/golden/. The seed's change whenever an extraction stage improves; after
// checking the differences, accept them with:  UPDATE_GOLDEN=1 npx vitest run tests/report
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { readInput } from '../../src/model/read-input.js';
import { writeAnalysisOutputs, writeArticleOutputs, writeIndex } from '../../src/report/write-outputs.js';
import { TABLE_NAMES } from '../../src/tables/rows.js';
import { SAMPLE_TEXT, sampleAnalysis } from '../fixtures/report/sample-analysis.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

const GOLDEN = join(PROJECT_ROOT, 'tests', 'fixtures', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const HOW_TO_UPDATE = 'if the change is intended, accept it with: UPDATE_GOLDEN=1 npx vitest run tests/report';

/** A readable account of where two texts first differ, with a few lines around it. */
function describeDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const lines = [`first difference at line ${i + 1} (expected ${e.length} lines, got ${a.length}):`];
  for (let k = Math.max(0, i - 2); k < i; k++) lines.push(`  ${k + 1}   ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + 4); k++) lines.push(`  ${k + 1} - ${JSON.stringify(e[k]).slice(1, -1)}`);
  for (let k = i; k < Math.min(a.length, i + 4); k++) lines.push(`  ${k + 1} + ${JSON.stringify(a[k]).slice(1, -1)}`);
  return lines.join('\n');
}

/** Compares `actual` with the golden file `name` (or writes it under UPDATE_GOLDEN=1). */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing; ${HOW_TO_UPDATE}`);
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual)
    throw new Error(`${name} differs from its golden file\n${describeDifference(expected, actual)}\n${HOW_TO_UPDATE}`);
}

const GOLDEN_FILES = ['analysis.json', 'report.md', ...TABLE_NAMES.map((t) => `${t}.csv`)];
const SEED = 'data/articles/nayrouz-central-asia-japan-summit.txt';

function seedOutputs(): string {
  // As `npm start` runs it: the path given on the command line, relative to the project.
  const { text, bytes } = readInput(join(PROJECT_ROOT, SEED));
  const dir = mkdtempSync(join(tmpdir(), 'arqam-golden-'));
  writeArticleOutputs(analyzeDocument(text, { source: SEED, bytes }), dir, { excel: false, slug: 'seed' });
  return dir;
}

function sampleOutputs(): { dir: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'arqam-golden-'));
  const out = writeAnalysisOutputs(sampleAnalysis(), SAMPLE_TEXT, join(root, 'sample'), { excel: false, slug: 'sample' });
  writeIndex([out], root);
  return { dir: out.dir, root };
}

describe('golden outputs of the seed article', () => {
  const dir = seedOutputs();
  it.each(GOLDEN_FILES)('%s', (file) => {
    expectGolden(`nayrouz-central-asia-japan-summit/${file}`, readFileSync(join(dir, file), 'utf8'));
  });
});

describe('golden outputs of the hand-made sample', () => {
  const { dir, root } = sampleOutputs();
  it.each(GOLDEN_FILES)('%s', (file) => {
    expectGolden(`sample/${file}`, readFileSync(join(dir, file), 'utf8'));
  });
  it('index.md', () => {
    expectGolden('sample/index.md', readFileSync(join(root, 'index.md'), 'utf8'));
  });
});

describe('outputs hold no clock and no machine paths', () => {
  it.each([
    ['seed', seedOutputs()],
    ['sample', sampleOutputs().root],
  ])('%s', (_name, dir) => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const file of walk(dir)) {
      const content = readFileSync(file, 'utf8');
      expect(content, file).not.toContain(PROJECT_ROOT);
      expect(content, file).not.toContain(tmpdir());
      expect(content, file).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
  });

  it('a golden difference is reported line by line', () => {
    expect(describeDifference('a\nb\nc', 'a\nB\nc')).toBe(
      'first difference at line 2 (expected 3 lines, got 3):\n  1   a\n  2 - b\n  3 - c\n  2 + B\n  3 + c',
    );
  });
});
