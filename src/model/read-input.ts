// Reads an article's bytes into text: UTF-8, a leading byte-order mark removed, nothing else
// changed. Empty, binary and invalid input is refused with an error that names the input.
import { readFileSync, statSync } from 'node:fs';

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

/** Reads and decodes the file at `path`, refusing files over `maxBytes`. */
export function readInput(path: string, maxBytes = 20 * 1024 * 1024): DecodedInput {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(path, 'is a directory');
    size = st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message));
  }
  if (size > maxBytes) throw new InputError(path, `too large (${size} bytes, limit ${maxBytes})`);
  return decodeInput(readFileSync(path), path);
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
