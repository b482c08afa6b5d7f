// Tags the tokens of a gold CoNLL text and scores the result against its tags.
import { parseConll, type ConllSentence } from './read-conll.js';
import { defaultTagger } from './load-model.js';
import { scoreConll, type ConllScore } from './score-conll.js';
import type { NerTagger } from './tagger.js';
import { parseTag, TAGS } from './tags.js';

/**
 * Entity-level score of the tagger on gold CoNLL (`TOKEN ... TAG` lines, blank line between
 * sentences). Throws an Error naming the line of a token without a tag.
 */
export function evaluateConll(text: string | readonly ConllSentence[], tagger: NerTagger = defaultTagger(), name = 'input'): ConllScore {
  const sentences = typeof text === 'string' ? parseConll(text) : text;
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of sentences) {
    const missing = s.tags.indexOf(null);
    if (missing >= 0) throw new Error(`${name}:${s.line + missing}: token "${s.tokens[missing]}" has no tag column`);
    // Gold written with other names of the types (B-PER, I-MIS) is read as ours.
    gold.push((s.tags as string[]).map((t) => (parseTag(t) >= 0 ? TAGS[parseTag(t)] : t)));
  }
  // The text is one document: names found in one sentence are carried to nearby ones.
  return scoreConll(gold, tagger.tagSentences(sentences.map((s) => s.tokens)));
}
