// The benchmark's machinery (no timing is asserted: speed is measured by npm run bench).
import { describe, expect, it } from 'vitest';
import { loadBenchCorpus, type BenchDoc } from '../../src/bench/bench-corpus.js';
import { ARABIC_WORD, naturalTokenizers } from '../../src/bench/bench-natural.js';
import { sampleSentences } from '../../src/bench/bench-recognizers.js';
import { flatten } from '../../src/bench/format-bench.js';
import { parseBenchArgs } from '../../src/bench/run-bench.js';
import { countWords, median } from '../../src/bench/stats.js';
import { textLayerStages, timeStages } from '../../src/bench/time-stages.js';
import { defaultStages } from '../../src/analyze.js';
import type { Stage } from '../../src/model/pipeline.js';

const doc = (text: string): BenchDoc => ({ text, bytes: Buffer.from(text), source: 't', words: countWords(text) });

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %o is %d', (v, m) => expect(median(v)).toBe(m));
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['  ', 0],
    ['بلغت  الاستثمارات\n153 مليون', 4],
    ['a\tb\r\nc', 3],
  ])('%j has %i words', (t, n) => expect(countWords(t)).toBe(n));
});

describe('parseBenchArgs', () => {
  it('defaults: 5 runs on at least 5 MB, ingest included', () => {
    expect(parseBenchArgs([])).toMatchObject({ runs: 5, minBytes: 5e6, skipIngest: false, skipPeers: false });
  });
  it('reads the flags', () => {
    expect(parseBenchArgs(['--runs', '3', '--min-mb', '1', '--skip-ingest', '--skip-peers'])).toMatchObject({
      runs: 3,
      minBytes: 1e6,
      skipIngest: true,
      skipPeers: true,
    });
  });
  it('the unseen-text headline: 3 fresh runs of 5 MB by default, flags to change or skip it', () => {
    expect(parseBenchArgs([])).toMatchObject({ unseenRuns: 3, unseenMb: 5, skipCorpus: false });
    expect(parseBenchArgs(['--unseen-runs', '0', '--unseen-mb', '1', '--skip-corpus'])).toMatchObject({
      unseenRuns: 0,
      unseenMb: 1,
      skipCorpus: true,
    });
  });
  it.each([[['--runs', '0']], [['--runs']], [['--fast']]])('refuses %j', (args) => {
    expect(() => parseBenchArgs(args)).toThrow();
  });
});

describe('loadBenchCorpus', () => {
  it('repeats the articles until there are at least the bytes asked for', () => {
    const c = loadBenchCorpus(2e6);
    expect(c.bytes).toBeGreaterThanOrEqual(2e6);
    expect(c.docs.length).toBe(c.articles.length * c.copies);
    expect(c.bytes - c.articles.reduce((s, d) => s + d.bytes.length, 0)).toBeLessThan(2e6);
  });
});

describe('timeStages', () => {
  it('times every stage by name, in order, and counts what they produced', () => {
    const log: string[] = [];
    const stages: Stage[] = [
      { name: 'first', requires: [], assigns: ['a'], run: () => log.push('first') },
      { name: 'second', requires: ['a'], assigns: ['b'], run: () => log.push('second') },
    ];
    const t = timeStages([doc('x'), doc('y')], stages, 3, [doc('w')]);
    expect(t.stages.map((s) => s.name)).toEqual(['first', 'second']);
    expect(t.stages.every((s) => s.runs.length === 3 && s.ms >= 0)).toBe(true);
    // one warm-up doc, then 3 runs over 2 docs, the stages in order on each
    expect(log).toHaveLength(2 * (1 + 3 * 2));
    expect(log.slice(0, 4)).toEqual(['first', 'second', 'first', 'second']);
  });

  it('a stage that throws is counted, not fatal', () => {
    const stages: Stage[] = [
      {
        name: 'bad',
        requires: [],
        assigns: [],
        run: () => {
          throw new Error('no');
        },
      },
    ];
    expect(timeStages([doc('x')], stages, 2).stages[0].failures).toBe(1);
  });

  it('the text layer is the stages up to the one that assigns tokens', () => {
    const names = textLayerStages(defaultStages()).map((s) => s.name);
    expect(names[names.length - 1]).toBe('tokens');
    expect(names).toContain('sentences');
  });

  it("counts the real pipeline's sentences and tokens", () => {
    const t = timeStages([doc('بلغت الاستثمارات 153 مليون دولار. وقالت الوزارة إن المشروع بدأ.')], defaultStages(), 1);
    expect(t.counts.sentences).toBeGreaterThanOrEqual(1);
    expect(t.counts.tokens).toBeGreaterThanOrEqual(10);
  });
});

describe('sampleSentences', () => {
  const articles = [doc('الجملة الأولى هنا. الجملة الثانية هنا. الجملة الثالثة هنا. الجملة الرابعة هنا.')];
  it('spreads the sample over all sentences', () => {
    const all = sampleSentences(articles, defaultStages(), 100);
    const two = sampleSentences(articles, defaultStages(), 2);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(two).toHaveLength(2);
    expect(two[0]).toBe(all[0]);
    expect(two[1]).toBe(all[Math.floor(all.length / 2)]);
  });
});

describe('natural tokenizers on Arabic', () => {
  it('load by deep import and give tokens', () => {
    for (const { tokenizer } of naturalTokenizers()) expect(Array.isArray(tokenizer.tokenize('بلغت الاستثمارات 153'))).toBe(true);
  });
  it.each([
    ['الاستثمارات', true],
    ['بِالتَّعَاوُن', true],
    ['153', false],
    ['JICA', false],
    ['سوغد-500', false],
  ])('%s is an Arabic word: %s', (w, yes) => expect(ARABIC_WORD.test(w)).toBe(yes));
});

describe('flatten', () => {
  it('gives key/value lines of a nested result', () => {
    expect(flatten({ docs: 20000, rate: { docsPerSecond: 1234.5678 }, workers: [1, 2] })).toEqual([
      ['docs', '20000'],
      ['rate.docsPerSecond', '1234.568'],
      ['workers', '1, 2'],
    ]);
  });
});

describe('runBench', () => {
  it('measures every stage of the pipeline and prints the table (one small run)', { timeout: 300_000 }, async () => {
    const { runBench } = await import('../../src/bench/run-bench.js');
    const { formatBench } = await import('../../src/bench/format-bench.js');
    const r = await runBench(
      {
        runs: 1,
        minBytes: 1,
        sentences: 5,
        skipPeers: true,
        skipIngest: true,
        skipStartup: true,
        skipScaling: true,
        scalingMb: [],
        skipCorpus: false,
        unseenRuns: 0,
        unseenMb: 0,
        out: '',
      },
      () => {},
    );
    expect(r.stages.map((s) => s.name)).toEqual(defaultStages().map((s) => s.name));
    expect(r.corpus?.copies).toBe(1);
    expect(r.endToEnd?.runs).toHaveLength(1);
    expect(r.peakRssMB?.pipeline).toBeGreaterThan(0);
    const text = formatBench(r);
    for (const s of r.stages) expect(text).toContain(s.name);
    expect(text).toMatch(/analyze\(\) end to end/);
    expect(r.textLayer?.alone.runs).toHaveLength(1);
    expect(r.textLayer?.alone.stages.map((s) => s.name)).toEqual(textLayerStages(defaultStages()).map((s) => s.name));
    expect(text).toMatch(/text layer alone/);
    expect(text).toMatch(/skipped: --skip-ingest/);
  });
});
