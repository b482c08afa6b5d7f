// An 8 MB article goes into the store with the default options (issue 21: it ran out of the
// 192 MB worker heap although the default size limit is 20 MB). A document that needs more heap
// than the pool's cap runs alone on a worker sized for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { syntheticArticle } from '../../src/bench/synthetic-article.js';
import { DEFAULT_WORKER_MEMORY_MB, heapForDocument } from '../../src/store/worker-pool.js';
import { tableCounts, tempDir } from './store-helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('large');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest of a large article', () => {
  it('sizes the heap for the document: an 8 MB one gets more than the pool cap', () => {
    expect(heapForDocument(8 * 1024 * 1024)).toBeGreaterThan(DEFAULT_WORKER_MEMORY_MB);
    expect(heapForDocument(1000)).toBeLessThanOrEqual(DEFAULT_WORKER_MEMORY_MB);
  });

  it('stores an 8 MB article with the default options', async () => {
    const seed = readFileSync(join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt'), 'utf8');
    const big = join(dir, 'big.txt');
    writeFileSync(big, syntheticArticle([seed], 8e6));
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'أعلنت وزارة الكهرباء عن تشغيل محطة جديدة بقدرة 300 ميغاواط.\n');
    const db = join(dir, 'store.duckdb');
    const r = runCli(['ingest', big, small, '--db', db]);
    expect(r.stderr).not.toMatch(/out of memory|failed/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 added, 0 replaced, 0 unchanged, 0 failed/);
    const counts = await tableCounts(db);
    expect(counts.documents).toBe(2);
    expect(counts.errors).toBe(0);
  }, 900_000);
});
