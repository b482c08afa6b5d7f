// Samples links that consolidation makes in a store, for judging by hand (issue 19): every pair
// of project records of different documents in one consolidated project is a link; N of them
// are drawn with a fixed seed, and each is printed with both records, their articles' titles
// and the sentence each project is in, for a reader to decide whether it is one project.
// Writes the sample as TSV (ids, names, an empty verdict column) on stdout and the contexts to
// the file given. Run: node dist/scripts/sample-consolidation-links.js STORE N SEED CONTEXT.txt [pairs|taken] > sample.tsv
// `taken` draws from the links the clustering took (project_links) instead of all pairs: in a
// store where one project has a hundred reports (the new Suez Canal in August 2015) nearly every
// pair is one of its pairs, and a sample of pairs says little about the other decisions.
import { writeFileSync } from 'node:fs';
import { openStore } from '../store/open-store.js';
import { seededRandom } from '../model/seeded-random.js';

const [db, n = '100', seed = '19', contextFile = 'links-context.txt', unit = 'pairs'] = process.argv.slice(2);
if (!db) {
  process.stderr.write(
    'usage: node dist/scripts/sample-consolidation-links.js STORE [N] [SEED] [CONTEXT.txt] [pairs|taken] > sample.tsv\n',
  );
  process.exit(2);
}

const store = await openStore(db, { readOnly: true });
const rows = (
  await store.conn.runAndReadAll(`
  WITH m AS (
    SELECT pc.cluster_id, pc.doc_id, pc.project_id, pc.name, pc.outlet, strftime(pc.published, '%Y-%m-%d') AS published,
           i.record_id, d.title, p.type, array_to_string(p.places, '، ') AS places, p.capacity_mw, p.cost, p.currency, p.year, s.text AS sentence
    FROM project_clusters pc
    JOIN documents d ON d.doc_id = pc.doc_id
    JOIN projects p ON p.doc_id = pc.doc_id AND p.project_id = pc.project_id
    LEFT JOIN (SELECT doc_id, min(record_id) AS record_id FROM inputs GROUP BY doc_id) i ON i.doc_id = pc.doc_id
    LEFT JOIN sentences s ON s.doc_id = p.doc_id AND s.sentence = p.sentence)
  ${
    unit === 'taken'
      ? `SELECT a.cluster_id, to_json(a) AS a, to_json(b) AS b, l.rule FROM project_links l
         JOIN m a ON a.doc_id = l.doc_a AND a.project_id = l.project_a JOIN m b ON b.doc_id = l.doc_b AND b.project_id = l.project_b`
      : `SELECT a.cluster_id, to_json(a) AS a, to_json(b) AS b, NULL AS rule FROM m a JOIN m b ON a.cluster_id = b.cluster_id AND a.doc_id < b.doc_id`
  }
  ORDER BY a.cluster_id, a.doc_id, b.doc_id, a.project_id, b.project_id`)
).getRowsJS() as [string, string, string, string | null][];
store.close();

const next = seededRandom(Number(seed));
const pool = rows.map((r) => r);
const picked: typeof rows = [];
while (picked.length < Number(n) && pool.length > 0) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);

type Side = Record<string, string | number | null>;
const context: string[] = [
  `${rows.length} ${unit === 'taken' ? 'links taken' : 'links'} in ${db}; ${picked.length} drawn with seed ${seed}`,
  '',
];
const tsv = ['link\tcluster_id\trecord_a\trecord_b\tproject_a\tproject_b\tverdict\treason'];
picked.forEach(([cluster, ja, jb, rule], i) => {
  const a = JSON.parse(ja) as Side;
  const b = JSON.parse(jb) as Side;
  const side = (s: Side) =>
    [
      `  ${s.record_id} ${s.outlet ?? ''} ${s.published ?? ''} «${s.title ?? ''}»`,
      `  «${s.name}» ${s.type} | ${s.places ?? ''} | ${s.capacity_mw ?? ''} MW | ${s.cost ?? ''} ${s.currency ?? ''} | ${s.year ?? ''}`,
      `  ${String(s.sentence ?? '').replace(/\s+/g, ' ')}`,
    ].join('\n');
  context.push(`#${i + 1} ${cluster}${rule ? ` (${rule})` : ''}`, side(a), side(b), '');
  tsv.push([i + 1, cluster, a.record_id, b.record_id, a.name, b.name, '', ''].join('\t'));
});
writeFileSync(contextFile, context.join('\n'));
process.stdout.write(tsv.join('\n') + '\n');
