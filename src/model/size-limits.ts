// The largest document arqam reads, the same for every command: a file given to `analyze`, a
// file, JSON line's text or <DOC> of `ingest`, and a line of `extract --jsonl`. Each command
// takes --max-bytes to change it, read with parseSize; a document over the limit is refused
// with tooLargeReason, named, never cut (issue 21). The analysis is linear in the document's
// size (npm run bench times 1, 4 and 16 MB), so the limit bounds time and memory, not
// correctness.

/** Default limit of one document, in bytes of UTF-8: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A size that cannot be read; the message says what was expected. */
export class SizeSyntaxError extends Error {}

/** A size such as 20MB, 512k, 1.5 GB or 1048576 (bytes), in bytes (k, M and G are powers of 1024). */
export function parseSize(text: string, option = '--max-bytes'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b)?\s*$/i.exec(text);
  if (!m) throw new SizeSyntaxError(`${option} takes a size such as 20MB or 500000, not "${text}"`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(m[1]) * scale);
  if (bytes < 1) throw new SizeSyntaxError(`${option} must be at least 1 byte`);
  return bytes;
}

/** The reason a document over the limit is refused, with the option that raises it. */
export function tooLargeReason(size: number, limit: number): string {
  return `too large (${size} bytes, limit ${limit}; raise it with --max-bytes)`;
}
