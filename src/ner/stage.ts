// Pipeline stage `ner`: tags each sentence's tokens and records the entities as `doc.nerSpans`,
// each the source span from its first to its last token, for the entity stage to merge.
import type { NerSpan } from '../model/document.js';
import type { Stage } from '../model/pipeline.js';
import { defaultTagger } from './load-model.js';
import { NamePropagator, type WindowSentence } from './propagate.js';
import type { NerTagger } from './tagger.js';
import { NER_TYPES, forEachEntity } from './tags.js';

/** The entity spans of tag indexes `tags` over tokens [first, first + tags.length). */
export function spansOfTags(
  tags: Uint8Array,
  first: number,
  starts: (i: number) => number,
  ends: (i: number) => number,
  out: NerSpan[] = [],
): NerSpan[] {
  forEachEntity(tags, (i, j, type) =>
    out.push({ start: starts(first + i), end: ends(first + j - 1), type, tokenStart: first + i, tokenEnd: first + j }),
  );
  return out;
}

/** The stage; `tagger` defaults to the committed model, loaded when the stage first runs. */
export function nerStage(tagger?: NerTagger): Stage {
  return {
    name: 'ner',
    requires: ['tokens'],
    assigns: ['ner'],
    run(doc) {
      const t = tagger ?? defaultTagger();
      const tokens = doc.tokens;
      const starts = (i: number): number => tokens[i].start;
      const ends = (i: number): number => tokens[i].end;
      const record = (done: readonly WindowSentence<number>[]): void => {
        for (const { tags, payload: first } of done) spansOfTags(tags, first, starts, ends, doc.nerSpans);
      };
      // The document is tagged as one: names found in one sentence are carried to nearby ones
      // (propagate.ts), and the second pass remembers earlier sentences of this document only.
      // (tagDocument, sentence by sentence: the type ids of a sentence are copied into one array,
      // which the tagger does not keep.)
      t.reset();
      const names = new NamePropagator<number>();
      let typeIds = new Int32Array(256);
      for (const s of doc.sentences) {
        const n = s.tokenEnd - s.tokenStart;
        if (n <= 0) continue;
        const words = new Array<string>(n);
        if (typeIds.length < n) typeIds = new Int32Array(n * 2);
        for (let i = 0; i < n; i++) {
          const token = tokens[s.tokenStart + i];
          words[i] = token.text;
          typeIds[i] = token.typeId ?? 0;
        }
        record(t.tagInDocument(names, words, s.tokenStart, typeIds));
      }
      record(names.flush());
    },
  };
}

export { NER_TYPES };
