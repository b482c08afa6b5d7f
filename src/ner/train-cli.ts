// npm run train:ner — trains the tagger on ANERcorp's CAMeL Lab train split, its last tenth held
// out as the dev set, and writes the model to data/models/. Progress (epochs, dev F1) goes to
// stderr, the dev score table to stdout.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAnercorp, readAqmar, readWikifane, splitHeldOut } from './corpora.js';
import { gazetteerFromLexicons } from './gazetteer.js';
import { DEFAULT_MODEL_URL } from './load-model.js';
import { formatScoreTable } from './score-conll.js';
import { trainTagger, type TrainingSentence } from './train.js';

const ROOT = new URL('../../', import.meta.url);
const USAGE = `usage: npm run train:ner -- [--epochs N] [--seed N] [--min-count N] [--prune X]
  [--extra aqmar,wikifane] [--dev-fraction F] [--shared DIR] [--out FILE | --no-save]`;

function fail(message: string): never {
  process.stderr.write(`train:ner: ${message}\n${USAGE}\n`);
  process.exitCode = 2;
  throw new Error(message);
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        epochs: { type: 'string', default: '12' },
        seed: { type: 'string', default: '1' },
        'min-count': { type: 'string', default: '1' },
        prune: { type: 'string', default: '0.001' },
        extra: { type: 'string', default: '' },
        'dev-fraction': { type: 'string', default: '0.1' },
        shared: { type: 'string', default: fileURLToPath(new URL('../shared/', ROOT)) },
        out: { type: 'string', default: fileURLToPath(DEFAULT_MODEL_URL) },
        'no-save': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const num = (name: string, value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a non-negative number, got "${value}"`);
    return n;
  };
  const epochs = num('epochs', args.epochs);
  const seed = num('seed', args.seed);
  const minCount = num('min-count', args['min-count']);
  const prune = num('prune', args.prune);
  const devFraction = num('dev-fraction', args['dev-fraction']);
  const shared = args.shared;
  const anercorpPath = `${shared}/ner/anercorp/ANERCorp_CamelLab_train.txt`;
  if (!existsSync(anercorpPath)) fail(`ANERcorp not found at ${anercorpPath} (pass --shared DIR)`);

  const log = (m: string) => process.stderr.write(`train:ner: ${m}\n`);
  const anercorp = readAnercorp(anercorpPath);
  const { train: anerTrain, heldOut: dev } = splitHeldOut(anercorp, devFraction);
  const count = (s: TrainingSentence[]) => s.reduce((n, x) => n + x.tokens.length, 0);
  log(`ANERcorp: ${count(anerTrain)} training tokens, ${count(dev)} dev tokens (last ${devFraction} held out)`);
  const train: TrainingSentence[] = [...anerTrain];
  const extras = args.extra.split(',').filter((x) => x !== '');
  for (const extra of extras) {
    const more =
      extra === 'aqmar' ? readAqmar(`${shared}/ner/aqmar/articles`)
      : extra === 'wikifane' ? readWikifane(`${shared}/ner/wikifane/WikiFANE_Gold_2014_500K.txt`)
      : fail(`unknown --extra corpus "${extra}" (aqmar, wikifane)`);
    log(`${extra}: ${count(more)} tokens added`);
    train.push(...more);
  }
  const gazetteer = gazetteerFromLexicons(log);
  log(`gazetteer: ${Object.entries(gazetteer).map(([t, names]) => `${t} ${names.length}`).join(', ')}`);
  const started = Date.now();
  const result = trainTagger(train, { epochs, seed, minCount, prune, gazetteer, dev: dev.length > 0 ? dev : undefined, log });
  const last = result.epochs[result.epochs.length - 1];
  log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s; ${result.features.saved} features saved of ${result.features.kept}`);
  const model = result.model;
  model.info.training = {
    data: [`ANERcorp CAMeL Lab train split, first ${1 - devFraction} (${count(anerTrain)} tokens)`, ...extras],
    epochs,
    seed,
    minCount,
    prune,
    features: result.features,
  };
  if (last?.dev) {
    model.info.scores = {
      dev: `ANERcorp CAMeL Lab train split, last ${devFraction} (${count(dev)} tokens)`,
      micro: last.dev.micro,
      types: last.dev.types,
    };
    process.stdout.write(`${formatScoreTable(last.dev)}\n`);
  }
  if (!args['no-save']) {
    model.save(args.out);
    log(`model written to ${args.out}`);
  }
}

try {
  main();
} catch (error) {
  if (process.exitCode !== 2) {
    process.stderr.write(`train:ner: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
