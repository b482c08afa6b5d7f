// npm run harvest:tagged — tags the unlabeled news of ../shared/unlabeled with a tagger model
// (default the committed one, trained on ANERcorp's first nine tenths: the dev tenth never
// informs it) through the decoding `arqam ner` uses, and writes the names it tags consistently
// (src/ner/harvest-tagged.ts) to data/models/tagged-names.tsv, which npm run train:ner reads as
// three gazetteer types (tagged-pers, tagged-loc, tagged-org). Deterministic: the same text,
// model and thresholds give the same file.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { script } from './script.js';
import { DEFAULT_TAGGED_THRESHOLDS, goldNameKeys, type TaggedThresholds } from './harvest-tagged.js';
import { countType, saveCounts, UNLABELED_SOURCES, walkUnlabeled, writeHarvest } from './harvest-run.js';
import { readAnercorpTrainingPart, readWikifane } from './corpora.js';
import { DEFAULT_MODEL_URL } from './load-model.js';
import { TaggerModel } from './model.js';
import { NamePropagator } from './propagate.js';
import { NerTagger } from './tagger.js';
import { forEachEntity, type NerType } from './tags.js';
import type { Span } from '../model/types.js';
import type { Token } from '../text/token.js';
import { splitSentences } from '../text/split-sentences.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';

const ROOT = new URL('../../', import.meta.url);
export const DEFAULT_TAGGED_URL = new URL('data/models/tagged-names.tsv', ROOT);
/** Longest name kept, in words. */
const MAX_WORDS = 4;

const USAGE = `usage: npm run harvest:tagged -- [--model FILE (default the committed model)] [--every N (every Nth article, 1)]
  [--max-articles N] [--min-docs N (${DEFAULT_TAGGED_THRESHOLDS.minDocs})] [--min-outlets N (${DEFAULT_TAGGED_THRESHOLDS.minOutlets})]
  [--min-majority X (${DEFAULT_TAGGED_THRESHOLDS.minMajority})] [--min-share X (${DEFAULT_TAGGED_THRESHOLDS.minShare})] [--shared DIR] [--out FILE]
  [--counts FILE.json (every name's counts, written)] [--from-counts FILE.json (read them instead of tagging)]
  [--unseen-in wikifane,anercorp (names that are a gold name of these corpora left out: the corpora the tagging model
  learned from, so the list holds only names it found itself; anercorp = the first nine tenths of its train split; default none)]`;

const cli = script('harvest:tagged', USAGE);
const { fail, num, log, elapsed } = cli;

async function main(): Promise<void> {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          model: { type: 'string', default: fileURLToPath(DEFAULT_MODEL_URL) },
          every: { type: 'string', default: '1' },
          'max-articles': { type: 'string', default: '0' },
          'min-docs': { type: 'string', default: String(DEFAULT_TAGGED_THRESHOLDS.minDocs) },
          'min-outlets': { type: 'string', default: String(DEFAULT_TAGGED_THRESHOLDS.minOutlets) },
          'min-majority': { type: 'string', default: String(DEFAULT_TAGGED_THRESHOLDS.minMajority) },
          'min-share': { type: 'string', default: String(DEFAULT_TAGGED_THRESHOLDS.minShare) },
          shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
          out: { type: 'string', default: fileURLToPath(DEFAULT_TAGGED_URL) },
          counts: { type: 'string' },
          'from-counts': { type: 'string' },
          'unseen-in': { type: 'string', default: '' },
        },
      }).values,
  );
  const th: TaggedThresholds = {
    minDocs: num('min-docs', args['min-docs']),
    minOutlets: num('min-outlets', args['min-outlets']),
    minMajority: num('min-majority', args['min-majority']),
    minShare: num('min-share', args['min-share']),
  };
  const every = Math.max(1, num('every', args.every));
  const knowledge = defaultWordKnowledge();
  let tokensTagged = 0;
  const spans: Span[] = [];
  const tagger = args['from-counts'] ? null : new NerTagger(TaggerModel.load(args.model), knowledge);
  const walk = await walkUnlabeled({
    shared: args.shared,
    every,
    maxArticles: num('max-articles', args['max-articles']),
    fromCounts: args['from-counts'],
    progressEvery: 5000,
    log,
    harvestArticle(article, harvest) {
      // The article as one document, sentence by sentence, as the pipeline's ner stage tags it.
      const sentences: { tokens: readonly string[]; payload: Token[] }[] = [];
      for (const p of article.paragraphs) {
        spans.length = 0;
        for (const s of splitSentences(p, 0, p.length, spans)) {
          const tokens = tokenize(p, s.start, s.end, knowledge);
          if (tokens.length > 0) sentences.push({ tokens: tokens.map((t) => t.text), payload: tokens });
        }
      }
      const names: { stems: string[]; type: NerType }[] = [];
      const stems: string[] = [];
      tagger!.reset();
      const window = new NamePropagator<Token[]>();
      const take = (done: readonly { tags: Uint8Array; payload: Token[] }[]): void => {
        for (const { tags, payload: tokens } of done) {
          tokensTagged += tokens.length;
          for (const t of tokens) if (t.kind === 'arabic' || t.kind === 'latin') stems.push(t.stem);
          forEachEntity(tags, (i, j, type) => {
            const words = tokens.slice(i, j).filter((t) => t.kind !== 'punct' && t.kind !== 'symbol');
            if (words.length === 0 || words.length > MAX_WORDS || words.some((t) => t.kind === 'number' || t.stem === '')) return;
            names.push({ stems: words.map((t) => t.stem), type });
          });
        }
      };
      for (const s of sentences) take(tagger!.tagInDocument(window, s.tokens, s.payload));
      take(window.flush());
      harvest.addArticle(names, stems, article.outlet);
    },
  });
  if (walk.articles === 0) fail(`no articles in ${args.shared}/unlabeled`);
  if (walk.saved) tokensTagged = walk.saved.tokens as number;
  const source = walk.saved ? (walk.saved.model as string) : args.model;
  if (args.counts) saveCounts(args.counts, walk, { model: source, tokens: tokensTagged });
  const unseenIn = args['unseen-in'].split(',').filter((x) => x !== '');
  const seen = goldNames(args.shared, unseenIn);
  const all = walk.harvest.kept(th);
  const kept = all.filter((n) => !seen.has(n.key));
  if (unseenIn.length > 0) log(`${all.length - kept.length} of ${all.length} kept names left out as gold names of ${unseenIn.join(', ')}`);
  const [pers, loc, org] = ['PERS', 'LOC', 'ORG'].map((type) => countType(kept, type));
  const model = source === fileURLToPath(DEFAULT_MODEL_URL) ? 'data/models/ner-anercorp.bin (the committed model)' : source;
  const header = [
    `generated by src/ner/harvest-tagged-cli.ts (npm run harvest:tagged) from ../shared/unlabeled — do not edit`,
    `sources: ${UNLABELED_SOURCES}: ${walk.articles} articles (every ${every}th of ${walk.seen}), ${walk.outlets.size} outlets, ${tokensTagged} tokens`,
    `tagged by ${model} as arqam ner tags a document (name rules, propagation); names of at most ${MAX_WORDS} words as stem sequences`,
    `kept: tagged as one type in >= ${th.minDocs} articles, >= ${th.minMajority} of the articles that tag it, of >= ${th.minOutlets} outlets;`,
    `a one-word name tagged in >= ${th.minShare} of its occurrences (a common word is mostly untagged). PERS ${pers}, LOC ${loc}, ORG ${org}`,
    ...(unseenIn.length > 0 ? [`names that are a gold name (any type) of ${unseenIn.join(', ')} left out`] : []),
  ];
  const columns = ['name', 'type', 'docs', 'all_docs', 'tagged', 'total', 'outlets'];
  writeHarvest(
    args.out,
    header,
    columns,
    kept.map((n) => [n.key, n.type, n.docs, n.allDocs, n.tagged, n.total, n.outlets]),
  );
  log(`wrote ${args.out}: PERS ${pers}, LOC ${loc}, ORG ${org} of ${walk.harvest.names.size} names (${elapsed()})`);
}

/** The gold names (stem sequences, any type) of the named corpora. */
function goldNames(shared: string, corpora: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const corpus of corpora) {
    const sentences =
      corpus === 'wikifane'
        ? readWikifane(`${shared}/ner/wikifane/WikiFANE_Gold_2014_500K.txt`)
        : corpus === 'anercorp'
          ? readAnercorpTrainingPart(shared)
          : fail(`unknown --unseen-in corpus "${corpus}" (wikifane, anercorp)`);
    for (const key of goldNameKeys(sentences)) out.add(key);
  }
  return out;
}

cli.run(main);
