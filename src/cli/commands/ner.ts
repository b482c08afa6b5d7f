// arqam ner --conll: CoNLL tokens on stdin (one per line, extra columns ignored, blank line
// between sentences) → each token with its IOB2 tag on stdout. The input is one document: a
// sentence is written once the names of the sentences after it are known (src/ner/propagate.ts,
// 20 sentences later), so memory stays bounded by that window whatever the input size.
import type { Command } from 'commander';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { readConllStream } from '../../ner/read-conll.js';
import { defaultTagger } from '../../ner/load-model.js';
import { TaggerModel } from '../../ner/model.js';
import { NamePropagator, type WindowSentence } from '../../ner/propagate.js';
import { NerTagger } from '../../ner/tagger.js';
import { TAGS } from '../../ner/tags.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';

export interface NerStreamStats {
  sentences: number;
  tokens: number;
}

/** Tags every sentence of `input` and writes `token TAG` lines, a blank line after each sentence. */
export async function nerStream(input: Readable, output: Writable, tagger: NerTagger): Promise<NerStreamStats> {
  const stats: NerStreamStats = { sentences: 0, tokens: 0 };
  const names = new NamePropagator<readonly string[]>();
  const write = async (done: WindowSentence<readonly string[]>[]) => {
    if (done.length === 0) return;
    let text = '';
    for (const { payload: tokens, tags } of done) {
      for (let i = 0; i < tokens.length; i++) text += `${tokens[i]} ${TAGS[tags[i]]}\n`;
      text += '\n';
      stats.sentences++;
      stats.tokens += tokens.length;
    }
    if (!output.write(text)) await once(output, 'drain');
  };
  tagger.reset();
  for await (const s of readConllStream(input)) await write(tagger.tagInDocument(names, s.tokens, s.tokens));
  await write(names.flush());
  return stats;
}

export function registerNer(program: Command, setStatus: (code: number) => void): void {
  program
    .command('ner')
    .description('tag CoNLL tokens on stdin (one per line, blank line between sentences) with PERS, LOC, ORG, MISC (IOB2)')
    .option('--conll', 'CoNLL in and out (the only format)')
    .option('--model <file>', 'a model file written by npm run train:ner (default: the committed model)')
    .action(async (opts: { conll?: boolean; model?: string }) => {
      if (!opts.conll) throw new UsageError('ner needs --conll');
      let tagger: NerTagger;
      try {
        tagger = opts.model ? new NerTagger(TaggerModel.load(opts.model)) : defaultTagger();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new UsageError(`cannot load the NER model: ${reason}`);
      }
      const stats = await nerStream(process.stdin, process.stdout, tagger);
      if (process.stderr.isTTY) process.stderr.write(`arqam ner: ${stats.tokens} tokens in ${stats.sentences} sentences\n`);
      setStatus(EXIT_OK);
    });
}
