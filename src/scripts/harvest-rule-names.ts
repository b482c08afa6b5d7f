// npm run harvest:rules (src/scripts: it runs the pipeline, above src/ner) — runs the project's entity stage (src/entities, through the pipeline of
// analyze()) over the unlabeled news of ../shared/unlabeled and keeps the names its
// high-precision rules found (mentions found by a pattern: person titles, organisation cues,
// state bodies, quoted company lists, place cues), not those of the lexicons and their acronyms
// (already gazetteer types of the tagger; an acronym defined in the text, أو, is often a common
// word) nor those the tagger itself gave (self-training, tried as harvest:tagged). Each name is counted as a stem sequence per article and type (PERSON → PERS;
// ORG → ORG; COUNTRY, REGION, CITY, LOCATION → LOC) and kept, as harvest:tagged keeps its names
// (src/ner/harvest-tagged.ts), when found as one type in several articles of several outlets.
// npm run train:ner reads the file with --rule-names FILE as three gazetteer types (rules-pers,
// rules-loc, rules-org). Deterministic: the same text, rules and thresholds give the same file.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { script } from '../ner/script.js';
import { countType, saveCounts, UNLABELED_SOURCES, walkUnlabeled, writeHarvest } from '../ner/harvest-run.js';
import { nameStems } from '../ner/gazetteer.js';
import { nerStage } from '../ner/stage.js';
import type { NerType } from '../ner/tags.js';
import { analyzeDocument, toAnalysis } from '../analyze.js';
import { entitiesStage } from '../entities/index.js';
import { buildPipeline } from '../model/pipeline.js';
import { language, normalize, pageLayout, sentences, tokensStage } from '../text/stages/index.js';
import { arabicOnly } from '../text/arabic-input.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';

const ROOT = new URL('../../', import.meta.url);
export const DEFAULT_RULE_NAMES_URL = new URL('data/models/rule-names.tsv', ROOT);
/** Longest name kept, in words. */
const MAX_WORDS = 4;
/** The entity types of the contract as the tagger's. */
const TYPE_OF: Record<string, NerType> = { PERSON: 'PERS', ORG: 'ORG', COUNTRY: 'LOC', REGION: 'LOC', CITY: 'LOC', LOCATION: 'LOC' };

const USAGE = `usage: npm run harvest:rules -- [--every N (every Nth article, 1)] [--max-articles N] [--min-docs N (3)]
  [--min-outlets N (2)] [--min-majority X (0.8)] [--min-words N (2: names of at least N words)]
  [--shared DIR] [--out FILE] [--counts FILE.json (every name's counts, written)] [--from-counts FILE.json]`;

const cli = script('harvest:rules', USAGE);
const { fail, num, log, elapsed } = cli;

async function main(): Promise<void> {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          every: { type: 'string', default: '1' },
          'max-articles': { type: 'string', default: '0' },
          'min-docs': { type: 'string', default: '3' },
          'min-outlets': { type: 'string', default: '2' },
          'min-majority': { type: 'string', default: '0.8' },
          'min-words': { type: 'string', default: '2' },
          shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
          out: { type: 'string', default: fileURLToPath(DEFAULT_RULE_NAMES_URL) },
          counts: { type: 'string' },
          'from-counts': { type: 'string' },
        },
      }).values,
  );
  const th = {
    minDocs: num('min-docs', args['min-docs']),
    minOutlets: num('min-outlets', args['min-outlets']),
    minMajority: num('min-majority', args['min-majority']),
    minShare: 0,
  };
  const minWords = num('min-words', args['min-words']);
  const every = Math.max(1, num('every', args.every));
  const knowledge = defaultWordKnowledge();
  // The stages the entity stage needs, without the figures and projects.
  const pipeline = args['from-counts']
    ? null
    : buildPipeline([pageLayout, language, normalize, sentences, tokensStage(), ...[nerStage(), entitiesStage()].map(arabicOnly)]);
  const walk = await walkUnlabeled({
    shared: args.shared,
    every,
    maxArticles: num('max-articles', args['max-articles']),
    fromCounts: args['from-counts'],
    progressEvery: 2000,
    log,
    harvestArticle(article, harvest) {
      const analysis = toAnalysis(analyzeDocument(article.paragraphs.join('\n\n'), {}, pipeline!));
      const names: { stems: string[]; type: NerType }[] = [];
      for (const e of analysis.entities) {
        const type = TYPE_OF[e.type];
        if (!type) continue;
        for (const m of e.mentions) {
          if (m.via !== 'pattern') continue;
          const stems = nameStems(m.text, knowledge);
          if (stems.length === 0 || stems.length > MAX_WORDS || stems.some((s) => s === '')) continue;
          names.push({ stems, type });
        }
      }
      harvest.addArticle(names, [], article.outlet);
    },
  });
  if (walk.articles === 0) fail(`no articles in ${args.shared}/unlabeled`);
  if (args.counts) saveCounts(args.counts, walk);
  const kept = walk.harvest.kept(th).filter((n) => n.key.split(' ').length >= minWords);
  const [pers, loc, org] = ['PERS', 'LOC', 'ORG'].map((type) => countType(kept, type));
  const header = [
    `generated by src/scripts/harvest-rule-names.ts (npm run harvest:rules) from ../shared/unlabeled — do not edit`,
    `sources: ${UNLABELED_SOURCES}: ${walk.articles} articles (every ${every}th of ${walk.seen}), ${walk.outlets.size} outlets`,
    `names the entity stage's rules found (via pattern, not the lexicons, acronyms or the tagger), as stem sequences of at most ${MAX_WORDS} words`,
    `kept: at least ${minWords} words, found as one type in >= ${th.minDocs} articles, >= ${th.minMajority} of the articles that find it, of >= ${th.minOutlets} outlets. PERS ${pers}, LOC ${loc}, ORG ${org}`,
  ];
  const columns = ['name', 'type', 'docs', 'all_docs', 'found', 'outlets'];
  writeHarvest(
    args.out,
    header,
    columns,
    kept.map((n) => [n.key, n.type, n.docs, n.allDocs, n.tagged, n.outlets]),
  );
  log(`wrote ${args.out}: PERS ${pers}, LOC ${loc}, ORG ${org} of ${walk.harvest.names.size} names (${elapsed()})`);
}

cli.run(main);
