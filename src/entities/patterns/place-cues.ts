// Places no lexicon has, found from the word that announces them.
// - settlement cues (مدينة، محافظة، ولاية، إقليم، قرية): "في مدينة الأفلاج" → CITY الأفلاج; the
//   mention is the name, the cue only says what it is.
// - منطقة: "منطقة تركستان" → a LOCATION (an area, not a settlement) unless the name is a known place.
// - feature cues (نهر، بحر، جبل، جزيرة، خليج، قناة، ميناء، مطار ...): "نهر إرتيش", "ميناء عدن" → a
//   LOCATION named with its cue. When the name after the cue is itself a known city (ميناء جدة),
//   the feature keeps it inside (the port and the city are both named); when it is a known
//   location (نهر النيل with النيل listed), the mention grows to include the cue.
import type { Candidate } from '../candidate.js';
import { formsGroup, PRIORITY } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { nameRunEnd } from './phrases.js';

const SETTLEMENT_CUES = new Set(['مدينه', 'محافظه', 'ولايه', 'اقليم', 'قريه', 'بلده', 'مقاطعه', 'امارة', 'اماره', 'مدن', 'محافظات', 'ولايات', 'مقاطعات']);
const AREA_CUES = new Set(['منطقه', 'مناطق']);
const FEATURE_CUES = new Set([
  'نهر', 'بحر', 'بحيره', 'جبل', 'جبال', 'جزيره', 'جزر', 'خليج', 'قناه', 'وادي', 'صحراء', 'واحه', 'حقل', 'ميناء', 'مطار', 'سد', 'مضيق', 'شلالات', 'هضبه',
]);

export function matchPlaceCues(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    if (cue.kind !== 'arabic' || ctx.isChrome(i)) continue;
    // Only an indefinite cue is followed by a name: مدينة الأفلاج, but المدينة المنورة is one name.
    if (cue.base.startsWith('ال')) continue;
    const word = cue.base;
    const settlement = SETTLEMENT_CUES.has(word);
    const area = AREA_CUES.has(word);
    const feature = !settlement && !area && FEATURE_CUES.has(word);
    if (!settlement && !area && !feature) continue;
    const n = i + 1;
    if (tokens[n].sentence !== cue.sentence) continue;
    // The lexicons know the whole name, cue included (ميناء عدن, قناة السويس): nothing to add.
    if (lex.over(i).length > 0) continue;
    const known = lex.at(n, ['CITY', 'COUNTRY', 'LOCATION', 'REGION', 'ORG']);
    if (known) {
      if (!feature || known.type === 'ORG' || known.type === 'REGION' || known.type === 'COUNTRY') continue;
      const start = baseStart(cue);
      const end = known.end;
      const surface = text.slice(start, end);
      if (known.type === 'LOCATION') {
        // نهر النيل: the known river, named with its cue.
        out.push({ ...known, tokenStart: i, start, name: known.name, rule: 'place-cue-known', priority: PRIORITY.pattern });
      } else {
        out.push({
          tokenStart: i, tokenEnd: known.tokenEnd, start, end, type: 'LOCATION', key: null, name: surface, nameEn: null,
          via: 'pattern', rule: 'place-cue-feature', priority: PRIORITY.pattern, container: true, country: known.country,
        });
      }
      continue;
    }
    // An unknown name: rare words and given names (الأفلاج, إرتيش, تشون-كيمين), not a known place.
    const end = nameRunEnd(ctx, n, 3, (j) => j > n && !!lex.at(j));
    if (end === n) continue;
    if (feature) {
      const start = baseStart(cue);
      const e = tokens[end - 1].end;
      out.push({
        tokenStart: i, tokenEnd: end, start, end: e, type: 'LOCATION', key: null, name: text.slice(start, e), nameEn: null,
        via: 'pattern', rule: 'place-cue-feature', priority: PRIORITY.pattern, group: formsGroup(tokens, n, end),
        // The name without its cue mentions the same place later (نهر إرتيش ... إرتيش).
        aliases: [{ from: n, to: end }],
      });
    } else {
      const start = baseStart(tokens[n]);
      const e = tokens[end - 1].end;
      out.push({
        tokenStart: n, tokenEnd: end, start, end: e, type: settlement ? 'CITY' : 'LOCATION', key: null, name: text.slice(start, e),
        nameEn: null, via: 'pattern', rule: settlement ? 'place-cue-settlement' : 'place-cue-area', priority: PRIORITY.pattern,
        group: formsGroup(tokens, n, end),
      });
    }
  }
  return out;
}
