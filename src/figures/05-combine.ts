// Step 5: figures that belong together. A range is one figure with value and value_max
// (24-25 ميغاواط، بين 10 و20، ما بين 300 و 400 مليار دولار، 1996-1999); "من X إلى Y" is a range
// when only Y has the unit and no verb of change governs it, and two figures when it is a change
// (من 400 مليون دولار إلى 2.4 مليار دولار، ارتفع من 5 إلى 10 في المائة). A unit written once
// after a list applies to each member (30 و40 و50 ميغاواط). A subunit joins its unit (20 دولار
// و43 سنت = 20.43 USD), and a bare "300 مليون" after "150 مليون يورو" in the same sentence is
// in euros too.
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { CHANGE_VERBS, YEAR_CUES } from './lexicon/cues.js';
import { countedNounAfter, hasYearCue } from './07-classify.js';
import { BOE, type UnitDef } from './lexicon/units.js';
import { bareForm, isAnd, isDash, isPunct, type Fig, type SentenceScan } from './scan.js';
import { words } from '../lexicon/word-lists.js';

const TO = new Set(['الي', 'حتي'].map((w) => foldString(w)));
const FROM = foldString('من');
const BETWEEN = foldString('بين');
const AGE = foldString('سن');
const WHAT = foldString('ما');
const OR = foldString('أو');

function numeric(f: Fig): boolean {
  return f.num !== null && !f.fixed && f.kind !== 'ordinal' && !f.drop;
}

function yearLike(f: Fig): boolean {
  return f.num !== null && f.num.plainInt && f.raw >= 1000 && f.raw <= 2100 && (!f.def || f.def.yearMarker !== undefined);
}

/** The second year of "2015-16" written with two digits, or the year itself. */
function secondYear(first: number, f: Fig): number | null {
  if (yearLike(f)) return f.raw;
  if (f.num?.plainInt && !f.def && f.raw >= 0 && f.raw < 100) {
    const y = first - (first % 100) + f.raw;
    return y > first ? y : null;
  }
  return null;
}

function sameUnitKind(a: UnitDef | null, b: UnitDef | null): boolean {
  if (!a || !b) return false;
  if (a.kind !== b.kind) return false;
  // 623 هجرية - 1226 ميلادية: one year in two calendars, no range.
  if (a.yearMarker !== b.yearMarker) return false;
  return a.kind !== 'money' || a.unit === b.unit || (a.family !== undefined && a.family === b.family);
}

/**
 * بين، ما بين، يتراوح بين before token i, past a year word (بين عامي 2010 و2015) or سن, the age
 * (الأطفال بين سن 6 و12 عاما، بين سن 45 و 55 عاما: 11 of the 20 age ranges after سن in
 * ../shared/unlabeled, read as two ages; من سن 17 إلى 23 already was a range).
 */
function betweenBefore(s: SentenceScan, i: number): boolean {
  if (i - 2 >= s.from && (YEAR_CUES.has(s.tokens[i - 1].norm) || s.tokens[i - 1].norm === AGE)) i--;
  const p = s.tokens[i - 1];
  if (!p || i - 1 < s.from) return false;
  return p.norm === BETWEEN || bareForm(p) === BETWEEN || (p.norm.endsWith(BETWEEN) && p.norm.length <= 5);
}

function fromBefore(s: SentenceScan, i: number): boolean {
  const p = s.tokens[i - 1];
  return p !== undefined && i - 1 >= s.from && (p.norm === FROM || p.norm === 'و' + FROM);
}

/** A verb of change in the clause before token i: ارتفع ... من 5 إلى 10 في المائة. */
function changeBefore(s: SentenceScan, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.from, i - 8); k--) {
    const t = s.tokens[k];
    if (isPunct(t, '.،,؛;:')) break;
    if (t.kind === 'arabic' && CHANGE_VERBS.has(t.norm)) return true;
  }
  return false;
}

type Sep = 'dash' | 'slash' | 'and' | 'to' | 'comma' | 'or' | null;

const COUNT_NOUNS: ReadonlySet<string> = words('combine_count_nouns');
/**
 * Words of a match result (بنتيجة، فاز، خسر، تعادل، هزم، مباراة، شوط), read as the start of a word (خسرها،
 * هزمتها، شوطين): a dash pair of small whole numbers near one is a score (خسر 1-2، بنتيجة 1-3، فازت 6-2
 * و4-6), two numbers as a descending pair already is, not a range.
 */
const SCORE_WORDS: readonly string[] = [...words('combine_score_words')];

const COMPARED = new Set(['مقابل', 'بمقابل', 'ومقابل'].map((w) => foldString(w)));
const COMPARED_WITH = new Set(['مقارنه', 'بالمقارنه'].map((w) => foldString(w)));
const WITH = new Set(['ب', 'مع'].map((w) => foldString(w)));

/** Whether the number at token t0 follows مقابل or مقارنة بـ/مع. */
function comparedAt(s: SentenceScan, t0: number): boolean {
  const p = t0 - 1 >= s.from ? s.tokens[t0 - 1] : undefined;
  if (!p || p.kind !== 'arabic') return false;
  if (COMPARED.has(p.norm)) return true;
  const pp = t0 - 2 >= s.from ? s.tokens[t0 - 2] : undefined;
  // مقارنة بـ 2.9، مقارنة مع 2.9
  return pp !== undefined && pp.kind === 'arabic' && COMPARED_WITH.has(pp.norm) && WITH.has(p.norm);
}

/** Whether the sentence speaks of a number of things (عدد، أعداد) before figure `f`. */
function countBefore(s: SentenceScan, f: Fig): boolean {
  for (let i = s.from; i < f.t0; i++) if (COUNT_NOUNS.has(bareForm(s.tokens[i]))) return true;
  return false;
}

const YEAR_WORD_FORMS: ReadonlySet<string> = words('combine_year_word_forms');

function separator(s: SentenceScan, a: Fig, b: Fig): Sep {
  const between: Token[] = s.tokens.slice(a.consumedTo ?? a.t1, b.t0);
  if (between.length === 0) {
    if (b.num?.leadConj) return 'and';
    if (b.num?.leadPrep === 'ل') return 'to';
    return null;
  }
  // "من عام 2010 إلى عام 2015": the year word before the second year is no separator.
  const last = between[between.length - 1];
  const seps =
    between.length === 2 && yearLike(b) && last.kind === 'arabic' && YEAR_WORD_FORMS.has(last.norm) ? between.slice(0, 1) : between;
  if (seps.length !== 1) return null;
  const t = seps[0];
  if (isDash(t)) return 'dash';
  if (isPunct(t, '/')) return 'slash';
  if (isAnd(t)) return 'and';
  if (isPunct(t, '،,')) return 'comma';
  if (t.kind === 'arabic' && (t.norm === OR || t.norm === 'و' + OR)) return 'or';
  // إلى, حتى (TO holds their folded forms), and وحتى / وإلى ("منذ عام 2010 وحتى 2020").
  if (t.kind === 'arabic' && (TO.has(t.norm) || (t.norm[0] === 'و' && TO.has(t.norm.slice(1))))) return 'to';
  return null;
}

/** What a unit counts: barrels of oil and of oil equivalent are both barrels. */
function measured(unit: string): string {
  return unit === BOE ? 'barrel' : unit;
}

/** b follows a after و, with at most three words naming a's commodity between (غاز و 0.8). */
function joinedByAnd(s: SentenceScan, a: Fig, b: Fig): boolean {
  const from = a.consumedTo ?? a.t1;
  if (b.num?.leadConj && b.t0 - from <= 3) {
    for (let k = from; k < b.t0; k++) if (s.tokens[k].kind !== 'arabic' || s.tokens[k].stop) return false;
    return true;
  }
  const and = b.t0 - 1;
  if (and < from || !isAnd(s.tokens[and]) || and - from > 3) return false;
  for (let k = from; k < and; k++) if (s.tokens[k].kind !== 'arabic' || s.tokens[k].stop) return false;
  return true;
}

/** Scales "300" in "بين 300 و 400 مليار" to the scale of the second number. */
function inheritScale(a: Fig, b: Fig): number {
  if (a.num && b.num && a.num.scale === 1 && b.num.scale > 1 && Math.abs(a.raw) < 1000) {
    return a.raw * b.num.scale;
  }
  return a.raw;
}

function merge(a: Fig, b: Fig, raw: number, rawMax: number, def: UnitDef | null): Fig {
  return {
    t0: a.t0,
    t1: b.t1,
    start: a.start,
    end: b.end,
    kind: null,
    value: raw,
    valueMax: null,
    unit: null,
    def,
    num: b.num,
    raw,
    rawMax,
    qualifier: null,
    weak: false,
    consumedTo: b.consumedTo,
  };
}

/** Two bounds joined by و — one at_least, one at_most — as one range with no qualifier. */
function boundsRange(s: SentenceScan, a: Fig, b: Fig): Fig | null {
  const qa = a.qualifier;
  const qb = b.qualifier;
  if (!((qa === 'at_least' && qb === 'at_most') || (qa === 'at_most' && qb === 'at_least'))) return null;
  if (b.qualStart === undefined || b.qualStart < 0 || (a.def && b.def && !sameUnitKind(a.def, b.def))) return null;
  const gap = b.qualStart - (a.consumedTo ?? a.t1);
  const first = s.tokens[b.qualStart];
  const joined = (gap === 1 && isAnd(s.tokens[b.qualStart - 1])) || (gap === 0 && (first.norm[0] === 'و' || first.norm[0] === 'ف'));
  if (!joined) return null;
  const def = b.def ?? a.def;
  const lo = qa === 'at_least' ? a : b;
  const hi = qa === 'at_least' ? b : a;
  if (!(lo.raw < hi.raw)) return null;
  const m = merge(a, b, lo.raw, hi.raw, def);
  m.bounded = true;
  return m;
}

/** Joins ranges, shares list units, adds subunits and carries a currency over (in place). */
/** Joins neighbouring figures that are one (ranges, dates, amounts and subunits) and spreads units over lists, in passes. */
export function combineFigures(s: SentenceScan, figs: Fig[]): Fig[] {
  dropScores(s, figs);
  const out = combineRanges(s, figs);
  spreadListUnit(s, out);
  spreadRate(s, out);
  const merged = joinSubunits(s, out);
  carryUnits(s, merged);
  return merged;
}

/** Ranges and changes, left to right. */
function combineRanges(s: SentenceScan, figs: Fig[]): Fig[] {
  const out: Fig[] = [];
  for (let i = 0; i < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    const pair = b ? combinePair(s, a, b) : null;
    if (pair) {
      out.push(pair);
      i++;
    } else out.push(a);
  }
  return out;
}

/** `a` and the figure after it as one range, or null (`a` stays alone, perhaps with `b`'s unit). */
function combinePair(s: SentenceScan, a: Fig, b: Fig): Fig | null {
  // أكبر من عشرين و أقل من خمسة وثلاثين، فوق ١٠٠٠ وتحت ١٥٠٠، أعلى من العاشر وأدنى من الخامس عشر.
  const bounds = a.num && b.num && !a.fixed && !b.fixed ? boundsRange(s, a, b) : null;
  if (bounds) return bounds;
  const dates = dateRange(s, a, b);
  if (dates) return dates;
  // بين ساعتين و4 ساعات: a dual (its own number and unit) may open a range after بين.
  const dualA = a.num === null && a.def !== null && !a.fixed && !a.drop && a.raw === 2;
  if (!(numeric(a) || dualA) || !numeric(b)) return null;
  const sep = separator(s, a, b);
  const between = betweenBefore(s, a.t0) || (a.t0 - 2 >= s.from && s.tokens[a.t0 - 1]?.norm === WHAT && betweenBefore(s, a.t0 - 1));
  if (dualA) {
    // The same unit at both ends: بين عامين و6 أشهر is no range of years.
    const same =
      between &&
      sep === 'and' &&
      sameUnitKind(a.def, b.def) &&
      a.def!.unit === b.def!.unit &&
      a.def!.factor === b.def!.factor &&
      a.raw < b.raw;
    return same ? merge(a, b, a.raw, b.raw, b.def) : null;
  }
  return yearRange(s, a, b, sep, between) ?? valueRange(s, a, b, sep, between);
}

/**
 * من 13 تموز إلى 15 تموز: one date range; after بين, two dates joined by و are one too ("بين 14
 * يونيو/حزيران و15 يوليو"، "بين 31 آب/اغسطس و8 أيلول": 132 in ../shared/unlabeled, read as two
 * dates). Either end may be a range of its own, a part of a month (من منتصف يوليو إلى نهاية أغسطس،
 * من أبريل إلى نهاية يونيو، بين نهاية أغسطس ومطلع سبتمبر: 20 in ../shared/unlabeled); ends of
 * different precision are given in days, a month from its first day to its last.
 */
function dateRange(s: SentenceScan, a: Fig, b: Fig): Fig | null {
  if (!(a.kind === 'date' && b.kind === 'date' && a.fixed && b.fixed && !a.drop && !b.drop)) return null;
  if (typeof a.value !== 'string' || typeof b.value !== 'string') return null;
  // ونهاية، ومطلع: the و of a part of a month is in its word, before the figure's start.
  const first = s.tokens[b.t0];
  const glued = b.t0 === (a.consumedTo ?? a.t1) && first.kind === 'arabic' && first.norm[0] === 'و' && b.start > first.start;
  const sep = glued ? 'and' : separator(s, a, b);
  if (!(sep === 'to' || sep === 'dash' || (sep === 'and' && betweenBefore(s, a.t0)))) return null;
  const end = b.valueMax ?? b.value;
  if (typeof end !== 'string') return null;
  let from = a.value;
  let to = end;
  // A year written at one end only is the other's too (من 1 يناير 1997 إلى 31 ديسمبر، بين الأول من
  // يناير و15 يوليو 2015): the end without one had taken the publication's.
  const yearA = writesYear(s, a);
  if (yearA !== writesYear(s, b) && a.calendar === undefined && b.calendar === undefined && YEAR_FIRST.test(from) && YEAR_FIRST.test(to)) {
    if (yearA) to = withYearOf(to, from, 1);
    else from = withYearOf(from, to, -1);
  }
  if (from.length !== to.length) {
    if (!(ISO_DAY_OR_MONTH.test(from) && ISO_DAY_OR_MONTH.test(to))) return null;
    from = from.length === 7 ? `${from}-01` : from;
    to = to.length === 7 ? lastDayOf(to) : to;
  }
  // The range starts before it ends; a first end that is a range of its own ends before the second.
  if (!(from < to) || (typeof a.valueMax === 'string' && a.valueMax >= to)) return null;
  return { ...a, t1: b.t1, end: b.end, value: from, valueMax: to, consumedTo: b.consumedTo };
}

const ISO_DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;
const YEAR_FIRST = /^\d{4}-/;

/** Whether figure `f` has a year in digits among its tokens (مارس 2019، 15 يوليو 2015م). */
function writesYear(s: SentenceScan, f: Fig): boolean {
  for (let k = f.t0; k < f.t1; k++) if (s.tokens[k].kind === 'number' && s.tokens[k].norm.length === 4) return true;
  return false;
}

/** `date` in the year of `anchor`, or in the year after (dir 1) or before (dir -1) where it would fall on the wrong side of it. */
function withYearOf(date: string, anchor: string, dir: 1 | -1): string {
  const year = Number(anchor.slice(0, 4));
  const same = `${year}${date.slice(4)}`;
  const wrongSide = dir === 1 ? same.slice(0, 7) < anchor.slice(0, 7) : same.slice(0, 7) > anchor.slice(0, 7);
  return wrongSide ? `${year + dir}${date.slice(4)}` : same;
}

/** The last day of month "YYYY-MM" as "YYYY-MM-DD". */
function lastDayOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Years: 1996-1999، 2013/2014، 2015-16، بين 1864 و 1868، من 2010 إلى 2015. */
function yearRange(s: SentenceScan, a: Fig, b: Fig, sep: Sep, between: boolean): Fig | null {
  if (
    !(
      yearLike(a) &&
      !a.def &&
      (sep === 'dash' || sep === 'slash' || (sep === 'to' && (!b.def || b.def.yearMarker !== undefined)) || (sep === 'and' && between))
    )
  )
    return null;
  // "من 49 سفينة يوميا في 2013 إلى 97 سفينة": two digits that count something are no year.
  const y2 = !yearLike(b) && countedNounAfter(s, b) ? null : secondYear(a.raw, b);
  if (y2 === null || !(y2 > a.raw) || !(y2 - a.raw <= 100) || (b.def && !b.def.yearMarker)) return null;
  const m = merge(a, b, a.raw, y2, null);
  m.kind = 'year_range';
  return m;
}

/** Two amounts as a range (20-30، بين 20 و30، من 20 إلى 30); before إلى a change gives `a` the unit of `b` instead. */
function valueRange(s: SentenceScan, a: Fig, b: Fig, sep: Sep, between: boolean): Fig | null {
  const from = fromBefore(s, a.t0);
  let range = false;
  if (sep === 'dash' || (between && (sep === 'and' || sep === 'to'))) {
    range = !a.def || sameUnitKind(a.def, b.def);
  } else if (sep === 'to') {
    // "في عام 2012 إلى 5.7 مليار دولار": the year before إلى takes no unit.
    if (a.def && b.def) range = false;
    else if (yearLike(a) && hasYearCue(s, a)) range = false;
    else if (!a.def) {
      if (changeBefore(s, from ? a.t0 - 1 : a.t0)) {
        // A change: two figures, the first takes the second's unit.
        if (b.def) {
          a.def = b.def;
          a.raw = inheritScale(a, b);
        }
      } else range = true;
    }
  }
  if (!range || (sep === 'dash' && scorePair(s, a, b))) return null;
  const lo = a.def ? a.raw : inheritScale(a, b);
  if (lo < b.raw) return merge(a, b, lo, b.raw, b.def ?? a.def);
  if (sep === 'to' && b.def && !a.def) {
    a.def = b.def;
    a.raw = lo;
  }
  return null;
}

/** Bare whole numbers up to 20 on both sides of a dash, with a word of a match result in the eight words before or three after. */
function scorePair(s: SentenceScan, a: Fig, b: Fig): boolean {
  const small = (f: Fig): boolean => !f.def && Number.isInteger(f.raw) && f.raw >= 0 && f.raw <= 20;
  return small(a) && small(b) && scoreWordNear(s, a, b);
}

/** A word of a match result in the eight words before `a` or the three after `b`. */
function scoreWordNear(s: SentenceScan, a: Fig, b: Fig): boolean {
  const from = Math.max(s.from, a.t0 - 8);
  const to = Math.min(s.to, b.t1 + 3);
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (t.kind !== 'arabic') continue;
    const w = bareForm(t);
    if (SCORE_WORDS.some((p) => w.startsWith(p) || t.base.startsWith(p))) return true;
  }
  return false;
}

/** A bare whole number that may be one side of a score (0-200: a basketball score reaches 108-83). */
function scoreSide(f: Fig): boolean {
  return numeric(f) && !f.def && f.qualifier === null && f.num!.plainInt && f.raw >= 0 && f.raw <= 200;
}

/** Whether only brackets, commas and و stand between token `from` and the figure `b` (5-7، 7-6 (7-1) و6-4). */
function linkedPairs(s: SentenceScan, from: number, b: Fig): boolean {
  if (b.t0 - from > 3) return false;
  for (let k = from; k < b.t0; k++) {
    const t = s.tokens[k];
    if (!(isPunct(t, '()،,') || isAnd(t))) return false;
  }
  return true;
}

/**
 * A match result is no figure: a dash (or slash) pair of bare whole numbers near a word of a match
 * (scorePair), or descending with one (بوسطن في المباراة الأولى (108-83)), and the pairs linked to
 * such a pair by commas, brackets or و: the sets of a tennis match and their tie-breaks (فاز ...
 * بنتيجة 5-7، 7-6 (7-1)، 7-6 (7-3)، و6-4). In a sample of 1,200 unlabeled articles (seed 3531) 158
 * of the 651 figures of kind number were sides of dash pairs; this drops 143, all of them scores. Gold
 * marks a score optional at most (holdout4 h4-03: تعادله المثير 2-2). Not a pair before the noun it
 * counts (10-15 مباراة).
 */
function dropScores(s: SentenceScan, figs: Fig[]): void {
  // The pairs (index of their first side), whether a word cues each, and whether each is linked to the one before.
  const pairs: number[] = [];
  const score: boolean[] = [];
  const linked: boolean[] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    if (!scoreSide(a) || !scoreSide(b)) continue;
    const sep = separator(s, a, b);
    // A pair before a noun it counts is a range (10-15 مباراة); not when it descends or ties, which no
    // range does: a score before a verb or adverb read as its noun (فوزه على روما 4 - 1 ذهابا، بنتيجة
    // 2-1 سجلها، بالتعادل 2-2 سجل).
    if ((sep !== 'dash' && sep !== 'slash') || (a.raw < b.raw && countedNounAfter(s, b))) continue;
    const prev = pairs.length > 0 ? figs[pairs[pairs.length - 1] + 1] : undefined;
    linked.push(prev !== undefined && linkedPairs(s, prev.consumedTo ?? prev.t1, a));
    score.push(scorePair(s, a, b) || (a.raw > b.raw && scoreWordNear(s, a, b)));
    pairs.push(i);
    i++;
  }
  // A run of two or more linked pairs of numbers up to 20, one of them descending, is the sets of a
  // match even with no word of one near (وهزم السويسري، 36 عاما، الهولندي روبن هاسه، 6-4 و6-1 و6-1):
  // a range never descends.
  for (let k = 0; k < pairs.length; ) {
    let end = k + 1;
    while (end < pairs.length && linked[end]) end++;
    let small = end - k >= 2;
    let descending = false;
    for (let m = k; m < end && small; m++) {
      const a = figs[pairs[m]];
      const b = figs[pairs[m] + 1];
      small = a.raw <= 20 && b.raw <= 20;
      if (a.raw > b.raw) descending = true;
    }
    if (small && descending) for (let m = k; m < end; m++) score[m] = true;
    k = end;
  }
  for (let k = 1; k < pairs.length; k++) if (linked[k] && score[k - 1]) score[k] = true;
  for (let k = pairs.length - 2; k >= 0; k--) if (linked[k + 1] && score[k + 1]) score[k] = true;
  for (let k = 0; k < pairs.length; k++) {
    if (!score[k]) continue;
    const b = figs[pairs[k] + 1];
    figs[pairs[k]].drop = true;
    b.drop = true;
    // A third number after another dash is a formation by a word of a match (بطريقة 3 - 4 - 3).
    const c = figs[pairs[k] + 2];
    if (c && scoreSide(c) && separator(s, b, c) === 'dash') c.drop = true;
  }
}

/** A unit after a list: 30 و40 و50 ميغاواط; right to left so it reaches every member. */
function spreadListUnit(s: SentenceScan, out: Fig[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (!numeric(a) || !numeric(b) || a.def || !b.def || a.rawMax !== undefined || yearLike(a)) continue;
    const sep = separator(s, a, b);
    if (sep !== 'and' && sep !== 'comma' && sep !== 'or') continue;
    if (b.def.kind === 'year' || b.def.subunit) continue;
    a.raw = inheritScale(a, b);
    a.def = b.def;
  }
}

/**
 * "1.6 مليون برميل نفط مكافئ غاز و 0.8 مليون برميل باليوم": a rate written after the last of
 * amounts of the same thing joined by و applies to each (7 spans of ../shared/unlabeled, all
 * rates: "بين 400 ألف برميل و450 ألف برميل يوميًا" six times, read as one range already, and
 * this one). The first may name its commodity (غاز) before the و. Parts of one flow are of one
 * order of magnitude; "260 مليار برميل و10 ملايين برميل يوميا" is a reserve and a production.
 */
function spreadRate(s: SentenceScan, out: Fig[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (
      !numeric(a) ||
      !numeric(b) ||
      !a.def?.perDay ||
      !b.def?.perDay ||
      a.def.unit === null ||
      b.def.unit === null ||
      a.def.unit.includes('/')
    )
      continue;
    const slash = b.def.unit.lastIndexOf('/');
    if (slash < 0 || a.def.kind !== b.def.kind || measured(a.def.unit) !== measured(b.def.unit.slice(0, slash)) || !joinedByAnd(s, a, b))
      continue;
    const [lo, hi] = [Math.abs(a.raw * a.def.factor), Math.abs(b.raw * b.def.factor)].sort((x, y) => x - y);
    if (!(hi <= lo * 100)) continue;
    a.def = { ...a.def, unit: a.def.unit + b.def.unit.slice(slash) };
  }
}

/** 20 دولار و43 سنت = 20.43 USD. */
function joinSubunits(s: SentenceScan, out: Fig[]): Fig[] {
  const merged: Fig[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (
      b &&
      numeric(a) &&
      numeric(b) &&
      a.def?.kind === 'money' &&
      !a.def.subunit &&
      b.def?.subunit &&
      b.def.kind === 'money' &&
      (b.def.unit === a.def.unit || (b.def.family !== undefined && b.def.family === a.def.family)) &&
      a.rawMax === undefined
    ) {
      // Only the subunit right after its unit or after و, and only after whole units: "62.70 دولار
      // للبرميل، منخفضا سبعة سنتات" is a price and its change (141 such amounts of ../shared/unlabeled's
      // oil reports had been summed, 67.51 + 0.39 = 67.9), which separator() also answers null for.
      const sep = separator(s, a, b);
      const touching = sep === null && (a.consumedTo ?? a.t1) === b.t0;
      if (Number.isInteger(a.raw) && (sep === 'and' || touching)) {
        const sum = a.raw + b.raw * b.def.factor;
        merged.push({ ...a, t1: b.t1, end: b.end, raw: sum });
        i++;
        continue;
      }
    }
    merged.push(a);
  }
  return merged;
}

/** Carries a unit to a bare amount: the sentence's last currency to a large number, a percentage or capacity to the number compared with it. */
function carryUnits(s: SentenceScan, merged: Fig[]): void {
  // "وهولندا بـ 300 مليون" after "150 مليون يورو" in the same sentence: in euros; but not in a
  // sentence about a number of things ("ارتفع عدد الذين يعيشون على أقل من 169 دولاراً إلى 23 مليون").
  let lastMoney: UnitDef | null = null;
  // "ارتفع التضخم إلى 3.5% مقابل 2.9 في الشهر السابق": a bare number compared with the
  // percentage or capacity just before it is in its unit.
  let before: Fig | null = null;
  for (const f of merged) {
    if (f.def?.kind === 'money' && !f.def.subunit) lastMoney = f.def;
    else if (numeric(f) && !f.def && f.num && f.num.scale >= 1e6 && !yearLike(f) && !countedNounAfter(s, f) && !countBefore(s, f)) {
      if (lastMoney) f.def = lastMoney;
      // With no amount before it in the sentence, it may continue one of the sentence before (extract.ts).
      else if (f.rawMax === undefined) f.openMoney = true;
    }
    const measure =
      before?.def && (before.def.kind === 'percent' || before.def.kind === 'power' || before.def.kind === 'energy') ? before.def : null;
    if (measure && numeric(f) && !f.def && f.rawMax === undefined && !yearLike(f) && comparedAt(s, f.t0) && !countedNounAfter(s, f))
      f.def = measure;
    before = f;
  }
}
