// Runs the text layer and the entity stage (no tagger, so results depend on lexicons and rules
// only) on a hand-written text; `ner` adds tagger spans by hand for the model-merge tests.
import { defaultStages } from '../../src/analyze.js';
import { Doc } from '../../src/model/document.js';
import { buildPipeline, type Stage } from '../../src/model/pipeline.js';
import type { NerSpan } from '../../src/model/document.js';
import { entitiesStage } from '../../src/entities/index.js';

const TEXT_LAYER = ['page-layout', 'language', 'normalize', 'sentences', 'tokens'];

export function textStages(): Stage[] {
  return defaultStages().filter((s) => TEXT_LAYER.includes(s.name));
}

/** A stage that tags the given surface strings as tagger spans (first occurrence of each). */
export function handTagger(spans: { text: string; type: NerSpan['type'] }[]): Stage {
  return {
    name: 'ner',
    requires: ['tokens'],
    assigns: ['ner'],
    run(doc) {
      for (const s of spans) {
        const start = doc.text.indexOf(s.text);
        if (start < 0) throw new Error(`hand tagger: ${s.text} not in the text`);
        const end = start + s.text.length;
        const toks = doc.tokens.filter((t) => t.start < end && t.end > start);
        doc.nerSpans.push({ start, end, type: s.type, tokenStart: toks[0].index, tokenEnd: toks[toks.length - 1].index + 1 });
      }
    },
  };
}

export function analyzeText(text: string, extra: Stage[] = []): Doc {
  const pipeline = buildPipeline([...textStages(), ...extra, entitiesStage()]);
  return pipeline.run(new Doc(text, 'test'));
}

/** "type:text" for every mention, in text order. */
export function mentionList(doc: Doc): string[] {
  return doc.entities
    .flatMap((e) => e.mentions.map((m) => ({ m, e })))
    .sort((a, b) => a.m.start - b.m.start)
    .map(({ m, e }) => `${e.type}:${m.text}`);
}
