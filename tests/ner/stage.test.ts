import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { buildPipeline } from '../../src/model/pipeline.js';
import { nerStage, spansOfTags } from '../../src/ner/stage.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { TAG_INDEX } from '../../src/ner/tags.js';
import { language, normalize, pageLayout, sentences, tokensStage } from '../../src/text/stages/index.js';
import { trainTiny } from './tiny-model.js';

const tagger = new NerTagger(trainTiny().model);
const pipeline = buildPipeline([pageLayout, language, normalize, sentences, tokensStage(), nerStage(tagger)]);

describe('nerStage', () => {
  const text =
    'قال محمد العلي وزير المالية إن السعودية تستثمر في الطاقة الشمسية.\r\n' +
    'وأعلنت شركة أرامكو عن مشروع جديد في الرياض، ووصل خالد بن سلمان إلى واشنطن.';
  const doc = analyzeDocument(text, {}, pipeline);

  it('finds spans', () => {
    expect(doc.nerSpans.length).toBeGreaterThan(0);
  });

  it('gives spans whose text is the mention, from the first to the last token', () => {
    for (const s of doc.nerSpans) {
      expect(s.start).toBe(doc.tokens[s.tokenStart].start);
      expect(s.end).toBe(doc.tokens[s.tokenEnd - 1].end);
      expect(doc.text.slice(s.start, s.end)).toBe(
        doc.tokens
          .slice(s.tokenStart, s.tokenEnd)
          .map((t) => doc.text.slice(t.start, t.end))
          .join(' '),
      );
    }
  });

  it('records no stage failure', () => {
    expect(doc.messages.filter((m) => m.rule === 'ner')).toEqual([]);
  });
});

describe('spansOfTags', () => {
  it('maps IOB2 runs to token and source spans', () => {
    const tags = Uint8Array.from(['O', 'B-PERS', 'I-PERS', 'B-LOC', 'B-LOC'].map((t) => TAG_INDEX.get(t)!));
    const spans = spansOfTags(
      tags,
      10,
      (i) => i * 10,
      (i) => i * 10 + 5,
    );
    expect(spans).toEqual([
      { start: 110, end: 125, type: 'PERS', tokenStart: 11, tokenEnd: 13 },
      { start: 130, end: 135, type: 'LOC', tokenStart: 13, tokenEnd: 14 },
      { start: 140, end: 145, type: 'LOC', tokenStart: 14, tokenEnd: 15 },
    ]);
  });
});
