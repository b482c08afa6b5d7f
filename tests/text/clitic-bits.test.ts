import { describe, expect, it } from 'vitest';
import { CLITIC_BIT, type CliticType, cliticBits, cliticForms, hasClitic, tokenWith } from '../../src/model/token.js';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';

const TYPES: CliticType[] = ['conj', 'prep', 'future', 'article', 'pronoun'];

describe('clitic bits', () => {
  const text = 'وبالتعاون مع وزارتها وسيعلن للطاقة كتابهم والرياض في 2024، بالمشروع.';
  const tokens = tokenize(text, 0, text.length, defaultWordKnowledge());

  it('the tokenizer gives each token the bits of its clitics’ types', () => {
    expect(tokens.some((t) => t.clitics.length > 1)).toBe(true);
    for (const t of tokens) {
      let bits = 0;
      for (const c of t.clitics) bits |= CLITIC_BIT[c.type];
      expect(t.cliticBits).toBe(bits);
      for (const type of TYPES) expect(hasClitic(t, type)).toBe(t.clitics.some((c) => c.type === type));
    }
  });

  it('a token without the bits (made by tokenWith or by hand) is answered from its clitics', () => {
    const t = tokens[0];
    const copy = tokenWith(t, {});
    expect(copy.cliticBits).toBeUndefined();
    expect(cliticBits(copy)).toBe(t.cliticBits);
    const bare = tokenWith(t, { clitics: [] });
    expect(cliticBits(bare)).toBe(0);
    expect(hasClitic(bare, 'conj')).toBe(false);
  });
});

describe('clitic forms', () => {
  const text = 'وبالتعاون مع وزارتها وسيعلن للطاقة كتابهم';
  const tokens = tokenize(text, 0, text.length, defaultWordKnowledge());

  it('are the clitics’ types and texts, shared by the tokens of a word type', () => {
    for (const t of tokens) expect(cliticForms(t).map((c) => [c.type, c.text])).toEqual(t.clitics.map((c) => [c.type, c.text]));
    const again = tokenize(`${text} ${text}`, 0, text.length * 2 + 1, defaultWordKnowledge());
    expect(again[0].cliticForms).toBe(again[tokens.length].cliticForms);
    expect(cliticForms(tokenWith(tokens[0], {}))).toBe(tokens[0].clitics);
  });
});
