import { describe, expect, it } from 'vitest';
import { GoldError, parseGold } from '../../src/eval/gold-format.js';
import { locateGold } from '../../src/eval/locate-gold.js';

describe('parseGold', () => {
  it('reads a minimal file, absent lists empty', () => {
    expect(parseGold({ article: 'a.txt' }, 'a.gold.json')).toMatchObject({ article: 'a.txt', figures: [], entities: [], projects: [] });
  });

  it("reads a project's other mentions", () => {
    const g = parseGold(
      {
        article: 'a',
        projects: [{ anchor: { context: 'محطة نور 1', text: 'محطة نور 1' }, mentions: [{ context: 'المحطة الأولى', text: 'المحطة' }] }],
      },
      'a.gold.json',
    );
    expect(g.projects[0].mentions).toEqual([{ context: 'المحطة الأولى', text: 'المحطة' }]);
  });

  it.each([
    ['not an object', []],
    ['no article', { figures: [] }],
    ['a figure without context', { article: 'a', figures: [{ text: '1', kind: 'number', value: 1 }] }],
    ['a figure text outside its context', { article: 'a', figures: [{ context: 'عام 2004', text: '2005', kind: 'year', value: 2005 }] }],
    ['a figure without value', { article: 'a', figures: [{ context: 'x', text: 'x', kind: 'year' }] }],
    ['an entity without names', { article: 'a', entities: [{ type: 'ORG', names: [] }] }],
    ['a project with a text year', { article: 'a', projects: [{ anchor: { context: 'x', text: 'x' }, year: '2014' }] }],
    ['a project mention without context', { article: 'a', projects: [{ anchor: { context: 'x', text: 'x' }, mentions: [{ text: 'y' }] }] }],
  ])('refuses %s, naming the file', (_, json) => {
    expect(() => parseGold(json, 'bad.gold.json')).toThrow(GoldError);
    expect(() => parseGold(json, 'bad.gold.json')).toThrow(/^bad\.gold\.json: /);
  });
});

describe('locateGold', () => {
  const text = 'في عام 2004، وفي عام 2005، وفي عام 2004 أيضا';
  it('finds the text inside its context', () => {
    const r = locateGold(text, { context: 'وفي عام 2005', text: '2005' });
    expect(r.ok && text.slice(r.span.start, r.span.end)).toBe('2005');
  });

  it('a context found twice is used with a warning', () => {
    const r = locateGold(text, { context: 'عام 2004', text: '2004' });
    expect(r.ok && r.warning).toMatch(/more than once/);
  });

  it('a context not found is reported', () => {
    expect(locateGold(text, { context: 'عام 2006', text: '2006' })).toMatchObject({ ok: false });
  });
});
