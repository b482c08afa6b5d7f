// The links of a month of SaudiNewsNet judged by hand (tests/fixtures/consolidation/): well
// formed, every verdict with its reason, and the precision the header states is the one the
// verdicts give, at least the 0.90 that issue 19 asks for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

const DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'consolidation');

function read(file: string): { comments: string[]; rows: Record<string, string>[] } {
  const lines = readFileSync(join(DIR, file), 'utf8').trimEnd().split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const [header, ...body] = lines.filter((l) => !l.startsWith('#'));
  const columns = header.split('\t');
  return { comments, rows: body.map((l) => Object.fromEntries(l.split('\t').map((c, i) => [columns[i], c]))) };
}

describe.each(['snn-2015-sample-links.tsv', 'snn-2015-sample-links-first.tsv'])('%s', (file) => {
  const { comments, rows } = read(file);

  it('holds 100 distinct links, each judged with a reason', () => {
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => `${r.record_a}|${r.record_b}|${r.project_a}|${r.project_b}`)).size).toBe(100);
    for (const r of rows) {
      expect(r.record_a).toMatch(/^snn-2015-\d\d-\d\d-\d+$/);
      expect(r.record_b).toMatch(/^snn-2015-\d\d-\d\d-\d+$/);
      expect(r.record_a).not.toBe(r.record_b);
      expect(['correct', 'wrong']).toContain(r.verdict);
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });

  it('states the precision its verdicts give', () => {
    const correct = rows.filter((r) => r.verdict === 'correct').length;
    expect(comments.join(' ')).toContain(`${correct} of 100 correct = ${(correct / 100).toFixed(2)}`);
  });
});

it('the sample of the consolidation as it is reaches the precision issue 19 asks for (0.90)', () => {
  const { rows } = read('snn-2015-sample-links.tsv');
  expect(rows.filter((r) => r.verdict === 'correct').length / rows.length).toBeGreaterThanOrEqual(0.9);
});

describe('unseen-2015-2018-sample-links.tsv (stop 38: SNN 2015-08-05..11 and ANT, links taken)', () => {
  const { comments, rows } = read('unseen-2015-2018-sample-links.tsv');

  it('holds 70 distinct links, each judged with a reason, and states the precision they give', () => {
    expect(rows).toHaveLength(70);
    expect(new Set(rows.map((r) => `${r.record_a}|${r.record_b}|${r.project_a}|${r.project_b}`)).size).toBe(70);
    for (const r of rows) {
      expect(r.record_a).not.toBe(r.record_b);
      expect(['correct', 'wrong']).toContain(r.verdict);
      expect(r.reason.length).toBeGreaterThan(10);
    }
    const correct = rows.filter((r) => r.verdict === 'correct').length;
    expect(comments.join(' ')).toContain(`${correct} of 70 correct = ${(correct / 70).toFixed(2)}`);
    expect(correct / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('unseen-2015-2018-sample-misses.tsv (stop 38: pairs left apart)', () => {
  const { comments, rows } = read('unseen-2015-2018-sample-misses.tsv');

  it('holds 40 distinct pairs, each judged with a reason, and states the share of missed links', () => {
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => `${r.record_a}|${r.record_b}|${r.project_a}|${r.project_b}`)).size).toBe(40);
    for (const r of rows) {
      expect(['same', 'different']).toContain(r.verdict);
      expect(['together', 'apart']).toContain(r.now);
      expect(r.reason.length).toBeGreaterThan(10);
    }
    const same = rows.filter((r) => r.verdict === 'same').length;
    expect(comments.join(' ')).toContain(`${same} of 40 same = ${(same / 40).toFixed(2)}`);
    // The changes since joined only pairs judged the same.
    expect(rows.filter((r) => r.now === 'together' && r.verdict === 'different')).toHaveLength(0);
  });
});
