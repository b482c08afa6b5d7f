import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readManifest, writeHeldoutArticles } from '../../src/eval/heldout-articles.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'heldout-'));
  const lines = [
    { id: 'antms-BBC/x/1.txt', outlet: 'BBC', text: '<DOC>\nنص أول\n</DOC>' },
    { id: 'snn-2', outlet: 'sabq', text: 'نص ثان' },
  ].map((o) => JSON.stringify(o));
  writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync(`${lines.join('\n')}\n`));
  return dir;
}

describe('held-out articles from the unlabeled corpus', () => {
  it('writes each record text as stored under the name its gold uses', async () => {
    const out = mkdtempSync(join(tmpdir(), 'heldout-out-'));
    const names = await writeHeldoutArticles(
      [
        { name: 'h-01.txt', id: 'snn-2' },
        { name: 'h-02.txt', id: 'antms-BBC/x/1.txt' },
      ],
      corpus(),
      out,
    );
    expect(names.sort()).toEqual(['h-01.txt', 'h-02.txt']);
    expect(readFileSync(join(out, 'h-02.txt'), 'utf8')).toBe('<DOC>\nنص أول\n</DOC>');
  });

  it('names the ids the corpus lacks, after writing the others', async () => {
    const out = mkdtempSync(join(tmpdir(), 'heldout-out-'));
    await expect(
      writeHeldoutArticles(
        [
          { name: 'a.txt', id: 'snn-2' },
          { name: 'b.txt', id: 'missing-7' },
        ],
        corpus(),
        out,
      ),
    ).rejects.toThrow(/missing-7/);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('نص ثان');
  });

  it('reads both manifest shapes and rejects entries without a plain file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heldout-m-'));
    const p = join(dir, 'manifest.json');
    writeFileSync(p, JSON.stringify({ articles: [{ name: 'x', article: 'x.txt', id: '1', outlet: 'o' }] }));
    expect(readManifest(p)).toEqual([{ name: 'x.txt', id: '1' }]);
    writeFileSync(p, JSON.stringify([{ file: 'y.txt', id: '2' }]));
    expect(readManifest(p)).toEqual([{ name: 'y.txt', id: '2' }]);
    writeFileSync(p, JSON.stringify([{ name: '../y.txt', id: '2' }]));
    expect(() => readManifest(p)).toThrow(/manifest\.json: article 1/);
    expect(() => readManifest(join(dir, 'none.json'))).toThrow(/none\.json/);
  });
});
