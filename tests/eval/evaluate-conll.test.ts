import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateConll, type SentenceTagger } from '../../src/eval/evaluate-conll.js';

// Ten sentences of two tokens; a tagger that calls every first token a person.
const file = join(mkdtempSync(join(tmpdir(), 'arqam-conll-')), 'ten.conll');
writeFileSync(file, Array.from({ length: 10 }, (_, i) => `w${i} ${i < 8 ? 'O' : 'B-PERS'}\nx O\n`).join('\n'));
const tagger: SentenceTagger = { tagSentence: (tokens) => tokens.map((_, i) => (i === 0 ? 'B-PERS' : 'O')) };

describe('evaluateConll', () => {
  it('scores every sentence of the file', async () => {
    const r = await evaluateConll(file, tagger);
    if (!r.ok) throw new Error(r.reason);
    expect(r.result.sentences).toBe(10);
    expect(r.result.micro.precision).toBeCloseTo(0.2, 12);
  });

  it('scores only the held-out share at the end of the file (the dev tenth)', async () => {
    const r = await evaluateConll(file, tagger, 0.2);
    if (!r.ok) throw new Error(r.reason);
    expect(r.result.sentences).toBe(2);
    expect(r.result.micro.f1).toBe(1);
    expect(r.result.lengths?.single).toEqual({ found: 2, total: 2, recall: 1 });
  });
});
