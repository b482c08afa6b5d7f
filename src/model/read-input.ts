// Reads an article's bytes into text: UTF-8, a leading byte-order mark removed, nothing else
// changed. Empty, binary and invalid input is refused with an error that names the input.
import { readFileSync, statSync } from 'node:fs';
import { docBlocks } from './doc-blocks.js';
import { fsReason } from './fs-errors.js';
import { DEFAULT_MAX_BYTES, tooLargeReason } from './size-limits.js';

export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface DecodedInput {
  text: string;
  bytes: Uint8Array;
}

/** Decodes `bytes` named `input`; throws InputError for empty, binary or invalid UTF-8 input. */
export function decodeInput(bytes: Uint8Array, input: string): DecodedInput {
  if (bytes.length === 0) throw new InputError(input, 'empty file');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(input, `binary file (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(input, `invalid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(input, 'empty file (only whitespace)');
  return { text, bytes };
}

/** Reads and decodes the file at `path`, refusing files over `maxBytes` (default DEFAULT_MAX_BYTES). */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): DecodedInput {
  return decodeInput(readBytes(path, maxBytes), path);
}

/** The bytes of the file at `path`; InputError in words when it cannot be read or is over `maxBytes`. */
function readBytes(path: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(path, 'is a directory');
    size = st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, fsReason(error));
  }
  if (size > maxBytes) throw new InputError(path, tooLargeReason(size, maxBytes));
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(path, `cannot read: ${fsReason(error)}`);
  }
}

/** One document of a file: the whole file, or one <DOC> of a file that holds several. */
export interface InputDocument {
  /** The input as named to the user and recorded as `document.source`: the path, or `path#N`. */
  source: string;
  /** 1-based number of the <DOC> in its file, or null for a file of one document. */
  part: number | null;
  /** The decoded document, or the reason it cannot be read. */
  input: DecodedInput | InputError;
}

/**
 * The documents of the file at `path` (several for an ANT file of several <DOC>s, as ingest
 * reads them: src/model/doc-blocks.ts). Throws InputError when the file itself cannot be read;
 * a <DOC> that cannot be decoded is returned with its error, so the others are still analyzed.
 */
export function readDocuments(path: string, maxBytes = DEFAULT_MAX_BYTES): InputDocument[] {
  const bytes = readBytes(path, maxBytes);
  const blocks = docBlocks(bytes);
  if (blocks.length <= 1) return [{ source: path, part: null, input: decodeInput(bytes, path) }];
  return blocks.map(([start, end], i) => {
    const source = `${path}#${i + 1}`;
    try {
      return { source, part: i + 1, input: decodeInput(bytes.subarray(start, end), source) };
    } catch (error) {
      if (error instanceof InputError) return { source, part: i + 1, input: error };
      throw error;
    }
  });
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
