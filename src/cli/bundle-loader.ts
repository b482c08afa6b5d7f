// Runs the command line bundled at build time (src/scripts/bundle-cli.ts): CommonJS files in
// dist/cli-bundle/, each compiled with the V8 code cache the build wrote beside it, so that a
// start neither resolves and reads about 120 modules one by one (Node's ESM loader) nor parses
// and compiles again the functions the build's run of `analyze --json` compiled (issue 20).
// A cache V8 refuses (another Node, other flags) or one older than its file is not used: the
// file is then compiled as any script. Packages and node: builtins are required as usual.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';

/** The cache V8 wrote for `file` (its compiled functions), beside it. */
export function codeCacheOf(file: string): string {
  return `${file}.code-cache`;
}

/** Set to `write` by the build: the caches are written at exit, with every function compiled by then. */
const WRITE = process.env.ARQAM_CODE_CACHE === 'write';

interface Loaded {
  exports: unknown;
}

/** The entry `file` of a bundle (CommonJS chunks that require each other as './name.cjs'). */
export function requireBundle(file: string): unknown {
  const loaded = new Map<string, Loaded>();
  const scripts: [Script, string][] = [];
  const load = (path: string): unknown => {
    const hit = loaded.get(path);
    if (hit) return hit.exports;
    const module: Loaded = { exports: {} };
    loaded.set(path, module);
    const source = readFileSync(path, 'utf8');
    const cacheFile = codeCacheOf(path);
    let cachedData: Buffer | undefined;
    if (!WRITE) {
      const cache = statSync(cacheFile, { throwIfNoEntry: false });
      if (cache && cache.mtimeMs >= statSync(path).mtimeMs) cachedData = readFileSync(cacheFile);
    }
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: path,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (WRITE) scripts.push([script, cacheFile]);
    const outside = createRequire(path);
    const require = (id: string): unknown => (id.startsWith('./') ? load(join(dirname(path), id)) : outside(id));
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, path, dirname(path));
    return module.exports;
  };
  if (WRITE) {
    process.on('exit', () => {
      for (const [script, cacheFile] of scripts) writeFileSync(cacheFile, script.createCachedData());
    });
  }
  return load(file);
}
