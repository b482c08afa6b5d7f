// Bodies and places named after a king, a prince or an imam: head + title + the person's name
// [+ adjectives] [+ لـ complement] is one name, not a mention of the person.
//   "مستشفى الملك فهد بالهفوف" (a hospital), "مركز الملك عبدالله العالمي للأبحاث الطبية",
//   "جامعة الملك خالد", "دارة الملك عبدالعزيز", "جامع الملك خالد", "مدينة الملك عبدالعزيز الطبية".
// ../shared/unlabeled writes such a head + الملك|الأمير|الملكة|الأميرة|الشيخ|الإمام|السلطان 4,300
// times (مركز 1,105, جامعة 783, مستشفى 681, مدينة 649, مؤسسة 162, مسجد 117, جامع 107, مكتبة 78,
// دارة 48, مجمع 46, كلية 45). The lexicon lists some (مدينة الملك عبدالعزيز للعلوم والتقنية, ORG in
// gold-dev); the others were the person (PERSON الملك سلمان in مركز الملك سلمان), the org cues' name
// cut at the title (جامعة الملك) or nothing. The head's value in cue-words.tsv (eponym_body) gives the
// type: an institution is an ORG, as gold-dev's مدينة الملك عبدالعزيز للعلوم والتقنية; a mosque a
// LOCATION. مدينة names a body only with what follows the name: a sports city is a place (مدينة الملك
// عبدالله الرياضية, from the ملعب before it when one stands there), an economic city a city (مدينة الملك
// عبدالله الاقتصادية, CITY in gold-dev), any other (الطبية، للعلوم والتقنية) an ORG; مدينة الشيخ زويد,
// with nothing after the name, is a town and left to the place lexicons.
// A cup, a league or a tournament named after a king or a prince is an event (كأس الأمير فيصل بن فهد،
// دوري الأمير محمد بن سلمان، بطولة الملك سلمان): ../shared/unlabeled writes كأس|دوري|بطولة + الأمير|الملك +
// a name about 70 times (دوري الأمير محمد بن سلمان 29, كأس الأمير فيصل بن فهد|بن خالد 14, كأس الملك سلمان 14);
// the person was read (PERSON محمد بن سلمان) or the cup cut at the title (كأس الملك).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { adjectiveShaped, joinedGivenName, lamPhraseEnd, nameRunEnd, participleShaped } from './phrases.js';
import { wordValues, words } from '../../lexicon/word-lists.js';
import type { EntityType } from '../../model/types.js';
import { TypeFlag } from '../../text/type-flag.js';

/**
 * Token j, proclitic letters and all, is a given name right after a king's or a prince's title: الملك فيصل is no ف + يصل.
 */
function titledGivenName(ctx: MatchContext, j: number): boolean {
  const t = ctx.tokens[j];
  return t?.kind === 'arabic' && hasProclitic(t) && ctx.gaz.givenNames.has(t.norm) && !ctx.isWordyGivenName(t);
}

/** Heads of a body or place named after a person, and the type of the name (ORG, LOCATION; مدينة: by what follows). */
const EPONYM_BODIES = wordValues('eponym_body');
/** Titles of the person a body is named after. */
const EPONYM_TITLES = words('eponym_title');
/** Adjectives after مدينة + title + name that make it a place or a city, not a body (الرياضية، الاقتصادية). */
const CITY_ADJECTIVES = wordValues('eponym_city_adjective');
/** Facilities before a sports city whose name they share (ملعب مدينة الملك عبدالله الرياضية). */
const FACILITY_PLACES = words('facility_place');
/** Organisation heads, which start another body after و (والغرفة التجارية). */
const ORG_CUES = words('org_cue');
const TYPES = new Set<string>(['ORG', 'LOCATION', 'CITY', 'EVENT', 'city']);
for (const [w, v] of EPONYM_BODIES) if (!TYPES.has(v)) throw new Error(`cue-words.tsv: eponym_body ${w} has type "${v}"`);

/** An indefinite head of EPONYM_BODIES (asked once per word type: `base` is a string made per token). */
const EPONYM_HEAD = new TypeFlag((t) => t.kind === 'arabic' && !isDefinite(t) && EPONYM_BODIES.has(t.base));

export function matchEponymNames(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  // The person's name ends at a cue, a known place (بالهفوف has its preposition anyway) or a country.
  const stop = (j: number): boolean => !!ctx.cueAt(j) || !!lex.at(j, ['COUNTRY', 'CITY', 'REGION', 'ORG']);
  // The name's first token, out of the loop: a closure over the loop's own i made a scope object for every token.
  let name = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    if (!EPONYM_HEAD.of(head) || ctx.isChrome(i)) continue;
    const kind = EPONYM_BODIES.get(head.base);
    if (!kind) continue;
    const title = tokens[i + 1];
    if (!ctx.sameSentence(i, i + 2) || title.clitics.some((c) => c.type !== 'article') || !EPONYM_TITLES.has(title.base)) continue;
    // فيصل before بن reads as ف + يصل to the splitter: a given name joined to its lineage is the whole word.
    // After the title the whole word is the name before any word too: جامع الملك فيصل، مستشفى الملك فيصل التخصصي
    // (../shared/unlabeled: مستشفى الملك فيصل 129 times, جامع|مسجد الملك فيصل 21), which gave the tagger's ORG الملك فيصل or nothing.
    const lineage = joinedGivenName(ctx, i + 2);
    const titled = !lineage && titledGivenName(ctx, i + 2);
    const joined = titled || lineage;
    if (hasProclitic(tokens[i + 2]) && !joined) continue;
    name = i + 2;
    // The whole word alone (a name's run takes no word with a proclitic but before بن).
    const nameEnd = titled ? name + 1 : nameRunEnd(ctx, name, 5, (j) => j > name && stop(j));
    if (nameEnd === i + 2 || !(joined || ctx.isGivenName(tokens[i + 2]))) continue;
    // Adjectives of the body (التخصصي، العالمي، الطبية، الرياضية), then a لـ complement (للأبحاث الطبية).
    let end = nameEnd;
    while (end < nameEnd + 2 && end < tokens.length && ctx.sameSentence(i, end)) {
      const t = tokens[end];
      const adjective = t.kind === 'arabic' && isDefinite(t) && !hasProclitic(t) && !t.stop && (adjectiveShaped(t) || participleShaped(t));
      if (!adjective || lex.at(end, ['COUNTRY']) || ctx.cueAt(end)) break;
      end++;
    }
    const said =
      kind === 'city' && end > nameEnd ? (CITY_ADJECTIVES.get(withoutArticle(tokens[nameEnd])) as EntityType | undefined) : undefined;
    // Only a body takes a complement (للأبحاث الطبية); it ends before another body joined by و
    // (مدينة الملك عبدالله للطاقة | والغرفة التجارية).
    if (kind === 'ORG' || (kind === 'city' && !said))
      end = Math.max(
        end,
        lamPhraseEnd(ctx, end, 4, (j) => stop(j) || ORG_CUES.has(withoutArticle(tokens[j]))),
      );
    let type = kind as EntityType;
    let from = i;
    if (kind === 'city') {
      if (end === nameEnd) continue;
      type = said ?? 'ORG';
      // ملعب مدينة الملك عبدالله الرياضية: the stadium is the sports city.
      const before = tokens[i - 1];
      if (type === 'LOCATION' && before && ctx.sameSentence(i - 1, i) && FACILITY_PLACES.has(before.base)) from = i - 1;
    }
    const candidate = patternCandidate(tokens, text, from, end, baseStart(tokens[from]), type, 'eponym-name');
    // An event keeps the places named inside it, as the event cues' do.
    out.push(type === 'EVENT' ? { ...candidate, container: true } : candidate);
    i = end - 1;
  }
  return out;
}

/** Kinds of hospital between a definite مستشفى and the person it is named after (الجهوي، الجامعي، المحلي، العسكري). */
const HOSPITAL_KINDS = words('hospital_kind');

/**
 * A hospital named after a person, with its kind between (Tunisian hospitals): المستشفى الجامعي فرحات حشاد، المستشفى الجهوي
 * الحسين بوزيان، المستشفى الجامعي فطومة بورقيبة. ../shared/unlabeled writes المستشفى + الجهوي|الجامعي|المحلي|العسكري + a given name
 * about 100 times (فرحات 28, الحبيب 21, الطاهر 16, فطومة 12, الحسين 8, الهادي 6); /tmp/s39/m-start/sample3k.out.jsonl read the
 * person (PERSON فرحات حشاد) or nothing. The name is a given name and at least one more word, none with a preposition: المستشفى
 * الجهوي بسيدي بوزيد is where it stands, المستشفى الجديد no name.
 */
export function matchHospitalEponyms(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  // The name's first token, out of the loop (a closure over the loop's i makes a scope object for every token).
  let name = 0;
  const stop = (j: number): boolean => j > name && (!!ctx.cueAt(j) || !!lex.at(j, ['COUNTRY', 'CITY', 'REGION', 'ORG']));
  for (let i = 0; i + 3 < tokens.length; i++) {
    const head = tokens[i];
    if (head.kind !== 'arabic' || withoutArticle(head) !== 'مستشفي' || !isDefinite(head) || ctx.isChrome(i)) continue;
    const kind = tokens[i + 1];
    if (!ctx.sameSentence(i, i + 2) || hasProclitic(kind) || !isDefinite(kind) || !HOSPITAL_KINDS.has(withoutArticle(kind))) continue;
    const first = tokens[i + 2];
    if (hasProclitic(first) || !ctx.isGivenName(first)) continue;
    name = i + 2;
    const end = nameRunEnd(ctx, name, 4, stop);
    if (end < i + 4) continue;
    out.push(patternCandidate(tokens, text, i, end, baseStart(head), 'ORG', 'eponym-hospital'));
    i = end - 1;
  }
  return out;
}
