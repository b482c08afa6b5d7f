import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { writeAnalysisOutputs, writeArticleOutputs, writeIndex } from '../../src/report/write-outputs.js';
import { TABLE_NAMES } from '../../src/tables/rows.js';
import { SAMPLE_TEXT, sampleAnalysis } from '../fixtures/report/sample-analysis.js';

describe('writeArticleOutputs', () => {
  it('writes analysis.json, every table as CSV, report.md and report.html', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'arqam-out-')), 'article');
    const out = writeArticleOutputs(analyzeDocument(SAMPLE_TEXT, { source: 'a.txt' }), dir, { excel: false, slug: 'article' });
    const expected = ['analysis.json', ...TABLE_NAMES.map((t) => `${t}.csv`), 'report.md', 'report.html'];
    expect(out.files).toEqual(expected);
    expect(readdirSync(dir).sort()).toEqual([...expected].sort());
    expect(out.summary.slug).toBe('article');
    expect(out.summary.document.source).toBe('a.txt');
  });

  it('--excel puts a byte-order mark on the CSV files only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-out-'));
    writeAnalysisOutputs(sampleAnalysis(), SAMPLE_TEXT, dir, { excel: true, slug: 's' });
    expect(readFileSync(join(dir, 'figures.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(join(dir, 'analysis.json'), 'utf8').charCodeAt(0)).toBe(0x7b);
    expect(readFileSync(join(dir, 'report.md'), 'utf8').charCodeAt(0)).toBe(0x23);
  });
});

describe('writeIndex', () => {
  it('writes index.md and index.html next to the article folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'arqam-out-'));
    const a = writeAnalysisOutputs(sampleAnalysis(), SAMPLE_TEXT, join(root, 'a'), { excel: false, slug: 'a' });
    const b = writeAnalysisOutputs(sampleAnalysis(), SAMPLE_TEXT, join(root, 'b'), { excel: false, slug: 'b' });
    expect(writeIndex([a, b], root)).toEqual(['index.md', 'index.html']);
    expect(readFileSync(join(root, 'index.md'), 'utf8')).toContain('[b](b/report.md)');
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain('<a href="b/report.html">');
  });
});
