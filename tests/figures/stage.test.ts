import { describe, expect, it } from 'vitest';
import { defaultStages } from '../../src/analyze.js';
import { Doc } from '../../src/model/document.js';
import { buildPipeline } from '../../src/model/pipeline.js';
import { figuresStage } from '../../src/figures/index.js';
import { pageLayout, language, normalize, sentences, tokensStage } from '../../src/text/stages/index.js';

describe('the figures stage', () => {
  it('runs right after the tokens in the default pipeline', () => {
    const names = defaultStages().map((s) => s.name);
    expect(names.indexOf('figures')).toBe(names.indexOf('tokens') + 1);
  });

  it('requires tokens and meta, and assigns figures', () => {
    expect(figuresStage.requires).toEqual(['tokens', 'meta']);
    expect(figuresStage.assigns).toEqual(['figures']);
  });

  it("reads relative dates against the page's publication date and skips the chrome", () => {
    const page =
      '2025-12-20 - السبت\nخبر عاجل 1 nayrouz خبر آخر 2 nayrouz خبر ثالث 3 nayrouz\n\nارتفعت الصادرات العام الماضي إلى 5 مليارات دولار.';
    const doc = buildPipeline([pageLayout, language, normalize, sentences, tokensStage(), figuresStage]).run(new Doc(page, 'p'));
    const figures = doc.figures.map((f) => [f.kind, f.value, f.unit]);
    expect(figures).toContainEqual(['money', 5e9, 'USD']);
    for (const f of doc.figures) expect(f.start).toBeGreaterThanOrEqual(doc.body.start);
  });
});
