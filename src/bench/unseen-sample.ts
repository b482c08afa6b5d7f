// A deterministic sample of ../shared/unlabeled (SaudiNewsNet, ANT multi-source, ANT JawharaFM):
// distinct articles that no test, model or lexicon of arqam was built on, the text the speed
// benchmark measures (issue 20) and the identity check compares. Every `stride`-th record of
// each corpus file from record `offset` on, until the file's share of the bytes (or of the
// articles) is taken; a file that runs out leaves its remainder to the next ones. Only the
// chosen lines are parsed. Each article is its title, a blank line, and the record's text
// without ANT's <DOC> wrapper: the shape of an article file given to `arqam analyze`.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { SHARED_DIR } from '../eval/shared-paths.js';
import { articleBody, unlabeledFiles } from '../ner/unlabeled.js';

export const UNLABELED_DIR = join(SHARED_DIR, 'unlabeled');

export interface UnseenArticle {
  /** `<corpus file>#<record id>`. */
  source: string;
  text: string;
  /** The text's length in UTF-8 bytes. The bytes themselves are not kept: `analyze()` encodes the
   * text for the document id as it does for any caller that gives no bytes, and the 5 MB sample
   * held as strings and as Buffers was a second copy of the input in the benchmark's peak RSS. */
  byteLength: number;
}

export interface UnseenSampleOptions {
  /** Stop at this many UTF-8 bytes in all (each file its share). */
  bytes?: number;
  /** Stop at this many articles in all (each file its share). */
  articles?: number;
  /** Every `stride`-th record (default 7). */
  stride?: number;
  /** From record `offset` (default 0); a different offset gives a disjoint sample. */
  offset?: number;
  dir?: string;
}

/** The sample; empty when ../shared/unlabeled is absent. */
export async function unseenSample(o: UnseenSampleOptions = {}): Promise<UnseenArticle[]> {
  const stride = o.stride ?? 7;
  const offset = o.offset ?? 0;
  const files = unlabeledFiles(o.dir ?? UNLABELED_DIR);
  const out: UnseenArticle[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  for (let f = 0; f < files.length; f++) {
    const left = files.length - f;
    const byteQuota = o.bytes === undefined ? Infinity : bytes + (o.bytes - bytes) / left;
    const countQuota = o.articles === undefined ? Infinity : out.length + Math.ceil((o.articles - out.length) / left);
    if (bytes >= byteQuota || out.length >= countQuota) continue;
    const input = createReadStream(files[f]);
    const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
    let n = -1;
    for await (const line of lines) {
      n++;
      if (n < offset || (n - offset) % stride !== 0 || line.trim() === '') continue;
      const r = JSON.parse(line) as { id?: unknown; title?: unknown; text?: unknown };
      const title = typeof r.title === 'string' ? r.title.trim() : '';
      const body = articleBody(typeof r.text === 'string' ? r.text : '').trim();
      if (body === '') continue;
      const text = title === '' ? body : `${title}\n\n${body}`;
      const hash = createHash('sha256').update(text).digest('hex');
      if (seen.has(hash)) continue; // distinct articles only
      seen.add(hash);
      const byteLength = Buffer.byteLength(text, 'utf8');
      out.push({ source: `${basename(files[f])}#${String(r.id ?? n)}`, text, byteLength });
      bytes += byteLength;
      if (bytes >= byteQuota || out.length >= countQuota) break;
    }
    lines.close();
    input.destroy();
  }
  return out;
}
