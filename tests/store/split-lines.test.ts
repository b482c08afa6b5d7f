// splitLines: JSON lines read as bytes, with a cap on a line's size; recoverId: the id at the
// start of a line that cannot be parsed.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { recoverId, splitLines, type SplitLine } from '../../src/store/split-lines.js';

async function lines(chunks: (string | Buffer)[], maxBytes = 1000): Promise<SplitLine[]> {
  const out: SplitLine[] = [];
  for await (const l of splitLines(Readable.from(chunks), maxBytes)) out.push(l);
  return out;
}

const texts = (ls: SplitLine[]) => ls.map((l) => (l.tooLong ? `<${l.bytes} bytes: ${l.head}>` : l.text));

describe('splitLines', () => {
  it.each<[string, string, string[]]>([
    ['LF-terminated lines', 'a\nb\n', ['a', 'b']],
    ['a last line without LF', 'a\nb', ['a', 'b']],
    ['blank lines, each a line', 'a\n\n\nb\n', ['a', '', '', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b']],
    ['a byte-order mark at the start', '\uFEFFa\nb\n', ['a', 'b']],
    ['a byte-order mark at the start of a later line (concatenated files)', 'a\n\uFEFFb\n', ['a', 'b']],
    ['Arabic text', 'نص\nآخر\n', ['نص', 'آخر']],
    ['no input', '', []],
    ['one LF', '\n', ['']],
  ])('%s', async (_name, input, expected) => {
    expect(texts(await lines([input]))).toEqual(expected);
  });

  it('gives the same lines whatever the chunks (a multi-byte letter split between two)', async () => {
    const input = Buffer.from('{"id":"أ"}\r\n\n{"id":"ب"}');
    const oneByOne = [...input].map((b) => Buffer.from([b]));
    expect(await lines(oneByOne)).toEqual(await lines([input]));
    expect(texts(await lines(oneByOne))).toEqual(['{"id":"أ"}', '', '{"id":"ب"}']);
  });

  it('numbers the lines from 1 and counts their bytes without the line end', async () => {
    expect((await lines(['ab\r\nنص\n'])).map((l) => [l.lineNo, l.bytes])).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });

  it('skips a line over the cap, keeping its start, and reads the lines after it', async () => {
    const long = '{"id":"big","text":"' + 'x'.repeat(5000) + '"}';
    const ls = await lines([`a\n${long}\nb\n`], 100);
    expect(ls.map((l) => [l.lineNo, l.tooLong ?? false])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    const big = ls[1];
    expect(big.tooLong && big.bytes).toBe(long.length);
    expect(big.tooLong && big.head.startsWith('{"id":"big"')).toBe(true);
    expect(texts([ls[2]])).toEqual(['b']);
  });

  it('takes a line of exactly the cap (its CR not counted), and refuses one byte more', async () => {
    const ls = await lines(['12345\r\n123456\n'], 5);
    expect(ls.map((l) => l.tooLong ?? false)).toEqual([false, true]);
  });
});

describe('recoverId', () => {
  it.each<[string, string | number | null]>([
    ['{"id": "a1", "text": "broken', 'a1'],
    ['{"id":7,"text":', 7],
    ['{"source": "aawsat", "n": 3, "id": "x\\"y", "text": "', 'x"y'],
    ['  {"id" : "a", ', 'a'],
    ['{"text": "the \\"id\\": here", "id": "late"', 'late'],
    ['{"text": "cut here, "id": "inside"', null],
    ['not json', null],
    ['{"id": {"nested": 1}}', null],
    ['[{"id": "a"}]', null],
  ])('%s → %j', (line, expected) => {
    expect(recoverId(line)).toBe(expected);
  });
});
