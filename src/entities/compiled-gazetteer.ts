// The shipped gazetteer compiled at build time (issue 20): `npm run build` runs
// dist/scripts/compile-gazetteer.js, which builds the gazetteer of data/lexicon once and writes
// it beside this module as JSON lines (names already tokenized, the tries as flat lists on
// the first line, then one line per entry), so a process loads it without reading the lexicons
// or tokenizing a name, and parses an entry only when a name of a text leads to it (an article
// reaches a few dozen of the 9,700). The file records a hash
// of the data it was built from (data/lexicon/*.tsv, data/entities/name-ratios.tsv) and each
// file's size and modification time; when a file's stamp differs the data is hashed again, and
// when the hash differs too it is not used and the gazetteer is built as before.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import type { Gazetteer, LexEntry } from './gazetteer.js';
import { nameStats } from './name-stats.js';
import { flattenTrie, restoreFlatTrie, type FlatTrie } from './name-trie.js';

/** dist/entities/gazetteer.compiled.jsonl (under src/ when run from the sources: absent there). */
export const COMPILED_GAZETTEER_URL: URL = new URL('./gazetteer.compiled.jsonl', import.meta.url);

const LEXICON_DIR = new URL('../../data/lexicon/', import.meta.url);
const NAME_RATIOS = new URL('../../data/entities/name-ratios.tsv', import.meta.url);
const FORMAT = 'arqam-gazetteer-4';

/** The first line of the file; the entries follow, one JSON line each, in the order of their indexes. */
interface CompiledGazetteer {
  format: string;
  /** sha256 of the data files the gazetteer was built from (dataHash). */
  data: string;
  /** Their names, sizes and modification times when it was built (dataStamp). */
  stamp: string;
  /** How many entry lines follow. */
  entries: number;
  /** The tries as flat lists (name-trie.ts FlatTrie): a few arrays parse faster than one per node. */
  trie: FlatTrie<number>;
  cues: FlatTrie<string>;
  givenNames: string[];
  wordyGivenNames: string[];
  /** Indexes of entries that are facilities. */
  facilities: number[];
  placeCountry: [string, string][];
}

/** Every file the shipped gazetteer is built from. */
function dataFiles(): URL[] {
  const files = readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => new URL(f, LEXICON_DIR));
  return [...files, NAME_RATIOS];
}

/** A hash of every file the shipped gazetteer is built from: each name and its bytes. */
export function dataHash(): string {
  const hash = createHash('sha256');
  for (const url of dataFiles()) {
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

/**
 * Each data file's name, size and modification time (nanoseconds), or "-" when absent: while
 * they are the ones recorded at build time the files are the ones hashed then, and the start
 * need not read and hash the 1.5 MB of them again (a changed stamp falls back to the hash).
 */
export function dataStamp(): string {
  return dataFiles()
    .map((url) => {
      const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
      const st = statSync(url, { bigint: true, throwIfNoEntry: false });
      return st ? `${name}:${st.size}:${st.mtimeNs}` : `${name}:-`;
    })
    .join(' ');
}

/** The gazetteer as JSON lines (entries shared between names are stored once, a line each, after the first line). */
export function compileGazetteer(g: Gazetteer, data: string = dataHash(), stamp: string = dataStamp()): string {
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
  const trie = flattenTrie(g.trie, id);
  const out: CompiledGazetteer = {
    format: FORMAT,
    data,
    stamp,
    entries: 0,
    trie,
    cues: flattenTrie(g.cues, (k) => k),
    givenNames: [...g.givenNames],
    wordyGivenNames: [...g.wordyGivenNames],
    facilities: [...g.facilities].map(id),
    placeCountry: [...g.placeCountry],
  };
  out.entries = entries.length;
  // JSON.stringify writes no line break inside a value (it escapes them), so a line is a value.
  return `${[JSON.stringify(out), ...entries.map((e) => JSON.stringify(e))].join('\n')}\n`;
}

/** The gazetteer `compileGazetteer` wrote, with the pipeline's default word knowledge. */
export function restoreGazetteer(compiled: string | Buffer): Gazetteer {
  const bytes = typeof compiled === 'string' ? Buffer.from(compiled, 'utf8') : compiled;
  const first = bytes.indexOf(0x0a);
  const c = JSON.parse(bytes.toString('utf8', 0, first < 0 ? bytes.length : first)) as CompiledGazetteer;
  // Where each entry's line starts (the line ends where the next one starts, less its \n).
  const starts = new Int32Array(c.entries + 1);
  for (let i = 0, at = first + 1; i <= c.entries; i++) {
    starts[i] = at;
    if (i < c.entries) {
      const end = bytes.indexOf(0x0a, at);
      if (end < 0) throw new Error('compiled gazetteer: fewer entry lines than its header says');
      at = end + 1;
    }
  }
  // Each entry parsed once, when first asked for: the same object every time (facilities and
  // names that lead to the same entry share it, as in the built gazetteer).
  const parsed: (LexEntry | undefined)[] = new Array(c.entries);
  const entry = (i: number): LexEntry => (parsed[i] ??= JSON.parse(bytes.toString('utf8', starts[i], starts[i + 1] - 1)) as LexEntry);
  const knowledge = defaultWordKnowledge();
  return {
    trie: restoreFlatTrie(c.trie, entry, true),
    cues: restoreFlatTrie(c.cues, (k: string) => k),
    givenNames: new Set(c.givenNames),
    wordyGivenNames: new Set(c.wordyGivenNames),
    facilities: new Set(c.facilities.map(entry)),
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(url);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // The format, the data hash and the files' stamp sit at the start of the first line: checked
  // before parsing it; the hash is computed only when a file's stamp differs from the build's.
  const head = /^\{"format":"([^"]*)","data":"([0-9a-f]*)","stamp":"([^"]*)"/.exec(bytes.toString('utf8', 0, 4000));
  if (!head || head[1] !== FORMAT || (head[3] !== dataStamp() && head[2] !== dataHash())) return null;
  return restoreGazetteer(bytes);
}
