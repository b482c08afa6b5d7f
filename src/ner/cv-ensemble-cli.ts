// npm run cv:ensemble — the cross-validation of an ensemble of two models trained per fold by
// `npm run cv:ner -- --cv-models PATTERN` with different settings: each fold's held-out block is
// tagged (as cv:ner tags it: one document, name rules, propagation) with the first model's tag
// scores plus the partner's times a weight, and scored as cv:ner scores it. No training.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readAnercorpTrainingPart } from './corpora.js';
import { crossValidate, formatCrossValidation } from './cross-validate.js';
import { TaggerModel } from './model.js';
import { script } from './script.js';
import { NerTagger } from './tagger.js';

const USAGE = `usage: npm run cv:ensemble -- --models PATTERN --partner PATTERN [--weight W (1)] [--cv K (5)]
  [--shared DIR] [--cv-out FILE.json]   (PATTERN: a model file per fold, {fold} = 1..K, as cv:ner --cv-models writes)`;

const cli = script('cv:ensemble', USAGE);

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
        },
      }).values,
  );
  if (!args.models || !args.partner) cli.fail('--models and --partner are required');
  const weight = cli.num('weight', args.weight);
  const k = cli.int('cv', args.cv, 2);
  const log = (m: string) => process.stderr.write(`cv:ensemble: ${m}\n`);
  const train = readAnercorpTrainingPart(args.shared);
  const file = (pattern: string, fold: number) => pattern.replaceAll('{fold}', String(fold + 1));
  const cv = crossValidate(
    train,
    k,
    (_rest, fold) => {
      const tagger = new NerTagger(TaggerModel.load(file(args.models!, fold)));
      return weight > 0 ? tagger.withPartner(TaggerModel.load(file(args.partner!, fold)).first, weight) : tagger;
    },
    log,
  );
  process.stdout.write(`${formatCrossValidation(cv)}\n`);
  if (args['cv-out']) writeFileSync(args['cv-out'], JSON.stringify(cv, null, 2) + '\n');
});
