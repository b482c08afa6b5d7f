import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../../src/store/format-result.js';

describe('displayWidth', () => {
  it.each<[string, number]>([
    ['abc', 3],
    ['محطة', 4],
    ['مُحَطَّة', 4], // diacritics take no column
    ['\u2067محطة\u2069', 4], // bidi isolates neither
    ['日本', 4],
  ])('%s → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('formatTable', () => {
  it('aligns Arabic text by what the terminal shows and numbers to the right', () => {
    const out = formatTable(
      ['name', 'value'],
      [
        ['مُحَطَّة', 1000],
        ['سد', 5.5],
        [null, null],
      ],
      [false, true],
    );
    expect(out).toBe(['name │ value', '─────┼──────', 'مُحَطَّة │  1000', 'سد   │   5.5', 'NULL │  NULL', '(3 rows)', ''].join('\n'));
  });

  it('cuts long cells and keeps each row on one line', () => {
    const out = formatTable(['text'], [['سطر أول\nسطر ثان طويل جدا']], [false], 12);
    expect(out.split('\n')[2]).toBe('سطر أول⏎سطر…');
  });
});
