// The held-out gold sets kept in tests/heldout: every gold file reads as gold/FORMAT.md says, and
// the manifest names exactly the articles the gold files score. Their articles come from
// ../shared/unlabeled (npm run heldout:articles); where ../shared is present, every gold span is
// located in its article.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/gold-format.js';
import { readManifest, writeHeldoutArticles } from '../../src/eval/heldout-articles.js';
import { locateGold } from '../../src/eval/locate-gold.js';
import { SHARED_DIR } from '../../src/eval/shared-paths.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = join(import.meta.dirname, '..', 'heldout');
const sets = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const unlabeled = join(SHARED_DIR, 'unlabeled');

describe('held-out gold sets', () => {
  it('there are sets to check', () => {
    expect(sets.length).toBeGreaterThanOrEqual(2);
  });

  for (const set of sets) {
    const dir = join(ROOT, set);
    it(`${set}: the manifest names each gold file's article once`, () => {
      const names = readManifest(join(dir, 'manifest.json')).map((e) => e.name);
      const golds = readdirSync(join(dir, 'gold'))
        .filter((f) => f.endsWith('.gold.json'))
        .map((f) => readGold(join(dir, 'gold', f)).article);
      expect(new Set(names).size).toBe(names.length);
      expect([...golds].sort()).toEqual([...names].sort());
    });

    it.skipIf(!existsSync(unlabeled))(`${set}: every gold span is found in its article`, async () => {
      const out = mkdtempSync(join(tmpdir(), `${set}-`));
      await writeHeldoutArticles(readManifest(join(dir, 'manifest.json')), unlabeled, out);
      const failures: string[] = [];
      for (const f of readdirSync(join(dir, 'gold')).filter((x) => x.endsWith('.gold.json'))) {
        const g = readGold(join(dir, 'gold', f));
        const text = readFileSync(join(out, g.article), 'utf8');
        const refs = [...g.figures, ...g.projects.flatMap((p) => [p.anchor, ...(p.mentions ?? [])])];
        for (const r of refs) {
          const at = locateGold(text, r);
          if (!at.ok) failures.push(`${f}: «${r.text}» in «${r.context}»: ${at.reason}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
