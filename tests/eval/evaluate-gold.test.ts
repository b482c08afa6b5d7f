// The scorer on the real gold: the gold turned into a system answer scores 1 everywhere, an
// empty answer 0, and one changed value is exactly one miss and one extra.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGold, type GoldArticle } from '../../src/eval/gold-format.js';
import { locateGold } from '../../src/eval/locate-gold.js';
import { tokenNameForms } from '../../src/eval/name-forms.js';
import { scoreArticle } from '../../src/eval/evaluate-gold.js';
import type { Analysis, Entity, Figure, Project } from '../../src/model/types.js';
import { HAS_SHARED, SHARED } from '../helpers/shared.js';

const GOLD = join(SHARED, 'gold', 'nayrouz-central-asia-japan-summit.gold.json');
const ARTICLE = join(SHARED, 'articles', 'nayrouz-central-asia-japan-summit.txt');
const forms = tokenNameForms();

function emptyAnalysis(): Analysis {
  return {
    schema: 'arqam.analysis/1',
    document: {
      id: '0',
      source: null,
      title: null,
      published: null,
      site: null,
      author: null,
      language: 'arb',
      body: { start: 0, end: 0 },
      chars: 0,
      sentences: 0,
      tokens: 0,
      set_aside: [],
      paragraphs: [],
    },
    sentences: [],
    entities: [],
    figures: [],
    projects: [],
    messages: [],
  };
}

/** The answer the gold describes, in the contract's shapes, every span where the gold puts it. */
function perfectAnalysis(gold: GoldArticle, text: string): Analysis {
  const span = (ref: { context: string; text: string }) => {
    const r = locateGold(text, ref);
    if (!r.ok) throw new Error(r.reason);
    return r.span;
  };
  const figures: Figure[] = gold.figures.map((f, i) => ({
    id: `f${i}`,
    kind: f.kind as Figure['kind'],
    ...span(f),
    text: f.text,
    value: f.value,
    value_max: f.value_max ?? null,
    unit: f.unit ?? null,
    qualifier: (f.qualifier ?? null) as Figure['qualifier'],
    sentence: 0,
    subject: null,
  }));
  const entities: Entity[] = gold.entities.map((e, i) => {
    const at = text.indexOf(e.names[0]);
    return {
      id: `e${i}`,
      type: e.type as Entity['type'],
      key: e.key ?? null,
      name: e.names[0],
      name_en: null,
      mentions: [{ start: at, end: at + e.names[0].length, text: e.names[0], sentence: 0, via: 'name' }],
    };
  });
  const projects: Project[] = gold.projects.map((p, i) => ({
    id: `p${i}`,
    type: p.type ?? 'project',
    name: p.anchor.text,
    ...span(p.anchor),
    sentence: 0,
    country: p.country ?? null,
    places: [],
    year: p.year ?? null,
    year_end: p.year_end ?? null,
    capacity_mw: p.capacity_mw ?? null,
    capacity_mw_max: p.capacity_mw_max ?? null,
    capacity: null,
    capacity_unit: null,
    cost: p.cost ?? null,
    currency: p.currency ?? null,
    cost_usd: p.cost_usd ?? null,
    partners: [],
    figures: [],
  }));
  const meta = {
    title: gold.meta.title ?? null,
    published: gold.meta.published ?? null,
    site: gold.meta.site ?? null,
    author: gold.meta.author ?? null,
    language: gold.meta.language ?? 'arb',
  };
  const a = emptyAnalysis();
  return { ...a, document: { ...a.document, ...meta }, figures, entities, projects };
}

describe.skipIf(!HAS_SHARED || !existsSync(GOLD))('scoreArticle on the shared gold', () => {
  // Read in the tests, not here: a skipped describe still runs its body.
  let gold: GoldArticle;
  let text: string;
  beforeAll(() => {
    gold = readGold(GOLD);
    text = readFileSync(ARTICLE, 'utf8').replace(/^\uFEFF/, '');
  });

  it('the gold as the answer scores 1 for figures, entities, projects and attributes', () => {
    const s = scoreArticle(gold, text, perfectAnalysis(gold, text), forms);
    expect(s.problems).toEqual([]);
    expect(s.figures.overall.f1).toBe(1);
    expect(s.entities.overall.f1).toBe(1);
    expect(s.projects.overall.f1).toBe(1);
    expect(s.projects.attributes.overall).toBe(1);
    expect(Object.values(s.meta).every((m) => m.same)).toBe(true);
  });

  it('an empty answer scores 0 for figures, entities and projects', () => {
    const s = scoreArticle(gold, text, emptyAnalysis(), forms);
    expect(s.figures.overall.f1).toBe(0);
    expect(s.entities.overall.f1).toBe(0);
    expect(s.projects.overall.f1).toBe(0);
    expect(s.projects.attributes.overall).toBe(0);
  });

  it('one figure with a wrong value is one miss and one extra', () => {
    const a = perfectAnalysis(gold, text);
    const i = gold.figures.findIndex((f) => f.kind === 'money' && !f.optional);
    a.figures[i] = { ...a.figures[i], value: Number(a.figures[i].value) * 10 };
    const s = scoreArticle(gold, text, a, forms);
    const required = gold.figures.filter((f) => !f.optional).length;
    expect(s.figures.overall).toMatchObject({ tp: required - 1, fn: 1, fp: 1 });
    expect(s.figures.misses[0].gold.text).toBe(gold.figures[i].text);
  });

  it('every gold context is found in the article', () => {
    const s = scoreArticle(gold, text, emptyAnalysis(), forms);
    expect(s.problems).toEqual([]);
  });
});
