import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { tokenize, tokenizeInto } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';

const k = defaultWordKnowledge();

describe('the tokens stage reuses one array for its work', () => {
  it("gives each document a list of its own, which the next document's tokens do not touch", () => {
    const a = analyzeDocument('وقالت وزارة الصحة إن المستشفى الجديد سيفتح أبوابه في مارس.\n\nوأضافت أن الكلفة بلغت 20 مليون دينار.');
    const before = a.tokens.map((t) => t.text);
    const b = analyzeDocument('زار الوزير مدينة جدة.');
    expect(b.tokens).not.toBe(a.tokens);
    expect(a.tokens.map((t) => t.text)).toEqual(before);
    for (const doc of [a, b]) {
      expect(doc.tokens.every((t, i) => t.index === i && doc.text.slice(t.start, t.end) === t.text)).toBe(true);
      for (const s of doc.sentences) expect(doc.tokens.slice(s.tokenStart, s.tokenEnd).every((t) => t.sentence === s.index)).toBe(true);
    }
    expect(b.tokens.map((t) => t.text)).toEqual(['زار', 'الوزير', 'مدينة', 'جدة', '.']);
  });

  it('tokenizeInto writes over a list from a position and returns the count', () => {
    const text = 'في الرياض اليوم';
    const out = tokenize('كلمة أولى ثانية ثالثة رابعة', 0, 27, k);
    const n = tokenizeInto(text, 0, text.length, k, 0, 1, out, 1);
    expect(n).toBe(4);
    expect(out.slice(1, n).map((t) => [t.text, t.index])).toEqual([
      ['في', 1],
      ['الرياض', 2],
      ['اليوم', 3],
    ]);
    expect(out[0].text).toBe('كلمة');
  });
});
