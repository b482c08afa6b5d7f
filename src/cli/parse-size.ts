// Sizes given on the command line (--max-bytes): src/model/size-limits.ts reads them, a usage
// error when they cannot be read.
import { UsageError } from './exit-codes.js';
import { parseSize as parseSizeText, SizeSyntaxError } from '../model/size-limits.js';

/** A size such as 20MB, 512k, 1.5 GB or 1048576 (bytes), in bytes; a usage error otherwise. */
export function parseSize(text: string, option = '--max-bytes'): number {
  try {
    return parseSizeText(text, option);
  } catch (error) {
    if (error instanceof SizeSyntaxError) throw new UsageError(error.message);
    throw error;
  }
}
