// Build step (npm run build, after tsc): bundles the command line (dist/cli/main.js and every
// module of this project it imports, statically or per command) into a few CommonJS files in
// dist/cli-bundle/, runs `analyze --json` on the seed article with them once to write V8's code
// cache of each file loaded (its functions compiled by then), and dist/cli/bin.js runs that
// bundle when it is there (src/cli/bundle-loader.ts; issue 20's start-up). Node's ESM loader
// resolves, reads and compiles each of the ~120 modules of `analyze` one by one, and V8 parses
// and compiles every function again at each start: README "Speed" has what each cost.
// Packages but commander, and node: builtins, stay outside the bundle, required as before. Each
// module's `import.meta.url` is its own file's URL in dist/ (not the bundle's), so its data URLs
// (`new URL('../../data/…', import.meta.url)`, from any depth) name the same files.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const DIST = fileURLToPath(new URL('../', import.meta.url));
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const BIN = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../data/articles/nayrouz-central-asia-japan-summit.txt', import.meta.url));
export const CLI_BUNDLE_DIR = fileURLToPath(new URL('../cli-bundle/', import.meta.url));

/**
 * What goes in the bundle: this project's modules (a relative or absolute path) and commander,
 * which every command loads (7 files); other packages and node: builtins are required as before.
 */
function bundled(id: string): boolean {
  return id.startsWith('.') || id.startsWith('/') || id === 'commander';
}

rmSync(CLI_BUNDLE_DIR, { recursive: true, force: true });
await build({
  input: { main: MAIN },
  platform: 'node',
  external: (id) => !bundled(id),
  logLevel: 'warn',
  plugins: [
    {
      name: 'own-import-meta-url',
      transform(code, id) {
        if (!id.startsWith(DIST) || !code.includes('import.meta.url')) return null;
        // The module's own URL, from the bundle's file (one folder below dist/, as the module's).
        const own = JSON.stringify(relative(CLI_BUNDLE_DIR, id).split('\\').join('/'));
        return { code: code.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`), map: null };
      },
    },
  ],
  output: { dir: CLI_BUNDLE_DIR, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
});
process.stderr.write(`bundled the command line → ${CLI_BUNDLE_DIR}\n`);

// The code cache: what a start of `analyze --json` compiles, written at the end of one.
const run = spawnSync(process.execPath, [BIN, 'analyze', '--json', SEED], {
  env: { ...process.env, ARQAM_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`the bundled command line failed on ${SEED} (exit ${run.status})`);
process.stderr.write('wrote its code cache (a run of analyze --json on the seed)\n');
