import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordTable, hashRange } from '../../src/text/word-table.js';

describe('WordTable', () => {
  it('finds each word it holds by a range of any text, and nothing else', () => {
    const table = new WordTable<{ text: string; n: number }>(4);
    const words = Array.from({ length: 5000 }, (_, n) => `كلمة${n}`);
    words.forEach((text, n) => {
      table.add({ text, n });
    });
    expect(table.size).toBe(5000);
    const line = `  ${words[4321]} `;
    expect(table.find(line, 2, 2 + words[4321].length)?.n).toBe(4321);
    expect(table.find(line, 2, 1 + words[4321].length)?.n).toBe(432);
    expect(table.find('كلمة', 0, 4)).toBeUndefined();
    expect(table.find('xكلمة7', 1, 6)?.n).toBe(7);
  });

  it('tells apart words of the same hash and length', () => {
    // Any table with 2^k slots shares slots between hashes equal in their low bits; words that
    // land on one slot must still be told apart by their characters.
    const table = new WordTable<{ text: string }>(2);
    for (const text of ['ab', 'ba', 'aa', 'bb', '', 'a']) table.add({ text });
    for (const text of ['ab', 'ba', 'aa', 'bb', '', 'a']) expect(table.find(text, 0, text.length)?.text).toBe(text);
    expect(table.find('abc', 0, 3)).toBeUndefined();
  });

  it('finds its words, and misses an absent one, at three quarters full and past it', () => {
    // It doubles only when it would be more than three quarters full: 3 words in 4 slots, then 6 in 8.
    const table = new WordTable<{ text: string }>(4);
    for (const text of ['ا', 'ب', 'ت', 'ث', 'ج', 'ح']) {
      table.add({ text });
      expect(table.find('خ', 0, 1)).toBeUndefined();
    }
    for (const text of ['ا', 'ب', 'ت', 'ث', 'ج', 'ح']) expect(table.find(text, 0, 1)?.text).toBe(text);
  });

  it('empties on clear and fills again', () => {
    const table = new WordTable<{ text: string }>();
    table.add({ text: 'الطاقة' });
    table.clear();
    expect(table.size).toBe(0);
    expect(table.find('الطاقة', 0, 6)).toBeUndefined();
    table.add({ text: 'الرياح' });
    expect(table.find('الرياح', 0, 6)?.text).toBe('الرياح');
  });

  it('agrees with a Map on random words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 6 })), (stored, probes) => {
        const table = new WordTable<{ text: string }>(2);
        const map = new Map<string, { text: string }>();
        for (const text of stored) {
          if (map.has(text)) continue;
          const v = { text };
          map.set(text, v);
          table.add(v);
        }
        for (const p of [...stored, ...probes]) {
          expect(table.findHashed(p, 0, p.length, hashRange(p, 0, p.length))).toBe(map.get(p));
        }
      }),
    );
  });
});
