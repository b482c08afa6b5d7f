// Document-level k-fold cross-validation of the tagger: the labelled corpus is cut into k
// contiguous blocks (splitBlocks), each block is held out in turn, a model is trained on the
// rest, and the held-out block is tagged as one document, with the decoding `arqam ner` uses
// (name rules and propagation). One dev split moves by a point with the seed alone
// (data/models/README.md); the mean over k held-out blocks is what features are decided on.
import { splitBlocks } from './corpora.js';
import { scoreConll, type ConllScore, type RecallCount, type TypeScore } from './score-conll.js';
import type { NerTagger } from './tagger.js';
import { TAGS } from './tags.js';
import type { TrainingSentence } from './train.js';

export interface FoldScore {
  fold: number;
  /** Sentences and tokens held out. */
  sentences: number;
  tokens: number;
  /** The held-out block tagged as one document (name rules and propagation). */
  document: ConllScore;
  /** The model alone, sentence by sentence. */
  model: ConllScore;
}

export interface CrossValidation {
  k: number;
  folds: FoldScore[];
  /** Mean over the folds of each one's micro F1 (and per type), document decoding. */
  mean: { f1: number; types: Record<string, number>; modelF1: number; single: number; multi: number };
  /** Every fold's entities pooled (document decoding). */
  pooled: ConllScore;
}

/**
 * Runs the cross-validation: `train` gets the sentences of the other blocks (in corpus order)
 * and returns a tagger; `log` hears of each fold. `blocks`: the held-out blocks to run (1..k),
 * all when absent (a screen of a few blocks; the mean is then theirs).
 */
export function crossValidate(
  sentences: readonly TrainingSentence[],
  k: number,
  train: (rest: TrainingSentence[], fold: number) => NerTagger,
  log: (message: string) => void = () => {},
  only?: ReadonlySet<number>,
): CrossValidation {
  const blocks = splitBlocks(sentences, k);
  const folds: FoldScore[] = [];
  const allGold: string[][] = [];
  const allPred: string[][] = [];
  for (let f = 0; f < k; f++) {
    if (only && !only.has(f + 1)) continue;
    const rest = blocks.flatMap((b, i) => (i === f ? [] : b));
    const held = blocks[f];
    const tagger = train(rest, f);
    const gold = held.map((s) => Array.from(s.tags, (t) => TAGS[t]));
    const tokens = held.map((s) => s.tokens);
    const pred = tagger.tagSentences(tokens);
    const alone = tokens.map((t) => tagger.tagSentence(t));
    const fold: FoldScore = {
      fold: f + 1,
      sentences: held.length,
      tokens: held.reduce((n, s) => n + s.tokens.length, 0),
      document: scoreConll(gold, pred),
      model: scoreConll(gold, alone),
    };
    folds.push(fold);
    allGold.push(...gold);
    allPred.push(...pred);
    log(`fold ${f + 1}/${k}: ${fold.tokens} tokens held out, F1 ${pct(fold.document.micro.f1)} (model alone ${pct(fold.model.micro.f1)})`);
  }
  const mean = (get: (s: FoldScore) => number) => folds.reduce((n, s) => n + get(s), 0) / folds.length;
  const types: Record<string, number> = {};
  for (const type of Object.keys(folds[0].document.types)) types[type] = mean((s) => s.document.types[type]?.f1 ?? 0);
  return {
    k,
    folds,
    mean: {
      f1: mean((s) => s.document.micro.f1),
      types,
      modelF1: mean((s) => s.model.micro.f1),
      single: mean((s) => s.document.lengths.single.recall),
      multi: mean((s) => s.document.lengths.multi.recall),
    },
    pooled: scoreConll(allGold, allPred),
  };
}

const pct = (x: number) => (100 * x).toFixed(2);

/** The cross-validation as a Markdown table: one row per fold, then the mean. */
export function formatCrossValidation(cv: CrossValidation): string {
  const types = Object.keys(cv.pooled.types);
  const head = ['fold', 'tokens', 'P', 'R', 'F1', ...types, 'single R', 'multi R', 'model alone'];
  const rec = (r: RecallCount) => pct(r.recall);
  const f1 = (t: TypeScore | undefined) => (t ? pct(t.f1) : '–');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const f of cv.folds) {
    const d = f.document;
    lines.push(
      `| ${f.fold} | ${f.tokens} | ${pct(d.micro.precision)} | ${pct(d.micro.recall)} | ${pct(d.micro.f1)} | ${types.map((t) => f1(d.types[t])).join(' | ')} | ${rec(d.lengths.single)} | ${rec(d.lengths.multi)} | ${pct(f.model.micro.f1)} |`,
    );
  }
  const m = cv.mean;
  lines.push(
    `| **mean** | | | | **${pct(m.f1)}** | ${types.map((t) => pct(m.types[t] ?? 0)).join(' | ')} | ${pct(m.single)} | ${pct(m.multi)} | ${pct(m.modelF1)} |`,
  );
  const p = cv.pooled;
  lines.push(
    `| pooled | ${p.tokens} | ${pct(p.micro.precision)} | ${pct(p.micro.recall)} | ${pct(p.micro.f1)} | ${types.map((t) => f1(p.types[t])).join(' | ')} | ${rec(p.lengths.single)} | ${rec(p.lengths.multi)} | |`,
  );
  return lines.join('\n');
}
