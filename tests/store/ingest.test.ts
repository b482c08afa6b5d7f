// arqam ingest: the corpus in, idempotent re-runs, bad inputs named and recorded, JSON records
// and ANT <DOC> files, --replace and --analyzed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { HAS_SHARED, PROJECT_ROOT, SHARED } from '../helpers/shared.js';
import { queryRows, tableCounts, tempDir } from './store-helpers.js';

const SEED = join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt');
const ARABIC = 'أعلنت وزارة الطاقة اليوم عن خطة جديدة لبناء محطة للطاقة الشمسية بقدرة 500 ميغاواط في المنطقة الشرقية.\n';
let dir: string;

beforeAll(() => {
  dir = tempDir('ingest');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAS_SHARED)('arqam ingest of ../shared/corpus and ../shared/articles', () => {
  it('stores 49 documents, and a second ingest changes no row count', async () => {
    const db = join(dir, 'corpus.duckdb');
    const inputs = [join(SHARED, 'corpus'), join(SHARED, 'articles')];
    const first = runCli(['ingest', ...inputs, '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^49 added, 0 replaced, 0 unchanged, 0 failed/);
    const before = await tableCounts(db);
    expect(before.documents).toBe(49);
    expect(before.inputs).toBe(49);
    expect(before.errors).toBe(0);

    const second = runCli(['ingest', ...inputs, '--db', db]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^0 added, 0 replaced, 49 unchanged, 0 failed/);
    expect(await tableCounts(db)).toEqual(before);
    const runs = await queryRows(db, 'SELECT run, added, unchanged, finished IS NOT NULL AS finished FROM ingest_runs ORDER BY run');
    expect(runs).toEqual([
      { run: 1, added: 49, unchanged: 0, finished: true },
      { run: 2, added: 0, unchanged: 49, finished: true },
    ]);
  });

  it('keeps every sentence with its text as the source gives it', async () => {
    const db = join(dir, 'corpus.duckdb');
    const rows = await queryRows(
      db,
      `SELECT s.doc_id, s.start, s."end", s.text, i.input FROM sentences s JOIN inputs i USING (doc_id) ORDER BY random() LIMIT 40`,
    );
    expect(rows.length).toBe(40);
    for (const r of rows) {
      const source = readFileSync(r.input as string, 'utf8').replace(/^\uFEFF/, '');
      expect(source.slice(r.start as number, r.end as number)).toBe(r.text);
    }
  });
});

describe('arqam ingest of bad inputs', () => {
  let folder: string;
  let db: string;
  let first: ReturnType<typeof runCli>;

  beforeAll(() => {
    folder = join(dir, 'mixed');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(
      join(folder, 'invalid-utf8.txt'),
      Buffer.concat([Buffer.from('محطة الطاقة '), Buffer.from([0xc3, 0x28]), Buffer.from(' الشمسية')]),
    );
    // Over the default limit of 20 MB.
    writeFileSync(join(folder, 'oversized.txt'), Buffer.alloc(21 * 1024 * 1024, 'ا'));
    writeFileSync(join(folder, 'english.txt'), 'The ministry announced a new 500 MW solar plant in the eastern region today.\n');
    copyFileSync(SEED, join(folder, 'nested', 'seed.txt'));
    writeFileSync(join(folder, 'good.txt'), ARABIC);
    db = join(dir, 'mixed.duckdb');
    first = runCli(['ingest', folder, '--db', db]);
  });

  it('exits 1', () => {
    expect(first.status).toBe(1);
  });

  it.each<[string, RegExp]>([
    ['empty.txt', /empty file/],
    ['binary.txt', /binary file/],
    ['invalid-utf8.txt', /invalid UTF-8 \(at byte 22\)/],
    ['oversized.txt', /too large \(22020096 bytes, limit 20971520/],
    ['english.txt', /no Arabic text/],
  ])('names %s on stderr with its reason', (name, reason) => {
    const line = first.stderr.split('\n').find((l) => l.includes(join(folder, name)));
    expect(line).toBeDefined();
    expect(line).toMatch(reason);
  });

  it('stores the good articles, the nested one too', async () => {
    const rows = await queryRows(db, 'SELECT input FROM inputs ORDER BY input');
    expect(rows.map((r) => r.input)).toEqual([join(folder, 'good.txt'), join(folder, 'nested', 'seed.txt')]);
  });

  it('records each bad input in the errors table, once however often it is ingested', async () => {
    const again = runCli(['ingest', folder, '--db', db]);
    expect(again.status).toBe(1);
    const rows = await queryRows(db, 'SELECT input, reason FROM errors ORDER BY input');
    expect(rows.map((r) => (r.input as string).slice(folder.length + 1))).toEqual([
      'binary.txt',
      'empty.txt',
      'english.txt',
      'invalid-utf8.txt',
      'oversized.txt',
    ]);
  });

  it('clears an error once the input is stored (a larger --max-bytes)', async () => {
    const small = join(dir, 'limit');
    mkdirSync(small);
    writeFileSync(join(small, 'a.txt'), ARABIC);
    const limitDb = join(dir, 'limit.duckdb');
    expect(runCli(['ingest', small, '--db', limitDb, '--max-bytes', '100']).status).toBe(1);
    expect((await tableCounts(limitDb)).errors).toBe(1);
    expect(runCli(['ingest', small, '--db', limitDb]).status).toBe(0);
    expect(await tableCounts(limitDb)).toMatchObject({ documents: 1, errors: 0 });
  });
});

describe('arqam ingest of JSON records and <DOC> files', () => {
  it('reads a JSON array of SaudiNewsNet records, taking title, author, source and url from them', async () => {
    const file = join(dir, 'saudinewsnet.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          source: 'aawsat',
          url: 'http://aawsat.com/home/article/1',
          date_extracted: '2015-07-31 04:10:27',
          title: 'عنوان المقال',
          author: 'كاتب',
          content: ARABIC,
        },
        { source: 'alyaum', url: 'http://www.alyaum.com/article/2', title: 'بلا نص' },
      ]),
    );
    const db = join(dir, 'snn.duckdb');
    const r = runCli(['ingest', file, '--db', db, '--workers', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}[1]: no "text" (or "content") string`);
    const rows = await queryRows(db, 'SELECT d.source, d.title, d.author, i.input, i.url FROM documents d JOIN inputs i USING (doc_id)');
    expect(rows).toEqual([
      { source: 'aawsat', title: 'عنوان المقال', author: 'كاتب', input: `${file}[0]`, url: 'http://aawsat.com/home/article/1' },
    ]);
  });

  it('reads JSON lines, naming each bad line by its number', async () => {
    const file = join(dir, 'records.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a-1', text: ARABIC, title: 'العنوان', published: '2019-05-02T10:00:00Z' }),
        '{not json',
        '',
        JSON.stringify({ id: 'a-4', text: '   ' }),
        JSON.stringify({ id: 'a-5', text: ARABIC + 'وتابع الوزير حديثه.\n', source: 'feed' }),
      ].join('\n'),
    );
    const db = join(dir, 'records.duckdb');
    const r = runCli(['ingest', file, '--db', db, '--workers', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:2: invalid JSON`);
    expect(r.stderr).toContain(`${file}:4: empty text`);
    const rows = await queryRows(
      db,
      'SELECT d.source, d.title, d.published, i.record_id FROM documents d JOIN inputs i USING (doc_id) ORDER BY i.input',
    );
    expect(rows).toEqual([
      { source: `${file}:1`, title: 'العنوان', published: new Date('2019-05-02T00:00:00Z'), record_id: 'a-1' },
      { source: 'feed', title: null, published: null, record_id: 'a-5' },
    ]);
  });

  it('gives a record the id of its text, so the same article as a file and as a record is stored once', async () => {
    const db = join(dir, 'same.duckdb');
    const file = join(dir, 'same.txt');
    writeFileSync(file, ARABIC);
    writeFileSync(join(dir, 'same.jsonl'), JSON.stringify({ text: ARABIC }) + '\n');
    const r = runCli(['ingest', file, join(dir, 'same.jsonl'), '--db', db]);
    expect(r.stdout).toMatch(/^1 added, 0 replaced, 1 unchanged/);
  });

  it('stores each <DOC> of a file holding several as its own document', async () => {
    const file = join(dir, 'trec.txt');
    const doc = (n: number) =>
      `<DOC>\n<DOCNO>X-${n}</DOCNO>\n<TITLE>عنوان ${n}</TITLE>\n<TEXT>\n${ARABIC}الخبر رقم ${n}.\n</TEXT>\n</DOC>\n`;
    writeFileSync(file, doc(1) + doc(2) + doc(3));
    const db = join(dir, 'trec.duckdb');
    expect(runCli(['ingest', file, '--db', db]).status).toBe(0);
    const rows = await queryRows(db, 'SELECT i.input, d.title FROM documents d JOIN inputs i USING (doc_id) ORDER BY i.input');
    expect(rows).toEqual([1, 2, 3].map((n) => ({ input: `${file}#${n}`, title: `عنوان ${n}` })));
  });
});

describe('arqam ingest --replace and --analyzed', () => {
  it('re-analyzes stored documents with --replace, leaving the row counts as they were', async () => {
    const db = join(dir, 'replace.duckdb');
    expect(runCli(['ingest', SEED, '--db', db]).status).toBe(0);
    const before = await tableCounts(db);
    const r = runCli(['ingest', SEED, '--db', db, '--replace']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^0 added, 1 replaced, 0 unchanged, 0 failed/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('stores extract --jsonl output as an ingest that analyzes would, without analyzing again', async () => {
    const line = JSON.stringify({ id: 'seed', text: readFileSync(SEED, 'utf8') });
    const extracted = runCli(['extract', '--jsonl'], line + '\n' + JSON.stringify({ id: 'broken' }) + '\n');
    expect(extracted.status, extracted.stderr).toBe(1);
    const out = join(dir, 'extracted.jsonl');
    writeFileSync(out, extracted.stdout);
    const viaExtract = join(dir, 'analyzed.duckdb');
    const r = runCli(['ingest', '--analyzed', out, '--db', viaExtract]);
    expect(r.status, r.stderr + r.stdout).toBe(1);
    expect(r.stderr).toContain(`${out}:2: extract failed: line 2: no "text" (or "content") string`);
    const direct = join(dir, 'direct.duckdb');
    expect(runCli(['ingest', SEED, '--db', direct]).status).toBe(0);
    const tables = ['sentences', 'entities', 'mentions', 'figures', 'projects', 'project_partners', 'messages'];
    for (const table of tables) {
      const sql = `SELECT * EXCLUDE (doc_id) FROM ${table} ORDER BY ALL`;
      expect(await queryRows(viaExtract, sql), table).toEqual(await queryRows(direct, sql));
    }
    const docSql = 'SELECT * EXCLUDE (source) FROM documents';
    expect(await queryRows(viaExtract, docSql)).toEqual(await queryRows(direct, docSql));
  });

  it('reads a JSON-lines file that starts with a byte-order mark (regression: line 1 was invalid JSON)', async () => {
    const file = join(dir, 'bom.jsonl');
    writeFileSync(file, '\uFEFF' + JSON.stringify({ id: 'bom', text: ARABIC }) + '\n');
    const db = join(dir, 'bom.duckdb');
    const r = runCli(['ingest', file, '--db', db, '--workers', '0']);
    expect(r.stderr).toBe('');
    expect(await queryRows(db, 'SELECT record_id FROM inputs')).toEqual([{ record_id: 'bom' }]);
  });

  it('reads JSON lines from standard input for the path -', async () => {
    const db = join(dir, 'stdin.duckdb');
    const r = runCli(['ingest', '-', '--db', db], JSON.stringify({ id: 'x', text: ARABIC }) + '\n');
    expect(r.status).toBe(0);
    expect(await queryRows(db, 'SELECT input, record_id FROM inputs')).toEqual([{ input: 'stdin:1', record_id: 'x' }]);
  });
});

describe('arqam ingest when a document needs more memory than a worker has', () => {
  it('fails that document with its reason and stores the others it shared a worker with', async () => {
    const folder = join(dir, 'memory');
    mkdirSync(folder);
    // About 3 MB of sentences: far beyond a 64 MB worker heap once analyzed (1.5 MB fits now that
    // tokens make clitic spans only where asked).
    writeFileSync(join(folder, 'a-huge.txt'), ARABIC.repeat(16000));
    for (const n of [1, 2, 3]) writeFileSync(join(folder, `b-${n}.txt`), `${ARABIC}الخبر رقم ${n}.\n`);
    const db = join(dir, 'memory.duckdb');
    // The large document gets a worker of its own, of at most --document-memory MB: 64 is too little.
    const r = runCli(['ingest', folder, '--db', db, '--worker-memory', '64', '--document-memory', '64', '--workers', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `${join(folder, 'a-huge.txt')}: analysis ran out of memory \\(a heap of 64 MB for a document of 2\\.\\d MB; raise it with --document-memory\\)`,
      ),
    );
    const rows = await queryRows(db, 'SELECT input FROM inputs ORDER BY input');
    expect(rows.map((row) => row.input)).toEqual([1, 2, 3].map((n) => join(folder, `b-${n}.txt`)));
  });
});

describe('arqam ingest usage errors', () => {
  it.each<[string, string[], RegExp]>([
    ['no --db', ['ingest', SEED], /required option '--db <file>'/],
    ['a bad --max-bytes', ['ingest', SEED, '--db', 'x.duckdb', '--max-bytes', 'lots'], /--max-bytes takes a size/],
    ['a bad --workers', ['ingest', SEED, '--db', 'x.duckdb', '--workers', '-1'], /--workers takes a whole number/],
  ])('exits 2 on %s', (_name, args, message) => {
    const r = runCli(args, undefined, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
