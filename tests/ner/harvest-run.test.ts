import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countType, saveCounts, walkUnlabeled, writeHarvest } from '../../src/ner/harvest-run.js';

/** A ../shared with an unlabeled/ of six one-line articles of two outlets. */
function sharedDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arqam-harvest-'));
  mkdirSync(join(dir, 'unlabeled'));
  const lines = [0, 1, 2, 3, 4, 5].map((i) => JSON.stringify({ id: `a${i}`, outlet: i % 2 ? 'b' : 'a', title: '', text: `نص ${i}` }));
  writeFileSync(join(dir, 'unlabeled', 'x.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
  return dir;
}

describe('walkUnlabeled', () => {
  it('harvests every Nth article up to the limit, and saved counts read back as the same harvest', async () => {
    const shared = sharedDir();
    const ids: string[] = [];
    const walk = await walkUnlabeled({
      shared,
      every: 2,
      maxArticles: 2,
      progressEvery: 1000,
      log: () => {},
      harvestArticle(article, harvest) {
        ids.push(article.id);
        harvest.addArticle([{ stems: ['سلمان'], type: 'PERS' }], ['سلمان'], article.outlet);
      },
    });
    expect(ids).toEqual(['a0', 'a2']);
    expect(walk.articles).toBe(2);
    expect([...walk.outlets]).toEqual(['a']);
    expect(walk.saved).toBeNull();
    const file = join(shared, 'counts.json');
    saveCounts(file, walk, { model: 'm.bin' });
    const again = await walkUnlabeled({
      shared,
      every: 1,
      maxArticles: 0,
      fromCounts: file,
      progressEvery: 1,
      log: () => {},
      harvestArticle: () => expect.fail('read, not walked'),
    });
    expect(again.saved?.model).toBe('m.bin');
    expect(again.articles).toBe(2);
    expect(again.harvest.counts()).toEqual(walk.harvest.counts());
    const th = { minDocs: 2, minOutlets: 1, minMajority: 0.8, minShare: 0 };
    expect(countType(again.harvest.kept(th), 'PERS')).toBe(1);
  });
});

describe('writeHarvest', () => {
  it('writes the header as comments, the columns, a row a name', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'arqam-harvest-')), 'out.tsv');
    writeHarvest(file, ['made by a test'], ['name', 'type'], [['سلمان', 'PERS']]);
    expect(readFileSync(file, 'utf8')).toBe('# made by a test\nname\ttype\nسلمان\tPERS\n');
  });
});
