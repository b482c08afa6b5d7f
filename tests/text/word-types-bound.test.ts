// The tokenizer's table of word types is emptied once it holds 100,000 types (TABLE_LIMIT in
// src/text/tokenize.ts), so a long stream of new text keeps about 11 MB of word types, not 56 MB;
// a word seen again after that is analysed again, the same way, under a new type id.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';

const knowledge = defaultWordKnowledge();

const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Distinct made-up Arabic words: a letter per base-27 digit of i. */
function word(i: number): string {
  let w = 'ك';
  for (let n = i + 1; n > 0; n = Math.floor(n / 27)) w += LETTERS[n % 27];
  return w;
}

function only(text: string) {
  const [t] = tokenize(text, 0, text.length, knowledge);
  return t;
}

describe("the tokenizer's word types", () => {
  it('are forgotten after 100,000 new types, and analysed again the same way', () => {
    const before = only('والمستقل');
    const seen = { id: before.typeId, norm: before.norm, stem: before.stem, clitics: before.clitics };
    for (let from = 0; from < 110_000; from += 1000) {
      const words: string[] = [];
      for (let i = from; i < from + 1000; i++) words.push(word(i));
      const text = words.join(' ');
      tokenize(text, 0, text.length, knowledge);
    }
    const after = only('والمستقل');
    expect(after.typeId).not.toBe(seen.id);
    expect({ norm: after.norm, stem: after.stem, clitics: after.clitics }).toEqual({
      norm: seen.norm,
      stem: seen.stem,
      clitics: seen.clitics,
    });
  });
});
