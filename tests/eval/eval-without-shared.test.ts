// arqam eval in a clone without ../shared (issue 21: each "skipped" was printed twice, on
// stdout and stderr, and the run exited 0 having scored nothing). The built project is copied
// where no ../shared is beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';

let root: string;
let project: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'arqam-noshared-'));
  project = join(root, 'arqam');
  for (const part of ['dist', 'data', 'package.json']) cpSync(join(PROJECT_ROOT, part), join(project, part), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('arqam eval without ../shared', () => {
  it('names each skip once, says what it means, and exits 1 when nothing was scored', () => {
    const r = spawnSync(process.execPath, [join(project, 'dist/cli/bin.js'), 'eval'], { cwd: project, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const all = r.stdout + r.stderr;
    for (const dataset of ['gold', 'ner/aqmar/articles', 'recognizers-text-dev', 'duckling-ar', 'corpus']) {
      expect(all.split(`${dataset} is absent`).length - 1, dataset).toBe(1);
    }
    expect(r.stderr).toMatch(/(\d) of \1 evaluations skipped .*\.\.\/shared holds the developers' datasets.*Nothing was scored/);
  });
});
