// The seed article against its hand-written gold (../shared): every required gold figure is
// found with the same kind, value, value_max and unit, and no figure is extra.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/model/document.js';
import { buildPipeline } from '../../src/model/pipeline.js';
import { language, normalize, pageLayout, sentences, tokensStage } from '../../src/text/stages/index.js';
import { figuresStage } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';
import { SHARED } from '../helpers/shared.js';

const ARTICLE = join(SHARED, 'articles', 'nayrouz-central-asia-japan-summit.txt');
const GOLD = join(SHARED, 'gold', 'nayrouz-central-asia-japan-summit.gold.json');
const present = existsSync(ARTICLE) && existsSync(GOLD);
if (!present) console.warn(`figures seed test skipped: ${ARTICLE} or its gold is absent`);

interface GoldFigure {
  context: string;
  text: string;
  kind: string;
  value: number | string;
  value_max?: number | string;
  unit?: string;
  qualifier?: string;
  optional?: boolean;
}

const INTERCHANGEABLE = new Set(['count', 'quantity', 'number']);
const sameKind = (a: string, b: string) => a === b || (INTERCHANGEABLE.has(a) && INTERCHANGEABLE.has(b));
const same = (a: unknown, b: unknown) =>
  a === null || a === undefined || b === null || b === undefined
    ? (a ?? null) === (b ?? null)
    : typeof a === 'number'
      ? Math.abs(a - Number(b)) < 1e-6
      : a === b;

describe.skipIf(!present)('seed article figures', () => {
  const text = present ? readFileSync(ARTICLE, 'utf8') : '';
  const gold: GoldFigure[] = present ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { figures: GoldFigure[] }).figures : [];
  const doc = buildPipeline([pageLayout, language, normalize, sentences, tokensStage(), figuresStage]).run(new Doc(text, 'seed'));
  const found = doc.figures;
  const matched = new Set<string>();
  const tolerated = new Set<string>();

  function locate(g: GoldFigure): { start: number; end: number } {
    const at = text.indexOf(g.context);
    expect(at, `context ${g.context}`).toBeGreaterThanOrEqual(0);
    const start = at + g.context.indexOf(g.text);
    return { start, end: start + g.text.length };
  }

  function match(g: GoldFigure): Figure | undefined {
    const span = locate(g);
    return found.find(
      (f) =>
        !matched.has(f.id) &&
        f.start < span.end &&
        span.start < f.end &&
        sameKind(g.kind, f.kind) &&
        same(g.value, f.value) &&
        same(g.value_max, f.value_max) &&
        same(g.unit, f.unit),
    );
  }

  it.each(gold.filter((g) => !g.optional).map((g) => [g.text, g.context, g] as const))('finds %s in «%s»', (_t, _c, g) => {
    const f = match(g);
    expect(f, JSON.stringify(g)).toBeDefined();
    matched.add(f!.id);
    expect(f!.qualifier).toBe(g.qualifier ?? null);
  });

  it('finds nothing a reader would call extra', () => {
    for (const g of gold.filter((x) => x.optional)) {
      const span = locate(g);
      for (const f of found) if (f.start < span.end && span.start < f.end) tolerated.add(f.id);
    }
    const extra = found.filter((f) => !matched.has(f.id) && !tolerated.has(f.id));
    expect(extra.map((f) => `${f.kind} ${f.text}`)).toEqual([]);
  });

  it('keeps every figure inside the article body', () => {
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(doc.body.start);
      expect(f.end).toBeLessThanOrEqual(doc.body.end);
    }
  });
});
