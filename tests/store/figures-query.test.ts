// arqam figures' query on a store built by hand: a figure's country comes from its subject (a
// COUNTRY entity or a project) or from a project that lists it; filters are bound parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFigureFilter, figuresQuery, type FigureFilter } from '../../src/store/figures-query.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { writeBatch, type StoredDocument } from '../../src/store/write-batch.js';
import { tableJson } from '../../src/store/row-json.js';
import type { Row, TableRows } from '../../src/tables/rows.js';

function document(id: string, published: string | null, figures: Row[], entities: Row[], projects: Row[]): StoredDocument {
  const rows: TableRows = {
    documents: [{ doc_id: id, title: `title ${id}`, published, language: 'arb', sentences: 1, figures: figures.length }],
    sentences: [{ doc_id: id, sentence: 0, start: 0, end: 20, text: `sentence of ${id}` }],
    entities: entities.map((e) => ({ doc_id: id, ...e })),
    mentions: [],
    figures: figures.map((f) => ({ doc_id: id, sentence: 0, ...f })),
    projects: projects.map((p) => ({ doc_id: id, ...p })),
    project_partners: [],
    messages: [],
  };
  return { id, tables: tableJson(rows), input: { doc_id: id, input: `${id}.txt` } };
}

const fig = (figure_id: string, kind: string, value: number, unit: string | null, subject: string | null, start = 0): Row => ({
  figure_id,
  kind,
  value,
  unit,
  subject,
  start,
  end: start + 5,
  text: `${value} ${unit ?? ''}`.trim(),
});

let store: Store;

beforeAll(async () => {
  store = await openStore(':memory:');
  const docs = [
    document(
      'd2015',
      '2015-08-01',
      [fig('f1', 'power', 1000, 'MW', 'p1'), fig('f2', 'money', 5e8, 'USD', 'e1', 10), fig('f3', 'power', 50, 'MW', null, 20)],
      [
        { entity_id: 'e1', type: 'COUNTRY', key: 'UZ', name: 'أوزبكستان' },
        { entity_id: 'e2', type: 'CITY', key: null, name: 'سمرقند' },
      ],
      [{ project_id: 'p1', type: 'solar', name: 'مشروعا الطاقة الشمسية', country: 'UZ', figures: 'f1|f3' }],
    ),
    document(
      'd2018',
      '2018-03-04',
      [fig('f1', 'power', 24, 'MW', 'e1'), fig('f2', 'percent', 30, '%', 'e2', 10)],
      [
        { entity_id: 'e1', type: 'COUNTRY', key: 'KG', name: 'قيرغيزستان' },
        { entity_id: 'e2', type: 'CITY', key: null, name: 'بشكيك' },
      ],
      [],
    ),
    document(
      'dnodate',
      null,
      [fig('f1', 'power', 7, 'MW', 'e1')],
      [{ entity_id: 'e1', type: 'COUNTRY', key: 'UZ', name: 'أوزبكستان' }],
      [],
    ),
  ];
  await writeBatch(store, { documents: docs, failed: [], replace: [], inputs: docs.map((d) => `${d.id}.txt`) }, 1);
});
afterAll(() => store.close());

async function figures(filter: FigureFilter): Promise<string[]> {
  const q = figuresQuery(filter);
  const reader = await store.conn.runAndReadAll(q.sql, q.values, q.types);
  return (reader.getRowObjectsJS() as { doc_id: string; figure_id: string }[]).map((r) => `${r.doc_id}/${r.figure_id}`);
}

describe('figuresQuery', () => {
  it.each<[string, FigureFilter, string[]]>([
    ['everything, by date then position', {}, ['d2015/f1', 'd2015/f2', 'd2015/f3', 'd2018/f1', 'd2018/f2', 'dnodate/f1']],
    ['a kind', { kind: 'power' }, ['d2015/f1', 'd2015/f3', 'd2018/f1', 'dnodate/f1']],
    ['a unit, whatever its case', { unit: 'mw' }, ['d2015/f1', 'd2015/f3', 'd2018/f1', 'dnodate/f1']],
    [
      'a country: through a project subject, a COUNTRY subject, or a project listing the figure',
      { country: 'UZ' },
      ['d2015/f1', 'd2015/f2', 'd2015/f3', 'dnodate/f1'],
    ],
    ['a country in lower case', { country: 'kg' }, ['d2018/f1']],
    ['power in a country', { kind: 'power', country: 'UZ' }, ['d2015/f1', 'd2015/f3', 'dnodate/f1']],
    ['from a year (undated documents left out)', { from: 2016 }, ['d2018/f1', 'd2018/f2']],
    ['up to a year', { to: 2015 }, ['d2015/f1', 'd2015/f2', 'd2015/f3']],
    ['a document by the start of its id', { doc: 'd20' }, ['d2015/f1', 'd2015/f2', 'd2015/f3', 'd2018/f1', 'd2018/f2']],
    ['a value that would break pasted SQL, bound instead', { unit: "MW' OR '1'='1" }, []],
  ])('selects %s', async (_name, filter, expected) => {
    expect(await figures(filter)).toEqual(expected);
  });

  it('gives each figure its document, sentence text and subject', async () => {
    const q = figuresQuery({ kind: 'power', country: 'UZ', to: 2015 });
    const reader = await store.conn.runAndReadAll(q.sql, q.values, q.types);
    expect(reader.getRowObjectsJS()[0]).toMatchObject({
      doc_id: 'd2015',
      title: 'title d2015',
      published: new Date('2015-08-01T00:00:00Z'),
      kind: 'power',
      value: 1000,
      unit: 'MW',
      subject: 'p1',
      subject_name: 'مشروعا الطاقة الشمسية',
      subject_type: 'PROJECT',
      country: 'UZ',
      sentence: 'sentence of d2015',
    });
  });
});

describe('the figure_facts view', () => {
  it('answers "money by country and year" with one GROUP BY', async () => {
    const reader = await store.conn.runAndReadAll(
      `SELECT country, year, unit, sum(value) AS total FROM figure_facts WHERE kind IN ('money', 'power') GROUP BY ALL ORDER BY ALL`,
    );
    expect(reader.getRowObjectsJS()).toEqual([
      { country: 'KG', year: 2018, unit: 'MW', total: 24 },
      { country: 'UZ', year: 2015, unit: 'MW', total: 1050 },
      { country: 'UZ', year: 2015, unit: 'USD', total: 5e8 },
      { country: 'UZ', year: null, unit: 'MW', total: 7 },
    ]);
  });
});

describe('checkFigureFilter', () => {
  it.each<[FigureFilter, RegExp | null]>([
    [{ kind: 'power', country: 'UZ', from: 2015, to: 2020 }, null],
    [{ kind: 'watts' }, /unknown figure kind "watts"/],
    [{ country: 'UZB' }, /alpha-2/],
    [{ from: 20 }, /a year/],
    [{ from: 2020, to: 2015 }, /after --to/],
  ])('%j → %s', (filter, problem) => {
    const got = checkFigureFilter(filter);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toMatch(problem);
  });
});
