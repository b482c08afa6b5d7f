import { describe, expect, it } from 'vitest';
import { tokenWith } from '../../src/model/token.js';
import { analyzeDocument } from '../../src/analyze.js';

describe('tokenWith', () => {
  it('keeps every field a token holds behind getters (a spread would drop kind, text, stem, clitics)', () => {
    const [t] = analyzeDocument('ويستدرك فليتشر.').tokens;
    const spread = { ...t, norm: t.base };
    expect(spread.kind).toBeUndefined();
    const copy = tokenWith(t, { norm: t.base, clitics: [] });
    expect(copy).toMatchObject({ kind: 'arabic', text: 'ويستدرك', norm: t.base, base: t.base, clitics: [] });
  });
});
