// The documents of a TREC-style file of the ANT corpus: several <DOC> elements in one file are
// several documents, in `analyze` as in `ingest` (issue 21: analyze read only the first and set
// the rest aside as its wrapper, with no message).
import { Buffer } from 'node:buffer';

const DOC_OPEN = Buffer.from('<DOC>');

/**
 * The byte ranges of the <DOC> elements of a TREC-style file that holds more than one (each
 * from its <DOC> to the next); one range for the whole file otherwise, so that a single-article
 * file keeps the id of its whole bytes, as `arqam analyze` gives it.
 */
export function docBlocks(bytes: Uint8Array): [number, number][] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let first = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) first = 3;
  while (first < buf.length && (buf[first] === 0x20 || buf[first] === 0x0a || buf[first] === 0x0d || buf[first] === 0x09)) first++;
  if (buf.indexOf(DOC_OPEN, first) !== first) return [[0, buf.length]];
  const starts: number[] = [];
  for (let at = first; at >= 0; at = buf.indexOf(DOC_OPEN, at + DOC_OPEN.length)) {
    // Only a <DOC> at the start of a line opens a document; one inside the text does not.
    if (at === first || buf[at - 1] === 0x0a) starts.push(at);
  }
  if (starts.length <= 1) return [[0, buf.length]];
  return starts.map((s, i) => [i === 0 ? 0 : s, i + 1 < starts.length ? starts[i + 1] : buf.length]);
}
