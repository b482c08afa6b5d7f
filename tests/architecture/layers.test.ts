// The layers of src/ run one way (issue 18): a module may import from its own layer and the
// layers below it, never from one above. Read from the import statements of every source file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

/** Lowest first; folders of one entry are peers. `analyze.ts` builds the pipeline from the stages. */
const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['text/normalize'],
  ['lexicon'],
  ['text'],
  ['figures', 'ner'],
  ['entities'],
  ['projects'],
  ['analyze.ts'],
  ['consolidate', 'tables', 'report', 'store'],
  ['census', 'eval', 'bench', 'scripts'],
  ['cli', 'index.ts'],
];
/** Peers that must not import each other either: the figure and NER stages are independent. */
const APART: readonly [string, string][] = [['figures', 'ner']];

const SRC = join(PROJECT_ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : n.endsWith('.ts') ? [p] : [];
  });
}

/** Folders below their parent's layer: the folds, which the lexicons apply when they load. */
const SUBLAYERS = ['text/normalize'];

/** The layer unit of a path under src/: a sublayer folder, else the top folder (or root file). */
function unit(path: string): string {
  const parts = relative(SRC, path).split(/[\\/]/);
  const sub = SUBLAYERS.find((s) => parts.slice(0, s.split('/').length).join('/') === s);
  return sub ?? parts[0];
}

const layerOf = (u: string): number => LAYERS.findIndex((l) => l.includes(u));

function upwardImports(): string[] {
  const out: string[] = [];
  for (const file of sources(SRC)) {
    const from = unit(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = unit(normalize(join(dirname(file), m[1])).replace(/\.js$/, '.ts'));
      if (target === from) continue;
      const a = layerOf(from);
      const b = layerOf(target);
      if (a < 0 || b < 0) {
        out.push(`${relative(SRC, file)}: ${from} or ${target} is in no layer`);
        continue;
      }
      if (b > a) out.push(`${relative(SRC, file)} imports ${m[1]} (${from} is below ${target})`);
      if (APART.some(([x, y]) => (x === from && y === target) || (y === from && x === target)))
        out.push(`${relative(SRC, file)} imports ${m[1]} (${from} and ${target} are kept apart)`);
    }
  }
  return out;
}

describe('the layers of src/', () => {
  it('import only downward: model ← text/normalize ← lexicon ← text ← (figures, ner) ← entities ← projects ← analyze ← (store, tables, report, consolidate) ← (eval, bench, scripts, census) ← cli', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('the check sees an upward import (a test that can fail)', () => {
    expect(layerOf('model')).toBeLessThan(layerOf('text'));
    expect(layerOf('text/normalize')).toBeLessThan(layerOf('lexicon'));
    expect(layerOf('lexicon')).toBeLessThan(layerOf('text'));
    expect(layerOf('entities')).toBeLessThan(layerOf('projects'));
    expect(layerOf('nonexistent')).toBe(-1);
  });
});
