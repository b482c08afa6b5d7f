import { describe, expect, it } from 'vitest';
import { decodeReference, markupReplacement } from '../../src/report/markup-replacement.js';
import type { SetAside } from '../../src/model/types.js';

describe('decodeReference', () => {
  it.each([
    ['&amp;', '&'],
    ['&lt;', '<'],
    ['&nbsp;', '\u00A0'],
    ['&#1605;', 'م'],
    ['&#x645;', 'م'],
    ['&#xD800;', null],
    ['&bogus;', null],
    ['<b>', null],
  ])('%s', (ref, ch) => {
    expect(decodeReference(ref)).toBe(ch);
  });
});

describe('markupReplacement', () => {
  const at = (text: string, tag: string, kind: SetAside['kind']): [string, SetAside] => {
    const start = text.indexOf(tag);
    return [text, { start, end: start + tag.length, kind }];
  };
  it.each([
    ['a block tag between two stretches of text is a line break', ...at('أ</p><p>ب', '</p>', 'markup'), '\n'],
    ['a block tag next to a line break adds nothing', ...at('أ</p>\n<p>ب', '</p>', 'markup'), ''],
    ['an inline tag disappears', ...at('أ<b>ب', '<b>', 'inline-markup'), ''],
    ['a character reference shows its character, escaped', ...at('أ &lt; ب', '&lt;', 'inline-markup'), '&lt;'],
    ['chrome is not replaced (it is shown dimmed)', ...at('أ {clean_title}', '{clean_title}', 'template'), undefined],
  ] as [string, string, SetAside, string | undefined][])('%s', (_name, text, span, expected) => {
    expect(markupReplacement(text, span)).toBe(expected);
  });
});
