// Batches reach DuckDB as JSON lines: cells fitted to their columns, one transaction per batch,
// and a document DuckDB refuses costs only itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBatch } from '../../src/store/ingest.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { rowJson, tableJson } from '../../src/store/row-json.js';
import { createScratch, type StoredDocument } from '../../src/store/write-batch.js';
import type { TableRows } from '../../src/tables/rows.js';

function doc(id: string, sentence = 'جملة'): StoredDocument {
  const rows: TableRows = {
    documents: [{ doc_id: id, language: 'arb', sentences: 1 }],
    sentences: [{ doc_id: id, sentence: 0, start: 0, end: sentence.length, text: sentence }],
    entities: [],
    mentions: [],
    figures: [],
    projects: [],
    project_partners: [],
    messages: [],
  };
  return { id, tables: tableJson(rows), input: { doc_id: id, input: `${id}.txt`, bytes: 10 } };
}

describe('rowJson', () => {
  it.each<[string, Record<string, string | number | null>, string]>([
    ['keeps the columns in order, null for missing ones', { b: 1 }, '{"a":null,"b":1,"c":null,"d":null}'],
    ['turns an integer column holding a fraction into null', { b: 2.5 }, '{"a":null,"b":null,"c":null,"d":null}'],
    ['turns a non-finite number into null', { c: Infinity }, '{"a":null,"b":null,"c":null,"d":null}'],
    ['writes a number in a text column as text', { a: 7 }, '{"a":"7","b":null,"c":null,"d":null}'],
    ['replaces a lone surrogate, which no JSON reader accepts', { a: 'x\uD800y' }, '{"a":"x\uFFFDy","b":null,"c":null,"d":null}'],
    ['keeps a surrogate pair', { a: '😀' }, '{"a":"😀","b":null,"c":null,"d":null}'],
  ])('%s', (_name, row, expected) => {
    expect(
      rowJson(row, [
        ['a', 'VARCHAR'],
        ['b', 'INTEGER'],
        ['c', 'DOUBLE'],
        ['d', 'BIGINT'],
      ]),
    ).toBe(expected);
  });
});

describe('storeBatch', () => {
  let store: Store;
  const scratch = createScratch();
  beforeAll(async () => {
    store = await openStore(':memory:');
  });
  afterAll(() => {
    store.close();
    scratch.dispose();
  });

  const count = async (sql: string) => Number((await store.conn.runAndReadAll(sql)).getRowsJS()[0][0]);

  it('stores a batch with its failures in one go', async () => {
    const failed = await storeBatch(
      store,
      {
        documents: [doc('a'), doc('b', 'نص "مقتبس"\nوسطر')],
        failed: [{ input: 'x.txt', reason: 'empty file', bytes: 0, doc_id: null }],
        replace: [],
        inputs: ['a.txt', 'b.txt', 'x.txt'],
      },
      1,
      scratch,
    );
    expect(failed.map((f) => f.input)).toEqual(['x.txt']);
    expect(await count('SELECT count(*) FROM documents')).toBe(2);
    expect(await count(`SELECT count(*) FROM sentences WHERE text = 'نص "مقتبس"\nوسطر'`)).toBe(1);
    expect(await count('SELECT count(*) FROM errors')).toBe(1);
  });

  it('stores the others when DuckDB refuses one document, and records that one', async () => {
    const bad = doc('c');
    bad.tables.sentences = '{"doc_id": "c", "sentence": ';
    const failed = await storeBatch(
      store,
      { documents: [doc('d'), bad, doc('e')], failed: [], replace: [], inputs: ['d.txt', 'c.txt', 'e.txt'] },
      2,
      scratch,
    );
    expect(failed.map((f) => [f.input, f.reason.slice(0, 20)])).toEqual([['c.txt', 'could not be stored:']]);
    expect(await count(`SELECT count(*) FROM documents WHERE doc_id IN ('c', 'd', 'e')`)).toBe(2);
    expect(await count(`SELECT count(*) FROM sentences WHERE doc_id = 'c'`)).toBe(0);
    expect(await count(`SELECT count(*) FROM errors WHERE input = 'c.txt'`)).toBe(1);
  });
});
