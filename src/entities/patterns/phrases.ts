// Small phrase readers shared by the patterns: a run of name-like words, a "لل" complement
// (للطاقة، للعلوم والتقنية), a definite noun phrase (الرقابة الإدارية), a quoted name.
import type { Token } from '../../text/token.js';
import type { MatchContext } from '../match-context.js';
import { hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import { words, wordsOf } from '../../lexicon/word-lists.js';
import { CLITIC_BIT, type CliticForm, cliticForms, PROCLITIC_BITS, cliticBits, hasClitic } from '../../model/token.js';
import { WEEKDAYS } from '../../text/calendar.js';
import { TypeFlag } from '../../text/type-flag.js';
import { commonInNews, frequentCommonInNews } from '../../ner/common-classes.js';

const NO_CLITICS: readonly CliticForm[] = [];

/** The first word of each phrase of two words or more in a list (أمين of أمين عام, قائد of قائد السبسي). */
function firstWords(phrases: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const f of phrases) if (f.includes(' ')) out.add(f.slice(0, f.indexOf(' ')));
  return out;
}

/** Words that join the parts of an Arabic personal or family name (عبد الله، بن سعود، أبو زيد). */
export const NAME_JOINERS = words('name_joiner');
/** A prayer's verb before الله, which ends a person's name (سعود الفيصل رحمه الله): entity-words.tsv name_prayer. */
const NAME_PRAYERS = words('name_prayer');
/** The joiners of a kunya, which take the word after them (بن أبي طالب). */
const KUNYA = words('name_kunya');
/** Particles of foreign names (كارلوس دي بالاسيو, فان دير): the word after one is part of the name as written. */
export const FOREIGN_PARTICLES = words('foreign_particle');
/** Feminine colour adjectives (خضراء، بيضاء). */
const COLOURS = wordsOf(['colour_feminine', 'colour_masculine']);
const TIME_COMPLEMENT = words('time_complement');
/** Adjectives of institutions (العامة، العليا، الوطني، المتحدة): with a noun before them they name a body (entity-words.tsv org_adjective). */
export const ORG_ADJECTIVES = words('org_adjective');
/**
 * Definite words of time and of holding (اليوم، المقبل، المنعقد، الماضي): a name has ended before one, and
 * العام before one is the year (entity-words.tsv event_name_end).
 */
export const NAME_ENDS = words('event_name_end');
/** Words that agree with a لـ complement's noun but start the next part of the sentence (التابعة، الإخوة): lam_complement_end. */
const LAM_COMPLEMENT_ENDS = words('lam_complement_end');

const QUOTE_OPEN = '"«“\'';
const QUOTE_CLOSE = '"»”\'';

/** A year of four digits, 1900–2099, as events are named with (كأس العالم 2018، انتخابات 2007). */
export function isYear(t: { kind: string; norm: string }): boolean {
  return t.kind === 'number' && /^(19|20)\d\d$/.test(t.norm);
}

/** A nisba-shaped adjective (الإدارية, الكويتية, الدولي, العقاري). */
export function adjectiveShaped(t: Token): boolean {
  return /(ي|يه|يين|يون|يات)$/.test(t.base);
}

/**
 * A feminine participle of a derived verb (المتقدمة، المتحدة، المستدامة، المتجددة): an adjective
 * after a noun far more often than a noun of its own ("شركة تقنية المياه المتقدمة").
 */
export function participleShaped(t: Token): boolean {
  // ... and a colour (الخضراء، البيضاء: لجنة المباني الخضراء; الأحمر: هيئة الهلال الأحمر).
  return /^ال(مت|مست).{2,5}ه$/.test(t.base) || (t.base.startsWith('ال') && COLOURS.has(t.base.slice(2)));
}

/**
 * A word shaped like an imperfect verb: ي/ت/ن + 2–4 letters, no article, no clitic, not a
 * تفعيل noun (تخزين) and no feminine or plural ending (تصل, يتم, تتقد, تهدف).
 */
export function verbLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'arabic' || cliticBits(t) !== 0) return false;
  const form = t.norm;
  // A long vowel early is a foreign name's, not a verb's: ترامب, تشانغ, توني, يونكر.
  if (form[1] === 'و' || form[1] === 'ا' || form[2] === 'ا') return false;
  // استفعل forms run to six letters: يستدرك, تستهدف.
  if (form.length === 6 && /^[يتن]ست/.test(form) && !/(ه|ات|ين|ون|ا)$/.test(form)) return true;
  if (form.length < 3 || form.length > 5 || !/^[يتن]/.test(form)) return false;
  if (form.length === 5 && form[3] === 'ي') return false;
  return !/(ه|ات|ين|ون|ا)$/.test(form);
}

/** Words for a part of the day (صباح، مساء): صباح الخميس is Thursday morning, not a woman named صباح. */
const DAY_PARTS = words('day_part');
/** Words of a day after a part of the day (صباح اليوم، مساء أمس، صباح يوم): entity-words.tsv day_part_day. */
const DAY_PART_DAYS = words('day_part_day');
/** Nouns a name runs on into (نجم "star of"): entity-words.tsv appositive_noun. */
const APPOSITIVE_NOUNS = words('appositive_noun');
/** One of them with no clitic, asked once per word type. */
const APPOSITIVE_NOUN = new TypeFlag((t) => t.kind === 'arabic' && cliticBits(t) === 0 && APPOSITIVE_NOUNS.has(t.norm));
/** Two words a name runs on into, the first a given name too (أمين عام): entity-words.tsv appositive_construct. */
const APPOSITIVE_CONSTRUCTS = words('appositive_construct');
/** The first word of one of them with no clitic (أمين), asked once per word type. */
const APPOSITIVE_FIRST_WORDS = firstWords(APPOSITIVE_CONSTRUCTS);
const APPOSITIVE_FIRST = new TypeFlag((t) => t.kind === 'arabic' && cliticBits(t) === 0 && APPOSITIVE_FIRST_WORDS.has(t.norm));
/**
 * A noun with a possessive pronoun and no other clitic (خطابه، تنديده، جاره): the pronoun split off by the
 * splitter, or, on a word it left whole, a word in ه، ها، هم whose rest is a common word of the news
 * (common-news-words.txt, frequent-common-words.txt). Not a given name (طلحه، عبده); foreign names in يه
 * (بيكيه) have no such rest. Asked once per word type.
 */
const POSSESSED_NOUN = new TypeFlag((t) => {
  if (t.kind !== 'arabic' || t.stop) return false;
  const bits = cliticBits(t);
  if (bits === CLITIC_BIT.pronoun) return true;
  if (bits !== 0) return false;
  // The pronoun as written: ة folds to ه, and a name in ة (سلامة، جمعة) is no noun and pronoun.
  if (!/(ه|ها|هم|هما)$/.test(t.text.replace(/[\u064B-\u0652\u0640]/g, ''))) return false;
  const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(t.norm);
  if (!m || m[1].endsWith('ي')) return false;
  const rest = { kind: 'arabic' as const, stem: m[1], norm: m[1], text: m[1] } as Token;
  return commonInNews(rest) || frequentCommonInNews(rest);
});
/** A part of the day with no clitic, asked once per word type (runsOnAt is asked of every word of a name run). */
const DAY_PART = new TypeFlag((t) => t.kind === 'arabic' && cliticBits(t) === 0 && DAY_PARTS.has(t.norm));

/**
 * Token k (after the first word of a name from `from`) is a word a name runs on into, not part of it:
 * - ل or ب + a noun with a pronoun (نيمار بتألقه، محمد صلاح لإراحته، أنغيلا ميركل بتعازيها، بنيامين
 *   نتنياهو لمخاطبته): the splitter leaves the word whole where it does not know the noun, so it reads
 *   as a rare word. On sample3k 17 person mentions ran on into one (بتعهداته، لمقترحاته، بمكانته،
 *   لخلانه "to his friends" in verse); the foreign names of that shape end in يه (بيكيه، باييه، بارنييه)
 *   and the Hadrami ones start with با (باسلمه، بامعوضه). A verbal noun in ا after ل or a long one after
 *   ب (بول مانافورت لاتهامه، معمر القذافي باستئجاره، كريستيانو رونالدو الأنظار باحتفاليته) too: 3 on sample3k.
 * - a noun with a possessive pronoun after a name of two words or more (إيمانويل ماكرون خطابه، محمد جواد
 *   ظريف تنديده، محمد المعالج رضاه، محمد بن سعود جاره): POSSESSED_NOUN; 3 person mentions on sample3k, not
 *   after a particle (عادل با ناعمه).
 * - a prayer's verb before الله (سعود الفيصل رحمه الله، علي بن أبي طالب رضي الله عنه، حمدي تغمده الله):
 *   رحمة and رضي are given names too, so the name ran on into the prayer; on sample3k 7 person mentions
 *   in 5 articles ended in one.
 * - a weekday after a name of two words or more (أنطونيو غوتيريش الخميس، زين الدين زيدان الخميس) or
 *   after صباح (صباح الخميس): 16 of the 18 names with a weekday on sample3k; after one given name it is
 *   a family name (رئيس اللجنة الاجتماعية الأهلية بحي الروضة محمد الخميس).
 * - نجم after a name of two words or more (لوكا مودريتش نجم وسط ريال مدريد، آنخيل دي ماريا نجم مانشستر
 *   يونايتد): sample3k 4 person mentions ran on so; after one given name it is the family name (خالد نجم).
 *   Women's role nouns in ة (ميشيل باتشيليت مفوضة الأمم المتحدة، ماري فاريهام منسقة حملة، سعيد الغامدي
 *   مستشارة لوكيل الوزارة, نائبة، عضوة، مراسلة): 3 person mentions on sample3k; the tagger stops before the
 *   men's. And أمين before عام or سر (عبدالله بن حمد الحقيل أمين عام دارة الملك عبدالعزيز): appositive_construct.
 * - a part of the day before a weekday or a word of a day (يوسف الشاهد صباح اليوم، نيمار صباح الجمعة، جان إيف
 *   لو دريان صباح الأربعاء): صباح is a given name too, so the name ran on into the time; 5 person mentions on
 *   sample3k ended in صباح so.
 * - a dual or plural verb of the forms تفعّل/تفاعل (ترامب وكيم يتعهدان، الرئيس المنصف المرزوقي يتحملان): يت/تت
 *   + three letters + ان/ون, a shape no name of the tagged corpora has (data/entities/name-ratios.tsv) and
 *   ../shared/unlabeled writes as verbs (يتعرضون 248، يتحدثون 196، يتمتعون 173); 2 person mentions on sample3k.
 */
/** A dual or plural verb of the forms تفعّل/تفاعل: يتعهدان، يتحدثون (runsOnAt), asked once per word type. */
const PLURAL_VERB = new TypeFlag((t) => t.kind === 'arabic' && cliticBits(t) === 0 && /^[يت]ت[^ا]{3}(ان|ون)$/.test(t.norm));

export function runsOnAt(tokens: readonly Token[], from: number, k: number): boolean {
  const t = tokens[k];
  if (k <= from || !t || t.kind !== 'arabic') return false;
  const next = tokens[k + 1];
  if (next?.norm === 'الله' && next.sentence === t.sentence && NAME_PRAYERS.has(t.norm)) return true;
  const bits = cliticBits(t);
  if (k - from >= 2 && APPOSITIVE_NOUN.of(t)) return true;
  if (k - from >= 2 && APPOSITIVE_FIRST.of(t) && next?.sentence === t.sentence && APPOSITIVE_CONSTRUCTS.has(`${t.norm} ${next.norm}`))
    return true;
  if (DAY_PART.of(t) && next?.sentence === t.sentence && next.kind === 'arabic' && dayWord(next)) return true;
  if ((bits & ~CLITIC_BIT.article) === 0 && t.base.startsWith('ال') && WEEKDAYS.has(t.base))
    return k - from >= 2 || DAY_PARTS.has(tokens[k - 1].base);
  if (k - from >= 2 && POSSESSED_NOUN.of(t) && tokens[k - 1].norm.length > 2) return true;
  if (PLURAL_VERB.of(t)) return true;
  return prepositionWithPronoun(t);
}

/** و + a word, as the splitter reads it (وكفن، وروبرت), no other clitic: not ف + a word (فيصل، فريد). */
function andWord(t: Token): boolean {
  return t.kind === 'arabic' && cliticBits(t) === CLITIC_BIT.conj && t.text.startsWith('و');
}

/**
 * The token of a tagger's person span that opens a second person (كيم داي جونغ ومو هيون: see
 * splitPersonPairs in 04-merge-model.ts), or -1.
 */
export function secondPersonAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (
      andWord(t) &&
      tokens[k - 1].kind === 'arabic' &&
      tokens[k - 2].kind === 'arabic' &&
      next.kind === 'arabic' &&
      !next.stop &&
      next.sentence === t.sentence
    )
      return k;
  }
  return -1;
}

/**
 * ل or ب + a noun with a pronoun (بتعهداته، لمقترحاته، بإعدامه): no name word. A pronoun or the preposition
 * may be split off; the letters are read as written. Foreign names of that shape end in يه (بيكيه). After ب
 * the noun may start with ا only in a word of eight letters or more (باستئجاره، باحتفاليته): Hadrami names
 * start with با and are shorter (باسلمه، بامعوضه); after ل any (لاتهامه، لانتقاده).
 */
export function prepositionWithPronoun(t: Token): boolean {
  if (t.kind !== 'arabic' || (cliticBits(t) & (CLITIC_BIT.conj | CLITIC_BIT.future | CLITIC_BIT.article)) !== 0) return false;
  const text = t.text.replace(/[\u064B-\u0652\u0640]/g, '');
  return (/^[لب][^ا].{2,}(ه|ها|هم|هما)$/.test(text) || /^(ل|ب(?=.{7}))ا.{3,}(ه|ها|هم|هما)$/.test(text)) && !/(يه|الله)$/.test(text);
}

/** Family names of two words, the first a common word (قائد السبسي، قايد السبسي): entity-words.tsv family_compound. */
const FAMILY_COMPOUNDS = words('family_compound');
/** The first words of FAMILY_COMPOUNDS: the flag asked each of them whether it starts with the word and a space, a string made for each. */
const FAMILY_FIRST_WORDS = firstWords(FAMILY_COMPOUNDS);
/** The first word of one of them (قائد، قايد), asked once per word type: the person cues ask it of every token. */
const FAMILY_FIRST = new TypeFlag((t) => t.kind === 'arabic' && FAMILY_FIRST_WORDS.has(t.norm));

/**
 * Whether tokens k and k + 1 are a listed family name of two words (قائد السبسي): the tagger reads
 * the first as the common word (قائد "leader") and leaves it out of the name, the cue patterns as a role.
 */
export function familyCompoundAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !FAMILY_FIRST.of(t)) return false;
  const n = tokens[k + 1];
  return n?.kind === 'arabic' && t.sentence === n.sentence && FAMILY_COMPOUNDS.has(`${t.norm} ${n.norm}`);
}

/** A weekday with the article or a word of a day (اليوم، يوم، أمس), with no other clitic. */
function dayWord(t: Token): boolean {
  const bits = cliticBits(t);
  if (bits === 0 && DAY_PART_DAYS.has(t.norm)) return true;
  return (bits & ~CLITIC_BIT.article) === 0 && t.base.startsWith('ال') && (WEEKDAYS.has(t.base) || DAY_PART_DAYS.has(t.base));
}

/**
 * Token j, proclitic letters and all, is a given name before بن or بنت: فيصل بن خالد is no ف + يصل
 * ("and arrives"), بندر بن سلطان no ب + ندر. sample3k: 46 princes' names so lengthened (فيصل بن خالد بن
 * عبدالعزيز, which was خالد بن عبدالعزيز ×12; بندر بن سعود بن محمد). Before another word the whole word is
 * not trusted: بيلي is ب + يلي in شركة بيلي, فيصل in مستشفى الملك فيصل التخصصي is the hospital's.
 */
export function joinedGivenName(ctx: MatchContext, j: number): boolean {
  const t = ctx.tokens[j];
  const n = ctx.tokens[j + 1];
  return (
    t?.kind === 'arabic' &&
    (cliticBits(t) & PROCLITIC_BITS) !== 0 &&
    n?.sentence === t.sentence &&
    NAME_JOINERS.has(n.norm) &&
    ctx.gaz.givenNames.has(t.norm) &&
    !ctx.isWordyGivenName(t)
  );
}

/** A rare word with no clitic shaped like an imperfect verb (ترمب, ترودو). */
function rareVerbShaped(ctx: MatchContext, t: Token): boolean {
  // cliticBits, not t.clitics: the spans would be made for the token.
  return t.kind === 'arabic' && cliticBits(t) === 0 && ctx.isRare(t) && verbLike(t);
}

/** A token that may be part of a proper name: a rare word, a word mostly named, a given name. */
export function nameLike(ctx: MatchContext, t: Token | undefined): boolean {
  if (!t || t.kind !== 'arabic') return false;
  if (t.stop) return ctx.isGivenName(t);
  if (ctx.isGivenName(t) || ctx.namedByCorpus(t)) return true;
  // A rare verb form is no name (مدينة تتميز): only rare words of another shape count.
  return ctx.isRare(t) && !verbLike(t);
}

/**
 * The end (exclusive) of a run of name-like tokens from i: rare words, given names, joiners
 * followed by a name word (بن سعود، عبد الفتاح), dash-joined parts (تشون-كيمين). Returns i when
 * none. `stop(j)` ends the run early (a cue word, a known place).
 */
export function nameRunEnd(ctx: MatchContext, i: number, max: number, stop: (j: number) => boolean = () => false): number {
  const { tokens } = ctx;
  let j = i;
  const sentence = tokens[i]?.sentence;
  while (j < tokens.length && j - i < max && tokens[j].sentence === sentence && !ctx.isChrome(j)) {
    const t = tokens[j];
    // After a foreign particle the next word is taken whole: بالاسيو is not ب + الاسيو.
    const afterParticle = j > i && FOREIGN_PARTICLES.has(tokens[j - 1].norm) && t.kind === 'arabic' && !t.stop;
    // A name starts with no preposition or conjunction ("وكالة لاستقطاب المواهب" names none).
    if (hasProclitic(t) && !afterParticle && !(j === i && joinedGivenName(ctx, j))) break;
    if (stop(j) || runsOnAt(tokens, i, j)) break;
    if (afterParticle) {
      j++;
      continue;
    }
    if (
      j > i &&
      FOREIGN_PARTICLES.has(t.norm) &&
      tokens[j + 1]?.kind === 'arabic' &&
      tokens[j + 1].sentence === sentence &&
      !tokens[j + 1].stop
    ) {
      j++;
      continue;
    }
    // بن before و + a word is a family name, and the word opens a second person (شون بن وكفن كوستنر).
    if (t.kind === 'arabic' && NAME_JOINERS.has(t.norm) && j > i && j + 1 < tokens.length && andWord(tokens[j + 1])) {
      j++;
      break;
    }
    if (t.kind === 'arabic' && NAME_JOINERS.has(t.norm) && j + 1 < tokens.length && tokens[j + 1].kind === 'arabic') {
      // بن عبد الله, بن عبد العزيز: the name after a joiner is itself عبد + a definite word, one
      // name (محمد بن سلمان بن عبد العزيز, not ... بن عبد).
      const n = tokens[j + 2];
      const compound =
        tokens[j + 1].norm === 'عبد' &&
        n?.kind === 'arabic' &&
        n.sentence === sentence &&
        (cliticBits(n) & ~CLITIC_BIT.article) === 0 &&
        n.base.startsWith('ال');
      j += compound ? 3 : 2;
      // بن أبي طالب: the name after the joiner is a kunya, أبي and the word after it (../shared/unlabeled:
      // بن أبي طالب 61 articles, بن أبي سلمى، بن أبي حثمة).
      const kunya = tokens[j];
      if (
        !compound &&
        KUNYA.has(tokens[j - 1].norm) &&
        kunya?.kind === 'arabic' &&
        kunya.sentence === sentence &&
        !kunya.stop &&
        !hasProclitic(kunya) &&
        !ctx.isChrome(j)
      )
        j++;
      continue;
    }
    // الله after the first word of a compound given name is part of it: حسن نصر الله, not حسن نصر
    // (../shared/unlabeled writes the compounds of given-names.tsv 823 times: نصر الله 293, فتح
    // الله 253, فضل الله 116, عطا الله 45, ضيف الله 41).
    if (j > i && t.norm === 'الله' && t.clitics.length === 0 && ctx.gaz.givenNames.has(`${tokens[j - 1].norm} الله`)) {
      j++;
      continue;
    }
    // A family name with the article after a given name stays a name even where the news uses
    // the word otherwise (مصعب المدرس, "the teacher"): only the tagged corpora's verdict counts.
    // So does a rare word of four letters or more shaped like a verb in ت or ن (دونالد ترمب: ت + رمب reads
    // as a verb; ../shared/unlabeled writes دونالد ترمب 438 times; جاستن ترودو), which alone is no name
    // (مدينة تتميز). Not one in ي, or shorter: after a given name that is a verb in dialect and verse
    // (صالح يرش الأرض، همة محمد تصد الخصم).
    const family =
      j > i &&
      ctx.isGivenName(tokens[j - 1]) &&
      ((isDefinite(t) && ctx.unseenInTagged(t)) || (rareVerbShaped(ctx, t) && t.norm.length >= 4 && !t.norm.startsWith('ي')));
    if (family || nameLike(ctx, t)) {
      j++;
      // A dash joins two name parts with no space: تشون-كيمين, بشكيك-أوش is two names (stop decides).
      if (
        ctx.isPunct(tokens[j], '-') &&
        tokens[j].start === t.end &&
        nameLike(ctx, tokens[j + 1]) &&
        tokens[j + 1].start === tokens[j].end &&
        !stop(j + 1)
      )
        j += 2;
      // So does a dot between spelt-out letters: بي.بي، إم.بي.سي (BP, MBC).
      while (
        ctx.isPunct(tokens[j], '.') &&
        tokens[j].start === tokens[j - 1].end &&
        tokens[j - 1].text.length <= 3 &&
        tokens[j + 1]?.kind === 'arabic' &&
        tokens[j + 1].text.length <= 3 &&
        tokens[j + 1].start === tokens[j].end &&
        tokens[j + 1].sentence === sentence
      )
        j += 2;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The end (exclusive) of a "لـ" complement starting at i: ل + definite noun (للطاقة) or ل +
 * noun + definite noun (لتحلية المياه), then definite words and و + definite words
 * (للعلوم والتقنية، للتطوير العقاري). Returns i when token i does not start one.
 */
export function lamPhraseEnd(ctx: MatchContext, i: number, max = 4, stop: (j: number) => boolean = () => false): number {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.kind !== 'arabic' || t.stop) return i;
  if (!hasClitic(t, 'prep') || !cliticForms(t).some((c) => c.type === 'prep' && c.text.includes('ل'))) return i;
  // ل + a time noun is a phrase of time, not the body's complement: مجلس النواب للمرة السادسة،
  // ميزانية هيئة الهلال الأحمر للعام المالي.
  if (TIME_COMPLEMENT.has(t.stem)) return i;
  let j = i + 1;
  if (!isDefinite(t)) {
    // ل + an indefinite noun needs a definite noun after it (لتحلية المياه).
    const n = tokens[j];
    if (!n || n.sentence !== t.sentence || !isDefinite(n) || hasProclitic(n) || n.stop) return i;
    j++;
  }
  while (j < tokens.length && j - i < max && tokens[j].sentence === t.sentence && !stop(j)) {
    const n = tokens[j];
    if (n.kind !== 'arabic' || n.stop || !isDefinite(n)) break;
    // Only و may join another word: للعلوم والتقنية; بالتعاون, لإعادة start something else.
    const pro =
      (cliticBits(n) & PROCLITIC_BITS) === 0
        ? NO_CLITICS
        : cliticForms(n).filter((c) => c.type === 'conj' || c.type === 'prep' || c.type === 'future');
    if (pro.length > 0 && !(pro.length === 1 && pro[0].type === 'conj' && pro[0].text === 'و')) break;
    if (pro.length === 0 && !adjectiveShaped(n) && j > i + 1) break;
    if (pro.length === 0 && j === i + 1 && isDefinite(t) && !lamAdjectiveAt(ctx, t, n)) break;
    j++;
  }
  return j;
}

/**
 * Word n, right after the definite noun t of a لـ complement, may be its adjective and part of the name:
 * a nisba or a derived participle (للطيران المدني، للتنمية المستدامة), an institution's adjective
 * (للأمن العام), or another definite word that does not disagree with t (للقوات المسلحة، للكرة الطائرة،
 * للاستثمار المباشر، للفنون الجميلة، للأطفال المعوقين) and is no title, time word or word of holding.
 * It disagrees when t is feminine or a plural in ات and n a masculine singular (الهيئة العليا للانتخابات
 * المستقيل: n agrees with the body's head), or t a masculine plural in ين and n feminine (للاجئين
 * التابعة). Broken plurals take either, so no other pair is told apart.
 */
function lamAdjectiveAt(ctx: MatchContext, t: Token, n: Token): boolean {
  if (adjectiveShaped(n) || participleShaped(n) || ORG_ADJECTIVES.has(n.base)) return true;
  const b = n.base;
  if (NAME_ENDS.has(b) || WEEKDAYS.has(b) || LAM_COMPLEMENT_ENDS.has(b) || ctx.gaz.cues.root.has(b)) return false;
  if (/(ه|ات)$/.test(t.base)) return /(ه|ات|ا|اء|ي|ين|ون)$/.test(b);
  return !(t.base.endsWith('ين') && b.endsWith('ه'));
}

/** The end (exclusive) of a definite noun phrase from i (الرقابة الإدارية، الكهرباء والطاقة). */
export function definitePhraseEnd(ctx: MatchContext, i: number, max = 4, stop: (j: number) => boolean = () => false): number {
  const { tokens } = ctx;
  let j = i;
  const sentence = tokens[i]?.sentence;
  while (j < tokens.length && j - i < max && tokens[j].sentence === sentence && !(j > i && stop(j))) {
    const n = tokens[j];
    if (n.kind !== 'arabic' || n.stop || !isDefinite(n)) break;
    const pro =
      (cliticBits(n) & PROCLITIC_BITS) === 0
        ? NO_CLITICS
        : cliticForms(n).filter((c) => c.type === 'conj' || c.type === 'prep' || c.type === 'future');
    if (j === i ? pro.length > 0 : pro.length > 0 && !(pro.length === 1 && pro[0].type === 'conj')) break;
    // After the head noun only adjectives or و + noun: "وزارة الكهرباء والماء الكويتية", but in
    // "وأعلنت وزارة الكهرباء الخطة" الخطة is the verb's object.
    if (j > i && pro.length === 0 && !adjectiveShaped(n) && !participleShaped(n)) break;
    j++;
  }
  return j;
}

/** A quoted stretch starting at token i (the quote mark): [first inner, end inner) or null. */
export function quotedAt(ctx: MatchContext, i: number, max = 8): { start: number; end: number } | null {
  const { tokens } = ctx;
  const open = tokens[i];
  if (!open || !ctx.isPunct(open, QUOTE_OPEN)) return null;
  for (let j = i + 1; j < tokens.length && j <= i + max + 1; j++) {
    const t = tokens[j];
    if (t.sentence !== open.sentence) return null;
    if (ctx.isPunct(t, QUOTE_CLOSE) && j > i + 1) return { start: i + 1, end: j };
    if (ctx.isPunct(t, '.،,؛:')) return null;
  }
  return null;
}

/** `last` and `next` (الله) make a family name of a given name with the article: العبد الله، الجار الله. */
export function familyNameGoesOn(ctx: MatchContext, last: Token, next: Token | undefined): boolean {
  return (
    next?.norm === 'الله' &&
    next.sentence === last.sentence &&
    last.kind === 'arabic' &&
    cliticBits(last) === CLITIC_BIT.article &&
    ctx.gaz.givenNames.has(`${withoutArticle(last)} الله`)
  );
}

/**
 * A given name and the definite word after it that the news writes as one person's name although the
 * word is mostly a plain word (data/lexicon/surname-pair-words.tsv, harvested from ../shared/unlabeled by
 * src/scripts/harvest-surname-pairs.ts): الحبيب الصيد (45 times after a cue, الصيد "fishing" 632 times),
 * سامي الصالح (26; الصالح 464). The name goes on to the word, where it stopped before it as a plain word.
 */
const SURNAME_PAIRS = words('surname_pair');

/** `last` (a given name) and `next` make a person's name of surname_pair. */
export function surnameGoesOn(last: Token, next: Token | undefined): boolean {
  return (
    next !== undefined &&
    next.sentence === last.sentence &&
    last.kind === 'arabic' &&
    next.kind === 'arabic' &&
    (cliticBits(next) & ~CLITIC_BIT.article) === 0 &&
    SURNAME_PAIRS.has(`${last.base} ${next.norm}`)
  );
}
