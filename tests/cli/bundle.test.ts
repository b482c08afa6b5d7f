// The command line bundled at build time (src/scripts/bundle-cli.ts, run by dist/cli/bin.js
// through src/cli/bundle-loader.ts): the build leaves it current, with a code cache beside the
// files `analyze --json` loads, and it prints what the modules of dist/cli/ print unbundled.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { runCli } from './run-cli.js';

const BUNDLE = join(PROJECT_ROOT, 'dist/cli-bundle');
const SEED = join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt');

describe('the bundled command line', () => {
  it('is built, not older than dist/cli/main.js, with code caches not older than their files', () => {
    const main = join(BUNDLE, 'main.cjs');
    expect(statSync(main).mtimeMs).toBeGreaterThanOrEqual(statSync(join(PROJECT_ROOT, 'dist/cli/main.js')).mtimeMs);
    const caches = readdirSync(BUNDLE).filter((f) => f.endsWith('.cjs.code-cache'));
    expect(caches).toContain('main.cjs.code-cache');
    for (const cache of caches) {
      const file = join(BUNDLE, cache.slice(0, -'.code-cache'.length));
      expect(existsSync(file), file).toBe(true);
      expect(statSync(join(BUNDLE, cache)).mtimeMs).toBeGreaterThanOrEqual(statSync(file).mtimeMs);
    }
  });

  it('prints the analysis JSON the unbundled modules print, and the same usage error', () => {
    const own = (args: string[]) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "const { main } = await import('./dist/cli/main.js'); process.exitCode = await main(process.argv);",
          '--',
          ...args,
        ],
        { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 * 1024 * 1024 },
      );
    const bundled = runCli(['analyze', '--json', SEED]);
    const unbundled = own(['arqam', 'analyze', '--json', SEED]);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(unbundled.stdout);
    const usage = runCli(['analyze', '--json', SEED, SEED]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(own(['arqam', 'analyze', '--json', SEED, SEED]).stderr);
  });
});
