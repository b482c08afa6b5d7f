import { describe, expect, it } from 'vitest';
import { analysisJson, canonicalAnalysis } from '../../src/report/analysis-json.js';
import type { Analysis } from '../../src/model/types.js';
import { sampleAnalysis } from '../fixtures/report/sample-analysis.js';

/** The analysis with every object's keys reversed: what a stage building objects in another order would give. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffled(v)]),
    );
  return value;
}

describe('analysis.json', () => {
  it('writes the same text whatever order the stages built their objects in', () => {
    const a = sampleAnalysis();
    expect(analysisJson(shuffled(a) as Analysis)).toBe(analysisJson(a));
  });

  it.each([
    ['top level', (a: Analysis) => a, ['schema', 'document', 'sentences', 'entities', 'figures', 'projects', 'messages']],
    [
      'document',
      (a: Analysis) => a.document,
      ['id', 'source', 'title', 'published', 'site', 'author', 'language', 'body', 'chars', 'sentences', 'tokens'],
    ],
    ['entity', (a: Analysis) => a.entities[0], ['id', 'type', 'key', 'name', 'name_en', 'mentions']],
    ['mention', (a: Analysis) => a.entities[0].mentions[0], ['start', 'end', 'text', 'sentence', 'via']],
    [
      'figure',
      (a: Analysis) => a.figures[0],
      ['id', 'kind', 'start', 'end', 'text', 'value', 'value_max', 'unit', 'qualifier', 'sentence', 'subject'],
    ],
    ['message', (a: Analysis) => a.messages[0], ['reason', 'start', 'end', 'rule']],
  ] as [string, (a: Analysis) => object, string[]][])('%s keys come in the contract order, added fields after', (_name, pick, keys) => {
    const got = Object.keys(pick(canonicalAnalysis(shuffled(sampleAnalysis()) as Analysis)));
    expect(got.slice(0, keys.length)).toEqual(keys);
  });

  it('puts added fields (paragraphs, set_aside) after the contract keys, by name', () => {
    const doc = canonicalAnalysis(sampleAnalysis()).document;
    expect(Object.keys(doc).slice(-2)).toEqual(['paragraphs', 'set_aside']);
    expect(Object.keys(doc.set_aside[0])).toEqual(['start', 'end', 'kind']);
  });

  it('is indented JSON with a final newline', () => {
    const text = analysisJson(sampleAnalysis());
    expect(text.startsWith('{\n  "schema": "arqam.analysis/1",\n  "document": {\n    "id": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(sampleAnalysis());
  });
});
