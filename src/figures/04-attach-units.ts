// Step 4: the unit after (or, for $ € % ٪, before) a number, longest match in the unit trie:
// "153 مليون دولار أمريكي", "1000 ميغاواط", "135.9 مليون ميغاوات / ساعة", "32 ألف برميل يوميا",
// "200 كلم في الساعة", "27,987 م 2". The number's value is multiplied into the canonical unit.
import { foldString } from '../text/normalize/index.js';
import { BOE, BOE_AFTER_RATE, RATE_NOUNS, RATE_WORDS, UNITS_AFTER, UNITS_BEFORE, type UnitDef, type UnitNode } from './lexicon/units.js';
import { wordValues, words } from '../lexicon/word-lists.js';

import { DECADE_CONTEXT, YEAR_CUES, YEAR_NOUNS } from './lexicon/cues.js';
import { adjacent, bareForm, closesMark, dayOfWeekday, isPunct, keyOf, type Fig, type Num, type SentenceScan } from './scan.js';
import type { Token } from '../text/token.js';

const METER = foldString('م');
const FOOT = foldString('قدم');
const BELOW = [foldString('تحت'), foldString('الصفر')];

export interface UnitMatch {
  def: UnitDef;
  /** One past the last token of the unit phrase. */
  t1: number;
}

/** The longest unit phrase starting at token i. */
export function matchUnit(s: SentenceScan, i: number, root: UnitNode = UNITS_AFTER): UnitMatch | null {
  if (i >= s.to) return null;
  // Most words start no unit: one lookup (two for an accusative alef) before any allocation.
  const t0 = s.tokens[i];
  const k0 = keyOf(t0);
  if (!root.next.has(k0) && !(accusative(t0, k0) && root.next.has(k0.slice(0, -1)))) return null;
  let best: UnitMatch | null = null;
  let frontier: UnitNode[] = [root];
  for (let j = i; j < s.to && frontier.length > 0; j++) {
    if (s.blocked[j - s.from] && s.tokens[j].kind === 'number') break;
    const next: UnitNode[] = [];
    const t = s.tokens[j];
    const k = keyOf(t);
    // دولارا، مترا: the accusative alef is tried off as well.
    const k2 = accusative(t, k) ? k.slice(0, -1) : null;
    for (const node of frontier) {
      const child = node.next.get(k);
      if (child) next.push(child);
      if (k2 !== null) {
        const c2 = node.next.get(k2);
        if (c2) next.push(c2);
      }
    }
    for (const n of next) if (n.def) best = { def: n.def, t1: j + 1 };
    frontier = next;
  }
  return best;
}

/**
 * Whether word `k` may be a unit with the accusative alef (دولارا، مترا، طنا). Not a function word:
 * "سنة 2004 كما تحمل" is "as", not كم + ا (km); "20 مما" is "of what" (113 times after a digit in
 * ../shared/unlabeled, where 2004 كما had been read as 2004 km).
 */
function accusative(t: { kind: string; stop: boolean }, k: string): boolean {
  return t.kind === 'arabic' && !t.stop && k.length > 2 && k.endsWith('ا');
}

interface Rate {
  /** One past the rate words. */
  end: number;
  period: 'day' | 'month' | 'year';
}

/** The rate words (يوميا، في العام) starting at token i, if any. */
function rateWords(s: SentenceScan, i: number): Rate | null {
  for (const { words, period } of RATE_WORDS) {
    if (i + words.length > s.to) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (s.tokens[i + k].norm !== words[k]) ok = false;
    if (!ok) continue;
    // في العام الماضي، في اليوم التالي، في العام 2015، في اليوم الأول، في العام الذي: a time, not a
    // rate. After a unit and في اليوم/العام/السنة/الشهر, ../shared/unlabeled has a word with the
    // article 397 times; only الواحد (30) keeps the rate (في اليوم الواحد).
    const after = s.tokens[i + words.length];
    if (
      words.length > 1 &&
      after &&
      i + words.length < s.to &&
      (after.kind === 'number' ||
        TIME_AFTER.has(after.norm) ||
        (after.kind === 'arabic' && after.norm.startsWith('ال') && !ONE.has(after.norm)))
    )
      continue;
    const one = words.length > 1 && after !== undefined && i + words.length < s.to && ONE.has(after.norm);
    return { end: i + words.length + (one ? 1 : 0), period };
  }
  return null;
}

const ONE = new Set(['الواحد', 'الواحدة'].map((w) => foldString(w)));
const TIME_AFTER: ReadonlySet<string> = words('time_after_rate');

const OF = foldString('من');
/** What the commodity between a unit and its rate may span: من and up to three words after it. */
const COMMODITY_WORDS = 3;

/**
 * The rate words after a unit at token i (يوميا، في اليوم، سنوياً): right after the unit, or past
 * the commodity named between them ("2.5 مليار قدم مكعبة من الغاز يومياً"، "قدم مكعب من الغاز
 * الإسرائيلي يوميا", where the unit phrase already holds من الغاز).
 */
function rateAt(s: SentenceScan, i: number): Rate | null {
  if (i >= s.to) return null;
  const direct = rateWords(s, i);
  if (direct) return direct;
  const from = s.tokens[i].norm === OF ? i + 1 : i;
  for (let k = from; k < Math.min(s.to, from + COMMODITY_WORDS); k++) {
    if (s.tokens[k].kind !== 'arabic') return null;
    const r = rateWords(s, k + 1);
    if (r) return r;
  }
  return null;
}

/** The adjective of a rate on the noun the amount measures: إنتاجها اليومي، طاقتها السنوية، شحنات يومية. */
const RATE_ADJECTIVES: ReadonlyMap<string, Rate['period']> = wordValues('rate_adjective') as ReadonlyMap<string, Rate['period']>;
/** Rate adverbs of one word, which may also stand before the amount (تستهلك يوميا حوالي 1.6 مليون برميل). */
const RATE_ADVERBS: ReadonlyMap<string, Rate['period']> = new Map(
  RATE_WORDS.filter((r) => r.words.length === 1 && !RATE_ADJECTIVES.has(r.words[0])).map(
    (r) => [r.words[0], r.period] as [string, Rate['period']],
  ),
);
/** على أساس سنوي is "year on year", no rate: "انخفض 1.9 بالمئة على أساس سنوي إلى 30.37 مليون طن". */
const BASIS = foldString('أساس');
const CLAUSE_END = '.،,؛;:()!?؟';

/**
 * The rate stated before an amount with no rate after it: the adverb just before the number, past
 * at most two words of approximation ("تستهلك يوميا حوالي 1.6 مليون برميل", "يخرج يوميا 150 طنا":
 * 7 spans of ../shared/unlabeled, all rates), or the adjective on the noun it measures, up to five
 * words back ("يبلغ حجم إنتاجها اليومي نحو 180 ألف برميل", "طاقتها السنوية من الصلب نحو 30 مليون
 * طن", "شحنات يومية قدرها 6.935 مليون برميل": 21 spans with the article, all rates). Not past a number
 * or the end of a clause, and not a rate word that closes an earlier figure (before `free`).
 */
function rateBefore(s: SentenceScan, t0: number, free: number): Rate['period'] | null {
  // Only words of approximation may stand between the adverb and the number: in "ستنمو بمعدل 4 في
  // المائة سنويا لتصل إلى 214 مليون طن" سنويا is the percentage's, and in "ينمو استهلاك الصين سنوياً
  // بحوالي 350 الف برميل" it times the growth (بحوالي), not the barrels.
  let approxOnly = true;
  for (let k = t0 - 1; k >= Math.max(s.from, free, t0 - 5); k--) {
    const t = s.tokens[k];
    if (t.kind === 'number' || isPunct(t, CLAUSE_END)) return null;
    if (t.kind !== 'arabic') {
      approxOnly = false;
      continue;
    }
    const adverb = approxOnly && t0 - k <= 3 ? RATE_ADVERBS.get(t.norm) : undefined;
    if (adverb) return adverb;
    const adjective = RATE_ADJECTIVES.get(t.norm);
    if (adjective && !(k - 1 >= s.from && bareForm(s.tokens[k - 1]) === BASIS)) return adjective;
    if (!APPROX_WORDS.has(t.norm)) approxOnly = false;
  }
  return null;
}
const APPROX_WORDS: ReadonlySet<string> = words('approx_before_rate');

/** Words of an airport's or a station's capacity: الطاقة الاستيعابية، قدرته الاستيعابية، تستوعب، بطاقة. */
function capacityWord(t: Token): boolean {
  if (t.kind !== 'arabic') return false;
  const w = t.norm;
  if (w.includes(foldString('استيعاب')) || w.includes(foldString('ستوعب'))) return true;
  return CAPACITY_NOUNS.has(bareForm(t)) || /^(ب|و|ل)?(طاقت|قدرت|سعت)(ه|ها|هم)$/.test(w);
}
// Not قدرة without the article: folded it is قدره, "its amount" (بإجمالي قدره 1 مليون مسافر).
const CAPACITY_NOUNS: ReadonlySet<string> = words('capacity_noun');

/**
 * Passengers as the capacity of an airport or a line are passengers a year when no rate is
 * written: "رفع طاقة المطار الاستيعابية إلى 43 مليون مسافر" beside "إلى 30 مليون مسافر سنوياً".
 * In ../shared/unlabeled 23 capacities of at least a thousand passengers: 15 say سنويا, none
 * يوميا, 8 nothing. Smaller numbers are a vehicle's seats ("قادرة على استيعاب نحو 120 راكبا"),
 * so only from 100,000 on. The capacity word is looked for in the clause, up to ten words back.
 */
function yearlyCapacity(s: SentenceScan, def: UnitDef, num: Num): boolean {
  if (def.unit !== 'passenger' || num.value * def.factor < 1e5) return false;
  for (let k = num.t0 - 1; k >= Math.max(s.from, num.t0 - 10); k--) {
    const t = s.tokens[k];
    if (isPunct(t, '.،,؛;!?؟')) return false;
    if (capacityWord(t)) return true;
  }
  return false;
}

/**
 * A counted noun (RATE_NOUNS) with a rate is a quantity of that thing per day, month or year: "97
 * سفينة قياسية في اليوم", "49 سفينة يوميًّا", "22 حالة وفاة يوميا" (one word may describe the noun
 * before the rate), or with the rate before it as for units (rateBefore). Without one it is a count.
 */
function countedRate(s: SentenceScan, num: Num, free: number): UnitMatch | null {
  const i = num.t1;
  if (i >= s.to || num.ordinal) return null;
  const t = s.tokens[i];
  if (t.kind !== 'arabic') return null;
  const k = keyOf(t);
  const thing = RATE_NOUNS.get(k) ?? (accusative(t, k) ? RATE_NOUNS.get(k.slice(0, -1)) : undefined);
  if (!thing) return null;
  let rate = rateWords(s, i + 1);
  if (!rate && i + 2 < s.to && s.tokens[i + 1].kind === 'arabic' && !s.tokens[i + 1].stop) rate = rateWords(s, i + 2);
  if (rate) return { def: { kind: 'quantity', unit: `${thing}/${rate.period}`, factor: 1 }, t1: rate.end };
  const before = rateBefore(s, num.t0, free);
  return before ? { def: { kind: 'quantity', unit: `${thing}/${before}`, factor: 1 }, t1: i + 1 } : null;
}

// عقد / عقود are decades and contracts (and عقد "held"): "منذ ثلاثة عقود" is 30 years, "وقعت
// الشركة 3 عقود" three contracts, "في 2014 عقد المؤتمر" a year. Decades only with a time word before
// the number (a few words back: منذ أكثر من ثلاثة عقود) or after the noun; the dual عقدين the same way.
const DECADES = new Set(['عقد', 'عقود', 'عقدا'].map((w) => foldString(w)));
const DECADE_AFTER: ReadonlySet<string> = words('decade_after');

const TIME_NOUN = foldString('الزمن');
/** Words before the plural عقود only that make it decades (لأكثر من أربعة عقود). */
const DECADES_PLURAL_CONTEXT: ReadonlySet<string> = words('decade_plural_context');
const DECADES_PLURAL = foldString('عقود');

/** Whether the عقد/عقود/عقدين at tokens [t0, t1) are decades: a time word around them. */
export function decadesMeant(s: SentenceScan, t0: number, t1: number): boolean {
  const next = t1 < s.to ? s.tokens[t1] : undefined;
  // عقود متتالية، عقدين من الزمن
  if (next && (DECADE_CONTEXT.has(next.norm) || DECADE_AFTER.has(next.norm) || (next.norm === OF && s.tokens[t1 + 1]?.norm === TIME_NOUN)))
    return true;
  const plural = t1 - 1 >= s.from && s.tokens[t1 - 1].norm === DECADES_PLURAL;
  for (let k = t0 - 1; k >= Math.max(s.from, t0 - 3); k--) {
    const t = s.tokens[k];
    if (t.kind !== 'arabic') return false;
    if (DECADE_CONTEXT.has(t.norm) || DECADE_CONTEXT.has(t.base)) return true;
    if (plural && (DECADES_PLURAL_CONTEXT.has(t.norm) || DECADES_PLURAL_CONTEXT.has(t.base))) return true;
  }
  return false;
}

const MAGNITUDE_BEFORE: ReadonlySet<string> = words('magnitude_before');
/** حصان/حصانا (horsepower or horses) and the words of an engine's power that make it horsepower. */
const HORSE: ReadonlySet<string> = new Set([foldString('حصان'), foldString('حصانا')]);
const HORSEPOWER_CUES: ReadonlySet<string> = words('horsepower_cue');

/** Whether a word of power stands in the six words before token t0 of the sentence. */
function horsepowerCue(s: SentenceScan, t0: number): boolean {
  for (let k = t0 - 1; k >= Math.max(s.from, t0 - 6); k--) {
    const t = s.tokens[k];
    if (t.kind === 'arabic' && (HORSEPOWER_CUES.has(t.norm) || HORSEPOWER_CUES.has(bareForm(t)))) return true;
  }
  return false;
}

/** The unit of index and league-table points (ارتفع المؤشر 35 نقطة، برصيد 71 نقطة). */
const POINT = 'point';
const POINT_NOT_AFTER: ReadonlySet<string> = words('unit_point_not_after');
const RICHTER = foldString('ريختر');

/** Whether the degrees at [t0, t1) measure an earthquake: بقوة/شدته before, مقياس ريختر after. */
function magnitude(s: SentenceScan, t0: number, t1: number): boolean {
  for (let k = t0 - 1; k >= Math.max(s.from, t0 - 2); k--) if (MAGNITUDE_BEFORE.has(s.tokens[k].norm)) return true;
  for (let k = t1; k < Math.min(s.to, t1 + 3); k++) if (s.tokens[k].norm === RICHTER || s.tokens[k].base === RICHTER) return true;
  return false;
}

/**
 * Turns a number into a figure, with the unit that follows or precedes it. Tokens before `free`
 * belong to figures read already: a sign there is not this number's ("حصة 20% 50 مليون سهم": the %
 * is 20's, and 50 مليون is no percentage).
 */
export function attachUnit(s: SentenceScan, num: Num, free = s.from): Fig {
  const fig: Fig = {
    t0: num.t0,
    t1: num.t1,
    start: num.start,
    end: num.end,
    kind: null,
    value: num.value,
    valueMax: null,
    unit: null,
    def: null,
    num,
    raw: num.value,
    qualifier: null,
    weak: num.weak,
  };
  if (num.ordinal) {
    fig.kind = 'ordinal';
    return fig;
  }
  const match = unitAfter(s, num, fig);
  if (match) return applyUnit(s, num, fig, match, free);
  const counted = countedRate(s, num, free);
  if (counted) {
    fig.def = counted.def;
    fig.t1 = counted.t1;
    fig.end = s.tokens[counted.t1 - 1].end;
    return fig;
  }
  if (unitBefore(s, num, fig, free)) return fig;
  // 2 تحت الصفر with no unit: a temperature.
  if (belowZero(s, num.t1)) {
    fig.def = { kind: 'temperature', unit: '°C', factor: 1 };
    fig.raw = -Math.abs(fig.raw);
    fig.t1 = num.t1 + 2;
    fig.end = s.tokens[num.t1 + 1].end;
  }
  return fig;
}

/** Whether تحت الصفر (below zero) is at token t. */
function belowZero(s: SentenceScan, t: number): boolean {
  return t + 1 < s.to && s.tokens[t].norm === BELOW[0] && s.tokens[t + 1].norm === BELOW[1];
}

/**
 * The unit after the number: written against it, after it, after its closing bracket, in
 * brackets, or as من الدولارات; null where what follows is no unit of this number (decades
 * not meant, the next number's sign, a magnitude). A number in brackets takes them in (`fig`).
 */
function unitAfter(s: SentenceScan, num: Num, fig: Fig): UnitMatch | null {
  const { tokens } = s;
  let match: UnitMatch | null = num.suffixUnit ? { def: num.suffixUnit, t1: num.t1 } : null;
  if (!match && num.t1 < s.to) match = matchUnit(s, num.t1);
  // "(40) كيلوغرام", "(1000) ميغاواط", "(159.669.362) ريالاً": a number in brackets before its unit,
  // as Saudi official releases write amounts (see bracketedScale in step 2); the figure takes the
  // brackets in, and so «10.5» كلم its quotation marks (closesMark). Not a year mark or a bare م (a
  // metre or "AD"): (2014) م stays the year it is.
  if (!match && num.t0 > s.from && num.t1 + 1 < s.to && closesMark(tokens[num.t0 - 1], tokens[num.t1]) && num.words === 0) {
    const after = matchUnit(s, num.t1 + 1);
    if (after && !after.def.yearMarker && after.def.kind !== 'year' && !(after.t1 === num.t1 + 2 && tokens[num.t1 + 1].norm === METER)) {
      fig.t0 = num.t0 - 1;
      fig.start = tokens[num.t0 - 1].start;
      match = after;
    }
  }
  // "680 مليون (دولار)": the unit in brackets.
  if (!match && num.t1 + 2 < s.to && tokens[num.t1].text === '(') {
    const inner = matchUnit(s, num.t1 + 1);
    if (inner && inner.def.kind === 'money' && inner.t1 < s.to && tokens[inner.t1].text === ')')
      match = { def: inner.def, t1: inner.t1 + 1 };
  }
  // "3 مليارات من الدولارات": a scaled amount of a currency named in the definite plural.
  if (!match && num.scale >= 1e3 && num.t1 + 1 < s.to && tokens[num.t1].norm === OF) {
    const cur = tokens[num.t1 + 1];
    const def = cur.kind === 'arabic' && cur.norm.startsWith('ال') ? UNITS_AFTER.next.get(cur.norm.slice(2))?.def : undefined;
    if (def && def.kind === 'money' && !def.subunit) match = { def, t1: num.t1 + 2 };
  }
  if (match && num.t1 < s.to && DECADES.has(tokens[num.t1].norm) && !decadesMeant(s, num.t0, match.t1)) match = null;
  // "عام 2015 ٪٣٠": a sign apart from the number before and written against the digits after it
  // is the next number's (٪٣٠), as a unit token serves one figure only.
  if (
    match &&
    !num.suffixUnit &&
    match.t1 === num.t1 + 1 &&
    match.t1 < s.to &&
    UNITS_BEFORE.next.get(keyOf(tokens[num.t1]))?.def &&
    !adjacent(tokens[num.t1 - 1], tokens[num.t1]) &&
    adjacent(tokens[num.t1], tokens[match.t1]) &&
    tokens[match.t1].kind === 'number'
  ) {
    match = null;
  }
  // زلزال بقوة 5.8 درجة، 4.3 درجات على مقياس ريختر: a magnitude, not a temperature.
  if (match && match.def.kind === 'temperature' && magnitude(s, num.t0, match.t1)) match = null;
  // وفي عام 1981 قدم الميهي: قدم alone after a year (from 1900, or after a year word) is the verb
  // (presented), not feet (31 ألف قدم، نحو 1100 قدم).
  if (
    match &&
    match.t1 === num.t1 + 1 &&
    tokens[num.t1].norm === FOOT &&
    num.plainInt &&
    num.scale === 1 &&
    num.value <= 2100 &&
    (num.value >= 1900 || (num.value >= 1000 && num.t0 > s.from && YEAR_CUES.has(bareForm(tokens[num.t0 - 1]))))
  )
    match = null;
  // قدرة 320 حصانا: horsepower only with a word of power before it; و250 حصاناً counts horses.
  if (match && match.t1 === num.t1 + 1 && HORSE.has(tokens[num.t1].norm) && !horsepowerCue(s, num.t0)) match = null;
  // 5 نقاط تفتيش، 4 نقاط بيع: places or items, not points of an index or a league table.
  if (
    match &&
    match.def.unit === POINT &&
    match.t1 < s.to &&
    (POINT_NOT_AFTER.has(tokens[match.t1].norm) || POINT_NOT_AFTER.has(bareForm(tokens[match.t1])))
  )
    match = null;
  // "تغلب عليه 4 - 2 يوم السبت"، "سيكمل عامه 20 يوم الأحد": يوم before a weekday names the day, no unit of
  // the number before it (257 such numbers in 161 articles of ../shared/unlabeled, 199 of them a score's
  // second side, read as a duration of days that kept the score from being dropped).
  if (match && match.t1 === num.t1 + 1 && dayOfWeekday(s, num.t1)) match = null;
  return match;
}

/** The figure with the unit found after it: a year mark checked, a rate's period added, below zero read. */
function applyUnit(s: SentenceScan, num: Num, fig: Fig, match: UnitMatch, free: number): Fig {
  const { tokens } = s;
  let { def, t1 } = match;
  const oneWord = t1 === num.t1 + 1;
  // م after a year is "AD" (2015م), after anything else a metre; after عام or سنة a year of any
  // century from the second (ووصل إلى قرطبة عام 822م، سقوط الإمبراطورية الساسانية عام 642م: 22 such spans of
  // ../shared/unlabeled, read as lengths in metres; 4 of sample3k).
  const afterYearNoun = num.t0 > s.from && tokens[num.t0 - 1].kind === 'arabic' && YEAR_NOUNS.has(tokens[num.t0 - 1].norm);
  if (oneWord && tokens[num.t1].norm === METER && num.plainInt && num.value >= (afterYearNoun ? 100 : 1000) && num.value <= 2100) {
    def = { kind: 'year', unit: null, factor: 1, yearMarker: 'AD' };
  }
  if (def.yearMarker) {
    // ميلادي، للميلاد written out mark a year of any century from the second (عام 394 ميلاديا، في العام
    // 936 للميلاد، 323-337 ميلاديا: 38 of the 79 such marks of ../shared/unlabeled, read as counts); م
    // alone only after a year of four digits (5 م is five metres), and no century (ق 19 ميلادي).
    const spelled = afterYearNoun || (def.yearMarker === 'AD' && tokens[num.t1].norm !== METER && !tokens[num.t1].norm.startsWith('م.'));
    const ok =
      num.plainInt &&
      (def.yearMarker === 'AD' ? num.value >= (spelled ? 100 : 1000) && num.value <= 2100 : num.value >= 1 && num.value <= 1600);
    if (!ok) return fig;
  }
  if (def.perDay) ({ def, t1 } = withPeriod(s, num, fig, def, t1, free));
  fig.def = def;
  fig.t1 = t1;
  fig.end = tokens[t1 - 1].end;
  // 2 تحت الصفر، درجتين تحت الصفر: below zero.
  if (def.kind === 'temperature' && belowZero(s, t1)) {
    fig.raw = -Math.abs(fig.raw);
    fig.t1 = t1 + 2;
    fig.end = tokens[t1 + 1].end;
  }
  return fig;
}

/**
 * A unit that may be a rate, with its period: written after it (سنويا، يوميا), before the
 * number, or implied by a yearly capacity. A rate keeps the measure's kind (FORMAT.md: 400 ألف
 * طن سنويا = mass 400000 t/year, 60 ألف متر مكعب يومياً = volume 60000 m3/day); a counted thing
 * stays a quantity (barrel/day).
 */
function withPeriod(s: SentenceScan, num: Num, fig: Fig, def: UnitDef, t1: number, free: number): { def: UnitDef; t1: number } {
  const rate = rateAt(s, t1);
  if (rate) {
    let unit = def.unit;
    t1 = rate.end;
    // "2.5 مليون برميل باليوم من النفط المكافئ": barrels of oil equivalent named after the rate.
    const boe =
      unit === 'barrel' ? BOE_AFTER_RATE.find((words) => words.every((w, k) => t1 + k < s.to && s.tokens[t1 + k].norm === w)) : undefined;
    if (boe) {
      unit = BOE;
      t1 += boe.length;
    }
    return { def: { ...def, unit: `${unit}/${rate.period}` }, t1 };
  }
  const period = rateBefore(s, fig.t0, free) ?? (yearlyCapacity(s, def, num) ? 'year' : null);
  return { def: period ? { ...def, unit: `${def.unit}/${period}` } : def, t1 };
}

/** $20، € 5، ٪٣٠: a unit written just before the number; true when found (and `fig` takes it). */
function unitBefore(s: SentenceScan, num: Num, fig: Fig, free: number): boolean {
  const { tokens } = s;
  const p = num.t0 - 1;
  if (p < Math.max(s.from, free) || s.blocked[p - s.from]) return false;
  const before = UNITS_BEFORE.next.get(keyOf(tokens[p]));
  if (!(before?.def && (adjacent(tokens[p], tokens[num.t0]) || tokens[num.t0].start - tokens[p].end === 1))) return false;
  fig.def = before.def;
  fig.t0 = p;
  fig.start = tokens[p].start;
  return true;
}

/** The figure's value in its canonical unit (°F converted, factors applied). */
export function canonicalValue(raw: number, def: UnitDef | null): number {
  if (!def) return Number.isInteger(raw) ? raw : roundClean(raw);
  if (def.fahrenheit) return ((raw - 32) * 5) / 9;
  const v = def.factor === 1 ? raw : raw * def.factor;
  return Number.isInteger(v) ? v : roundClean(v);
}

/** Rounds away binary noise (2.4 * 1e9 = 2400000000.0000005) without losing real digits. */
export function roundClean(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Only numbers of at most ten significant digits are cleaned: 2/3 stays 0.6666666666666666.
  const r = Number(x.toPrecision(10));
  return Math.abs(r - x) <= Math.abs(x) * 1e-12 ? r : x;
}
