// Reads the figures of a document, sentence by sentence, in the steps numbered in this folder:
// non-figures set aside (1), numbers (2), dates (3) and unit words that hold their own number (4:
// عامين، ضعف، ساعة ونصف) read left to right, units attached (4),
// ranges, lists and subunits combined (5), qualifiers found (6), kinds decided (7); then words
// that are numbers only with support (ست، نصف، الأول) are kept where something supports them,
// and currencies left open (ريال، دينار) are decided for the whole article.
import { TypeFlag } from '../text/type-flag.js';
import type { Doc } from '../model/document.js';
import type { Figure } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { findNonFigures } from './01-find-non-figures.js';
import { numberTriggers, numberWord, ordinalFirst, readNumber, readOrdinal } from './02-read-numbers.js';
import { MONTH_PART_FORMS, readDate, readRelativeDate, readWeekday } from './03-read-dates.js';
import { attachUnit } from './04-attach-units.js';
import {
  addAndFraction,
  readDouble,
  readDual,
  readLoneUnit,
  readSingleUnit,
  readUnitAndFraction,
  unitWordTriggers,
} from './04-read-unit-words.js';
import { combineFigures } from './05-combine.js';
import { findQualifier, findQualifierAt, qualifierAfterNoun } from './06-find-qualifiers.js';
import { classifyFigure, goalMinute } from './07-classify.js';
import { resolveCurrencies, siteCountryOf } from './currency-context.js';
import { RANK_NOUNS, RELATIVE_DATES } from './lexicon/cues.js';
import { MONTHS } from '../text/calendar.js';
import type { CurrencyFamily } from './lexicon/units.js';
import { cueForms, cueSet, isPunct, parsePublished, type Fig, type SentenceScan, type YearMonthDay } from './scan.js';
import { words } from '../lexicon/word-lists.js';

const PRICE = foldString('ثمن');
const ARTICLE = foldString('ال');
const FROM_WORD = foldString('من');

export interface ExtractOptions {
  /** Parse the sentence as one whole phrase (Duckling style): bare number words and units count. */
  phrase?: boolean;
}

/** A figure with the currency family its word left open (ريال → SAR, QAR, OMR ...). */
interface Found {
  fig: Figure;
  family?: CurrencyFamily;
  /** A bare scaled amount that may continue the amount of the sentence before (Fig.openMoney). */
  openMoney?: boolean;
}

/**
 * The Arabic words at which some reader may start: number, ordinal and dual words, month names,
 * relative-date phrases, ضعف. Every other Arabic word is passed over with one Set lookup.
 */
export const TRIGGERS: ReadonlySet<string> = new Set([
  ...numberTriggers(),
  ...unitWordTriggers(),
  ...[...MONTHS.keys()].flatMap((m) => cueForms(m.split(' ')[0])),
  ...RELATIVE_DATES.flatMap((r) => cueForms(r.words[0])),
  ...words('weekday'),
  // والثلاثاء after الاثنين: the second of two weekdays (secondWeekday in 03-read-dates).
  ...[...words('weekday')].map((w) => `و${w}`),
  // أوائل، نهاية، مطلع ... before a month (readMonthPart in 03-read-dates).
  ...MONTH_PART_FORMS.keys(),
]);

/** An Arabic word that may start a figure: a trigger word, and no function word of more than four letters. */
function startsFigure(stop: boolean, length: number, norm: string): boolean {
  return stop ? length <= 4 && TRIGGERS.has(norm) : TRIGGERS.has(norm);
}
const TRIGGER_TYPE = new TypeFlag((t) => startsFigure(t.stop, t.text.length, t.norm));

/** Reads the figures of one sentence (tokens [from, to)). */
export function readSentence(s: SentenceScan): Fig[] {
  const { tokens, to } = s;
  // One pass over the tokens: where a figure may start (digits, trigger words, a minus or a
  // leading decimal point) and where the digits are. Tokens' properties are read once here;
  // everything after works on these positions only.
  const starts: number[] = [];
  const digits: number[] = [];
  for (let i = s.from; i < to; i++) {
    const t = tokens[i];
    const k = t.kind;
    if (k === 'number') {
      starts.push(i);
      digits.push(i);
    } else if (k === 'arabic') {
      // Function words start nothing but هذا/هذه (هذا العام): skip them without a lookup.
      // A token of the tokenizer is asked once per word type (its end - start is its text's length).
      if (t.typeId !== undefined ? TRIGGER_TYPE.of(t) : startsFigure(t.stop, t.end - t.start, t.norm)) starts.push(i);
    } else if (k === 'alnum') starts.push(i);
    else if (k === 'punct') {
      const x = t.text;
      if (x === '-' || x === '−' || x === '.' || x === '٫') starts.push(i);
    }
  }
  if (starts.length === 0 && !(s.phrase && s.to - s.from === 1)) return [];
  findNonFigures(s, digits);
  const figs: Fig[] = [];
  if (s.phrase && s.to - s.from === 1) {
    const f = readSingleUnit(s, s.from);
    if (f) return finish(s, [f]);
  }
  let at = s.from;
  for (const i of starts) {
    if (i < at || s.blocked[i - s.from]) continue;
    const t = tokens[i];
    let f: Fig | null = null;
    if (t.kind === 'arabic') {
      // "ساعة ونصف", "لتر و ربع": the unit before the fraction starts the figure.
      if (i - 1 >= at) f = readUnitAndFraction(s, i - 1) ?? (i - 2 >= at ? readUnitAndFraction(s, i - 2) : null);
      f ??= readRelativeDate(s, i) ?? readDate(s, i) ?? readWeekday(s, i) ?? readDual(s, i) ?? readDouble(s, i) ?? readLoneUnit(s, i);
      if (!f && ordinalFirst(t)) {
        const o = readOrdinal(s, i);
        if (o) f = attachUnit(s, o, at);
      }
    } else if (t.kind === 'number') {
      f = readDate(s, i);
    }
    if (!f) {
      const n = readNumber(s, i);
      if (n && n.glued) {
        at = n.t1;
        continue;
      }
      if (n) f = attachUnit(s, n, at);
      else if (t.kind === 'arabic') {
        const o = readOrdinal(s, i);
        if (o) f = attachUnit(s, o, at);
      }
    }
    if (!f) continue;
    addAndFraction(s, f, TRIGGERS);
    if (!f.drop) figs.push(f);
    at = Math.max(f.t1, f.consumedTo ?? 0, i + 1);
  }
  return finish(s, figs);
}

/** Qualifiers, ranges and lists, kinds, and the support test, for the figures read in a sentence. */
function finish(s: SentenceScan, figs: Fig[]): Fig[] {
  for (const f of figs) {
    const q = findQualifierAt(s, f);
    f.qualifier = q?.qualifier ?? null;
    f.qualStart = q?.start ?? -1;
  }
  const combined = combineFigures(s, figs);
  for (const f of combined) {
    if (f.rawMax !== undefined && !f.bounded) f.qualifier = findQualifier(s, f);
    classifyFigure(s, f);
    if (f.qualifier === null && f.kind === 'count') f.qualifier = qualifierAfterNoun(s, f);
    if (f.qualifier === null && f.kind === 'duration' && within(s, f)) f.qualifier = 'at_most';
    if (f.qualifier === 'until' && f.kind !== 'year' && f.kind !== 'date' && f.kind !== 'year_range') f.qualifier = 'at_most';
    if (
      (f.qualifier === 'since' || f.qualifier === 'by') &&
      f.kind !== 'year' &&
      f.kind !== 'date' &&
      f.kind !== 'year_range' &&
      f.kind !== 'duration'
    ) {
      f.qualifier = null;
    }
  }
  inheritBracketedQualifiers(s, combined);
  const kept = combined.filter((f) => keep(s, f));
  if (!s.phrase) for (const f of kept) fractionOf(s, f);
  return kept;
}

/**
 * "إن نصف الميزانية المخصصة"، "أكثر من ثلث تجارة الحاويات"، "أكثر من النصف": a fraction of something
 * is a multiplier of it, as "ضعف المتوسط العالمي" is 2 (gold/ and gold-dev/ write نصف الميزانية،
 * نصف هذه الأموال and ضعف المتوسط so); a fraction alone stays a number (Duckling's نصف = 0.5).
 */
function fractionOf(s: SentenceScan, f: Fig): void {
  const fraction = w0Fraction(s.tokens[f.t0]) || (f.num?.fractionAlt !== undefined && f.value === f.num.fractionAlt);
  if (f.def || f.kind !== 'number' || f.t1 - f.t0 !== 1 || f.valueMax !== null || !fraction) return;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  const prev = f.t0 > s.from ? s.tokens[f.t0 - 1] : undefined;
  const bounded = f.qualifier === 'at_least' || f.qualifier === 'at_most';
  // المليون ونصف المليون: half of a scale is part of a number, not a multiplier.
  if (next && numberWord(next)?.entry.type === 'scale') return;
  if ((next && next.kind === 'arabic' && !next.stop) || (bounded && prev?.norm === FROM_WORD)) f.kind = 'multiplier';
}

const WITHIN = foldString('غضون');

/**
 * "في غضون ثلاث سنوات", "في غضون 24 ساعة": a duration within which, at most (296 times before a
 * number and a unit of time in ../shared/unlabeled; gold-dev saudinewsnet-25). Only a duration:
 * "في غضون 2030" is a year ("by").
 */
function within(s: SentenceScan, f: Fig): boolean {
  const p = f.t0 - 1 >= s.from ? s.tokens[f.t0 - 1] : undefined;
  return p !== undefined && (p.norm === WITHIN || (p.norm.endsWith(WITHIN) && p.norm.length === WITHIN.length + 1));
}

/** Volumes in m3 and quantities in cubic feet or barrels measure the same thing. */
function measureFamily(kind: string): string {
  return kind === 'quantity' ? 'volume' : kind;
}

/**
 * "بنحو 8.20 درهم (2.2 دولار)", "بنحو 238 مليار متر مكعب (8.4 ترليون قدم مكعب)": an amount restated
 * in brackets right after another of the same kind is as approximate, or as bounded, as it.
 */
function inheritBracketedQualifiers(s: SentenceScan, figs: Fig[]): void {
  for (let k = 1; k < figs.length; k++) {
    const f = figs[k];
    const prev = figs[k - 1];
    if (f.qualifier || !prev.qualifier || prev.qualifier === 'since' || prev.qualifier === 'until' || prev.qualifier === 'by') continue;
    if (f.kind === null || prev.kind === null || f.unit === null || measureFamily(f.kind) !== measureFamily(prev.kind)) continue;
    const open = f.t0 - 1;
    if (open < s.from || !isPunct(s.tokens[open], '(') || Math.max(prev.t1, prev.consumedTo ?? 0) !== open) continue;
    f.qualifier = prev.qualifier;
  }
}

/** Whether a figure read from a weak word (ست، نصف، الأول) has the support to be one. */
function keep(s: SentenceScan, f: Fig): boolean {
  if (f.drop) return false;
  if (roundName(s, f) || roundOfTeams(s, f) || semiCompound(s, f) || halfOfYear(s, f) || goalMinute(s, f) || ordinalOfName(s, f))
    return false;
  if (!f.weak) return true;
  if (s.phrase) return true;
  const first = s.tokens[f.t0];
  const prev = f.t0 > s.from ? s.tokens[f.t0 - 1] : undefined;
  if (f.kind === 'ordinal') return prev !== undefined && RANK_NOUNS.has(prev.norm);
  // فوق الربع وتحت النصف، أكثر من النصف: a bound before a fraction with the article supports it.
  if (f.num?.article && !f.def && (f.qualifier === 'at_least' || f.qualifier === 'at_most') && w0Fraction(first)) return true;
  // النصف الأول، الربع الثالث: halves and quarters of a year, not figures.
  if (f.num?.article && !f.def) return false;
  if (f.def || f.qualifier) return true;
  if (notSix(s, f)) return false;
  // ست دول، خمس سنوات: a counted noun supports the word; not واحد, which follows its noun
  // ("كفريق واحد") and is no figure.
  const w = numberWord(first)?.entry;
  if (f.kind === 'count' && w && w.type !== 'fraction' && w.value !== 1) return true;
  // خمس الساعة، نصف الناس: a fraction of something definite (not ثمن النفط, the price of oil).
  const next = s.tokens[f.t1];
  if (next && f.t1 < s.to && next.kind === 'arabic' && next.norm.startsWith(ARTICLE) && w) {
    if (w.type === 'fraction' && first.norm !== PRICE) return true;
    if (f.num?.fractionAlt !== undefined) {
      f.value = f.num.fractionAlt;
      f.kind = 'number';
      return true;
    }
  }
  // The sentence is the number alone: "واحد", "نصف".
  for (let k = s.from; k < s.to; k++) {
    if (k >= f.t0 && k < f.t1) continue;
    if (!isPunct(s.tokens[k], '.،,؛!?؟:')) return false;
  }
  return true;
}

/** Words after لست (I am not) that no number counts: first-person verbs, prepositions, أفضل. */
const NOT_SIX_AFTER_LAM: ReadonlySet<string> = words('extract_not_six_after_lam');
/** لست as the tokenizer leaves it (the ل unsplit: the verb is the more common reading). */
const LAST = foldString('لست');

/**
 * لست، ولست، فلست: ست with the preposition ل is the verb "I am not" before its predicate, which a
 * number never takes: an indefinite accusative (لست متأكدا، لست قلقا، ولست مرعوبا), a feminine
 * singular (لست جميلة، أنا لست حامل is kept out by the list), a verb or a preposition (لست أدري، لست
 * بصدد). Not a plural of the form أفعلة (لست أسلحة) nor a plural in ات (لست مباريات، لست سنوات).
 * ../shared/unlabeled: 280 windows of لست before a word other than سنوات/مرات, nearly all the verb.
 */
function notSix(s: SentenceScan, f: Fig): boolean {
  const first = s.tokens[f.t0];
  if (f.t1 - f.t0 !== 1 || first.kind !== 'arabic' || first.base !== LAST) return false;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  if (!next || next.kind !== 'arabic') return false;
  const n = next.norm;
  if (NOT_SIX_AFTER_LAM.has(n) || n.endsWith('ا')) return true;
  return n.endsWith('ه') && !n.startsWith('ا');
}

const FINALS: ReadonlySet<string> = words('extract_finals');

/**
 * نصف النهائي، ربع نهائي، دور الثمن النهائي: a round of a tournament, no fraction (3,033 spans of
 * ../shared/unlabeled, 2,167 of them with the article).
 */
function roundName(s: SentenceScan, f: Fig): boolean {
  if (f.t1 - f.t0 !== 1 || f.def || !w0Fraction(s.tokens[f.t0])) return false;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  return next !== undefined && next.kind === 'arabic' && FINALS.has(next.norm);
}

/** دور and الدور with their clitic forms (لدور، ودور، بالدور). */
const ROUND_NOUNS: ReadonlySet<string> = cueSet(words('extract_round_nouns'));
/** How many teams a round of a tournament is named by (دور الستة عشر، دور الـ32). */
const ROUND_SIZES: ReadonlySet<number> = new Set([4, 8, 16, 32, 64]);

/**
 * دور الثمانية، دور الستة عشر، دور الـ16، الدور الـ32، دور الأربعة: a round of a tournament named by the
 * number of its teams, no count of anything (as نصف النهائي is no fraction: roundName). The number
 * has the article, on the word or written apart (الـ16). ../shared/unlabeled: about 1,400 such rounds
 * (دور الثمانية 611, دور الستة عشر 357, دور الـ16 and الـ 16 290, دور الـ32 61, دور الأربعة 46), read
 * as counts and ordinals.
 */
function roundOfTeams(s: SentenceScan, f: Fig): boolean {
  if (f.def || f.valueMax !== null || !ROUND_SIZES.has(f.raw)) return false;
  let k = f.t0 - 1;
  const first = s.tokens[f.t0];
  if (first.kind === 'number') {
    if (k < s.from || s.tokens[k].norm !== ARTICLE) return false;
    k--;
  } else if (!f.num?.article || f.num.ordinal) {
    // الدور الرابع، الدور السادس عشر: an ordinal word names the fourth round (or floor), and stays.
    return false;
  }
  return k >= s.from && s.tokens[k].kind === 'arabic' && ROUND_NOUNS.has(s.tokens[k].norm);
}

const SEMI_WORDS: ReadonlySet<string> = words('extract_semi_words');

/**
 * نصف آلية، نصف سنوية، نصف قطر، نصف عار: نصف before an adjective (or قطر) makes one word, semi-
 * (semi-automatic, half-yearly, radius, half-naked), no fraction of anything. ../shared/unlabeled:
 * 90 such spans, 48 of them read as a number or a multiplier of 0.5, none rightly.
 */
function semiCompound(s: SentenceScan, f: Fig): boolean {
  if (f.t1 - f.t0 !== 1 || f.def || !w0Fraction(s.tokens[f.t0]) || numberWord(s.tokens[f.t0])?.entry.value !== 0.5) return false;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  return next !== undefined && next.kind === 'arabic' && SEMI_WORDS.has(next.norm);
}

/** Titles of a sovereign or a pontiff (الملك، الملكة، البابا، العاهل، الإمبراطور) before a name and its number. */
const REGNAL_TITLES: ReadonlySet<string> = cueSet(words('extract_regnal_titles'));
/** Nouns whose ordinal is a name (الشارع العاشر، الدائري الثالث) or an idiom of no rank (طرف ثالث، العالم الثالث). */
const ORDINAL_NAME_HEADS: ReadonlySet<string> = cueSet(words('extract_ordinal_name_heads'));

/**
 * An ordinal that is part of a name: a sovereign's or a pope's number after the name, with the title
 * one or two words before the name (الملك محمد السادس، العاهل المغربي محمد السادس، الملك إدوارد الثامن،
 * البابا بنديكت السادس عشر; a feminine ordinal only after a feminine title: الملكة إليزابيث الثانية, so
 * that رسالة الملك سلمان الثالثة stays), and a street or ring road named by its number (الشارع العاشر،
 * الدائري الثالث). ../shared/unlabeled: 623 ordinals after a title and a name (most of them الثاني,
 * which needs support anyway; محمد السادس 78, هنري الثامن 13, فيليبي السادس 12), 12 after الشارع and
 * 20 of the third ring road on.
 */
function ordinalOfName(s: SentenceScan, f: Fig): boolean {
  if (f.kind !== 'ordinal' || !f.num?.ordinal || f.t0 - 1 < s.from) return false;
  const prev = s.tokens[f.t0 - 1];
  if (prev.kind !== 'arabic') return false;
  if (ORDINAL_NAME_HEADS.has(prev.norm)) return true;
  if (prev.stop || prev.norm.startsWith(ARTICLE) || prev.norm.startsWith('لل')) return false;
  const feminine = s.tokens[f.t0].norm.endsWith('ه');
  for (let k = f.t0 - 2; k >= Math.max(s.from, f.t0 - 3); k--) {
    const t = s.tokens[k];
    if (t.kind === 'arabic' && REGNAL_TITLES.has(t.norm)) return !feminine || t.norm.endsWith('ه');
  }
  return false;
}

const HALF_ORDINALS: ReadonlySet<string> = words('extract_half_ordinals');

/**
 * "حتى نهاية النصف الأول من عام 2015": a half or a quarter of a year, no figure, even after a bound
 * (حتى، أكثر من) that lets a fraction with the article stand.
 */
function halfOfYear(s: SentenceScan, f: Fig): boolean {
  if (f.t1 - f.t0 !== 1 || f.def || !w0Fraction(s.tokens[f.t0])) return false;
  const next = f.t1 < s.to ? s.tokens[f.t1] : undefined;
  return next !== undefined && next.kind === 'arabic' && HALF_ORDINALS.has(next.norm);
}

function w0Fraction(t: Token): boolean {
  return numberWord(t)?.entry.type === 'fraction';
}

/** Turns the figures read in one sentence into contract figures (ids assigned later). */
function toFigures(text: string, figs: Fig[], sentence: number, out: Found[]): void {
  for (const f of figs) {
    out.push({
      fig: {
        id: '',
        kind: f.kind ?? 'number',
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        value: f.value,
        value_max: f.valueMax,
        unit: f.unit,
        qualifier: f.qualifier,
        sentence,
        subject: null,
        calendar: f.calendar ?? null,
      },
      family: f.family,
      openMoney: f.openMoney === true && (f.kind === null || f.kind === 'number'),
    });
  }
}

/** URL and e-mail spans in text[from, to): from the marker to the next space. */
export function findUrls(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const has = (needle: string) => {
    const at = text.indexOf(needle, from);
    return at >= 0 && at < to;
  };
  if (!has('http') && !has('www.') && !has('@')) return out;
  const body = text.slice(from, to);
  const re = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * "بلغت الميزانية 400 مليار ريال. ومن المتوقع أن يصل الإنفاق إلى 450 مليارا": a bare scaled amount
 * in the sentence right after a money amount of the same paragraph, counting nothing, continues it
 * and is in its currency. (The same within one sentence is done in step 5.)
 */
function continueAmounts(doc: Doc, found: Found[]): void {
  let last: Found | null = null;
  for (const f of found) {
    if (f.fig.kind === 'money') {
      last = f;
      continue;
    }
    if (!f.openMoney || !last || f.fig.sentence !== last.fig.sentence + 1) continue;
    const prev = doc.sentences[last.fig.sentence];
    const cur = doc.sentences[f.fig.sentence];
    if (!prev || !cur || doc.text.slice(prev.end, cur.start).includes('\n') || Math.abs(Number(last.fig.value)) < 1e6) continue;
    f.fig.kind = 'money';
    f.fig.unit = last.fig.unit;
    f.family = last.family;
  }
}

export interface DocFigureOptions extends ExtractOptions {
  published?: string | null;
  siteCountry?: string | null;
}

/** The figures of an annotated document (sentences and tokens assigned), ids f1, f2 ... in text order. */
export function documentFigures(doc: Doc, options: DocFigureOptions = {}): Figure[] {
  const published: YearMonthDay | null = parsePublished(options.published !== undefined ? options.published : doc.meta.published);
  const siteCountry = options.siteCountry !== undefined ? options.siteCountry : (doc.meta.siteCountry ?? siteCountryOf(doc.meta.site));
  const found: Found[] = [];
  const urls = findUrls(doc.text, doc.body.start, doc.body.end);
  let blocked = new Uint8Array(64);
  for (const sentence of doc.sentences) {
    const n = sentence.tokenEnd - sentence.tokenStart;
    if (n === 0) continue;
    if (blocked.length < n) blocked = new Uint8Array(n * 2);
    else blocked.fill(0, 0, n);
    const s: SentenceScan = {
      text: doc.text,
      tokens: doc.tokens,
      from: sentence.tokenStart,
      to: sentence.tokenEnd,
      blocked,
      phrase: options.phrase === true,
      published,
      urls,
    };
    toFigures(doc.text, readSentence(s), sentence.index, found);
  }
  continueAmounts(doc, found);
  resolveCurrencies(found, doc.tokens as Token[], siteCountry, { text: doc.text, sentences: doc.sentences });
  found.sort((a, b) => a.fig.start - b.fig.start || a.fig.end - b.fig.end);
  return found.map((f, k) => ({ ...f.fig, id: `f${k + 1}` }));
}
