import { describe, expect, it } from 'vitest';
import { parseTsv, splitList, TsvError } from '../../src/lexicon/read-tsv.js';

describe('parseTsv', () => {
  const text = ['# what the file holds', '# where it comes from', 'key\tnames', 'a\tx|y', '', '# a late comment', 'b\t'].join('\n');

  it('keeps the comment lines before the header, without the #', () => {
    expect(parseTsv(text, 't.tsv').comments).toEqual(['what the file holds', 'where it comes from']);
  });

  it('reads the header row as the columns', () => {
    expect(parseTsv(text, 't.tsv').columns).toEqual(['key', 'names']);
  });

  it('skips blank lines and comment lines between rows', () => {
    expect(parseTsv(text, 't.tsv').rows.map((r) => r.record.key)).toEqual(['a', 'b']);
  });

  it('gives each row the 1-based line it came from', () => {
    expect(parseTsv(text, 't.tsv').rows.map((r) => r.line)).toEqual([4, 7]);
  });

  it('fills missing trailing cells with the empty string', () => {
    expect(parseTsv('k\tv\na', 't.tsv').rows[0].record).toEqual({ k: 'a', v: '' });
  });

  it('strips a leading byte-order mark', () => {
    expect(parseTsv('\ufeffk\nv', 't.tsv').columns).toEqual(['k']);
  });

  it.each([
    ['more cells than columns', 'k\nv\tw', [], 't.tsv:2: 2 cells but the header has 1 columns'],
    ['a CR line ending', 'k\r\nv', [], 't.tsv:1: CR found'],
    ['a missing required column', 'k\nv', ['names'], 't.tsv:1: header row lacks column "names"'],
    ['a duplicate column', 'k\tk\nv', [], 't.tsv:1: duplicate column "k"'],
    ['a cell with outer spaces', 'k\n v', [], 't.tsv:2: cell "k" has leading or trailing spaces'],
    ['no header row', '# only a comment\n', [], 't.tsv:2: no header row'],
  ])('rejects %s with the file and line in the message', (_, input, required, message) => {
    const parse = () => parseTsv(input, 't.tsv', required);
    expect(parse).toThrow(TsvError);
    expect(parse).toThrow(message);
  });
});

describe('splitList', () => {
  it.each([
    ['', []],
    ['طشقند', ['طشقند']],
    ['طشقند|طاشقند', ['طشقند', 'طاشقند']],
    ['a||b|', ['a', 'b']],
  ])('splits %j on |', (cell, values) => {
    expect(splitList(cell)).toEqual(values);
  });
});
