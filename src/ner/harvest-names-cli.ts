// npm run harvest:names — harvests person and organisation name words from the unlabeled news
// of ../shared/unlabeled (src/ner/harvest-names.ts) and writes data/models/harvested-names.tsv,
// which npm run train:ner reads as two gazetteer types (harvest-pers, harvest-org).
// Deterministic: the same text, lexicons and thresholds give the same file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { script } from './script.js';
import { keptNames, NameHarvest, CueMatcher, type Cue, type HarvestThresholds } from './harvest-names.js';
import { readUnlabeled } from './unlabeled.js';
import { loadNisbas, loadPersonCues } from '../lexicon/index.js';
import type { Token } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { LEXICON_DIR } from '../lexicon/load-lexicons.js';
import { readTsv } from '../lexicon/read-tsv.js';

const ROOT = new URL('../../', import.meta.url);
export const DEFAULT_HARVEST_URL = new URL('data/models/harvested-names.tsv', ROOT);

/**
 * Head nouns that a company, club, party, newspaper, channel or agency's own name follows, in
 * the construct state (شركة أرامكو, نادي الهلال, حزب الليكود, صحيفة الرياض, وكالة رويترز);
 * the definite head (الشركة) announces no name. Heads that a common noun mostly follows
 * (وزارة الخارجية, هيئة الاستثمار) are not here.
 */
const ORG_HEADS: readonly string[] = readTsv(new URL('harvest-org-heads.tsv', LEXICON_DIR), ['form']).rows.map(({ record }) => record.form);

const USAGE = `usage: npm run harvest:names -- [--min-count N (5)] [--min-docs N (3)] [--min-outlets N (2)]
  [--min-share-pers X (0.1)] [--min-share-org X (0.1)] [--max-articles N] [--shared DIR] [--out FILE]`;

const cli = script('harvest:names', USAGE);
const { fail, num, log, elapsed } = cli;

async function main(): Promise<void> {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          'min-count': { type: 'string', default: '5' },
          'min-docs': { type: 'string', default: '3' },
          'min-outlets': { type: 'string', default: '2' },
          'min-share-pers': { type: 'string', default: '0.1' },
          'min-share-org': { type: 'string', default: '0.1' },
          'max-articles': { type: 'string', default: '0' },
          shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
          out: { type: 'string', default: fileURLToPath(DEFAULT_HARVEST_URL) },
        },
      }).values,
  );
  const th: HarvestThresholds = {
    minCount: num('min-count', args['min-count']),
    minDocs: num('min-docs', args['min-docs']),
    minOutlets: num('min-outlets', args['min-outlets']),
    minShare: { PERS: num('min-share-pers', args['min-share-pers']), ORG: num('min-share-org', args['min-share-org']) },
  };
  const maxArticles = num('max-articles', args['max-articles']);
  const knowledge = defaultWordKnowledge();
  const bases = (text: string) => tokenize(text, 0, text.length, knowledge).map((t) => t.base);

  // Person cues: the titles and honorifics of data/lexicon/person-cues.tsv, and its roles that
  // carry the article (الرئيس التنفيذي, المدير التنفيذي). A one-word title without the article
  // takes a body or a country before the name (سفير فرنسا, وزير الخارجية), and one the
  // tokenizer reads as a proclitic on a function word (والي: و + إلى) matches far more than
  // the title: both are left out.
  const cues: Cue[] = [];
  const left: string[] = [];
  for (const c of loadPersonCues()) {
    if (!(c.kind === 'title' || c.kind === 'honorific' || (c.kind === 'role' && c.cue.startsWith('ال')))) continue;
    const tokens = tokenize(c.cue, 0, c.cue.length, knowledge);
    const one = tokens.length === 1 ? tokens[0] : null;
    if (one && ((one.base !== one.norm && one.stop) || (c.kind !== 'honorific' && !one.clitics.some((x) => x.type === 'article')))) {
      left.push(c.cue);
      continue;
    }
    cues.push({ type: 'PERS', words: tokens.map((t) => t.norm), text: c.cue });
  }
  log(`${cues.length} person cues; left out: ${left.join(' ')}`);
  for (const head of ORG_HEADS) cues.push({ type: 'ORG', words: bases(head), text: head });
  const nisbas = new Set<string>();
  for (const n of loadNisbas()) {
    for (const form of [...n.masc, ...n.fem, ...n.mascPl, ...n.femPl]) {
      const t = tokenize(form, 0, form.length, knowledge);
      if (t.length === 1) nisbas.add(t[0].stem);
    }
  }
  const harvest = new NameHarvest({ cues: new CueMatcher(cues), nisbas });
  let articles = 0;
  const outlets = new Set<string>();
  for await (const article of readUnlabeled(`${args.shared}/unlabeled`)) {
    if (maxArticles > 0 && articles >= maxArticles) break;
    articles++;
    outlets.add(article.outlet);
    const paragraphs: Token[][] = article.paragraphs.map((p) => tokenize(p, 0, p.length, knowledge));
    harvest.addArticle(paragraphs, article.outlet);
    if (articles % 10000 === 0) log(`${articles} articles (${elapsed()})`);
  }
  if (articles === 0) fail(`no articles in ${args.shared}/unlabeled`);
  const names = keptNames(harvest, th, nisbas);
  const count = (type: string) => names.filter((n) => n.type === type).length;
  const header = [
    `# generated by src/ner/harvest-names-cli.ts (npm run harvest:names) from ../shared/unlabeled — do not edit`,
    `# sources: SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0), ANT Corpus v2.1 multi-source and v1.1 JawharaFM (Chouigui et al. 2017, 2021, Apache-2.0): ${articles} articles, ${outlets.size} outlets`,
    `# name words (stems, folded) seen after a person's title or honorific (data/lexicon/person-cues.tsv) or after an organisation's head noun`,
    `# (${ORG_HEADS.join(' ')}), in a run of at most 3 words without proclitics or function words (one nisba passed over after a title)`,
    `# kept: count >= ${th.minCount} after a cue, in >= ${th.minDocs} articles of >= ${th.minOutlets} outlets, and count / total >= ${th.minShare.PERS} (PERS) or ${th.minShare.ORG} (ORG),`,
    `# total being the word's count anywhere in the text (a common word is mostly elsewhere); nisbas left out. PERS ${count('PERS')}, ORG ${count('ORG')}`,
    ['stem', 'type', 'count', 'total', 'docs', 'outlets', 'evidence'].join('\t'),
  ];
  const rows = names.map((n) => [n.stem, n.type, n.count, n.total, n.docs, n.outlets, n.evidence].join('\t'));
  writeFileSync(args.out, header.concat(rows).join('\n') + '\n');
  log(`wrote ${args.out}: PERS ${count('PERS')}, ORG ${count('ORG')} (${elapsed()})`);
}

cli.run(main);
