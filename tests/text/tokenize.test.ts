import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';
import type { Token } from '../../src/text/token.js';

const knowledge = defaultWordKnowledge();

function tokens(text: string): Token[] {
  return tokenize(text, 0, text.length, knowledge);
}

/** The word without its Arabic marks (harakat, shadda, sukun). */
function foldMarks(s: string): string {
  return s.replace(/[\u064B-\u0652]/g, '');
}

/** "clitic+clitic+stem+pronoun" as the source spells each part. */
function segmentation(word: string): string {
  const [t] = tokens(word);
  const pro = t.clitics.filter((c) => c.type !== 'pronoun').map((c) => c.text);
  const enc = t.clitics.filter((c) => c.type === 'pronoun').map((c) => c.text);
  return [...pro, word.slice(t.stemStart - t.start, t.stemEnd - t.start), ...enc].join('+');
}

describe('clitic splitting', () => {
  it.each([
    ['وبخارى', 'و+بخارى'],
    ['لمشروعين', 'ل+مشروعين'],
    ['بالتعاون', 'ب+ال+تعاون'],
    ['والمستقل', 'و+ال+مستقل'],
    ['واليابان', 'و+ال+يابان'],
    ['لآسيا', 'ل+آسيا'],
    ['للطاقة', 'ل+ل+طاقة'],
    ['وقال', 'و+قال'],
    ['ستستضيف', 'س+تستضيف'],
    ['وسيتم', 'و+س+يتم'],
    ['وسيدي', 'و+سيدي'],
    ['بلاده', 'بلاد+ه'],
    ['سياستها', 'سياست+ها'],
  ])('%s → %s', (word, expected) => {
    expect(segmentation(word)).toBe(expected);
  });

  it.each([
    ['الوسطى', 'ال+وسطى', 'keeps the و of وسطى: it is a root letter, not a conjunction'],
    ['ولاية', 'ولاية', 'ولاية is common and لاية is not a word'],
    ['بلد', 'بلد', 'لد is not a word'],
    ['وزير', 'وزير', 'زير is rare next to وزير'],
    ['فوميو', 'فوميو', 'an unknown name loses no ف'],
    ['كازاخستان', 'كازاخستان', 'ك+ازاخستان is not confirmed'],
    ['بريطانيا', 'بريطانيا', 'ريطانيا never occurs'],
    ['اتجاه', 'اتجاه', 'the ه of اتجاه is a root letter'],
    ['آلية', 'آلية', 'آ is not the article'],
    ['سيدي', 'سيدي', 'the future س needs a verb more frequent than the whole word (يدي is not)'],
  ])('%s stays %s (%s)', (word, expected) => {
    expect(segmentation(word)).toBe(expected);
  });

  it('gives the base (article kept) and the stem (all clitics removed)', () => {
    const [t] = tokens('للطاقة');
    expect(t.base).toBe('الطاقه');
    expect(t.stem).toBe('طاقه');
    const [u] = tokens('لآسيا');
    expect(u.base).toBe('اسيا');
  });

  it('maps clitics through diacritics and tatweel', () => {
    const word = 'وَبِالتَّعاوُن';
    const [t] = tokens(word);
    expect(t.clitics.map((c) => c.type)).toEqual(['conj', 'prep', 'article']);
    expect(word.slice(t.stemStart - t.start)).toBe('تَّعاوُن');
    expect(t.stem).toBe('تعاون');
  });

  it('maps a pronoun and the stem end through diacritics, word after word', () => {
    // Each word is analysed with the offsets of its own letters (analyseWord keeps the word being
    // split outside the call): a word with marks, then one without, then one with marks again.
    const text = 'وَبِلادِهِ بلاده وَبِلادِهِ';
    const ts = tokens(text);
    expect(ts.map((t) => t.stem)).toEqual(['بلاد', 'بلاد', 'بلاد']);
    for (const t of ts) {
      expect(t.clitics.map((c) => c.type)).toEqual(t.text === 'بلاده' ? ['pronoun'] : ['conj', 'pronoun']);
      for (const c of t.clitics) expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(foldMarks(text.slice(t.stemStart, t.stemEnd))).toBe('بلاد');
    }
    expect(foldMarks(text.slice(ts[0].stemEnd, ts[0].end))).toBe('ه');
  });
});

describe('token kinds', () => {
  it.each<[string, [string, string][]]>([
    [
      'بـ1.5 درجة',
      [
        ['بـ', 'arabic'],
        ['1.5', 'number'],
        ['درجة', 'arabic'],
      ],
    ],
    [
      '١٫٥ و١٬٢٠٠',
      [
        ['١٫٥', 'number'],
        ['و', 'arabic'],
        ['١٬٢٠٠', 'number'],
      ],
    ],
    [
      '1,59 مليار و1.108.600 طن',
      [
        ['1,59', 'number'],
        ['مليار', 'arabic'],
        ['و', 'arabic'],
        ['1.108.600', 'number'],
        ['طن', 'arabic'],
      ],
    ],
    [
      'سوغد-500',
      [
        ['سوغد', 'arabic'],
        ['-', 'punct'],
        ['500', 'number'],
      ],
    ],
    [
      'H3N2 و5G',
      [
        ['H3N2', 'alnum'],
        ['و', 'arabic'],
        ['5G', 'alnum'],
      ],
    ],
    [
      'Rönesans، ITOCHU.',
      [
        ['Rönesans', 'latin'],
        ['،', 'punct'],
        ['ITOCHU', 'latin'],
        ['.', 'punct'],
      ],
    ],
    [
      '(2014)؛',
      [
        ['(', 'punct'],
        ['2014', 'number'],
        [')', 'punct'],
        ['؛', 'punct'],
      ],
    ],
    [
      '2024.',
      [
        ['2024', 'number'],
        ['.', 'punct'],
      ],
    ],
    [
      'نعم😀',
      [
        ['نعم', 'arabic'],
        ['😀', 'symbol'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(tokens(text).map((t) => [t.text, t.kind])).toEqual(expected);
  });

  it('folds Arabic-Indic digits in the normalized form', () => {
    expect(tokens('٢٠٢٥').map((t) => t.norm)).toEqual(['2025']);
  });

  it('marks Arabic function words as stopwords', () => {
    expect(tokens('في عام 2004 التي وفي').map((t) => t.stop)).toEqual([true, false, false, true, true]);
  });

  it('reads a number across bidi marks beside its separators, not across one between numbers', () => {
    expect(
      tokens('3.\u200F1 و2\u200E.5 و1,\u200F700,\u200F000')
        .filter((t) => t.kind === 'number')
        .map((t) => [t.text, t.norm]),
    ).toEqual([
      ['3.\u200F1', '3.1'],
      ['2\u200E.5', '2.5'],
      ['1,\u200F700,\u200F000', '1,700,000'],
    ]);
    expect(tokens('2020\u200F2021 و2020.\u200F').map((t) => t.text)).toEqual(['2020', '2021', 'و', '2020', '.']);
  });

  it('skips zero-width and bidi marks between words', () => {
    expect(tokens('اليابان\u200F \u200Bطوكيو').map((t) => t.text)).toEqual(['اليابان', 'طوكيو']);
  });
});
