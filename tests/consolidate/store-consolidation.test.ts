// Consolidation in the store: two ingests, each followed by an incremental consolidation, give
// the same tables as consolidating everything at once; the same airport reported by two outlets
// is one consolidated project whose costs agree at the riyal's peg.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consolidateStore, consolidationIsCurrent } from '../../src/consolidate/store-consolidation.js';
import { ingest } from '../../src/store/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../store/store-helpers.js';

const ARTICLES = [
  {
    id: 'a1',
    outlet: 'alyaum',
    date: '2015-07-21',
    text: 'وقعت الشركة السعودية للكهرباء اتفاقية لإنشاء محطة طاقة شمسية بقدرة 50 ميغاواط في الأفلاج.',
  },
  {
    id: 'a2',
    outlet: 'okaz',
    date: '2015-07-22',
    text: 'افتتح الأمير مشروع مطار الملك عبدالعزيز الدولي الجديد في جدة بتكلفة 27 مليار ريال.',
  },
  { id: 'b1', outlet: 'aawsat', date: '2015-07-23', text: 'أعلنت الهيئة عن إنشاء محطة طاقة شمسية مستقلة في الأفلاج بقدرة 40 ميغاواط.' },
  {
    id: 'b2',
    outlet: 'alriyadh',
    date: '2015-07-24',
    text: 'بدأ العمل في مشروع مطار الملك عبد العزيز بجدة الذي تبلغ تكلفته 7.2 مليار دولار.',
  },
  {
    id: 'b3',
    outlet: 'sabq',
    date: '2015-07-24',
    text: 'وقعت وزارة الكهرباء عقدا لبناء محطة الزور الشمالية في الكويت بقدرة 1500 ميغاواط.',
  },
];

const dir = tempDir('consolidate');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lines(name: string, ids: string[]): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    ARTICLES.filter((a) => ids.includes(a.id))
      .map((a) => JSON.stringify(a))
      .join('\n') + '\n',
  );
  return file;
}

const TABLES = {
  project_clusters:
    'SELECT cluster_id, block, doc_id, project_id, name, type, published, outlet, name_words FROM project_clusters ORDER BY ALL',
  project_links: 'SELECT * FROM project_links ORDER BY ALL',
  consolidated_projects:
    'SELECT * EXCLUDE (places, partners, source_docs, source_outlets), places::VARCHAR, source_docs::VARCHAR FROM consolidated_projects ORDER BY cluster_id',
  entity_documents: 'SELECT * FROM entity_documents ORDER BY ALL',
  consolidated_entities: 'SELECT * FROM consolidated_entities ORDER BY entity_key',
};

async function snapshot(db: string): Promise<Record<string, unknown[]>> {
  const store = await openStore(db, { readOnly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const [t, sql] of Object.entries(TABLES)) out[t] = (await store.conn.runAndReadAll(sql)).getRowObjectsJS();
    return out;
  } finally {
    store.close();
  }
}

async function consolidate(db: string, full = false) {
  const store = await openStore(db);
  try {
    return await consolidateStore(store.conn, { full });
  } finally {
    store.close();
  }
}

describe('consolidation in the store', () => {
  const db = join(dir, 'store.duckdb');
  let incremental: Record<string, unknown[]>;

  it('consolidates incrementally after each ingest', async () => {
    await ingest([lines('a.jsonl', ['a1', 'a2'])], { db, workers: 0 });
    const first = await consolidate(db);
    expect(first.full).toBe(true);
    await ingest([lines('b.jsonl', ['b1', 'b2', 'b3'])], { db, workers: 0 });
    const store = await openStore(db, { readOnly: true });
    expect(await consolidationIsCurrent(store.conn)).toBe(false);
    store.close();
    const second = await consolidate(db);
    expect(second).toMatchObject({ full: false, documents: 3 });
    // Only Saudi Arabia's and Kuwait's blocks, not every block, were re-clustered.
    expect(second.blocks).toBe(2);
    incremental = await snapshot(db);
  });

  it('gives exactly what consolidating everything at once gives', async () => {
    await consolidate(db, true);
    expect(await snapshot(db)).toEqual(incremental);
  });

  it('makes the airport of two outlets one project, its costs agreeing at the peg', async () => {
    const rows = incremental.consolidated_projects as Record<string, unknown>[];
    const airport = rows.find((r) => r.type === 'airport');
    expect(airport).toMatchObject({ sources: 2, outlets: 2, conflict_count: 0, cost_usd: 7.2e9 });
    // The two solar plants differ in capacity (50 / 40 MW) and have no name: not joined.
    expect(rows.filter((r) => r.type === 'solar').map((r) => r.sources)).toEqual([1, 1]);
    expect(rows.find((r) => r.country === 'KW')).toMatchObject({ sources: 1 });
  });

  it('counts each entity once per document under one key', async () => {
    const kw = (incremental.consolidated_entities as Record<string, unknown>[]).find((e) => e.entity_key === 'COUNTRY:KW');
    expect(kw).toMatchObject({ type: 'COUNTRY', key: 'KW', documents: 1 });
  });

  it('does nothing when nothing changed', async () => {
    expect(await consolidate(db)).toMatchObject({ full: false, documents: 0, clusters: 0 });
  });
});
