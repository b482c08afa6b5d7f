import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import fc from 'fast-check';
import { buildTable, columnNames } from '../../src/tables/build-tables.js';
import { csvField, csvRecord, toCsv } from '../../src/tables/to-csv.js';
import { COLUMNS, TABLE_NAMES } from '../../src/tables/rows.js';

/** A strict RFC 4180 reader (CRLF records, quoted fields), to check what toCsv writes. */
function parseRfc4180(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quoted field');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bare ${JSON.stringify(csv[i])} in an unquoted field at ${i}`);
        field += csv[i++];
      }
    }
    row.push(field);
    if (csv[i] === ',') i++;
    else if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < csv.length) throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

const tableOf = (values: (string | number | null)[]) => aq.table({ a: values });

describe('toCsv writes RFC 4180', () => {
  it.each([
    ['plain Arabic', 'أوزبكستان', 'أوزبكستان'],
    ['a comma', 'طوكيو, اليابان', '"طوكيو, اليابان"'],
    ['an Arabic comma (no quoting needed)', 'طوكيو، اليابان', 'طوكيو، اليابان'],
    ['double quotes', 'قال "نعم"', '"قال ""نعم"""'],
    ['a line feed', 'سطر\nسطر', '"سطر\nسطر"'],
    ['a CRLF', 'سطر\r\nسطر', '"سطر\r\nسطر"'],
    ['a lone CR', 'a\rb', '"a\rb"'],
    ['leading and trailing spaces (kept)', ' x ', ' x '],
    ['null as an empty field', null, ''],
    ['an integer', 153000000, '153000000'],
    ['a decimal', 1.5, '1.5'],
  ] as [string, string | number | null, string][])('%s', (_name, value, field) => {
    expect(toCsv(tableOf([value]))).toBe(`a\r\n${field}\r\n`);
  });

  it('ends every record, the header included, with CRLF and nothing else', () => {
    const csv = toCsv(aq.table({ a: ['x', 'y'], b: [1, null] }));
    expect(csv).toBe('a,b\r\nx,1\r\ny,\r\n');
  });

  it('starts with a byte-order mark only when asked (--excel)', () => {
    expect(toCsv(tableOf(['x']), { bom: true }).startsWith('\uFEFFa\r\n')).toBe(true);
    expect(toCsv(tableOf(['x'])).charCodeAt(0)).toBe(0x61);
  });

  it('reads back as the same values for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('"', ',', '\n', '\r\n', '""', 'أ,"ب"\nج')), {
          minLength: 1,
          maxLength: 6,
        }),
        (values) => {
          const rows = parseRfc4180(toCsv(tableOf(values)));
          expect(rows).toEqual([['a'], ...values.map((v) => [v])]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('buildTable', () => {
  it.each(TABLE_NAMES)('an empty %s table still has its header row', (name) => {
    expect(toCsv(buildTable(name, []))).toBe(COLUMNS[name].map(([c]) => c).join(',') + '\r\n');
  });

  it('keeps the contract column order whatever the order of keys in a row', () => {
    const csv = toCsv(buildTable('messages', [{ reason: 'r', rule: 'x', end: 2, start: 1, doc_id: 'd' }]));
    expect(csv).toBe('doc_id,start,end,rule,reason\r\nd,1,2,x,r\r\n');
  });

  it('writes a missing cell as null', () => {
    expect(toCsv(buildTable('messages', [{ doc_id: 'd' }]))).toBe('doc_id,start,end,rule,reason\r\nd,,,,\r\n');
    expect(columnNames('messages')).toEqual(['doc_id', 'start', 'end', 'rule', 'reason']);
  });
});

describe('formula neutralization (--excel)', () => {
  const table = aq.table({ text: ['=HYPERLINK("http://x")', '+1', '-5 درجات', '@SUM(A1)', 'عادي', null], value: [-5, 1, 2, 3, 4, 5] });

  it('prefixes text cells that start like a formula with an apostrophe, and leaves numbers alone', () => {
    const rows = parseRfc4180(toCsv(table, { neutralizeFormulas: true }));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-5 درجات", "'@SUM(A1)", 'عادي', '']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['-5', '1', '2', '3', '4', '5']);
  });

  it('is off by default: the data stays as it is for every other reader', () => {
    const rows = parseRfc4180(toCsv(table));
    expect(rows[1][0]).toBe('=HYPERLINK("http://x")');
  });
});

describe('csvField and csvRecord (also the CSV of query --format csv)', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    [12.5, '12.5'],
    [-0, '0'],
    ['محطة', 'محطة'],
    ['a,b', '"a,b"'],
    ['قال "نعم"', '"قال ""نعم"""'],
    ['سطر\nثان', '"سطر\nثان"'],
    ['سطر\r\nثان', '"سطر\r\nثان"'],
    [[1, 2], '"[1,2]"'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends a record with CRLF, never a line break inside quotes', () => {
    expect(csvRecord(['a', 'b\nc', 'd"\ne'])).toBe('a,"b\nc","d""\ne"\r\n');
  });
});
