import { describe, expect, it } from 'vitest';
import { ambiguousNames, candidatePairs, clusterBlock, clusterProjects } from '../../src/consolidate/cluster-projects.js';
import { keyed } from './records.js';

const names = (clusters: ReturnType<typeof clusterBlock>) => clusters.map((c) => c.members.map((m) => m.record.doc_id).join(',')).sort();

describe('clusterBlock', () => {
  it('joins three reports of one plant and keeps another apart', () => {
    const plant = { type: 'solar', name: 'محطة طاقة شمسية مستقلة', places: ['الأفلاج'], capacity_mw: 50 };
    const records = [
      keyed({ ...plant, doc_id: 'a' }),
      keyed({ ...plant, doc_id: 'b' }),
      keyed({ ...plant, doc_id: 'c', places: ['الأفلاج', 'الرياض'] }),
      keyed({ ...plant, doc_id: 'd', places: ['الخفجي'], capacity_mw: 40 }),
    ];
    expect(names(clusterBlock(records))).toEqual(['a,b,c', 'd']);
  });

  it('does not chain two named projects through a nameless report', () => {
    // x links to y by name... and z (nameless, in Jeddah) would link to both by place: only one.
    const x = keyed({ doc_id: 'x', type: 'airport', name: 'مطار الملك عبدالعزيز', places: ['جدة'] });
    const y = keyed({ doc_id: 'y', type: 'airport', name: 'مطار الملك خالد', places: ['جدة'] });
    const z = keyed({ doc_id: 'z', type: 'airport', name: 'مطار جدة', places: ['جدة'], year: 2016 });
    const clusters = clusterBlock([x, y, z]);
    for (const c of clusters) {
      const named = new Set(c.members.filter((m) => m.words.length > 0).map((m) => m.wordKey));
      expect(named.size).toBeLessThanOrEqual(1);
    }
  });

  it('never puts two records of one document in one cluster', () => {
    const a = keyed({ doc_id: 'a', name: 'محطة ليلى' });
    const b = keyed({ doc_id: 'a', project_id: 'p2', name: 'محطة ليلى' });
    const c = keyed({ doc_id: 'c', name: 'محطة ليلى' });
    for (const cl of clusterBlock([a, b, c])) expect(new Set(cl.members.map((m) => m.record.doc_id)).size).toBe(cl.members.length);
  });

  it('gives the same clusters whatever the order of the records', () => {
    const records = ['a', 'b', 'c', 'd', 'e'].map((d, i) =>
      keyed({ doc_id: d, name: i % 2 ? 'محطة ليلى' : 'محطة الزور', places: [i < 3 ? 'جدة' : 'تبوك'] }),
    );
    const once = names(clusterBlock(records));
    expect(names(clusterBlock([...records].reverse()))).toEqual(once);
    expect(names(clusterBlock([records[2], records[0], records[4], records[1], records[3]]))).toEqual(once);
  });
});

describe('candidatePairs', () => {
  it('compares only records that share a name word, place or capacity', () => {
    const records = [keyed({ name: 'محطة ليلى' }), keyed({ name: 'محطة الزور' }), keyed({ name: 'محطة ليلى الكبرى' })];
    expect(candidatePairs(records)).toEqual([[0, 2]]);
  });
});

describe('clusterProjects', () => {
  it('never joins records of different countries', () => {
    const clusters = clusterProjects([keyed({ name: 'محطة ليلى', country: 'SA' }), keyed({ name: 'محطة ليلى', country: 'EG' })]);
    expect(clusters).toHaveLength(2);
  });
});

describe('ambiguousNames', () => {
  const canal = (doc: string, places: string[] = []) =>
    keyed({ doc_id: doc, type: 'canal', country: 'EG', name: 'قناة السويس الجديدة', places, published: '2015-08-06' });
  const road = (doc: string, places: string[] = []) => keyed({ doc_id: doc, type: 'road', name: 'طريق الملك فهد', places });

  it('holds a name placed in two cities ambiguous (طريق الملك فهد in الدمام and الخرج)', () => {
    expect([...ambiguousNames([road('a', ['الدمام']), road('b', ['الخرج']), road('c')])]).toEqual(['road|فهد ملك']);
  });

  it('does not where most of its reports give no place (the new Suez Canal, August 2015)', () => {
    const records = [canal('a', ['بروكسل']), canal('b', ['سيناء']), canal('c'), canal('d'), canal('e')];
    expect(ambiguousNames(records).size).toBe(0);
    // So its unplaced reports join by name (before: none of c, d, e linked); the two placed in
    // places that differ stay apart from each other.
    expect(names(clusterBlock(records))).toEqual(['a,c,d,e', 'b']);
  });

  it('still does for a name of one word, the name of its place too (قناة السويس)', () => {
    const one = (doc: string, places: string[] = []) => keyed({ doc_id: doc, type: 'canal', country: 'EG', name: 'قناة السويس', places });
    expect(ambiguousNames([one('a', ['بروكسل']), one('b', ['سيناء']), one('c'), one('d'), one('e')]).size).toBe(1);
  });
});
