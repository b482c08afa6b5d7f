// Organisations no lexicon has, found from the word that announces them.
// - company cue + proper name [+ لـ complement]: "شركة سيمنز" → سيمنز, "أوراسكوم للإنشاءات";
//   the company is called by its name, so the mention leaves شركة out.
// - cue + word + لـ complement: "شركة تقنية للطاقة" (a common word is only a name with its
//   complement; the mention keeps the cue).
// - definite cue + adjective (a country nisba or an institutional one) + لـ complement:
//   "الشركة السعودية للكهرباء", "الهيئة العامة للاستثمار".
// - institution cue + definite noun phrase: "وزارة الكهرباء", "هيئة الرقابة الإدارية".
// - named cue + known place [+ adjective] [+ complement]: "بنك قطر الوطني", "جامعة الملك سعود".
// - cue + quoted name: شركة «أكوا باور» → أكوا باور.
// - cue + indefinite noun + definite noun phrase, a construct that names the body: "معهد بحوث
//   المياه والطاقة", "اتحاد كرة القدم", "هيئة كبار العلماء" (not مجلس إدارة الشركة, the board of one).
// - a trailing country nisba belongs to an official name: "وزارة التخطيط المصرية", "مؤسسة النقد
//   العربي السعودي", "جمعية رجال الأعمال المصريين"; the nisba still names the country (step 5).
// - a court by its kind alone: "المحكمة العليا", "المحكمة الجزائية المتخصصة" (محكمة الاستئناف is an
//   institution + definite noun phrase).
// Plural cues (شركات) and a bare definite cue (الشركة) announce no name.
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import type { LexEntry } from '../gazetteer.js';
import { baseStart, fIsInitial, hasProclitic, isDefinite, isFacilityWord, withBa, withoutArticle } from '../token-view.js';
import { adjectiveNisbaAt, type CandidateIndex, plainNisbaAt } from './lexicon-index.js';
import {
  adjectiveShaped,
  definitePhraseEnd,
  isYear,
  lamPhraseEnd,
  NAME_ENDS,
  nameLike,
  nameRunEnd,
  ORG_ADJECTIVES,
  quotedAt,
  verbLike,
} from './phrases.js';
import { wordValues, words, wordsOf } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';
import { WEEKDAYS } from '../../text/calendar.js';
import { CLITIC_BIT, cliticBits, hasClitic, type Token } from '../../model/token.js';
import { commonInNews, frequentCommonInNews } from '../../ner/common-classes.js';

type CueClass = 'company' | 'named' | 'institution' | 'party' | 'municipal' | 'directorate';

/** Org cue words (normalized, without the article) and how the name after them is read. */
const CUE_CLASSES: readonly CueClass[] = ['company', 'named', 'institution', 'party', 'municipal', 'directorate'];
const ORG_CUES = wordValues('org_cue') as ReadonlyMap<string, CueClass>;
for (const [w, c] of ORG_CUES)
  if (!CUE_CLASSES.includes(c)) throw new Error(`cue-words.tsv: org_cue ${w} has class "${c}", not one of ${CUE_CLASSES.join(', ')}`);

/**
 * Settlement and area words between a municipal cue and its place (أمانة منطقة القصيم، بلدية محافظة الخبر،
 * شرطة مدينة الرياض), read from the list when the place cue trie does not start there.
 */
const MUNICIPAL_AREAS = wordsOf(['settlement_cue', 'area_cue']);

/** The capital (العاصمة) and the adjective that makes it Mecca (العاصمة المقدسة), after a municipal cue. */
const CAPITAL_WORDS = words('capital_word');
const HOLY_CAPITAL = words('holy_capital');

/**
 * Indefinite nouns after a cue that make a construct about another body, not a name: مجلس إدارة
 * الشركة (the company's board: 568 of 3,341 "cue + indefinite noun + definite" in SaudiNewsNet),
 * مجلس أمناء الجامعة, أعضاء, رئيس.
 */
const NOT_CONSTRUCT = words('not_construct');

/**
 * Kinds of court that name one after المحكمة alone: المحكمة العليا، المحكمة الجزائية المتخصصة.
 * ../shared/unlabeled writes المحكمة + one of them 1,899 times in 1,034 articles (العليا 672,
 * الجنائية 400, الابتدائية 286, العامة 118, الدستورية 107): "أيدت المحكمة العليا الحكم".
 */
const COURT_KINDS = words('court_kind');

/** Nouns after which محكمة is the adjective "tight": أكياس محكمة الغلق (sealed bags). */
const SEALED_NOUNS = words('sealed_noun');

/**
 * What a chamber (غرفة) is of when it is a body (التجارة، الصناعية): before anything else غرفة is a room
 * (غرفة نوم، غرفة الملابس، غرفة العمليات).
 */
const CHAMBER_DOMAINS = words('chamber_domain');

/** Words of place between a body and a place, which say where it is, not whose (مستشفى قرب رام الله، مستشفى داخل السعودية). */
const SITE_WORDS = words('site_preposition');

/** Adjectives after a company cue that describe a company rather than name it. */
const GENERIC_WORDS = words('company_describing');

/** Words after an institution cue that make the phrase generic, not a name (مجلس الإدارة). */
const GENERIC_HEADS = words('generic_institution_head');

/**
 * What مصلحة heads an administration of (مصلحة الجمارك، مصلحة الضرائب); before anything else it is
 * "the interest of" (مصلحة الوطن والمواطن، مصلحة الشعبين، مصلحة البصرة). ../shared/unlabeled, 300 of
 * the 1,631 articles with مصلحة (every 4th): 142 ORG mentions opened with it, 48 administrations.
 */
const ADMINISTRATION_DOMAINS = words('administration_domain');

/**
 * Words of building and opening (project-words.tsv: action, action_verb): a hospital after one is a
 * facility being built, which the project stage reads (بناء مستشفى متعدد الاختصاصات بباجة، بناء مستشفى
 * فرحات حشاد الجديد), not a body that already acts.
 */
const BUILDING = wordsOf(['action', 'action_verb']);

/** Heads of a body named after a person (كلية الملك فهد): a directorate's complement does not open one. */
const EPONYM_BODIES = words('eponym_body');

/** Prepositions a verbal noun governs (النظر في، الحصول على، البحث عن): after a "لل" complement they end the name before it. */
const GOVERNED_PREPOSITIONS = words('governed_preposition');

/** An Arabic word of ORG_CUES (asked once per word type: most tokens then make no form without the article). */
const ORG_CUE = new TypeFlag((t) => t.kind === 'arabic' && (ORG_CUES.has(withoutArticle(t)) || wholeCue(t)));

/**
 * A municipal cue the clitic splitter took apart: بلدية is often read as ب + لديه ("he has"), so that in one
 * article of /tmp/s31/sample3k.jsonl بلدية الجبيل was read as the municipality and elsewhere only CITY الخرج was.
 * ../shared/unlabeled writes bare بلدية (no proclitic, no article) 1,528 times. The whole word is the cue.
 */
function wholeCue(t: Token): boolean {
  return t.kind === 'arabic' && ORG_CUES.get(t.norm) === 'municipal' && !ORG_CUES.has(withoutArticle(t));
}
const WHOLE_CUE = new TypeFlag(wholeCue);

/**
 * A frequent common word of the news without the article (asked once per word type): after a cue other
 * than a company's it describes the place, it names no body: غرفة نوم، مركز اقتراع، مركز حضانة، هيئة
 * محلفين، منظمة متطرفة. On 3,000 unlabeled articles (/tmp/s31/sample3k.jsonl) 363 ORG mentions were a cue +
 * one word without the article; this took away 9, all descriptions (هيئة محلفين 4, مركز اقتراع, غرفة نوم, مركز
 * حضانة, منظمة متطرفة, مجموعة موضوعات), and بنك أوف, the cut start of بنك أوف أميركا. A company's cue is left
 * alone: the company is called by its proper name, and أرامكو (a class of 117 tagged tokens, 13 named) is near the line.
 */
const COMMON_NOUN = new TypeFlag((t) => t.kind === 'arabic' && !t.stop && frequentCommonInNews(t));

function cueClass(ctx: MatchContext, i: number): CueClass | undefined {
  const t = ctx.tokens[i];
  if (!ORG_CUE.ofType(ctx.typeIds[i], t)) return undefined;
  return ORG_CUES.get(withoutArticle(t)) ?? ORG_CUES.get(t.norm);
}

/** Heads of a news medium before its quoted name (صحيفة، قناة، موقع ...). */
const MEDIA_HEADS = wordsOf(['media_head', 'publication_head']);

/**
 * A news medium's head + its quoted name: the name is the medium's (صحيفة "كذاك"، قناة "السومرية"، موقع
 * "بلومبرغ"، صحيفة «ديلي صباح»). On 3,000 unlabeled articles (/tmp/s31/sample3k.jsonl) this added or
 * corrected about 115 mentions, all but 3 right by reading: the place inside the name was the mention
 * (CITY ديلي in «ديلي ميل», COUNTRY فيتنام in "فيتنام نيوز"), قناة read as a canal (LOCATION قناة
 * "السومرية") or the name was missed (صحيفة "كذاك"); wrong, شبكة as a network of robbers or of wifi
 * (شبكة "براكاجات"، شبكة "الواي فاي"). A quoted name the lexicon reads whole keeps the lexicon's reading
 * (موقع "السعودية", the airline's).
 */
/** A media head without a possessive pronoun (asked once per word type: `clitics` and withoutArticle make arrays and strings). */
const MEDIA_HEAD = new TypeFlag((t) => t.kind === 'arabic' && !hasClitic(t, 'pronoun') && MEDIA_HEADS.has(withoutArticle(t)));

function mediaQuotes(ctx: MatchContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const ids = ctx.typeIds;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!MEDIA_HEAD.ofType(ids[i], t) || ctx.isChrome(i)) continue;
    const q = quotedAt(ctx, i + 1, 5);
    if (q) out.push(patternCandidate(tokens, text, q.start, q.end, tokens[q.start].start, 'ORG', 'media-quoted'));
  }
  return out;
}

/**
 * A Saudi province's or governorate's principality, the governor's office: إمارة منطقة الباحة، إمارة منطقة عسير، إمارة
 * محافظة الطائف ("وكيل إمارة منطقة الباحة"، "قاعة الاجتماعات بإمارة منطقة الرياض"). ../shared/unlabeled writes إمارة منطقة
 * + a word 348 times; /tmp/s39/m-start/sample3k.out.jsonl read all 16 in sample3k as the CITY alone. Only with the
 * settlement word: إمارة دبي، إمارة الشارقة are the emirates themselves (places), and إمارة never takes the article here.
 */
function emirateOffices(ctx: MatchContext, lex: CandidateIndex, cued?: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const cue = tokens[i];
    if (cue.kind !== 'arabic' || cue.base !== 'اماره' || hasClitic(cue, 'pronoun') || ctx.isChrome(i)) continue;
    const n = i + 1;
    const area = tokens[n];
    if (area.sentence !== cue.sentence || cliticBits(area) !== 0 || !MUNICIPAL_AREAS.has(area.norm)) continue;
    const place = lex.at(n + 1, ['CITY', 'REGION']) ?? cued?.at(n + 1, ['CITY', 'REGION']);
    if (place && tokens[place.tokenEnd - 1].sentence === cue.sentence)
      out.push(patternCandidate(tokens, text, i, place.tokenEnd, baseStart(cue), 'ORG', 'org-emirate-office'));
  }
  return out;
}

/**
 * The Saudi paper Sabq in its byline, between dashes: "عبدالله البرقاوي- سبق- الرياض:". ../shared/unlabeled writes سبق
 * between two dashes 633 times (404 "NAME- سبق- CITY"), and first in the article before one 487 times; /tmp/s39/m-start/sample3k.out.jsonl
 * read 24 of 25 as nothing;
 * elsewhere سبق is the verb "preceded" (سبق أن، الأسبق), so only the byline's dashes name the paper (orgs.tsv sabq).
 */
function sabqBylines(ctx: MatchContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  let sabq: LexEntry | undefined | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // The byline may open the article: " سبق- الرياض:".
    if (t.norm !== 'سبق' || !(i === 0 || ctx.isPunct(tokens[i - 1], '-–')) || !ctx.isPunct(tokens[i + 1], '-–') || ctx.isChrome(i))
      continue;
    if (sabq === null) sabq = lexiconOrg(ctx, ['صحيفه', 'سبق']);
    const c = patternCandidate(tokens, text, i, i + 1, t.start, 'ORG', 'org-sabq-byline');
    out.push(sabq ? asEntry(c, sabq) : c);
  }
  return out;
}

/** Heads of an armed group, movement or faction before its quoted name (فصيل، جماعة، حركة، تنظيم، ميليشيا). */
const GROUP_HEADS = words('group_head');
const GROUP_HEAD = new TypeFlag((t) => t.kind === 'arabic' && !hasClitic(t, 'pronoun') && GROUP_HEADS.has(withoutArticle(t)));

/**
 * A group's head + its quoted name: the name is the group's (فصيل "جيش الإسلام"، جماعة "فيلق الرحمن"، حركة
 * "خمس نجوم"، تنظيم «أنصار الشريعة»). ../shared/unlabeled writes one of the heads + a quoted stretch 3,133
 * times (تنظيم 1,547: "الدولة الإسلامية" 830, "داعش" 503; حركة 331: "خمس نجوم" 44, "حماس" 30, "أحرار الشام" 12;
 * جماعة 247: "حزب الله" 32, "جيش الإسلام" 21, "ولاية سيناء" 19; فصيل 78: "جيش الإسلام" 39, "فيلق الرحمن" 26);
 * /tmp/s39/m-start/sample3k.out.jsonl read 77 of 138 as nothing (39 تنظيم "الدولة الإسلامية", which the lexicon
 * knows unquoted only) and 7 as the place inside (جماعة "ولاية سيناء" as CITY سيناء). Not a name: a lone
 * adjective (تنظيم "إرهابي" 10, جماعة "إرهابية" 8), a stretch that opens with a function word, a verb or a
 * number (حركة "أنا أيضا"، جماعة "2000 مدني وعسكري"), a plural after تنظيم "organising" (تنظيم "مسيرات العودة"),
 * a definite head, which is the one named before (الحركة "شق ..."، التنظيم" بشكل "ينتهك: a closing quote). A
 * quoted name that with the head is a lexicon name (تنظيم "الدولة الإسلامية") is that entry.
 */
function groupQuotes(ctx: MatchContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const ids = ctx.typeIds;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!GROUP_HEAD.ofType(ids[i], t) || isDefinite(t) || ctx.isChrome(i)) continue;
    const q = quotedAt(ctx, i + 1, 5);
    if (!q) continue;
    const first = tokens[q.start];
    if (first.kind !== 'arabic' || first.stop || verbLike(first)) continue;
    // تنظيم is also "organising": تنظيم "مسيرات العودة" (19 of the 20 quoted plurals in ات after it).
    if (t.base === 'تنظيم' && !isDefinite(first) && first.base.endsWith('ات')) continue;
    const e = lexiconOrg(ctx, [t.base, ...tokens.slice(q.start, q.end).map((w) => w.norm)]);
    // One word is a name only where it looks like one or the lexicon has it with the head: حركة "الدلالة"
    // (auctioneering), تنظيم "إرهابي"، جماعة "إرهابية" are none; حركة "فتح" is Fatah.
    if (q.end - q.start === 1 && !e && !ctx.looksNamed(first)) continue;
    const c = patternCandidate(tokens, text, q.start, q.end, first.start, 'ORG', 'group-quoted');
    out.push(e ? asEntry(c, e) : c);
  }
  return out;
}

/** A pattern's mention of a lexicon entry: the entry's key and names. */
function asEntry(c: Candidate, e: LexEntry): Candidate {
  return { ...c, key: e.key, name: e.name, nameEn: e.nameEn, group: undefined, country: e.country, subtype: e.subtype };
}

/** The org entry the lexicon gives a name of these forms, if any. */
function lexiconOrg(ctx: MatchContext, forms: readonly string[]): LexEntry | undefined {
  let map = ctx.gaz.trie.root;
  let node;
  for (let k = 0; k < forms.length; k++) {
    node = map.get(forms[k]);
    if (!node) return undefined;
    if (k < forms.length - 1) {
      if (!node.next) return undefined;
      map = node.next;
    }
  }
  return node?.values?.find((e) => e.type === 'ORG');
}

/** Devices: a quoted name after one is a product's, شركة هواوي الصينية هاتف "بي 20". */
const DEVICE_CUES = words('device_cue');

/**
 * A company cue, what the company does or where it is from, then its quoted name: the name is the
 * company's (شركة الطيران الإيطالية "أليتاليا"، شركة الاتصالات الإسرائيلية "بيزك"، الشركة الناشئة
 * "جنكبوت"، شركة استطلاعات الرأي "YouGov"). ../shared/unlabeled writes شركة + 1–3 words + a quoted
 * stretch 1,157 times; the words between take no preposition or conjunction and are no function word,
 * verb, other cue or device (not الشركة إن "القرار ..."، الشركة الصانعة لهاتف "أيفون"، شركة مايكروسوفت
 * وخدمة "فيس تايم"، شركة هواوي الصينية هاتف "بي 20"), all definite after الشركة (not الشركة ملعب "الجوهرة"), and the quoted words hold a name
 * word (not الشركة حققت "تقدما جيدا").
 */
function describedQuote(ctx: MatchContext, i: number): Candidate | undefined {
  const { tokens, text } = ctx;
  const definite = isDefinite(tokens[i]);
  for (let k = i + 1; k <= i + 4 && k < tokens.length && ctx.sameSentence(i, k) && !ctx.isChrome(k); k++) {
    const t = tokens[k];
    if (k > i + 1) {
      const q = quotedAt(ctx, k, 4);
      if (q) {
        const inner = tokens.slice(q.start, q.end);
        const first = inner[0];
        if (first.stop || verbLike(first) || !inner.some((w) => w.kind === 'latin' || (w.kind === 'arabic' && ctx.looksNamed(w))))
          return undefined;
        return patternCandidate(tokens, text, q.start, q.end, tokens[q.start].start, 'ORG', 'org-described-quoted');
      }
    }
    if (
      k === i + 4 ||
      t.kind !== 'arabic' ||
      t.stop ||
      (cliticBits(t) & ~CLITIC_BIT.article) !== 0 ||
      verbLike(t) ||
      ORG_CUE.of(t) ||
      DEVICE_CUES.has(withoutArticle(t))
    )
      return undefined;
    if (definite && !isDefinite(t)) return undefined;
  }
  return undefined;
}

/**
 * A construct of indefinite nouns that ends in a known city or country after an indefinite cue: the
 * place is the body's owner and part of its name (هيئة سكك حديد كينيا، شركة نفط الكويت، غرفة تجارة
 * وصناعة دبي، هيئة موانئ دبي، وزارة خارجية قطر). The construct path reads only a definite word after the
 * first noun, the name path stops at the place (ORG هيئة سكك). Returns the end of the place, or undefined.
 * The nouns carry no clitic but و on the second or third (تجارة وصناعة), are no function word, verb,
 * cue or known name and do not describe (NOT_CONSTRUCT, GENERIC_WORDS); the place is not a nisba
 * (شركة سيارات يابانية) and has no preposition (شركة سيارات بدبي: where the body is), nor a word of place
 * before it (مستشفى قرب رام الله). ../shared/unlabeled writes an indefinite cue + 1–3 indefinite words + a city
 * or country of places.tsv and countries.tsv 2,626 times (a regex over the words, before these checks):
 * وكالة أنباء + a country 194, هيئة قناة السويس 121, محكمة جنايات + a city 115, شركة طيران + a country 50, مجلس
 * علماء باكستان 25, غرفة تجارة وصناعة + a city 21, شركة موانئ دبي 19, هيئة تطوير مكة 17, where many a lexicon
 * reads whole already (نادي ريال مدريد 250, شركة أرامكو السعودية 80).
 */
function placeConstructEnd(ctx: MatchContext, lex: CandidateIndex, i: number): number | undefined {
  const { tokens } = ctx;
  const sentence = tokens[i].sentence;
  let j = i + 1;
  while (j <= i + 3 && j < tokens.length && tokens[j].sentence === sentence) {
    const t = tokens[j];
    const bits = cliticBits(t);
    if (t.kind !== 'arabic' || t.stop || isDefinite(t) || (bits !== 0 && !(j > i + 1 && bits === CLITIC_BIT.conj))) break;
    if (verbLike(t) || ctx.cueAt(j) || lex.at(j) || ORG_CUE.ofType(ctx.typeIds[j], t)) break;
    if (NOT_CONSTRUCT.has(t.norm) || GENERIC_WORDS.has(t.norm) || SITE_WORDS.has(t.norm)) return undefined;
    j++;
  }
  if (j === i + 1 || j >= tokens.length || ctx.isChrome(j)) return undefined;
  const place = lex.at(j, ['CITY', 'COUNTRY']);
  if (!place || place.via === 'nisba' || hasProclitic(tokens[j]) || tokens[place.tokenEnd - 1].sentence !== sentence) return undefined;
  return place.tokenEnd;
}

export function matchOrgCues(ctx: MatchContext, lex: CandidateIndex, cued?: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  /** Where a cue's proper name stops: a known country, city or region, another cue, a weekday. */
  const stopsName = (j: number): boolean => !!lex.at(j, ['COUNTRY', 'CITY', 'REGION']) || !!ctx.cueAt(j) || WEEKDAYS.has(tokens[j].base);
  const out: Candidate[] = [];
  /** Emits tokens [startTok, endTok) as an ORG; [cueTok+1, properEnd) is a proper name that mentions it alone. */
  const emit = (cueTok: number, startTok: number, endTok: number, rule: string, properEnd = cueTok + 1): void => {
    // "شركة أوراسكوم للإنشاءات": أوراسكوم alone mentions the company later in the article.
    const proper = properEnd > cueTok + 1 && (startTok !== cueTok + 1 || properEnd !== endTok);
    // شركة «فورد»: the F of the name is no conjunction (04-merge-model.ts orgStart).
    const first = tokens[startTok];
    const f = first.kind === 'arabic' && first.base === first.norm.slice(1) ? first.norm[0] : '';
    out.push({
      ...patternCandidate(tokens, text, startTok, endTok, fIsInitial(ctx, first, f) ? first.start : baseStart(first), 'ORG', rule),
      aliases: proper ? [{ from: cueTok + 1, to: properEnd }] : undefined,
    });
  };
  // A complement stops at a country, place or known organisation joined by و: "... والتنمية
  // واليابان", "مجلس الأمن للأمم المتحدة والكونغرس". It stops at a person cue too: "المؤسسة
  // العامة للخطوط الحديدية المهندس محمد ...". And at an organisation cue joined by و, which heads another
  // body: "جمعية المكفوفين الخيرية والجمعية السعودية للإعاقة السمعية"، "صندوق النقد الدولي والمصرف المركزي
  // الأوروبي" (../shared/unlabeled writes an institution cue + 1–2 definite words + و + a definite cue 214 times:
  // والبنك 46, واللجنة 29, والهيئة 22, والاتحاد 21).
  const countryAt = (j: number): boolean =>
    !!lex.at(j, ['COUNTRY', 'CITY', 'REGION', 'ORG']) || !!ctx.cueAt(j) || (hasClitic(tokens[j], 'conj') && ORG_CUE.of(tokens[j]));
  // A definite country nisba right after the name is part of it: وزارة التخطيط المصرية (5,071
  // articles of ../shared/unlabeled write "وزارة|هيئة|وكالة|مؤسسة + 1–2 definite words + a
  // definite fem. nisba", e.g. وزارة الدفاع الروسية, وكالة الأنباء السعودية; 396 a masc. one:
  // مؤسسة النقد العربي السعودي, هيئة الهلال الأحمر السعودي).
  const withNisba = (end: number): number => plainNisbaAt(lex, tokens, end)?.tokenEnd ?? end;
  // "لشؤون X" after a named body is a deputy's portfolio, not part of the name: وكيل وزارة المياه
  // والكهرباء لشؤون الكهرباء (34 articles of ../shared/unlabeled write "وكيل|مساعد|نائب|مستشار
  // وزارة X لشؤون", e.g. وكيل وزارة الداخلية لشؤون المناطق; the names with it, وزارة الدولة
  // لشؤون X, start with a generic head this rule never reads).
  //
  // A one-word "لل" complement that governs a preposition is the purpose of what the body is asked
  // to do, not its name: "دعت وزارة الصحة للنظر في"، "مجلس النواب للمصادقة على"، "وزارة التجهيز
  // والولاية للبحث عن". ../shared/unlabeled writes institution cue + 1–3 definite words + لل-word
  // + في|على|عن|إلى|من|مع 301 times; the words before the preposition are such verbal nouns
  // (للحصول 18, للنظر 11, للتحقيق 8, للمشاركة 6, للاستغناء 6 ...) but where a country nisba or
  // an adjective path ends the name first (وكالة الطلبة الإيرانية للأنباء عن، الهيئة العامة
  // للرياضة في), which this does not read.
  // An institutional adjective that is no nisba closes the name after its definite noun: هيئة الأركان العامة،
  // صندوق الاستثمارات العامة، لجنة التشريع العام، لجنة المتابعة العليا (../shared/unlabeled writes an institution
  // cue + one definite word + العام|العامة 491 times: هيئة الأركان 114, صندوق الاستثمارات 109, هيئة الصحة 43,
  // معهد الإدارة 39). العام before a word of time or a year is the year: وزارة الصحة العام الماضي.
  const institutionalEnd = (end: number): number => {
    const t = tokens[end];
    if (!t || end === 0 || t.sentence !== tokens[end - 1].sentence || t.kind !== 'arabic' || hasProclitic(t)) return end;
    if (!ORG_ADJECTIVES.has(t.norm) || adjectiveShaped(t)) return end;
    // After و + noun the adjective opens another body's name: وزارة الصحة والاتحاد العام التونسي للشغل.
    if (end - 1 > 0 && hasClitic(tokens[end - 1], 'conj')) return end;
    const next = tokens[end + 1];
    if (next && next.sentence === t.sentence && (NAME_ENDS.has(next.base) || isYear(next))) return end;
    return end + 1;
  };
  const purpose = (from: number): boolean => {
    const next = tokens[from + 1];
    return (
      !!next &&
      next.sentence === tokens[from].sentence &&
      next.kind === 'arabic' &&
      cliticBits(next) === 0 &&
      GOVERNED_PREPOSITIONS.has(next.norm) &&
      !adjectiveNisbaAt(lex, tokens, from - 1)
    );
  };
  const complement = (from: number): number => {
    if (tokens[from]?.norm === 'لشؤون') return from;
    const end = lamPhraseEnd(ctx, from, 4, countryAt);
    return end === from + 1 && purpose(from) ? from : end;
  };
  // A chamber of commerce, industry, agriculture or navigation: غرفة + its domains (joined by و), then the
  // country's adjectives, an institutional adjective or a لـ complement, and the city after ب, which is part
  // of the name (الغرفة التجارية الصناعية بجدة، غرفة التجارة والصناعة بالرياض); without the article the
  // domains take the place as a construct (غرفة تجارة وصناعة دبي، غرفة تجارة جدة). ../shared/unlabeled writes
  // (ال)غرفة + a domain 461 times in 349 articles (الغرفة التجارية 299, غرفة التجارة 66, غرفة تجارة 56, غرفة
  // صناعة 12, غرفة الملاحة 7), 182 of them with ب + a word right after the domains (بالمنطقة الشرقية 12, بمكة
  // المكرمة 11, بجدة 11, بأبها 10); the pipeline read none of them (only غرفة جدة، غرفة الرياض). الغرفة with its
  // domains alone is the chamber just named, no name.
  const chamberEnd = (i: number): number | undefined => {
    const sentence = tokens[i].sentence;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && tokens[j].sentence === sentence) {
      const t = tokens[j];
      const bits = cliticBits(t) & ~CLITIC_BIT.article;
      if (t.kind !== 'arabic' || (bits !== 0 && !(j > i + 1 && bits === CLITIC_BIT.conj)) || !CHAMBER_DOMAINS.has(withoutArticle(t))) break;
      j++;
    }
    if (j === i + 1) return undefined;
    const at = tokens[j];
    if (!at || at.sentence !== sentence) return isDefinite(tokens[i]) || !isDefinite(tokens[i + 1]) ? undefined : j;
    if (!isDefinite(tokens[i + 1])) {
      const place = hasProclitic(at) ? undefined : lex.at(j, ['CITY', 'COUNTRY', 'REGION']);
      return place && place.via !== 'nisba' && tokens[place.tokenEnd - 1].sentence === sentence ? place.tokenEnd : undefined;
    }
    let end = j;
    for (let k = withNisba(end); k > end; k = withNisba(end)) end = k;
    while (
      end < tokens.length &&
      tokens[end].sentence === sentence &&
      (cliticBits(tokens[end]) & ~CLITIC_BIT.article) === 0 &&
      ORG_ADJECTIVES.has(tokens[end].norm)
    )
      end++;
    end = Math.max(end, complement(end));
    const t = tokens[end];
    const place = t && t.sentence === sentence && withBa(t) ? lex.at(end, ['CITY', 'REGION']) : undefined;
    if (place && place.via !== 'nisba' && tokens[place.tokenEnd - 1].sentence === sentence) end = place.tokenEnd;
    return end > j || !isDefinite(tokens[i]) ? end : undefined;
  };
  // A hospital's complement is definite, the patients it serves (مستشفى البشير حمزة للأطفال، مستشفى
  // الولادة للنساء); after its name ل + an indefinite verbal noun is why someone went there: ../shared/unlabeled
  // writes مستشفى + name + لتلقي 34, لإخضاعه 10, لتقديم 7 against للأطفال 8, للرعاية 7, للولادة 5.
  // Made once, the cue passed: a closure over the loop's cue made a scope object for every token.
  const nameComplementEnd = (cue: Token, from: number): number =>
    withoutArticle(cue) === 'مستشفي' && !isDefinite(tokens[from] ?? cue) ? from : lamPhraseEnd(ctx, from, 4, countryAt);
  for (let i = 0; i < tokens.length - 1; i++) {
    const cls = cueClass(ctx, i);
    if (!cls || ctx.isChrome(i)) continue;
    const cue = tokens[i];
    // A cue with a possessive is the body of someone just named, not a name's head: مجلسه الاستشاري،
    // اتحادنا الموقر، شركته. On 3,000 unlabeled articles this took away 6 ORG mentions, all wrong
    // (ديوانه الثاني، مركزه الـ16، مجلسها الوطني).
    const whole = WHOLE_CUE.ofType(ctx.typeIds[i], cue);
    if (!whole && cue.clitics.some((c) => c.type === 'pronoun')) continue;
    if (cls === 'company') {
      const described = describedQuote(ctx, i);
      if (described) out.push(described);
    }
    // A party is an institution, but the proper name after it is as often its leader's (حزب أردوغان 17,
    // حزب ميركل 10, حزب ماكرون 8 in ../shared/unlabeled) as its own (حزب سيريزا 41, حزب بهاراتيا 20):
    // that name alone does not mention the party (حزب خان made every later خان an organisation).
    const institution = cls === 'institution' || cls === 'party';
    // لمصلحة is "in favour of" (461 times in ../shared/unlabeled: "لمصلحة المواطنين"), never the
    // administration مصلحة الجمارك / مصلحة الضرائب (200 times, none after ل).
    if (withoutArticle(cue) === 'مصلحه' && (hasClitic(cue, 'prep') || !ADMINISTRATION_DOMAINS.has(withoutArticle(tokens[i + 1])))) continue;
    const definite = isDefinite(cue);
    const n = i + 1;
    const before = tokens[i - 1];
    if (
      withoutArticle(cue) === 'مستشفي' &&
      before?.sentence === cue.sentence &&
      (BUILDING.has(withoutArticle(before)) || BUILDING.has(before.norm))
    )
      continue;
    if (withoutArticle(cue) === 'محكمه' && SEALED_NOUNS.has(tokens[n].base)) continue;
    if (tokens[n].sentence !== cue.sentence) continue;
    // A city's municipality (أمانة) is named by the city alone, with its province word if any:
    // أمانة جدة، أمانة منطقة القصيم، أمانة محافظة الطائف (../shared/unlabeled writes أمانة + منطقة,
    // المنطقة, العاصمة, محافظة or a place 1,500 times: الرياض 117, المدينة 86, الأحساء 71, جدة 66);
    // never with the article (الأمانة العامة is a secretariat, named by the body it serves) and
    // never with a complement (أمانة الرياض للعام الثاني: "for the second year").
    // A city's municipality (بلدية) and police (شرطة) are named the same way: بلدية الخرج، بلدية محافظة الخبر،
    // شرطة منطقة عسير، شرطة دبي (../shared/unlabeled writes bare بلدية 1,528 times, شرطة + a word 2,938; with a
    // settlement word between: شرطة منطقة 312, بلدية محافظة 168, شرطة محافظة 163). The settlement word is read
    // from its list too (the place cue trie missed محافظة in أمانة محافظة جدة), and the place may be one the
    // place cues found, not the lexicon: شرطة محافظة الرس (الرس is also a word, which the lexicon step leaves to its cue).
    if (cls === 'municipal') {
      if (definite) continue;
      // The capital's municipality or police, named by العاصمة: أمانة العاصمة المقدسة (Mecca's), شرطة العاصمة البريطانية،
      // بلدية العاصمة التونسية، شرطة العاصمة (../shared/unlabeled: أمانة العاصمة المقدسة 133 times, شرطة العاصمة 104 in 79
      // articles, 28 of them البريطانية, 22 المقدسة), which read nothing. أمانة العاصمة alone is Sanaa's governorate, a place.
      const capital = tokens[n];
      if (capital.kind === 'arabic' && cliticBits(capital) === CLITIC_BIT.article && CAPITAL_WORDS.has(capital.norm)) {
        const epithet = tokens[n + 1]?.sentence === cue.sentence && HOLY_CAPITAL.has(tokens[n + 1].norm) ? n + 2 : n + 1;
        const end = withNisba(epithet);
        if (end > n + 1 || withoutArticle(cue) !== 'امانه')
          out.push(patternCandidate(tokens, text, i, end, whole ? cue.start : baseStart(cue), 'ORG', 'org-municipal-capital'));
        continue;
      }
      const settlement = ctx.cueAt(n)?.length === 1 || (cliticBits(tokens[n]) === 0 && MUNICIPAL_AREAS.has(tokens[n].norm));
      const at = settlement ? n + 1 : n;
      const place = lex.at(at, ['CITY', 'REGION']) ?? (settlement ? cued?.at(at, ['CITY', 'REGION']) : undefined);
      if (place && tokens[place.tokenEnd - 1].sentence === cue.sentence)
        out.push(patternCandidate(tokens, text, i, place.tokenEnd, whole ? cue.start : baseStart(cue), 'ORG', 'org-municipal'));
      continue;
    }
    // A directorate (إدارة، مديرية) is a body only as definite cue + adjective + لـ complement:
    // الإدارة العامة للتعليم، المديرية العامة للجوازات، الإدارة المركزية للمشروعات. ../shared/unlabeled
    // writes الإدارة|المديرية + العامة|الجهوية|المركزية + a لـ complement 992 times (الإدارة العامة
    // للتعليم 87, المديرية العامة للشؤون الصحية 62, الإدارة العامة للدفاع المدني 61); before anything
    // else إدارة is management (إدارة ترامب، إدارة النادي، إدارة الأمن) and مديرية a district (مديرية منبه).
    // Or as a directorate's construct with a city, which it serves: إدارة تعليم جازان، إدارة مرور المنطقة الشرقية، إدارة
    // سجون الطائف (../shared/unlabeled writes إدارة + مرور|تعليم|سجون|صحة|جوازات|شرطة + a word 239 times in 168 articles,
    // the word a city or a province in most: إدارة مرور المنطقة 15, إدارة تعليم نجران 8, إدارة سجون الطائف 7). One noun
    // between, and a city, not a country: إدارة ملف سوريا is the handling of a file. Not a facility: إدارة معمل واسط
    // is the plant's management, a unit of its owner (gold-dev saudinewsnet-14 leaves it out).
    if (cls === 'directorate' && !definite) {
      const placed = isFacilityWord(tokens[n]) ? undefined : placeConstructEnd(ctx, lex, i);
      if (placed && lex.at(i + 2, ['CITY', 'REGION'])?.tokenEnd === placed) emit(i, i, placed, 'org-directorate-place');
      continue;
    }
    // An organisation the lexicons know already starts here or covers the cue: nothing to add.
    if (lex.over(i).some((c) => c.type === 'ORG' || c.type === 'EVENT')) continue;
    const chamber = withoutArticle(cue) === 'غرفه';
    if (chamber) {
      const end = chamberEnd(i);
      if (end !== undefined) {
        emit(i, i, end, 'org-chamber');
        continue;
      }
    }
    // After a definite cue a known organisation may be the end of a longer name: الأكاديمية
    // السعودية للطيران المدني holds السعودية للطيران (Saudia); the longer name wins in step 5.
    const knownOrg = lex.at(n, ['ORG']);
    if (knownOrg && !definite) continue;

    // cue + quoted name.
    const q = quotedAt(ctx, n);
    if (q && !definite) {
      emit(i, q.start, q.end, 'org-quoted');
      continue;
    }
    if (!definite) {
      const placed = chamber ? undefined : placeConstructEnd(ctx, lex, i);
      if (placed) {
        // A company is called by a proper name (شركة فلاي دبي → فلاي دبي), keeps its cue before a common word.
        const proper = cls === 'company' && ctx.isRare(tokens[n]) && !COMMON_NOUN.ofType(ctx.typeIds[n], tokens[n]);
        emit(i, proper ? n : i, Math.max(withNisba(placed), complement(withNisba(placed))), 'org-cue-place-construct');
        continue;
      }
      // cue + indefinite noun + definite noun phrase (a construct): معهد بحوث المياه والطاقة,
      // جمعية رجال الأعمال المصريين, شركة تقنية المياه المتقدمة. In SaudiNewsNet 2,398 articles
      // have such a construct after an institution cue (هيئة كبار العلماء 132, اتحاد كرة القدم 86,
      // صندوق تنمية الموارد البشرية 53); مجلس إدارة X (568) is a board, not a name. A rare word
      // after the cue is read as a proper name below (شركة سيمنز الألمانية), a common one or a
      // given name that is also a word here (لجنة تيسير الأعمال). مجموعة + construct is "a set of"
      // (مجموعة عربات الركاب), not a group's name. A word rare in the vocabulary that the news has often
      // in a class of common words opens a construct too, but for an adjective: جمعية أولياء التلاميذ (not
      // جمعية أولياء), not لجنة نيابية الجمعة.
      const w0 = tokens[n];
      const d = tokens[n + 1];
      if (
        withoutArticle(cue) !== 'مجموعه' &&
        w0.kind === 'arabic' &&
        !w0.stop &&
        cliticBits(w0) === 0 &&
        (!ctx.isRare(w0) || (COMMON_NOUN.ofType(ctx.typeIds[n], w0) && !/(ي|يه)$/.test(w0.norm))) &&
        !NOT_CONSTRUCT.has(w0.norm) &&
        !GENERIC_WORDS.has(w0.norm) &&
        !verbLike(w0) &&
        !ctx.cueAt(n) &&
        !lex.at(n) &&
        d &&
        d.sentence === w0.sentence &&
        isDefinite(d) &&
        !hasProclitic(d) &&
        !d.stop &&
        !lex.at(n + 1, ['COUNTRY'])
      ) {
        const end = withNisba(definitePhraseEnd(ctx, n + 1, 4, countryAt));
        if (end > n + 1) {
          emit(i, i, Math.max(end, complement(end)), 'org-cue-construct');
          continue;
        }
      }
      // cue + proper name [+ complement]; a known place or country is not a company's proper name.
      // A place behind a preposition is where the body is, not its name: مستشفى بكراتشي.
      const known = hasProclitic(tokens[n]) ? undefined : lex.at(n, ['COUNTRY', 'CITY', 'REGION', 'LOCATION']);
      // A country's adjective without the article describes the body, it names no place: مجموعة ليبية،
      // مستشفى بريطاني، مصرف فرنسي (not بنك قطر). ../shared/unlabeled writes a named cue + one of 30 common
      // country nisbas without the article 51 times in 41 articles (مصرف فرنسي 4, مجموعة روسية 4, بنك بريطاني 3),
      // and the place path read the nisba as the body's name.
      const described = known?.via === 'nisba' && !isDefinite(tokens[n]);
      const place = described ? undefined : known;
      // A verb or a generic adjective is no name: "مجموعة تتقد حماساً", "شركة رائدة عالمياً".
      const verb =
        (verbLike(tokens[n]) && !ctx.namedByCorpus(tokens[n])) || GENERIC_WORDS.has(tokens[n].norm) || NOT_CONSTRUCT.has(tokens[n].norm);
      // After an institution cue a definite word opens a noun phrase, read below (حزب الاتحاد الوطني,
      // not حزب الاتحاد; نادي الاتحاد, not نادي الاتحاد استياءها).
      const phrase = institution && isDefinite(tokens[n]);
      const runEnd = place || verb || phrase || described ? n : nameRunEnd(ctx, n, 4, stopsName);
      // A frequent common word alone after a cue other than a company's describes, it names no body
      // (غرفة نوم، مركز اقتراع); with a name word after it, it is part of the name (مركز حياة مول التجاري).
      const common = runEnd === n + 1 && cls !== 'company' && !isDefinite(w0) && COMMON_NOUN.ofType(ctx.typeIds[n], w0);
      // Two given names joined by و are one eponym, with the family name after them: مؤسسة بيل ومليندا جيتس،
      // مؤسسة محمد وعبدالله إبراهيم السبيعي الخيرية، مؤسسة شارل وهيلين شواب. ../shared/unlabeled writes an org
      // cue + a given name + و + a given name of given-names.tsv in 7 articles, and مؤسسة بيل وم(ي)ليندا in 6
      // more; the run stopped at the conjunction (ORG مؤسسة بيل, مؤسسة محمد). A common word of the news after و
      // starts another body: منظمة بدر وقوات الشهيد الصدر (قوات is inside names of the tagged corpora).
      const joined = tokens[runEnd];
      const joinsGivenNames =
        !common &&
        runEnd === n + 1 &&
        ctx.isGivenName(w0) &&
        joined?.sentence === cue.sentence &&
        joined.kind === 'arabic' &&
        cliticBits(joined) === CLITIC_BIT.conj &&
        nameLike(ctx, joined) &&
        !COMMON_NOUN.ofType(ctx.typeIds[runEnd], joined) &&
        !commonInNews(joined);
      let nameEnd = common ? n : runEnd;
      if (joinsGivenNames) nameEnd = Math.max(runEnd + 1, nameRunEnd(ctx, runEnd + 1, 3, stopsName));
      // One rare adjective is no institution's name (مركز إغاثي "a relief centre").
      const adjective =
        nameEnd === n + 1 && cls !== 'company' && !isDefinite(tokens[n]) && /(ي|يه)$/.test(tokens[n].norm) && !ctx.namedByCorpus(tokens[n]);
      if (nameEnd > n && !adjective) {
        let end = Math.max(nameEnd, nameComplementEnd(cue, nameEnd));
        // An institutional adjective after the proper name belongs to it, as after a place (مركز جدة
        // الدولي للمعارض), with the لـ complement after it: جامعة نايف العربية للعلوم الأمنية، شركة بوبا
        // العربية للتأمين، مستشفى أبوعريش العام، شركة ماريوت الدولية. ../shared/unlabeled writes an org cue + a
        // word without the article + العام|الوطني|الدولي|العالمي|التجاري|القابضة|المتحدة (and their feminines)
        // 353 times in 287 articles (بنك أبوظبي الوطني 11, شركة بتروتشاينا الدولية 8, مستشفى جازان العام 8),
        // and + an institutional adjective + a ل-word 211 times (جامعة نايف العربية 73 with clitics); the
        // name read stopped at the name word. Not a country's nisba (شركة هواوي الصينية: it describes).
        const at = tokens[nameEnd];
        if (
          end === nameEnd &&
          at &&
          at.sentence === cue.sentence &&
          at.kind === 'arabic' &&
          (cliticBits(at) & ~CLITIC_BIT.article) === 0 &&
          ORG_ADJECTIVES.has(at.norm) &&
          !adjectiveNisbaAt(lex, tokens, nameEnd)
        )
          end = Math.max(end, nameComplementEnd(cue, nameEnd + 1));
        // A company is called by its proper name alone (سيمنز), but a definite word is no name
        // of its own: "شركة المترو الخفيف" keeps its cue and is not re-mentioned as المترو.
        if (cls === 'company' && !isDefinite(tokens[n])) emit(i, n, end, 'org-cue-name', nameEnd);
        else emit(i, i, end, 'org-cue-name', cls === 'company' || cls === 'party' ? i + 1 : nameEnd);
        continue;
      }
      // named cue + known place [+ adjective] [+ complement]: بنك قطر الوطني, بنك اليابان للتعاون الدولي.
      // An institution is named by a city (جامعة القاهرة), not by a country alone ("مصلحة إيران" is Iran's
      // interest): with an adjective or a لـ complement after it the country is part of the name (معهد جورجيا
      // للتكنولوجيا). A court before a city is one of the city's courts (محكمة نيويورك، محكمة لاهاي), and the city stays a place.
      if (place && place.type !== 'REGION' && cls !== 'company' && withoutArticle(cue) !== 'محكمه') {
        let end = place.tokenEnd;
        if (tokens[end] && ORG_ADJECTIVES.has(tokens[end].norm)) end++;
        end = Math.max(end, nameComplementEnd(cue, end));
        const country = institution && place.type === 'COUNTRY';
        if (end > place.tokenEnd || (institution && !country) || cls === 'named') {
          emit(i, i, end, 'org-cue-place');
          continue;
        }
      }
      if (place && cls === 'company') {
        // شركة قطر للبترول: a place is a company's name only with a complement.
        const end = lamPhraseEnd(ctx, place.tokenEnd, 4, countryAt);
        if (end > place.tokenEnd) emit(i, i, end, 'org-cue-place');
        continue;
      }
      // company cue + common word + complement: شركة تقنية للطاقة (not "مركز مشترك للأبحاث",
      // "شركة جديدة للطاقة": a generic adjective or a nisba describes, it does not name).
      const w = tokens[n];
      if (
        cls === 'company' &&
        w.kind === 'arabic' &&
        !w.stop &&
        !isDefinite(w) &&
        !hasProclitic(w) &&
        !ctx.cueAt(n) &&
        !GENERIC_WORDS.has(w.norm) &&
        !lex.at(n, ['COUNTRY'])
      ) {
        const end = lamPhraseEnd(ctx, n + 1, 4, countryAt);
        if (end > n + 1) {
          emit(i, i, end, 'org-cue-complement');
          continue;
        }
      }
      // institution + definite noun phrase: وزارة الكهرباء, هيئة الرقابة الإدارية; مجلس and اتحاد
      // too (مجلس الشيوخ، مجلس النواب المصري، اتحاد الكرة: ../shared/unlabeled writes مجلس|اتحاد
      // + a definite word 15,117 times in 7,350 articles, the top 40 pairs names but for boards of another body,
      // مجلس الإدارة 667, مجلس الأمناء 27, مجلس الهيئة 50, which the generic heads list).
      // A hospital is named the same way, by what it treats or whom it serves: مستشفى الولادة والأطفال، مستشفى
      // الصحة النفسية، مستشفى الحرس الوطني، مستشفى الثورة (../shared/unlabeled writes مستشفى + a definite word 1,565
      // times in 886 articles: الملك 562 and الأمير 75 open an eponym's name, read elsewhere, then الولادة 90, الصحة
      // 38, الأطفال 31, النساء 30, الثورة 29, الحرس 19, النهضة 19, الحروق 17, and towns, read as places); its
      // complement is definite (nameComplementEnd), and a town after ب stays a CITY of its own.
      const hospital = withoutArticle(cue) === 'مستشفي';
      // A company named by a definite noun and an institutional adjective: شركة المياه الوطنية، شركة البترول الوطنية،
      // شركة التعدين العربية (../shared/unlabeled writes شركة|مؤسسة|مجموعة|بنك + a definite word + such an adjective 612
      // times in 433 articles: مؤسسة النقد العربي 208, which the lexicon has, شركة المياه الوطنية 85, البترول الوطنية 17,
      // النفط الوطنية 16, الطيران الوطنية 9); without one the definite words describe (شركة الكهرباء "the power company").
      // No لـ complement: after the adjective it is what the company does (استبدال شركة المياه الوطنية للأجزاء التالفة).
      if (cls === 'company' && isDefinite(w) && !hasProclitic(w) && !GENERIC_HEADS.has(w.base)) {
        const end = definitePhraseEnd(ctx, n, 3, countryAt);
        let adjective = false;
        for (let k = n + 1; k < end; k++) if (ORG_ADJECTIVES.has(tokens[k].norm)) adjective = true;
        if (adjective) emit(i, i, withNisba(end), 'org-company-definite');
        continue;
      }
      if ((institution || hospital) && isDefinite(w) && !hasProclitic(w) && !GENERIC_HEADS.has(w.base)) {
        if (hospital) {
          const named = withNisba(institutionalEnd(definitePhraseEnd(ctx, n, 3, countryAt)));
          // A weekday alone, or with a word of time, is when the hospital spoke (قال مستشفى الخميس); with an adjective it
          // is the town Khamis Mushait's (مستشفى الخميس المدني).
          if (WEEKDAYS.has(w.base) && (named === n + 1 || NAME_ENDS.has(tokens[n + 1].base))) continue;
          // لل + a verbal noun before its preposition is why someone was sent there: أحيل لمستشفى الصحة النفسية للتأكد من قواه.
          const served = nameComplementEnd(cue, named);
          if (named > n) emit(i, i, served === named + 1 && purpose(named) ? named : Math.max(named, served), 'org-hospital-definite');
          continue;
        }
        const end = withNisba(institutionalEnd(definitePhraseEnd(ctx, n, 4, countryAt)));
        // A ministry takes no لـ complement: ../shared/unlabeled writes وزارة + 1–2 definite words + a
        // ل-word 857 times, and the top 30 words are a deputy's portfolio (لشؤون 50، للشؤون 12، للصحة
        // 10), a particle (لم، لا، لكن) or a purpose (لإطلاق 10، لوضع 9، للتفتيش 10): "وزارة المياه
        // والكهرباء لتوفير الكميات"، "وزارة العدل لتقييم الوضع الحالي".
        const ministry = withoutArticle(cue) === 'وزاره';
        if (end > n) {
          emit(i, i, ministry ? end : Math.max(end, complement(end)), 'org-cue-definite');
        }
      }
    } else {
      // definite cue + adjective(s) + complement: الشركة السعودية للكهرباء, الهيئة العامة للاستثمار.
      let j = n;
      let adjectives = 0;
      let nisbas = 0;
      while (j < tokens.length && adjectives < 3 && tokens[j].sentence === cue.sentence) {
        const nisba = adjectiveNisbaAt(lex, tokens, j);
        if (nisba) {
          j = nisba.tokenEnd;
          nisbas++;
        } else if (tokens[j].kind === 'arabic' && ORG_ADJECTIVES.has(tokens[j].norm)) j++;
        else break;
        adjectives++;
      }
      // A court is named by its kind alone (المحكمة العليا، المحكمة الإسرائيلية العليا); "محكمة
      // الاستئناف" takes the institution path above.
      while (
        withoutArticle(cue) === 'محكمه' &&
        j < tokens.length &&
        tokens[j].sentence === cue.sentence &&
        COURT_KINDS.has(tokens[j].norm)
      ) {
        j++;
        adjectives++;
      }
      if (adjectives === 0) continue;
      const court = withoutArticle(cue) === 'محكمه' && tokens.slice(n, j).some((t) => COURT_KINDS.has(t.norm));
      if (court) {
        emit(i, i, Math.max(j, complement(j)), 'org-court');
        continue;
      }
      // A country's adjective after the complement belongs to the name: المركز الإعلامي للجيش اليمني، الهيئة
      // العامة للطيران المدني السعودية، النقابة الوطنية للصحفيين التونسيين. ../shared/unlabeled writes a definite
      // cue + a definite word + a لل complement of 1–2 words + a country's adjective of nisba.tsv 360 times in 259
      // articles (السعودية 113, التونسيين 36, الإيرانية 29, اليمني 22, التونسية 21); lamPhraseEnd stops at it.
      const lamEnd = lamPhraseEnd(ctx, j, 4, countryAt);
      const end = lamEnd > j ? withNisba(lamEnd) : lamEnd;
      // A directorate needs an institutional adjective of its own (الإدارة العامة، المديرية الوطنية):
      // with a country's alone it is a government, الإدارة الأمريكية للترويج; and its complement opens
      // no other body, which is named apart: الإدارة المركزية | لوزارة الداخلية، المديرية العامة | لكلية الملك فهد.
      if (
        cls === 'directorate' &&
        (nisbas === adjectives || (end > j && (ORG_CUES.has(withoutArticle(tokens[j])) || EPONYM_BODIES.has(withoutArticle(tokens[j])))))
      )
        continue;
      // البنك المركزي المصري, اللجنة المشتركة التونسية الجزائرية: an institutional adjective and
      // the country that owns the body name it.
      const owned = nisbas > 0 && adjectives > nisbas && ORG_ADJECTIVES.has(tokens[n].norm);
      if ((end > j || (owned && cls !== 'directorate')) && !(knownOrg && knownOrg.tokenEnd >= Math.max(end, j)))
        emit(i, i, Math.max(end, j), 'org-cue-adjective');
    }
  }
  return [...out, ...mediaQuotes(ctx), ...groupQuotes(ctx), ...emirateOffices(ctx, lex, cued), ...sabqBylines(ctx)];
}
