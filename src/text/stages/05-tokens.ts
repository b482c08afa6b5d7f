// Stage 5: clitic-aware tokens of every sentence.
import type { Stage } from '../../model/pipeline.js';
import { tokenize } from '../tokenize.js';
import { inlineSkips } from './02-language.js';
import { defaultWordKnowledge, type WordKnowledge } from '../word-knowledge.js';

export function tokensStage(knowledge: WordKnowledge = defaultWordKnowledge()): Stage {
  return {
    name: 'tokens',
    requires: ['sentences'],
    assigns: ['tokens'],
    run(doc) {
      const tokens = doc.tokens;
      const skips = inlineSkips(doc);
      let k = 0;
      for (const s of doc.sentences) {
        s.tokenStart = tokens.length;
        // Inline markup inside the sentence (HTML <a>, &nbsp;) is stepped over, never tokenized.
        while (k < skips.length && skips[k].end <= s.start) k++;
        let pos = s.start;
        for (let j = k; j < skips.length && skips[j].start < s.end; j++) {
          if (skips[j].start > pos) tokenize(doc.text, pos, skips[j].start, knowledge, s.index, tokens.length, tokens);
          pos = Math.max(pos, skips[j].end);
        }
        if (pos < s.end) tokenize(doc.text, pos, s.end, knowledge, s.index, tokens.length, tokens);
        s.tokenEnd = tokens.length;
      }
    },
  };
}
