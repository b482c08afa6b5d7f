// MatchContext's site chrome: a token overlapping a span set aside inside the body is chrome, the
// others are not (the set-aside spans are walked beside the tokens, without a closure per token).
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../../src/model/pipeline.js';
import { Doc } from '../../src/model/document.js';
import { defaultGazetteer } from '../../src/entities/index.js';
import { MatchContext } from '../../src/entities/match-context.js';
import { textStages } from './analyze-text.js';

function context(text: string, aside: { start: number; end: number }[]): MatchContext {
  const doc = buildPipeline(textStages()).run(new Doc(text, 'test'));
  for (const s of aside) doc.setAside.push({ ...s, kind: 'ticker' });
  return new MatchContext(doc, defaultGazetteer());
}

describe('MatchContext.isChrome', () => {
  it('marks the tokens that overlap a set-aside span, and only those', () => {
    const text = 'زار الوفد اليابان أمس وناقش التعاون مع الجانب الياباني في طوكيو';
    const from = text.indexOf('اليابان');
    const to = text.indexOf('التعاون') + 3;
    const later = text.indexOf('طوكيو');
    const ctx = context(text, [
      { start: later, end: text.length },
      { start: from, end: to },
    ]);
    const chrome = ctx.tokens.filter((t) => ctx.isChrome(t.index)).map((t) => t.text);
    expect(chrome).toEqual(['اليابان', 'أمس', 'وناقش', 'التعاون', 'طوكيو']);
  });

  it('marks nothing without set-aside spans', () => {
    const ctx = context('زار الوفد اليابان أمس', []);
    expect(ctx.tokens.some((t) => ctx.isChrome(t.index))).toBe(false);
  });
});
