// Events: an event cue (قمة، مؤتمر، معرض، منتدى، ملتقى، مهرجان، إكسبو) followed by what names
// it: places, a rare name, a Latin name, a year, joined by – or و.
//   "القمة الأولى لآسيا الوسطى – اليابان", "معرض أوساكا 2025", "قمة شرم الشيخ", "منتدى دافوس",
//   "إكسبو 2020 دبي"; أسبوع، حوار، موسم، ماراثون only before a place: "حوار المنامة".
// A war by its place (حرب اليمن), by "world" and an ordinal (الحرب العالمية الثانية) or, civil, by its
// country's adjective (الحرب الأهلية اللبنانية).
// A cue followed only by common words (المؤتمر الصحفي, القمة على الإطلاق) names no event.
// An event keeps the places named inside it (أوساكا is also a city of the article).
import type { Candidate } from '../candidate.js';
import { formsGroup, patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, plainAt, withoutArticle } from '../token-view.js';
import { hasClitic } from '../../model/token.js';
import { type CandidateIndex, countryNisbaAt } from './lexicon-index.js';
import { adjectiveShaped, isYear, lamPhraseEnd, NAME_ENDS, nameRunEnd, quotedAt, verbLike } from './phrases.js';
import { wordValues, words, wordsOf } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';
import { WEEKDAYS } from '../../text/calendar.js';
import { CLITIC_BIT, cliticBits } from '../../model/token.js';

/**
 * Cues that name an event only with a place or a year right after them (أسبوع أبوظبي، حوار
 * المنامة، موسم الرياض، ماراثون دبي): with other words they are plain nouns (أسبوع حافل، حوار صحفي).
 */
const WAR_CUES = words('event_war');
const PLACE_ONLY_CUES = wordsOf(['event_place_only', 'event_war']);
const EVENT_CUES = wordsOf(['event_cue', 'sport_event_cue', 'event_place_only', 'event_war']);
/** An Arabic word of EVENT_CUES, with or without the article (asked once per word type). */
const EVENT_CUE = new TypeFlag((t) => t.kind === 'arabic' && EVENT_CUES.has(withoutArticle(t)));
/** "World" before an ordinal: الحرب العالمية الثانية names a war by itself. */
const WORLD = new Set(['العالمي', 'العالميه']);
/** Ordinals proper after a cue (القمة الأولى، المنتدى الثامن). */
const TRUE_ORDINALS = words('event_ordinal');
/** Ordinals and adjectives between a cue and the event's name (القمة الأولى لآسيا الوسطى، المؤتمر السنوي). */
const ORDINALS = wordsOf(['event_ordinal', 'event_scope']);
/** What may stand between a meeting's cue and the لـ complement naming it (المهرجان الوطني للتراث). */
const LAM_ADJECTIVES = wordsOf(['event_ordinal', 'event_scope', 'event_lam_adjective']);
/**
 * Cues that make a meeting named by a لـ complement after their adjectives (القمة العالمية
 * للحكومات، المؤتمر العالمي للجوال، المعرض الدولي للاختراعات، المهرجان العربي للإذاعة); منتدى and
 * ملتقى need an ordinal proper too, as with adjectives alone they name bodies as often (المنتدى
 * التونسي للحقوق الاقتصادية، الندوة العالمية للشباب الإسلامي).
 */
const LAM_MEETINGS: ReadonlyMap<string, string> = wordValues('event_lam_meeting');
/** Words of reach naming an event after a cue and a common noun (الدولي، العالمي، الوطني). */
const TOPIC_REACHES = words('event_topic_reach');
/** The nouns of a year (عام، العام، سنة), which date an event rather than name it. */
const YEAR_NOUNS = words('date_year_nouns');
/** The heads of bodies: a meeting "of" a body (المؤتمر السنوي للجمعية، المؤتمر الوطني للحزب) is the body's, not named. */
const ORG_CUES = words('org_cue');
const JOINERS = '-–—';
/** Definite words that name a cup after كأس: كأس العالم، كأس الملك، كأس الأمم. */
const CUP_NAMES = words('cup_name');
/** Indefinite heads of a construct that names a cup after كأس: كأس ولي العهد، كأس أمم أفريقيا. */
const CUP_CONSTRUCTS = words('cup_construct');
/** Adjectives that name a war by themselves: الحرب الباردة. */
const WAR_NAMES = words('war_name');
/** The players' class after a cup's name, with its لـ: للأندية، للشباب (كأس العالم للأندية). */
const CUP_CLASSES = words('cup_class');
/** Adjectives that end an event's name after its place: بطولة فرنسا المفتوحة. */
const NAME_ADJECTIVES = words('event_name_adjective');
/** A bloc's or region's adjective that names a summit after القمة: القمة العربية، القمة الأوروبية. */
const SUMMIT_ADJECTIVES = words('summit_adjective');
/** A region's or England's adjective after the cup's name (the lexicon has England as a CITY). */
const CUP_ADJECTIVES = words('cup_adjective');

/**
 * After the indefinite head of a cup's construct (كأس ولي العهد، كأس أمم أفريقيا، كأس خادم الحرمين
 * الشريفين), from k, its complement: a place the lexicon names, or up to `definites` definite words:
 * the end, or -1. ../shared/unlabeled writes كأس ولي العهد 191 times (160 articles), كأس أمم + a
 * continent 148, كأس خادم الحرمين الشريفين 112, كأس ملك + a country 103 (إسبانيا, تايلاند), كأس
 * رابطة المحترفين|الأندية 25+; the mentions had stopped at the head (كأس ملك) or were not read at all.
 */
function constructComplementEnd(ctx: MatchContext, lex: CandidateIndex, k: number, definites: number): number {
  const { tokens } = ctx;
  const sentence = tokens[k - 1].sentence;
  if (!plainAt(tokens, k, sentence) || tokens[k].kind !== 'arabic') return -1;
  const place = lex.at(k, ['COUNTRY', 'REGION', 'CITY']);
  if (place && place.via !== 'nisba') return place.tokenEnd;
  let end = k;
  while (
    end < k + definites &&
    plainAt(tokens, end, sentence) &&
    tokens[end].kind === 'arabic' &&
    !tokens[end].stop &&
    isDefinite(tokens[end])
  )
    end++;
  return end > k ? end : -1;
}

/**
 * After كأس at i, a word of its own that names the cup, with the adjective after it (كأس الاتحاد
 * الإنجليزي، كأس الأمم الأفريقية): the end of the name, or -1. ../shared/unlabeled writes كأس
 * العالم 7,365 times (the year after it in few: كأس العالم 2018 is most of those), كأس السوبر 731,
 * كأس الملك 369, كأس الاتحاد 401, كأس الأمم 186, كأس الخليج 116.
 */
function cupNameEnd(ctx: MatchContext, lex: CandidateIndex, i: number): number {
  const { tokens } = ctx;
  const t = tokens[i + 1];
  const sentence = tokens[i].sentence;
  const plain = (k: number): boolean => plainAt(tokens, k, sentence) && tokens[k].kind === 'arabic';
  if (!plain(i + 1)) return -1;
  let end = i + 2;
  if (CUP_CONSTRUCTS.has(t.base)) {
    end = constructComplementEnd(ctx, lex, i + 2, t.base === 'خادم' ? 2 : 1);
    if (end < 0) return -1;
  } else if (!CUP_NAMES.has(t.base)) return -1;
  const adjective = plain(end) ? lex.at(end, ['COUNTRY', 'REGION']) : undefined;
  if (adjective && adjective.via === 'nisba') end = adjective.tokenEnd;
  else if (plain(end) && CUP_ADJECTIVES.has(tokens[end].base)) end++;
  return end;
}

/**
 * After a definite meeting cue at i and its adjectives (up to j), the لـ complement that names the
 * meeting (الملتقى الأول للأمن السياحي، المؤتمر العالمي للهواتف الجوالة): its end, or -1.
 * ../shared/unlabeled writes definite cue + one or two adjectives + لـ 498 times (464 without المؤتمر الصحفي); of the
 * forms seen 3 times or more, القمة العالمية للحكومات 33, المؤتمر العالمي للجوال 16, الأسبوع الوطني
 * السادس للوقاية, الملتقى الأول للأمن السياحي, المهرجان العربي للإذاعة, المعرض الدولي للاختراعات.
 */
function lamMeetingEnd(ctx: MatchContext, lex: CandidateIndex, i: number, j: number): number {
  const { tokens } = ctx;
  const cue = tokens[i];
  const word = withoutArticle(cue);
  if (!cue.base.startsWith('ال') || (hasProclitic(cue) && !hasClitic(cue, 'prep')) || j === i + 1 || j > i + 3) return -1;
  let ordinal = false;
  for (let k = i + 1; k < j; k++) {
    if (!LAM_ADJECTIVES.has(tokens[k].base) || hasProclitic(tokens[k])) return -1;
    if (TRUE_ORDINALS.has(tokens[k].base)) ordinal = true;
  }
  const needs = LAM_MEETINGS.get(word);
  if (needs === undefined || (needs === 'ordinal' && !ordinal)) return -1;
  // The meeting of a body or of a country is that body's (المؤتمر الوطني للحزب، المؤتمر الوطني
  // للبرازيل: its congress), and the body keeps its own name; a meeting named by places is read
  // with them by the loop of matchEventCues (القمة الأولى لآسيا الوسطى – اليابان).
  if (!tokens[j] || ORG_CUES.has(withoutArticle(tokens[j])) || lex.at(j, ['ORG', 'COUNTRY', 'CITY', 'REGION', 'LOCATION'])) return -1;
  const end = meetingComplementEnd(ctx, j);
  return end > j ? end : -1;
}

/** The end of the لـ complement naming a meeting from j (lamPhraseEnd), stopped by a weekday or a word of time or holding. */
function meetingComplementEnd(ctx: MatchContext, j: number): number {
  const { tokens } = ctx;
  return lamPhraseEnd(ctx, j, 3, (k) => WEEKDAYS.has(tokens[k].base) || NAME_ENDS.has(tokens[k].base));
}

/**
 * After an event's name ending at `end`, its ordinals and words of reach (مهرجان قرطاج الدولي) and a
 * لـ complement after them (معرض جدة الدولي للكتاب): the name's new end.
 */
function adjectivesAfterName(ctx: MatchContext, sentence: number, end: number): number {
  const { tokens } = ctx;
  let k = end;
  while (k < end + 2 && plainAt(tokens, k, sentence) && LAM_ADJECTIVES.has(tokens[k].base)) k++;
  if (k === end) return end;
  const lam = meetingComplementEnd(ctx, k);
  if (lam > k) return lam;
  // Without a complement only ordinals and words of reach: مهرجان قرطاج الدولي, not قمة الرياض العربية.
  let m = end;
  while (m < k && ORDINALS.has(tokens[m].base)) m++;
  return m;
}

/**
 * After an indefinite cue at i, a definite common noun and a word of reach that agrees with the cue
 * rather than with the noun (مهرجان العسل الدولي، قمة المناخ العالمية; not مؤتمر المنظمة الدولية,
 * whose adjective is the organisation's): the end of the event's name with its ordinals and لـ
 * complement (adjectivesAfterName), or -1. ../shared/unlabeled writes مهرجان، معرض، مؤتمر، ملتقى or
 * منتدى + a definite word + الدولي/العالمي/الوطني 367 times (مهرجان العسل الدولي 91, مؤتمر الحوار
 * الوطني 43, معرض الكتاب الدولي 7, مهرجان الصيف الدولي 7); a nisba in second place is the cue's own
 * adjective (مهرجان السينمائي الدولي, a cut name) and is left out.
 */
function topicWithReachEnd(ctx: MatchContext, i: number): number {
  const { tokens } = ctx;
  const cue = tokens[i];
  const sentence = cue.sentence;
  if (cue.base.startsWith('ال') || (cliticBits(cue) & ~(CLITIC_BIT.conj | CLITIC_BIT.prep)) !== 0) return -1;
  const noun = tokens[i + 1];
  if (!plainAt(tokens, i + 1, sentence) || noun.kind !== 'arabic' || noun.stop || !noun.base.startsWith('ال') || adjectiveShaped(noun))
    return -1;
  const reach = tokens[i + 2];
  if (!plainAt(tokens, i + 2, sentence) || !TOPIC_REACHES.has(reach.base)) return -1;
  // The adjective agrees with the cue: feminine after قمة، بطولة, masculine after مهرجان، مؤتمر. A
  // plural in ات takes a feminine adjective too, so after a feminine cue it says nothing (لقمة
  // الصناعات العالمية, the top of world industry).
  if (cue.base.endsWith('ه') !== reach.base.endsWith('ه')) return -1;
  if (cue.base.endsWith('ه') && noun.base.endsWith('ات')) return -1;
  const end = adjectivesAfterName(ctx, sentence, i + 3);
  if (end > i + 3) return end;
  // A لـ complement right after the word of reach: بطولة الكأس الدولية للأبطال.
  const lam = meetingComplementEnd(ctx, i + 3);
  return lam > i + 3 ? lam : end;
}

/**
 * After a cue at i, one or two Arabic words (from j) and then a year or a Latin code (COP28,
 * Expo): the end of the event's name, or -1.
 */
function closedByCode(ctx: MatchContext, i: number, j: number): number {
  const { tokens } = ctx;
  for (let k = j; k < j + 2; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== tokens[i].sentence || w.kind !== 'arabic' || w.stop || (cliticBits(w) & ~CLITIC_BIT.article) !== 0) return -1;
    const next = tokens[k + 1];
    if (!next || next.sentence !== w.sentence) return -1;
    // عام / سنة before the year dates the event: حرب ستالينغراد عام 1943 is حرب ستالينغراد.
    if (isYear(next)) return !YEAR_NOUNS.has(w.norm) ? k + 2 : k > j ? k : -1;
    if ((next.kind === 'alnum' || next.kind === 'latin') && ctx.isCapitalized(next)) {
      let e = k + 2;
      while (
        tokens[e] &&
        tokens[e].sentence === w.sentence &&
        (tokens[e].kind === 'alnum' || tokens[e].kind === 'latin') &&
        ctx.isCapitalized(tokens[e])
      )
        e++;
      return e;
    }
  }
  return -1;
}

/** Cues that name an event only by the quoted name after them (حملة «...»، عملية "درع الفرات"). */
const QUOTED_CUES = words('event_quoted');
/** An Arabic word of QUOTED_CUES without the article or a possessive (asked once per word type). */
const QUOTED_CUE = new TypeFlag(
  (t) => t.kind === 'arabic' && !t.base.startsWith('ال') && !hasClitic(t, 'article') && !hasClitic(t, 'pronoun') && QUOTED_CUES.has(t.base),
);

/** Whether the quoted word at `k` is a name: Latin, letters and digits, a word the tagged corpora see in names, or a lexicon name. */
function quotedWordNamed(ctx: MatchContext, lex: CandidateIndex, k: number): boolean {
  const t = ctx.tokens[k];
  return t.kind === 'latin' || t.kind === 'alnum' || (t.kind === 'arabic' && ctx.namedByCorpus(t)) || !!lex.at(k);
}

/**
 * Whether a word of tokens [start, end) is a name (quotedWordNamed). A function, not a closure in
 * the loop: a closure over the loop's quote made V8 give every token's pass a scope object (s24).
 */
function someQuotedWordNamed(ctx: MatchContext, lex: CandidateIndex, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (quotedWordNamed(ctx, lex, k)) return true;
  return false;
}

/**
 * A campaign, an operation, a contest or a seminar named in quotes: the quoted name is the event (عملية
 * "درع الفرات"، حملة «أولاد العود عيدوها»، مسابقة «أمير الشعراء»، ندوة «عكاظ»). ../shared/unlabeled writes
 * these cues + a quoted stretch 668 times; a scare quote is no name: one word must be a name (عملية "تحرير"،
 * حملة "تشهير"، عملية "إرهابية" name nothing), and a verb or a function word opens none (حملة "شملت قصفا").
 */
function quotedEvents(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const ids = ctx.typeIds;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!QUOTED_CUE.ofType(ids[i], tokens[i]) || ctx.isChrome(i)) continue;
    const q = quotedAt(ctx, i + 1, 6);
    if (!q) continue;
    const inner = tokens.slice(q.start, q.end);
    const first = inner[0];
    if (first.stop || verbLike(first)) continue;
    // One word names the event only if the tagged corpora see it in names (عملية "الفيصل"), not a rare
    // word of the trade (عملية «التكريك», dredging).
    if (inner.length === 1 && (!quotedWordNamed(ctx, lex, q.start) || adjectiveShaped(first))) continue;
    // Two indefinite words open a description, not a name (عملية "اغتصاب جماعي وقتل"، عملية "مطاردة ساحرات
    // قانونية"، عملية «إعادة هيكلة أساسية»), where no word is a name; a name is definite or a construct
    // (عملية "السهم الذهبي"، "جسر الجليد"، "عاصفة الحزم").
    const second = inner[1];
    if (
      second &&
      first.kind === 'arabic' &&
      !isDefinite(first) &&
      second.kind === 'arabic' &&
      !isDefinite(second) &&
      !someQuotedWordNamed(ctx, lex, q.start, q.end)
    )
      continue;
    out.push({ ...patternCandidate(tokens, text, q.start, q.end, tokens[q.start].start, 'EVENT', 'event-quoted'), container: true });
  }
  return out;
}

/**
 * From e, the adjectives of a bloc, a region or a country (feminine, agreeing with القمة), joined by
 * nothing or a dash (القمة الكورية-الكورية), at most three: the end of the last, or e.
 */
function summitAdjectivesEnd(ctx: MatchContext, lex: CandidateIndex, e: number, sentence: number): number {
  const { tokens } = ctx;
  let end = e;
  for (let k = e, n = 0; n < 3 && plainAt(tokens, k, sentence); n++) {
    if (SUMMIT_ADJECTIVES.has(tokens[k].base)) k++;
    else {
      const nisba = countryNisbaAt(lex, tokens, k, true);
      if (!nisba) break;
      k = nisba.tokenEnd;
    }
    end = k;
    if (tokens[k] && ctx.isPunct(tokens[k], JOINERS) && tokens[k].sentence === sentence) k++;
  }
  return end;
}

export function matchEventCues(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = quotedEvents(ctx, lex);
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    if (!EVENT_CUE.ofType(ids[i], cue) || ctx.isChrome(i)) continue;
    const word = withoutArticle(cue);
    let j = i + 1;
    let ordinalEnd = -1;
    while (j < tokens.length && tokens[j].sentence === cue.sentence && ORDINALS.has(tokens[j].base) && j < i + 3) j++;
    if (j > i + 1) ordinalEnd = j;
    // الوطني، العربي only before a لـ complement (المهرجان الوطني للتراث).
    let lamFrom = j;
    while (lamFrom < i + 3 && tokens[lamFrom] && tokens[lamFrom].sentence === cue.sentence && LAM_ADJECTIVES.has(tokens[lamFrom].base))
      lamFrom++;
    const lamEnd = lamFrom > i + 1 ? lamMeetingEnd(ctx, lex, i, lamFrom) : -1;
    let end = -1;
    let parts = 0;
    const placeOnly = PLACE_ONLY_CUES.has(word);
    // A year right after the cue names it, with the host place after (إكسبو 2020 دبي).
    if (!placeOnly && tokens[j] && tokens[j].sentence === cue.sentence && isYear(tokens[j])) {
      end = j + 1;
      const host = tokens[end] && tokens[end].sentence === cue.sentence ? lex.at(end, ['CITY', 'COUNTRY']) : undefined;
      if (host && host.via !== 'nisba') end = host.tokenEnd;
      parts = 1;
      j = end;
    }
    const yearFirst = parts > 0;
    if (!yearFirst && lamEnd > 0) {
      end = lamEnd;
      parts = 1;
      ordinalEnd = lamFrom;
    }
    for (;;) {
      if (yearFirst || lamEnd > 0) break;
      const t = tokens[j];
      if (!t || t.sentence !== cue.sentence) break;
      const q = parts === 0 ? quotedAt(ctx, j) : null;
      // The first part may be an organisation too: قمة مجموعة العشرين, منتدى أوبك.
      const known = lex.at(
        j,
        parts === 0 && !placeOnly ? ['CITY', 'COUNTRY', 'REGION', 'LOCATION', 'ORG'] : ['CITY', 'COUNTRY', 'REGION', 'LOCATION'],
      );
      let next = -1;
      if (placeOnly && !(known && known.via !== 'nisba')) break;
      if (q) next = q.end + 1;
      else if (known && !(known.via === 'nisba')) next = known.tokenEnd;
      else if (ctx.isCapitalized(t)) {
        next = j + 1;
        while (tokens[next] && ctx.isCapitalized(tokens[next]) && tokens[next].sentence === cue.sentence) next++;
      } else if ((parts === 0 || cliticBits(t) === 0) && !t.base.startsWith('ال') && !adjectiveShaped(t)) {
        // ... and no adjective: "مؤتمر صحافي" is a press conference.
        // A rare word without the article (منتدى دافوس); "قمة الهرم" is the top of the pyramid.
        // A copy of j for the closure: a closure over the loop's own j would make a scope object for every token.
        const from = j;
        const e = nameRunEnd(ctx, from, 3, (k) => k > from && !!lex.at(k));
        if (e > j) next = e;
      }
      if (next < 0) break;
      parts++;
      end = next;
      j = next;
      if (tokens[j] && isYear(tokens[j])) {
        end = ++j;
        break;
      }
      // Another part after a dash or و: لآسيا الوسطى – اليابان.
      const joiner = tokens[j];
      if (
        joiner &&
        (ctx.isPunct(joiner, JOINERS) || joiner.norm === 'و') &&
        tokens[j + 1] &&
        lex.at(j + 1, ['COUNTRY', 'CITY', 'REGION'])
      ) {
        j++;
        continue;
      }
      break;
    }
    // After the place, the event's reach or ordinal and its لـ complement belong to its name: معرض
    // جدة الدولي للكتاب، مهرجان الفجيرة الدولي للفنون، مهرجان قرطاج الدولي (../shared/unlabeled:
    // cue + word + an adjective of reach or an ordinal + لـ 221 times).
    if (parts > 0 && end > 0 && !yearFirst && lamEnd < 0) end = adjectivesAfterName(ctx, cue.sentence, end);
    // بطولة فرنسا المفتوحة، بطولة ميامي المفتوحة: the open tournament of a place (../shared/unlabeled:
    // بطولة + a place + المفتوحة 285 times, فرنسا 105, أميركا 34, ميامي 28, أستراليا 28).
    if (parts > 0 && end > 0 && plainAt(tokens, end, cue.sentence) && NAME_ADJECTIVES.has(tokens[end].base)) end++;
    // A cup named by a word of its own (كأس العالم), and its year where one follows: the mentions
    // with and without the year are one event (كأس العالم 2018 ... كأس العالم).
    let group: string | undefined;
    // (The run of the loop may have read the head alone: كأس ملك before إسبانيا.)
    if (parts <= 1 && word === 'كاس' && !cue.base.startsWith('ال')) {
      let named = cupNameEnd(ctx, lex, i);
      // كأس العالم للأندية، كأس العالم للشباب: the cup of a class of players is another cup
      // (../shared/unlabeled: كأس العالم للأندية 141 times, للشباب 17, للسيدات 12, للناشئين 6).
      if (named > 0 && tokens[named]?.sentence === cue.sentence && CUP_CLASSES.has(tokens[named].norm)) named++;
      if (named > end) {
        group = formsGroup(tokens, i, named);
        end = tokens[named] && tokens[named].sentence === cue.sentence && isYear(tokens[named]) ? named + 1 : named;
      }
    }
    // A cue in construct with a definite common noun, then a word of reach agreeing with the cue:
    // مهرجان العسل الدولي الثامن، مؤتمر الحوار الوطني، معرض الكتاب الدولي، قمة المناخ العالمية.
    if (parts === 0 && end < 0 && !placeOnly && word !== 'كاس') end = topicWithReachEnd(ctx, i);
    // Common words closed by a year or a Latin code name an event too: كأس العالم 2022,
    // مؤتمر الأطراف COP28, معرض الكتاب 2024.
    if (parts === 0 && end < 0) end = closedByCode(ctx, i, j);
    // الحرب العالمية الثانية: a war named by "world" and its ordinal alone.
    if (end < 0 && WAR_CUES.has(word) && ordinalEnd === i + 3 && WORLD.has(tokens[i + 1].base) && !WORLD.has(tokens[i + 2].base))
      end = ordinalEnd;
    // الحرب الأهلية السورية: a civil war named by its country's adjective (../shared/unlabeled: about
    // 80 times, السورية 36, اللبنانية 16, اليمنية 6, الأميركية 5; الحرب الأهلية في X 93 more).
    let civil = false;
    if (end < 0 && WAR_CUES.has(word) && cue.base.startsWith('ال') && tokens[i + 1]?.base === 'الاهليه') {
      const nisba = countryNisbaAt(lex, tokens, i + 2, true);
      if (nisba && tokens[i + 2].sentence === cue.sentence) {
        end = nisba.tokenEnd;
        civil = true;
      }
    }
    // الحرب في سوريا، الحرب الأهلية في لبنان: a war named by its country after في (../shared/unlabeled writes
    // الحرب [الأهلية] في + a word 589 times, + a country about 420: سوريا 222, اليمن 130, العراق 17, لبنان 8,
    // أفغانستان 6; the others a town, البلاد or a time, which name none). Only a war: المرشد الأعلى للثورة في
    // إيران names no uprising.
    if (end < 0 && word === 'حرب' && cue.base.startsWith('ال')) {
      let k = i + 1;
      if (plainAt(tokens, k, cue.sentence) && tokens[k].base === 'الاهليه') k++;
      const country = plainAt(tokens, k, cue.sentence) && tokens[k].norm === 'في' ? lex.at(k + 1, ['COUNTRY']) : undefined;
      if (country && country.via !== 'nisba' && plainAt(tokens, k + 1, cue.sentence)) {
        end = country.tokenEnd;
        civil = true;
      }
    }
    // الحرب الباردة، الحرب السورية، الحرب الكورية، الحرب العراقية الإيرانية: a war named by its own
    // adjective or its countries' (../shared/unlabeled: الحرب الباردة 230, السورية 165, الكورية 129,
    // العراقية 37, الإسرائيلية 28, الفيتنامية 8; الحرب التجارية 158 and الحرب الدائرة 106 name none).
    if (end < 0 && WAR_CUES.has(word) && cue.base.startsWith('ال')) {
      let e = i + 1;
      const sentence = cue.sentence;
      if (plainAt(tokens, e, sentence) && WAR_NAMES.has(tokens[e].base)) e++;
      else
        for (
          let nisba = plainAt(tokens, e, sentence) ? countryNisbaAt(lex, tokens, e, true) : undefined;
          nisba && e < i + 3;
          nisba = plainAt(tokens, e, sentence) ? countryNisbaAt(lex, tokens, e, true) : undefined
        )
          e = nisba.tokenEnd;
      if (e > i + 1) {
        end = e;
        civil = true;
      }
    }
    // القمة العربية، القمة الأوروبية، القمة الكورية، القمة الأمريكية الكورية الشمالية: a summit named by
    // the adjectives of its bloc, region or countries (../shared/unlabeled: القمة العربية 149, الأوروبية 31,
    // الأفريقية 13, الكورية 12, الإسلامية 9, الأمريكية 8; القمة التاريخية 225 and الثلاثية 29 name none).
    if (end < 0 && word === 'قمه' && cue.base.startsWith('ال')) {
      const e = summitAdjectivesEnd(ctx, lex, i + 1, cue.sentence);
      if (e > i + 1) {
        end = e;
        civil = true;
      }
    }
    if (end < 0) continue;
    // A definite cue heads no construct (القمة ظروفاً): it needs an ordinal or adjective before
    // the name (القمة الأولى لآسيا الوسطى) or a quoted name.
    const definite = cue.base.startsWith('ال');
    if (definite && ordinalEnd < 0 && !civil && !quotedAt(ctx, i + 1)) continue;
    out.push({
      ...patternCandidate(tokens, text, i, end, baseStart(cue), 'EVENT', 'event-cue'),
      ...(group ? { group } : {}),
      container: true,
      // The cue and its ordinal stand for the event later in the article (القمة الأولى ستتناول).
      aliases: ordinalEnd > 0 ? [{ from: i, to: ordinalEnd }] : undefined,
    });
  }
  return out;
}
