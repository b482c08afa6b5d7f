// An ingest killed with SIGKILL midway leaves the store consistent (DuckDB's write-ahead log
// keeps the committed batches and drops the open one), and running the same ingest again
// completes it: the same row counts as an uninterrupted run, no document twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HAS_SHARED, PROJECT_ROOT } from '../helpers/shared.js';
import { CONTENT_TABLES, queryRows, tableCounts, tempDir, writeCorpusCopies } from './store-helpers.js';

const BIN = join(PROJECT_ROOT, 'dist/cli/bin.js');
const DOCS = 300;
let dir: string;
let inputs: string;

beforeAll(() => {
  dir = tempDir('kill');
  inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  if (HAS_SHARED) writeCorpusCopies(inputs, DOCS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ingestArgs = (db: string) => [BIN, 'ingest', inputs, '--db', db, '--batch', '10', '--verbose'];

/** Starts an ingest and kills it with SIGKILL as soon as its first batch is committed. */
function ingestKilledAfterFirstCommit(db: string): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ingestArgs(db), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (/committed/.test(stderr) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, stderr }));
  });
}

/** Checks that every child row belongs to a stored document and the per-document counts add up. */
async function expectConsistent(db: string): Promise<void> {
  const [row] = await queryRows(
    db,
    `SELECT
       (SELECT count(*) FROM documents) - (SELECT count(DISTINCT doc_id) FROM documents) AS duplicate_documents,
       (SELECT coalesce(sum(sentences), 0) FROM documents) - (SELECT count(*) FROM sentences) AS sentence_gap,
       (SELECT coalesce(sum(figures), 0) FROM documents) - (SELECT count(*) FROM figures) AS figure_gap,
       (SELECT coalesce(sum(entities), 0) FROM documents) - (SELECT count(*) FROM entities) AS entity_gap,
       (SELECT count(*) FROM inputs WHERE doc_id NOT IN (SELECT doc_id FROM documents)) AS orphan_inputs,
       (SELECT count(*) FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM inputs)) AS documents_without_input`,
  );
  expect(row).toEqual({
    duplicate_documents: 0n,
    sentence_gap: 0n,
    figure_gap: 0n,
    entity_gap: 0n,
    orphan_inputs: 0n,
    documents_without_input: 0n,
  });
  for (const table of CONTENT_TABLES.filter((t) => t !== 'documents')) {
    const [orphans] = await queryRows(db, `SELECT count(*) AS n FROM ${table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)`);
    expect(orphans.n, table).toBe(0n);
  }
}

describe.skipIf(!HAS_SHARED)('arqam ingest killed with SIGKILL', () => {
  it('resumes to the same counts as an uninterrupted run', async () => {
    const whole = join(dir, 'whole.duckdb');
    const once = spawnSync(process.execPath, ingestArgs(whole), { encoding: 'utf8' });
    expect(once.status, once.stderr).toBe(0);
    const expected = await tableCounts(whole);
    expect(expected.documents).toBe(DOCS);

    const killed = join(dir, 'killed.duckdb');
    const run = await ingestKilledAfterFirstCommit(killed);
    expect(run.signal).toBe('SIGKILL');
    // Killed midway: some batches are in, not all, and what is in is whole.
    const partial = await tableCounts(killed);
    expect(partial.documents).toBeGreaterThan(0);
    expect(partial.documents).toBeLessThan(DOCS);
    await expectConsistent(killed);
    const runs = await queryRows(killed, 'SELECT finished FROM ingest_runs');
    expect(runs).toEqual([{ finished: null }]);

    const again = spawnSync(process.execPath, ingestArgs(killed), { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(await tableCounts(killed)).toEqual(expected);
    await expectConsistent(killed);
  }, 600_000);
});
