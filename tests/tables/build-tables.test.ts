import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTables } from '../../src/tables/build-tables.js';
import { TABLE_NAMES } from '../../src/tables/rows.js';
import { writeTables } from '../../src/tables/write-tables.js';
import { SAMPLE_TEXT, sampleAnalysis } from '../fixtures/report/sample-analysis.js';

describe('the tables of one analysis', () => {
  const a = sampleAnalysis();
  const tables = buildTables(a, SAMPLE_TEXT);

  it.each([
    ['documents', 1],
    ['sentences', a.sentences.length],
    ['entities', a.entities.length],
    ['mentions', a.entities.reduce((n, e) => n + e.mentions.length, 0)],
    ['figures', a.figures.length],
    ['projects', a.projects.length],
    ['project_partners', a.projects.reduce((n, p) => n + p.partners.length, 0)],
    ['messages', a.messages.length],
  ] as const)('%s has one row per item (%i)', (name, rows) => {
    expect(tables[name].numRows()).toBe(rows);
  });

  it('every child row names its document', () => {
    for (const name of TABLE_NAMES) {
      for (const id of tables[name].array('doc_id') as string[]) expect(id).toBe(a.document.id);
    }
  });

  it('a sentence row carries the sentence text as written', () => {
    const s = a.sentences[1];
    expect((tables.sentences.array('text') as string[])[1]).toBe(SAMPLE_TEXT.slice(s.start, s.end));
  });

  it('a date figure has its value in date, not value', () => {
    const row = (tables.figures.objects() as Record<string, unknown>[]).find((r) => r.figure_id === 'f2');
    expect(row).toMatchObject({ kind: 'date', value: null, date: '2025-12-12' });
  });

  it('writeTables writes one CSV per table, with a BOM only for --excel', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-tables-'));
    const files = writeTables(a, SAMPLE_TEXT, dir, { excel: true });
    expect(files).toEqual(TABLE_NAMES.map((n) => `${n}.csv`));
    expect(readdirSync(dir).sort()).toEqual([...files].sort());
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8').charCodeAt(0)).toBe(0xfeff);
    const plain = mkdtempSync(join(tmpdir(), 'arqam-tables-'));
    writeTables(a, SAMPLE_TEXT, plain);
    expect(readFileSync(join(plain, 'entities.csv'), 'utf8').startsWith('doc_id,entity_id,')).toBe(true);
  });
});
