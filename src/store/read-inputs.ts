// Turns the paths given to `arqam ingest` into the documents to store, one at a time, so a
// corpus larger than memory streams through: article files (text, HTML, ANT's <DOC> files —
// several <DOC>s in one file become several documents), JSON lines ({id?, text, title?,
// published?, source?} per line), and JSON arrays of such records (SaudiNewsNet's day files).
// Folders are walked recursively. What cannot be read becomes an item with its reason.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { readRecord, recordSource, type RecordMeta } from './record-meta.js';
import { tooLargeReason } from '../model/size-limits.js';
import { fsReason } from '../model/fs-errors.js';

/** One document to store, or one input that cannot be. */
export interface InputItem {
  /** The input as named to the user: a path, `path:LINE`, `path[INDEX]` or `path#N`. */
  input: string;
  /** The document's bytes (a file's, or the UTF-8 of a record's text); absent on error. */
  bytes?: Uint8Array;
  /** Why the input cannot be stored. */
  error?: string;
  /** Size of the document in bytes, for the errors table and the MB/s. */
  size: number;
  /** Bytes of the input files this item stands for, for progress (a file, a line, a share of a JSON array). */
  consumed: number;
  /** Recorded as `documents.source`. */
  source: string;
  record?: RecordMeta;
}

/** Documents (and extract's input lines) larger than this are refused unless --max-bytes says otherwise: the one limit of src/model/size-limits.ts. */
export { DEFAULT_MAX_BYTES } from '../model/size-limits.js';

export interface ReadOptions {
  /** Documents larger than this are refused (default 20 MB). */
  maxBytes: number;
  /** Read for the path `-`. */
  stdin?: Readable;
}

/** Extensions a folder walk picks up; a file named explicitly is read whatever its name. */
export const INGEST_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson', '.json']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
/** V8 cannot hold a string much above 512 MB; larger JSON arrays must come as JSON lines. */
const JSON_ARRAY_LIMIT = 512 * 1024 * 1024;

export interface ExpandedPath {
  path: string;
  size: number;
  error?: string;
}

/** Expands folders into the files they hold (recursively, sorted); missing paths carry an error. */
export function expandPaths(paths: string[]): ExpandedPath[] {
  const out: ExpandedPath[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      out.push({ path: dir, size: 0, error: errnoReason(error) });
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch (error) {
        out.push({ path: full, size: 0, error: errnoReason(error) });
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && INGEST_EXTENSIONS.has(extname(name).toLowerCase())) out.push({ path: full, size: st.size });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push({ path: '-', size: 0 });
      continue;
    }
    try {
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.push({ path: p, size: st.size });
    } catch (error) {
      out.push({ path: p, size: 0, error: errnoReason(error) });
    }
  }
  return out;
}

/** The documents of every input, in order, read lazily. */
export async function* readInputItems(files: ExpandedPath[], options: ReadOptions): AsyncGenerator<InputItem> {
  for (const file of files) {
    if (file.error) {
      yield { input: file.path, error: file.error, size: 0, consumed: 0, source: file.path };
      continue;
    }
    if (file.path === '-') {
      if (!options.stdin) throw new Error('no standard input to read for "-"');
      yield* readJsonLines(options.stdin, 'stdin', options);
      continue;
    }
    const ext = extname(file.path).toLowerCase();
    if (JSONL_EXTENSIONS.has(ext)) {
      yield* readJsonLines(createReadStream(file.path), file.path, options);
    } else if (ext === '.json') {
      yield* readJsonFile(file, options);
    } else {
      yield* readArticleFile(file, options);
    }
  }
}

async function* readArticleFile(file: ExpandedPath, options: ReadOptions): AsyncGenerator<InputItem> {
  if (file.size > options.maxBytes) {
    yield { input: file.path, error: tooLarge(file.size, options.maxBytes), size: file.size, consumed: file.size, source: file.path };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    yield { input: file.path, error: errnoReason(error), size: file.size, consumed: file.size, source: file.path };
    return;
  }
  const blocks = docBlocks(bytes);
  if (blocks.length <= 1) {
    yield { input: file.path, bytes, size: bytes.length, consumed: bytes.length, source: file.path };
    return;
  }
  for (const [i, [start, end]] of blocks.entries()) {
    const name = `${file.path}#${i + 1}`;
    yield { input: name, bytes: bytes.subarray(start, end), size: end - start, consumed: end - start, source: name };
  }
}

// docBlocks lives in src/model/doc-blocks.ts: analyze splits <DOC> files the same way.
export { docBlocks } from '../model/doc-blocks.js';
import { docBlocks } from '../model/doc-blocks.js';

async function* readJsonLines(stream: Readable, name: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const size = Buffer.byteLength(raw) + 1;
    // A byte-order mark (a file's, or one left by joining files) is not part of the JSON.
    const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') continue;
    const locator = `${name}:${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { input: locator, error: 'invalid JSON', size, consumed: size, source: locator };
      continue;
    }
    yield recordItem(value, locator, size, size, options);
  }
}

async function* readJsonFile(file: ExpandedPath, options: ReadOptions): AsyncGenerator<InputItem> {
  const objectFirst = await startsWith(file.path, '{');
  if (file.size > JSON_ARRAY_LIMIT) {
    // Too large for one JSON.parse: one object per line is still readable as JSON lines.
    if (objectFirst) {
      yield* readJsonLines(createReadStream(file.path), file.path, options);
      return;
    }
    yield {
      input: file.path,
      error: `JSON file too large to read whole (${file.size} bytes): give it as JSON lines (.jsonl)`,
      size: file.size,
      consumed: file.size,
      source: file.path,
    };
    return;
  }
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch (error) {
    yield { input: file.path, error: errnoReason(error), size: file.size, consumed: file.size, source: file.path };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (objectFirst) {
      // A .json file holding one object per line is JSON lines under another name.
      yield* readJsonLines(Readable.from([text]), file.path, options);
      return;
    }
    yield {
      input: file.path,
      error: `invalid JSON (${(error as Error).message})`,
      size: file.size,
      consumed: file.size,
      source: file.path,
    };
    return;
  }
  if (!Array.isArray(value)) {
    yield recordItem(value, file.path, file.size, file.size, options);
    return;
  }
  const share = file.size / Math.max(1, value.length);
  for (const [i, element] of value.entries()) yield recordItem(element, `${file.path}[${i}]`, 0, share, options);
}

function recordItem(value: unknown, locator: string, size: number, consumed: number, options: ReadOptions): InputItem {
  let record;
  try {
    record = readRecord(value);
  } catch (error) {
    return { input: locator, error: (error as Error).message, size, consumed, source: locator };
  }
  const bytes = Buffer.from(record.text, 'utf8');
  const source = recordSource(record.meta, locator);
  if (bytes.length > options.maxBytes) {
    return { input: locator, error: tooLarge(bytes.length, options.maxBytes), size: bytes.length, consumed, source, record: record.meta };
  }
  return { input: locator, bytes, size: bytes.length, consumed, source, record: record.meta };
}

async function startsWith(path: string, char: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return head.startsWith(char);
  } finally {
    await handle.close();
  }
}

export function tooLarge(size: number, limit: number): string {
  return tooLargeReason(size, limit);
}

function errnoReason(error: unknown): string {
  return fsReason(error);
}
