// npm run train:words — learns word classes from the unlabeled news of ../shared/unlabeled
// (72,338 articles, about 20.7 million tokens) and writes data/models/word-clusters.tsv: each
// word unit the tagger sees (an Arabic word's stem, a number's shape, a Latin word in lower
// case; src/ner/unlabeled.ts) seen at least --min-count times, with its class at several
// granularities and its path in the merge tree. The tagger reads them as features
// (src/ner/word-clusters.ts). Deterministic: the same text and settings give the same file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { script } from './script.js';
import { classesAt, classPaths, countBigrams, exchangeCluster } from './exchange-clustering.js';
import { readUnlabeled, tokenUnit } from './unlabeled.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';

const ROOT = new URL('../../', import.meta.url);
export const DEFAULT_CLUSTERS_URL = new URL('data/models/word-clusters.tsv', ROOT);
const USAGE = `usage: npm run train:words -- [--classes K (512)] [--iterations N (8)] [--min-count N (3)]
  [--granularities 32,128 (coarser class counts, besides K)] [--max-articles N] [--shared DIR] [--out FILE]`;

const cli = script('train:words', USAGE);
const { fail, int } = cli;

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1 << 20);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

async function main(): Promise<void> {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          classes: { type: 'string', default: '512' },
          iterations: { type: 'string', default: '8' },
          'min-count': { type: 'string', default: '3' },
          granularities: { type: 'string', default: '32,128' },
          'max-articles': { type: 'string', default: '0' },
          shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
          out: { type: 'string', default: fileURLToPath(DEFAULT_CLUSTERS_URL) },
        },
      }).values,
  );
  const K = int('classes', args.classes, 2);
  const iterations = int('iterations', args.iterations, 0);
  const minCount = int('min-count', args['min-count'], 1);
  const maxArticles = int('max-articles', args['max-articles'], 0);
  const granularities = args.granularities
    .split(',')
    .filter((x) => x !== '')
    .map((x) => int('granularities', x, 2))
    .filter((g) => g < K)
    .sort((a, b) => a - b);
  const dir = `${args.shared}/unlabeled`;
  const log = (m: string) => process.stderr.write(`train:words: ${m}\n`);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

  // 1. Every token as a provisional id (in order of first sight), paragraphs separated by a
  // boundary (id 0).
  const knowledge = defaultWordKnowledge();
  const idOf = new Map<string, number>([['<p>', 0]]);
  const units: string[] = ['<p>'];
  const counts = new IntList();
  counts.push(0);
  const seq = new IntList();
  seq.push(0);
  let articles = 0;
  const outlets = new Map<string, number>();
  for await (const article of readUnlabeled(dir)) {
    if (maxArticles > 0 && articles >= maxArticles) break;
    articles++;
    outlets.set(article.outlet, (outlets.get(article.outlet) ?? 0) + 1);
    for (const p of article.paragraphs) {
      for (const t of tokenize(p, 0, p.length, knowledge)) {
        const u = tokenUnit(t);
        if (u === '') continue;
        let id = idOf.get(u);
        if (id === undefined) {
          id = units.length;
          idOf.set(u, id);
          units.push(u);
          counts.push(0);
        }
        counts.data[id]++;
        seq.push(id);
      }
      seq.push(0);
      counts.data[0]++;
    }
    if (articles % 10000 === 0) log(`${articles} articles, ${seq.length} tokens, ${units.length} units (${elapsed()})`);
  }
  if (articles === 0) fail(`no articles in ${dir}`);
  const tokens = seq.length - counts.data[0];
  log(`${articles} articles read: ${tokens} tokens, ${units.length} units (${elapsed()})`);

  // 2. Ids by falling frequency (ties by the unit's code units); units seen fewer than
  // min-count times share one id, as does the boundary.
  const order = units
    .map((_, i) => i)
    .filter((i) => i !== 0 && counts.data[i] >= minCount)
    .sort((a, b) => counts.data[b] - counts.data[a] || (units[a] < units[b] ? -1 : units[a] > units[b] ? 1 : 0));
  const V = order.length;
  const RARE = V;
  const BOUNDARY = V + 1;
  const finalId = new Int32Array(units.length).fill(RARE);
  order.forEach((old, rank) => {
    finalId[old] = rank;
  });
  finalId[0] = BOUNDARY;
  const ids = seq.data.subarray(0, seq.length);
  for (let i = 0; i < ids.length; i++) ids[i] = finalId[ids[i]];
  idOf.clear();
  const bigrams = countBigrams(V + 2, [ids]);
  log(`${V} units seen ${minCount} times or more; ${bigrams.count.length} bigram types (${elapsed()})`);

  // 3. Classes, then their merge tree.
  const result = exchangeCluster(bigrams, { classes: K, iterations, movable: V, log: (m) => log(`${m} (${elapsed()})`) });
  const paths = classPaths(result.merges, K);
  const coarse = granularities.map((g) => classesAt(result.merges, K, g));

  // 4. The file: units by falling frequency.
  const sources = [...outlets.keys()].length;
  const header = [
    `# generated by src/ner/train-words-cli.ts (npm run train:words) from ../shared/unlabeled — do not edit`,
    `# sources: SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0), ANT Corpus v2.1 multi-source and v1.1 JawharaFM (Chouigui et al. 2017, 2021, Apache-2.0);`,
    `# ${articles} articles from ${sources} outlets, ${tokens} tokens, tokenized by src/text (an Arabic word counted as its stem, numbers as digit shapes, Latin words in lower case)`,
    `# word classes: bidirectional predictive exchange clustering (Uszkoreit & Brants 2008; Dehdari et al. 2016), ${K} classes, ${iterations} passes,`,
    `# then greedy merging of the classes (Brown et al. 1992); units seen at least ${minCount} times (${V}); only counts and classes are kept, no text`,
    `# columns: unit, count, class among ${K}, ${granularities.map((g) => `class among ${g}`).join(', ')}, path in the merge tree (0/1 from the root)`,
    ['unit', 'count', `c${K}`, ...granularities.map((g) => `c${g}`), 'path'].join('\t'),
  ];
  const rows: string[] = [];
  for (let w = 0; w < V; w++) {
    const c = result.classOf[w];
    rows.push([units[order[w]], counts.data[order[w]], c, ...coarse.map((m) => m[c]), paths[c]].join('\t'));
  }
  writeFileSync(args.out, header.concat(rows).join('\n') + '\n');
  log(`wrote ${args.out}: ${V} units (${elapsed()}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

cli.run(main);
