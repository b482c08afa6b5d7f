// The shipped gazetteer compiled at build time (issue 20): `npm run build` runs
// dist/scripts/compile-gazetteer.js, which builds the gazetteer of data/lexicon once and writes
// it beside this module as JSON (names already tokenized, the tries as nested arrays), so a
// process loads it without reading the lexicons or tokenizing a name. The file records a hash
// of the data it was built from (data/lexicon/*.tsv, data/entities/name-ratios.tsv); when those
// files have changed since, it is not used and the gazetteer is built as before.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import type { Gazetteer, LexEntry } from './gazetteer.js';
import { nameStats } from './name-stats.js';
import { restoreTrie, storeTrie, type StoredNode } from './name-trie.js';

/** dist/entities/gazetteer.compiled.json (under src/ when run from the sources: absent there). */
export const COMPILED_GAZETTEER_URL: URL = new URL('./gazetteer.compiled.json', import.meta.url);

const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);
const NAME_RATIOS = new URL('../../data/entities/name-ratios.tsv', import.meta.url);
const FORMAT = 'arqam-gazetteer-1';

interface CompiledGazetteer {
  format: string;
  /** sha256 of the data files the gazetteer was built from (dataHash). */
  data: string;
  entries: LexEntry[];
  trie: StoredNode<number>[];
  cues: StoredNode<string>[];
  givenNames: string[];
  wordyGivenNames: string[];
  /** Indexes of entries that are facilities. */
  facilities: number[];
  placeCountry: [string, string][];
}

/** A hash of every file the shipped gazetteer is built from: each name and its bytes. */
export function dataHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => new URL(f, LEXICON_DIR));
  for (const url of [...files, NAME_RATIOS]) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(url);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      bytes = Buffer.alloc(0);
    }
    hash
      .update(url.pathname.slice(url.pathname.lastIndexOf('/') + 1))
      .update('\0')
      .update(String(bytes.length))
      .update('\0')
      .update(bytes);
  }
  return hash.digest('hex');
}

/** The gazetteer as JSON text (entries shared between names are stored once). */
export function compileGazetteer(g: Gazetteer, data: string = dataHash()): string {
  const index = new Map<LexEntry, number>();
  const entries: LexEntry[] = [];
  const id = (e: LexEntry): number => {
    let i = index.get(e);
    if (i === undefined) {
      i = entries.length;
      index.set(e, i);
      entries.push(e);
    }
    return i;
  };
  const trie = storeTrie(g.trie, id);
  const out: CompiledGazetteer = {
    format: FORMAT,
    data,
    entries,
    trie,
    cues: storeTrie(g.cues, (k) => k),
    givenNames: [...g.givenNames],
    wordyGivenNames: [...g.wordyGivenNames],
    facilities: [...g.facilities].map(id),
    placeCountry: [...g.placeCountry],
  };
  return JSON.stringify(out);
}

/** The gazetteer `compileGazetteer` wrote, with the pipeline's default word knowledge. */
export function restoreGazetteer(json: string): Gazetteer {
  const c = JSON.parse(json) as CompiledGazetteer;
  const entries = c.entries;
  const knowledge = defaultWordKnowledge();
  return {
    trie: restoreTrie(c.trie, (i: number) => entries[i]),
    cues: restoreTrie(c.cues, (k: string) => k),
    givenNames: new Set(c.givenNames),
    wordyGivenNames: new Set(c.wordyGivenNames),
    facilities: new Set(c.facilities.map((i) => entries[i])),
    stats: nameStats(knowledge),
    placeCountry: new Map(c.placeCountry),
    knowledge,
  };
}

/** Writes the compiled gazetteer (the build's step). */
export function writeCompiledGazetteer(g: Gazetteer, url: URL = COMPILED_GAZETTEER_URL): void {
  writeFileSync(url, compileGazetteer(g));
}

/** The compiled gazetteer, or null when there is none or the data changed since it was built. */
export function loadCompiledGazetteer(url: URL = COMPILED_GAZETTEER_URL): Gazetteer | null {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // The format and the data hash sit at the start of the JSON: check them before parsing it all.
  const head = /^\{"format":"([^"]*)","data":"([0-9a-f]*)"/.exec(text.slice(0, 200));
  if (!head || head[1] !== FORMAT || head[2] !== dataHash()) return null;
  return restoreGazetteer(text);
}
