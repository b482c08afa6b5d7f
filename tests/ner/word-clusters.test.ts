import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FeatureExtractor, wordFeatures } from '../../src/ner/features.js';
import { Gazetteer } from '../../src/ner/gazetteer.js';
import { deserializeModel, serializeModel } from '../../src/ner/model.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { articleBody, readUnlabeled, tokenUnit } from '../../src/ner/unlabeled.js';
import { readClusterFile, WordClusters } from '../../src/ner/word-clusters.js';
import { viewOfString } from '../../src/ner/word-view.js';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';
import { tinySentences, trainTiny } from './tiny-model.js';

const dir = mkdtempSync(join(tmpdir(), 'arqam-clusters-'));
const FILE = join(dir, 'clusters.tsv');
writeFileSync(
  FILE,
  [
    '# generated for a test',
    'unit\tcount\tc8\tc2\tc4\tpath',
    'قال\t9\t1\t0\t1\t001',
    'محمد\t5\t5\t1\t2\t100',
    'dddd\t4\t6\t1\t3\t110',
    'reuters\t3\t7\t1\t3\t111',
    '#\t3\t0\t0\t0\t000',
    '',
  ].join('\n'),
);

describe('readClusterFile', () => {
  const data = readClusterFile(FILE);

  it('reads the class columns finest first and keeps the header as the source', () => {
    expect(data.granularities).toEqual([8, 4, 2]);
    expect(data.source).toEqual(['generated for a test']);
    expect(new WordClusters(data).classesOf('محمد')).toEqual(Uint16Array.from([5, 2, 1]));
  });

  it('reads a unit that starts with # after the column names (regression: it was taken for a comment)', () => {
    expect(new WordClusters(data).classesOf('#')).toEqual(Uint16Array.from([0, 0, 0]));
    expect(new WordClusters(data).size).toBe(5);
  });

  it('gives null for a unit it does not have', () => {
    expect(new WordClusters(data).classesOf('غير')).toBeNull();
  });
});

describe('cluster features', () => {
  const knowledge = defaultWordKnowledge();

  it.each([
    ['وقال', 'قال'],
    ['2024', 'dddd'],
    ['Reuters', 'reuters'],
  ])('looks %s up as the unit %s, as the unlabeled text counted it', (raw, unit) => {
    const [token] = tokenize(raw, 0, raw.length, knowledge);
    expect(tokenUnit(token)).toBe(unit);
    const clusters = new WordClusters(readClusterFile(FILE));
    const withClasses = new FeatureExtractor(new Gazetteer({}), knowledge, null, clusters).word(raw);
    const without = new FeatureExtractor(new Gazetteer({}), knowledge, null, null).word(raw);
    expect(withClasses.own.length).toBe(without.own.length + 3);
    expect(withClasses.near.length).toBe(without.near.length + 2);
    expect(withClasses.far.length).toBe(without.far.length + 1);
  });

  it('gives a word the unlabeled text did not have one feature, the class none', () => {
    const v = viewOfString('زيلينسكي', knowledge);
    expect(wordFeatures(v, undefined, 0, null).own.length).toBe(wordFeatures(v).own.length + 1);
  });

  it('trains a model that keeps its classes, saved and loaded, and tags as the slow path does', () => {
    const { model } = trainTiny({ clusters: readClusterFile(FILE) });
    const loaded = deserializeModel(serializeModel(model));
    expect(loaded.clusters).toEqual(model.clusters);
    const tagger = new NerTagger(loaded);
    for (const s of tinySentences()) expect(Array.from(tagger.tagIndexes(s.tokens))).toEqual(Array.from(tagger.tagIndexesSlow(s.tokens)));
  });

  it('trains a model with class bigrams that records them, and tags as the slow path does', () => {
    const clusters = readClusterFile(FILE);
    const plain = trainTiny({ clusters }).model;
    const { model } = trainTiny({ clusters, classBigrams: true });
    expect(plain.classBigrams).toBe(false);
    const loaded = deserializeModel(serializeModel(model));
    expect(loaded.classBigrams).toBe(true);
    const words = ['قال', 'محمد', 'ان'];
    const extractor = (grams: boolean) => new FeatureExtractor(new Gazetteer({}), knowledge, null, new WordClusters(clusters), grams);
    // Two more features at each position: the class with the one before and with the one after.
    expect(extractor(true).sentence(words).hashes.length).toBe(extractor(false).sentence(words).hashes.length + 2 * words.length);
    const tagger = new NerTagger(loaded);
    expect(tagger.extractor.classBigrams).toBe(true);
    for (const s of tinySentences()) expect(Array.from(tagger.tagIndexes(s.tokens))).toEqual(Array.from(tagger.tagIndexesSlow(s.tokens)));
  });

  it('trains a model with word-class bigrams that records them, and tags as the slow path does', () => {
    const clusters = readClusterFile(FILE);
    const { model } = trainTiny({ clusters, classBigrams: true, wordClassBigrams: true });
    expect(trainTiny({ clusters, classBigrams: true }).model.wordClassBigrams).toBe(false);
    const loaded = deserializeModel(serializeModel(model));
    expect(loaded.wordClassBigrams).toBe(true);
    const words = ['قال', 'محمد', 'ان'];
    const extractor = (grams: boolean) => new FeatureExtractor(new Gazetteer({}), knowledge, null, new WordClusters(clusters), true, grams);
    // Two more features at each position: the stem before with the class, the class with the stem after.
    expect(extractor(true).sentence(words).hashes.length).toBe(extractor(false).sentence(words).hashes.length + 2 * words.length);
    const tagger = new NerTagger(loaded);
    expect(tagger.extractor.wordClassBigrams).toBe(true);
    for (const s of tinySentences()) expect(Array.from(tagger.tagIndexes(s.tokens))).toEqual(Array.from(tagger.tagIndexesSlow(s.tokens)));
  });
});

describe('the unlabeled articles', () => {
  it('drops the ANT wrapper and keeps the text', () => {
    expect(articleBody('<DOC>\n<TITLE>x</TITLE>\n<TEXT>\nنص الخبر\n</TEXT>\n</DOC>')).toBe('\nنص الخبر\n');
    expect(articleBody('نص بلا غلاف')).toBe('نص بلا غلاف');
  });

  it('streams the title and paragraphs of each record of each file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arqam-unlabeled-'));
    const lines = [
      JSON.stringify({ id: 'a', outlet: 'x', title: 'عنوان', text: 'فقرة أولى\n\nفقرة ثانية' }),
      JSON.stringify({ id: 'b', outlet: 'y', title: '', text: '<DOC><TEXT>\nنص\n</TEXT></DOC>' }),
    ];
    writeFileSync(join(folder, 'one.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
    const out = [];
    for await (const a of readUnlabeled(folder)) out.push([a.id, a.outlet, a.paragraphs]);
    expect(out).toEqual([
      ['a', 'x', ['عنوان', 'فقرة أولى', 'فقرة ثانية']],
      ['b', 'y', ['نص']],
    ]);
  });
});
