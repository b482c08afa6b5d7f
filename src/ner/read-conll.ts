// Reads CoNLL text: one token per line, its columns separated by spaces or tabs, a blank line
// between sentences. The first column is the token, the last (when there are two or more) its
// tag; CRLF, a byte-order mark and a last sentence without a trailing blank line are accepted.
// Tokens are kept as written (WikiFANE's U+200E marks included): the features fold them away.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface ConllSentence {
  tokens: string[];
  /** The last column of each line; null for a line with a single column. */
  tags: (string | null)[];
  /** 1-based line number of the sentence's first token, for messages. */
  line: number;
}

/** Accumulates lines into sentences; `push` returns a finished sentence at a blank line. */
export class ConllLineReader {
  private tokens: string[] = [];
  private tags: (string | null)[] = [];
  private first = 0;
  private lineNo = 0;

  push(rawLine: string): ConllSentence | null {
    this.lineNo++;
    let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (this.lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    const fields = line.split(/[ \t]+/).filter((f) => f !== '');
    if (fields.length === 0) return this.flush();
    if (this.tokens.length === 0) this.first = this.lineNo;
    this.tokens.push(fields[0]);
    this.tags.push(fields.length >= 2 ? fields[fields.length - 1] : null);
    return null;
  }

  /** The pending sentence, if any (call at the end of input). */
  flush(): ConllSentence | null {
    if (this.tokens.length === 0) return null;
    const s: ConllSentence = { tokens: this.tokens, tags: this.tags, line: this.first };
    this.tokens = [];
    this.tags = [];
    return s;
  }
}

/** Every sentence of a CoNLL text. */
export function parseConll(text: string): ConllSentence[] {
  const reader = new ConllLineReader();
  const out: ConllSentence[] = [];
  for (const line of text.split('\n')) {
    const s = reader.push(line);
    if (s) out.push(s);
  }
  const last = reader.flush();
  if (last) out.push(last);
  return out;
}

/** The sentences of a CoNLL stream, one at a time (memory bounded by the longest sentence). */
export async function* readConllStream(input: Readable): AsyncGenerator<ConllSentence> {
  const reader = new ConllLineReader();
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    const s = reader.push(line);
    if (s) yield s;
  }
  const last = reader.flush();
  if (last) yield last;
}
