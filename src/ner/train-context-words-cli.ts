// npm run train:context-words — a second view of word classes for the tagger (issue 17): each
// unit of the unlabeled news seen at least --min-count times as the PPMI-weighted counts of its
// left and right neighbours among the --contexts most frequent units, reduced to --dims
// dimensions by a random projection and grouped by spherical k-means at several class counts
// (src/ner/context-classes.ts). Writes data/models/context-classes.tsv in the column layout of
// word-clusters.tsv (unit, count, c<K>...), read by train:ner with --clusters2. Deterministic.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { script } from './script.js';
import { countContexts, projectContexts, sphericalKMeans } from './context-classes.js';
import { readUnlabeled, tokenUnit } from './unlabeled.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';

const ROOT = new URL('../../', import.meta.url);
export const DEFAULT_CONTEXT_CLASSES_URL = new URL('data/models/context-classes.tsv', ROOT);
const USAGE = `usage: npm run train:context-words -- [--classes 512,128,32] [--contexts N (1000)] [--dims D (128)]
  [--iterations N (12)] [--min-count N (5)] [--max-articles N] [--shared DIR] [--out FILE]`;

const cli = script('train:context-words', USAGE);
const { fail, int } = cli;

async function main(): Promise<void> {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          classes: { type: 'string', default: '512,128,32' },
          contexts: { type: 'string', default: '1000' },
          dims: { type: 'string', default: '128' },
          iterations: { type: 'string', default: '12' },
          'min-count': { type: 'string', default: '5' },
          'max-articles': { type: 'string', default: '0' },
          shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
          out: { type: 'string', default: fileURLToPath(DEFAULT_CONTEXT_CLASSES_URL) },
        },
      }).values,
  );
  const ks = args.classes
    .split(',')
    .filter((x) => x !== '')
    .map((x) => int('classes', x, 2))
    .sort((a, b) => b - a);
  const C = int('contexts', args.contexts, 1);
  const D = int('dims', args.dims, 2);
  const iterations = int('iterations', args.iterations, 1);
  const minCount = int('min-count', args['min-count'], 1);
  const maxArticles = int('max-articles', args['max-articles'], 0);
  const log = (m: string) => process.stderr.write(`train:context-words: ${m}\n`);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

  // 1. Every token as a provisional id; a paragraph ends with a boundary (-1).
  const knowledge = defaultWordKnowledge();
  const idOf = new Map<string, number>();
  const units: string[] = [];
  let counts = new Int32Array(1 << 16);
  let seq = new Int32Array(1 << 22);
  let length = 0;
  const push = (x: number) => {
    if (length === seq.length) {
      const bigger = new Int32Array(seq.length * 2);
      bigger.set(seq);
      seq = bigger;
    }
    seq[length++] = x;
  };
  let articles = 0;
  for await (const article of readUnlabeled(`${args.shared}/unlabeled`)) {
    if (maxArticles > 0 && articles >= maxArticles) break;
    articles++;
    for (const p of article.paragraphs) {
      for (const t of tokenize(p, 0, p.length, knowledge)) {
        const u = tokenUnit(t);
        if (u === '') continue;
        let id = idOf.get(u);
        if (id === undefined) {
          id = units.length;
          idOf.set(u, id);
          units.push(u);
          if (id === counts.length) {
            const bigger = new Int32Array(counts.length * 2);
            bigger.set(counts);
            counts = bigger;
          }
        }
        counts[id]++;
        push(id);
      }
      push(-1);
    }
  }
  if (articles === 0) fail(`no articles in ${args.shared}/unlabeled`);
  idOf.clear();
  log(`${articles} articles: ${length} tokens and boundaries, ${units.length} units (${elapsed()})`);

  // 2. Ranks by falling frequency (ties by code units); rarer units and boundaries rank past V.
  const order = units
    .map((_, i) => i)
    .filter((i) => counts[i] >= minCount)
    .sort((a, b) => counts[b] - counts[a] || (units[a] < units[b] ? -1 : units[a] > units[b] ? 1 : 0));
  const V = order.length;
  const rank = new Int32Array(units.length).fill(V);
  order.forEach((old, r) => {
    rank[old] = r;
  });
  const ids = seq.subarray(0, length);
  for (let i = 0; i < length; i++) ids[i] = ids[i] < 0 ? V + 1 : rank[ids[i]];
  const cc = countContexts(ids, V, Math.min(C, V));
  log(`${V} units seen ${minCount} times or more; ${cc.keys.length} (unit, context) pairs (${elapsed()})`);
  seq = new Int32Array(0);

  // 3. Vectors, then k-means at each class count.
  const vectors = projectContexts(cc, D, 1);
  log(`vectors: ${V} × ${D} (${elapsed()})`);
  const classes = ks.map((k) => {
    const a = sphericalKMeans(vectors, D, k, iterations, k);
    log(`k-means ${k}: done (${elapsed()})`);
    return a;
  });

  const header = [
    `# generated by src/ner/train-context-words-cli.ts (npm run train:context-words) from ../shared/unlabeled — do not edit`,
    `# sources: SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0), ANT Corpus v2.1 multi-source and v1.1 JawharaFM (Chouigui et al. 2017, 2021, Apache-2.0);`,
    `# ${articles} articles, tokenized by src/text (an Arabic word counted as its stem, numbers as digit shapes, Latin words in lower case)`,
    `# each unit seen at least ${minCount} times (${V}): PPMI of its left and right neighbours among the ${Math.min(C, V)} most frequent units,`,
    `# a ±1 random projection to ${D} dimensions, spherical k-means (${iterations} rounds) into ${ks.join(', ')} classes; only counts and classes are kept, no text`,
    ['unit', 'count', ...ks.map((k) => `c${k}`)].join('\t'),
  ];
  const rows: string[] = [];
  for (let r = 0; r < V; r++) rows.push([units[order[r]], counts[order[r]], ...classes.map((a) => a[r])].join('\t'));
  writeFileSync(args.out, header.concat(rows).join('\n') + '\n');
  log(`wrote ${args.out}: ${V} units (${elapsed()}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

cli.run(main);
