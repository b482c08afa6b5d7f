// Stage 5: clitic-aware tokens of every sentence.
import type { Stage } from '../../model/pipeline.js';
import type { Token } from '../token.js';
import { tokenizeInto } from '../tokenize.js';
import { inlineSkips } from './02-language.js';
import { defaultWordKnowledge, type WordKnowledge } from '../word-knowledge.js';

/**
 * The tokens of the document being tokenized, written over from the start for each document and
 * copied out at its end: pushed into a new array, each document's list grew by copies (about 12 MB
 * of 5 MB of unseen news) and kept up to half its length unused. Emptied after the copy, so that
 * it keeps no token of a document alive.
 */
const scratch: Token[] = [];

export function tokensStage(knowledge: WordKnowledge = defaultWordKnowledge()): Stage {
  return {
    name: 'tokens',
    requires: ['sentences'],
    assigns: ['tokens'],
    run(doc) {
      const tokens = scratch;
      let n = 0;
      for (const t of doc.tokens) tokens[n++] = t;
      const skips = inlineSkips(doc);
      let k = 0;
      for (const s of doc.sentences) {
        s.tokenStart = n;
        // Inline markup inside the sentence (HTML <a>, &nbsp;) is stepped over, never tokenized.
        while (k < skips.length && skips[k].end <= s.start) k++;
        let pos = s.start;
        for (let j = k; j < skips.length && skips[j].start < s.end; j++) {
          if (skips[j].start > pos) n = tokenizeInto(doc.text, pos, skips[j].start, knowledge, s.index, n, tokens, n);
          pos = Math.max(pos, skips[j].end);
        }
        if (pos < s.end) n = tokenizeInto(doc.text, pos, s.end, knowledge, s.index, n, tokens, n);
        s.tokenEnd = n;
      }
      doc.tokens = tokens.slice(0, n);
      tokens.fill(EMPTY_SLOT, 0, n);
    },
  };
}

/** What the scratch list holds where a token was (never read: the list is read up to its count only). */
const EMPTY_SLOT = undefined as unknown as Token;
