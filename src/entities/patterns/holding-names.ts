// Holding companies named by the word that ends their name (company_suffix: القابضة): "أرابتك القابضة"،
// "شركة العثيم القابضة"، "المملكة القابضة"، "مجموعة الطيار القابضة". ../shared/unlabeled writes X + القابضة
// 381 times in 205 articles; the words before it are the company's name (المملكة 21, دانية 11, النعيم 11,
// فاروس 10, الجميح 5), a لـ complement of it (الطيار للسفر 17, ... للاستثمارات 11, ... للتنمية 11) or a
// company cue (الشركة القابضة 12, شركة 9: no name). The name is one word, or two where the first is a rare
// one (ماجد الفطيم) or the second its لـ complement; a company cue before it is left out of the mention
// as org-cues.ts leaves شركة out (شركة سيمنز → سيمنز), a group's is kept (مجموعة الطيار القابضة).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, withoutArticle } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { isYear, verbLike } from './phrases.js';
import { wordValues, words } from '../../lexicon/word-lists.js';
import { hasClitic } from '../../model/token.js';
import { TypeFlag } from '../../text/type-flag.js';

/** Words that end a company's name (القابضة "holding"). */
const COMPANY_SUFFIXES = words('company_suffix');
/** Organisation cues and how the name after them is read (company: without the cue). */
const ORG_CUES = wordValues('org_cue');
/** Adjectives that describe a company rather than name it (جديدة، مشتركة). */
const GENERIC_WORDS = words('company_describing');

/**
 * A word of the name: Arabic, in the sentence, no function word, verb, number, cue or describing
 * adjective. A function, not a closure in the loop (a closure over the loop's sentence made V8 give
 * every token's pass a scope object, s24).
 */
function nameWord(tokens: MatchContext['tokens'], j: number, sentence: number): boolean {
  const t = tokens[j];
  return (
    !!t &&
    t.sentence === sentence &&
    t.kind === 'arabic' &&
    !t.stop &&
    !verbLike(t) &&
    !isYear(t) &&
    !hasClitic(t, 'pronoun') &&
    !ORG_CUES.has(withoutArticle(t)) &&
    !GENERIC_WORDS.has(t.norm) &&
    !GENERIC_WORDS.has(withoutArticle(t))
  );
}

/** An Arabic word of COMPANY_SUFFIXES without a proclitic (asked once per word type). */
const COMPANY_SUFFIX = new TypeFlag((t) => t.kind === 'arabic' && !hasProclitic(t) && COMPANY_SUFFIXES.has(t.base));

export function matchHoldingNames(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const ids = ctx.typeIds;
  for (let k = 2; k < tokens.length; k++) {
    const suffix = tokens[k];
    if (!COMPANY_SUFFIX.ofType(ids[k], suffix) || ctx.isChrome(k)) continue;
    const sentence = suffix.sentence;
    let start = k - 1;
    if (!nameWord(tokens, start, sentence)) continue;
    // X للسفر القابضة: the لـ complement belongs to the name before it.
    const complement = hasClitic(tokens[start], 'prep') && tokens[start].norm.startsWith('ل');
    if (complement) {
      start--;
      if (!nameWord(tokens, start, sentence) || hasProclitic(tokens[start])) continue;
    } else if (hasProclitic(tokens[start]) && !hasClitic(tokens[start], 'conj')) continue;
    // ماجد الفطيم القابضة: a rare word before the name is part of it.
    if (
      !hasProclitic(tokens[start]) &&
      nameWord(tokens, start - 1, sentence) &&
      !hasProclitic(tokens[start - 1]) &&
      ctx.isRare(tokens[start - 1])
    )
      start--;
    const cue = tokens[start - 1];
    // Only a company's or a group's cue heads the name: after إدارة or مجلس the company is the board's
    // (مجلس إدارة المملكة القابضة is المملكة القابضة).
    const cueWord =
      cue && cue.sentence === sentence && cue.kind === 'arabic' && !hasClitic(cue, 'pronoun')
        ? ORG_CUES.get(withoutArticle(cue))
        : undefined;
    const cueClass = cueWord === 'company' || cueWord === 'named' ? cueWord : undefined;
    // Without a cue the name must look like one: a rare word, a word the tagged corpora see in names, or
    // a name of the lexicon (المملكة القابضة); a common word is not (سهم القابضة).
    // After و the word goes on a list or a complement before it, and only a rare one names the company
    // (مجموعة الحصان للتعليم والتدريب القابضة is no company التدريب القابضة).
    if (!cueClass && !(hasClitic(tokens[start], 'conj') ? ctx.isRare(tokens[start]) : ctx.looksNamed(tokens[start]) || lex.at(start)))
      continue;
    const from = cueClass && cueClass !== 'company' ? start - 1 : start;
    out.push(patternCandidate(tokens, text, from, k + 1, baseStart(tokens[from]), 'ORG', 'org-holding'));
  }
  return out;
}
