// npm run merge:ner — two saved one-pass models made one (src/ner/merge.ts): the first model's
// rows plus the partner's times a weight, over the union of their features, the transitions
// likewise. The merged model tags as NerTagger.withPartner tags with the pair (to within the
// int16 steps of the saved weights), at the cost of one model.
import { parseArgs } from 'node:util';
import { mergeModels } from './merge.js';
import { TaggerModel } from './model.js';
import { script } from './script.js';

const USAGE = `usage: npm run merge:ner -- A.bin B.bin --out FILE [--weight W (0.5)] [--prune X (0.001)]
  (A: the model whose features the merged model reads; B: the partner, trained without some of them)`;

const cli = script('merge:ner', USAGE);

cli.run(() => {
  const { values: args, positionals } = cli.options(() =>
    parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        weight: { type: 'string', default: '0.5' },
        prune: { type: 'string', default: '0.001' },
      },
    }),
  );
  if (positionals.length !== 2) cli.fail('two model files are required');
  const out = args.out ?? cli.fail('--out is required');
  const weight = cli.num('weight', args.weight);
  const prune = cli.num('prune', args.prune);
  const [a, b] = positionals.map((file) => TaggerModel.load(file));
  if (a.second || b.second) cli.fail('only one-pass models can be merged');
  const info = {
    training: { ...a.info.training, partner: { weight, files: positionals, training: b.info.training } },
  };
  const merged = mergeModels(a.first, b.first, weight, { prune, info });
  new TaggerModel(merged, null, a.window, info).save(out);
  process.stderr.write(
    `merge:ner: ${a.first.keys.length} + ${b.first.keys.length} rows, ${merged.keys.length} merged (× ${weight}), written to ${out}\n`,
  );
});
