// Step 7: the kind, canonical value and unit of each figure. A unit decides the kind (money,
// power, percent ...); without one, a number is a year (عام 2004، (2014)، 2015م, or a bare
// 1900–2100 that counts nothing), a percentage after نسبة (بنسبة اثنين وعشرين), an ordinal
// (الـ28، المرتبة 41، العشرين after a noun), a count when a noun follows (تسعة اجتماعات، 3 جهات),
// or plainly a number.
import { tokenWith } from '../model/token.js';
import { foldString } from '../text/normalize/index.js';
import { WEEKDAYS } from '../text/calendar.js';
import { MONTH_FORMS } from './03-read-dates.js';
import { HIJRI_MONTHS, NOT_COUNTED, PERCENT_CUES, RANK_NOUNS, ROUND_NOUNS, YEAR_CUES, YEAR_CUE_PAIRS } from './lexicon/cues.js';
import { canonicalValue, matchUnit } from './04-attach-units.js';
import { numberWord } from './02-read-numbers.js';
import { bareForm, closesMark, cueSet, dayOfWeekday, isPunct, type Fig, type SentenceScan } from './scan.js';
import { sourceOffset } from './word-forms.js';
import type { Token } from '../text/token.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { words } from '../lexicon/word-lists.js';
import { cliticBits, hasClitic } from '../model/token.js';

/** Singular units of time: after them a number with the article is an ordinal (القرن العشرين). */
const SINGULAR_TIME: ReadonlySet<string> = words('classify_singular_time');
/**
 * Broken plurals and sound masculine plurals not of the participle form (below), without the
 * article, after which a number with the article counts them: الدول الـ28، الفتيان الـ12، الضحايا الـ11.
 * The plurals ../shared/unlabeled writes before الـ and digits (الدول 79، الأعضاء 41، الفتيان 15،
 * اللاعبين 12، الضحايا 11، القتلى 8، المدن 8، النواب 7، الفرق 7، البلدان 6), with others so counted.
 */
const COUNTED_PLURALS: ReadonlySet<string> = words('classify_counted_plural');
/** Relative pronouns of persons (الذين، اللواتي): a number with the article before one counts them. */
const PERSON_RELATIVES: ReadonlySet<string> = words('classify_person_relatives');

const KNOWLEDGE = defaultWordKnowledge();

const ARTICLE = foldString('ال');
const FROM = foldString('من');
const THESE = foldString('هؤلاء');
const SAME: ReadonlySet<string> = new Set([foldString('نفس'), foldString('ذات')]);
const AGE = foldString('عمر');
const AGE_WORD = 'سن';

function prevToken(s: SentenceScan, f: Fig, skipParen = false): { t: Token; i: number } | null {
  let i = f.t0 - 1;
  while (i >= s.from && skipParen && isPunct(s.tokens[i], '(')) i--;
  return i >= s.from ? { t: s.tokens[i], i } : null;
}

/** The article written apart before the number: الـ30، الـ 90. */
function articleBefore(s: SentenceScan, f: Fig): boolean {
  const p = prevToken(s, f);
  return p !== null && p.t.kind === 'arabic' && p.t.norm === ARTICLE;
}

/** A year word, month or bracket before the number: عام 2004، لسنة 2015، في 2015، (2014). */
export function hasYearCue(s: SentenceScan, f: Fig): boolean {
  const p = prevToken(s, f);
  if (!p) return false;
  const t = p.t;
  if (t.kind === 'arabic') {
    if (YEAR_CUES.has(t.norm) || MONTH_FORMS.has(t.norm)) return true;
    if (p.i - 1 >= s.from) {
      const pair = [s.tokens[p.i - 1], t];
      for (const words of YEAR_CUE_PAIRS) {
        if (bareForm(pair[0]) === words[0] || pair[0].norm === words[0]) if (pair[1].norm === words[1]) return true;
      }
    }
    // في 2015، بـ2017
    if (t.norm === foldString('في') || t.norm === 'ب' || t.norm === 'ل') return true;
  }
  // (2014)
  if (isPunct(t, '(') && s.tokens[f.t1] && isPunct(s.tokens[f.t1], ')')) return true;
  return false;
}

/** The noun a number counts, when the word after it is one: 3 جهات، تسعة اجتماعات. */
export function countedNounAfter(s: SentenceScan, f: Fig): boolean {
  const i = f.consumedTo ?? f.t1;
  if (i >= s.to || s.blocked[i - s.from]) return false;
  const t = s.tokens[i];
  // سهم (shares) is split by the tokenizer as س + هم, a future prefix on a pronoun, which Arabic
  // never writes: a "function word" with a future prefix is a noun.
  if (t.kind !== 'arabic' || (t.stop && !hasClitic(t, 'future')) || t.norm.length < 2) return false;
  // A counted noun takes no preposition or conjunction: "8 مليارات لنفس الغرض". The split is
  // trusted only when the word without the clitic is the more common one (باخرة stays a noun).
  if (hasClitic(t, 'conj')) return false;
  if (hasClitic(t, 'prep') && !hasClitic(t, 'pronoun') && KNOWLEDGE.freq(t.base) > KNOWLEDGE.freq(t.norm)) {
    return false;
  }
  if (t.norm.startsWith(ARTICLE) || t.norm === FROM) return false;
  if (NOT_COUNTED.has(t.norm)) return false;
  if (MONTH_FORMS.has(t.norm) || WEEKDAYS.has(t.norm) || numberWord(t)) return false;
  // 4 - 2 يوم الأحد: يوم before a weekday names the day (as in 04-attach-units' unitAfter).
  if (dayOfWeekday(s, i)) return false;
  // A verb after a number is more often a new clause: "عام 2014 ليصل" — prefixes of the
  // imperfect with a clitic (ليصل، لتبلغ، سيتم) are not nouns.
  if (/^(ل|س|و|ف)(ي|ت)/.test(t.norm) && t.norm.length >= 4 && cliticBits(t) !== 0) return false;
  return true;
}

/**
 * A whole number of a group named after من counts its members: على 24 من توربينات الغاز، نحو 3400
 * من هؤلاء المرضى، مقتل 4 من جنود الاحتلال (gold-dev writes such numbers as counts: ونحو 36 من
 * المولدات، 3 من محطات المحولات). Not after a definite noun, whose number is a place in it
 * (في الدقيقة 64 من المباراة، الفصل 34 من الدستور); not a ratio or a total (3 من 5، 2 من أصل 7، 5
 * من كل 10); not a day of a month or a unit of time (في 25 من الشهر الجاري، 29 من نفس الشهر، 5 من
 * رمضان), nor an age (في 19 من عمره), nor the last of a list (الفصلين 55 و204 من المجلة الجزائية).
 */
function partitiveAfter(s: SentenceScan, f: Fig): boolean {
  // فلست من المهتمات (so I am not): a weak word (ست، خمس) is no number before من.
  if (f.rawMax !== undefined || f.raw < 2 || f.weak || f.num?.weak) return false;
  const i = f.consumedTo ?? f.t1;
  if (i + 1 >= s.to || s.blocked[i - s.from] || s.tokens[i].norm !== FROM) return false;
  const before = f.t0 - 1 >= s.from ? s.tokens[f.t0 - 1] : undefined;
  // (86 من ركلة جزاء): a minute of a match in brackets.
  if (before && ((before.kind === 'arabic' && before.base.startsWith(ARTICLE) && !numberWord(before)) || isPunct(before, '(')))
    return false;
  // 55 و204 من المجلة الجزائية، 17 أو 18 أو 19 من نفس الشهر: the last of a list of numbers.
  for (let k = f.t0 - 1; k >= Math.max(s.from, f.t0 - 2); k--) if (s.tokens[k].kind === 'number') return false;
  let g = i + 1;
  // من نفس الشهر، من ذات الفريق: the noun follows "same".
  if (SAME.has(s.tokens[g].norm) && g + 1 < s.to) g++;
  const group = s.tokens[g];
  // في 19 من عمره، في الـ39 من العمر: an age.
  if (group.stem === AGE) return false;
  if (group.kind !== 'arabic' || (group.stop && group.norm !== THESE) || hasClitic(group, 'conj') || hasClitic(group, 'prep')) return false;
  if (MONTH_FORMS.has(group.norm) || HIJRI_MONTHS.has(group.norm) || WEEKDAYS.has(group.norm) || numberWord(group)) return false;
  const bare = group.norm.startsWith(ARTICLE) ? group.norm.slice(2) : group.norm;
  const unit = unitOfWord(s, group, bare);
  if (unit && unit.def.kind !== 'quantity') return false;
  for (let k = i + 1; k < Math.min(s.to, g + 3); k++) {
    const t = s.tokens[k];
    if (t.kind === 'number' || numberWord(t)) return false;
  }
  return true;
}

/**
 * A number in brackets before the noun it counts, as official communiqués write it: القبض على (431)
 * متهماً، بإغلاق (10) منشآت سياحية، ضبط (3500) خرطوشة; or in quotation marks (closesMark): تقديم "286"
 * دورة تدريبية، «77» وظيفة شاغرة. After the bracket the noun is read as after the number
 * (countedNounAfter).
 */
// A minute of a match in brackets after the scorer's name (وسجل إدين دزيكو (52) هدف روما، صالح
// الشهري (59) أهداف الرائد) and the words of time after a minute ((81) بعدما، (11) إثر).
const BRACKET_NOT_COUNTED: ReadonlySet<string> = words('classify_bracket_not_counted');

/** Words of a goal (هدف، التسجيل، الدقيقة، الشباك، رأسية), matched as the start of a word as countedAfterBrackets' are not. */
const GOAL_WORDS: readonly string[] = [...words('classify_goal_words')];

/**
 * The minute of a goal in brackets after the scorer's name or the play: "بفضل خالد بوطيب (54) ونور الدين
 * أمرابط (62)"، "بتسديدة أرضية (18)"، "هدفا رائعا بعد تخطيه الحارس بذكاء (67)". A bare whole number from 1 to
 * 120 alone in brackets after an Arabic word, in a sentence with a word of a goal (GOAL_WORDS). In
 * ../shared/unlabeled 1,187 such brackets stand in 384 articles (of 40 read, 30 minutes; 7 counts before their
 * noun or identifiers, which are no bare numbers; 3 a rank or a player's tally of goals: مرتبة (31)، دي روسي (21)).
 * On sample3k it drops 38 figures of kind number, all minutes or a score (التعادل (1/1)). Extract's keep drops it.
 */
export function goalMinute(s: SentenceScan, f: Fig): boolean {
  if (f.kind !== 'number' || f.rawMax !== undefined || !Number.isInteger(f.raw) || f.raw < 1 || f.raw > 120) return false;
  // Two minutes of one scorer in one bracket: ثنائية كيليان مبابي (64 و68)، صالح الشهري (10 و28).
  let open = f.t0 - 1;
  let close = f.consumedTo ?? f.t1;
  if (open - 2 >= s.from && isAnd(s.tokens[open]) && minuteToken(s.tokens[open - 1])) open -= 2;
  else if (close + 2 < s.to && isAnd(s.tokens[close]) && minuteToken(s.tokens[close + 1])) close += 2;
  if (open - 1 < s.from || close >= s.to || !isPunct(s.tokens[open], '(') || !isPunct(s.tokens[close], ')')) return false;
  const name = s.tokens[open - 1];
  if (name.kind !== 'arabic' || name.stop || numberWord(name)) return false;
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (t.kind !== 'arabic') continue;
    const w = bareForm(t);
    for (const p of GOAL_WORDS) if (w.startsWith(p) || t.base.startsWith(p)) return true;
  }
  return false;
}

const AND = foldString('و');

function isAnd(t: Token): boolean {
  return t.kind === 'arabic' && t.norm === AND;
}

/** Plain digits of a minute of a match (1-120). */
function minuteToken(t: Token): boolean {
  return t.kind === 'number' && /^[0-9]{1,3}$/.test(t.norm) && Number(t.norm) >= 1 && Number(t.norm) <= 120;
}

function countedAfterBrackets(s: SentenceScan, f: Fig): boolean {
  const i = f.consumedTo ?? f.t1;
  if (f.rawMax !== undefined || f.t0 - 1 < s.from || i + 1 >= s.to || !closesMark(s.tokens[f.t0 - 1], s.tokens[i])) return false;
  if (BRACKET_NOT_COUNTED.has(s.tokens[i + 1].norm)) return false;
  // النجمة الـ«4» جاءت: quoted digits after the article are a rank, not a count.
  const open = s.tokens[f.t0 - 1];
  if (!isPunct(open, '(') && f.t0 - 2 >= s.from && s.tokens[f.t0 - 2].norm === ARTICLE) return false;
  return countedNounAfter(s, { ...f, consumedTo: i + 1 });
}

/**
 * An age: a number before من العمر / من عمره is a number of years, written as an ordinal or with the
 * article (في العاشرة من عمرها، في الثامنة والثلاثين من عمره، في الـ13 من العمر، في 12 من عمرها),
 * read as the age written with its unit is (البالغ من العمر 72 عاما = 72 year). Not عمر of a thing
 * (الدقيقة 90 من عمر المباراة). ../shared/unlabeled, every 2nd article: 353 such ages, read as ordinals
 * (10th) or numbers.
 */
function ageAfter(s: SentenceScan, f: Fig): boolean {
  if (f.rawMax !== undefined || !Number.isInteger(f.raw) || f.raw < 1 || f.raw > 130) return false;
  const i = f.consumedTo ?? f.t1;
  if (i + 1 >= s.to || s.blocked[i - s.from] || s.tokens[i].norm !== FROM) return false;
  const t = s.tokens[i + 1];
  if (t.kind !== 'arabic' || t.stem !== AGE || hasClitic(t, 'conj') || hasClitic(t, 'prep')) return false;
  // عمره، العمر: the age of a person; bare عمر is in construct with what it is the age of.
  if (!(hasClitic(t, 'article') || hasClitic(t, 'pronoun'))) return false;
  // في العقد الثالث من العمر، السنة التاسعة من عمره: an ordinal of a unit of time, no age (also
  // the second of two: في العقد الثالث والرابع من العمر).
  let k = f.t0 - 1;
  if (k > s.from && numberWord(s.tokens[k])) k--;
  const before = k >= s.from ? s.tokens[k] : undefined;
  if (before && before.kind === 'arabic' && unitOfWord(s, before, before.stem)?.def.kind === 'duration') return false;
  f.kind = 'duration';
  f.unit = 'year';
  f.value = f.raw;
  return true;
}

/**
 * An age after سن (age) with no unit after it: عند بلوغه سن الـ 18، دون سن 15، تجاوزوا سن الستين،
 * من سن 17 إلى 23 (a range). ../shared/unlabeled, every 2nd article: 188 such ages (digits, with
 * the article written apart or not, or ordinal words), read as ordinals or numbers; 30 of 30
 * sampled right. The word as written ends in سن, so
 * سنة (a year, folded to سنه) is not taken for سن + a pronoun.
 */
function ageAfterSin(s: SentenceScan, f: Fig): boolean {
  if (!Number.isInteger(f.raw) || f.raw < 1 || f.raw > 130 || (f.rawMax !== undefined && f.rawMax > 130)) return false;
  let k = f.t0 - 1;
  if (k > s.from && s.tokens[k].kind === 'arabic' && s.tokens[k].norm === ARTICLE) k--;
  const t = k >= s.from ? s.tokens[k] : undefined;
  if (!t || t.kind !== 'arabic' || !t.text.endsWith(AGE_WORD) || t.stem !== AGE_WORD) return false;
  f.kind = 'duration';
  f.unit = 'year';
  f.value = f.raw;
  f.valueMax = f.rawMax ?? null;
  return true;
}

/**
 * An age after عمر with no unit after it: عن عمر يناهز الـ80، عن عمر ناهز الرابعة وأربعين، تحت عمر
 * الثلاثين، عن عمر يناهز ال"82". The number is written with the article or as an ordinal word, or a
 * qualifier (يناهز، ناهز) stands between, so that the name عمر before a count (سجل عمر 3 أهداف) is
 * not read so. ../shared/unlabeled: 41 ages after عمر يناهز/ناهز الـ in digits, 61 with words (most
 * with عاما after them, which already made them years), read as ordinals or numbers where no unit
 * followed.
 */
function ageAfterUmr(s: SentenceScan, f: Fig): boolean {
  if (f.rawMax !== undefined || !Number.isInteger(f.raw) || f.raw < 1 || f.raw > 130) return false;
  let marked = f.kind === 'ordinal' || (f.num !== null && (f.num.article || f.num.ordinal));
  let qualified = false;
  const qualStart = f.qualStart ?? -1;
  let k = f.t0 - 1;
  for (; k > s.from; k--) {
    const t = s.tokens[k];
    if (qualStart >= 0 && k >= qualStart) qualified = true;
    else if (t.kind === 'arabic' && t.norm === ARTICLE) marked = true;
    else if (!isPunct(t, '"«»“”\'')) break;
  }
  const t = s.tokens[k];
  if (!(marked || qualified) || k < s.from || t.kind !== 'arabic' || t.stem !== AGE || hasClitic(t, 'conj')) return false;
  f.kind = 'duration';
  f.unit = 'year';
  f.value = f.raw;
  return true;
}

/** The counted noun after f is written with the accusative tanween (2020 موظفاً): a count, not a year. */
function accusativeAfter(s: SentenceScan, f: Fig): boolean {
  const t = s.tokens[f.consumedTo ?? f.t1];
  return t !== undefined && (t.text.endsWith('اً') || t.text.endsWith('ًا'));
}

const HEAT = cueSet([foldString('الحرارة')]);

function heatBefore(s: SentenceScan, f: Fig): boolean {
  for (let k = f.t0 - 1; k >= Math.max(s.from, f.t0 - 6); k--) {
    const t = s.tokens[k];
    if (isPunct(t, '.،,؛;:') || t.kind === 'number') return false;
    if (t.kind === 'arabic' && HEAT.has(t.norm)) return true;
  }
  return false;
}

/** The unit `form` (a word of `t`, its article or proclitics taken off) names on its own, if any. */
function unitOfWord(s: SentenceScan, t: Token, form: string): ReturnType<typeof matchUnit> {
  return matchUnit({ ...s, tokens: [tokenWith(t, { norm: form, base: form })], from: 0, to: 1, blocked: new Uint8Array(1) }, 0);
}

/** Decides kind, value, value_max and unit of figure f (in place). */
/** Gives a figure its kind, canonical value and unit: from its unit when it has one, else by the rules for bare numbers. */
export function classifyFigure(s: SentenceScan, f: Fig): void {
  if (f.fixed || f.kind === 'date') return;
  if (f.kind === 'year_range') {
    f.value = f.raw;
    f.valueMax = f.rawMax ?? null;
    return;
  }
  if (f.def) {
    classifyByUnit(f, f.def);
    return;
  }
  f.value = canonicalValue(f.raw, null);
  f.valueMax = f.rawMax !== undefined ? canonicalValue(f.rawMax, null) : null;
  if (ageAfter(s, f) || ageAfterSin(s, f) || ageAfterUmr(s, f)) return;
  if (f.kind === 'ordinal') return;
  const num = f.num;
  if (!num) {
    f.kind = 'number';
    return;
  }
  for (const rule of BARE_NUMBER_RULES) if (rule(s, f, num)) return;
  // أكثر من ثلث تجارة الحاويات: a fraction of something is a number, not a count.
  f.kind = Number.isInteger(f.raw) && (countedNounAfter(s, f) || countedAfterBrackets(s, f) || partitiveAfter(s, f)) ? 'count' : 'number';
}

type UnitDef = NonNullable<Fig['def']>;
type NumberReading = NonNullable<Fig['num']>;

/** A figure with a unit: a year by its marker (2015م، 1430 هـ), else the unit's kind and canonical value. */
function classifyByUnit(f: Fig, def: UnitDef): void {
  if (def.yearMarker) {
    f.kind = 'year';
    f.value = f.raw;
    // 323-337 ميلاديا: a range of years of fewer than four digits, which yearRange does not take.
    if (f.rawMax !== undefined && f.rawMax > f.raw) {
      f.kind = 'year_range';
      f.valueMax = f.rawMax;
    }
    // A year has no unit (gold/FORMAT.md); a Hijri year says its calendar in a field of its own.
    f.unit = null;
    if (def.yearMarker === 'AH') f.calendar = 'hijri';
    return;
  }
  f.kind = def.kind;
  f.value = canonicalValue(f.raw, def);
  f.valueMax = f.rawMax !== undefined ? canonicalValue(f.rawMax, def) : null;
  f.unit = def.unit;
  if (def.kind === 'money' && def.family && !def.subunit) {
    f.family = def.family;
    f.unit = null;
  }
}

/** A rule for a number with no unit: true when it has given the figure its kind. */
type BareNumberRule = (s: SentenceScan, f: Fig, num: NumberReading) => boolean;

/** عام ألفين وثلاثة عشر: a year in words, after a year word. */
const yearInWords: BareNumberRule = (s, f, num) => {
  if (!(num.words > 0 && !num.plainInt && Number.isInteger(f.raw) && f.raw >= 1000 && f.raw <= 2100 && f.rawMax === undefined))
    return false;
  if (!hasYearCue(s, f) || countedNounAfter(s, f)) return false;
  f.kind = 'year';
  return true;
};

/** The preposition ل written apart before the number: لـ1800، لـ 1200. */
function lamBefore(s: SentenceScan, f: Fig): boolean {
  const p = prevToken(s, f);
  return p !== null && p.t.kind === 'arabic' && p.t.norm === 'ل';
}

/** A plain integer from 1000 to 2100: a year after a year word, or from 1900 on unless vague or counting something. */
const yearInDigits: BareNumberRule = (s, f, num) => {
  if (!(num.plainInt && f.raw >= 1000 && f.raw <= 2100 && f.rawMax === undefined)) return false;
  // (1450) طالبا: brackets before a counted noun are no year cue; (2000) نزلت stays a year.
  const bracketCount = !(f.raw >= 1900 && f.raw <= 2100) && countedAfterBrackets(s, f);
  const counts = bracketCount || countedNounAfter(s, f);
  // لـ1800 شاب، تتسع لـ1200 سيارة، إنذارا لـ1011 محلا: ل alone is a cue too weak to outweigh a counted
  // noun after the number (22 of 41 numbers of 1000-2999 after ل and before a word in ../shared/unlabeled
  // were read as years, 19 of them counts); لـ2017 من، الأجندة الوطنية لـ2021 فإنه stay years.
  const cue = !bracketCount && hasYearCue(s, f) && !(counts && lamBefore(s, f));
  const vague = f.qualifier === 'approx' || f.qualifier === 'at_least' || f.qualifier === 'at_most';
  if ((cue && !vague) || (!vague && !(counts && (f.raw % 50 === 0 || accusativeAfter(s, f))) && f.raw >= 1900)) {
    f.kind = 'year';
    return true;
  }
  return false;
};

/** "تصل درجة الحرارة إلى الأربعين": a bare number after "temperature" in the same clause. */
const temperatureAfterHeat: BareNumberRule = (s, f) => {
  if (!(f.rawMax === undefined && f.raw >= -90 && f.raw <= 60 && heatBefore(s, f))) return false;
  f.kind = 'temperature';
  f.unit = '°C';
  return true;
};

/** A number after a word of percent (نسبة). */
const percentAfterCue: BareNumberRule = (s, f) => {
  const p = prevToken(s, f);
  if (!(p && p.t.kind === 'arabic' && PERCENT_CUES.has(p.t.norm))) return false;
  f.kind = 'percent';
  f.unit = '%';
  return true;
};

const FEMININE_PLURAL = foldString('ات');
const MASCULINE_PLURAL = foldString('ون');
const MASCULINE_PLURAL_GENITIVE = foldString('ين');
const NISBA_PLURAL = foldString('يون');
const NISBA_PLURAL_GENITIVE = foldString('يين');
const FEMININE_DUAL = foldString('تين');
const PARTICIPLE = foldString('م');

/** An integer after a rank noun, or with the article after a noun: an ordinal, or what the noun counts. */
const rankOrArticle: BareNumberRule = (s, f, num) => {
  if (!(Number.isInteger(f.raw) && f.rawMax === undefined)) return false;
  const p = prevToken(s, f);
  if (p && p.t.kind === 'arabic' && (RANK_NOUNS.has(p.t.norm) || (ROUND_NOUNS.has(p.t.norm) && s.tokens[f.t0].kind === 'number'))) {
    f.kind = 'ordinal';
    return true;
  }
  // المشاريع الأربعة: a cardinal word with the article after a noun counts it (the four projects);
  // العشرين and الـ28 with nothing after are ordinals (القرن العشرين، الدورة الـ28).
  const article = articleBefore(s, f) || num.article;
  if (!(article && num.scale === 1 && f.raw <= 1000 && !countedNounAfter(s, f))) return false;
  // السنوات الـ 5 المقبلة، الأشهر الستة الأولى: the noun before says what the number counts.
  const k = num.article ? f.t0 - 1 : f.t0 - 2;
  const noun = k >= s.from ? s.tokens[k] : undefined;
  // Only a plural noun is counted: after a singular the number is an ordinal (القرن العشرين
  // is the 20th century, اليوم الخامس the fifth day).
  if (noun && noun.kind === 'arabic' && noun.norm.startsWith(ARTICLE) && !SINGULAR_TIME.has(noun.norm.slice(2))) {
    const m = unitOfWord(s, noun, noun.norm.slice(2));
    if (m && (m.def.kind === 'duration' || m.def.kind === 'quantity')) {
      f.kind = m.def.kind;
      f.unit = m.def.unit;
      f.value = canonicalValue(f.raw, m.def);
      // السنوات الخمس: the noun is the support a weak word (خمس, also "a fifth") needs.
      f.def = m.def;
      return true;
    }
  }
  // المنتخبات الـ32، المباريات الـ 20 التي: after a sound feminine plural the number counts it (an
  // ordinal follows a singular: المباراة الـ20). In ../shared/unlabeled 213 definite nouns in ات before الـ
  // and digits, 113 of them السنوات/الساعات (durations, above), the rest plurals (المنتخبات 29، المباريات 23،
  // الشركات، الحالات، البطولات), read as ordinals before.
  if (noun && noun.kind === 'arabic' && noun.norm.startsWith(ARTICLE) && noun.norm.length >= 6 && noun.norm.endsWith(FEMININE_PLURAL)) {
    f.kind = 'count';
    return true;
  }
  // الدول الـ28، المرشحين الـ12، السوريين الـ3: so does a broken plural (COUNTED_PLURALS) or a sound
  // masculine plural, a participle (المتهمين، المصابين، المفقودون) or a nisba (الإيرانيين); a feminine dual
  // (المرتبتين) is no plural. ../shared/unlabeled: 263 such nouns before الـ and digits, read as ordinals.
  if (noun && noun.kind === 'arabic' && noun.norm.startsWith(ARTICLE) && countedPlural(noun.norm.slice(2))) {
    f.kind = 'count';
    return true;
  }
  // الـ 17 المتهمين، الـ 5 السنوات الماضية، الـ12 الذين اعتقلوا: a definite plural after the number
  // is what it counts, and so are the persons a relative pronoun names (about 120 such in
  // ../shared/unlabeled, 40 of them before الذين, read as ordinals before; an ordinal takes التي: الدورة
  // الـ28 التي).
  const counted = countedAfter(s, f);
  if (counted) {
    f.kind = counted.kind;
    if (counted.def) {
      f.unit = counted.def.unit;
      f.value = canonicalValue(f.raw, counted.def);
      f.def = counted.def;
    }
    return true;
  }
  // المشاريع الأربعة: a cardinal word with the article after a noun counts it (the four
  // projects); العشرين and الـ28 are ordinals (القرن العشرين، الدورة الـ28).
  // So do the teens in cardinal words, whose ordinals have their own form (الفتيان الاثنا عشر، التهم
  // الاثنتي عشرة; the twelfth is الثاني عشر).
  const cardinal =
    num.article && !num.ordinal && ((num.words === 1 && f.raw >= 2 && f.raw <= 10) || (num.words === 2 && f.raw >= 11 && f.raw <= 19));
  f.kind = cardinal ? 'count' : 'ordinal';
  return true;
};

/** What a number with the article counts when a definite plural or a relative pronoun of persons follows it. */
function countedAfter(s: SentenceScan, f: Fig): { kind: Fig['kind']; def: Fig['def'] } | null {
  const i = f.consumedTo ?? f.t1;
  const next = i < s.to ? s.tokens[i] : undefined;
  if (!next || next.kind !== 'arabic') return null;
  if (PERSON_RELATIVES.has(next.norm)) return { kind: 'count', def: null };
  if (!next.norm.startsWith(ARTICLE)) return null;
  const w = next.norm.slice(2);
  const plural = countedPlural(w) || (next.norm.length >= 6 && next.norm.endsWith(FEMININE_PLURAL));
  if (!plural || SINGULAR_TIME.has(w)) return null;
  const m = unitOfWord(s, next, w);
  if (m && (m.def.kind === 'duration' || m.def.kind === 'quantity')) return { kind: m.def.kind, def: m.def };
  return { kind: 'count', def: null };
}

/** A plural noun (without the article) that a number after it with the article counts. */
function countedPlural(w: string): boolean {
  if (COUNTED_PLURALS.has(w)) return true;
  if (!(w.endsWith(MASCULINE_PLURAL_GENITIVE) || w.endsWith(MASCULINE_PLURAL))) return false;
  if (w.endsWith(FEMININE_DUAL)) return false;
  return (w.startsWith(PARTICIPLE) && w.length >= 6) || ((w.endsWith(NISBA_PLURAL_GENITIVE) || w.endsWith(NISBA_PLURAL)) && w.length >= 6);
}

/** خلال عام واحد، بعد شهر واحد: "one" after a unit of time is a duration of one, noun included. */
const durationOfOne: BareNumberRule = (s, f, num) => {
  if (!(f.raw === 1 && f.rawMax === undefined && num.words === 1 && !num.article && f.t0 - 1 >= s.from)) return false;
  const noun = s.tokens[f.t0 - 1];
  if (noun.kind !== 'arabic') return false;
  const m = unitOfWord(s, noun, noun.base);
  if (!m || m.def.kind !== 'duration') return false;
  f.kind = 'duration';
  f.unit = m.def.unit;
  f.value = canonicalValue(1, m.def);
  f.def = m.def;
  f.t0 -= 1;
  f.start = sourceOffset(noun, noun.norm.length - noun.base.length);
  return true;
};

/** The rules for a number with no unit, in order: the first that decides wins. */
const BARE_NUMBER_RULES: readonly BareNumberRule[] = [
  yearInWords,
  yearInDigits,
  temperatureAfterHeat,
  percentAfterCue,
  rankOrArticle,
  durationOfOne,
];
