// npm run self:tag — self-training data for train:ner --self: tags a sample of the unlabeled news
// (every Nth article of ../shared/unlabeled) with one model or one per fold (cv:ner --cv-models),
// each article one document as `arqam ner` tags it (name rules, propagation), and writes, for
// each model, the sentences naming something that it was surest of (the least, over the
// sentence's tokens, of the best tag's emission score less the second best's), up to a token
// budget, as CoNLL. A fold's file comes from that fold's model, which never saw its block.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TaggerModel } from './model.js';
import { NamePropagator } from './propagate.js';
import { script } from './script.js';
import { NerTagger } from './tagger.js';
import { TAGS } from './tags.js';
import { readUnlabeled } from './unlabeled.js';
import type { Span } from '../model/types.js';
import { splitSentences } from '../text/split-sentences.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';

const USAGE = `usage: npm run self:tag -- --model PATTERN --out PATTERN [--folds 1,2,3,4,5 (each replaces {fold})]
  [--every N (24)] [--max-articles N (3000)] [--tokens N (40000: the budget of each file)] [--shared DIR]`;

const cli = script('self:tag', USAGE);
const { log } = cli;

interface Kept {
  sentence: number;
  margin: number;
  tags: Uint8Array;
}

cli.run(async () => {
  const args = cli.options(
    () =>
      parseArgs({
        options: {
          model: { type: 'string' },
          out: { type: 'string' },
          folds: { type: 'string', default: '' },
          every: { type: 'string', default: '24' },
          'max-articles': { type: 'string', default: '3000' },
          tokens: { type: 'string', default: '40000' },
          shared: { type: 'string', default: '../shared' },
        },
      }).values,
  );
  const model = args.model ?? cli.fail('--model is required');
  const outPattern = args.out ?? cli.fail('--out is required');
  const every = cli.int('every', args.every, 1);
  const maxArticles = cli.int('max-articles', args['max-articles'], 1);
  const budget = cli.int('tokens', args.tokens, 1);
  const folds = args.folds === '' ? [''] : args.folds.split(',');
  const knowledge = defaultWordKnowledge();

  // The sampled articles' sentences, once for every model; a sentence seen before is left out.
  const articles: string[][][] = [];
  const seenText = new Set<string>();
  const spans: Span[] = [];
  let seen = 0;
  for await (const article of readUnlabeled(`${args.shared}/unlabeled`)) {
    if (seen++ % every !== 0) continue;
    if (articles.length >= maxArticles) break;
    const sentences: string[][] = [];
    for (const p of article.paragraphs) {
      spans.length = 0;
      for (const s of splitSentences(p, 0, p.length, spans)) {
        const tokens = tokenize(p, s.start, s.end, knowledge).map((t) => t.text);
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        if (seenText.has(key)) continue;
        seenText.add(key);
        sentences.push(tokens);
      }
    }
    articles.push(sentences);
  }
  const all = articles.flat();
  log(`${articles.length} articles, ${all.length} sentences, ${all.reduce((n, s) => n + s.length, 0)} tokens`);

  for (const fold of folds) {
    const tagger = new NerTagger(TaggerModel.load(model.replaceAll('{fold}', fold)), knowledge);
    const candidates: Kept[] = [];
    let sentence = 0;
    for (const doc of articles) {
      tagger.reset();
      const window = new NamePropagator<Kept>();
      const take = (done: readonly { tags: Uint8Array; payload: Kept }[]) => {
        for (const { tags, payload } of done) {
          const n = tags.length;
          // Sentences naming something, of 4 to 60 tokens, whose names all begin with B-.
          if (n < 4 || n > 60 || tags.every((t) => t === 0)) continue;
          payload.tags = tags.slice();
          candidates.push(payload);
        }
      };
      for (const tokens of doc) {
        const payload: Kept = { sentence: sentence++, margin: 0, tags: new Uint8Array(0) };
        const done = tagger.tagInDocument(window, tokens, payload);
        payload.margin = tagger.lastMargin(tokens.length);
        take(done);
      }
      take(window.flush());
    }
    candidates.sort((a, b) => b.margin - a.margin || a.sentence - b.sentence);
    const kept: Kept[] = [];
    let tokens = 0;
    for (const c of candidates) {
      if (tokens >= budget) break;
      kept.push(c);
      tokens += all[c.sentence].length;
    }
    kept.sort((a, b) => a.sentence - b.sentence);
    const out = outPattern.replaceAll('{fold}', fold);
    const lines: string[] = [];
    for (const k of kept) {
      lines.push(...all[k.sentence].map((t, i) => `${t} ${TAGS[k.tags[i]]}`));
      lines.push('');
    }
    writeFileSync(out, lines.join('\n'));
    const names = kept.reduce((n, k) => n + k.tags.filter((t) => TAGS[t].startsWith('B-')).length, 0);
    log(
      `model ${fold || model}: ${candidates.length} sentences naming something, ${kept.length} kept (${tokens} tokens, ${names} names, least margin ${kept.length ? Math.min(...kept.map((k) => k.margin)).toFixed(3) : '-'}) → ${out}`,
    );
  }
});
