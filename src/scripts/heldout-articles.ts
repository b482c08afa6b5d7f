// node dist/scripts/heldout-articles.js SET_DIR OUT_DIR [UNLABELED_DIR]
// Writes the articles of a held-out gold set (SET_DIR/manifest.json) from ../shared/unlabeled to
// OUT_DIR, so that `arqam eval --gold SET_DIR/gold --articles OUT_DIR` can score it
// (src/eval/heldout-articles.ts). Progress and errors on stderr.
import { join } from 'node:path';
import { readManifest, writeHeldoutArticles } from '../eval/heldout-articles.js';
import { SHARED_DIR } from '../eval/shared-paths.js';

const [set, out, unlabeled = join(SHARED_DIR, 'unlabeled')] = process.argv.slice(2);
if (!set || !out) {
  process.stderr.write('usage: node dist/scripts/heldout-articles.js SET_DIR OUT_DIR [UNLABELED_DIR]\n');
  process.exitCode = 2;
} else {
  try {
    const entries = readManifest(join(set, 'manifest.json'));
    const names = await writeHeldoutArticles(entries, unlabeled, out);
    process.stderr.write(`heldout: ${names.length} articles of ${set} → ${out}\n`);
  } catch (e) {
    process.stderr.write(`heldout: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
