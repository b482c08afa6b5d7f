// Parties and fronts named by a definite head and a political adjective, with no cue before them:
// "مرشحة الجبهة الوطنية مارين لوبان"، "حركة الجهاد الإسلامي"، "الحزب الشيوعي الصيني" → ORG. The
// names are the `party_name` list of entity-words.tsv (orgs.tsv has الحزب الجمهوري and الحزب
// الديمقراطي); ../shared/unlabeled (72,338 articles) writes them 1,096 times in 655 articles (الحزب
// الشيوعي 260, الجبهة الشعبية 161, الحزب الاشتراكي 150, الجهاد الإسلامي 127, الجبهة الوطنية 108,
// التيار الصدري 84).
// The name goes on over what the party's full name adds (`party_adjective`: الحزب الديمقراطي
// الكردستاني، الحزب الاشتراكي الديمقراطي، الحزب الدستوري الجديد) and over a country's adjective (الحزب
// الشيوعي الصيني، الحزب الشعبي الإسباني), not over a description (الحزب الجمهوري الحاكم).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { lamPhraseEnd } from './phrases.js';
import { words } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';

/** Party names: a definite head and an adjective (الحزب الجمهوري), folded. */
const PARTY_NAMES = words('party_name');
/** Words a party's full name goes on with (الكردستاني of الحزب الديمقراطي الكردستاني). */
const PARTY_ADJECTIVES = words('party_adjective');
/** Heads of the names without their article (حزب of الحزب الجمهوري). */
const HEADS = new Set([...PARTY_NAMES].map((n) => n.slice(2, n.indexOf(' '))));
/** A word type that may head a party's name (asked once per type). */
const MAY_HEAD = new TypeFlag((t) => t.kind === 'arabic' && isDefinite(t) && HEADS.has(withoutArticle(t)));

export function matchParties(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  // A word that goes on with the name: one of its words, or a country's adjective.
  const more = (j: number, sentence: number): number => {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || t.kind !== 'arabic' || hasProclitic(t) || !isDefinite(t)) return j;
    if (PARTY_ADJECTIVES.has(t.base)) return j + 1;
    const nisba = lex.at(j, ['COUNTRY']);
    return nisba && nisba.via === 'nisba' ? nisba.tokenEnd : j;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const head = tokens[i];
    if (!MAY_HEAD.of(head) || ctx.isChrome(i)) continue;
    const adjective = tokens[i + 1];
    if (adjective.sentence !== head.sentence || hasProclitic(adjective)) continue;
    if (!PARTY_NAMES.has(`ال${withoutArticle(head)} ${adjective.base}`)) continue;
    // Known already (a lexicon organisation over these words): nothing to add.
    if (lex.over(i).some((c) => c.type === 'ORG')) continue;
    let end = i + 2;
    for (let next = more(end, head.sentence); next > end && next - i <= 5; next = more(end, head.sentence)) end = next;
    // A front's name may go on with its aim: الجبهة الشعبية لتحرير فلسطين، الجبهة الوطنية للتحرير
    // (43 of its 292 pairs); a party's لـ phrase is mostly what it runs for (الحزب الجمهوري لانتخابات).
    if (withoutArticle(head) === 'جبهه') end = lamPhraseEnd(ctx, end, 3, (j) => !!lex.at(j, ['ORG', 'PERSON']));
    out.push(patternCandidate(tokens, text, i, end, baseStart(head), 'ORG', 'party'));
  }
  return out;
}
