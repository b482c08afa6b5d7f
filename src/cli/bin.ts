#!/usr/bin/env node
// The `arqam` executable. It runs the command line bundled at build time
// (dist/cli-bundle/main.cjs, src/scripts/bundle-cli.ts and bundle-loader.ts: a few files
// compiled from V8's code cache instead of about 120 modules to load one by one) when that bundle
// is there and not older than ./main.js; else ./main.js itself.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Main = (argv: string[]) => Promise<number>;

const BUNDLE = fileURLToPath(new URL('../cli-bundle/main.cjs', import.meta.url));
const OWN = new URL('./main.js', import.meta.url);

function bundleIsCurrent(): boolean {
  const bundle = statSync(BUNDLE, { throwIfNoEntry: false });
  const own = statSync(OWN, { throwIfNoEntry: false });
  return bundle !== undefined && (own === undefined || bundle.mtimeMs >= own.mtimeMs);
}

async function loadMain(): Promise<Main> {
  const module = bundleIsCurrent() ? (await import('./bundle-loader.js')).requireBundle(BUNDLE) : await import(OWN.href);
  return (module as { main: Main }).main;
}

const main = await loadMain();

main(process.argv).then(
  (code) => {
    // Never process.exit() after output: it truncates piped stdout.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`arqam: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
