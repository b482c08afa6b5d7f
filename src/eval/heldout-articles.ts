// The articles of a held-out gold set, rebuilt from ../shared/unlabeled. A held-out set keeps in
// the repository only what is ours (its gold files and a manifest naming each article's record
// id); the articles stay in ../shared and are written out again by id before the set is scored:
//   npm run heldout:articles -- tests/heldout/holdout12 /tmp/h12 && \
//   npx arqam eval --gold tests/heldout/holdout12/gold --articles /tmp/h12
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { unlabeledFiles } from '../ner/unlabeled.js';

/** One article of a manifest: the file name its gold names and the unlabeled record it is. */
export interface HeldoutEntry {
  name: string;
  id: string;
}

/** Reads a set's manifest.json (an array of entries, or `{articles: [...]}`), naming the file in every error. */
export function readManifest(path: string): HeldoutEntry[] {
  if (!existsSync(path)) throw new Error(`${path}: no manifest.json (a held-out set names its articles there)`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { articles?: unknown }).articles;
  if (!Array.isArray(list)) throw new Error(`${path}: expected an array of articles or {"articles": [...]}`);
  return list.map((e, i) => {
    const o = e as { name?: unknown; file?: unknown; article?: unknown; id?: unknown };
    // The gold's own field for the file first (`article`), then `file`, then `name`.
    const name = o.article ?? o.file ?? o.name;
    if (typeof name !== 'string' || typeof o.id !== 'string' || name === '' || basename(name) !== name)
      throw new Error(`${path}: article ${i + 1} needs its file name ("article", "file" or "name"; no folders) and the record's "id"`);
    return { name, id: o.id };
  });
}

/**
 * Writes each entry's record text (the `text` field, as stored) to `outDir/name`, reading the
 * corpus once. Returns the names written; throws naming every id the corpus lacks, after writing
 * the others.
 */
export async function writeHeldoutArticles(entries: HeldoutEntry[], unlabeledDir: string, outDir: string): Promise<string[]> {
  const wanted = new Map(entries.map((e) => [e.id, e.name]));
  const files = unlabeledFiles(unlabeledDir);
  if (files.length === 0) throw new Error(`${unlabeledDir}: no *.jsonl.gz files (../shared/unlabeled is needed to rebuild the articles)`);
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (wanted.size === 0) break;
      const r = JSON.parse(line) as { id?: unknown; text?: unknown };
      const name = typeof r.id === 'string' ? wanted.get(r.id) : undefined;
      if (name === undefined || typeof r.text !== 'string') continue;
      writeFileSync(join(outDir, name), r.text);
      written.push(name);
      wanted.delete(r.id as string);
    }
  }
  if (wanted.size > 0) throw new Error(`${unlabeledDir}: no record with id ${[...wanted.keys()].join(', ')}`);
  return written;
}
