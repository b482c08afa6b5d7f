// Other areas' modules that the eval and the bench call when they exist (the tagger, the
// spec scorers, the ingest benchmark): a relative specifier ending in .js is looked for as
// .js (built, in dist/) or .ts (source, under vitest) beside the importing file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Whether `specifier` (relative, ending in .js) resolves from the module at `from`. */
export function moduleExists(specifier: string, from: string): boolean {
  const js = fileURLToPath(new URL(specifier, from));
  return existsSync(js) || existsSync(js.replace(/\.js$/, '.ts'));
}
