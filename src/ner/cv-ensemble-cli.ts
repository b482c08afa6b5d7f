// npm run cv:ensemble — the cross-validation of an ensemble of two models trained per fold by
// `npm run cv:ner -- --cv-models PATTERN` with different settings: each fold's held-out block is
// tagged (as cv:ner tags it: one document, name rules, propagation) with the first model's tag
// scores plus the partner's times a weight, and scored as cv:ner scores it. No training. With
// `--merge yes` each pair is first merged into one model (src/ner/merge.ts), as train:ner
// --partner-weight saves it, and that model tags the block.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readAnercorpTrainingPart } from './corpora.js';
import { crossValidate, formatCrossValidation } from './cross-validate.js';
import { TaggerModel } from './model.js';
import { script } from './script.js';
import { NerTagger } from './tagger.js';
import { mergeModels } from './merge.js';

/** Rows a merge drops, as train:ner's default --prune drops them. */
const MERGE_PRUNE = 0.001;

const USAGE = `usage: npm run cv:ensemble -- --models PATTERN --partner PATTERN [--weight W (1)] [--cv K (5)]
  [--merge yes|no (one merged model instead of the pair; default no)] [--vote R (the name propagation's vote, 0 = off; default 0)]
  [--common-twice yes|no (a one-word non-person name that is a common word carried only when tagged twice; default no)] [--shared DIR] [--cv-out FILE.json]   (PATTERN: a model file per fold, {fold} = 1..K, as cv:ner --cv-models writes)`;

const cli = script('cv:ensemble', USAGE);
const { log } = cli;

cli.run(() => {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          models: { type: 'string' },
          partner: { type: 'string' },
          weight: { type: 'string', default: '1' },
          cv: { type: 'string', default: '5' },
          shared: { type: 'string', default: '../shared' },
          'cv-out': { type: 'string' },
          merge: { type: 'string', default: 'no' },
          vote: { type: 'string', default: '0' },
          'common-twice': { type: 'string', default: 'no' },
        },
      }).values,
  );
  if (!args.models || !args.partner) cli.fail('--models and --partner are required');
  const weight = cli.num('weight', args.weight);
  if (args.merge !== 'yes' && args.merge !== 'no') cli.fail(`--merge must be yes or no, got "${args.merge}"`);
  const k = cli.int('cv', args.cv, 2);
  const vote = cli.num('vote', args.vote);
  const train = readAnercorpTrainingPart(args.shared);
  const file = (pattern: string, fold: number) => pattern.replaceAll('{fold}', String(fold + 1));
  /** The fold's first model with its partner (added, or merged), or alone at weight 0. */
  const foldTagger = (fold: number): NerTagger => {
    const first = TaggerModel.load(file(args.models!, fold));
    if (weight === 0) return new NerTagger(first);
    const partner = TaggerModel.load(file(args.partner!, fold)).first;
    if (args.merge === 'yes') return new NerTagger(mergeModels(first.first, partner, weight, { prune: MERGE_PRUNE }));
    return new NerTagger(first).withPartner(partner, weight);
  };
  const cv = crossValidate(
    train,
    k,
    (_rest, fold) => {
      const tagger = foldTagger(fold);
      tagger.propagationVote = vote;
      tagger.propagationCommonTwice = args['common-twice'] === 'yes';
      return tagger;
    },
    log,
  );
  process.stdout.write(`${formatCrossValidation(cv)}\n`);
  if (args['cv-out']) writeFileSync(args['cv-out'], JSON.stringify(cv, null, 2) + '\n');
});
