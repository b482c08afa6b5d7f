// Sizes given on the command line (--max-bytes).
import { UsageError } from './exit-codes.js';

/** A size such as 20MB, 512k, 1.5 GB or 1048576 (bytes), in bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`--max-bytes takes a size such as 20MB or 500000, not "${text}"`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(m[1]) * scale);
  if (bytes < 1) throw new UsageError(`--max-bytes must be at least 1 byte`);
  return bytes;
}
