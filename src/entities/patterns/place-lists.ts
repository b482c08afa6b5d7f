// A town in a list of towns: a rare word joined by و to a town the lexicons or a settlement cue
// name is a town too ("في الغاط والرويضة والدرعية", "في الدوادمي والجمش", "مديريتي عبس ومستبأ").
// Small towns are the largest share of the places missed on unseen news, and news names them in
// lists far more than after a cue. On 5,978 articles of ../shared/unlabeled (every 24th record from
// 5 and from 11) this adds 61 mentions in 45 articles, 54 right by reading (تبن، التواهي، الحجرة،
// شانغهاي), 7 wrong: two clubs after a city-named club (برشلونة وأتليتكو), two participles
// (والمتهمة، والمتصرف الجهوي), a noun with its pronoun (ووداعه), a park (ياس ووتروورلد) and a
// town whose ب the clitic splitter took (بوسالم read وسالم).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { verbLike } from './phrases.js';
import { wordsOf } from '../../lexicon/word-lists.js';
import { CLITIC_BIT, PROCLITIC_BITS, cliticBits, cliticForms, hasClitic } from '../../model/token.js';

/** Words before the first item that open a list of places: في، من، بين، مثل, settlement and area cues and their duals. */
const OPENERS = wordsOf(['place_list_opener', 'settlement_cue', 'district_cue', 'area_cue']);
/** A plural or dual noun (والمحدثات، ومعهدين، ومحافظتي), a verb (ويخطفون، وشارفوا، ويحتجزان، وستحفر), a pronoun suffix (ومينائها): no town. */
const NOT_TOWN_SHAPE = /(ات|ون|ين|وا|تي|تا|تاه|وه|ها|هم|هما)$|^س[يتن]..|^[يت]...+ان$/;

/** A preposition written on a town's name and left there by the clitic splitter (لحريملاء، بحريملاء). */
const UNSPLIT_PREPOSITIONS = new Set(['ل', 'ب']);

/** The token is written with و as its only proclitic. */
function joinedByWa(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'arabic' || !hasClitic(t, 'conj')) return false;
  // The only proclitic is the conjunction و (no list made: most tokens ask).
  if ((cliticBits(t) & PROCLITIC_BITS) !== CLITIC_BIT.conj) return false;
  let wa = false;
  for (const c of cliticForms(t)) {
    if (c.type !== 'conj') continue;
    if (wa || c.text !== 'و') return false;
    wa = true;
  }
  return wa;
}

export function matchPlaceLists(ctx: MatchContext, lex: CandidateIndex, cities: readonly Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  /** The first token of the town ending at each end, and the end of the town starting at each start. */
  const startOf = new Map<number, number>();
  const endOf = new Map<number, number>();
  // Towns whose preposition the clitic splitter left on the word, the name being too rare to
  // split off by its counts: the lexicon read حريملاء in "لحريملاء والبجادية", تطاوين in
  // "بتطاوين والصمار". On a sample of 3,000 articles of ../shared/unlabeled this opens 2 more
  // lists: الصمار right, غادرتاه ("and left it") a verb that the shape test below now refuses.
  const withPreposition = new Set<number>();
  for (const c of cities) {
    if (c.type !== 'CITY') continue;
    startOf.set(c.tokenEnd, c.tokenStart);
    endOf.set(c.tokenStart, c.tokenEnd);
    const t = tokens[c.tokenStart];
    if (cliticBits(t) === 0 && UNSPLIT_PREPOSITIONS.has(text.slice(t.start, c.start))) withPreposition.add(c.tokenStart);
  }
  if (endOf.size === 0) return [];
  const tagged = new Set<number>();
  for (const s of ctx.doc.nerSpans)
    if (s.type === 'PERS' || s.type === 'ORG') for (let k = s.tokenStart; k < s.tokenEnd; k++) tagged.add(k);
  // A word that may be a town of the list: rare, no verb, no given name, nothing the lexicons,
  // the cues or the tagger name (فيسبوك وكامبريدج: the tagger reads an organisation).
  const townWord = (j: number): boolean => {
    const t = tokens[j];
    if (!t || t.kind !== 'arabic' || ctx.isChrome(j) || tagged.has(j)) return false;
    if (!ctx.isRare(t) || verbLike(t) || ctx.isGivenName(t) || ctx.cueAt(j)) return false;
    if (hasClitic(t, 'pronoun') || NOT_TOWN_SHAPE.test(t.base)) return false;
    return lex.over(j).length === 0;
  };
  // The items of the list through token j (a town from j or the word at j): its first token and how many.
  const list = (j: number): { first: number; items: number } => {
    let first = j;
    let items = 1;
    while (joinedByWa(ctx, first) && items < 30) {
      const prev = startOf.get(first);
      if (prev === undefined || tokens[prev].sentence !== tokens[first].sentence) break;
      first = prev;
      items++;
    }
    let end = endOf.get(j) ?? j + 1;
    while (joinedByWa(ctx, end) && endOf.has(end) && tokens[end].sentence === tokens[j].sentence && items < 30) {
      end = endOf.get(end)!;
      items++;
    }
    return { first, items };
  };
  // A list starts with an item without و (in "مع والكوت وكازورلا" والكوت is a name, not و +
  // الكوت) and is a list of places: three items at least, or opened by a preposition or a cue
  // (في الدوادمي والجمش، لحريملاء والبجادية، مديريتي عبس ومستبأ).
  const placeList = (first: number, items: number): boolean => {
    const t = tokens[first];
    if (joinedByWa(ctx, first)) return false;
    if (items >= 3) return true;
    if (hasClitic(t, 'prep') || withPreposition.has(first)) return true;
    const prev = tokens[first - 1];
    return !!prev && prev.kind === 'arabic' && prev.sentence === t.sentence && (OPENERS.has(prev.base) || OPENERS.has(prev.norm));
  };
  const out: Candidate[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (let j = 0; j < tokens.length; j++) {
      if (endOf.has(j)) continue;
      const t = tokens[j];
      // "X وY": Y after a town, joined by و; "Y وX": Y before one.
      const after = joinedByWa(ctx, j) && startOf.has(j) && tokens[j - 1].sentence === t.sentence;
      const before = endOf.has(j + 1) && joinedByWa(ctx, j + 1) && tokens[j + 1].sentence === t.sentence;
      if ((!after && !before) || !townWord(j)) continue;
      startOf.set(j + 1, j);
      endOf.set(j, j + 1);
      const { first, items } = list(j);
      if (!placeList(first, items)) {
        startOf.delete(j + 1);
        endOf.delete(j);
        continue;
      }
      changed = true;
      out.push(patternCandidate(tokens, text, j, j + 1, baseStart(t), 'CITY', 'place-list'));
    }
  }
  return out;
}
