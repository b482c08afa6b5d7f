// Step 2 (match, continued): keeps the lexicon hits their context confirms and picks, for each,
// the entry it stands for.
// - A nisba is a country mention only as an adjective agreeing with a noun or as a plural
//   demonym: "الشركة اليابانية", "بدعم ياباني", "المستهلكين اليابانيين" are Japan; "الأمير تركي"
//   (a definite noun, an indefinite word: a name) and "قال المصري" (no noun) are not.
// - A nisba the lexicon marks ambiguous (مالي is also "financial", تركي a given name) needs the
//   country named elsewhere in the article.
// - A context-bound alias (المملكة) needs the press country: the site's, or else the country the
//   article names most among those the alias can stand for.
// - A one-word place the corpora mostly use as a plain word (عالية, صور, العين) needs a
//   settlement cue (مدينة العين) or a place beside it in a list (صيدا وصور).
// - A nisba after a currency names the currency, not a country (153 مليون دولار أمريكي).
// - A one-word place after a demonstrative is a plain noun (هذا الخبر, "this news").
// - Facilities of the location lexicon (محطة توراكورغان) are left to the project stage.
// - Of the entries sharing a name, the lowest rank wins (the country الكويت before the city),
//   except after a city cue (مدينة الكويت).
import type { Candidate } from './candidate.js';
import { formsGroup, PRIORITY } from './candidate.js';
import { NEW_WORDS } from './patterns/place-cues.js';
import type { LexEntry } from './gazetteer.js';
import type { LexHit } from './01-match-lexicon.js';
import type { MatchContext } from './match-context.js';
import { isDefinite, isFacilityWord, matchForm, withoutArticle } from './token-view.js';
import { mostlyWord } from './name-stats.js';
import { facilityWords, words, wordsOf } from '../lexicon/word-lists.js';
import { CLITIC_BIT, cliticBits, cliticForms, hasClitic } from '../model/token.js';
import { TypeFlag } from '../text/type-flag.js';

const FACILITY_WORDS = facilityWords();

/** Words before a place that make it a settlement: the settlement, capital and area cues. */
const CITY_CUES = wordsOf(['settlement_cue', 'capital_word', 'area_cue']);
/** Currency words a nisba may follow as part of the currency's name (دولار أمريكي, الجنيه المصري). */
const CURRENCIES = words('currency_word');
const PLACE_SOURCES = new Set(['place', 'location']);
/** Words before a country name that say it is one: في مالي, دولة مالي, إلى مالي. */
const COUNTRY_CUES = words('country_cue');
const DASHES = '-–—';
// Nouns that take a country's adjective and little else (الرئيس الجورجي، الحكومة الرومانية،
// بنظيره الأذربيجاني): after one, an ambiguous nisba is the country even when the article never
// names it. Not for مالي/قمري/مجري, whose other senses (financial, lunar, watercourse) follow
// such nouns too (السلطات المالية، الشركة المالية); for those only the heads of state and government.
const HEAD_OF_STATE_NOUNS = words('head_of_state_noun');
const STATE_NOUNS = wordsOf(['head_of_state_noun', 'nisba_noun']);
const WORDY_NISBAS = new Set(['ML', 'KM', 'HU']);

function stateNounBefore(ctx: MatchContext, h: LexHit, key: string): boolean {
  const prev = ctx.tokens[h.tokenStart - 1];
  if (!prev || prev.kind !== 'arabic' || prev.sentence !== ctx.tokens[h.tokenStart].sentence) return false;
  return (WORDY_NISBAS.has(key) ? HEAD_OF_STATE_NOUNS : STATE_NOUNS).has(prev.base);
}

/**
 * A city followed by a masculine definite country nisba is a football club: a city is feminine
 * (برشلونة الإسبانية), the club (النادي) masculine: "أمام روما الإيطالي"، "المنتقل إلى بورتو البرتغالي"،
 * "جناح بوردو الفرنسي". On 3,000 unlabeled articles (/tmp/s31/sample3k.jsonl) 177 cities stood before
 * such a nisba: after the listed clubs and نادي X (read by the org cues), 92 became clubs, all clubs by
 * reading (about 10 cut: فينورد روتردام، استقلال طهران); the nisba agreed with a place noun instead in 8
 * (منتجع سوتشي الروسي، سجن الرملة الإسرائيلي، خام تكساس الأميركي), which masculine_place_noun keeps cities.
 */
function clubNamedByCity(ctx: MatchContext, h: LexHit, entry: LexEntry, countryNisbaStarts: ReadonlySet<number>): boolean {
  if (entry.type !== 'CITY' || entry.via !== 'name' || !countryNisbaStarts.has(h.tokenEnd)) return false;
  const { tokens } = ctx;
  const nisba = tokens[h.tokenEnd];
  if (nisba.sentence !== tokens[h.tokenStart].sentence || nisba.clitics.some((c) => c.type !== 'article')) return false;
  if (!nisba.base.startsWith('ال') || !nisba.base.endsWith('ي')) return false;
  const prev = tokens[h.tokenStart - 1];
  if (!prev || prev.sentence !== nisba.sentence) return true;
  // After نادي or فريق the org cues read the club's name (نادي برشلونة).
  // After مدينة the place is the city whatever the nisba (مدينة سان بطرسبرغ الروسي).
  return (
    !isFacilityWord(prev) &&
    !MASCULINE_PLACE_NOUNS.has(withoutArticle(prev)) &&
    !ORG_CUE_WORDS.has(withoutArticle(prev)) &&
    !CITY_CUES.has(prev.base)
  );
}

/**
 * A one-word place that is also a given name, followed by another name word, is a person's name:
 * بشار الأسد (1,387 times in ../shared/unlabeled) is no mention of Béchar (بشار, some 10 times there);
 * so ماري لوبان. Not after a place cue or preposition of place (في بشار، ولاية بشار).
 */
function givenNameOfPerson(ctx: MatchContext, h: LexHit, placeStarts: ReadonlySet<number>): boolean {
  const { tokens } = ctx;
  const t = tokens[h.tokenStart];
  const next = tokens[h.tokenEnd];
  if (h.tokenEnd - h.tokenStart !== 1 || !ctx.isGivenName(t) || !next || next.sentence !== t.sentence) return false;
  if (next.kind !== 'arabic' || next.stop || next.clitics.some((c) => c.type !== 'article') || placeStarts.has(h.tokenEnd)) return false;
  if (!(ctx.isGivenName(next) || ctx.namedByCorpus(next) || ctx.isRare(next))) return false;
  const prev = tokens[h.tokenStart - 1];
  return !(prev && prev.sentence === t.sentence && (CITY_CUES.has(prev.base) || LOCATIVES.has(prev.norm)));
}

/**
 * A one-word city right after a one-word title or honorific (الأميرة، الملكة، السيد) is the person's name:
 * والأميرة شارلوت، تاج الملكة ماري (../shared/unlabeled: الأميرة شارلوت 10، الملكة/الأميرة فيكتوريا 14، الملكة صوفيا 7،
 * الملكة ماري 6; sample3k: 4 such cities, all persons). A title takes a nisba or a name,
 * never a place (its office's place comes after a role: محافظ جدة، عمدة لندن، رئيس إقليم كردستان).
 */
function afterPersonTitle(ctx: MatchContext, h: LexHit): boolean {
  if (h.tokenEnd - h.tokenStart !== 1 || h.tokenStart === 0) return false;
  const prev = ctx.tokens[h.tokenStart - 1];
  if (prev.sentence !== ctx.tokens[h.tokenStart].sentence || !isDefinite(prev)) return false;
  const cue = ctx.cueAt(h.tokenStart - 1);
  if (!cue || cue.length !== 1 || cue.kind === 'role') return false;
  // The title as written with its article (والأميرة، الملكة), not والي (a Tunisian governor, a role before his
  // province: والي سوسة) that the splitter also reads as و + الي.
  const form = ctx.gaz.cues.root.has(prev.norm) ? prev.norm : prev.base;
  return form.startsWith('ال');
}

const MASCULINE_PLACE_NOUNS = words('masculine_place_noun');
const ORG_CUE_WORDS = words('org_cue');

/** A length figure (10 م, 27 بوصة) starts at token i. */
export function lengthFigureAt(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && ctx.doc.figures.some((f) => f.kind === 'length' && f.start === t.start);
}

/** A one-word place after a demonstrative is a plain noun: هذا الخبر is "this news", not Khobar. */
const DEMONSTRATIVES = words('demonstrative');

/**
 * A one-word place after a noun of a news item is the word "news": رابط الخبر (SaudiNewsNet's
 * source line "رابط الخبر بصحيفة الوئام: ...", 1,250 times in ../shared/unlabeled), صحة الخبر 13,
 * نشر الخبر 7, not Khobar.
 */
const NEWS_NOUNS = words('news_noun');

/**
 * A one-word place that makes a fixed phrase with the word before or after it is a plain word there
 * (data/lexicon/entity-words.tsv place_word_phrase, counted in ../shared/unlabeled): الرباط الصليبي
 * 92 times (a knee ligament, not Rabat), ولاية الفقيه 124 (the jurist's rule), حماة الوطن 34.
 */
const PLACE_WORD_PHRASES = words('place_word_phrase');

/** The one-word place at h is a word of a place_word_phrase with its neighbour. */
export function inPlaceWordPhrase(ctx: MatchContext, h: LexHit): boolean {
  if (h.tokenEnd - h.tokenStart !== 1) return false;
  const t = ctx.tokens[h.tokenStart];
  const prev = ctx.tokens[h.tokenStart - 1];
  const next = ctx.tokens[h.tokenEnd];
  if (prev?.kind === 'arabic' && PLACE_WORD_PHRASES.has(`${prev.base} ${t.base}`)) return true;
  return next?.kind === 'arabic' && (cliticBits(next) & ~CLITIC_BIT.article) === 0 && PLACE_WORD_PHRASES.has(`${t.base} ${next.norm}`);
}

/**
 * A one-word place that is also a verbal noun taking من is that noun before it: النيل من أمن المملكة، للنيل منه
 * ("harming", "to undermine"), not the Nile. ../shared/unlabeled writes النيل + من or من with a pronoun 277 times
 * (من 214, منها 34, منه 24, منهم 3) in 215 articles, which the lexicon and the tagger read as 258 mentions of the Nile:
 * all the idiom but the two after نهر (نهر النيل من), a hit of two words that this leaves alone, three after مياه
 * (مياه النيل من إثيوبيا) and one after a dam (على النيل من الإضرار), which it drops.
 */
const PLACE_VERBAL_NOUNS = words('place_verbal_noun');
const FROM = /^من(ه|ها|هم|هما|ا|ي|ك|كم)?$/;
/** After a word of its water the river is meant (مياه النيل من إثيوبيا: 3 of the 256 in ../shared/unlabeled). */
const RIVER_WATER_WORDS = words('river_water_word');
export function verbalNounBeforeFrom(ctx: MatchContext, h: Pick<LexHit, 'tokenStart' | 'tokenEnd'>): boolean {
  if (h.tokenEnd - h.tokenStart !== 1) return false;
  const t = ctx.tokens[h.tokenStart];
  const next = ctx.tokens[h.tokenEnd];
  return (
    t.kind === 'arabic' &&
    PLACE_VERBAL_NOUNS.has(withoutArticle(t)) &&
    next !== undefined &&
    next.sentence === t.sentence &&
    FROM.test(next.norm) &&
    !RIVER_WATER_WORDS.has(withoutArticle(ctx.tokens[h.tokenStart - 1] ?? { base: '' }))
  );
}

/**
 * Words the news writes whole that read as proclitics and a one-word place (كسرت، فعالية، باكرا، كواليس،
 * بناها): data/lexicon/place-clitic-words.tsv, counted in ../shared/unlabeled by
 * src/scripts/build-place-clitic-words.ts. A place read by taking their proclitics off is none.
 */
const PLACE_CLITIC_WORDS = words('place_clitic_word');

/** Hits whose context confirms them, each as a candidate with its chosen entry. */
export function checkContext(ctx: MatchContext, hits: LexHit[]): Candidate[] {
  const pressCountry = findPressCountry(ctx, hits);
  const named = new Set<string>();
  for (const h of hits)
    for (const e of h.entries) if (e.type === 'COUNTRY' && e.via === 'name' && !e.context && !e.ambiguous) named.add(e.key);
  const nisbaEnds = new Set<number>();
  const votes = countryVotes(hits);
  const out: Candidate[] = [];
  const placeStarts = new Set<number>();
  const placeEnds = new Set<number>();
  // Where an organisation the lexicons name ends: a nisba after it describes it (شركة مصدر الإماراتية).
  const orgEnds = new Set<number>();
  const cityEnds = new Set<number>();
  // Where a country's nisba may start: a city before a masculine one is a club (برشلونة الإسباني).
  const countryNisbaStarts = new Set<number>();
  for (const h of hits) {
    if (h.entries.some((e) => e.type === 'COUNTRY' && e.via === 'nisba')) countryNisbaStarts.add(h.tokenStart);
    if (h.entries.some((e) => (e.type === 'CITY' || e.type === 'COUNTRY') && !e.ambiguous && e.via === 'name')) {
      placeStarts.add(h.tokenStart);
      placeEnds.add(h.tokenEnd);
    }
    if (h.entries.some((e) => e.type === 'CITY' && !e.ambiguous && e.via === 'name')) cityEnds.add(h.tokenEnd);
    if (h.entries.some((e) => e.type === 'ORG' && e.via === 'name')) orgEnds.add(h.tokenEnd);
  }
  for (const h of hits) {
    // بروس ويليس: a word that is a given name as written is no ب + روس (Russians).
    const first = ctx.tokens[h.tokenStart];
    if (h.start > first.start && first.kind === 'arabic' && ctx.gaz.givenNames.has(first.norm)) continue;
    if (h.start > first.start && h.tokenEnd - h.tokenStart === 1 && PLACE_CLITIC_WORDS.has(first.norm)) continue;
    const ok = h.entries.filter((e) => {
      if (e.facility) return false;
      if (e.context && e.context !== pressCountry) return false;
      if (e.via === 'nisba') {
        if (e.ambiguous && !named.has(e.key) && !stateNounBefore(ctx, h, e.key)) return false;
        if (!nisbaAgrees(ctx, h, e, nisbaEnds, orgEnds, cityEnds)) return false;
      } else if (
        e.ambiguous &&
        PLACE_SOURCES.has(e.source) &&
        !placeConfirmed(ctx, h, placeStarts, placeEnds) &&
        !locatedInNamedCountry(ctx, h, e, votes)
      ) {
        return false;
      } else if (
        e.ambiguous &&
        e.source === 'country' &&
        !COUNTRY_CUES.has(ctx.tokens[h.tokenStart - 1]?.norm ?? '') &&
        !placeConfirmed(ctx, h, placeStarts, placeEnds)
      ) {
        // "عجز مالي" is a financial deficit; "في مالي", "دولة مالي", "النيجر ومالي" is Mali.
        return false;
      }
      if (e.type === 'CITY' && (quotedProjectName(ctx, h) || projectNamedAfter(ctx, h, e, named))) return false;
      if (e.type === 'CITY' && e.via === 'name' && givenNameOfPerson(ctx, h, placeStarts)) return false;
      if (e.type === 'CITY' && e.via === 'name' && afterPersonTitle(ctx, h)) return false;
      // قطر before a length is the diameter: "وقطر 10 م", "بقطر 27 بوصة" (14 articles of
      // ../shared/unlabeled, 7 outlets); before a bare number it is still Qatar (قطر 2022، قطر 0).
      if (e.type === 'COUNTRY' && e.key === 'QA' && lengthFigureAt(ctx, h.tokenEnd)) return false;
      if (e.type === 'LOCATION' && verbalNounBeforeFrom(ctx, h)) return false;
      if (
        (e.type === 'CITY' || e.type === 'LOCATION') &&
        h.tokenEnd - h.tokenStart === 1 &&
        (DEMONSTRATIVES.has(ctx.tokens[h.tokenStart - 1]?.norm ?? '') || NEWS_NOUNS.has(ctx.tokens[h.tokenStart - 1]?.base ?? ''))
      )
        return false;
      if ((e.type === 'CITY' || e.type === 'LOCATION') && inPlaceWordPhrase(ctx, h)) return false;
      // After a number comes a counted word: "1.1 بليون شخص" is a billion, not ب + ليون (Lyon).
      if (
        e.via === 'name' &&
        e.type !== 'ORG' &&
        ctx.tokens[h.tokenStart - 1]?.kind === 'number' &&
        cliticBits(ctx.tokens[h.tokenStart]) !== 0
      )
        return false;
      return true;
    });
    if (ok.length === 0) continue;
    if (quotedPublication(ctx, h)) {
      // «الشرق الأوسط» told or shown something is the newspaper: its lexicon entry when the
      // lexicon lists it (صحيفة الشرق الأوسط), no place either way.
      const paper = publicationEntry(ctx, h);
      if (paper) out.push(toCandidate(h, paper));
      if (ok.every((e) => e.type !== 'ORG')) continue;
    }
    const entry = choose(ctx, h, ok, votes);
    if (entry.via === 'nisba') nisbaEnds.add(h.tokenEnd - 1);
    if (clubNamedByCity(ctx, h, entry, countryNisbaStarts)) {
      out.push({
        ...toCandidate(h, entry),
        type: 'ORG',
        key: null,
        name: ctx.text.slice(h.start, h.end),
        nameEn: null,
        rule: 'club-city',
        group: formsGroup(ctx.tokens, h.tokenStart, h.tokenEnd),
        subtype: 'club',
      });
      continue;
    }
    const next = ctx.tokens[h.tokenEnd];
    // A city takes the feminine (القاهرة الجديدة); after a facility word the adjective is the
    // facility's (مطار جدة الجديد is a new airport, not a new Jeddah).
    const newPlace =
      next &&
      next.sentence === first.sentence &&
      entry.via === 'name' &&
      (entry.type === 'CITY' ? next.norm === 'الجديده' : entry.type === 'LOCATION' && NEW_WORDS.has(next.norm));
    if (newPlace && !isFacilityWord(ctx.tokens[h.tokenStart - 1])) {
      // A place and الجديدة is a new place: القاهرة الجديدة، الإسماعيلية الجديدة، قناة السويس
      // الجديدة (../shared/unlabeled: "السويس|القاهرة|العلمين|الإسماعيلية ... الجديدة" 526 times in
      // 257 articles). It keeps the type, not the key.
      const end = next.end;
      const name = ctx.text.slice(h.start, end);
      out.push({
        ...toCandidate({ ...h, tokenEnd: h.tokenEnd + 1, end }, entry),
        key: null,
        name,
        nameEn: null,
        rule: 'lexicon-new-place',
        group: formsGroup(ctx.tokens, h.tokenStart, h.tokenEnd + 1),
      });
      continue;
    }
    out.push(toCandidate(h, entry));
  }
  out.push(...unlistedPublications(ctx, hits));
  return out;
}

/** Words a quoted publication name may have (لـ«الاقتصادية»، لـ«وول ستريت جورنال»). */
const MAX_PUBLICATION_WORDS = 4;

/**
 * Quoted names cited as publications that are no lexicon name by themselves but whose
 * newspaper the lexicon lists: "لـ«الاقتصادية»" is صحيفة الاقتصادية (the word alone is "economic").
 */
function unlistedPublications(ctx: MatchContext, hits: LexHit[]): Candidate[] {
  const { tokens, typeIds } = ctx;
  const out: Candidate[] = [];
  // The token ranges of the hits, to ask in one lookup whether a hit has the span (made at the
  // first quoted span: most documents have none).
  let hitRanges: Set<string> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (!OPEN_QUOTE.ofType(typeIds[i - 1], tokens[i - 1])) continue;
    let j = i;
    while (j < tokens.length && j - i < MAX_PUBLICATION_WORDS && tokens[j].kind === 'arabic') j++;
    if (j === i || !ctx.isPunct(tokens[j], CLOSE_QUOTES) || ctx.isChrome(i)) continue;
    hitRanges ??= new Set(hits.map((h) => `${h.tokenStart}:${h.tokenEnd}`));
    if (hitRanges.has(`${i}:${j}`)) continue;
    const span: LexHit = { tokenStart: i, tokenEnd: j, start: tokens[i].start, end: tokens[j - 1].end, entries: [] };
    if (!quotedPublication(ctx, span)) continue;
    const paper = publicationEntry(ctx, span);
    if (paper) out.push(toCandidate(span, paper));
  }
  return out;
}

/** The country a lexicon entry places its name in. */
function countryOf(e: LexEntry): string | undefined {
  return e.type === 'COUNTRY' ? e.key : e.country;
}

/**
 * How often the article names each country through a name that can mean only it (الأردن،
 * الأردني، إربد): the votes that decide a name shared by places of two countries.
 */
function countryVotes(hits: readonly LexHit[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const h of hits) {
    if (h.entries.length === 0 || !sameCountry(h.entries)) continue;
    const cc = countryOf(h.entries[0]);
    if (cc && h.entries.every((e) => !e.ambiguous)) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  return votes;
}

/**
 * Every entry has the country of the first (or none, as the first). Asked for each lexicon hit, so
 * without the Set of their countries it had built (about 7 MB of the 5 MB benchmark's allocation).
 */
function sameCountry(entries: readonly LexEntry[]): boolean {
  const first = countryOf(entries[0]);
  for (let k = 1; k < entries.length; k++) if (countryOf(entries[k]) !== first) return false;
  return true;
}

function choose(ctx: MatchContext, h: LexHit, entries: LexEntry[], votes: ReadonlyMap<string, number>): LexEntry {
  // عمان in an article about Jordan is Amman, طرابلس in one about Libya is Tripoli of Libya: a
  // name shared by places of several countries goes to the country the article names more.
  if (entries.length > 1 && !sameCountry(entries)) {
    const score = (e: LexEntry) => votes.get(countryOf(e) ?? '') ?? 0;
    const top = Math.max(...entries.map(score));
    const leaders = entries.filter((e) => score(e) === top);
    if (top > 0 && sameCountry(leaders)) entries = leaders;
  }
  const prev = ctx.tokens[h.tokenStart - 1];
  const afterCityCue = prev !== undefined && CITY_CUES.has(prev.base);
  let best = entries[0];
  for (const e of entries) {
    const r = afterCityCue && e.type === 'CITY' ? -1 : e.rank;
    const rb = afterCityCue && best.type === 'CITY' ? -1 : best.rank;
    if (r < rb) best = e;
  }
  return best;
}

function toCandidate(h: LexHit, e: LexEntry): Candidate {
  const priority = e.via === 'nisba' ? PRIORITY.nisba : e.via === 'acronym' ? PRIORITY.acronym : PRIORITY.lexicon;
  return {
    tokenStart: h.tokenStart,
    tokenEnd: h.tokenEnd,
    start: h.start,
    end: h.end,
    type: e.type,
    key: e.key,
    name: e.name,
    nameEn: e.nameEn,
    via: e.via,
    rule: `lexicon:${e.source}`,
    priority,
    country: e.type === 'COUNTRY' ? e.key : e.country,
    container: e.container,
    subtype: e.subtype,
  };
}

/**
 * A place name quoted right after a project word names the project: in 'مشروع «واسط»' Wasit is
 * a gas programme, not the Iraqi province.
 */
export function quotedProjectName(ctx: MatchContext, h: Pick<LexHit, 'tokenStart' | 'tokenEnd'>): boolean {
  const { tokens } = ctx;
  if (!ctx.isPunct(tokens[h.tokenStart - 1], '"«“') || !ctx.isPunct(tokens[h.tokenEnd], '"»”')) return false;
  const word = tokens[h.tokenStart - 2];
  if (!word || word.kind !== 'arabic') return false;
  return FACILITY_WORDS.has(withoutArticle(word));
}

// Before a quoted name, what shows it is a publication the article cites: لـ«الشرق الأوسط» ("told
// Asharq Al-Awsat"), حصلت «الشرق الأوسط» على نسخة ("obtained a copy"), ذكرت «الرياض», and the
// byline's "الوحدة الاقتصادية بـ«الشرق الأوسط»". A quoted region after منطقة stays a region.
const PUBLICATION_HEADS = words('publication_head');
/** Verbs of citing, and the head words (لصحيفة «الرياض»), before a quoted publication. */
const PRESS_VERBS = new Set([...words('press_verb'), ...PUBLICATION_HEADS, ...[...PUBLICATION_HEADS].map((h) => 'ل' + h)]);
const GLUED_PREPOSITIONS = new Set(['ل', 'ول', 'ب', 'وب']);
const OPEN_QUOTES = '«"“';
const CLOSE_QUOTES = '»"”';
/** An opening quote mark (ctx.isPunct(t, OPEN_QUOTES)), asked once per word type. */
const OPEN_QUOTE = new TypeFlag((t) => (t.kind === 'punct' || t.kind === 'symbol') && OPEN_QUOTES.includes(t.text[0]));

/** A name in guillemets that the words before it show to be a publication cited by the article. */
export function quotedPublication(ctx: MatchContext, h: LexHit): boolean {
  const { tokens } = ctx;
  const open = tokens[h.tokenStart - 1];
  if (!ctx.isPunct(open, OPEN_QUOTES) || !ctx.isPunct(tokens[h.tokenEnd], CLOSE_QUOTES)) return false;
  const before = tokens[h.tokenStart - 2];
  if (!before || before.kind !== 'arabic' || before.sentence !== open.sentence) return false;
  // لـ«، بـ«، لـ "الاقتصادية": the preposition written apart before the quote mark (told, at
  // the newspaper), glued to it or drawn out with a tatweel.
  if ((before.end === open.start || before.text.endsWith('\u0640')) && GLUED_PREPOSITIONS.has(before.norm)) return true;
  return PRESS_VERBS.has(before.norm) || PRESS_VERBS.has(before.base);
}

/** The lexicon's publication of that name (صحيفة / جريدة / مجلة + the quoted words), if listed. */
function publicationEntry(ctx: MatchContext, h: LexHit): LexEntry | undefined {
  for (const head of PUBLICATION_HEADS) {
    let node = ctx.gaz.trie.root.get(head);
    for (let i = h.tokenStart; node && i < h.tokenEnd; i++) node = node.next?.get(matchForm(ctx.tokens[i]));
    const e = node?.values?.find((v) => v.type === 'ORG');
    if (e) return e;
  }
  return undefined;
}

/**
 * A place right after مشروع, of a country the article never names, is the project's name, not
 * the place: a Saudi article on "مشروع واسط" (a gas plant) is not about the Iraqi province.
 */
export function projectNamedAfter(ctx: MatchContext, h: LexHit, e: LexEntry, named: Set<string>): boolean {
  const prev = ctx.tokens[h.tokenStart - 1];
  if (!prev || prev.kind !== 'arabic') return false;
  const bare = withoutArticle(prev);
  return (bare === 'مشروع' || bare === 'مشاريع') && named.size > 0 && !!e.country && !named.has(e.country);
}

const LOCATIVES = words('locative');

/**
 * "في مسقط" in an article that names Oman elsewhere, "إلى العين" in one about the Emirates: after
 * a preposition of place, a place name that is also a word is the place of a country the article
 * names (مسقط رأسه "his birthplace" takes no preposition before it).
 */
function locatedInNamedCountry(ctx: MatchContext, h: LexHit, e: LexEntry, votes: ReadonlyMap<string, number>): boolean {
  const prev = ctx.tokens[h.tokenStart - 1];
  const first = ctx.tokens[h.tokenStart];
  const locative =
    (prev !== undefined && prev.kind === 'arabic' && LOCATIVES.has(prev.base)) ||
    (hasClitic(first, 'prep') && cliticForms(first).some((c) => c.type === 'prep' && c.text === 'ب')) ||
    // بمجاز الباب، بتاجروين: a ب the splitter left on the word, stripped by the matcher (8,913
    // articles of ../shared/unlabeled: 46 mentions added, 45 right, with 01-match-lexicon's longer names).
    (h.start > first.start && ctx.text.slice(first.start, h.start).endsWith('ب'));
  const next = ctx.tokens[h.tokenEnd];
  if (next?.kind === 'arabic' && HEAD_WORD.has(next.base)) return false;
  return locative && e.country !== undefined && (votes.get(e.country) ?? 0) > 0;
}

/** مسقط رأسه: the place word is the first of a compound noun. */
const HEAD_WORD = new Set(['راس', 'راسه', 'راسها']);

/**
 * An ambiguous one-word place is confirmed by a settlement cue before it (مدينة العين) or by a
 * known place beside it in a list (صيدا وصور, صور، صيدا).
 */
function placeConfirmed(ctx: MatchContext, h: LexHit, placeStarts: Set<number>, placeEnds: Set<number>): boolean {
  const { tokens } = ctx;
  const prev = tokens[h.tokenStart - 1];
  if (prev && CITY_CUES.has(prev.base)) return true;
  const first = tokens[h.tokenStart];
  // "وصور": the conjunction is on the token itself.
  if (hasClitic(first, 'conj') && placeEnds.has(h.tokenStart - (ctx.isPunct(prev, ',،') ? 1 : 0))) return true;
  if (ctx.isPunct(prev, ',،') && placeEnds.has(h.tokenStart - 1)) return true;
  const next = tokens[h.tokenEnd];
  if (next && ctx.isPunct(next, ',،') && placeStarts.has(h.tokenEnd + 1)) return true;
  if (next && hasClitic(next, 'conj') && placeStarts.has(h.tokenEnd)) return true;
  return false;
}

/**
 * A nisba agrees with the word before it: with the article after a definite word or a proper
 * name (سيمنز الألمانية، شركة مصدر الإماراتية), without it after an indefinite noun (بدعم
 * ياباني). The second nisba of a compound agrees through the dash (الأوزبكية-اليابانية). Plurals
 * stand alone as demonyms.
 */
function nisbaAgrees(
  ctx: MatchContext,
  h: LexHit,
  e: LexEntry,
  nisbaEnds: Set<number>,
  orgEnds: Set<number>,
  cityEnds: Set<number>,
): boolean {
  // A plural stands alone as a demonym (قال اليابانيون), unless it is mostly a plain word:
  // الألبان is dairy far more often than Albanians, so it must agree like an adjective.
  if (e.plural && !mostlyWord(ctx.gaz.stats, ctx.tokens[h.tokenEnd - 1].base)) return true;
  const i = h.tokenStart;
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.sentence !== ctx.tokens[i].sentence) return false;
  if (CURRENCIES.has(withoutArticle(prev))) return false;
  if (ctx.isPunct(prev, DASHES)) return nisbaEnds.has(i - 2);
  // شركة "توتال" الفرنسية، مجموعة «النواس» الإماراتية: a quoted name is a proper name.
  const quoted = ctx.tokens[i - 2];
  if (ctx.isPunct(prev, '»”"') && quoted && quoted.end === prev.start && quoted.kind !== 'punct') return !!e.definite;
  if (prev.kind === 'latin' || prev.kind === 'alnum') return !!e.definite && ctx.isCapitalized(prev);
  if (prev.kind !== 'arabic' || prev.stop) return false;
  if (ctx.isGivenName(prev)) return false;
  if (e.definite) {
    // A definite nisba before a person's name is the person's nationality: "بقيادة الإيطالي
    // ألبيرتو زاكيروني"، "وسجل البرازيلي ويليان". After a listed city it is the city's country:
    // "حيدر آباد الهندية"، "مدينة حلب السورية"، "برشلونة الإسباني". On 2,989 articles of
    // ../shared/unlabeled (every 24th record) the two add 106 and 165 country mentions in 182
    // articles; all 271 read, none wrong.
    const next = ctx.tokens[h.tokenEnd];
    if (next && next.sentence === prev.sentence && (ctx.isGivenName(next) || personTaggedAt(ctx, h.tokenEnd))) return true;
    if (cityEnds.has(i)) return true;
  }
  // A noun with a possessive pronoun is definite too (بنظيره الأوزبكي، شركتها اليابانية).
  // An organisation's name is a proper name, definite whatever its last word (شركة مصدر الإماراتية).
  if (e.definite) return isDefinite(prev) || hasClitic(prev, 'pronoun') || ctx.isRare(prev) || nisbaEnds.has(i - 1) || orgEnds.has(i);
  return !isDefinite(prev);
}

/** The tagger's person name starts at token i. */
function personTaggedAt(ctx: MatchContext, i: number): boolean {
  return ctx.doc.nerSpans.some((s) => s.type === 'PERS' && s.tokenStart === i);
}

/**
 * The country whose press the article reads like: the site's when known, else the country
 * among those a context-bound alias may stand for that the article names most (by country
 * name or place), or null.
 */
export function findPressCountry(ctx: MatchContext, hits: LexHit[]): string | null {
  if (ctx.doc.meta.siteCountry) return ctx.doc.meta.siteCountry;
  const contexts = new Set<string>();
  for (const h of hits) for (const e of h.entries) if (e.context) contexts.add(e.context);
  if (contexts.size === 0) return null;
  const votes = new Map<string, number>();
  for (const h of hits) {
    const e = h.entries[0];
    if (e.context) continue;
    const c = e.type === 'COUNTRY' ? e.key : e.type === 'CITY' ? e.country : undefined;
    if (c && contexts.has(c)) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, v] of votes) {
    if (v > n) {
      best = c;
      n = v;
    }
  }
  return best;
}
