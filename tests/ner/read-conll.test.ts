import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConll, readConllStream } from '../../src/ner/read-conll.js';

describe('parseConll', () => {
  it.each([
    ['LF with a trailing blank line', 'a O\nb B-LOC\n\nc O\n\n', [['a', 'b'], ['c']]],
    ['CRLF', 'a O\r\nb B-LOC\r\n\r\nc O\r\n', [['a', 'b'], ['c']]],
    ['a byte-order mark', '\uFEFFa O\nb O\n', [['a', 'b']]],
    ['no trailing blank line', 'a O\n\nb O', [['a'], ['b']]],
    ['several blank lines between sentences', 'a O\n\n\n\nb O\n', [['a'], ['b']]],
    ['tokens without tags', 'a\nb\n\nc\n', [['a', 'b'], ['c']]],
    ['tab-separated extra columns', 'a\tNN\tO\nb\tNN\tB-PERS\n', [['a', 'b']]],
    ['empty input', '', []],
    ['only blank lines', '\n\n\r\n', []],
  ])('reads %s', (_name, text, expected) => {
    expect(parseConll(text).map((s) => s.tokens)).toEqual(expected);
  });

  it('takes the last column as the tag', () => {
    expect(parseConll('a NN B-LOC\nb NN O\n')[0].tags).toEqual(['B-LOC', 'O']);
  });

  it('gives null tags for one-column lines', () => {
    expect(parseConll('a\n')[0].tags).toEqual([null]);
  });

  it('records the line of each sentence', () => {
    expect(parseConll('a O\n\n\nb O\nc O\n').map((s) => s.line)).toEqual([1, 4]);
  });
});

describe('readConllStream', () => {
  it('yields the same sentences as parseConll, across chunk boundaries', async () => {
    const text = 'قال O\r\nمحمد B-PERS\r\n\r\nفي O\r\nمصر B-LOC';
    const chunks = [text.slice(0, 7), text.slice(7, 20), text.slice(20)];
    const out = [];
    for await (const s of readConllStream(Readable.from(chunks))) out.push(s.tokens);
    expect(out).toEqual(parseConll(text).map((s) => s.tokens));
  });
});
