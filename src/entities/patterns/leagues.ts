// Football leagues are events, as tournaments and cups are (كأس العالم 2022, event-cues.ts):
// - the league of a country, by its adjective: "الدوري الإسباني"، "الدوري الإنجليزي الممتاز"
//   (the Premier League keeps its الممتاز), "الدوري السعودي"; a region's league too (الدوري الأوروبي);
//   England is a CITY of the lexicon, so its adjective is listed with the regions' (league_adjective);
// - the champions' leagues, by their region: "دوري أبطال أوروبا"، "دوري أبطال آسيا", and "دوري الأبطال".
// ../shared/unlabeled writes دوري أبطال + a region about 3,300 times (أوروبا 2,772, آسيا 339, أفريقيا
// 155), دوري الأبطال 747 times and الدوري + a country's, England's or Europe's adjective about 5,400
// (الإنجليزي|الإنكليزي 2,096, الإسباني 773, الأوروبي 449, السعودي 428, الإيطالي 405, الفرنسي 275).
// - a country's league by its level or its professionals, with the country's adjective: "دوري الدرجة
//   الأولى الإسباني"، "دوري المحترفين الإماراتي" (../shared/unlabeled: دوري الدرجة + an ordinal + a
//   country's adjective about 330 times, الإسباني 144, الإيطالي 82, الألماني 52, الفرنسي 47; دوري
//   المحترفين السعودي 75, الإماراتي 16).
// - the Tunisian professional leagues by their level: "الرابطة المحترفة الأولى"، "الرابطة المحترفة الثانية"
//   (../shared/unlabeled 275 times, 237 of them after بطولة: "بطولة الرابطة المحترفة الأولى لكرة القدم").
// A league named by its level or sponsor alone (دوري الدرجة الأولى، دوري عبداللطيف جميل) is left alone.
// The country stays a mention of its own inside the name (the event is a container).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import { type CandidateIndex, countryNisbaAt } from './lexicon-index.js';
import { words } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';

/** Adjectives that name a league as a country's does: a region's (الدوري الأوروبي), England's (الدوري الإنجليزي). */
const LEAGUE_ADJECTIVES = words('league_adjective');

/** Ordinals of a league's level after الدرجة: الأولى، الثانية. */
const LEVELS = words('event_ordinal');

/** الرابطة, of the Tunisian professional leagues (asked once per word type). */
const LIGUE_CUE = new TypeFlag((t) => t.kind === 'arabic' && t.base === 'الرابطه');

/** دوري or الدوري (asked once per word type: withoutArticle makes a string of every definite token). */
const LEAGUE_CUE = new TypeFlag((t) => t.kind === 'arabic' && withoutArticle(t) === 'دوري');

export function matchLeagues(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const word = (j: number, sentence: number): boolean =>
    !!tokens[j] && tokens[j].sentence === sentence && tokens[j].kind === 'arabic' && !hasProclitic(tokens[j]);
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    if (LIGUE_CUE.ofType(ids[i], cue) && !ctx.isChrome(i)) {
      // الرابطة المحترفة الأولى.
      if (word(i + 1, cue.sentence) && word(i + 2, cue.sentence) && tokens[i + 1].base === 'المحترفه' && LEVELS.has(tokens[i + 2].base))
        out.push({ ...patternCandidate(tokens, text, i, i + 3, baseStart(cue), 'EVENT', 'league'), container: true });
      continue;
    }
    if (!LEAGUE_CUE.ofType(ids[i], cue) || ctx.isChrome(i)) continue;
    const n = i + 1;
    if (!word(n, cue.sentence)) continue;
    let end = -1;
    if (!isDefinite(cue) && withoutArticle(tokens[n]) === 'ابطال') {
      // دوري أبطال أوروبا; دوري الأبطال.
      const region = lex.at(n + 1, ['REGION']);
      if (isDefinite(tokens[n])) end = n + 1;
      else if (region && tokens[n + 1].sentence === cue.sentence && !hasProclitic(tokens[n + 1])) end = region.tokenEnd;
    } else if (!isDefinite(cue) && (tokens[n].base === 'المحترفين' || tokens[n].base === 'الدرجه')) {
      // دوري الدرجة الأولى الإسباني، دوري المحترفين الإماراتي.
      let k = n + 1;
      if (tokens[n].base === 'الدرجه') k = word(k, cue.sentence) && LEVELS.has(tokens[k].base) ? k + 1 : -1;
      const nisba = k > 0 && word(k, cue.sentence) ? countryNisbaAt(lex, tokens, k, false) : undefined;
      if (nisba) end = nisba.tokenEnd;
      else if (k > 0 && word(k, cue.sentence) && LEAGUE_ADJECTIVES.has(tokens[k].base)) end = k + 1;
    } else if (isDefinite(cue) && isDefinite(tokens[n])) {
      const nisba = countryNisbaAt(lex, tokens, n, false);
      if (nisba) end = nisba.tokenEnd;
      else if (LEAGUE_ADJECTIVES.has(tokens[n].base)) end = n + 1;
      // The Premier League: الدوري الإنجليزي الممتاز.
      if (end > 0 && word(end, cue.sentence) && tokens[end].base === 'الممتاز') end++;
    }
    if (end < 0) continue;
    out.push({ ...patternCandidate(tokens, text, i, end, baseStart(cue), 'EVENT', 'league'), container: true });
  }
  // دوري الأبطال is the champions' league the article names with its region, where it names one:
  // "دوري أبطال أوروبا ... بدوري الأبطال الثلاثاء المقبل" (holdout4 h4-03).
  const bare = (c: Candidate): boolean => c.tokenEnd - c.tokenStart === 2 && isDefinite(tokens[c.tokenStart + 1]);
  const regional = out.filter((c) => !bare(c) && withoutArticle(tokens[c.tokenStart + 1]) === 'ابطال');
  const named = new Set(regional.map((c) => c.group));
  if (named.size !== 1) return out;
  const target = regional[0];
  return out.map((c) =>
    bare(c) && withoutArticle(tokens[c.tokenStart + 1]) === 'ابطال' ? { ...c, name: target.name, group: target.group } : c,
  );
}
