import { describe, expect, it } from 'vitest';
import { LabelMemory } from '../../src/ner/memory.js';
import { TAG_INDEX } from '../../src/ner/tags.js';

const tags = (...t: string[]) => Uint8Array.from(t.map((x) => TAG_INDEX.get(x)!));

describe('LabelMemory', () => {
  it('gives a word the features of its earlier label', () => {
    const m = new LabelMemory(100);
    const before = m.features(['ليكود'], tags('O'))[0].slice();
    m.remember(['حزب', 'ليكود'], tags('B-ORG', 'I-ORG'));
    const after = m.features(['ليكود'], tags('O'))[0];
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('gives different features for different earlier labels', () => {
    const a = new LabelMemory(100);
    a.remember(['اولمرت'], tags('B-PERS'));
    const b = new LabelMemory(100);
    b.remember(['اولمرت'], tags('B-LOC'));
    expect(a.features(['اولمرت'], tags('O'))[0]).not.toEqual(b.features(['اولمرت'], tags('O'))[0]);
  });

  it('forgets words that slid out of the window', () => {
    const m = new LabelMemory(2);
    const fresh = m.features(['ليكود'], tags('O'))[0].slice();
    m.remember(['ليكود'], tags('B-ORG'));
    m.remember(['قال', 'امس'], tags('O', 'O'));
    expect(m.features(['ليكود'], tags('O'))[0]).toEqual(fresh);
  });

  it('forgets everything on reset', () => {
    const m = new LabelMemory(100);
    const fresh = m.features(['ليكود'], tags('O'))[0].slice();
    m.remember(['ليكود'], tags('B-ORG'));
    m.reset();
    expect(m.features(['ليكود'], tags('O'))[0]).toEqual(fresh);
  });

  it('ignores punctuation (empty stems)', () => {
    const m = new LabelMemory(100);
    m.remember(['', 'x'], tags('O', 'O'));
    expect(m.features([''], tags('O'))[0]).toEqual(new LabelMemory(100).features([''], tags('O'))[0]);
  });
});
