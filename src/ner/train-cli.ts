// npm run train:ner — trains the tagger on ANERcorp's CAMeL Lab train split, its last tenth held
// out as the dev set, and writes the model to data/models/. Progress (epochs, dev F1) goes to
// stderr, the dev score table to stdout.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { script } from './script.js';
import { DEV_FRACTION, readAnercorp, readAqmar, readWikifane, splitHeldOut, toTrainingSentences } from './corpora.js';
import { parseConll } from './read-conll.js';
import { crossValidate, formatCrossValidation } from './cross-validate.js';
import { FeatureExtractor } from './features.js';
import {
  Gazetteer,
  gazetteerFromAnergazet,
  gazetteerFromHarvest,
  gazetteerFromLexicons,
  gazetteerFromRules,
  gazetteerFromTagged,
  gazetteerFromTopic,
  gazetteerFromHeads,
  type GazetteerData,
} from './gazetteer.js';
import { buildSignatures, type SignatureData } from './signatures.js';
import { readClusterFile, withSecondView, type ClusterData } from './word-clusters.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { DEFAULT_MODEL_URL } from './load-model.js';
import { formatScoreTable } from './score-conll.js';
import { NerTagger } from './tagger.js';
import type { TrainingSentence } from './train.js';
import { trainTwoPass, type TwoPassResult } from './train-two-pass.js';
import { mergeModels } from './merge.js';
import { TaggerModel } from './model.js';
import { scoreConll } from './score-conll.js';
import { TAGS, tagType } from './tags.js';

const ROOT = new URL('../../', import.meta.url);
const USAGE = `usage: npm run train:ner -- [--epochs N] [--seed N] [--min-count N] [--prune X]
  [--extra wikifane,aqmar (default wikifane; '' for none)] [--dev-fraction F] [--shared DIR] [--out FILE | --no-save]
  [--gazetteer FILE] [--write-gazetteer FILE] [--folds K (default 0 = one pass)] [--window TOKENS]
  [--domains yes|no (features doubled per corpus)] [--signatures yes|no]
  [--signature-top N (3)] [--signature-contexts N (1000)] [--anergazet yes|no (default yes)]
  [--harvest FILE|none (harvested name words, default data/models/harvested-names.tsv from npm run harvest:names)]
  [--tagged FILE|none (names the tagger tagged in the news, npm run harvest:tagged; default none; with --cv,
  {fold} in FILE is replaced by the fold's number, for lists built by each fold's model)]
  [--tagged-news-only yes|no (the tagged names' features left out of the extra corpora's sentences, default no)]
  [--rule-names FILE|none (names the entity stage's rules found in the news, npm run harvest:rules; default none)]
  [--head-chains yes|no (organisation head nouns start chains whose words are marked by their distance from the head; default no)]
  [--org-twice yes|no (ANERcorp's training sentences that name an organisation seen twice an epoch; default no)]
  [--runs yes|no (each word of a run of uncommon words marked with its place in the run and the run's length; default no)]
  [--topic FILE|none (words of sports news, npm run train:topic-words, read as topic features; default none)]
  [--clusters FILE|none (word classes, default data/models/word-clusters.tsv from npm run train:words)]
  [--clusters2 FILE|none (a second view of word classes, from npm run train:context-words, or binarized word vectors,
    from npm run train:word-vectors; default none)] [--vectors-near yes|no (binarized vectors of the neighbours at ±1 too,
    default no: the word's own)]
  [--class-bigrams yes|no (the word's word class with its neighbours', default yes)]
  [--second-order yes|no (a score for every three tags in a row, second-order Viterbi; default no; one pass only)]
  [--word-class-bigrams yes|no (the word's word class with the stems of its neighbours, default no)]
  [--partner-weight W (a partner model trained beside the first, same data and seed, with the view of --partner-view,
    merged into the saved model as A + W × B; default 0.5; 0 for none)] [--partner-view no-classes|no-harvest|vectors (default
    no-classes: no word classes and no class bigrams; no-harvest: no harvested name words; vectors: the binarized word vectors
    of --partner-vectors FILE (default data/models/word-vectors.tsv, npm run train:word-vectors) in place of the classes;
    context: no form, base or stem of the word itself)]
  [--primary-classes yes|no (with --clusters2: no leaves the first view's classes out of the features, default yes)]
  [--identity yes|no (no: the word's own form, base and stem left out of its features, as --partner-view context does; default yes)]
  [--self PATTERN|none (self-training sentences of the news, npm run self:tag: a third corpus with its own domain copies;
    {fold} is the fold with --cv, "final" without; default none)]
  [--cv K (cross-validation over the training part: K models) [--cv-out FILE.json] [--cv-blocks 3,4 (only these held-out blocks)] [--cv-models PATTERN (each fold's model
  saved to PATTERN with {fold} replaced by 1..K, for lists built per fold)]]`;

const cli = script('train:ner', USAGE);

/** What a partner of --partner-view leaves out, as the model's training record says it. */
const PARTNER_VIEWS: Record<string, string> = {
  'no-classes': 'without word classes and class bigrams',
  'no-harvest': 'without the harvested name words',
  vectors: 'without word classes and class bigrams, with binarized word vectors instead',
  context: "without the word's own form, base and stem",
};

/** The gazetteer without the name words of npm run harvest:names (types harvest-*). */
function withoutHarvest(gazetteer: GazetteerData): GazetteerData {
  return Object.fromEntries(Object.entries(gazetteer).filter(([type]) => !type.startsWith('harvest-')));
}
const { fail, num, int, log } = cli;

/** The lines of the articles in `dir` as token lists (unlabeled text for the signatures). */
function readArticleLines(dir: string): string[][] {
  if (!existsSync(dir)) return [];
  const knowledge = defaultWordKnowledge();
  const out: string[][] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n')) {
      const tokens = tokenize(line, 0, line.length, knowledge).map((t) => t.text);
      if (tokens.length > 0) out.push(tokens);
    }
  }
  return out;
}

function main(): void {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          epochs: { type: 'string', default: '8' },
          seed: { type: 'string', default: '1' },
          'min-count': { type: 'string', default: '1' },
          prune: { type: 'string', default: '0.001' },
          extra: { type: 'string', default: 'wikifane' },
          'dev-fraction': { type: 'string', default: String(DEV_FRACTION) },
          folds: { type: 'string', default: '0' },
          domains: { type: 'string', default: 'yes' },
          signatures: { type: 'string', default: 'no' },
          anergazet: { type: 'string', default: 'yes' },
          'class-bigrams': { type: 'string', default: 'yes' },
          'second-order': { type: 'string', default: 'no' },
          'vectors-near': { type: 'string', default: 'no' },
          'primary-classes': { type: 'string', default: 'yes' },
          identity: { type: 'string', default: 'yes' },
          'word-class-bigrams': { type: 'string', default: 'no' },
          'signature-top': { type: 'string', default: '3' },
          'signature-contexts': { type: 'string', default: '1000' },
          window: { type: 'string', default: '2000' },
          shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
          out: { type: 'string', default: fileURLToPath(DEFAULT_MODEL_URL) },
          'no-save': { type: 'boolean', default: false },
          gazetteer: { type: 'string' },
          'write-gazetteer': { type: 'string' },
          cv: { type: 'string', default: '0' },
          clusters: { type: 'string', default: fileURLToPath(new URL('data/models/word-clusters.tsv', ROOT)) },
          clusters2: { type: 'string', default: 'none' },
          harvest: { type: 'string', default: fileURLToPath(new URL('data/models/harvested-names.tsv', ROOT)) },
          topic: { type: 'string', default: 'none' },
          'head-chains': { type: 'string', default: 'no' },
          runs: { type: 'string', default: 'no' },
          'org-twice': { type: 'string', default: 'no' },
          'cv-out': { type: 'string' },
          'cv-models': { type: 'string' },
          'cv-blocks': { type: 'string' },
          self: { type: 'string', default: 'none' },
          tagged: { type: 'string', default: 'none' },
          'tagged-news-only': { type: 'string', default: 'no' },
          'rule-names': { type: 'string', default: 'none' },
          'partner-weight': { type: 'string', default: '0.5' },
          'partner-view': { type: 'string', default: 'no-classes' },
          'partner-vectors': { type: 'string', default: fileURLToPath(new URL('data/models/word-vectors.tsv', ROOT)) },
        },
      }).values,
  );
  const yes = (name: string, value: string): boolean => {
    if (value !== 'yes' && value !== 'no') fail(`--${name} must be yes or no, got "${value}"`);
    return value === 'yes';
  };
  const domains = yes('domains', args.domains);
  const useSignatures = yes('signatures', args.signatures);
  const useAnergazet = yes('anergazet', args.anergazet);
  const classBigrams = yes('class-bigrams', args['class-bigrams']);
  const secondOrder = yes('second-order', args['second-order']);
  const vectorsNear = yes('vectors-near', args['vectors-near']);
  const wordClassBigrams = yes('word-class-bigrams', args['word-class-bigrams']);
  const taggedNewsOnly = yes('tagged-news-only', args['tagged-news-only']);
  const epochs = num('epochs', args.epochs);
  const seed = num('seed', args.seed);
  const minCount = num('min-count', args['min-count']);
  const prune = num('prune', args.prune);
  const devFraction = num('dev-fraction', args['dev-fraction']);
  const shared = args.shared;
  const anercorpPath = `${shared}/ner/anercorp/ANERCorp_CamelLab_train.txt`;
  if (!existsSync(anercorpPath)) fail(`ANERcorp not found at ${anercorpPath} (pass --shared DIR)`);
  const anercorp = readAnercorp(anercorpPath);
  const { train: anerTrain, heldOut: dev } = splitHeldOut(anercorp, devFraction);
  const count = (s: TrainingSentence[]) => s.reduce((n, x) => n + x.tokens.length, 0);
  log(`ANERcorp: ${count(anerTrain)} training tokens, ${count(dev)} dev tokens (last ${devFraction} held out)`);
  const extraSentences: TrainingSentence[] = [];
  const extras = args.extra.split(',').filter((x) => x !== '');
  for (const extra of extras) {
    const more =
      extra === 'aqmar'
        ? readAqmar(`${shared}/ner/aqmar/articles`)
        : extra === 'wikifane'
          ? readWikifane(`${shared}/ner/wikifane/WikiFANE_Gold_2014_500K.txt`)
          : fail(`unknown --extra corpus "${extra}" (aqmar, wikifane)`);
    log(`${extra}: ${count(more)} tokens added`);
    const domain = extras.indexOf(extra) + 1;
    extraSentences.push(...more.map((s) => ({ ...s, domain })));
  }
  // A gazetteer file (written by --write-gazetteer) pins the lexicon names for comparable runs.
  const gazetteer: GazetteerData = args.gazetteer
    ? (JSON.parse(readFileSync(args.gazetteer, 'utf8')) as GazetteerData)
    : gazetteerFromLexicons(log);
  if (useAnergazet) Object.assign(gazetteer, gazetteerFromAnergazet(`${shared}/gazetteers/anergazet`));
  if (args.harvest !== 'none') {
    if (!existsSync(args.harvest)) fail(`harvested names not found at ${args.harvest} (run npm run harvest:names, or pass --harvest none)`);
    Object.assign(gazetteer, gazetteerFromHarvest(args.harvest));
  }
  const ruleNames = args['rule-names'];
  if (ruleNames !== 'none') {
    if (!existsSync(ruleNames)) fail(`rule names not found at ${ruleNames} (run npm run harvest:rules, or pass --rule-names none)`);
    Object.assign(gazetteer, gazetteerFromRules(ruleNames));
  }
  if (yes('head-chains', args['head-chains'])) Object.assign(gazetteer, gazetteerFromHeads());
  if (yes('runs', args.runs)) gazetteer['run-marks'] = [];
  const tagged = args.tagged;
  if (args.topic !== 'none') {
    if (!existsSync(args.topic)) fail(`topic words not found at ${args.topic} (run npm run train:topic-words, or pass --topic none)`);
    Object.assign(gazetteer, gazetteerFromTopic(args.topic));
  }
  /** The gazetteer with the tagged names of `file` (for a fold: {fold} replaced by its number). */
  const withTagged = (fold?: number): GazetteerData => {
    if (tagged === 'none') return gazetteer;
    const file = fold === undefined ? tagged : tagged.replaceAll('{fold}', String(fold));
    if (!existsSync(file)) fail(`tagged names not found at ${file} (run npm run harvest:tagged, or pass --tagged none)`);
    return { ...gazetteer, ...gazetteerFromTagged(file) };
  };
  if (args['write-gazetteer']) writeFileSync(args['write-gazetteer'], JSON.stringify(gazetteer));
  log(
    `gazetteer: ${Object.entries(gazetteer)
      .map(([t, names]) => `${t} ${names.length}`)
      .join(', ')}`,
  );
  // Unlabeled text for the signatures besides the training sentences: AQMAR and WikiFANE
  // whether or not they train, and the news articles of ../shared/corpus.
  const unlabeled: (readonly string[])[] = [];
  if (useSignatures) {
    if (!extras.includes('aqmar')) unlabeled.push(...readAqmar(`${shared}/ner/aqmar/articles`).map((s) => s.tokens));
    if (!extras.includes('wikifane'))
      unlabeled.push(...readWikifane(`${shared}/ner/wikifane/WikiFANE_Gold_2014_500K.txt`).map((s) => s.tokens));
    unlabeled.push(...readArticleLines(`${shared}/corpus`));
  }
  const folds = num('folds', args.folds);
  if (secondOrder && folds > 0) fail('--second-order needs one pass (--folds 0): the second pass decodes first order');
  const window = num('window', args.window);
  let clusters: ClusterData | null = null;
  if (args.clusters !== 'none') {
    if (!existsSync(args.clusters)) fail(`word classes not found at ${args.clusters} (run npm run train:words, or pass --clusters none)`);
    clusters = readClusterFile(args.clusters);
    log(`word classes: ${clusters.starts.length - 1} units, granularities ${clusters.granularities.join(', ')} (${args.clusters})`);
    if (args.clusters2 !== 'none') {
      if (!existsSync(args.clusters2)) fail(`second word classes not found at ${args.clusters2} (run npm run train:context-words)`);
      clusters = withSecondView(clusters, readClusterFile(args.clusters2));
      if (clusters.binary && vectorsNear) clusters = { ...clusters, binaryNear: true };
      if (!yes('primary-classes', args['primary-classes'])) clusters = { ...clusters, secondOnly: true };
      log(
        `second view of word classes: granularities ${clusters.granularities.slice(-(clusters.second ?? 0)).join(', ')} (${args.clusters2})`,
      );
    }
  }

  /** The self-training sentences of a fold (or of the final model), as one more corpus. */
  const selfSentences = (fold: number | undefined, quiet: boolean): TrainingSentence[] => {
    if (args.self === 'none') return [];
    const file = args.self.replaceAll('{fold}', fold === undefined ? 'final' : String(fold));
    if (!existsSync(file)) fail(`self-training sentences not found at ${file} (run npm run self:tag)`);
    const domain = extras.length + 1;
    const more = toTrainingSentences(parseConll(readFileSync(file, 'utf8')), file).map((s) => ({ ...s, domain }));
    if (!quiet || fold !== undefined) log(`self-training: ${count(more)} tokens from ${file}`);
    return more;
  };

  const partnerWeight = num('partner-weight', args['partner-weight']);
  const partnerView = args['partner-view'];
  if (!(partnerView in PARTNER_VIEWS)) fail(`--partner-view must be no-classes, no-harvest, vectors or context, got "${partnerView}"`);
  // The vectors partner reads the binarized word vectors alone: the first model's classes are
  // its first view, which it leaves out (secondOnly), so the merged model reads both.
  let partnerClusters: ClusterData | null = null;
  if (partnerWeight > 0 && partnerView === 'vectors') {
    const file = args['partner-vectors'];
    const primary = clusters;
    if (!primary || primary.second) fail('--partner-view vectors needs the word classes (--clusters) and no --clusters2');
    if (!existsSync(file)) fail(`word vectors not found at ${file} (run npm run train:word-vectors)`);
    const vectors = readClusterFile(file);
    if (!vectors.binary) fail(`${file} holds no binarized word vectors (columns b1..bD of npm run train:word-vectors)`);
    partnerClusters = { ...withSecondView(primary!, vectors), secondOnly: true };
    log(`partner's word vectors: ${vectors.granularities.length} dimensions (${file})`);
  }
  if (partnerWeight > 0 && folds >= 2) fail('a partner (--partner-weight) needs a one-pass model: pass --partner-weight 0 with --folds');

  /**
   * Trains on `aner` (ANERcorp sentences) and the extra corpora; `dev` is scored per epoch. The
   * partner (--partner-view) sees less: no word classes (and so no class bigrams), or no
   * harvested name words.
   */
  const fit = (
    aner: TrainingSentence[],
    dev: TrainingSentence[] | undefined,
    quiet = false,
    fold?: number,
    partner = false,
  ): TwoPassResult => {
    const noClasses = partner && (partnerView === 'no-classes' || partnerView === 'vectors');
    const noHarvest = partner && partnerView === 'no-harvest';
    const twice = yes('org-twice', args['org-twice']);
    const anerUsed = twice ? aner.flatMap((s) => (s.tags.some((t) => tagType(t) === 'ORG') ? [s, s] : [s])) : aner;
    const train: TrainingSentence[] = [...anerUsed, ...extraSentences, ...selfSentences(fold, quiet)];
    let signatures: SignatureData | null = null;
    if (useSignatures) {
      // The dev tenth (or the held-out block) is never among the signatures' text.
      const text: (readonly string[])[] = [...train.map((s) => s.tokens), ...unlabeled];
      const extractor = new FeatureExtractor(new Gazetteer({}));
      signatures = buildSignatures(text, (t) => extractor.word(t).stem, {
        top: num('signature-top', args['signature-top']),
        contexts: num('signature-contexts', args['signature-contexts']),
      });
      if (!quiet)
        log(`signatures: ${Object.keys(signatures.words).length} stems from ${text.reduce((n, s) => n + s.length, 0)} unlabeled tokens`);
    }
    return trainTwoPass(train, {
      epochs,
      seed,
      minCount,
      prune,
      gazetteer: noHarvest ? withoutHarvest(withTagged(fold)) : withTagged(fold),
      signatures,
      clusters: noClasses ? partnerClusters : clusters,
      classBigrams: classBigrams && !noClasses,
      wordClassBigrams: wordClassBigrams && !noClasses,
      secondOrder,
      noIdentity: (partner && partnerView === 'context') || !yes('identity', args.identity),
      newsOnly: taggedNewsOnly ? ['tagged-'] : [],
      folds,
      domains,
      window,
      dev,
      log: quiet ? undefined : log,
    });
  };

  /**
   * fit, and with --partner-weight W a partner trained on the same sentences (same seed and
   * epochs) merged in: one model scoring as the two summed (src/ner/merge.ts). `partner` is the
   * partner's own training result, or null.
   */
  const fitMerged = (
    aner: TrainingSentence[],
    dev: TrainingSentence[] | undefined,
    quiet = false,
    fold?: number,
  ): TwoPassResult & { partner: TwoPassResult | null } => {
    const result = fit(aner, dev, quiet, fold);
    if (partnerWeight === 0) return { ...result, partner: null };
    if (!quiet) log(`partner (${partnerView}), merged in at × ${partnerWeight}`);
    const partner = fit(aner, undefined, true, fold, true);
    const merged = mergeModels(result.model.first, partner.model.first, partnerWeight, { prune });
    return { ...result, model: new TaggerModel(merged, null, result.model.window), partner };
  };

  const k = num('cv', args.cv);
  if (k > 0) {
    if (!Number.isInteger(k) || k < 2) fail(`--cv must be an integer of at least 2, got ${k}`);
    const started = Date.now();
    log(`cross-validation: ${k} contiguous blocks of the ${count(anerTrain)} training tokens (the dev tenth stays out)`);
    const cvModels = args['cv-models'];
    const cv = crossValidate(
      anerTrain,
      k,
      (rest, fold) => {
        const { model } = fitMerged(rest, undefined, true, fold + 1);
        if (cvModels) model.save(cvModels.replaceAll('{fold}', String(fold + 1)));
        return new NerTagger(model);
      },
      log,
      args['cv-blocks'] ? new Set(args['cv-blocks'].split(',').map((b) => int('cv-blocks', b, 1))) : undefined,
    );
    log(`cross-validation done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.stdout.write(`${formatCrossValidation(cv)}\n`);
    if (args['cv-out']) writeFileSync(args['cv-out'], JSON.stringify(cv, null, 2) + '\n');
    return;
  }

  const started = Date.now();
  const result = fitMerged(anerTrain, dev.length > 0 ? dev : undefined);
  const signatures = result.model.first.signatures;
  const final = result.second ?? result.first;
  const last = final.epochs[final.epochs.length - 1];
  const model = result.model;
  const saved = model.first.keys.length + (model.second?.keys.length ?? 0);
  log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s; ${saved} feature rows saved`);
  model.info.training = {
    data: [`ANERcorp CAMeL Lab train split, first ${1 - devFraction} (${count(anerTrain)} tokens)`, ...extras],
    gazetteers: [
      'data/lexicon',
      ...(useAnergazet ? ['ANERgazet (Benajiba et al. 2007)'] : []),
      ...(args.harvest !== 'none' ? ['data/models/harvested-names.tsv (npm run harvest:names, from ../shared/unlabeled)'] : []),
      ...(ruleNames !== 'none' ? [`${ruleNames} (npm run harvest:rules, from ../shared/unlabeled)`] : []),
      ...(tagged !== 'none' ? ['data/models/tagged-names.tsv (npm run harvest:tagged, from ../shared/unlabeled)'] : []),
    ],
    tagger:
      `averaged perceptron, ${secondOrder ? 'second' : 'first'}-order Viterbi` +
      (result.second ? `, second pass with a ${window}-token memory (${folds}-fold jackknife)` : '') +
      (result.partner ? `, merged with a partner trained ${PARTNER_VIEWS[partnerView]} × ${partnerWeight}` : ''),
    domains,
    signatures: signatures ? 'left and right contexts of stems in the unlabeled text of the training corpora and ../shared/corpus' : null,
    clusters: clusters ? clusters.source : null,
    classBigrams,
    wordClassBigrams,
    ...(secondOrder ? { secondOrder } : {}),
    epochs,
    seed,
    minCount,
    prune,
    features: { first: result.first.features, second: result.second?.features ?? null },
    ...(result.partner
      ? { partner: { view: partnerView, weight: partnerWeight, features: result.partner.first.features, merged: model.first.keys.length } }
      : {}),
  };
  // The merged model is scored again (the epochs' scores are the first model's alone).
  let devScore = last?.dev;
  if (devScore && result.partner) {
    log(`dev F1 of the first model alone ${(100 * devScore.micro.f1).toFixed(2)}`);
    const tagger = new NerTagger(model);
    devScore = scoreConll(
      dev.map((s) => Array.from(s.tags, (t) => TAGS[t])),
      dev.map((s) => tagger.tagSentence(s.tokens)),
    );
    log(`dev F1 of the merged model ${(100 * devScore.micro.f1).toFixed(2)}`);
  }
  if (devScore) {
    model.info.scores = {
      dev: `ANERcorp CAMeL Lab train split, last ${devFraction} (${count(dev)} tokens)`,
      micro: devScore.micro,
      types: devScore.types,
    };
    process.stdout.write(`${formatScoreTable(devScore)}\n`);
  }
  if (!args['no-save']) {
    model.save(args.out);
    log(`model written to ${args.out}`);
  }
}

cli.run(main);
