// Every figure of every real article in ../shared/corpus keeps the contract: its span is its
// text, its kind and qualifier are the contract's, dates are ISO strings and other values are
// finite numbers, value_max (when set) is above value, and ids run f1, f2 ... in text order.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/model/document.js';
import { buildPipeline } from '../../src/model/pipeline.js';
import { language, normalize, pageLayout, sentences, tokensStage } from '../../src/text/stages/index.js';
import { figuresStage } from '../../src/figures/index.js';
import { FIGURE_KINDS, QUALIFIERS } from '../../src/model/types.js';
import { SHARED } from '../helpers/shared.js';

const CORPUS = join(SHARED, 'corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];
if (files.length === 0) console.warn(`figures corpus test skipped: no articles in ${CORPUS}`);
const pipeline = buildPipeline([pageLayout, language, normalize, sentences, tokensStage(), figuresStage]);

describe.skipIf(files.length === 0)('figures on the corpus', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const doc = pipeline.run(new Doc(text, file));
    expect(doc.messages.filter((m) => m.rule === 'figures')).toEqual([]);
    let last = -1;
    doc.figures.forEach((f, i) => {
      expect(f.id).toBe(`f${i + 1}`);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(last);
      last = f.start;
      expect(FIGURE_KINDS).toContain(f.kind);
      if (f.qualifier !== null) expect(QUALIFIERS).toContain(f.qualifier);
      if (f.kind === 'date') expect(f.value).toMatch(/^(\d{4}|-)-?\d{2}(-\d{2})?$|^\d{4}-\d{2}(-\d{2})?$|^--\d{2}-\d{2}$/);
      else {
        expect(typeof f.value).toBe('number');
        expect(Number.isFinite(f.value as number)).toBe(true);
        if (f.value_max !== null) expect(f.value_max as number).toBeGreaterThan(f.value as number);
      }
      expect(doc.sentences[f.sentence].start).toBeLessThanOrEqual(f.start);
      expect(doc.sentences[f.sentence].end).toBeGreaterThanOrEqual(f.end);
    });
  });
});
