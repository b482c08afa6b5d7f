import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightText, type Highlight } from '../../src/report/highlight-spans.js';
import { escapeHtml, raw } from '../../src/report/html.js';

const plain = (s: string) => raw(escapeHtml(s));
/** A highlight drawn as [name ... ] so the nesting reads in the expected strings. */
const h = (name: string, start: number, end: number, rank = 0): Highlight => ({
  start,
  end,
  rank,
  open: (first) => (first ? `[${name}:` : `[${name}+:`),
  close: ']',
});
const render = (text: string, spans: Highlight[], region = { start: 0, end: text.length }) =>
  highlightText(text, region, spans, plain).value;

describe('highlightText', () => {
  it.each([
    ['no spans', 'abcdef', [], 'abcdef'],
    ['one span', 'abcdef', [h('A', 1, 3)], 'a[A:bc]def'],
    ['nested: a figure inside a mention', 'abcdef', [h('A', 0, 6), h('B', 2, 4)], '[A:ab[B:cd]ef]'],
    ['nested given inner first', 'abcdef', [h('B', 2, 4), h('A', 0, 6)], '[A:ab[B:cd]ef]'],
    ['same span: lower rank outside', 'abcdef', [h('F', 1, 3, 3), h('E', 1, 3, 2)], 'a[E:[F:bc]]def'],
    ['adjacent spans', 'abcdef', [h('A', 0, 2), h('B', 2, 4)], '[A:ab][B:cd]ef'],
    ['crossing spans are split, not dropped', 'abcdef', [h('A', 0, 3), h('B', 2, 5)], '[A:ab[B:c]][B+:de]f'],
    ['a span clipped to the region', 'abcdef', [h('A', 0, 3)], '[A:bc]de'],
    ['a span outside the region disappears', 'abcdef', [h('A', 5, 6)], 'bcde'],
    ['an empty span is ignored', 'abcdef', [h('A', 2, 2)], 'abcdef'],
  ] as [string, string, Highlight[], string][])('%s', (name, text, spans, expected) => {
    const region = name.includes('region') ? { start: 1, end: 5 } : { start: 0, end: text.length };
    expect(render(text, spans, region)).toBe(expected);
  });

  it('escapes the text between spans', () => {
    expect(render('<b>&', [h('A', 0, 3)])).toBe('[A:&lt;b&gt;]&amp;');
  });

  it('writes a replacement instead of the text of a span that has one', () => {
    const tag: Highlight = { start: 1, end: 4, rank: 0, open: () => '', close: '', replace: '\n' };
    expect(render('a<p>b', [tag])).toBe('a\nb');
    // A mention running across the tag keeps its own text on both sides.
    expect(render('a<p>b', [tag, h('M', 0, 5, 2)])).toBe('[M:a\nb]');
  });

  it('never drops or repeats a character and always nests (property)', () => {
    const arb = fc
      .string({ minLength: 1, maxLength: 30 })
      .chain((text) =>
        fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(3)), { maxLength: 8 })),
      );
    fc.assert(
      fc.property(arb, ([text, raws]) => {
        const spans = raws.map(([a, b, rank], i) => ({
          start: Math.min(a, b),
          end: Math.max(a, b),
          rank,
          open: () => `<s${i}>`,
          close: `</s${i}>`,
        }));
        // The text is escaped, so the only tags in the output are the spans' own.
        const out = highlightText(text, { start: 0, end: text.length }, spans, plain).value;
        expect(out.replace(/<\/?s\d+>/g, '')).toBe(escapeHtml(text));
        // Proper nesting: every close matches the last open.
        const stack: string[] = [];
        for (const m of out.matchAll(/<(\/?)s(\d+)>/g)) {
          if (m[1] === '') stack.push(m[2]);
          else expect(stack.pop()).toBe(m[2]);
        }
        expect(stack).toEqual([]);
        // Every non-empty span covers exactly its characters: count the text inside its pieces.
        spans.forEach((s, i) => {
          if (s.end <= s.start) return;
          let inside = '';
          const re = new RegExp(`<s${i}>([\\s\\S]*?)</s${i}>`, 'g');
          for (const m of out.matchAll(re)) inside += m[1].replace(/<\/?s\d+>/g, '');
          expect(inside).toBe(escapeHtml(text.slice(s.start, s.end)));
        });
      }),
      { numRuns: 500 },
    );
  });
});
