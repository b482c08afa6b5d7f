import { describe, expect, it } from 'vitest';
import { chunks, formatScoreTable, scoreConll } from '../../src/ner/score-conll.js';

describe('chunks', () => {
  it.each([
    [
      'IOB2 entities',
      ['B-PERS', 'I-PERS', 'O', 'B-LOC'],
      [
        ['PERS', 0, 2],
        ['LOC', 3, 4],
      ],
    ],
    [
      'B after B starts a new entity',
      ['B-LOC', 'B-LOC'],
      [
        ['LOC', 0, 1],
        ['LOC', 1, 2],
      ],
    ],
    ['I after O starts an entity (conlleval)', ['O', 'I-ORG', 'I-ORG'], [['ORG', 1, 3]]],
    [
      'I of another type starts an entity',
      ['B-PERS', 'I-LOC'],
      [
        ['PERS', 0, 1],
        ['LOC', 1, 2],
      ],
    ],
    ['entity at the end of the sentence', ['O', 'B-MISC', 'I-MISC'], [['MISC', 1, 3]]],
    ['no entity', ['O', 'O'], []],
  ])('%s', (_name, tags, expected) => {
    expect(chunks(tags).map((c) => [c.type, c.start, c.end])).toEqual(expected);
  });
});

describe('scoreConll', () => {
  const gold = [
    ['B-PERS', 'I-PERS', 'O', 'B-LOC'],
    ['O', 'B-ORG', 'I-ORG', 'O'],
  ];

  it('gives 1 for a perfect prediction', () => {
    const s = scoreConll(gold, gold);
    expect(s.micro.f1).toBe(1);
    expect(s.types.PERS.f1).toBe(1);
    expect(s.accuracy).toBe(1);
  });

  it('gives 0 when nothing is predicted', () => {
    const s = scoreConll(
      gold,
      gold.map((g) => g.map(() => 'O')),
    );
    expect(s.micro).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
  });

  it('counts a wrong type as a miss and a false alarm', () => {
    const s = scoreConll([['B-PERS', 'O']], [['B-ORG', 'O']]);
    expect(s.types.PERS).toMatchObject({ tp: 0, fn: 1, fp: 0 });
    expect(s.types.ORG).toMatchObject({ tp: 0, fn: 0, fp: 1 });
    expect(s.micro.f1).toBe(0);
  });

  it('counts a wrong boundary as a miss', () => {
    const s = scoreConll([['B-PERS', 'I-PERS', 'I-PERS']], [['B-PERS', 'I-PERS', 'O']]);
    expect(s.micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('computes micro precision, recall and F1 over all types', () => {
    const s = scoreConll(gold, [
      ['B-PERS', 'I-PERS', 'O', 'O'],
      ['O', 'B-ORG', 'I-ORG', 'B-MISC'],
    ]);
    expect(s.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.micro.precision).toBeCloseTo(2 / 3);
    expect(s.micro.recall).toBeCloseTo(2 / 3);
    expect(s.micro.f1).toBeCloseTo(2 / 3);
  });

  it('refuses sentences of different lengths, naming the sentence', () => {
    expect(() =>
      scoreConll(
        [['O', 'O'], ['O']],
        [
          ['O', 'O'],
          ['O', 'O'],
        ],
      ),
    ).toThrow(/sentence 2/);
  });

  it('formats a table with one row per type and the micro row', () => {
    const table = formatScoreTable(scoreConll(gold, gold));
    expect(table.split('\n')).toHaveLength(2 + 3 + 1);
    expect(table).toContain('| **micro** | 100.00 | 100.00 | 100.00 | 3 | 3 |');
  });

  it('splits recall between one-word and longer gold names', () => {
    // Gold: PERS of two tokens, LOC of one, ORG of two; found: the LOC and the ORG.
    const s = scoreConll(gold, [
      ['B-PERS', 'O', 'O', 'B-LOC'],
      ['O', 'B-ORG', 'I-ORG', 'O'],
    ]);
    expect(s.lengths.single).toEqual({ found: 1, total: 1, recall: 1 });
    expect(s.lengths.multi).toEqual({ found: 1, total: 2, recall: 0.5 });
  });
});
