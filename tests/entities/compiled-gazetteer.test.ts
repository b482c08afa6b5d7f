// The gazetteer compiled at build time (src/entities/compiled-gazetteer.ts) must be the one
// buildGazetteer() makes: same tries in the same order, the same entries shared the same way.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGazetteer, dataHash, dataStamp, loadCompiledGazetteer, restoreGazetteer } from '../../src/entities/compiled-gazetteer.js';
import { buildGazetteer } from '../../src/entities/gazetteer.js';
import { storeTrie } from '../../src/entities/name-trie.js';
import { countColumn } from '../../src/text/word-knowledge.js';

const built = buildGazetteer();
const compiled = compileGazetteer(built);

describe('compiled gazetteer', () => {
  it('restores the gazetteer it was compiled from', () => {
    const restored = restoreGazetteer(compiled);
    expect(compileGazetteer(restored)).toBe(compiled);
    expect(storeTrie(restored.trie, (e) => e)).toEqual(storeTrie(built.trie, (e) => e));
    expect(storeTrie(restored.cues, (k) => k)).toEqual(storeTrie(built.cues, (k) => k));
    expect(restored.trie.entries).toBe(built.trie.entries);
    expect([...restored.givenNames]).toEqual([...built.givenNames]);
    expect([...restored.wordyGivenNames]).toEqual([...built.wordyGivenNames]);
    expect([...restored.facilities]).toEqual([...built.facilities]);
    expect([...restored.placeCountry]).toEqual([...built.placeCountry]);
    // A facility is the very entry its names lead to, as in the built one.
    const facility = [...restored.facilities][0];
    const walk = storeTrie(restored.trie, (e) => e).flatMap(function all(n): unknown[] {
      return [...(n[1] || []), ...(n[2] || []).flatMap(all)];
    });
    expect(walk).toContain(facility);
  });

  it('is used only while the data it was built from is unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-gaz-'));
    try {
      const good = join(dir, 'good.json');
      writeFileSync(good, compiled);
      expect(loadCompiledGazetteer(pathToFileURL(good))).not.toBeNull();
      // A file changed since the build: another stamp, and another hash.
      const stale = join(dir, 'stale.json');
      writeFileSync(stale, compiled.replace(dataHash(), '0'.repeat(64)).replace(dataStamp(), 'vocab.tsv:1:1'));
      expect(loadCompiledGazetteer(pathToFileURL(stale))).toBeNull();
      // A file touched but not changed (a fresh checkout): another stamp, the same hash.
      const touched = join(dir, 'touched.json');
      writeFileSync(touched, compiled.replace(dataStamp(), 'vocab.tsv:1:1'));
      expect(loadCompiledGazetteer(pathToFileURL(touched))).not.toBeNull();
      expect(loadCompiledGazetteer(pathToFileURL(join(dir, 'absent.json')))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // npm test builds first: the file the build wrote is the one the sources compile now.
  const shipped = new URL('../../dist/entities/gazetteer.compiled.jsonl', import.meta.url);
  it.skipIf(!existsSync(shipped))('dist/entities/gazetteer.compiled.jsonl is up to date (npm run build writes it)', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(compiled);
  });
});

describe('countColumn (vocab.tsv and name-ratios.tsv at start)', () => {
  it('reads what splitting each line gave: header and comments skipped, a missing column NaN', () => {
    const text = 'form\tcount\tnamed\n# a comment\nاليابان\t12\t9\r\nوحيد\n\nمالي\t40';
    expect([...countColumn(text, 1)]).toEqual([
      ['اليابان', 12],
      ['وحيد', Number.NaN],
      ['مالي', 40],
    ]);
    expect([...countColumn(text, 2)]).toEqual([
      ['اليابان', 9],
      ['وحيد', Number.NaN],
      ['مالي', Number.NaN],
    ]);
  });
});
