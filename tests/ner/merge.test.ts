import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeModels } from '../../src/ner/merge.js';
import { deserializeModel, type NerModel, serializeModel } from '../../src/ner/model.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { readClusterFile, withSecondView } from '../../src/ner/word-clusters.js';
import { tinySentences, trainTiny } from './tiny-model.js';

// A model plus a partner without word classes, merged into one (train:ner --partner-weight,
// npm run merge:ner): its scores are the first model's plus the partner's times the weight.
const dir = mkdtempSync(join(tmpdir(), 'arqam-merge-'));
const CLASSES = join(dir, 'clusters.tsv');
writeFileSync(
  CLASSES,
  [
    '# generated for a test',
    'unit\tcount\tc8\tc2\tc4\tpath',
    'قال\t9\t1\t0\t1\t001',
    'محمد\t5\t5\t1\t2\t100',
    'رياض\t5\t6\t1\t3\t110',
    'قاهره\t5\t6\t1\t3\t110',
    'وزير\t4\t7\t1\t3\t111',
    '',
  ].join('\n'),
);

const a = trainTiny({ clusters: readClusterFile(CLASSES), classBigrams: true }).model;
const b = trainTiny({ seed: 3, epochs: 5 }).model;
const sentences = tinySentences().map((s) => s.tokens);

/** The emission scores of a sentence under `model`, feature by feature ([i × T + t]). */
function emissions(model: NerModel, tagger: NerTagger, tokens: readonly string[]): Float64Array {
  const f = tagger.extractor.sentence(tokens);
  const T = model.T;
  const out = new Float64Array(tokens.length * T);
  for (let i = 0; i < tokens.length; i++) {
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
      const r = model.row(f.hashes[k]);
      if (r >= 0) for (let t = 0; t < T; t++) out[i * T + t] += model.weights[r * T + t];
    }
  }
  return out;
}

/** The rows of a model with some weight not 0 (a merge drops the others, which add nothing). */
function nonZeroRows(model: NerModel): number {
  let n = 0;
  for (let r = 0; r < model.keys.length; r++) if (model.weights.subarray(r * model.T, (r + 1) * model.T).some((x) => x !== 0)) n++;
  return n;
}

/** The largest absolute weight of a model's rows. */
function largest(model: NerModel): number {
  return model.weights.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

// Every score is read through A's features (the merged model's extractor is A's).
const reader = new NerTagger(a);

describe('mergeModels', () => {
  it('reproduces the first model with weight 0', () => {
    const merged = mergeModels(a, b, 0);
    for (const s of sentences) {
      expect(Array.from(emissions(merged, reader, s))).toEqual(Array.from(emissions(a, reader, s)));
      expect(new NerTagger(merged).tagSentence(s)).toEqual(new NerTagger(a).tagSentence(s));
    }
    expect(merged.keys.length).toBe(nonZeroRows(a));
    expect(Array.from(merged.transitions)).toEqual(Array.from(a.transitions));
  });

  it.each([0.5, 1])('scores as the first model plus the partner × %s, transitions too', (w) => {
    const merged = mergeModels(a, b, w);
    for (const s of sentences) {
      const ea = emissions(a, reader, s);
      const eb = emissions(b, reader, s);
      const em = emissions(merged, reader, s);
      for (let k = 0; k < em.length; k++) expect(em[k]).toBeCloseTo(ea[k] + w * eb[k], 3);
    }
    for (let k = 0; k < a.transitions.length; k++) {
      if (a.transitions[k] > -1e8) expect(merged.transitions[k]).toBeCloseTo(a.transitions[k] + w * b.transitions[k], 3);
    }
  });

  it('keeps the first model’s word classes and class bigrams, and the partner’s rows A lacks', () => {
    const merged = deserializeModel(serializeModel(mergeModels(a, b, 0.5)));
    expect(merged.clusters).toEqual(a.clusters);
    expect(merged.classBigrams).toBe(true);
    const keys = new Set([...a.keys, ...b.keys]);
    expect(merged.keys.length).toBeLessThanOrEqual(keys.size);
    expect(merged.keys.length).toBeGreaterThan(nonZeroRows(a));
    for (const key of merged.keys) expect(keys.has(key)).toBe(true);
  });

  it('scores, saved with one int16 scale and loaded, within the quantization of A + w × B', () => {
    const w = 0.5;
    const mergedInMemory = mergeModels(a, b, w);
    const loaded = deserializeModel(serializeModel(mergedInMemory));
    // Each weight is within half a step of its float; a position sums fewer than 200 of them.
    const step = largest(mergedInMemory) / 32767;
    for (const s of sentences) {
      const ea = emissions(a, reader, s);
      const eb = emissions(b, reader, s);
      const em = emissions(loaded, reader, s);
      for (let k = 0; k < em.length; k++) expect(Math.abs(em[k] - (ea[k] + w * eb[k]))).toBeLessThan(100 * step);
    }
  });

  it('tags as the two models summed before Viterbi (NerTagger.withPartner)', () => {
    for (const w of [0.5, 1, 3]) {
      const merged = new NerTagger(mergeModels(a, b, w));
      const pair = new NerTagger(a).withPartner(b, w);
      for (const s of sentences) expect(merged.tagSentence(s)).toEqual(pair.tagSentence(s));
      expect(merged.tagSentences(sentences)).toEqual(pair.tagSentences(sentences));
    }
  });

  it('drops rows whose merged weights are all below the prune threshold', () => {
    const all = mergeModels(a, b, 0.5);
    const pruned = mergeModels(a, b, 0.5, { prune: 0.5 });
    expect(pruned.keys.length).toBeLessThan(all.keys.length);
    for (let r = 0; r < pruned.keys.length; r++) {
      expect(Math.max(...Array.from(pruned.weights.subarray(r * 9, r * 9 + 9), Math.abs))).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('refuses a partner that reads word classes the first model does not', () => {
    expect(() => mergeModels(b, a, 0.5)).toThrow(/word classes/);
  });
});

// A partner of binarized word vectors in place of the classes (train:ner --partner-view vectors):
// trained with the first model's classes as the first view and the vectors as the second, the
// first view left out of its features (secondOnly); the merged model reads both views.
describe('mergeModels with a partner of word vectors', () => {
  const VECTORS = join(dir, 'vectors.tsv');
  writeFileSync(
    VECTORS,
    [
      '# generated for a test',
      'unit\tcount\tb1\tb2\tb3',
      'محمد\t5\t1\t0\t2',
      'رياض\t5\t2\t1\t0',
      'قاهره\t5\t2\t1\t1',
      'وزير\t4\t0\t2\t1',
      '',
    ].join('\n'),
  );
  const primary = readClusterFile(CLASSES);
  const both = withSecondView(primary, readClusterFile(VECTORS));
  const v = trainTiny({ seed: 3, epochs: 5, clusters: { ...both, secondOnly: true } }).model;
  const withBoth = trainTiny({ seed: 3, epochs: 5, clusters: both }).model;

  it('trains the partner on the vectors alone: none of its rows is a class feature of the first view', () => {
    const vectorKeys = new Set(v.keys);
    // A model trained on both views has rows the vectors partner lacks (the first view's classes).
    expect(withBoth.keys.some((k) => !vectorKeys.has(k) && a.keys.includes(k))).toBe(true);
    expect(v.keys.length).toBeLessThan(withBoth.keys.length);
  });

  it('reads both views after the merge and scores as A plus the partner × w, each through its own features', () => {
    const w = 0.5;
    const merged = deserializeModel(serializeModel(mergeModels(a, v, w)));
    expect(merged.clusters?.second).toBe(3);
    expect(merged.clusters?.binary).toBe(true);
    expect(merged.clusters?.secondOnly).toBeUndefined();
    expect(merged.classBigrams).toBe(true);
    const mergedReader = new NerTagger(merged);
    const vReader = new NerTagger(v);
    const step = largest(mergeModels(a, v, w)) / 32767;
    for (const s of sentences) {
      const ea = emissions(a, reader, s);
      const ev = emissions(v, vReader, s);
      const em = emissions(merged, mergedReader, s);
      for (let k = 0; k < em.length; k++) expect(Math.abs(em[k] - (ea[k] + w * ev[k]))).toBeLessThan(100 * step);
    }
  });

  it('refuses a partner whose first view is not the first model’s classes', () => {
    expect(() => mergeModels(b, v, 0.5)).toThrow(/word classes/);
  });
});
