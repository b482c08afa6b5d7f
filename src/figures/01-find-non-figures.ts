// Step 1: numbers that are not figures — parts of names and codes (سوغد-500، GTG-2، مجموعة
// 5+1، «خليجي 23»، محطة نور 2), identifiers after رقم/المادة/القانون (القرار رقم 833، الفصل 13 من الدستور), phone
// numbers, clock times and anything inside a URL or e-mail address. Their tokens are marked
// blocked so that no later step reads them.
import { HIJRI_MONTHS, ID_CUES, PHONE_CUES, QUALIFIERS_BEFORE } from './lexicon/cues.js';
import { numberWord, readOrdinal } from './02-read-numbers.js';
import { monthAt } from './03-read-dates.js';
import { matchUnit } from './04-attach-units.js';
import { UNITS_BEFORE } from './lexicon/units.js';
import { adjacent, cueSet, isDash, isPunct, type SentenceScan } from './scan.js';
import { foldString } from '../text/normalize/index.js';
import { words } from '../lexicon/word-lists.js';
import { TypeFlag, typeIdsOf } from '../text/type-flag.js';
import { cliticBits, hasClitic, type Token } from '../model/token.js';

const QUALIFIER_WORDS = new Set(QUALIFIERS_BEFORE.flatMap((p) => p.words));

const GROUP_WORDS: ReadonlySet<string> = words('nonfigure_group_words');
/** An Arabic word of GROUP_WORDS (asked once per word type, not per token). */
const GROUP_WORD = new TypeFlag((t) => t.kind === 'arabic' && GROUP_WORDS.has(t.norm));
/** Places and events named after a day (ملعب 22 مايو، جسر 6 أكتوبر، ثورة 25 يناير): the date is the name. */
const DATE_NAME_HEADS: ReadonlySet<string> = words('nonfigure_date_name_heads');

/**
 * Whether token t names a place or event that may be named after a day (DATE_NAME_HEADS); asked
 * once per word type (blockDateNames asks it of every token of a sentence with a figure trigger).
 */
const DATE_NAME_HEAD = new TypeFlag((t) => t.kind === 'arabic' && listed(DATE_NAME_HEADS, t));

const GROUP_NUMBERS: ReadonlySet<string> = words('nonfigure_group_numbers');
/** The Saudi mobile operators a text-message number is given with (الاتصالات، موبايلي، زين; stc, mobily, zain). */
const SMS_OPERATORS: ReadonlySet<string> = words('nonfigure_sms_operators');
/** Words before the code a text message starts with (تبدأ بالرمز 262). */
const SMS_CODE_CUES: ReadonlySet<string> = words('nonfigure_sms_code_cues');
const TO = foldString('إلى');
/** خمس نجوم (the party), and the words before it that name a party: حركة، حزب. */
const FIVE: ReadonlySet<string> = words('nonfigure_five_stars_number');
const STARS = foldString('نجوم');
const PARTY_HEADS: ReadonlySet<string> = words('nonfigure_party_heads');
/** رابعة (the square) and the words before it that name the place or its sit-in: اعتصام، ميدان. */
/** اليوم السابع, the Egyptian paper, after a word for a paper or a source or before its nisba (صحيفة اليوم السابع المصرية). */
const YOUM = foldString('اليوم');
const SEVENTH = foldString('السابع');
const YOUM7_HEADS: ReadonlySet<string> = words('nonfigure_paper_heads');
const EGYPTIAN: ReadonlySet<string> = new Set([foldString('المصرية'), foldString('المصري')]);
const RABAA = foldString('رابعة');
const ADAWIYA = foldString('العدوية');
const RABAA_HEADS: ReadonlySet<string> = words('nonfigure_square_heads');
/** وست (West, written as و + ست "six") before the rest of a name: وست هام، وست بروميتش، وست إيرلاينز. */
const WEST = foldString('وست');
const WEST_NAMES: ReadonlySet<string> = words('nonfigure_west_names');
/** An Arabic word at which blockWordNames may find a name (خمس, اليوم, رابعة, وست): asked once per word type. */
const WORD_NAME_START = new TypeFlag(
  (t) => t.kind === 'arabic' && (FIVE.has(t.norm) || t.norm === YOUM || t.norm === RABAA || t.norm === WEST),
);

/** Whether `list` holds token t as written or without its clitics (حزب and لحزب, صحيفة and وصحيفة). */
function listed(list: ReadonlySet<string>, t: Token): boolean {
  return list.has(t.norm) || list.has(t.base);
}

function isDigits(kind: string): boolean {
  return kind === 'number';
}

function isLetterToken(kind: string): boolean {
  return kind === 'arabic' || kind === 'latin' || kind === 'alnum';
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) n++;
  return n;
}

/** Marks the tokens of `s` that must not be read as figures; `digits` are its digit tokens. */
/** Blocks the tokens of a sentence that are no figures: URLs, names with numbers, identifiers, codes, times and phone numbers. */
export function findNonFigures(s: SentenceScan, digits: readonly number[]): void {
  blockUrls(s);
  blockGroupNames(s);
  blockDateNames(s);
  blockWordNames(s);
  blockZeroScores(s);
  blockClockHours(s);
  blockBareClockHours(s);
  if (digits.length === 0) return;
  // The first rule that blocks the digit token ends its turn (a loop: some() with a closure over i
  // made a scope object and a closure for every digit token).
  for (const i of digits) {
    for (const rule of DIGIT_RULES) if (rule(s, i)) break;
  }
  blockPhones(s, digits);
}

/** Marks token `i` of the sentence as no figure. */
function block(s: SentenceScan, i: number): void {
  if (i >= s.from && i < s.to) s.blocked[i - s.from] = 1;
}

/** URLs and e-mail addresses (found once per document, since ? and . split sentences inside them). */
function blockUrls(s: SentenceScan): void {
  const { tokens, from, to } = s;
  if (s.urls.length === 0) return;
  const sStart = tokens[from]?.start ?? 0;
  const sEnd = tokens[to - 1]?.end ?? 0;
  for (const u of s.urls) {
    if (u.end <= sStart || u.start >= sEnd) continue;
    for (let i = from; i < to; i++) if (tokens[i].start < u.end && tokens[i].end > u.start) block(s, i);
  }
}

/** مجموعة العشرين، دول السبع، مجموعة الـ77: the number names the group (G20, G7, G77). */
function blockGroupNames(s: SentenceScan): void {
  const { tokens, from, to } = s;
  const ids = typeIdsOf(tokens);
  for (let i = from; i + 1 < to; i++) {
    if (!GROUP_WORD.ofType(ids[i], tokens[i])) continue;
    const next = tokens[i + 1];
    // Not a bare number: "وقعت مجموعة 5 اتفاقيات" counts agreements.
    if (next.kind === 'arabic' && GROUP_NUMBERS.has(next.norm)) block(s, i + 1);
    else if (next.kind === 'arabic' && next.norm === 'ال' && i + 2 < to && isDigits(tokens[i + 2].kind)) block(s, i + 2);
  }
}

/**
 * مدينة العاشر من رمضان، مدينة السادس من أكتوبر: an ordinal day and its month after a place
 * word are the place's name, as digits are (ملعب 22 مايو, dayMonthName).
 */
function blockDateNames(s: SentenceScan): void {
  const { tokens, from, to } = s;
  const ids = typeIdsOf(tokens);
  for (let i = from + 1; i + 1 < to; i++) {
    if (!DATE_NAME_HEAD.ofType(ids[i - 1], tokens[i - 1])) continue;
    const day = readOrdinal(s, i);
    if (!day || !day.article) continue;
    const k = day.t1 < to && tokens[day.t1].norm === 'من' ? day.t1 + 1 : day.t1;
    const end = monthAt(s, k)?.t1 ?? (k < to && tokens[k].kind === 'arabic' && HIJRI_MONTHS.has(tokens[k].norm) ? k + 1 : -1);
    if (end < 0) continue;
    for (let j = i; j < end; j++) block(s, j);
  }
}

/**
 * Names written with a number word, read as a count or an ordinal before: the Italian party حركة
 * "خمس نجوم" (102 times after حركة/حركتي in ../shared/unlabeled, quoted most other times; a hotel's
 * class, فندق من فئة خمس نجوم, is unquoted and after no party word) and the Cairo square of the 2013
 * sit-in, رابعة after اعتصام/ميدان/فض/مجزرة or before العدوية (105 times); and the Egyptian paper اليوم
 * السابع, quoted or after صحيفة/موقع/نقلا عن or before المصرية (about 30 of the 42 اليوم السابع in the corpus; the
 * others are a seventh day: في اليوم السابع من ذي الحجة).
 */
function blockWordNames(s: SentenceScan): void {
  const { tokens, from, to } = s;
  const ids = typeIdsOf(tokens);
  for (let i = from; i + 1 < to; i++) {
    if (!WORD_NAME_START.ofType(ids[i], tokens[i])) continue;
    const t = tokens[i];
    if (FIVE.has(t.norm) && tokens[i + 1].norm === STARS) {
      const prev = i > from ? tokens[i - 1] : undefined;
      const quoted = prev !== undefined && isPunct(prev, '"«“\'');
      const head = prev !== undefined && prev.kind === 'arabic' ? prev : i - 2 >= from && quoted ? tokens[i - 2] : undefined;
      if (quoted || (head && listed(PARTY_HEADS, head))) block(s, i);
    } else if (t.norm === YOUM && tokens[i + 1].norm === SEVENTH) {
      const prev = i > from ? tokens[i - 1] : undefined;
      const next = i + 2 < to ? tokens[i + 2] : undefined;
      const named =
        (prev !== undefined && (isPunct(prev, '"«“(–-') || (prev.kind === 'arabic' && listed(YOUM7_HEADS, prev)))) ||
        (next !== undefined && (isPunct(next, '"»”)–-') || EGYPTIAN.has(next.norm)));
      // Not a compound ordinal: "اليوم السابع والعشرين من شهر رمضان".
      if (named && !(next !== undefined && numberWord(next))) {
        block(s, i);
        block(s, i + 1);
      }
    } else if (t.norm === RABAA) {
      const prev = i > from ? tokens[i - 1] : undefined;
      const named = tokens[i + 1].norm === ADAWIYA || (prev !== undefined && listed(RABAA_HEADS, prev));
      if (named) block(s, i);
    } else if (t.norm === WEST && WEST_NAMES.has(tokens[i + 1].norm)) {
      block(s, i);
    }
  }
}

const ZERO = foldString('صفر');
const GOAL = foldString('هدف');
/** صفر as written or after و or ل (وصفر، لصفر): asked once per word type. */
const ZERO_WORD = new TypeFlag((t) => t.kind === 'arabic' && t.base === ZERO);

/** Whether token t may be one side of a score: صفر, or plain digits up to 200 (a basketball score reaches 108-83). */
function scoreSideToken(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'arabic') return t.norm === ZERO;
  return isDigits(t.kind) && /^[0-9]{1,3}$/.test(t.norm) && Number(t.norm) <= 200;
}

/** A dash or a slash, the separators of a score (3-صفر، صفر/1، 1 ــ صفر). */
function scoreSeparator(t: Token | undefined): boolean {
  return t !== undefined && (isDash(t) || isPunct(t, '/'));
}

/**
 * Match results with صفر written as a word: 3-صفر، صفر - 1، (1 ــ صفر)، صفر-صفر، and بهدف لصفر، بثلاثة أهداف
 * لصفر. In ../shared/unlabeled 2,224 dash or slash pairs of صفر and a number stand in 1,200 articles, and 74
 * لصفر after a word of goals; they were read as a bare number صفر (68 of the 87 صفر of kind number in the
 * figures of sample3k), and the digits against the dash as a code (hyphenCode) or a number. Both sides are
 * blocked, as dropScores (05-combine) drops a score in digits.
 */
function blockZeroScores(s: SentenceScan): void {
  const { tokens, from, to } = s;
  const ids = typeIdsOf(tokens);
  for (let i = from; i < to; i++) {
    if (!ZERO_WORD.ofType(ids[i], tokens[i])) continue;
    const t = tokens[i];
    if (hasClitic(t, 'prep')) {
      // بهدف لصفر، بهدفين لصفر، بثلاثة أهداف لصفر
      const prev = before(s, i);
      if (prev && prev.kind === 'arabic' && prev.norm.includes(GOAL)) block(s, i);
      continue;
    }
    if (i - 2 >= from && scoreSeparator(tokens[i - 1]) && scoreSideToken(tokens[i - 2])) {
      block(s, i);
      block(s, i - 2);
    }
    if (i + 2 < to && scoreSeparator(tokens[i + 1]) && scoreSideToken(tokens[i + 2])) {
      block(s, i);
      block(s, i + 2);
    }
  }
}

/** الساعة as written or after و، ب، ل، ف (بالساعة، والساعة): asked once per word type. */
const HOUR_WORD = new TypeFlag((t) => t.kind === 'arabic' && t.base === HOUR);
/** A part of the hour after the hour and و (والنصف، والربع، وثلث). */
const HOUR_PARTS: ReadonlySet<string> = words('nonfigure_hour_parts');

/**
 * A clock hour in words: الساعة الخامسة مساء، عند الساعة التاسعة من صباح، الساعة الحادية عشرة، and
 * the part after it (الساعة الثانية والنصف), as identifier blocks الساعة 5. In ../shared/unlabeled 1,837
 * ordinals stand after الساعة in 1,322 articles (الثامنة 254، الثانية 217، العاشرة 214); they were read as
 * ordinals (5 of 60 ordinals read on sample3k), and the part of the hour as a fraction. Gold marks such an
 * hour optional at most (holdout4 h4-12: "clock hour").
 */
function blockClockHours(s: SentenceScan): void {
  const { tokens, from, to } = s;
  const ids = typeIdsOf(tokens);
  for (let i = from; i + 1 < to; i++) {
    if (!HOUR_WORD.ofType(ids[i], tokens[i])) continue;
    const o = readOrdinal(s, i + 1);
    if (!o) continue;
    let end = o.t1;
    if (end < to && hasClitic(tokens[end], 'conj') && HOUR_PARTS.has(tokens[end].base)) end++;
    for (let k = i + 1; k < end; k++) block(s, k);
    i = end - 1;
  }
}

/** A part of the day after an hour in words (صباحا، مساء، ليلا، بتوقيت). */
const DAY_PARTS: ReadonlySet<string> = words('nonfigure_day_parts');
const ARTICLE_WORD = foldString('ال');

/**
 * A clock hour in words without الساعة, known by the part of the day after it: "في السابعة ونصف مساء
 * بتوقيت دبي"، "من الثامنة مساء وحتى السادسة صباحا"، "في الخامسة مساء". An ordinal of 1 to 12 with the
 * article, its part of the hour (ونصف، والنصف) and then صباحا، مساء، ليلا، ظهرا، فجرا، عصرا or بتوقيت.
 * ../shared/unlabeled: 1,571 such ordinals before a part of the day or of the hour, 525 of them without
 * الساعة, which blockClockHours leaves (في السابعة مساء, read as ordinals).
 */
function blockBareClockHours(s: SentenceScan): void {
  const { tokens, from, to } = s;
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic' || s.blocked[i - from] || !t.norm.startsWith(ARTICLE_WORD)) continue;
    const o = readOrdinal(s, i);
    if (!o || o.value < 1 || o.value > 12 || !Number.isInteger(o.value)) continue;
    let end = o.t1;
    if (end < to && hasClitic(tokens[end], 'conj') && HOUR_PARTS.has(tokens[end].base)) end++;
    if (end >= to || tokens[end].kind !== 'arabic' || !DAY_PARTS.has(tokens[end].norm)) continue;
    for (let k = i; k < end; k++) block(s, k);
    i = end;
  }
}

/** A rule for the digit token `i`: true when it found the token no figure (and blocked it). */
type DigitRule = (s: SentenceScan, i: number) => boolean;

const before = (s: SentenceScan, i: number) => (i > s.from ? s.tokens[i - 1] : undefined);
const after = (s: SentenceScan, i: number) => (i + 1 < s.to ? s.tokens[i + 1] : undefined);

/**
 * Identifiers: القرار رقم 833، المادة 5، قانون عدد 12 لسنة 2015 (not "الملف ١٠٠ بالمئة"); in
 * brackets too: "هدفه رقم (39)", "في الحلقة (30)" (694 spans of ../shared/unlabeled).
 */
const identifier: DigitRule = (s, i) => {
  const { tokens, from, to } = s;
  let prev = before(s, i);
  // الساعة الـ11، الساعة ال10: the article written apart before the digits (80 spans in 53 articles of
  // ../shared/unlabeled, read as counts and ordinals; the hour is a clock time).
  const article = prev !== undefined && prev.kind === 'arabic' && prev.norm === ARTICLE && adjacent(prev, tokens[i]) && i - 2 >= from;
  if (article) prev = tokens[i - 2];
  const next = after(s, i);
  const bracketed = !article && prev !== undefined && isPunct(prev, '(') && i - 2 >= from;
  const groups = bracketed ? bracketGroups(s, i) : -1;
  const cue = bracketed && (isPunct(next, ')') || groups > 0) ? tokens[i - 2] : prev;
  if (!(cue && cue.kind === 'arabic' && ID_CUES.has(cue.norm) && !unitAfter(s, cue === prev ? i + 1 : i + 2))) return false;
  block(s, i);
  // 12/2015, 5-1: the identifier's other parts; in brackets spaced too: "قرار مجلس الشورى رقم ( 36 / 9 )",
  // "رقم (52 - 30)" (80 spans of ../shared/unlabeled read as two numbers).
  let j = i + 1;
  while (
    j + 1 < to &&
    (isPunct(tokens[j], '/') || isDash(tokens[j])) &&
    ((adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1])) || j < groups) &&
    isDigits(tokens[j + 1].kind)
  ) {
    block(s, j + 1);
    j += 2;
  }
  // الساعة 17 و10 دق: the minutes after و are the clock's too; so is the second minute of a match
  // after الدقيقتين (في الدقيقتين 56 و64).
  if ((cue.norm === HOUR || MINUTES_OF_TWO.has(cue.norm)) && j + 1 < to && tokens[j].norm === AND && isDigits(tokens[j + 1].kind))
    block(s, j + 1);
  // الساعة 5،42، الساعة 13،00: minutes after a comma against the hour (read as a count before).
  if (
    cue.norm === HOUR &&
    j + 1 < to &&
    isPunct(tokens[j], '،,') &&
    adjacent(tokens[j - 1], tokens[j]) &&
    adjacent(tokens[j], tokens[j + 1]) &&
    /^[0-9]{2}$/.test(tokens[j + 1].norm) &&
    Number(tokens[j + 1].norm) < 60
  )
    block(s, j + 1);
  return true;
};

const ARTICLE = foldString('ال');
const HOUR = foldString('الساعة');
/**
 * The two minutes of a match before two numbers (سجلهما بيل وبنزيما في الدقيقتين 26 و39): both are
 * minutes, as the one after الدقيقة is. ../shared/unlabeled: 189 numbers right after الدقيقتين in 145
 * articles; 8 figures of sample3k.
 */
const MINUTES_OF_TWO: ReadonlySet<string> = cueSet([foldString('الدقيقتين'), foldString('الدقيقتان')]);
const AND = foldString('و');

/** The token of the ")" closing digits joined by / or - after "(" (( 36 / 9 )، (52 - 30)), or -1. */
function bracketGroups(s: SentenceScan, i: number): number {
  const { tokens, to } = s;
  let j = i + 1;
  while (j + 1 < to && (isPunct(tokens[j], '/') || isDash(tokens[j])) && isDigits(tokens[j + 1].kind)) j += 2;
  return j > i + 1 && j < to && isPunct(tokens[j], ')') ? j : -1;
}

/** A day and month that name a place or an event: the number and the month are the name. */
const dayMonthName: DigitRule = (s, i) => {
  const prev = before(s, i);
  if (!(prev && DATE_NAME_HEAD.of(prev) && s.tokens[i].text.length <= 2)) return false;
  const month = monthAt(s, i + 1);
  if (!month) return false;
  for (let k = i; k < month.t1; k++) block(s, k);
  return true;
};

/** A digit token blocked when `test` holds. */
const blockWhen =
  (test: (s: SentenceScan, i: number) => boolean): DigitRule =>
  (s, i) => {
    if (!test(s, i)) return false;
    block(s, i);
    return true;
  };

/** Codes: a number joined by a hyphen to a word (سوغد-500، GTG-2، كوفيد-19). */
function hyphenCode(s: SentenceScan, i: number): boolean {
  const { tokens, from, to } = s;
  const t = tokens[i];
  const prev = before(s, i);
  const next = after(s, i);
  if (prev && isDash(prev) && adjacent(prev, t) && i - 2 >= from && adjacent(tokens[i - 2], prev) && isLetterToken(tokens[i - 2].kind))
    return true;
  return !!(next && isDash(next) && adjacent(t, next) && i + 2 < to && adjacent(next, tokens[i + 2]) && isLetterToken(tokens[i + 2].kind));
}

/**
 * A number written against a Latin word (A380; "Windows10" is one alnum token), or after one with a space: a
 * model, a version or a code (iPad mini 4، iOS 12، Snapdragon 660، Nexus 5، رحلة TU 216، Stc 635031). In
 * ../shared/unlabeled 510 numbers of 1-3 digits follow a Latin word and a space, nearly all names (iOS 47,
 * iPhone 33, Windows 22, Honor 19, Note 18, Mate 18). Not a number with a unit (Easyjet 45%), a year (IFA
 * 2014: the year of an event), nor after a currency code written before its amount (USD 500), nor after a
 * word between two numbers (a phone's ext).
 */
function againstLatin(s: SentenceScan, i: number): boolean {
  const prev = before(s, i);
  if (!(prev && prev.kind === 'latin')) return false;
  const t = s.tokens[i];
  if (adjacent(prev, t)) return true;
  if (unitAfter(s, i + 1) || /^(?:1[89]|20)[0-9]{2}$/.test(t.norm)) return false;
  // Between two numbers the word joins them: a phone's extension (٦٥٠٧٠١٨٨٨٧ ext ٨٩٧), 5 x 10.
  const before2 = i - 2 >= s.from ? s.tokens[i - 2] : undefined;
  if (before2 && isDigits(before2.kind)) return false;
  return !UNITS_BEFORE.next.has(prev.norm.toLowerCase());
}

/** Latin letters spelled in Arabic that name a model before its number (إف، إس، سي، بي، ميغ). */
const LETTER_NAMES: ReadonlySet<string> = words('nonfigure_letter_names');

/**
 * A number after a Latin letter spelled in Arabic is a model or a name, as againstLatin's after a Latin
 * word: مقاتلات إف 15، صواريخ إس 400، طراز سي 919، غالاكسي إس 9، ميغ 21، مدفع بي 10، إف- 16. In
 * ../shared/unlabeled 1,350 numbers follow such a word; of the 40 read, all were names. Not أي (أي 30%:
 * "that is") nor أم/إم (the same fold as "mother"); not a number with a unit or an accusative noun after it (بي بي
 * سي 164 تقريرا), nor a year.
 */
function afterLetterName(s: SentenceScan, i: number): boolean {
  let k = i - 1;
  if (k >= s.from && (isDash(s.tokens[k]) || isPunct(s.tokens[k], '"«“'))) k--;
  if (k < s.from) return false;
  const prev = s.tokens[k];
  // ميغ 21 وميغ 23: the second after و.
  if (prev.kind !== 'arabic' || !(LETTER_NAMES.has(prev.norm) || (hasClitic(prev, 'conj') && LETTER_NAMES.has(prev.base)))) return false;
  const t = s.tokens[i];
  // راجع فريق بي بي سي 164 تقريرا: a noun in the accusative after the number is what it counts.
  const next = after(s, i);
  if (next && next.kind === 'arabic' && next.norm.length >= 4 && next.norm.endsWith('ا')) return false;
  return !(unitAfter(s, i + 1) || /^(?:1[89]|20)[0-9]{2}$/.test(t.norm));
}

/** Punctuation a list item may follow: the end of the item before, or the colon that opens the list. */
const ITEM_BEFORE = '.:؛!؟*•';

/**
 * The number of a list item before its dash: "2 - مواجهة تنظيم ..."، "1- الملعب القابسي 17 ن 2- مستقبل قابس
 * 14 ن"، "6- وزير الصحة - فخر الدين كوجا 7- وزير التعليم". In ../shared/unlabeled 2,315 numbers of one or two
 * digits start a sentence (or follow . : ؛) before a dash and a word, in 346 articles, and 1,615 more are
 * written against their dash with a space before the word, in 295 articles: lists of decisions, appointments,
 * tips, standings and cabinets, read as bare numbers (181 of the 1,339 figures of kind number on sample3k).
 * Not a number before a number or a number word (3- صفر، 5 - 10), a unit (3 - ملايين), nor inside a run of
 * groups (27-10-1980).
 */
function listMarker(s: SentenceScan, i: number): boolean {
  const { tokens, from, to } = s;
  const t = tokens[i];
  if (!/^[0-9]{1,2}$/.test(t.norm) || i + 2 >= to) return false;
  const dash = tokens[i + 1];
  const word = tokens[i + 2];
  if (!isDash(dash) || word.kind !== 'arabic' || word.norm === ZERO || numberWord(word) || unitAfter(s, i + 2)) return false;
  const prev = before(s, i);
  if (prev && (isDash(prev) || isPunct(prev, '/.,،')) && adjacent(prev, t)) return false;
  // "7- وزير": the dash against the number and apart from the word.
  if (adjacent(t, dash) && !adjacent(dash, word)) return true;
  return prev === undefined || (isPunct(prev, ITEM_BEFORE) && !adjacent(prev, t)) || i === from;
}

/** Groups joined by +: مجموعة 5+1، (5 + 1). Not the exponent of 12,32e+14. */
function plusGroup(s: SentenceScan, i: number): boolean {
  const { tokens, from, to } = s;
  const prev = before(s, i);
  const next = after(s, i);
  const plusBefore = prev && isPunct(prev, '+') && i - 2 >= from && isDigits(tokens[i - 2].kind);
  const plusAfter = next && isPunct(next, '+') && i + 2 < to && isDigits(tokens[i + 2].kind);
  return !!(plusBefore || plusAfter);
}

/** Clock times 10:30. */
function clockTime(s: SentenceScan, i: number): boolean {
  const { tokens, from, to } = s;
  const t = tokens[i];
  const prev = before(s, i);
  const next = after(s, i);
  return !!(
    (next && isPunct(next, ':') && adjacent(t, next) && i + 2 < to && isDigits(tokens[i + 2].kind) && adjacent(next, tokens[i + 2])) ||
    (prev && isPunct(prev, ':') && adjacent(prev, t) && i - 2 >= from && isDigits(tokens[i - 2].kind) && adjacent(tokens[i - 2], prev))
  );
}

/** Words after a clock time that name its time zone (بتوقيت غرينتش، بالتوقيت المحلي، غرينتش). */
const TIME_ZONE_WORDS: ReadonlySet<string> = words('nonfigure_time_zone_words');
const TA = foldString('ت');
const RANGE_TO: ReadonlySet<string> = new Set([foldString('إلى'), foldString('حتى')]);
const GHAIN = foldString('غ');

/**
 * A clock time before its time zone, as agencies give the hour abroad: (0300 بتوقيت غرينتش)، (21,45 ت غ)،
 * (16.50 غرينتش)، 1130 بالتوقيت المحلي، الساعة 6،00 ت غ، and the first of two so joined (13,00 الى 21,00
 * ت غ، 0700 حتى 1200 بتوقيت غرينتش). In ../shared/unlabeled 1,040 numbers stand right before such a word;
 * the time had been read as a number (0300 = 300, 21,45 = 21.45), a year (2059) or, with a comma between
 * hour and minutes, the minutes as a count. Hours to 24 and minutes to 59 only.
 */
const zoneTime: DigitRule = (s, i) => {
  const { tokens, from } = s;
  // The minutes of a time whose hour another rule took (الساعة 6،00 ت غ).
  const minutes =
    i - 2 >= from && isPunct(tokens[i - 1], '.,،:') && adjacent(tokens[i - 2], tokens[i - 1]) && adjacent(tokens[i - 1], tokens[i]);
  const start = minutes && isDigits(tokens[i - 2].kind) ? i - 2 : i;
  const end = timeBeforeZone(s, start, true);
  if (end < 0 || end <= i) return false;
  for (let k = start; k < end; k++) if (isDigits(tokens[k].kind)) block(s, k);
  return true;
};

/** The end of a clock time at token i that a time zone follows (or another such time after إلى/حتى/-), or -1. */
function timeBeforeZone(s: SentenceScan, i: number, range: boolean): number {
  const { tokens, to } = s;
  const t = tokens[i];
  if (!t || i >= to || !isDigits(t.kind)) return -1;
  let j = i + 1;
  let hour: number;
  let minute: number;
  const split = /^([0-9]{1,2})[.,،٫]([0-9]{2})$/.exec(t.norm);
  if (split) {
    hour = Number(split[1]);
    minute = Number(split[2]);
  } else if (
    j + 1 < to &&
    isPunct(tokens[j], '.,،:') &&
    adjacent(t, tokens[j]) &&
    isDigits(tokens[j + 1].kind) &&
    adjacent(tokens[j], tokens[j + 1]) &&
    /^[0-9]{1,2}$/.test(t.norm) &&
    /^[0-9]{2}$/.test(tokens[j + 1].norm)
  ) {
    hour = Number(t.norm);
    minute = Number(tokens[j + 1].norm);
    j += 2;
  } else if (/^[0-9]{4}$/.test(t.norm)) {
    hour = Number(t.norm.slice(0, 2));
    minute = Number(t.norm.slice(2));
  } else return -1;
  if (hour > 24 || minute > 59 || j >= to) return -1;
  const n = tokens[j];
  if (n.kind === 'latin' && n.norm.toLowerCase() === 'gmt') return j;
  if (n.kind === 'arabic' && TIME_ZONE_WORDS.has(n.norm)) return j;
  if (n.kind === 'arabic' && n.norm === TA) {
    const g = j + 1 < to && isPunct(tokens[j + 1], '.') ? j + 2 : j + 1;
    if (g < to && tokens[g].norm === GHAIN) return j;
  }
  if (range && ((n.kind === 'arabic' && RANGE_TO.has(n.norm)) || isDash(n)) && timeBeforeZone(s, j + 1, false) >= 0) return j;
  return -1;
}

/** The rules for a digit token, in order: the first that holds blocks it. */
const DIGIT_RULES: readonly DigitRule[] = [
  identifier,
  dayMonthName,
  // A number closing a quoted or bracketed name: «ويندوز 10»، «خليجي 23»، (فالكون 9)، «نور 2» (732
  // such spans in ../shared/unlabeled, every one a name or a model).
  blockWhen(namedInQuotes),
  // نور 2، شعاع 1 after a project word: محطة سكاي 1، مشروع فوسفات 3 وتقديم — one digit after the
  // name, with nothing counted after it.
  blockWhen(namedAfterHead),
  blockWhen(hyphenCode),
  blockWhen(listMarker),
  blockWhen(againstLatin),
  blockWhen(afterLetterName),
  blockWhen(plusGroup),
  blockWhen(clockTime),
  zoneTime,
  blockWhen(smsCode),
  blockWhen(resolutionNumber),
];

/** The phrases that name a resolution of the Security Council by its number (مجلس الأمن، القرار الأممي). */
const RESOLUTION_PHRASES: readonly { first: ReadonlySet<string>; rest: string[] }[] = [...words('nonfigure_resolution_phrases')].map(
  (p) => {
    const [first, ...rest] = p.split(' ');
    return { first: cueSet([first]), rest };
  },
);
const NUMBER_WORD = foldString('رقم');

/**
 * A resolution of the Security Council by its number, with no رقم that the identifier rule reads:
 * "قرار مجلس الأمن الدولي 2216"، "القرار الأممي 2254"، "مجلس الأمن (2231)". ../shared/unlabeled: 70
 * numbers after مجلس الأمن and 40 after القرار الأممي/الدولي without رقم, read as numbers. Three or four
 * digits, so that "يضم مجلس الأمن 15 عضوا" stays a count.
 */
function resolutionNumber(s: SentenceScan, i: number): boolean {
  const t = s.tokens[i];
  if (!/^[0-9]{3,4}$/.test(t.norm)) return false;
  let k = i - 1;
  if (k >= s.from && isPunct(s.tokens[k], '(')) k--;
  if (k >= s.from && s.tokens[k].norm === NUMBER_WORD) k--;
  for (const p of RESOLUTION_PHRASES) {
    const at = k - p.rest.length;
    if (at < s.from || !p.first.has(s.tokens[at].norm)) continue;
    let ok = true;
    for (let m = 0; m < p.rest.length && ok; m++) ok = s.tokens[at + 1 + m].norm === p.rest[m];
    if (ok) return true;
  }
  return false;
}

/**
 * Text-message numbers: the short numbers of the Saudi operators a column's footer gives, "للتواصل أرسل
 * sms إلى 88548 الاتصالات، 636250 موبايلي، 738303 زين تبدأ بالرمز 262" and "إلى 88591 - Stc 635031 -
 * Mobily 737221" (in 237 articles of ../shared/unlabeled, each number read as a count or a number): a
 * number before an operator's Arabic name or after its Latin one, or after الرمز, or after إلى with sms a
 * few words before (أرسل sms إلى، رسالة SMS ... ثم نص الرسالة إلى).
 */
function smsCode(s: SentenceScan, i: number): boolean {
  const { tokens, from, to } = s;
  const t = tokens[i];
  if (!isPlainDigits(t.norm)) return false;
  let k = i + 1;
  while (k < to && tokens[k].kind === 'punct') k++;
  if (k < to && tokens[k].kind === 'arabic' && SMS_OPERATORS.has(tokens[k].norm)) return true;
  let j = i - 1;
  while (j >= from && tokens[j].kind === 'punct') j--;
  if (j < from) return false;
  const p = tokens[j];
  if (p.kind === 'latin' && SMS_OPERATORS.has(p.norm.toLowerCase())) return true;
  if (p.kind === 'arabic' && listed(SMS_CODE_CUES, p)) return true;
  if (!(p.kind === 'arabic' && p.norm === TO)) return false;
  for (let m = j - 1; m >= Math.max(from, j - 14); m--)
    if (tokens[m].kind === 'latin' && tokens[m].norm.toLowerCase() === 'sms') return true;
  return false;
}

function isPlainDigits(norm: string): boolean {
  return norm.length > 0 && digitCount(norm) === norm.length;
}

/** Phone numbers: after a phone cue, after a leading +, or a long number starting with 0; the whole run of groups is blocked. */
function blockPhones(s: SentenceScan, digits: readonly number[]): void {
  let done = s.from;
  for (const i of digits) {
    if (i < done || s.blocked[i - s.from] || !isPhoneAt(s, i)) continue;
    done = blockDigitRun(s, i) + 1;
  }
}

function isPhoneAt(s: SentenceScan, i: number): boolean {
  const { tokens, from, to } = s;
  const t = tokens[i];
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    const p = tokens[k];
    if (p.kind === 'punct' || p.kind === 'symbol') continue;
    if (
      (p.kind === 'arabic' || p.kind === 'latin') &&
      PHONE_CUES.has(p.kind === 'latin' ? p.norm.toLowerCase() : p.norm) &&
      !unitAfter(s, i + 1) &&
      runDigits(s, i) >= 6
    )
      return true;
    break;
  }
  const prev = before(s, i);
  // Not a signed change with its unit: "(+26 %)", "+10%" (a rise of 26 percent).
  if (prev && isPunct(prev, '+') && adjacent(prev, t) && (i - 2 < from || !isDigits(tokens[i - 2].kind)) && !unitAfter(s, i + 1))
    return true;
  if (t.norm.length >= 9 && t.norm[0] === '0' && digitCount(t.norm) === t.norm.length) return true;
  // Eight digits or more in one token with no unit and no counted noun after: a hotline, a phone
  // number or an identifier ("الرقم المجاني الموحد 8001277000"، "مركز الاتصال (920001100)"، lists of
  // ID numbers). ../shared/unlabeled: 342 such tokens of 8-12 digits with no currency, scale or unit
  // after them, 318 with no Arabic word after (27 of them 920… hotlines); amounts so written take their
  // unit (13478980ريال، 45999540 ريالا) and counts their noun (371191500 نحلة، 10840989 من أصل).
  // Not in a phrase read alone, nor a negative number (-123456789101231: Recognizers-Text's NumberModel).
  if (
    !s.phrase &&
    t.norm.length >= 8 &&
    digitCount(t.norm) === t.norm.length &&
    !(prev && isDash(prev) && adjacent(prev, t)) &&
    !unitAfter(s, i + 1) &&
    !countedAfterLong(s, i + 1)
  )
    return true;
  // Dashed groups: 0555-123-456 (three or more groups, not a date).
  let groups = 1;
  let j = i;
  while (
    j + 2 < to &&
    isDash(tokens[j + 1]) &&
    adjacent(tokens[j], tokens[j + 1]) &&
    adjacent(tokens[j + 1], tokens[j + 2]) &&
    isDigits(tokens[j + 2].kind)
  ) {
    groups++;
    j += 2;
  }
  return groups >= 4;
}

/** Blocks the run of digit groups and separators from `i`; returns its last token. */
function blockDigitRun(s: SentenceScan, i: number): number {
  const { tokens, to } = s;
  let j = i;
  block(s, j);
  while (j + 1 < to) {
    const sep = tokens[j + 1];
    if (isDigits(sep.kind)) {
      block(s, j + 1);
      j++;
    } else if ((isDash(sep) || isPunct(sep, '/+.()')) && j + 2 < to && isDigits(tokens[j + 2].kind)) {
      block(s, j + 2);
      j += 2;
    } else break;
  }
  return j;
}

const OPEN_QUOTES = '«("“';
const CLOSE_QUOTES = '»)"”';
/** Words of a quoted name before its number: at most this many. */
const NAME_WORDS = 3;

/** Whether a name word may stand before the number of a name: a word that is not a function word, a number word or a unit. */
function nameWord(s: SentenceScan, k: number): boolean {
  const t = s.tokens[k];
  if (t.kind !== 'arabic' && t.kind !== 'latin') return false;
  if (t.stop || numberWord(t) || matchUnit(s, k) || QUALIFIER_WORDS.has(t.norm)) return false;
  return true;
}

/** The digits at i (1–3 of them, plain) close a quoted name: «خليجي 23»، (سبوتنك 1). */
function namedInQuotes(s: SentenceScan, i: number): boolean {
  const { tokens, to, from } = s;
  const t = tokens[i];
  if (!/^[0-9]{1,3}$/.test(t.norm) || i + 1 >= to || !isPunct(tokens[i + 1], CLOSE_QUOTES) || !adjacent(t, tokens[i + 1])) return false;
  for (let k = i - 1; k >= Math.max(from, i - 1 - NAME_WORDS); k--) {
    const p = tokens[k];
    if (isPunct(p, OPEN_QUOTES)) return k < i - 1;
    if (!nameWord(s, k) && !(p.kind === 'punct' && p.text === '.')) return false;
  }
  return false;
}

const PROJECT_HEADS: ReadonlySet<string> = words('nonfigure_project_heads');

/** A single digit after a project word and one name word, with nothing counted after it: محطة نور 2، مشروع شعاع 1 في. */
function namedAfterHead(s: SentenceScan, i: number): boolean {
  const { tokens, to, from } = s;
  const t = tokens[i];
  if (!/^[1-9]$/.test(t.norm) || i - 2 < from) return false;
  const name = tokens[i - 1];
  if (!PROJECT_HEADS.has(tokens[i - 2].norm) || !nameWord(s, i - 1) || cliticBits(name) !== 0) return false;
  if (i + 1 >= to) return true;
  const next = tokens[i + 1];
  if (next.kind === 'punct')
    return !isPunct(next, '.,٫') || !(i + 2 < to && tokens[i + 2].kind === 'number' && adjacent(next, tokens[i + 2]));
  return next.kind === 'arabic' && (next.stop || hasClitic(next, 'conj') || hasClitic(next, 'prep'));
}

const OR_WORDS: ReadonlySet<string> = new Set(['أو', 'او'].map((w) => foldString(w)));
const FROM_WORD = foldString('من');

/** Whether an Arabic word at token i may be the noun a long number counts: not a function word but من, not أو. */
function countedAfterLong(s: SentenceScan, i: number): boolean {
  if (i >= s.to) return false;
  const t = s.tokens[i];
  if (t.kind !== 'arabic' || OR_WORDS.has(t.norm)) return false;
  return !t.stop || t.norm === FROM_WORD;
}

/** Whether a unit follows at token i ("الجوال ١٠٠٪": a charge, not a phone number). */
function unitAfter(s: SentenceScan, i: number): boolean {
  return i < s.to && matchUnit(s, i) !== null;
}

/** Digits in the run of digit groups starting at token i (separated by spaces, dashes, dots). */
function runDigits(s: SentenceScan, i: number): number {
  let n = 0;
  let j = i;
  while (j < s.to) {
    const t = s.tokens[j];
    if (isDigits(t.kind)) n += digitCount(t.norm);
    else if (!(isDash(t) || isPunct(t, '/.()+'))) break;
    j++;
  }
  return n;
}
