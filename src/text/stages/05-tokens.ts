// Stage 5: clitic-aware tokens of every sentence.
import type { Stage } from '../../model/pipeline.js';
import { tokenize } from '../tokenize.js';
import { defaultWordKnowledge, type WordKnowledge } from '../word-knowledge.js';

export function tokensStage(knowledge: WordKnowledge = defaultWordKnowledge()): Stage {
  return {
    name: 'tokens',
    requires: ['sentences'],
    assigns: ['tokens'],
    run(doc) {
      const tokens = doc.tokens;
      for (const s of doc.sentences) {
        s.tokenStart = tokens.length;
        tokenize(doc.text, s.start, s.end, knowledge, s.index, tokens.length, tokens);
        s.tokenEnd = tokens.length;
      }
    },
  };
}
