import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_URL, loadModel, tagSentence } from '../../src/ner/load-model.js';
import { chunks } from '../../src/ner/score-conll.js';

describe('the committed model (data/models/ner-anercorp.bin)', () => {
  it('is at most 30 MB', () => {
    expect(statSync(DEFAULT_MODEL_URL).size).toBeLessThanOrEqual(30 * 1024 * 1024);
  });

  it('with the word features beside it (word classes, harvested names) is at most 30 MB', () => {
    const files = ['ner-anercorp.bin', 'word-clusters.tsv', 'harvested-names.tsv'].map((f) => new URL(f, DEFAULT_MODEL_URL));
    expect(files.reduce((n, f) => n + statSync(f).size, 0)).toBeLessThanOrEqual(30 * 1024 * 1024);
  });

  it('carries the word classes of the unlabeled news and the harvested name words', () => {
    const m = loadModel().first;
    expect(m.wordClusters?.granularities).toEqual([512, 128, 32]);
    expect(m.wordClusters?.size).toBe(86151);
    expect(m.gazetteer['harvest-pers'].length).toBeGreaterThan(1000);
    expect(m.gazetteer['harvest-org'].length).toBeGreaterThan(400);
  });

  it('is merged with a partner trained without word classes, and still reads the classes and class bigrams', () => {
    const m = loadModel();
    expect(m.info.training?.partner).toMatchObject({ view: 'no-classes', weight: 0.5 });
    expect(m.second).toBeNull();
    expect(m.first.classBigrams).toBe(true);
  });

  it('records its training data and dev scores', () => {
    const info = loadModel().info;
    expect(JSON.stringify(info.training)).toMatch(/ANERcorp/);
    expect(info.scores).toHaveProperty('micro');
  });

  it.each([
    [
      ['وقال', 'الرئيس', 'الأمريكي', 'جورج', 'بوش', 'في', 'واشنطن', 'أمس', '.'],
      [
        ['PERS', 'جورج بوش'],
        ['LOC', 'واشنطن'],
      ],
    ],
    [['وأعلنت', 'وزارة', 'الخارجية', 'المصرية', 'في', 'القاهرة', '.'], [['LOC', 'القاهرة']]],
  ])('tags %j', (tokens, expected) => {
    const tags = tagSentence(tokens);
    const found = chunks(tags).map((c) => [c.type, tokens.slice(c.start, c.end).join(' ')]);
    for (const e of expected) expect(found).toContainEqual(e);
  });
});
