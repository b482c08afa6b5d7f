import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { checkCorpus, spanErrors } from '../../src/eval/check-corpus.js';

const TEXT = 'أعلنت اليابان في عام 2004 عن تمويل بقيمة 153 مليون دولار.';

describe('spanErrors', () => {
  it('none in the analysis of a real sentence', () => {
    expect(spanErrors(TEXT, analyze(TEXT))).toEqual([]);
  });

  it.each([
    ['a figure whose text is not its slice', { start: 0, end: 5, text: 'غيره' }],
    ['a figure past the end of the text', { start: 50, end: 500, text: 'x' }],
    ['a figure with start after end', { start: 9, end: 3, text: '' }],
  ])('finds %s', (_, span) => {
    const a = analyze(TEXT);
    const figure = {
      id: 'f-bad',
      kind: 'number' as const,
      value: 1,
      value_max: null,
      unit: null,
      qualifier: null,
      sentence: 0,
      subject: null,
      ...span,
    };
    const errors = spanErrors(TEXT, { ...a, figures: [...a.figures, figure] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^figure f-bad: /);
  });
});

describe('checkCorpus', () => {
  it('checks every article, names the unreadable ones, and counts the clean share over all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-corpus-'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'b.txt'), '');
    const c = checkCorpus(dir);
    expect(c.documents.map((d) => d.file)).toEqual([join(dir, 'a.txt')]);
    expect(c.unreadable).toEqual([{ file: join(dir, 'b.txt'), reason: expect.stringMatching(/b\.txt: empty file/) }]);
    expect(c.clean).toBeLessThanOrEqual(0.5);
  });
});
