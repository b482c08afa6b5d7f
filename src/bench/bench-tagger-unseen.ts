// node dist/bench/bench-tagger-unseen.js [MB]: the NER tagger alone on the sentences of MB
// (default 2) megabytes of unseen articles (unseen-sample.ts), with a tagger made fresh after a
// warm-up on ../shared/corpus, so every word type of the sample is new to its caches: the part
// of analyze() that the word types' first sight costs most. Prints {tokens, threadCpuMs} as JSON.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../eval/shared-paths.js';
import { readInput } from '../model/read-input.js';
import { threadCpuMs } from './cpu-clock.js';
import { unseenSample } from './unseen-sample.js';

async function main(): Promise<void> {
  const mb = process.argv[2] === undefined ? 2 : Number(process.argv[2]);
  const { analyzeDocument } = await import('../analyze.js');
  const { loadModel } = await import('../ner/load-model.js');
  const { NerTagger } = await import('../ner/tagger.js');
  const { NamePropagator } = await import('../ner/propagate.js');
  const sentencesOf = (text: string): string[][] => {
    const doc = analyzeDocument(text);
    return doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)).filter((s) => s.length > 0);
  };
  const tagAll = (tagger: InstanceType<typeof NerTagger>, docs: string[][][]): number => {
    let n = 0;
    for (const sentences of docs) {
      tagger.reset();
      const names = new NamePropagator<number>();
      for (const s of sentences) {
        tagger.tagInDocument(names, s, 0);
        n += s.length;
      }
      names.flush();
    }
    return n;
  };
  const warm = readdirSync(SHARED.corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => sentencesOf(readInput(join(SHARED.corpus, f)).text));
  const sample = (await unseenSample({ bytes: mb * 1e6 })).map((a) => sentencesOf(a.text));
  tagAll(new NerTagger(loadModel()), warm);
  const tagger = new NerTagger(loadModel());
  tagAll(tagger, warm);
  const t0 = threadCpuMs();
  const tokens = tagAll(tagger, sample);
  process.stdout.write(JSON.stringify({ tokens, threadCpuMs: threadCpuMs() - t0 }) + '\n');
}

void main();
