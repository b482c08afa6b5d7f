import { describe, expect, it } from 'vitest';
import { isoDate, readRecord } from '../../src/store/record-meta.js';

describe('isoDate', () => {
  it.each<[unknown, string | null]>([
    ['2015-07-31', '2015-07-31'],
    ['2015-07-31 04:10:27', '2015-07-31'],
    ['2019-05-02T10:00:00Z', '2019-05-02'],
    ['2015/7/3', '2015-07-03'],
    ['19/01/2017', '2017-01-19'],
    ['Sat, 28 Apr 2018 12:16:33 +0400', '2018-04-28'],
    ['2015-02-30', null],
    ['31/13/2017', null],
    ['yesterday', null],
    ['', null],
    [20150731, null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});

describe('readRecord', () => {
  it('reads a SaudiNewsNet record: content is the text, source the outlet, date_extracted the date', () => {
    const r = readRecord({
      source: 'aawsat',
      url: 'http://aawsat.com/1',
      date_extracted: '2015-07-31 04:10:27',
      title: ' عنوان ',
      author: '',
      content: 'نص',
    });
    expect(r).toEqual({
      text: 'نص',
      meta: { id: null, title: 'عنوان', published: '2015-07-31', source: 'aawsat', site: null, author: null, url: 'http://aawsat.com/1' },
    });
  });

  it('reads the outlet of a record of ../shared/unlabeled as its source', () => {
    const r = readRecord({
      id: 'snn-2015-07-21-0',
      outlet: 'aawsat',
      date: '2015-07-21',
      title: 'عنوان',
      url: 'http://aawsat.com/1',
      text: 'نص',
    });
    expect(r.meta).toMatchObject({ id: 'snn-2015-07-21-0', source: 'aawsat', published: '2015-07-21' });
  });

  it('reads a JSON-lines record with a numeric id', () => {
    expect(readRecord({ id: 7, text: 'نص', published: '2020-01-02' }).meta).toMatchObject({ id: '7', published: '2020-01-02' });
  });

  it.each<[unknown, RegExp]>([
    [[1, 2], /expected a JSON object/],
    ['text', /expected a JSON object/],
    [{ title: 'x' }, /no "text" \(or "content"\) string/],
    [{ text: 5 }, /no "text"/],
  ])('refuses %j', (value, reason) => {
    expect(() => readRecord(value)).toThrow(reason);
  });
});
