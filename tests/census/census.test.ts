import { describe, expect, it } from 'vitest';
import { findNumberSpans } from '../../src/census/find-spans.js';
import { judgementOf, loadJudged, meets } from '../../src/census/judged.js';
import { censusMarkdown } from '../../src/census/report.js';
import { addArticle, articleText, newCensus, signature } from '../../src/census/tally.js';
import { tokenizedDoc } from '../../src/figures/extract-text.js';
import type { SentenceScan } from '../../src/figures/scan.js';
import { fig } from '../helpers/figure.js';

/** The shapes of the number-bearing spans of `text`, each span checked against the text. */
function shapes(text: string): string[] {
  const doc = tokenizedDoc(text);
  const out: string[] = [];
  for (const s of doc.sentences) {
    const scan: SentenceScan = {
      text,
      tokens: doc.tokens,
      from: s.tokenStart,
      to: s.tokenEnd,
      blocked: new Uint8Array(0),
      phrase: false,
      published: null,
      urls: [],
    };
    for (const sp of findNumberSpans(scan)) {
      expect(text.slice(sp.start, sp.end)).toBe(text.slice(doc.tokens[sp.t0].start, doc.tokens[sp.t1 - 1].end));
      out.push(sp.shape);
    }
  }
  return out;
}

describe('findNumberSpans', () => {
  it.each<[string, string[]]>([
    ['بلغت (2571) مليون ريال', ['(D) S C']],
    ['بلغ 157،7 مليون ريال', ['D،D S C']],
    ['بنسبة 2،5%', ['NSB·D،D%']],
    ['بحوالي 2ر8 مليون طن', ['DرD S U']],
    ['تأسست عام 1919م', ['Y·Dم']],
    ['بتاريخ 12/2/1439هـ', ['D/D/Dهـ']],
    ['بين 24 و25 ميغاواط', ['D وD U']],
    ['القرار رقم 833', ['ID·D']],
    ['نظام كوفيد-19 الجديد', ['L-D']],
    ['ثلاثة أيام', ['W U']],
    ['حصة 20% 50 مليون سهم', ['D%', 'D S']],
  ])('%s → %j', (text, want) => {
    expect(shapes(text)).toEqual(want);
  });
});

describe('signature', () => {
  const span = {
    start: 0,
    end: 10,
    content: [
      { start: 0, end: 4 },
      { start: 5, end: 10 },
    ],
  };
  it.each<[string, { start: number; end: number; kind: string }[], string]>([
    ['no figure', [], 'none'],
    ['one figure over the span', [{ start: 0, end: 10, kind: 'money' }], 'money'],
    ['one figure over part', [{ start: 0, end: 4, kind: 'number' }], 'number~part'],
    ['one reaching beyond', [{ start: 0, end: 20, kind: 'money' }], 'money~out'],
  ])('%s', (_what, figs, want) => {
    expect(
      signature(
        span,
        figs.map((f) => fig({ ...f, id: '', calendar: null } as never)),
      ),
    ).toBe(want);
  });
});

describe('judged shapes', () => {
  it.each<[string, string, boolean]>([
    ['one(money)', 'money', true],
    ['one(money)', 'money~out', true],
    ['one(money)', 'money~part', false],
    ['one(money)', 'number~part + money~part', false],
    ['each(money,year)', 'year~part + money~part', true],
    ['each(money)', 'none', false],
    ['none', 'none', true],
    ['*', 'count', true],
  ])('%s accepts %s: %s', (accept, sig, want) => {
    expect(meets(accept, sig)).toBe(want);
  });

  it('data/census/judged-shapes.tsv judges the frequent shapes', () => {
    const judged = loadJudged();
    for (const shape of ['D', 'D S C', '(D) S C', 'D%', 'D U', 'Y·D', 'ID·D', 'D M D', 'D/D/Dهـ'])
      expect(judgementOf(judged, shape), shape).toBeDefined();
    expect(judgementOf(judged, 'ID·D')?.status).toBe('alone');
    expect(judgementOf(judged, 'D S C')?.accept).toEqual(['one(money)']);
  });
});

describe('census report', () => {
  it('tallies an article and writes the shapes with their readings', () => {
    const census = newCensus();
    const text = articleText('<DOC><TEXT>\nبلغت الميزانية 400 مليار ريال. وبلغت (2571) مليون ريال في 2015.\n</TEXT></DOC>');
    addArticle(census, 'a1', tokenizedDoc(text));
    expect(census.spans).toBe(3);
    const md = censusMarkdown(census, loadJudged(), { source: 'test', command: 'npm run census' });
    expect(md).toContain('| `D S C` | 1 | 1 | money 100.0% |');
    expect(md).toContain('`(D) S C`');
    expect(md).toContain('spans read as judged: 3 of 3 = 100.0%');
    expect(md).not.toMatch(/\/work\//);
  });
});
