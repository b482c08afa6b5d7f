import { describe, expect, it } from 'vitest';
import { buildSignatures } from '../../src/ner/signatures.js';

const text = [
  ['قال', 'حزب', 'الليكود', 'امس'],
  ['ان', 'حزب', 'الليكود', 'قرر'],
  ['ان', 'حزب', 'كاديما', 'قرر'],
  ['حزب', 'الليكود', '،', 'قال'],
];

describe('buildSignatures', () => {
  const sig = buildSignatures(text, (t) => (t === '،' ? '' : t), { minCount: 2, contexts: 10, top: 2 });

  it('gives a frequent word its most frequent left and right neighbours', () => {
    const s = sig.words['الليكود'];
    const sep = s.indexOf(-1);
    expect(sig.contexts[s[0]]).toBe('حزب');
    expect(s.slice(sep + 1).map((c) => sig.contexts[c])).toContain('قرر');
  });

  it('gives no signature to words seen fewer than minCount times', () => {
    expect(sig.words['كاديما']).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(buildSignatures(text, (t) => t, { minCount: 2, contexts: 10 })).toEqual(
      buildSignatures(text, (t) => t, { minCount: 2, contexts: 10 }),
    );
  });
});
