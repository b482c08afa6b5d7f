import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docBlocks, expandPaths, readInputItems, type InputItem } from '../../src/store/read-inputs.js';
import { tempDir } from './store-helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('read');
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'a', 'one.txt'), 'نص');
  writeFileSync(join(dir, 'a', 'b', 'two.html'), '<p>نص</p>');
  writeFileSync(join(dir, 'a', 'b', 'three.jsonl'), '');
  writeFileSync(join(dir, 'a', 'README.md'), '# notes');
  writeFileSync(join(dir, 'a', 'image.png'), Buffer.from([0x89, 0x50]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function items(paths: string[], maxBytes = 1000): Promise<Omit<InputItem, 'bytes'>[]> {
  const out = [];
  for await (const { bytes, ...rest } of readInputItems(expandPaths(paths), { maxBytes })) {
    out.push({ ...rest, ...(bytes ? { text: Buffer.from(bytes).toString('utf8') } : {}) });
  }
  return out;
}

describe('expandPaths', () => {
  it('walks folders recursively, sorted, taking articles and JSON but not notes or images', () => {
    expect(expandPaths([join(dir, 'a')]).map((f) => f.path.slice(dir.length + 1))).toEqual([
      'a/b/three.jsonl',
      'a/b/two.html',
      'a/one.txt',
    ]);
  });

  it('takes a file named explicitly whatever its extension, and names a missing one', () => {
    expect(expandPaths([join(dir, 'a', 'README.md'), join(dir, 'missing.txt')])).toEqual([
      { path: join(dir, 'a', 'README.md'), size: 7 },
      { path: join(dir, 'missing.txt'), size: 0, error: 'no such file or directory' },
    ]);
  });
});

describe('docBlocks', () => {
  const doc = (n: number) => `<DOC>\n<DOCNO>${n}</DOCNO>\n<TEXT>\nنص ${n}\n</TEXT>\n</DOC>\n`;
  it.each<[string, string, number]>([
    ['a plain article', 'نص عادي', 1],
    ['one <DOC>', doc(1), 1],
    ['three <DOC>s', doc(1) + doc(2) + doc(3), 3],
    ['a <DOC> inside a line of text', doc(1).replace('نص 1', 'نص <DOC> 1'), 1],
  ])('%s → %i document(s)', (_name, text, n) => {
    const bytes = Buffer.from(text);
    const blocks = docBlocks(bytes);
    expect(blocks.length).toBe(n);
    // The blocks cover the file, in order, without gaps.
    expect(blocks[0][0]).toBe(0);
    expect(blocks.at(-1)![1]).toBe(bytes.length);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i][0]).toBe(blocks[i - 1][1]);
  });
});

describe('readInputItems', () => {
  it('reads a JSON array element by element and JSON lines line by line, naming each', async () => {
    const json = join(dir, 'records.json');
    writeFileSync(json, JSON.stringify([{ text: 'أ', title: 'ت' }, { text: 'ب'.repeat(2000) }, 5]));
    const jsonl = join(dir, 'records.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ id: 1, text: 'ج' })}\n\nnot json\n`);
    expect(await items([json, jsonl])).toEqual([
      {
        input: `${json}[0]`,
        size: 2,
        consumed: expect.any(Number),
        source: `${json}[0]`,
        record: expect.objectContaining({ title: 'ت' }),
        text: 'أ',
      },
      {
        input: `${json}[1]`,
        size: 4000,
        consumed: expect.any(Number),
        source: `${json}[1]`,
        record: expect.anything(),
        error: expect.stringMatching(/^too large \(4000 bytes, limit 1000/),
      },
      {
        input: `${json}[2]`,
        size: 0,
        consumed: expect.any(Number),
        source: `${json}[2]`,
        error: expect.stringMatching(/expected a JSON object/),
      },
      { input: `${jsonl}:1`, size: 2, consumed: 21, source: `${jsonl}:1`, record: expect.objectContaining({ id: '1' }), text: 'ج' },
      { input: `${jsonl}:3`, size: 9, consumed: 9, source: `${jsonl}:3`, error: 'invalid JSON' },
    ]);
  });

  it('shares a JSON array file among its records for progress', async () => {
    const file = join(dir, 'shares.json');
    writeFileSync(file, JSON.stringify([{ text: 'أ' }, { text: 'ب' }, { text: 'ج' }]));
    const total = (await items([file])).reduce((sum, i) => sum + i.consumed, 0);
    expect(total).toBeCloseTo(JSON.stringify([{ text: 'أ' }, { text: 'ب' }, { text: 'ج' }]).length + 3);
  });

  it('reads a .json file holding one object per line as JSON lines', async () => {
    const file = join(dir, 'lines.json');
    writeFileSync(file, '{"text":"أ"}\n{"text":"ب"}\n');
    expect((await items([file])).map((i) => i.input)).toEqual([`${file}:1`, `${file}:2`]);
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'ا'.repeat(600));
    expect(await items([file])).toEqual([
      { input: file, size: 1200, consumed: 1200, source: file, error: 'too large (1200 bytes, limit 1000; raise it with --max-bytes)' },
    ]);
  });
});
