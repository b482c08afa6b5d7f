// The tokenizer's table of word types is emptied once it holds 100,000 types (TABLE_LIMIT in
// src/text/tokenize.ts), so a long stream of new text keeps about 11 MB of word types, not 56 MB;
// a word seen again after that is analysed again, the same way, under a new type id.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/model/token.js';
import { tokenize } from '../../src/text/tokenize.js';
import { TypeFlag } from '../../src/text/type-flag.js';
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

  it('keep the answers by type id (TypeFlag) of one filling of the table only, and the answers stay right', () => {
    // A question that depends on the word (its last letter), asked of every token of a long stream.
    const question = (t: Token): boolean => t.text.endsWith('ب') || t.text.endsWith('،');
    let asked = 0;
    const flag = new TypeFlag((t) => {
      asked++;
      return question(t);
    });
    const early = tokenize('محطة، والمستقب', 0, 14, knowledge);
    expect(early.map((t) => flag.of(t))).toEqual([false, true, true]);
    let wrong = 0;
    let maxId = 0;
    for (let from = 200_000; from < 550_000; from += 1000) {
      const words: string[] = [];
      for (let i = from; i < from + 1000; i++) words.push(word(i));
      const text = words.join('، ');
      for (const t of tokenize(text, 0, text.length, knowledge)) {
        if (flag.of(t) !== question(t)) wrong++;
        maxId = Math.max(maxId, t.typeId ?? 0);
      }
    }
    expect(wrong).toBe(0);
    // Three fillings of 100,000 types went by: the flag keeps about one (a byte a type), not every id.
    expect(maxId).toBeGreaterThan(350_000);
    expect(flag.span).toBeLessThanOrEqual(1 << 18);
    // Tokens made before the table was emptied are answered directly, rightly.
    expect(early.map((t) => flag.of(t))).toEqual([false, true, true]);
    // The punctuation of the current filling has a new type, asked once for all its tokens.
    const late = tokenize('، محطة ،', 0, 8, knowledge);
    expect(late[0].typeId).toBeGreaterThan(early[1].typeId ?? 0);
    asked = 0;
    expect(late.map((t) => flag.of(t))).toEqual([true, false, true]);
    expect(asked).toBeLessThanOrEqual(1);
  });
});
