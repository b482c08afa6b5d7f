// The issue's example: on a store holding the seed article, `arqam figures --kind power
// --country UZ` lists the 1000 MW of the Samarkand and Bukhara solar projects. The figure's
// country comes from its subject (the project, with its country), which the projects stage
// fills: until a stage assigning "projects" is in the default pipeline this test is skipped,
// and it says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStages } from '../../src/analyze.js';
import { runCli } from '../cli/run-cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { tempDir } from './store-helpers.js';

const SEED = join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt');
const HAS_PROJECTS = defaultStages().some((s) => s.assigns.includes('projects'));
if (!HAS_PROJECTS)
  console.warn(
    'tests/store/figures-seed: skipped — no stage assigning "projects" (figure subjects, project countries) in the pipeline yet',
  );

let dir: string;
beforeAll(() => {
  dir = tempDir('seed');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAS_PROJECTS)('arqam figures on the seed article', () => {
  it('lists the 1000 MW of the Samarkand and Bukhara solar projects for --kind power --country UZ', () => {
    const db = join(dir, 'seed.duckdb');
    expect(runCli(['ingest', SEED, '--db', db]).status).toBe(0);
    const r = runCli(['figures', '--kind', 'power', '--country', 'UZ', '--db', db, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { value: number; unit: string; country: string; sentence: string; text: string }[];
    const solar = rows.filter((f) => f.value === 1000 && f.unit === 'MW');
    expect(solar).toHaveLength(1);
    expect(solar[0].text).toBe('1000 ميغاواط');
    expect(solar[0].sentence).toContain('سمرقند');
    expect(solar[0].sentence).toContain('بخارى');
    // Only Uzbek figures: the 24-25 MW of Kyrgyzstan's hydro plants is not among them.
    expect(rows.some((f) => f.value === 24)).toBe(false);
  });
});
