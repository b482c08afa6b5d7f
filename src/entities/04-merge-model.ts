// Step 4 (match, continued): the spans the statistical tagger (stage ner) found, as candidates
// with via "model". They only fill gaps: step 5 accepts a model span only where no lexicon or
// pattern mention overlaps it, so a lexicon match keeps its key and a pattern its extent.
// - PERS → PERSON: two words or more, or one word that is not a common word.
// - ORG → ORG.
// - LOC → the lexicon's type and key when the span is a lexicon name the context step set
//   aside (an ambiguous place the tagger confirms); else LOCATION after or with a feature word
//   (نهر، بحر، جبل ...), else CITY (news names towns far more often than other places) where the
//   text says it is a place (placeSaid: في، منطقة، شمال ... before it) and the article is not on
//   football; else nothing (persons, clubs, misspelt countries and plain words the tagger read as places).
// - MISC → EVENT when an event cue starts or precedes it (مؤتمر، قمة، معرض ...); otherwise it
//   is dropped: MISC also tags nationalities, languages and products, which are not entities here.
import { cliticForms, tokenWith } from '../model/token.js';
import type { NerSpan } from '../model/document.js';
import type { Token } from '../text/token.js';
import type { Candidate } from './candidate.js';
import { formsGroup, PRIORITY } from './candidate.js';
import type { LexHit } from './01-match-lexicon.js';
import { RARE, type MatchContext } from './match-context.js';
import { baseStart, fIsInitial, isDefinite, isFacilityWord, NAME_INITIALS, withoutArticle } from './token-view.js';
import { firstEndingAfter } from '../model/span-search.js';
import { foldString } from '../text/normalize/index.js';
import { mostlyWord } from './name-stats.js';
import { inPlaceWordPhrase, lengthFigureAt, projectNamedAfter, quotedProjectName, verbalNounBeforeFrom } from './02-check-context.js';
import { spelledNonOrg } from './patterns/spelled-acronyms.js';
import {
  FOREIGN_PARTICLES,
  familyNameGoesOn,
  NAME_JOINERS,
  nameLike,
  runsOnAt,
  secondPersonAt,
  surnameGoesOn,
  verbLike,
} from './patterns/phrases.js';
import { UNITS_AFTER } from '../figures/lexicon/units.js';
import { words, wordsOf } from '../lexicon/word-lists.js';
import { CLITIC_BIT, cliticBits, hasClitic, PROCLITIC_BITS } from '../model/token.js';
import { TypeFlag } from '../text/type-flag.js';
import { onFootball } from './05-read-clubs.js';

/** Words a tagger's place span opens with or follows that make it a LOCATION (نهر، بحر، البحر الأحمر). */
const FEATURE_WORDS = wordsOf(['feature_cue', 'feature_definite']);
const SETTLEMENT_WORDS = wordsOf(['settlement_cue', 'capital_word']);
/** Event cues, compared without the article (قمة، القمة). */
const EVENT_WORDS = words('event_cue');
/** Words that announce names but are none alone (compared without the article). */
const CUE_WORDS = wordsOf(['org_cue', 'settlement_cue', 'area_cue', 'feature_cue', 'event_cue', 'spelled_letter']);
const CURRENCY_WORDS = words('currency_word');
/** Devices, apps and models (هاتف، تطبيق، طراز): the name after one is the product's. */
const PRODUCT_HEADS = words('product_head');
/**
 * Devices and operating systems (product-words.tsv, learned from the words after هاتف، جهاز، نظام
 * التشغيل in ../shared/unlabeled: آيفون، أندرويد، غالاكسي، iOS). The tagger reads them as organisations
 * (هواتف آيفون، آيفون X بلس) or a person (آيفون alone); no type of the contract holds a product.
 */
const PRODUCTS = words('product');
const PRODUCT = new TypeFlag(
  (t) => (t.kind === 'latin' && PRODUCTS.has(t.norm.toLowerCase())) || (t.kind === 'arabic' && PRODUCTS.has(withoutArticle(t))),
);
/** Peoples and confessions (الأكراد، الشيعة), without the article. */
const PEOPLE_GROUPS = words('people_group');
/** Viruses and diseases named by a proper word (كورونا، إيبولا): no entity of the contract. */
const DISEASES = words('disease');
/** An honorific with its possessive (سماحته، معاليه): it stands for a person named before, as a pronoun does. */
const HONORIFIC_PRONOUNS = words('honorific_pronoun');

/** Words right before a town that say it is one (في، إلى، من، قرب، شمال، منطقة، مدينتي), or a street named after it (جادة الشانزليزيه: 05-drop-inner-names makes it the street). */
const PLACE_BEFORE = wordsOf(['locative', 'town_before', 'city_office', 'direction', 'place_list_opener', 'area_cue', 'street_place']);
/** A town's offices (بلدية، عمدة، أمين: أمين الأحساء is its mayor, not a man named أمين). */
const CITY_OFFICES = words('city_office');
/** The same without the prepositions: words of place (منطقة، دائرة، شمال، بلدية "إسينيورت"). */
const PLACE_WORDS = wordsOf(['town_before', 'city_office', 'direction', 'area_cue', 'street_place']);
/** The lexicon types a town listed after one of them shares (السويداء وصلخد، دمشق وريف حماة). */
const PLACE_TYPES = new Set(['CITY', 'COUNTRY']);

/**
 * Whether the text says that the tagger's place of tokens [from, to), a name no lexicon knows,
 * is a place: a preposition or word of place right before it (في حرّان، من تشالدران، شمال مريس،
 * منطقتي دارزاب), the preposition ب on it (بالخالدية), or a known place before it in a list
 * (السويداء وصلخد وشهبا), or a settlement word and its adjective (العاصمة الأفغانية كابول). A one-word given name is a person (إليسا، نيكي). On the 3,000 articles of
 * /tmp/s31/sample3k.jsonl the tagger's 624 CITY mentions without such a sign were about one in six
 * places: persons (ميسي، سيرينا، كين), clubs (بارما، تشلسي), misspelt countries (البيرو، أرمينا),
 * plain words (المشهد، رياض الأطفال، جده) and planets (المريخ، بلوتو).
 */
function placeSaid(ctx: MatchContext, from: number, to: number, placeEnds: () => Set<number>): boolean {
  const { tokens } = ctx;
  const first = tokens[from];
  if (to - from === 1 && ctx.isGivenName(first)) return false;
  const prev = tokens[from - 1];
  if (prev === undefined || prev.sentence !== first.sentence) return false;
  if (prev.kind === 'arabic' && (PLACE_BEFORE.has(prev.base) || PLACE_BEFORE.has(prev.norm))) return true;
  // منطقة "ريو": a place word before the quote mark; not a preposition (إلى "براكاج"، في «ويتشيتا»
  // quote crimes and universities as often as towns).
  const before = tokens[from - 2];
  if (
    ctx.isPunct(prev, '"«“(') &&
    before?.kind === 'arabic' &&
    before.sentence === first.sentence &&
    (PLACE_WORDS.has(before.base) || PLACE_WORDS.has(before.norm))
  )
    return true;
  // العاصمة الأفغانية كابول، مدينة مشهد: a settlement word with its adjective.
  if (isDefinite(prev) && before?.sentence === first.sentence && SETTLEMENT_WORDS.has(before.base)) return true;
  if (hasClitic(first, 'prep') && cliticForms(first).some((c) => c.type === 'prep' && foldString(c.text) === 'ب')) return true;
  if (hasClitic(first, 'conj')) return placeEnds().has(from);
  return ctx.isPunct(prev, ',،') && placeEnds().has(from - 1);
}

/**
 * Where the tagger's place starts in its first token: after its proclitics (بالخالدية → الخالدية), but
 * not after a lone ب، ك or ل right after a preposition or a word of place, where no preposition can
 * stand: the letter is the name's own (في بيونغ تشانغ، معتمدية بوسالم، مدينة بينانغ; sample3k: 4 CITY
 * mentions «يونغ تشانغ», «وسالم», «يانغ» lost it).
 */
function placeStart(t: Token, prev: Token | undefined): number {
  const start = baseStart(t);
  if (
    start === t.start ||
    cliticBits(t) !== CLITIC_BIT.prep ||
    !NAME_INITIALS.has(proclitics(t)) ||
    prev === undefined ||
    prev.kind !== 'arabic' ||
    prev.sentence !== t.sentence ||
    !(PLACE_BEFORE.has(prev.base) || SETTLEMENT_WORDS.has(prev.base))
  )
    return start;
  return t.start;
}

/** A one-word PERS span this common is more likely a word than a name. */
const COMMON_WORD = 50;

/**
 * Where a person's name starts in its first token: after the proclitics the tokenizer found,
 * unless the whole word is a known given name, or the one proclitic is ب، ك or ل and the rest is
 * no known given name (لمحمد is ل + محمد).
 */
function personStart(ctx: MatchContext, t: Token): number {
  const bare = prepositionEnd(ctx, t);
  if (bare !== null) return bare;
  const start = baseStart(t);
  if (start === t.start || t.kind !== 'arabic') return start;
  // The future prefix س stands only before a verb: on a name it is the name's first letter (سام
  // جونستون، ساندرو، وسامر: the splitter read س + ام، س + اندرو، و + س + امر).
  if (hasClitic(t, 'future')) return t.clitics.find((c) => c.type === 'future')!.start;
  const given = ctx.gaz.givenNames;
  if (given.has(t.norm)) return t.start;
  const p = proclitics(t);
  // ف before a vowel letter, ل or ر of a name the document never writes without it is the name's F or
  // V: فاليرا، فلورنس بارلي، فران آنسورث، فالنتيني، فلين (sample3k: 10 of the tagger's person spans lost
  // it, and فلين، فلورين، فلورانس lost it to the given names لين، لورين، لورانس); before another letter it
  // is the conjunction (فمارادونا، فعبد الله غول), and so where the rest stands alone.
  if (fIsInitial(ctx, t, p)) return t.start;
  if (given.has(t.base)) return start;
  // لل before a given name that starts with ل is the preposition and the name (للويس إنريكي: ل +
  // لويس), not the preposition and the article that baseStart leaves out.
  const lam = t.clitics.find((c) => c.type === 'article' && c.end === start && c.text === 'ل');
  if (lam && given.has(t.norm.slice(1))) return lam.start;
  // ويتكوف، ويلسون: و before ي is a foreign W when the rest is no word the corpora know. The
  // shape of a verb says nothing here (يتكوف looks like يتكون); a verb that opens a longer span
  // (ويستدرك فليتشر) is dropped from it before this is asked.
  if (p === 'و' && t.base.startsWith('ي') && ctx.gaz.knowledge.freq(t.base) <= RARE) return t.start;
  if (NAME_INITIALS.has(p)) return t.start;
  // After و or ف the same holds of the letter that follows: وبلاتيني is و + بلاتيني (Platini),
  // not و + ب + لاتيني (a name after the article is no such name: وبالبغدادي).
  const initial = p.length === 2 && (p[0] === 'و' || p[0] === 'ف') && NAME_INITIALS.has(p[1]);
  if (initial && !hasClitic(t, 'article')) return t.clitics[0].end;
  return start;
}

/**
 * Where a name starts after ب، ك or ل (and و or ف before it) that the document shows to be a
 * preposition: the rest of the word stands alone elsewhere in it (لأردوغان and أردوغان، لميسي and ميسي،
 * لتشيلسي and تشيلسي، بالقرني and القرني), split off by the splitter or not. Null where it does not, or
 * where the whole word is a given name (لبيب، بندر). The letter is a name's own in foreign names the
 * document never writes without it (كيري، بلاتيني، ليبرمان). sample3k: 55 person and organisation
 * mentions of the tagger kept such a letter (لميسي ×7, لبوتين ×5, لأردوغان ×4, لبلاتر ×3, لتشيلسي ×2).
 */
function prepositionEnd(ctx: MatchContext, t: Token): number | null {
  if (t.kind !== 'arabic' || ctx.gaz.givenNames.has(t.norm)) return null;
  const m = /^[وف]?[بكل]/.exec(t.norm);
  if (!m || !/^[وف]?[بكل]/.test(t.text)) return null;
  const k = m[0].length;
  const rest = t.norm.slice(k);
  if (rest.length < 4 || !ctx.standsAlone(rest)) return null;
  // The article after the letter stays with the name (بالقرني → القرني).
  return t.start + k;
}

/** A verb form once a leading و or ف is set aside: ويستدرك, فيقول. */
function verbLikeAfterAnd(t: Token): boolean {
  const p = proclitics(t);
  return (p === 'و' || p === 'ف') && verbLike(tokenWith(t, { norm: t.base, clitics: [] }));
}

/**
 * The folded proclitics of an Arabic token (و، وب ...; none before the article of لل): its form
 * before its base, less the pronoun the base leaves off its end (بيليه: ب + يلي + ه is ب).
 */
function proclitics(t: Token): string {
  const pronoun = cliticForms(t).find((c) => c.type === 'pronoun');
  const end = t.norm.length - (pronoun ? foldString(pronoun.text).length : 0);
  return t.norm.slice(0, Math.max(0, end - t.base.length));
}

/**
 * Where an organisation's name starts in its first token: after the proclitics, unless the one
 * proclitic is ب، ك or ل and neither the word nor its rest is a word the corpora know (لاليبر
 * بلجيك، كاروي; not لشركة or للبنك, whose rest is a plain word).
 */
function orgStart(ctx: MatchContext, t: Token): number {
  const bare = prepositionEnd(ctx, t);
  if (bare !== null) return bare;
  const start = baseStart(t);
  if (start === t.start || t.kind !== 'arabic') return start;
  // The F of a company's name as of a person's (شركة فورد، «فورد» read as ورد: sample3k 22 mentions).
  const p = proclitics(t);
  if (fIsInitial(ctx, t, p)) return t.start;
  if (!NAME_INITIALS.has(p)) return start;
  const k = ctx.gaz.knowledge;
  return k.freq(t.base) <= RARE && k.freq(t.norm) <= RARE ? t.start : start;
}

/**
 * A feminine plural before a definite word is a group, not a first name: ميليشيات الحوثي،
 * جماعات المعارضة (names in ات are short: بركات، عرفات، سادات).
 */
function pluralBeforeDefinite(t: Token, next: Token): boolean {
  return t.base.length >= 6 && t.base.endsWith('ات') && next.kind === 'arabic' && next.base.startsWith('ال');
}

/**
 * The tagger's one-word person has a given name just before it that it left out: in a list of
 * names the tagger often keeps only the family name (ومن النجوم تامر عبدالمنعم، هاني رمزي → عبدالمنعم;
 * لتامر حسني → حسني). The given name is the person's when it is a word of the same sentence
 * and no function word.
 */
function givenNameBefore(ctx: MatchContext, i: number, listed: (i: number) => boolean): boolean {
  const prev = ctx.tokens[i - 1];
  const t = ctx.tokens[i];
  if (
    prev === undefined ||
    prev.kind !== 'arabic' ||
    prev.stop ||
    (cliticBits(prev) & ~CLITIC_BIT.conj) !== 0 ||
    t.kind !== 'arabic' ||
    cliticBits(t) !== 0 ||
    ctx.commonness(t) > COMMON_WORD ||
    prev.sentence !== t.sentence ||
    ctx.isChrome(i - 1) ||
    !ctx.isGivenName(prev)
  )
    return false;
  // Only in a list of names: a given name is often a plain word too (حياة جبران is "Gibran's life",
  // بيان ترامب "Trump's statement", وعد أردوغان "Erdogan promised").
  return listed(i);
}

/**
 * Where the tagger's one-word-or-longer person at i starts once the particle of a foreign name before
 * it is taken (الحارس دي خيا read as خيا), with the given name before the particle where the text writes
 * one (فيرجيل فان ديك read as ديك). A particle that is also a word with a clitic (فان is also فإن "then")
 * is taken only after a given name.
 */
function particleStart(ctx: MatchContext, i: number): number {
  const { tokens } = ctx;
  const p = tokens[i - 1];
  // Not ابن, which names the son of the person after it as often (ابن رونالدو يبدع مع يوفنتوس).
  if (!p || p.kind !== 'arabic' || !FOREIGN_PARTICLES.has(p.norm) || NAME_JOINERS.has(p.norm)) return i;
  if (p.sentence !== tokens[i].sentence || ctx.isChrome(i - 1)) return i;
  const given = tokens[i - 2];
  const named =
    given?.kind === 'arabic' && cliticBits(given) === 0 && given.sentence === p.sentence && ctx.isGivenName(given) && !ctx.isChrome(i - 2);
  if (named) return i - 2;
  return p.stop || cliticBits(p) !== 0 ? i : i - 1;
}

/**
 * An indefinite device, app or model word (هاتف، تطبيقات، طراز; not الجهاز, the technical staff),
 * also where the splitter left a preposition on it (لهواتف).
 */
function productHead(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'arabic' || isDefinite(t)) return false;
  return PRODUCT_HEADS.has(t.base) || (t.base === t.norm && PRODUCT_HEADS.has(t.norm.replace(/^[وف]?[بلك]/, '')));
}

/** The word is written with the article (العيثاوي), not only folded to a form that starts like it (ألايف). */
function writtenDefinite(t: Token): boolean {
  return hasClitic(t, 'article') || /^[وفبلك]{0,2}ال/.test(t.text);
}

/** Whether every token of [from, to) passes `test` (without a slice of them). */
function allOf(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to; k++) if (!test(tokens[k])) return false;
  return true;
}

/** Adjacent spans of one type the tagger began separately (B-ORG B-ORG) are one name. */
function joinAdjacent(spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.tokenStart - b.tokenStart)) {
    const last = out[out.length - 1];
    if (last && last.type === s.type && last.tokenEnd === s.tokenStart && s.type !== 'PERS') {
      out[out.length - 1] = { ...last, end: s.end, tokenEnd: s.tokenEnd };
    } else out.push(s);
  }
  return out;
}

/**
 * Two persons the tagger read as one, joined by و (كيم داي جونغ ومو هيون، شون بن وكفن كوستنر، وورن بيتي
 * وروبرت ردفورد، هان كانغ ولازلز كراشنهوركاي): a word the splitter reads as و + a word, after two name words
 * or more and before another word of the span, starts a second person. A name that holds such a word has it
 * last (فلاديمير فان ويلينبرغ) or the splitter leaves it whole (منغ هونغ ووي، إسماعيل ولد الشيخ، هيومان
 * رايتس ووتش). Two names of one word each (معز وسامي) are left as they are.
 */
export function splitPersonPairs(tokens: readonly Token[], spans: readonly NerSpan[]): readonly NerSpan[] {
  let out: NerSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const k = s.type === 'PERS' ? secondPersonAt(tokens, s.tokenStart, s.tokenEnd) : -1;
    if (k < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ ...s, end: tokens[k - 1].end, tokenEnd: k }, { ...s, start: tokens[k].start, tokenStart: k });
  }
  return out ?? spans;
}

export function modelCandidates(ctx: MatchContext, given: readonly NerSpan[], hits: readonly LexHit[]): Candidate[] {
  const { tokens, text } = ctx;
  const spans = splitPersonPairs(tokens, joinAdjacent(given));
  const namedCountries = new Set<string>();
  for (const h of hits) for (const e of h.entries) if (e.type === 'COUNTRY' && e.via === 'name' && !e.context) namedCountries.add(e.key);
  // Figures in text order, to ask whether a span overlaps one (binary search).
  const figures = ctx.doc.figures.length > 0 ? [...ctx.doc.figures].sort((a, b) => a.start - b.start) : [];
  const inFigure = (start: number, end: number): boolean => {
    const k = firstEndingAfter(figures, start);
    return k < figures.length && figures[k].start < end;
  };

  // Lexicon hits by token range, for the LOC spans (built only when there is one).
  let byRange: Map<number, LexHit> | null = null;
  const hitFor = (from: number, to: number): LexHit | undefined => {
    if (!byRange) {
      byRange = new Map();
      for (const h of hits) byRange.set(h.tokenStart * 65536 + h.tokenEnd, h);
    }
    return byRange.get(from * 65536 + to);
  };
  // A one-word person in a list of names: a tagger's person ends just before its given name (after
  // a comma or with و on the given name), or another starts after it (after a comma or with و).
  const persStarts = new Set<number>();
  const persEnds = new Set<number>();
  for (const s of spans) {
    if (s.type !== 'PERS') continue;
    persStarts.add(s.tokenStart);
    persEnds.add(s.tokenEnd);
  }
  const listed = (i: number): boolean => {
    const before = tokens[i - 2];
    const prevOpen = hasClitic(tokens[i - 1], 'conj') ? persEnds.has(i - 1) : ctx.isPunct(before, ',،') && persEnds.has(i - 2);
    const after = tokens[i + 1];
    const nextOpen =
      (ctx.isPunct(after, ',،') && persStarts.has(i + 2)) || (after !== undefined && hasClitic(after, 'conj') && persStarts.has(i + 1));
    return prevOpen || nextOpen;
  };
  // Where the lexicon's places end, for a town listed after one (السويداء وصلخد).
  let cityEnds: Set<number> | null = null;
  const placeEnds = (): Set<number> => {
    if (!cityEnds) {
      cityEnds = new Set();
      for (const h of hits) if (h.entries.some((x) => x.via === 'name' && PLACE_TYPES.has(x.type))) cityEnds.add(h.tokenEnd);
    }
    return cityEnds;
  };
  const out: Candidate[] = [];
  for (const span of spans) {
    let from = span.tokenStart;
    let to = span.tokenEnd;
    // Trailing marks and function words are not part of a name ("الحسن لـ").
    while (
      to > from &&
      (tokens[to - 1].kind === 'punct' || tokens[to - 1].kind === 'symbol' || tokens[to - 1].stop || tokens[to - 1].norm.length < 2)
    )
      to--;
    while (from < to && (tokens[from].kind === 'punct' || tokens[from].kind === 'symbol')) from++;
    // A person's name starts at a name word: "ميليشيات الحوثي" → الحوثي, "يستدرك فليتشر" → فليتشر.
    if (span.type === 'PERS') {
      // ... and ends on no joiner: the tagger stops before بن علي, where علي also reads as the
      // preposition على ("زين العابدين بن" علي); a name word after the joiner is the name's
      // (not "منصور ولد منذ": ولد is also "was born").
      const after = tokens[to];
      if (
        to - from >= 2 &&
        NAME_JOINERS.has(tokens[to - 1].norm) &&
        after?.kind === 'arabic' &&
        after.sentence === tokens[to - 1].sentence &&
        (cliticBits(after) & ~CLITIC_BIT.article) === 0 &&
        nameLike(ctx, after) &&
        !ctx.isChrome(to)
      )
        to++;
      // ... and ends after الله where its last word and الله make a given name: the family names
      // العبد الله، الجار الله، العطا الله (unlabeled: 36, 26 and 16 times; the tagger stops before الله).
      if (to - from >= 2 && familyNameGoesOn(ctx, tokens[to - 1], tokens[to])) to++;
      // ... and to a family name that is mostly a plain word, where the pair is a known name (شوقي الطبيب:
      // phrases.ts surnameGoesOn).
      else if (to > from && !ctx.isChrome(to) && surnameGoesOn(tokens[to - 1], tokens[to])) to++;
      while (
        to - from > 1 &&
        tokens[from].kind === 'arabic' &&
        !ctx.isGivenName(tokens[from]) &&
        (verbLike(tokens[from]) ||
          verbLikeAfterAnd(tokens[from]) ||
          mostlyWord(ctx.gaz.stats, tokens[from].norm) ||
          pluralBeforeDefinite(tokens[from], tokens[from + 1]))
      )
        from++;
      if (to - from === 1 && givenNameBefore(ctx, from, listed)) from--;
      // ... and opens with the particle of a foreign name before it, and the given name before that
      // where the text writes one (المدافع فيرجيل فان ديك، الحارس دي خيا، روبرت دي نيرو).
      from = particleStart(ctx, from);
      // ... and ends before a word it ran on into (نتنياهو بتعهداته، صباح الخميس: phrases.ts).
      for (let k = from + 1; k < to; k++)
        if (runsOnAt(tokens, from, k)) {
          to = k;
          break;
        }
    }
    if (to <= from || ctx.isChrome(from) || allOf(tokens, from, to, (t) => t.stop)) continue;
    // Words of a figure are no name (كيلوواط, ميغا فولت أمبير, 70 مليار أورو).
    if (inFigure(tokens[from].start, tokens[to - 1].end)) continue;
    // A lone cue word is no name: منظمة, بنك, معهد.
    if (to - from === 1 && CUE_WORDS.has(withoutArticle(tokens[from]))) continue;
    // A span made only of plain words (رأس المال البشري) is the tagger's mistake: no word of it
    // is rare, a given name or mostly seen inside names. Not so a lexicon name the tagger
    // confirms (صور) or an event, which is often named with plain words (المؤتمر الاقتصادي).
    const lexical = span.type === 'LOC' && hitFor(from, to)?.entries.some((x) => x.via === 'name');
    const plain = allOf(tokens, from, to, (t) => t.kind === 'arabic' && !ctx.looksNamed(t) && !ctx.isGivenName(t));
    if (plain && !lexical && span.type !== 'MISC') continue;
    // A currency after an amount is no organisation (70 مليار ريال), a unit no person (لكل كيلوواط/ ساعة).
    if (to - from === 1 && CURRENCY_WORDS.has(withoutArticle(tokens[from]))) continue;
    // A name that starts with a product is the product (أندرويد وغالاكسي إس، Galaxy S9 Plus); a person only
    // when the product is all of it, ماك being a family name too.
    if (PRODUCT.of(tokens[from]) && (span.type !== 'PERS' || to - from === 1)) continue;
    if (allOf(tokens, from, to, (t) => UNITS_AFTER.next.get(t.norm)?.def !== undefined || UNITS_AFTER.next.get(t.base)?.def !== undefined))
      continue;
    const first = tokens[from];
    const start =
      span.type === 'PERS'
        ? personStart(ctx, first)
        : span.type === 'ORG'
          ? orgStart(ctx, first)
          : span.type === 'LOC'
            ? placeStart(first, tokens[from - 1])
            : baseStart(first);
    const end = tokens[to - 1].end;
    // A virus is no organisation or place (فيروس كورونا، بكورونا: sample3k 14 mentions of the tagger).
    if (to - from === 1 && first.kind === 'arabic' && DISEASES.has(foldString(text.slice(start, end)).replace(/^ال/, ''))) continue;
    // The candidate is made only for the spans kept below, as a literal (a spread of shared
    // fields cost about 1% of analyze() on unseen text); its keys keep the order they had.
    const candidate = (type: Candidate['type'], rule: string): Candidate => ({
      tokenStart: from,
      tokenEnd: to,
      start,
      end,
      key: null,
      name: text.slice(start, end),
      nameEn: null,
      via: 'model',
      priority: PRIORITY.model,
      group: formsGroup(tokens, from, to),
      type,
      rule,
    });
    let prev = tokens[from - 1];
    // محطة "ليلي": the word before the quote mark is the one that says what the name is.
    if (
      prev &&
      ctx.isPunct(prev, '"«“') &&
      tokens[from - 2]?.sentence === first.sentence &&
      (isFacilityWord(tokens[from - 2]) || productHead(tokens[from - 2]))
    )
      prev = tokens[from - 2];
    switch (span.type) {
      case 'PERS':
        if (to - from === 1 && (ctx.commonness(first) > COMMON_WORD || first.kind !== 'arabic')) continue;
        if (to - from === 1 && HONORIFIC_PRONOUNS.has(first.norm)) continue;
        // One word before الله is a phrase of it (بتوفيق الله، رحمة الله، رضوان الله عليهم، بحمد الله، يا رعاك
        // الله) or the head of a compound name the tagger cut (حكيم الله محسود): sample3k 11 such persons, none a name.
        if (to - from === 1 && tokens[to]?.norm === 'الله' && tokens[to].sentence === first.sentence) continue;
        // After a facility word the name is the facility's (محطة نور ميدلت is a plant).
        if (isFacilityWord(prev)) continue;
        // After a device, app or model word a name without the article is the product: هاتف آيفون،
        // بهواتف اندرويد، تطبيق «ألايف كور»، من طراز "توين اوتر" (5,500 unlabeled articles: 19 person mentions
        // so go, all products); هاتف العيثاوي is his phone.
        if (productHead(prev) && !writtenDefinite(first)) continue;
        out.push(candidate('PERSON', 'model-pers'));
        break;
      case 'ORG':
        // A project word the tagger took for an organisation (شبكة المترو الخفيف, carried there
        // from شركة المترو), or a name after one (مشروع واسط، مشروع «واسط»), is the project's: the
        // projects stage reads it.
        // A span that starts with a facility word (محطة ليلى) names the facility too.
        if (isFacilityWord(prev) || isFacilityWord(first) || quotedProjectName(ctx, { tokenStart: from, tokenEnd: to })) continue;
        // A people or a confession is no organisation: الأكراد، الشيعة، الدروز (95 ORG mentions on
        // 3,000 unlabeled articles, all of these three words).
        if (to - from === 1 && first.kind === 'arabic' && PEOPLE_GROUPS.has(withoutArticle(first))) continue;
        // A system spelled with spaces is no organisation: جي بي إس (GPS), يو إس بي (USB).
        if (spelledNonOrg(tokens, from, to)) continue;
        out.push(candidate('ORG', 'model-org'));
        break;
      case 'LOC': {
        const hit = hitFor(from, to);
        const e = hit?.entries.find((x) => x.via === 'name');
        // A place the context took for a project's name stays one (مشروع واسط).
        if (hit && e && (quotedProjectName(ctx, hit) || projectNamedAfter(ctx, hit, e, namedCountries))) continue;
        // قطر before a length is the diameter (02-check-context.ts).
        if (e && e.key === 'QA' && lengthFigureAt(ctx, to)) continue;
        // A place word of a fixed phrase is the phrase's word (الرباط الصليبي: 02-check-context.ts).
        if (hit && inPlaceWordPhrase(ctx, hit)) continue;
        // النيل من is "harming", not the Nile (02-check-context.ts), whoever tags it.
        if (e && e.type === 'LOCATION' && verbalNounBeforeFrom(ctx, { tokenStart: from, tokenEnd: to })) continue;
        if (e) {
          out.push({
            tokenStart: from,
            tokenEnd: to,
            start,
            end,
            key: e.key,
            name: e.name,
            nameEn: e.nameEn,
            via: 'model',
            priority: PRIORITY.model,
            group: undefined,
            type: e.type,
            country: e.country,
            rule: 'model-loc-lexicon',
          });
          break;
        }
        // A feature word alone is the common noun, no name: المثلث المحيط ("the surrounding triangle"),
        // قاع المحيط, محمد أبو جبل (on 3,000 unseen articles 7 such LOCATION mentions, none a place's name).
        if (to - from === 1 && FEATURE_WORDS.has(first.base)) continue;
        const feature = FEATURE_WORDS.has(first.base) || (prev !== undefined && FEATURE_WORDS.has(prev.base));
        const settlement = prev !== undefined && SETTLEMENT_WORDS.has(prev.base);
        if (feature && !settlement) {
          out.push(candidate('LOCATION', 'model-loc'));
          break;
        }
        // A town the lexicon does not know needs a word that puts it on the map; see placeSaid.
        if (!settlement && !placeSaid(ctx, from, to, placeEnds)) continue;
        if (!settlement && onFootball(ctx)) continue;
        out.push(candidate('CITY', 'model-loc'));
        break;
      }
      case 'MISC':
        if (EVENT_WORDS.has(withoutArticle(first)) || (prev !== undefined && EVENT_WORDS.has(withoutArticle(prev)))) {
          out.push(candidate('EVENT', 'model-misc-event'));
        }
        break;
    }
  }
  return out;
}

/**
 * The lexicon's towns that are the family name of a person the tagger read whole: كريم الأحمدي،
 * خوان مانويل سانتوس، نعومي أوساكا، محمد بخاري، لويس هاملتون. A one-word town without a proclitic,
 * inside the tagger's person that starts before it with a given name and no title (أمين الأحساء is
 * the mayor of Al-Ahsa: city_office), is dropped, so that the person's span fills its place (step 5 takes a
 * tagger's span only where no lexicon name overlaps it). On /tmp/s31/sample3k.jsonl 44 CITY
 * mentions stood so, 41 of them inside a person's name (الأحمدي ×10, سانتوس ×5, بولو ×2, الخليل ×2).
 */
export function familyNamePlaces(ctx: MatchContext, lexicon: Candidate[], model: readonly Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const persons = model.filter(
    (p) =>
      p.type === 'PERSON' &&
      p.tokenEnd - p.tokenStart >= 2 &&
      ctx.isGivenName(tokens[p.tokenStart]) &&
      ctx.cueAt(p.tokenStart) === null &&
      !CITY_OFFICES.has(tokens[p.tokenStart].base),
  );
  if (persons.length === 0) return lexicon;
  return lexicon.filter(
    (c) =>
      !(
        c.type === 'CITY' &&
        c.via === 'name' &&
        c.tokenEnd - c.tokenStart === 1 &&
        (cliticBits(tokens[c.tokenStart]) & PROCLITIC_BITS) === 0 &&
        persons.some((p) => p.tokenStart < c.tokenStart && p.tokenEnd >= c.tokenEnd)
      ),
  );
}
