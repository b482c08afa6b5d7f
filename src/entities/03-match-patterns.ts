// Step 3 (match, continued): names no lexicon has, from the patterns of patterns/: Latin org
// names, org cues (شركة X), holding companies (أرابتك القابضة), state bodies (الخارجية المصرية), parties (الحزب الجمهوري), quoted lists after شركات, place cues (نهر X, مدينة X), motorways (الطريق السيارة تونس صفاقس), event cues (معرض X 2025), elections (الانتخابات الفرنسية), games (الألعاب الأولمبية), leagues (الدوري الإسباني) and person
// cues (الدكتور X, رئيس أوزبكستان X), and rare words in a list of towns (في الدوادمي والجمش). Patterns read the lexicon candidates of steps 1–2 (a
// country after a role, a city after ميناء) but never remove them; step 5 resolves overlaps.
import type { Candidate } from './candidate.js';
import type { MatchContext } from './match-context.js';
import { CandidateIndex } from './patterns/lexicon-index.js';
import { matchEponymNames, matchHospitalEponyms } from './patterns/eponym-names.js';
import { matchElections } from './patterns/elections.js';
import { matchEventCues } from './patterns/event-cues.js';
import { matchGames } from './patterns/games.js';
import { matchHoldingNames } from './patterns/holding-names.js';
import { matchLeagues } from './patterns/leagues.js';
import { matchLatinOrgs } from './patterns/latin-orgs.js';
import { matchOrgCues } from './patterns/org-cues.js';
import { matchOrgLists } from './patterns/org-lists.js';
import { matchParties } from './patterns/parties.js';
import { matchPersonCues } from './patterns/person-cues.js';
import {
  matchMotorways,
  matchPlaceCues,
  matchRoads,
  matchTownFacilities,
  matchQuarterLists,
  matchQuarters,
  matchSaintPlaces,
} from './patterns/place-cues.js';
import { matchPlaceLists } from './patterns/place-lists.js';
import { matchForces, matchStateBodies } from './patterns/state-bodies.js';
import { matchSpelledAcronyms } from './patterns/spelled-acronyms.js';

/** Pattern candidates, given the lexicon candidates. */
export function matchPatterns(ctx: MatchContext, lexicon: Candidate[]): Candidate[] {
  const index = new CandidateIndex(lexicon);
  // A Latin word the lexicons know (JICA) is not read again as a pattern.
  const known = (i: number): boolean => index.over(i).some((c) => c.type === 'ORG');
  const places = [
    ...matchPlaceCues(ctx, index),
    ...matchSaintPlaces(ctx, index),
    ...matchQuarters(ctx, index),
    ...matchQuarterLists(ctx, index),
    ...matchMotorways(ctx, index),
    ...matchRoads(ctx, index),
    ...matchTownFacilities(ctx, index),
  ];
  return [
    ...matchLatinOrgs(ctx, known),
    ...matchSpelledAcronyms(ctx),
    ...matchOrgCues(ctx, index, new CandidateIndex(places)),
    ...matchHoldingNames(ctx, index),
    ...matchEponymNames(ctx, index),
    ...matchHospitalEponyms(ctx, index),
    ...matchStateBodies(ctx, index),
    ...matchForces(ctx, index),
    ...matchParties(ctx, index),
    ...matchOrgLists(ctx),
    ...places,
    ...matchPlaceLists(ctx, index, [...lexicon, ...places]),
    ...matchEventCues(ctx, index),
    ...matchElections(ctx, index),
    ...matchGames(ctx),
    ...matchLeagues(ctx, index),
    ...matchPersonCues(ctx, index),
  ];
}
