// Places no lexicon has, found from the word that announces them.
// - settlement cues (مدينة، محافظة، ولاية، إقليم، قرية): "في مدينة الأفلاج" → CITY الأفلاج; the
//   mention is the name, the cue only says what it is.
// - منطقة: "منطقة تركستان" → a LOCATION (an area, not a settlement) unless the name is a known place.
// - feature cues (نهر، بحر، جبل، جزيرة، خليج، قناة، ميناء، مطار ...): "نهر إرتيش", "ميناء عدن" → a
//   LOCATION named with its cue. When the name after the cue is itself a known city (ميناء جدة),
//   the feature keeps it inside (the port and the city are both named); when it is a known
//   location (نهر النيل with النيل listed), the mention grows to include the cue.
// - concessions and reservoirs of oil and gas (امتياز، مكمن) are feature cues too: 'امتياز "أم
//   الشيف ونصر"', 'مكمن "أم الشيف"' (../shared/unlabeled: امتياز in 407 articles of 24 outlets,
//   مكمن in 58 of 16); "بامتياز" is "with distinction".
// - a quoted name after a feature cue is the place's name as the article writes it: 'حقل "زاكوم
//   السفلي"' is زاكوم السفلي (a part of the Zakum field the lexicon lists).
// - a direction and a name after an area or feature cue name a part of a place: "منطقة غرب الدلتا",
//   "امتياز غرب أبو ماضي" → LOCATION غرب الدلتا, غرب أبو ماضي.
// - after سد only a listed or quoted name, or a name-like word with no article and no plural shape,
//   is a dam: "سد الفجوة" is "bridging the gap" (سد + a common word: سد العجز 10, سد النقص 8, سد
//   الفجوة 6 against سد النهضة 230, which is listed), and so is "سد حاجات المحتاجين", but سد سيدي
//   سالم, سد نبهانة, سد دربندخان are dams (../shared/unlabeled: سد سيدي 10, سد إليسو 15, سد نبهانة 5,
//   سد دربندخان 3 times; on 5,978 of its articles, every 24th record from 5 and from 11, 8 dam
//   mentions added, all right).
// - شط is a shore or salt lake named after it: شط مريم (65 times in ../shared/unlabeled), شط الجريد
//   (7), شط الزوارع; شط العرب is listed.
// - a feature cue may keep a proclitic the clitic splitter left on it, where the cue is too rare in
//   its word counts to split off: وسد سيدي سالم، بشط الزوارع، وشط الجريد، بمتنزه الثروة الوطني.
import type { Candidate } from '../candidate.js';
import { formsGroup, patternCandidate, PRIORITY } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { RARE } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, matchForm, sourceOffsetOfNorm, withBa, writtenWhole } from '../token-view.js';
import type { Token } from '../../text/token.js';
import { adjectiveNisbaAt, type CandidateIndex } from './lexicon-index.js';
import { isYear, NAME_ENDS, nameRunEnd, quotedAt, verbLike } from './phrases.js';
import { wordValues, words } from '../../lexicon/word-lists.js';
import { TypeFlag, TypeMemo } from '../../text/type-flag.js';
import { CLITIC_BIT, PROCLITIC_BITS, cliticBits, hasClitic } from '../../model/token.js';
import { ORDINAL_WORDS } from '../../figures/lexicon/number-words.js';

const SETTLEMENT_CUES = words('settlement_cue');
/**
 * مديرية: a district before a rare word (مديرية منبه، بمديرية بيحان), a directorate before a word the
 * tagged corpora see in names (مديرية الأمن، مديرية التوثيق). ../shared/unlabeled every 24th line
 * (3,015 articles): 16 mentions added, all districts (منبه، بيحان، الجراحي), where مديرية before any name gave 25 with 8 directorates.
 */
const DISTRICT_CUES = words('district_cue');

/**
 * A district's name the clitic splitter broke, read whole after مديرية: a word in ب whose whole form
 * the vocabulary has not seen (at most RARE times), with no article after the ب. The splitter takes ب
 * off any word the vocabulary has not seen whose rest it has (باقم → ب + اقم "establish!", باجل →
 * ب + اجل "term"), where ../shared/unlabeled writes مديرية باقم 92 times and مديرية باجل 14, and
 * after مديرية no ب of a preposition comes before such a word: the ب-words after it are باقم، باجل
 * and بمحافظة، بالمحافظة (a form the vocabulary sees, an article), which stay split.
 */
function districtWholeName(ctx: MatchContext, t: Token): boolean {
  return (
    t.kind === 'arabic' &&
    cliticBits(t) === CLITIC_BIT.prep &&
    t.norm.startsWith('ب') &&
    t.base === t.norm.slice(1) &&
    !t.base.startsWith('ال') &&
    ctx.gaz.knowledge.freq(t.norm) <= RARE
  );
}
/** Area cues; value plural: the plural مناطق, after which an indefinite word agrees as an adjective (areaAdjective). */
const AREA_CUES = wordValues('area_cue');
const FEATURE_CUES = wordValues('feature_cue');
/**
 * بادية, the desert of a town or a province (بادية السويداء، بادية البوكمال، بادية السماوة، بادية حماة): ../shared/unlabeled
 * writes بادية before a known town about 25 times (السويداء 9, الميادين, البوكمال, السماوة, حماة 2 each); before other
 * words it is mostly the adjective "visible" (باديه عليه، باديه للعيان), which no name follows. Its value shore keeps a
 * listed LOCATION after it itself (بادية جزيرة سقطرى).
 */
/**
 * Feature cues that head a television channel as often as a canal (قناة): a listed waterway after one is the
 * canal (قناة السويس, the lexicon's), an unlisted name or a city the channel, an ORG. On 3,000 unseen articles
 * (/tmp/s31/sample3k.jsonl) قناة + a name was read as a place 17 times besides قناة السويس, all channels but none:
 * قناة روتانا 4, قناة أبوظبي 2, قناة المجد، قناة المرقاب، قناة تولو نيوز، قناة نسمة، قناة بيراميدز، قناة فوكس نيوز.
 * ../shared/unlabeled writes قناة + a word that is not السويس or بنما 3,400 times (قناة الحوار التونسي 43, قناة
 * روتانا خليجية 15, قناة بيراميدز 12, قناة أبوظبي الرياضية 5); canals other than Suez are named by common words
 * (قناة جديدة، قناة موازية، قناة مائية), which name nothing.
 */
const CHANNEL_CUES = words('channel_cue');
/**
 * Buildings and man-made places named like a feature, cue included (facility_cue): ملعب لوجنيكي، استاد
 * الجوهرة، جسر موراندي، سجن ذهبان، مقبرة المعلاة، قلعة ويندسور، معبر القنيطرة. ../shared/unlabeled
 * writes ملعب before a word 3,161 times (لوجنيكي 138, ويمبلي 69, رادس 47, أنفيلد 38; and ملعب المباراة
 * 67, ملعب النادي 51), سجن 1,179, ساحة 853, جسر 727, حديقة 665, استاد 614, معبر 524; of the 3,000
 * sampled unseen articles' 126 ملعب + a word, 74 were found by nothing. These words also head common
 * phrases (ملعب المباراة، جسر جوي، ساحة المعركة، معبر حدودي), so an unknown name must be a rare word or
 * a personal name of two words or more (ملعب مصطفى بن جنات), not a word the tagged corpora only see
 * in names (جسر الدماغ); a later bare mention is no alias (قلعة ويندسور ... في ويندسور is the town).
 * سجن with و or ب is the verbal noun "imprisonment" (قضت المحكمة بسجن برونسون، وسجن المتمردين).
 * منفذ is a border crossing before a rare word (منفذ الوديعة، منفذ النويصيب، منفذ الشلامجة: ../shared/unlabeled
 * writes منفذ الطوال 56, الوديعة 46, الحديثة 31, سلوى 12, البطحاء 12, النويصيب 10 times) and the agent noun
 * "perpetrator" before common ones (منفذ الهجوم 125, منفذ العملية 51); before a quoted name it is the perpetrator
 * of an event or a device's port (منفذ "مجزرة قندوز"، منفذ "يو إس بي"): value agent, no quoted name is read.
 * شاطئ is a beach before a rare word (شاطئ العقير 26, شاطئ قربص), the shore of a listed sea or lake before it
 * (شاطئ البحر الأحمر 15): value shore, the listed place stays itself.
 * مسجد and جامع name mosques, also by a definite word (definite_name_feature): ../shared/unlabeled writes them
 * before a definite word that is no eponym's title about 420 times (القبلتين، البيعة، الخندق، الراجحي، الشايع،
 * التعاون), a common noun of feature_idiom_word a few dozen (مسجد الحي، مسجد القوات). فندق names hotels (فندق + a
 * word 756 times: كابيلا 19, ريتز 17, بيبلوس 17, فورسيزونز 8, نارسيس 7; فخم 11, فاخر 11 are adjectives), غابة
 * forests (غابة رغدان 57, سامبيسا 8, سموني 4). حلبة names race circuits by a town or a rare word (حلبة باكو، حلبة
 * كتالونيا، حلبة مرسى ياس، حلبة هوكنهايم) and is an arena of no name before a common one (حلبة السباق، حلبة مصارعة):
 * ../shared/unlabeled has it before a word 95 times in 68 articles; in them the cue finds 23 circuits where the tagger
 * had none or a PERSON (مرسى ياس x4, ألبرت بارك) or ORG (سيلفرستون، إيمولا، سوزوكا), one wrong (حلبة السومو).
 * مفرق names a road junction by its town (مفرق المخا، مفرق البرح، مفرق الوازعية، مفرق زبيد، مفرق سجو), the fronts of
 * Yemen's war: ../shared/unlabeled writes مفرق before a word 179 times in 99 articles (المخا 50, البرح 20, الوازعية 19,
 * زبيد 16); none of them another sense (the town المفرق has the article, which no cue has). كاتدرائية names
 * cathedrals as كنيسة churches (كاتدرائية نوتردام 7, كاتدرائية برلين 9, ميلانو، ستراسبورغ، يوراكامي): 44 times before a word;
 * in the 33 articles the cue finds 27 of them, none wrong.
 */
const FACILITY_CUES = wordValues('facility_cue');
/** Duals of feature cues, read only before quoted names: امتيازا "أم الشيف ونصر" و"زاكوم السفلي", حقلي "تمار" و"لفياثان". */
const DUAL_CUES = words('feature_dual');
/** Feature cues whose unknown name must be quoted: سد + a common word is "closing" (سد الفجوة). */
const QUOTED_ONLY = new Set(['سد']);
/** A word that may open a dam's name after سد: no article, no plural (سد حاجات), no clitic. */
function damName(t: Token): boolean {
  return t.kind === 'arabic' && cliticBits(t) === 0 && !t.base.startsWith('ال') && !t.base.endsWith('ات');
}
/** "New": a place with it is another place (القاهرة الجديدة، مطار جدة الجديد). */
export const NEW_WORDS = new Set(['الجديد', 'الجديده']);
/** Words after a listed field or area that name a part of it (زاكوم السفلي، الغوار الشمالي): ال + a part adjective, masculine or feminine. */
const PART_ADJECTIVES = words('part_adjective');
function isPartWord(norm: string, list: ReadonlySet<string> = PART_ADJECTIVES): boolean {
  if (!norm.startsWith('ال')) return false;
  const bare = norm.slice(2);
  return list.has(bare) || (bare.endsWith('ه') && list.has(bare.slice(0, -1)));
}
/**
 * Adjectives that end a facility's name: حديقة تسافو الوطنية، ملعب البصرة الدولي، متنزه الردف العام، سجن جازان
 * العام (../shared/unlabeled: facility cue + a word + العام|العامة 53 times, متنزه الردف العام 34, سجن جازان 4,
 * حديقة الاحتفالات 5). السياحي and الترفيهي describe the place (برج إيفل السياحي) and stay out.
 */
const FACILITY_ADJECTIVES = words('facility_adjective');
/** A folded word is ال + one of them, masculine or feminine (الدولي، الدولية، العسكري). */
export function isFacilityAdjective(norm: string): boolean {
  return isPartWord(norm, FACILITY_ADJECTIVES);
}
/**
 * Feature cues whose name ends with a facility's adjective as a facility's does: airports and ports (مطار عدن الدولي،
 * مطار المزة العسكري، ميناء حيفا العسكري). On 3,000 unseen articles (/tmp/s31/sample3k.jsonl) 29 airports and ports
 * were cut before it (مطار عدن ×5, مطار دمشق ×4, مطار التيفور ×3, مطار المزة ×3); ../shared/unlabeled writes مطار|ميناء +
 * a word + الدولي about 650 times and + العسكري 200 (مطار التيفور العسكري 79, مطار المزة العسكري 21), and the gold lists
 * the airport with it where the article does (holdout4: مطار الحديدة الدولي; gold-dev: مطار الملك عبدالعزيز الدولي).
 */
const ADJECTIVE_FEATURES = words('adjective_feature');
/**
 * Does token k, in the cue's sentence, end a facility's name as its adjective? Not العام before a word of
 * time or a year, where it is the year (مطار المزة العام الماضي: 4 of ../shared/unlabeled's 53 facility + name + العام).
 */
function facilityAdjectiveAt(ctx: MatchContext, k: number, sentence: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.sentence !== sentence || !isFacilityAdjective(t.norm)) return false;
  if (t.norm !== 'العام' && t.norm !== 'العامه') return true;
  const next = ctx.tokens[k + 1];
  return !(next && next.sentence === sentence && (NAME_ENDS.has(next.base) || isYear(next)));
}
/** Directions that start the name of a part of a place (غرب الدلتا، شمال سيناء). */
const DIRECTIONS = words('direction');
/** An indefinite Arabic word of one of the cue lists above (asked once per word type). */
const PLACE_CUE = new TypeFlag(
  (t) =>
    t.kind === 'arabic' &&
    !t.base.startsWith('ال') &&
    (SETTLEMENT_CUES.has(t.base) ||
      DISTRICT_CUES.has(t.base) ||
      AREA_CUES.has(t.base) ||
      FEATURE_CUES.has(t.base) ||
      FACILITY_CUES.has(t.base) ||
      DUAL_CUES.has(t.base) ||
      // وادي read as و + ادي: the loop below checks it is written as the valley.
      (t.base !== t.norm && FEATURE_CUES.has(t.norm)) ||
      unsplitCue(t) !== null),
);

/**
 * Valleys and mountains (definite_name_feature) take any definite word as their name: وادي الليل،
 * وادي الذهب، جبل القرن، جبل الشيخ, where a rare word is asked of other cues (بحر الأسبوع is "during
 * the week", قناة الجزيرة a channel). ../shared/unlabeled writes وادي + a word 1,176 times (الدواسر 83, الليل
 * 31, دجلة 30, الفرات 21, الفرع 13, الذهب 6) and جبل + a word 1,260 times (صبر 67, طارق 47, المغيلة 26,
 * الجليد 19: "قمة جبل الجليد" is the tip of the iceberg, an idiom of feature_idiom_word).
 * So do parks after منتزه and متنزه, which the facility cues otherwise ask a rare word of: ../shared/unlabeled
 * writes منتزه/متنزه + a definite word 331 times in 233 articles, the park's own name (الردف 150, السودة 40,
 * الثروة 13, السحاب 7, المغواة 6, السمراء, الحبلة, السكران, البعيجان, النحلي) but for an eponym's title
 * (الملك 44, الأمير 47, الشيخ 3: متنزه الملك عبدالله, left to the eponym rules), a settlement word (منتزه
 * المدينة 4, the town's park) and a handful of others (الواقع 1). حديقة is no such cue: حديقة الحيوانات، حديقة
 * الفندق، حديقة المنزل.
 * Is token j a definite word that names the feature `cue` (a definite_name_feature)?
 */
const DEFINITE_NAME_FEATURES = words('definite_name_feature');
const FEATURE_IDIOM_WORDS = words('feature_idiom_word');
const EPONYM_TITLES = words('eponym_title');
function definiteName(ctx: MatchContext, cue: string, j: number): boolean {
  const t = ctx.tokens[j];
  const c = ctx.tokens[j - 1];
  return (
    DEFINITE_NAME_FEATURES.has(cue) &&
    !!t &&
    t.sentence === c.sentence &&
    t.kind === 'arabic' &&
    !t.stop &&
    !hasProclitic(t) &&
    isDefinite(t) &&
    // The article alone is no name: متنزه الـ«هايد بارك».
    t.base.length > 3 &&
    !FEATURE_IDIOM_WORDS.has(t.base) &&
    // جبل الشيخ is a mountain, متنزه الملك عبدالله the king's park; منتزه المدينة the town's.
    !(FACILITY_CUES.has(cue) && (EPONYM_TITLES.has(t.norm) || CITY_WORDS.has(t.base.slice(2)))) &&
    !ctx.isChrome(j)
  );
}

/**
 * A feature cue whose proclitic the clitic splitter left on it, where the cue is too rare in its
 * word counts to split off (وسد سيدي سالم، بشط الزوارع، وشط مريم): the length of the proclitic.
 * Not ف: فسد is "went bad".
 */
function unsplitCue(t: Token): number | null {
  if (t.kind !== 'arabic' || cliticBits(t) !== 0 || t.base !== t.norm) return null;
  return cueAfterLetters(t.norm, /^(وب|و|ب|ل)/, UNSPLIT_CUES);
}
/** FEATURE_CUES and the parks' cues of definite_name_feature, which the splitter leaves whole too (بمتنزه الثروة، ومنتزه السودة). */
const UNSPLIT_CUES = { has: (form: string): boolean => FEATURE_CUES.has(form) || DEFINITE_NAME_FEATURES.has(form) };

/**
 * The length of the proclitic letters (a match of `letters`, anchored at the start) that the clitic
 * splitter left on a word whose rest is one of `cues`, or null: what unsplitCue and quarterCueOf ask.
 */
function cueAfterLetters(norm: string, letters: RegExp, cues: { has(form: string): boolean }): number | null {
  const m = letters.exec(norm);
  return m && cues.has(norm.slice(m[1].length)) ? m[1].length : null;
}

/** The lexicon's LOCATION named by the cue at token i and the quoted words [from, to), if listed. */
function listedWithCue(ctx: MatchContext, i: number, from: number, to: number): Candidate | undefined {
  const { tokens } = ctx;
  let node = ctx.gaz.trie.root.get(tokens[i].base);
  for (let k = from; node && k < to; k++) node = node.next?.get(matchForm(tokens[k]));
  const e = node?.values?.find((v) => v.type === 'LOCATION' && !v.facility);
  if (!e) return undefined;
  return {
    tokenStart: from,
    tokenEnd: to,
    start: 0,
    end: 0,
    type: 'LOCATION',
    key: e.key,
    name: e.name,
    nameEn: e.nameEn,
    via: 'pattern',
    rule: 'lexicon',
    priority: PRIORITY.pattern,
    country: e.country,
  };
}

export function matchPlaceCues(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  // The name's first token and whether the cue is a dam's, read by the closures below: declared out
  // of the loop, as a closure over the loop's own variables makes a scope object for every token.
  let n = 0;
  let dam = false;
  const listedAt = (j: number): boolean => !!lex.at(j);
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    // Only an indefinite cue is followed by a name: مدينة الأفلاج, but المدينة المنورة is one name.
    if (!PLACE_CUE.ofType(ids[i], cue) || ctx.isChrome(i)) continue;
    // A cue whose first letter the clitic splitter took for و: وادي is و + ادي (أدى, "performed")
    // to the splitter's counts. The whole word is the cue when it is written with a bare alef and a
    // final ي (وأدى, وادى are the verb: the place harvest's test, src/entities/harvest).
    const whole = cue.base !== cue.norm && FEATURE_CUES.has(cue.norm) && text.slice(cue.start, cue.end) === cue.norm;
    const unsplit = whole ? null : unsplitCue(cue);
    const word = whole ? cue.norm : unsplit !== null ? cue.norm.slice(unsplit) : cue.base;
    const cueStart = whole ? cue.start : unsplit !== null ? sourceOffsetOfNorm(text, cue, unsplit) : baseStart(cue);
    const district = DISTRICT_CUES.has(word);
    const settlement = SETTLEMENT_CUES.has(word) || district;
    const area = AREA_CUES.has(word);
    const dual = DUAL_CUES.has(word) && ctx.isPunct(tokens[i + 1], '"«“');
    const facility = !settlement && !area && FACILITY_CUES.has(word);
    const adjective = facility || ADJECTIVE_FEATURES.has(word);
    const feature = !settlement && !area && (FEATURE_CUES.has(word) || facility || dual);
    const channel = feature && CHANNEL_CUES.has(word);
    if (!settlement && !area && !feature) continue;
    if (FACILITY_CUES.get(word) === 'stadium' && ballInCourt(ctx, i)) continue;
    // A facility word with a pronoun is no name's head (جسره الإغاثي "its relief bridge"), nor is a
    // verbal noun after و or ب (بسجن برونسون).
    if (facility && ((cliticBits(cue) & CLITIC_BIT.pronoun) !== 0 || (FACILITY_CUES.get(word) === 'verbal' && hasProclitic(cue)))) continue;
    n = i + 1;
    if (tokens[n].sentence !== cue.sentence) continue;
    const wholeName = district && districtWholeName(ctx, tokens[n]);
    if (district && !((wholeName || ctx.isRare(tokens[n])) && !lex.at(n))) continue;
    if (word === 'امتياز' && withBa(cue)) continue;
    // The lexicons know the whole name, cue included (ميناء عدن, قناة السويس): nothing to add, but
    // a facility's adjective after it, which ends its name as after an unlisted one (قاعدة العند
    // الجوية، قاعدة حميميم الجوية: places-harvested.tsv lists the bases with their cue).
    if (lex.over(i).length > 0) {
      const listed = adjective ? lex.at(i, ['LOCATION']) : undefined;
      const after = listed && tokens[listed.tokenEnd];
      if (listed && after && facilityAdjectiveAt(ctx, listed.tokenEnd, cue.sentence)) {
        out.push({
          ...listed,
          tokenEnd: listed.tokenEnd + 1,
          end: after.end,
          rule: 'place-cue-facility-adjective',
          priority: PRIORITY.pattern,
        });
      }
      continue;
    }
    if (feature && FACILITY_CUES.get(word) !== 'agent') {
      // A quoted name: حقل "زاكوم السفلي", امتياز "أم الشيف ونصر"; and a second one joined by و
      // after a plural or dual cue: امتيازا "أم الشيف ونصر" و"زاكوم السفلي".
      const q = quotedAt(ctx, n, 4);
      const second = q && tokens[q.end + 1]?.norm === 'و' ? quotedAt(ctx, q.end + 2, 4) : null;
      if (second && second.end - second.start <= 4 && tokens.slice(second.start, second.end).every((t) => t.kind === 'arabic')) {
        out.push(placeCandidate(ctx, second.start, second.end, tokens[second.start].start, 'place-cue-quoted'));
      }
      if (q && q.end - q.start <= 4 && tokens.slice(q.start, q.end).every((t) => t.kind === 'arabic')) {
        const start = tokens[q.start].start;
        const e = tokens[q.end - 1].end;
        // The lexicon may list the place with its cue: حقل "ظهر" is حقل ظهر (Zohr).
        const listed = listedWithCue(ctx, i, q.start, q.end);
        out.push({
          tokenStart: q.start,
          tokenEnd: q.end,
          start,
          end: e,
          type: 'LOCATION',
          key: listed?.key ?? null,
          name: listed?.name ?? text.slice(start, e),
          nameEn: listed?.nameEn ?? null,
          country: listed?.country,
          via: 'pattern',
          rule: 'place-cue-quoted',
          priority: PRIORITY.pattern,
          group: listed ? undefined : formsGroup(tokens, q.start, q.end),
        });
        continue;
      }
    }
    if ((feature || area) && DIRECTIONS.has(tokens[n].norm) && tokens[n + 1]?.sentence === cue.sentence) {
      // A direction and a name: منطقة غرب الدلتا، امتياز غرب أبو ماضي. A settlement or a country
      // after the direction is a plain direction from it (منطقة جنوب الرياض): left alone.
      const known = lex.at(n + 1, ['CITY', 'COUNTRY', 'LOCATION', 'REGION', 'ORG']);
      const end = known ? (known.type === 'LOCATION' ? known.tokenEnd : -1) : nameRunEnd(ctx, n + 1, 3, (j) => j > n + 1 && !!lex.at(j));
      if (end > n + 1) {
        out.push(placeCandidate(ctx, n, end, baseStart(tokens[n]), 'place-cue-direction'));
        continue;
      }
    }
    if (QUOTED_ONLY.has(word) && !lex.at(n) && !damName(tokens[n])) continue;
    const known = lex.at(n, ['CITY', 'COUNTRY', 'LOCATION', 'REGION', 'ORG']);
    if (known && known.type === 'COUNTRY' && COUNTRY_NAMED.has(word) && !adjectiveNisbaAt(lex, tokens, n)) {
      out.push(countryNamedPlace(ctx, lex, i, known, cueStart));
      continue;
    }
    if (known && stadiumOfNamed(ctx, lex, word, known, n)) {
      const end = facilityAdjectiveAt(ctx, n + 1, cue.sentence) ? n + 2 : n + 1;
      out.push(placeCandidate(ctx, i, end, cueStart, 'place-cue-stadium'));
      continue;
    }
    if (known) {
      if (!feature || known.type === 'ORG' || known.type === 'REGION' || known.type === 'COUNTRY') continue;
      // شاطئ البحر الأحمر is the Red Sea's shore: the sea is named, not a beach.
      if (known.type === 'LOCATION' && (FACILITY_CUES.get(word) ?? FEATURE_CUES.get(word)) === 'shore') continue;
      // A listed field and "upper/lower": امتياز زاكوم السفلي is a part of Zakum, named as the
      // quoted 'حقل "زاكوم السفلي"' is.
      const part = tokens[known.tokenEnd];
      if (known.type === 'LOCATION' && part && part.sentence === cue.sentence && isPartWord(part.norm)) {
        out.push({ ...placeCandidate(ctx, n, known.tokenEnd + 1, known.start, 'place-cue-part'), country: known.country });
        continue;
      }
      const start = cueStart;
      const end = known.end;
      const surface = text.slice(start, end);
      if (known.type === 'LOCATION') {
        // نهر النيل: the known river, named with its cue.
        out.push({ ...known, tokenStart: i, start, name: known.name, rule: 'place-cue-known', priority: PRIORITY.pattern });
      } else {
        // مطار جدة الجديد: a new facility, not the one the city has (gold-dev: مطار جازان الجديد).
        // ملعب البصرة الدولي: a facility's adjective ends its name (FACILITY_ADJECTIVES).
        const after = tokens[known.tokenEnd];
        const grown =
          !!after &&
          after.sentence === cue.sentence &&
          (NEW_WORDS.has(after.norm) || (adjective && facilityAdjectiveAt(ctx, known.tokenEnd, cue.sentence)));
        // فندق عمان ماريوت: the city opens a hotel's name, the brand after it ends it.
        const brand =
          !grown &&
          FACILITY_CUES.get(word) === 'hotel' &&
          !!after &&
          after.sentence === cue.sentence &&
          facilityName(ctx, known.tokenEnd, known.tokenEnd + 1);
        const tokenEnd = grown ? known.tokenEnd + 1 : brand ? nameRunEnd(ctx, known.tokenEnd, 2, listedAt) : known.tokenEnd;
        const e = tokens[tokenEnd - 1].end;
        // A city names a channel (قناة أبوظبي), but not where the lexicon lists the cue and the city as a
        // place the lexicon step missed (بقناة السويس after a number).
        const isChannel = channel && !listedWithCue(ctx, i, n, known.tokenEnd);
        out.push({
          tokenStart: i,
          tokenEnd,
          start,
          end: e,
          type: isChannel ? 'ORG' : 'LOCATION',
          key: null,
          name: tokenEnd > known.tokenEnd ? text.slice(start, e) : surface,
          nameEn: null,
          via: 'pattern',
          rule: isChannel ? 'place-cue-channel' : 'place-cue-feature',
          priority: PRIORITY.pattern,
          container: true,
          country: known.country,
        });
      }
      continue;
    }
    // An unknown name: rare words and given names (الأفلاج, إرتيش, تشون-كيمين), not a known place.
    // A dam's name is no person's: after a given name a definite word is not a family name there
    // (مخزون سد سيدي سالم المقدر ...).
    dam = QUOTED_ONLY.has(word);
    let end = nameRunEnd(
      ctx,
      n,
      3,
      // Another cue starts another place: مفرق الجراحي جبل راس is the junction of الجراحي at جبل راس.
      (j) =>
        (j > n && (!!lex.at(j) || PLACE_CUE.ofType(ids[j], tokens[j]))) ||
        (dam && j > n && isDefinite(tokens[j]) && ctx.isGivenName(tokens[j - 1])),
    );
    // A name the news writes whole although the splitter took its و for a conjunction: ملعب ويمبلي،
    // جسر وستمنستر، قلعة ويندسور، ملعب واندا متروبوليتانو. ../shared/unlabeled writes a facility cue
    // before a word of whole-words.tsv 195 times (ملعب|استاد ويمبلي 131, قلعة|قصر ويندسور|وندسور 41,
    // جسر وستمنستر|ويستمنستر 16, ملعب واندا 11), all of them names but مقبرة والدته and قاعدة واقعية,
    // which facilityName turns down (a pronoun; the nisba of a common word).
    if (end === n && facility && writtenWhole(tokens[n])) {
      const next = tokens[n + 1];
      end = next && next.sentence === cue.sentence ? Math.max(n + 1, nameRunEnd(ctx, n + 1, 2, listedAt)) : n + 1;
    }
    // A valley or a mountain is named by any definite word: وادي الليل، جبل القرن.
    // Such a common word alone names nothing later (جبل العرب ... الموحدين العرب): no alias.
    const common = end === n && feature && definiteName(ctx, word, n);
    if (common) end = n + 1;
    // A mosque or a park named by a definite given name or opener and the name after it: مسجد الحسين،
    // مسجد السيدة نفيسة (facilityName asks a personal name of two words of an indefinite one).
    const definiteRun = facility && !common && definiteName(ctx, word, n);
    if ((common || definiteRun) && facility && QUARTER_OPENERS.has(tokens[n].norm))
      end = Math.max(end, nameRunEnd(ctx, n + 1, 3, listedAt));
    // After مديرية the rare word is the name even where it is shaped like a verb (nameRunEnd asks
    // that of a name's words) or keeps the ب the splitter took off: مديرية نهم (42 times in
    // ../shared/unlabeled: ن + هم reads as "we intend"), مديرية يريم (6), مديرية تبن; مديرية باقم.
    if (district && end === n && !ctx.isChrome(n) && (wholeName || !hasProclitic(tokens[n]))) end = n + 1;
    if (end === n) continue;
    if (facility && !common && !definiteRun && !facilityName(ctx, n, end)) continue;
    if (FACILITY_CUES.get(word) === 'hotel') end = hotelCityEnd(ctx, lex, end, cue.sentence);
    // The name without its adjective mentions the place later (مطار التيفور العسكري ... التيفور).
    const named = end;
    if (adjective && facilityAdjectiveAt(ctx, end, cue.sentence)) end++;
    // After منطقة a definite word that is no rare one is a noun phrase, not a name: منطقة الأمن
    // الوطني (Tunisia's police districts: الأمن, a word of مجلس الأمن to the tagged corpora); an
    // indefinite nisba is its adjective: منطقة لوجستية، منطقة صناعية.
    if (area && end === n + 1 && (isDefinite(tokens[n]) ? !ctx.isRare(tokens[n]) : /يه$/.test(tokens[n].base))) continue;
    if (area && areaAdjective(ctx, tokens[n], AREA_CUES.get(word) === 'plural')) continue;
    if (feature) {
      // The name without its cue mentions the same place later (نهر إرتيش ... إرتيش).
      // A channel's name is an organisation's: قناة روتانا ... روتانا.
      const c = channel
        ? patternCandidate(tokens, text, i, end, cueStart, 'ORG', 'place-cue-channel', n)
        : placeCandidate(ctx, i, end, cueStart, 'place-cue-feature', n);
      // A facility keeps a place a tagger finds inside it, as ميناء X does: ملعب الجونة and الجونة.
      out.push(facility ? { ...c, container: true } : common ? c : { ...c, aliases: [{ from: n, to: named }] });
    } else {
      const rule = settlement ? 'place-cue-settlement' : 'place-cue-area';
      const c = placeCandidate(ctx, n, end, wholeName ? tokens[n].start : baseStart(tokens[n]), rule, n, settlement ? 'CITY' : 'LOCATION');
      // The whole word is the name's form: باقم, not اقم.
      out.push(wholeName ? { ...c, group: `name:${[tokens[n].norm, ...tokens.slice(n + 1, end).map((t) => t.norm)].join(' ')}` } : c);
    }
  }
  return out;
}

/**
 * Airports and ports named by a country's name, as others are by a city's (مطار عدن): مطار تونس قرطاج،
 * مطار الكويت الدولي، مطار البحرين الدولي (../shared/unlabeled: مطار|ميناء + a country's name 100 times,
 * مطار تونس قرطاج 60, مطار البحرين الدولي 9, مطار الكويت الدولي 4, ميناء إريتريا 4), where a country after
 * any other cue names none (ملعب الإمارات، جامعة كولومبيا). The airport holds the country, which stays a
 * mention of its own, a town after it (قرطاج) and a facility's adjective (الدولي); not a country's
 * adjective (ميناء أردني).
 */
const COUNTRY_NAMED = words('country_named_feature');
function countryNamedPlace(ctx: MatchContext, lex: CandidateIndex, i: number, country: Candidate, start: number): Candidate {
  const { tokens } = ctx;
  const sentence = tokens[i].sentence;
  let end = country.tokenEnd;
  const town = tokens[end]?.sentence === sentence ? lex.at(end, ['CITY']) : undefined;
  if (town && town.start === tokens[end].start) end = town.tokenEnd;
  if (facilityAdjectiveAt(ctx, end, sentence)) end++;
  return { ...placeCandidate(ctx, i, end, start, 'place-cue-country'), container: true, country: country.key ?? undefined };
}

/**
 * A hotel's name may end with its city (facility_cue value hotel): فندق فورسيزون القاهرة، فندق ماريوت الرياض،
 * فندق هيلتون جدة، فندق شيراتون الدوحة (../shared/unlabeled: فندق + a word + one of 18 big cities about 20 times,
 * beside فندق في سوسة, فندق بمدينة سوسة, where a preposition stands before the city). The end of the name [n, end)
 * grown over a city right after it, with no proclitic; the hotel holds the city, a mention of its own.
 */
function hotelCityEnd(ctx: MatchContext, lex: CandidateIndex, end: number, sentence: number): number {
  const t = ctx.tokens[end];
  if (!t || t.sentence !== sentence || hasProclitic(t)) return end;
  const city = lex.at(end, ['CITY']);
  return city && city.start === t.start && ctx.tokens[city.tokenEnd - 1].sentence === sentence ? city.tokenEnd : end;
}

/**
 * "The ball is in X's court": الكرة في ملعب اللاعبين، الكرة الآن في ملعب الحكومة names no stadium. ../shared/unlabeled
 * writes الكرة (الآن|باتت|أصبحت)? في ملعب 34 times, before a party (الولايات المتحدة 5, إيران، اللاعبين، البرلمان، مسيري
 * النادي); holdout11 h11-07 (الكرة في ملعب اللاعبين) and sample3k (الكرة في ملعب ماتاريلا) read it as a stadium.
 */
function ballInCourt(ctx: MatchContext, i: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  if (!before || before.norm !== 'في' || before.sentence !== tokens[i].sentence) return false;
  for (let k = i - 2; k >= 0 && k >= i - 3; k--) {
    if (tokens[k].sentence !== tokens[i].sentence) return false;
    if (tokens[k].norm === 'الكره') return true;
  }
  return false;
}

/**
 * Stadiums named by a club's or a country's one definite word (facility_cue value stadium): ملعب الاتحاد،
 * استاد الإمارات، ملعب الهلال. ../shared/unlabeled writes ملعب|استاد|ستاد + الاتحاد 42 times, + الإمارات 39
 * (Arsenal's ground in London, Abu Dhabi's), + الهلال 8, الجيش 16; the club or the country is then the
 * stadium's name, no mention of its own (ملعب الإمارات في لندن names no country). Not a country's adjective
 * (ملعب إماراتي) nor an indefinite name (ملعب بلجيكا "Belgium's pitch"), nor a longer name (ملعب نادي الاتحاد
 * is the club's).
 */
function stadiumOfNamed(ctx: MatchContext, lex: CandidateIndex, word: string, known: Candidate, n: number): boolean {
  return (
    FACILITY_CUES.get(word) === 'stadium' &&
    (known.type === 'ORG' || known.type === 'COUNTRY') &&
    known.tokenStart === n &&
    known.tokenEnd === n + 1 &&
    isDefinite(ctx.tokens[n]) &&
    !hasProclitic(ctx.tokens[n]) &&
    !adjectiveNisbaAt(lex, ctx.tokens, n)
  );
}

/**
 * Is the one indefinite word after an area cue its adjective, not its name? After the plural مناطق any
 * indefinite word agrees with it (مناطق آمنة، مناطق واسعة: a broken plural takes a feminine adjective); after
 * منطقة a participle in ة (منطقة منزوعة السلاح، منطقة منكوبة، منطقة مأهولة: ../shared/unlabeled writes منطقة + م…ة
 * about 250 times, all adjectives but منوبة and مونبيلييه, which the lexicons list) or a given name in ة that is the
 * adjective's form (منطقة آمنة, a woman's name too). On 3,000 unseen articles 15 such "places" were found
 * (آمنة 8, منزوعة 4, عازلة 2, ملغمة 1).
 */
function areaAdjective(ctx: MatchContext, t: Token, plural: boolean): boolean {
  if (isDefinite(t)) return false;
  return plural || (/ه$/.test(t.base) && (/^م../.test(t.base) || ctx.isGivenName(t)));
}

/** How often the stem of an indefinite word in ي must be seen for the word to be its nisba (حدود → حدودي). */
const NISBA_STEM_FREQ = 20;
/**
 * Does the run [n, end) after a facility cue name the facility? Its first word is a rare word that
 * is no verb (ملعب لوجنيكي، مقبرة المعلاة) or the given name of a personal name of two words or more
 * (ملعب هزاع بن زايد); not another cue (ساحة ملعب), a word with a clitic other than the article
 * (حديقة جهزتها، ساحة لحربهما) or an adjective: an indefinite nisba of a common word (معبر حدودي، جسر علوي) or a
 * plural one (ساحة الرائديين "cleared the Raed players").
 */
function facilityName(ctx: MatchContext, n: number, end: number): boolean {
  const t = ctx.tokens[n];
  // A word written whole keeps the و the splitter took off (ويمبلي): no proclitic.
  const clitics = cliticBits(t) & ~CLITIC_BIT.article & (writtenWhole(t) ? ~PROCLITIC_BITS : ~0);
  if (PLACE_CUE.of(t) || clitics !== 0) return false;
  if (/(يين|يون)$/.test(t.base)) return false;
  // A nisba of a common word (حدودي of حدود), where a name in ي or ية is no adjective (لوجنيكي،
  // موراندي، سجن رومية، سجن أورومية: so كنيسة بروتستانتية stays, a stem the vocabulary hardly sees).
  const nisba = isDefinite(t) ? null : /^(.{2,})(ي|يه)$/.exec(t.base);
  if (nisba && ctx.gaz.knowledge.freq(nisba[1]) > NISBA_STEM_FREQ) return false;
  return (ctx.isRare(t) && !verbLike(t)) || (ctx.isGivenName(t) && end > n + 1);
}

/**
 * A place a cue found: tokens [from, to) named by the text from `start` to their end, its forms
 * grouped from token `groupFrom` (after the cue when the mention holds it: نهر إرتيش ... إرتيش).
 */
function placeCandidate(
  ctx: MatchContext,
  from: number,
  to: number,
  start: number,
  rule: string,
  groupFrom = from,
  type: 'CITY' | 'LOCATION' = 'LOCATION',
): Candidate {
  return patternCandidate(ctx.tokens, ctx.text, from, to, start, type, rule, groupFrom);
}

/**
 * Motorways named by the towns they link: الطريق السيارة + one or two places (الطريق السيارة سوسة تونس،
 * الطريق السيارة تونس صفاقس، بالطريق السيارة الحمامات) is a LOCATION holding the towns, which stay
 * mentions of their own (holdout4's gold lists the road, سوسة and تونس). ../shared/unlabeled writes
 * الطريق السيارة 62 times, in 19 articles before one of Tunisia's towns (تونس 23, صفاقس 9, سوسة,
 * الحمامات, بوسالم, مساكن); "الطريق السيارة" before no place (الطريق السيارة يسفر عن وفاة) is no name.
 */
const MOTORWAY_HEADS = words('motorway_head');
/** Their first words (الطريق), asked before the pair is joined into a string. */
const MOTORWAY_FIRST: ReadonlySet<string> = new Set([...MOTORWAY_HEADS].map((h) => h.split(' ')[0]));
/** An Arabic word whose base is a motorway head's first word, asked once per word type instead of a Set lookup per token. */
const MOTORWAY_START = new TypeFlag((t) => t.kind === 'arabic' && MOTORWAY_FIRST.has(t.base));
const LINKED_PLACES = ['CITY', 'COUNTRY'];
export function matchMotorways(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, typeIds } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!MOTORWAY_START.ofType(typeIds[i], tokens[i])) continue;
    const head = tokens[i];
    if (tokens[i + 1].sentence !== head.sentence) continue;
    if (!MOTORWAY_HEADS.has(`${head.base} ${tokens[i + 1].norm}`)) continue;
    const first = lex.at(i + 2, LINKED_PLACES);
    if (!first || first.start !== tokens[i + 2].start || tokens[first.tokenStart].sentence !== head.sentence) continue;
    // The second town, right after the first or after a dash or slash: الطريق السيارة تونس - صفاقس، صفاقس/قابس.
    const dash = tokens[first.tokenEnd]?.kind === 'punct' && '-–—/'.includes(tokens[first.tokenEnd].text);
    const j = dash ? first.tokenEnd + 1 : first.tokenEnd;
    const second = tokens[j]?.sentence === head.sentence ? lex.at(j, LINKED_PLACES) : undefined;
    const end = second && second.start === tokens[j].start ? second.tokenEnd : first.tokenEnd;
    out.push({ ...placeCandidate(ctx, i, end, baseStart(head), 'motorway'), container: true });
  }
  return out;
}

/**
 * Roads named by what follows طريق where no place or person names them alone (05-drop-inner-names.ts reads طريق مكة،
 * طريق الملك فهد): ../shared/unlabeled writes
 * - طريق + two towns, joined or after a dash or slash, with or without a road's adjective: طريق مكة جدة السريع (26
 *   times), طريق بغداد كركوك (12), طريق الرياض - الدمام, طريق القصيم الرياض السريع. The road holds the towns, which
 *   stay mentions of their own (the places a road links are the article's, as in 05-drop-inner-names.ts and the
 *   motorways above);
 * - طريق + one town or name + a road's adjective (road_adjective): طريق الحرمين السريع 23, طريق مكة القديم 20, طريق
 *   الجبيل السريع 10, طريق العريش الساحلي 3; an unknown name only before an adjective only roads take (value only:
 *   السريع، الساحلي، الصحراوي، الزراعي), not القديم or الدولي, which follow any noun (طريق التجارة القديم is "the old
 *   trade route", طريق السير ... الدولي);
 * - ring roads by their ordinal or side: الطريق الدائري الثاني 24, الأول 10, الجنوبي 3, الشرقي 3, الثالث 3;
 * - Tunisia's numbered roads: الطريق الوطنية رقم 1، الطريق الجهوية رقم 17 (87 times with رقم|عدد and a number).
 * A definite head after و or ب names them as well: ../shared/unlabeled writes بالطريق|والطريق + الوطنية|الجهوية + رقم|عدد
 * 19 times of 107 (بالطريق الجهوية رقم 27، والطريق الوطنية رقم 1), and والطريق الدائري الثاني 9 times, الأول 3; the
 * proclitic stays out of the span (baseStart).
 * Holdout7 and holdout8 (blind) annotate named roads as LOCATION, by their READMEs; holdout11 h11-15 طريق الملك عبدالعزيز.
 * Not after عن (عن طريق X "by way of X").
 */
const ROAD_ADJECTIVES = wordValues('road_adjective');
const ROAD_HEAD = new TypeFlag(
  (t) =>
    t.kind === 'arabic' && (t.base === 'طريق' || t.base === 'الطريق' || t.norm === 'الطريق') && (cliticBits(t) & CLITIC_BIT.pronoun) === 0,
);
const RING_WORDS = wordValues('ring_road');
const NUMBERED_ROADS = words('numbered_road');
/** Token k is ال + a road adjective (masculine), or with `only` one that only roads take (its value `only`). */
function roadAdjectiveAt(ctx: MatchContext, k: number, sentence: number, only: boolean): boolean {
  const t = ctx.tokens[k];
  if (!t || t.sentence !== sentence || t.kind !== 'arabic' || cliticBits(t) !== CLITIC_BIT.article) return false;
  const bare = t.base.slice(2);
  if (!ROAD_ADJECTIVES.has(bare)) return false;
  return !only || ROAD_ADJECTIVES.get(bare) === 'only';
}
const ROAD_SEPARATORS = '-–—/';
export function matchRoads(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, typeIds } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ROAD_HEAD.ofType(typeIds[i], tokens[i]) || ctx.isChrome(i)) continue;
    const head = tokens[i];
    const n = i + 1;
    const first = tokens[n];
    if (first.sentence !== head.sentence || first.kind !== 'arabic') continue;
    const prev = tokens[i - 1];
    if (prev && prev.sentence === head.sentence && prev.norm === 'عن') continue;
    const definite = head.norm === 'الطريق';
    if (definite || isDefinite(head)) {
      // الطريق الدائري الثاني، الطريق الوطنية رقم 1.
      if (RING_WORDS.has(first.norm) && RING_WORDS.get(first.norm) !== 'side' && !hasProclitic(first)) {
        const side = tokens[n + 1];
        const named =
          !!side &&
          side.sentence === head.sentence &&
          side.kind === 'arabic' &&
          cliticBits(side) === CLITIC_BIT.article &&
          (ORDINAL_WORDS.has(side.base.slice(2)) || isPartWord(side.norm) || RING_WORDS.get(side.norm) === 'side');
        if (named) out.push(placeCandidate(ctx, i, n + 2, baseStart(head), 'road-ring'));
      } else if (NUMBERED_ROADS.has(first.norm) && !hasProclitic(first)) {
        const num = tokens[n + 1];
        const digits = tokens[n + 2];
        if (
          num &&
          digits &&
          num.sentence === head.sentence &&
          digits.sentence === head.sentence &&
          (num.norm === 'رقم' || num.norm === 'عدد') &&
          /^[0-9٠-٩]+$/.test(digits.text)
        )
          out.push(placeCandidate(ctx, i, n + 3, baseStart(head), 'road-numbered'));
      }
      continue;
    }
    if (hasProclitic(first) || first.stop) continue;
    const town = lex.at(n, LINKED_PLACES);
    if (town && town.start === first.start && tokens[town.tokenEnd - 1].sentence === head.sentence) {
      // طريق مكة جدة السريع، طريق الرياض - الدمام: two towns, the road holding them.
      const sep = tokens[town.tokenEnd];
      const dash = sep?.kind === 'punct' && sep.sentence === head.sentence && ROAD_SEPARATORS.includes(sep.text);
      const j = dash ? town.tokenEnd + 1 : town.tokenEnd;
      const second = tokens[j]?.sentence === head.sentence && !hasProclitic(tokens[j]) ? lex.at(j, LINKED_PLACES) : undefined;
      // Towns joined by a dash with no space, as a project's transliterated name is (طريق بشكيك-أوش, like the
      // railway تاشغوزار-كومكورغان), name a road only with its adjective: the seed's gold has that road as a project and
      // no place (roads400: 2 of 21 two-town roads written so, طريق الظهران-الجبيل، طريق جدة-مكة المكرمة).
      const joined = dash && sep.start === town.end && tokens[j].start === sep.end;
      const adjective = !!second && roadAdjectiveAt(ctx, second.tokenEnd, head.sentence, false);
      if (second && second.start === tokens[j].start && tokens[second.tokenEnd - 1].sentence === head.sentence && (adjective || !joined)) {
        const end = adjective ? second.tokenEnd + 1 : second.tokenEnd;
        out.push({ ...placeCandidate(ctx, i, end, baseStart(head), 'road-towns'), container: true });
        continue;
      }
      // طريق مكة القديم: the town names the road (05-drop-inner-names.ts), with its adjective.
      if (roadAdjectiveAt(ctx, town.tokenEnd, head.sentence, false))
        out.push(placeCandidate(ctx, i, town.tokenEnd + 1, baseStart(head), 'road-adjective'));
      continue;
    }
    if (lex.at(n)) continue;
    // طريق الحرمين السريع: one or two words, and an adjective only roads take.
    for (let k = n + 1; k <= n + 2; k++) {
      const w = tokens[k - 1];
      if (w.sentence !== head.sentence || w.kind !== 'arabic' || w.stop || (k > n + 1 && hasProclitic(w))) break;
      if (roadAdjectiveAt(ctx, k, head.sentence, true)) {
        out.push(placeCandidate(ctx, i, k + 1, baseStart(head), 'road-adjective'));
        break;
      }
    }
  }
  return out;
}

/**
 * A facility named by its kind, its adjective and the town it is in (town_facility_adjective, Tunisia's usage): الملعب
 * الأولمبي برادس، السجن المدني بالمهدية، المطار العسكري بالعوينة، الملعب البلدي بغنوش، المنطقة الصناعية بقابس. The
 * place holds the town, which stays a mention of its own, as holdout4's gold writes المطار العسكري بالعوينة and العوينة
 * (holdout11: الملعب البلدي بغنوش، المنطقة الصناعية بقابس). ../shared/unlabeled writes a definite facility word, one of
 * these adjectives and ب + a word 289 times (الملعب الأولمبي برادس 41, بسوسة 30, السجن المدني بالمهدية 8, بالمنستير 5,
 * المنطقة الصناعية ب... 27); only a town the lexicons know after ب is read.
 */
const TOWN_FACILITY_ADJECTIVES = words('town_facility_adjective');
const TOWN_FACILITY_HEAD = new TypeFlag((t) => {
  if (t.kind !== 'arabic' || !isDefinite(t) || (cliticBits(t) & CLITIC_BIT.pronoun) !== 0) return false;
  const bare = t.base.slice(2);
  return FACILITY_CUES.has(bare) || ADJECTIVE_FEATURES.has(bare) || (AREA_CUES.has(bare) && AREA_CUES.get(bare) !== 'plural');
});
export function matchTownFacilities(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, typeIds } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!TOWN_FACILITY_HEAD.ofType(typeIds[i], tokens[i]) || ctx.isChrome(i)) continue;
    const head = tokens[i];
    const adjective = tokens[i + 1];
    const at = tokens[i + 2];
    if (adjective.sentence !== head.sentence || at.sentence !== head.sentence) continue;
    if (
      adjective.kind !== 'arabic' ||
      cliticBits(adjective) !== CLITIC_BIT.article ||
      !isPartWord(adjective.norm, TOWN_FACILITY_ADJECTIVES)
    )
      continue;
    if (hasClitic(at, 'conj')) continue;
    const town = lex.at(i + 2, ['CITY']);
    if (!town) {
      // A town no lexicon knows, one rare word after ب (المطار العسكري بالعوينة، الملعب البلدي بغنوش): the town is a CITY.
      const ba = withBa(at) ? baseStart(at) : ctx.text[at.start] === 'ب' && at.base === at.norm ? at.start + 1 : -1;
      if (ba < 0 || lex.at(i + 2) || !ctx.isRare(at) || verbLike(at) || ctx.isChrome(i + 2)) continue;
      out.push({ ...placeCandidate(ctx, i, i + 3, baseStart(head), 'town-facility'), container: true });
      out.push(placeCandidate(ctx, i + 2, i + 3, ba, 'town-facility-town', i + 2, 'CITY'));
      i += 2;
      continue;
    }
    if (tokens[town.tokenEnd - 1].sentence !== head.sentence) continue;
    // The ب a clitic, or a letter the lexicon's match left out of a word the splitter kept whole (برادس).
    if (!withBa(at) && !(ctx.text[at.start] === 'ب' && town.start > at.start)) continue;
    out.push({ ...placeCandidate(ctx, i, town.tokenEnd, baseStart(head), 'town-facility'), container: true });
    i = town.tokenEnd - 1;
  }
  return out;
}

/**
 * The Maghreb's places named after a saint: سيدي + a name (سيدي علي بن عون، سيدي عمر بوحجلة، سيدي
 * إسماعيل، سيدي بوسعيد) is a town, where the tagger takes سيدي alone for the place and the name for a
 * person. ../shared/unlabeled writes سيدي + a word 1,124 times: بوزيد 610 (listed), علي 48, علوان
 * 33, بوعلي 30, بوسعيد 32, حسين 20; not a place after a title (سيدي الرئيس 13, سيدي خادم الحرمين
 * 26: a cue), after يا ("my lord") or a given name (خيرة سيدي يعقوب, a person), or before ولد
 * (سيدي محمد ولد بوبكر, a Mauritanian's name).
 */
const SAINT_TITLES = words('saint_place_title');
/** An Arabic word of SAINT_TITLES (سيدي), asked once per word type instead of a Set lookup per token. */
const SAINT_TITLE = new TypeFlag((t) => t.kind === 'arabic' && SAINT_TITLES.has(t.base));
export function matchSaintPlaces(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, typeIds } = ctx;
  const out: Candidate[] = [];
  // Out of the loop: a closure over the loop's own variables makes a scope object for every token.
  let n = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!SAINT_TITLE.ofType(typeIds[i], tokens[i]) || ctx.isChrome(i)) continue;
    const t = tokens[i];
    n = i + 1;
    if (tokens[n].sentence !== t.sentence || lex.over(i).length > 0 || lex.at(n) || ctx.cueAt(n)) continue;
    const prev = tokens[i - 1];
    // After a place cue the cue's reading stands (سد سيدي سالم is the dam, منطقة سيدي سعيد an area).
    if (
      prev &&
      prev.sentence === t.sentence &&
      prev.kind === 'arabic' &&
      (prev.norm === 'يا' || ctx.isGivenName(prev) || PLACE_CUE.of(prev))
    )
      continue;
    // As after سد, a definite word after a given name is no family name here (سيدي سالم المقدر).
    const end = nameRunEnd(
      ctx,
      n,
      4,
      (j) =>
        !!lex.at(j) ||
        !!ctx.cueAt(j) ||
        SAINT_TITLES.has(tokens[j].base) ||
        (j > n && isDefinite(tokens[j]) && ctx.isGivenName(tokens[j - 1])),
    );
    if (end === n || tokens.slice(n, end + 1).some((k) => k.norm === 'ولد')) continue;
    out.push(placeCandidate(ctx, i, end, baseStart(t), 'saint-place', i, 'CITY'));
  }
  return out;
}

/**
 * Neighbourhoods: حي + a name is a LOCATION named with its cue, as the held-out gold writes حي
 * الفيصلية and حي المروة. ../shared/unlabeled writes حي (bare, or with ب، ل، و، وب) before a word
 * 2,581 times: الروضة 66, القدم 42, العزيزية 41, التواهي 39, الرياض 39, البجيري 37, جوبر 34, العوالي 33
 * ...; of the 3,000 sampled unseen articles' 105 such mentions 73 were found by nothing and 24 as a
 * CITY of the bare name (حي الخالدية → الخالدية, حي الرياض → the Saudi capital).
 * حي is also "alive, live": an indefinite common word after it is no name (حي سكني 37, حي شعبي 18,
 * حي عشوائي 7, حي يرزق 7, حي ومباشر 7), and وحي is "revelation" (من وحي الخيال): with و the cue
 * counts only in a list of neighbourhoods (حي باب مشرف وحي المطراق). On those 3,000 articles: 77
 * neighbourhood mentions added, 76 right by reading (حي المنازل in a verse is "greet the dwellings"), and
 * 33 inner mentions gone (CITY الرياض of حي الرياض in Tunis, PERSON زينب of حي السيدة زينب).
 * شارع names a street the same way where no lexicon or tagger name follows it (the street words of
 * 05-drop-inner-names.ts take those): ../shared/unlabeled writes شارع before a word 1,114 times (الأربعين
 * 20, الستين 17, الخمسين 12, الصباغ 11, الهذال 10; and شارع رئيسي 10, شارع مزدحم 10, common words); on the
 * 3,000 articles 11 streets added, 8 right (شارع السمسم is the television show, شارع المهرجان a
 * festival's show, شارع الطاهر صفر cut after الطاهر). So does مخيم a camp: ../shared/unlabeled writes مخيم
 * before a word 638 times (اليرموك 211, الزعتري 60, البريج 19, النصيرات 10; للاجئين 22 has a proclitic and
 * names none); on the 3,000 articles 12 camps added, 11 right (مخيم العيد is a feast's gathering).
 */
const QUARTER_CUES = wordValues('quarter_cue');
const QUARTER_OPENERS = words('quarter_name_opener');
interface QuarterCue {
  skip: number;
  conj: boolean;
}
/** quarterCueOf, asked once per word type: it was asked of every token (a regular expression and a clitic list each time). */
const QUARTER_CUE = new TypeMemo<QuarterCue | null>();
function quarterCue(t: Token): QuarterCue | null {
  return QUARTER_CUE.of(t, quarterCueOf);
}

/** The length of the proclitics before a quarter cue the clitic splitter left on it (بحي، وحي، لحي), or null when the token is no cue. */
function quarterCueOf(t: Token): QuarterCue | null {
  // The clitic types as bits: t.clitics would make the token's clitic spans.
  if (t.kind !== 'arabic' || (cliticBits(t) & (CLITIC_BIT.article | CLITIC_BIT.pronoun)) !== 0) return null;
  // Does a و or ف before the cue make another word of it (وحي "revelation")?
  const waWord = (cue: string): boolean => QUARTER_CUES.get(cue) === 'wa_in_list';
  if (QUARTER_CUES.has(t.base)) return { skip: -1, conj: waWord(t.base) && hasClitic(t, 'conj') };
  if (t.base !== t.norm) return null;
  const skip = cueAfterLetters(t.norm, /^(وب|فب|و|ف|ب|ل)/, QUARTER_CUES);
  return skip === null ? null : { skip, conj: waWord(t.norm.slice(skip)) && /^[وف]/.test(t.norm) };
}

export function matchQuarters(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  let lastCue = -100;
  // The name ends before the next neighbourhood of a list: حي باب مشرف وحي المطراق.
  const stopAt = (j: number): boolean => !!lex.at(j) || quarterCue(tokens[j]) !== null;
  // Out of the loop: a closure over the loop's own variables makes a scope object for every token.
  let n = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    const q = quarterCue(cue);
    if (!q || ctx.isChrome(i)) continue;
    const listed = i - lastCue <= 8 && tokens[lastCue].sentence === cue.sentence;
    lastCue = i;
    if (q.conj && !listed) continue;
    n = i + 1;
    const first = tokens[n];
    if (first.sentence !== cue.sentence || first.kind !== 'arabic' || first.stop || hasProclitic(first)) continue;
    if (lex.over(i).length > 0) continue;
    const known = lex.at(n);
    // A street named after a country or a region names neither, nor a place of its own (05-drop-inner-names.ts).
    if (known && (known.type === 'COUNTRY' || known.type === 'REGION')) continue;
    let end: number;
    if (known) end = known.tokenEnd;
    else if (QUARTER_OPENERS.has(first.norm) || EPONYM_TITLES.has(first.norm)) {
      // حي باب مشرف، حي مدينة الصدر، حي الشيخ رضوان، حي السيدة زينب: an opening word and the name after it.
      const next = tokens[n + 1];
      if (!next || next.sentence !== cue.sentence || next.kind !== 'arabic' || next.stop || hasProclitic(next)) continue;
      end =
        lex.at(n + 1)?.tokenEnd ??
        Math.max(
          n + 2,
          nameRunEnd(ctx, n + 1, 3, (j) => j > n + 1 && stopAt(j)),
        );
    } else if (isDefinite(first)) {
      // One definite word is the name (بحي الروضة محمد الخميس, شارع الغزالي بوحسينة: a person and a
      // place after it), unless it is a given name that a family name follows: شارع الطاهر صفر.
      end = ctx.isGivenName(first)
        ? Math.max(
            n + 1,
            nameRunEnd(ctx, n, 3, (j) => j > n && stopAt(j)),
          )
        : n + 1;
    } else if (ctx.looksNamed(first) || ctx.isGivenName(first)) {
      end = Math.max(
        n + 1,
        nameRunEnd(ctx, n, 3, (j) => j > n && stopAt(j)),
      );
    } else continue;
    // حي الفهد الشمالي: a part adjective ends the name.
    const part = tokens[end];
    if (part && part.sentence === cue.sentence && isPartWord(part.norm)) end++;
    const start = q.skip < 0 ? baseStart(cue) : sourceOffsetOfNorm(text, cue, q.skip);
    out.push(placeCandidate(ctx, i, end, start, 'quarter-cue', n));
  }
  return out;
}

const QUARTER_LIST_CUES = words('quarter_list_cue');
/** A bare Arabic word of QUARTER_LIST_CUES, without the article or a pronoun (asked once per word type). */
const QUARTER_LIST_CUE = new TypeFlag(
  (t) => t.kind === 'arabic' && (cliticBits(t) & (CLITIC_BIT.article | CLITIC_BIT.pronoun)) === 0 && QUARTER_LIST_CUES.has(t.base),
);
const CITY_WORDS: ReadonlySet<string> = new Set([...SETTLEMENT_CUES, ...AREA_CUES.keys(), ...words('capital_word')]);
/**
 * A list of neighbourhoods after the plural cue: أحياء النسيم، والخالدية الشمالية، والربيع؛ أحياء
 * الشهداء وعروة والبركة. Each name is a LOCATION, as حي X is (matchQuarters), also where a lexicon
 * knows the word as a town elsewhere (الناصرية of Dammam, not of Iraq). saudinewsnet writes أحياء + a
 * definite word about 530 times: the city whose districts they are (المدينة 35, العاصمة 20, الدمام 6,
 * الطائف 5: a settlement word or a known place opens no list), the districts (العزيزية 21, الخالدية
 * 15, البقيع 8, الشهداء 7, النسيم 6 ...). Only a list of two names or more is read: one definite word
 * after أحياء may still be the city's (أحياء جدة) or a common noun.
 */
export function matchQuarterLists(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length - 1; i++) {
    const cue = tokens[i];
    if (!QUARTER_LIST_CUE.ofType(ids[i], cue) || ctx.isChrome(i)) continue;
    const items: [number, number][] = [];
    let j = i + 1;
    while (j < tokens.length && items.length < 15) {
      const t = tokens[j];
      if (t.sentence !== cue.sentence || t.kind !== 'arabic' || t.stop) break;
      // The first name bare, the others after و (and a comma): والخالدية، وعروة.
      const first = items.length === 0;
      // After the first, a name without the article too where it reads as one (وعروة), not a noun (وشوارع).
      const named = isDefinite(t) || (!first && (ctx.isRare(t) || ctx.looksNamed(t)));
      if (!named || hasClitic(t, 'prep') || hasClitic(t, 'future') || (first && hasProclitic(t))) break;
      if (isDefinite(t) && CITY_WORDS.has(t.base.slice(2))) break;
      const known = lex.at(j, ['CITY', 'COUNTRY', 'LOCATION', 'REGION', 'ORG']);
      // أحياء الدمام، أحياء جدة: the city's districts, no list of names.
      if (first && known) break;
      if (known && known.type !== 'CITY' && known.type !== 'LOCATION') break;
      let end = known ? known.tokenEnd : j + 1;
      if (!known && (EPONYM_TITLES.has(t.base) || QUARTER_OPENERS.has(t.base))) {
        // A copy of j for the closure: a closure over the loop's own j would make V8 give every
        // token's pass a scope object (s24).
        const from = j + 1;
        end = Math.max(
          j + 2,
          nameRunEnd(ctx, from, 3, (k) => k > from && !!lex.at(k)),
        );
      }
      const part = tokens[end];
      if (part && part.sentence === cue.sentence && isPartWord(part.norm)) end++;
      if (end > tokens.length || tokens[end - 1].sentence !== cue.sentence) break;
      items.push([j, end]);
      j = end;
      // The separator: a comma, or nothing before the next و.
      if (ctx.isPunct(tokens[j], '،,')) j++;
      const next = tokens[j];
      if (!next || !hasClitic(next, 'conj')) break;
    }
    if (items.length < 2) continue;
    for (const [from, to] of items) out.push(placeCandidate(ctx, from, to, baseStart(tokens[from]), 'quarter-list'));
    i = j - 1;
  }
  return out;
}
