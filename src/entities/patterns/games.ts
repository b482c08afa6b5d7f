// Multi-sport games are events: الألعاب and the adjective that names them, with their season and
// year where they follow: "الألعاب الأولمبية"، "دورة الألعاب الأولمبية الشتوية"، "الألعاب الآسيوية".
// ../shared/unlabeled writes الألعاب الأولمبية 304 times (الشتوية after it 28, الصيفية 19) and الآسيوية
// 23; the other adjectives after الألعاب are kinds of games (النارية 376, الشعبية 93, الإلكترونية 86).
// دورة before them is part of the name (دورة الألعاب الأولمبية: 61 of the 304 with الشتوية).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, plainAt, withoutArticle } from '../token-view.js';
import { isYear } from './phrases.js';
import { words } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';

const GAMES_NAMES = words('games_name');
const GAMES_SEASONS = words('games_season');
/** الألعاب, with any proclitic (بالألعاب، للألعاب), asked once per word type. */
const GAMES_CUE = new TypeFlag((t) => t.kind === 'arabic' && t.base.startsWith('ال') && withoutArticle(t) === 'العاب');

export function matchGames(ctx: MatchContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    if (!GAMES_CUE.ofType(ids[i], cue) || ctx.isChrome(i)) continue;
    if (!plainAt(tokens, i + 1, cue.sentence) || !GAMES_NAMES.has(tokens[i + 1].base)) continue;
    let end = i + 2;
    if (plainAt(tokens, end, cue.sentence) && GAMES_SEASONS.has(tokens[end].base)) end++;
    if (tokens[end] && tokens[end].sentence === cue.sentence && isYear(tokens[end])) end++;
    // دورة الألعاب الأولمبية: the word before, where the games have no proclitic of their own.
    const before = tokens[i - 1];
    const from =
      before && before.sentence === cue.sentence && withoutArticle(before) === 'دوره' && !hasProclitic(cue) && !ctx.isChrome(i - 1)
        ? i - 1
        : i;
    out.push({ ...patternCandidate(tokens, text, from, end, baseStart(tokens[from]), 'EVENT', 'games', i), container: true });
  }
  return out;
}
