// Elections are events where the text says whose they are: the elections cue, the words of their
// kind (الرئاسية، انتخابات الرئاسة، التشريعية) and a country's adjective, or a year:
//   "انتخابات الرئاسة الفرنسية"، "الانتخابات الفرنسية" (holdout4 gold: one event), "للانتخابات
//   التشريعية التركية"، "الانتخابات الرئاسية الأمريكية 2016"، "انتخابات 2018".
// ../shared/unlabeled (72,338 articles) writes the cue, kind words and an adjective in -ية about 3,900
// times (2,227 articles); the country's are about 1,100 of them: الأمريكية|الأميركية 520, العراقية 155,
// التركية 96, المصرية 76, الفرنسية 70, اللبنانية 62, الروسية 37. Elections named by their kind alone
// (الانتخابات البلدية 1,157, الانتخابات الرئاسية) say nothing of which: they are left alone.
// The mentions of one country's elections are one event (الانتخابات الرئاسية الفرنسية ... الانتخابات
// الفرنسية), and the country stays a mention of its own inside the name (the event is a container).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, withoutArticle } from '../token-view.js';
import { type CandidateIndex, countryNisbaAt } from './lexicon-index.js';
import { isYear } from './phrases.js';
import { words } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';

const ELECTION_CUES = words('election_cue');
const ELECTION_KINDS = words('election_kind');
/** Bodies named after the elections: مفوضية الانتخابات الباكستانية is the commission. */
const ELECTION_BODIES = words('election_body');
/** انتخابات or الانتخابات, with any proclitic (للانتخابات، وبانتخابات), asked once per word type. */
const ELECTION_CUE = new TypeFlag((t) => t.kind === 'arabic' && ELECTION_CUES.has(withoutArticle(t)));

export function matchElections(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const inSentence = (j: number, sentence: number): boolean => !!tokens[j] && tokens[j].sentence === sentence;
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    if (!ELECTION_CUE.ofType(ids[i], cue) || ctx.isChrome(i)) continue;
    const before = tokens[i - 1];
    if (before && before.sentence === cue.sentence && before.kind === 'arabic' && ELECTION_BODIES.has(withoutArticle(before))) continue;
    let j = i + 1;
    while (j < i + 3 && inSentence(j, cue.sentence) && !hasProclitic(tokens[j]) && ELECTION_KINDS.has(tokens[j].base)) j++;
    let end = -1;
    let country: string | null = null;
    // A country's adjective in the feminine, as the plural noun takes it (not الانتخابات في مصر).
    const nisba = inSentence(j, cue.sentence) && !hasProclitic(tokens[j]) ? countryNisbaAt(lex, tokens, j, true) : undefined;
    if (nisba && nisba.key) {
      end = nisba.tokenEnd;
      country = nisba.key;
    }
    const yearAt = end > 0 ? end : j;
    if (inSentence(yearAt, cue.sentence) && isYear(tokens[yearAt])) end = yearAt + 1;
    if (end < 0) continue;
    const candidate = patternCandidate(tokens, text, i, end, baseStart(cue), 'EVENT', 'election');
    out.push({ ...candidate, container: true, group: country ? `election:${country}` : candidate.group });
  }
  return out;
}
