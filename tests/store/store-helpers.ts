// Helpers of the store tests: temporary folders, the built CLI, and counts read from a store.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { SHARED } from '../helpers/shared.js';

export const CONTENT_TABLES = [
  'documents',
  'sentences',
  'entities',
  'mentions',
  'figures',
  'projects',
  'project_partners',
  'messages',
  'inputs',
];

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `arqam-store-${prefix}-`));
}

/** The row count of every content table (and of errors), from a read-only connection. */
export async function tableCounts(db: string): Promise<Record<string, number>> {
  const store = await openStore(db, { readOnly: true });
  try {
    const out: Record<string, number> = {};
    for (const table of [...CONTENT_TABLES, 'errors']) {
      const reader = await store.conn.runAndReadAll(`SELECT count(*) FROM ${table}`);
      out[table] = Number(reader.getRowsJS()[0][0]);
    }
    return out;
  } finally {
    store.close();
  }
}

/** Rows of a read-only query, as plain JS objects. */
export async function queryRows(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const store = await openStore(db, { readOnly: true });
  try {
    return (await store.conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    store.close();
  }
}

/** The texts of the real corpus in ../shared/corpus. */
export function corpusTexts(): string[] {
  const dir = join(SHARED, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * Writes `n` article files to `dir`: the corpus repeated, each copy with a line of its own at
 * the end so that every file has a different content hash, hence a different document id.
 */
export function writeCorpusCopies(dir: string, n: number): void {
  const texts = corpusTexts();
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `copy-${String(i).padStart(5, '0')}.txt`), `${texts[i % texts.length]}\n\n(نسخة ${i})\n`);
  }
}
