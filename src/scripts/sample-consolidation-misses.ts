// Samples pairs of project records that consolidation left apart although they might be one
// project, for judging by hand (the recall side of sample-consolidation-links.ts): two records of
// different documents and different consolidated projects, of the same type and country, that
// share an identifying name word (name-words.ts) or a place. N of them are drawn with a fixed
// seed, each printed with both records, their articles' titles, the sentence each project is in
// and the rule that kept them apart. The share judged the same project, times the number of such
// pairs, estimates the links missed.
// Run: node dist/scripts/sample-consolidation-misses.js STORE N SEED CONTEXT.txt [pairs|clusters] > sample.tsv
// `clusters` keeps one pair (the first in key order) for each two consolidated projects, so that a
// project split in two clusters of fifty reports counts once, not 2,500 times.
import { writeFileSync } from 'node:fs';
import { ambiguousNames, ambiguousPlaces } from '../consolidate/cluster-projects.js';
import { compareProjects, type CompareOptions } from '../consolidate/compare-projects.js';
import { keyProject, type KeyedProject } from '../consolidate/project-keys.js';
import { readProjectRecords } from '../consolidate/store-consolidation.js';
import { seededRandom } from '../model/seeded-random.js';
import { openStore } from '../store/open-store.js';

const [db, n = '40', seed = '38', contextFile = 'misses-context.txt', unit = 'pairs'] = process.argv.slice(2);
if (!db) {
  process.stderr.write(
    'usage: node dist/scripts/sample-consolidation-misses.js STORE [N] [SEED] [CONTEXT.txt] [pairs|clusters] > sample.tsv\n',
  );
  process.exit(2);
}

const store = await openStore(db, { readOnly: true });
const records = (await readProjectRecords(store.conn)).map(keyProject).sort((a, b) => (a.key < b.key ? -1 : 1));
const clusterOf = new Map(
  ((await store.conn.runAndReadAll('SELECT doc_id, project_id, cluster_id FROM project_clusters')).getRowsJS() as string[][]).map(
    ([d, p, c]) => [`${d}/${p}`, c],
  ),
);
const recordIds = new Map(
  ((await store.conn.runAndReadAll('SELECT doc_id, min(record_id) FROM inputs GROUP BY doc_id')).getRowsJS() as string[][]).map(
    ([d, r]) => [d, r],
  ),
);
store.close();

// Pairs found by a shared name word or place, within one type and country.
const postings = new Map<string, number[]>();
records.forEach((r, i) => {
  const keys = new Set<string>();
  for (const w of r.words) keys.add(`w:${w}`);
  for (const p of r.places) keys.add(`p:${p.join(' ')}`);
  for (const k of keys) {
    const key = `${r.record.country ?? ''}|${r.type}|${k}`;
    let list = postings.get(key);
    if (!list) postings.set(key, (list = []));
    list.push(i);
  }
});
const seen = new Set<string>();
const pairs: [number, number][] = [];
for (const list of postings.values()) {
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const [i, j] = [list[x], list[y]];
      const a = records[i];
      const b = records[j];
      if (a.record.doc_id === b.record.doc_id || clusterOf.get(a.key) === clusterOf.get(b.key)) continue;
      const id = `${i}|${j}`;
      if (seen.has(id)) continue;
      seen.add(id);
      pairs.push([i, j]);
    }
  }
}
pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
if (unit === 'clusters') {
  const kept = new Set<string>();
  const first = pairs.filter(([i, j]) => {
    const k = [clusterOf.get(records[i].key), clusterOf.get(records[j].key)].sort().join('|');
    if (kept.has(k)) return false;
    kept.add(k);
    return true;
  });
  pairs.splice(0, pairs.length, ...first);
}

// The rule is the one clustering applies: with the block's ambiguous places and names.
const options = new Map<string, CompareOptions>();
const optionsOf = (r: KeyedProject): CompareOptions => {
  const block = r.record.country ?? '';
  let o = options.get(block);
  if (!o) {
    const list = records.filter((x) => (x.record.country ?? '') === block);
    options.set(block, (o = { ambiguousPlaces: ambiguousPlaces(list), ambiguousNames: ambiguousNames(list) }));
  }
  return o;
};

const next = seededRandom(Number(seed));
const pool = [...pairs];
const picked: [number, number][] = [];
while (picked.length < Number(n) && pool.length > 0) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);

const side = (r: KeyedProject) => {
  const p = r.record;
  return [
    `  ${recordIds.get(p.doc_id) ?? p.doc_id} ${p.outlet ?? ''} ${p.published ?? ''} «${p.title ?? ''}»`,
    `  «${p.name}» ${p.type} [${r.words.join(' ')}] | ${p.places.join('، ')} | ${p.capacity_mw ?? ''} MW | ${p.cost ?? ''} ${p.currency ?? ''} | ${p.year ?? ''}`,
    `  ${String(p.context ?? '').replace(/\s+/g, ' ')}`,
  ].join('\n');
};
const context: string[] = [
  `${records.length} records, ${pairs.length} ${unit === 'clusters' ? 'pairs of consolidated projects' : 'pairs'} apart that share a name word or place (same type and country) in ${db}; ${picked.length} drawn with seed ${seed}`,
  '',
];
const tsv = ['pair\trecord_a\trecord_b\tproject_a\tproject_b\trule\tverdict\treason'];
picked.forEach(([i, j], k) => {
  const a = records[i];
  const b = records[j];
  const c = compareProjects(a, b, optionsOf(a));
  context.push(
    `#${k + 1} ${c.rule} (name ${c.name}, places ${c.places}, capacity ${c.capacity}, cost ${c.cost}, years ${c.years}, days ${c.days}, context ${c.context.toFixed(2)})`,
    side(a),
    side(b),
    '',
  );
  tsv.push(
    [
      k + 1,
      recordIds.get(a.record.doc_id) ?? a.key,
      recordIds.get(b.record.doc_id) ?? b.key,
      a.record.name,
      b.record.name,
      c.rule,
      '',
      '',
    ].join('\t'),
  );
});
writeFileSync(contextFile, context.join('\n'));
process.stdout.write(tsv.join('\n') + '\n');
