// Inputs found by the property test of tests/text/property.test.ts that once failed the projects stage.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';

describe('the projects stage on odd input', () => {
  it.each(['محطة\tال', 'محطة ال', 'مشروع ال'])('a trigger before a lone article at the end of the text: %j', (text) => {
    const doc = analyzeDocument(text);
    expect(doc.messages.filter((m) => m.reason.startsWith('stage failed'))).toEqual([]);
  });
});
