// Stage 4: sentences of the body, never crossing a set-aside span.
import type { Stage } from '../../model/pipeline.js';
import type { Span } from '../../model/types.js';
import { splitSentences } from '../split-sentences.js';
import { bodySegments, inlineSkips } from './02-language.js';

export const sentences: Stage = {
  name: 'sentences',
  requires: ['body', 'set-aside'],
  assigns: ['sentences'],
  run(doc) {
    const spans: Span[] = [];
    const skips = inlineSkips(doc);
    for (const seg of bodySegments(doc)) splitSentences(doc.text, seg.start, seg.end, spans, skips);
    doc.sentences = spans.map((s, index) => ({ index, start: s.start, end: s.end, tokenStart: 0, tokenEnd: 0 }));
  },
};
