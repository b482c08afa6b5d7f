// Pipeline stage `ner`: tags each sentence's tokens and records the entities as `doc.nerSpans`,
// each the source span from its first to its last token, for the entity stage to merge.
import type { NerSpan } from '../model/document.js';
import type { Stage } from '../model/pipeline.js';
import { defaultTagger } from './load-model.js';
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
      function* sentences(): Generator<{ tokens: string[]; payload: number }> {
        for (const s of doc.sentences) {
          const n = s.tokenEnd - s.tokenStart;
          if (n <= 0) continue;
          const words = new Array<string>(n);
          for (let i = 0; i < n; i++) words[i] = tokens[s.tokenStart + i].text;
          yield { tokens: words, payload: s.tokenStart };
        }
      }
      // The document is tagged as one: names found in one sentence are carried to nearby ones
      // (propagate.ts), and the second pass remembers earlier sentences of this document only.
      for (const { tags, payload: first } of t.tagDocument(sentences())) {
        spansOfTags(
          tags,
          first,
          (i) => tokens[i].start,
          (i) => tokens[i].end,
          doc.nerSpans,
        );
      }
    },
  };
}

export { NER_TYPES };
