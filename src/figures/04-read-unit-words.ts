// Step 4, with 04-attach-units.ts: unit words that hold their own number, read as figures where
// a number would start — a dual (عامين = 2 years), ضعف / الضعف / النصف (a multiplier), a unit
// alone in phrase mode (شهر = 1 month), a unit and a fraction (ساعة ونصف = 1.5 hours) — and
// the fraction that follows a counted unit (ثلاث ساعات ونصف = 3.5 hours).
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { decadesMeant, matchUnit } from './04-attach-units.js';
import { DUAL_UNITS, SINGLE_UNITS, type UnitDef } from './lexicon/units.js';
import { cueSet, isDash, type Fig, type SentenceScan } from './scan.js';
import { expandWithClitics, sourceOffset } from './word-forms.js';
import { words } from '../lexicon/word-lists.js';

const DUALS = expandWithClitics(DUAL_UNITS, { article: true });
const BELOW = [foldString('تحت'), foldString('الصفر')];
const DOUBLE = new Set([foldString('ضعف'), foldString('ضعفا')]);
const DOUBLE_CUES: ReadonlySet<string> = cueSet(words('unit_word_double_cues'));
const THE_DOUBLE = foldString('الضعف');
const THE_HALF = foldString('النصف');
const TO_THE_HALF = foldString('للنصف');
const FINAL = foldString('نهائي');
const DOUBLED_CUES: ReadonlySet<string> = cueSet(words('unit_word_doubled_cues'));
const FROM_WORD = foldString('من');
const COMPARATIVES: ReadonlySet<string> = words('unit_word_comparatives');
const ARTICLE = foldString('ال');

/** Time units that alone say one of themselves after a word of length (لمدة عام، أكثر من أسبوع). */
// Not ثانية, the ordinal "second" as often (لفترة ثانية).
const LONE_TIME_UNITS: ReadonlyMap<string, UnitDef> = new Map(
  [...SINGLE_UNITS].filter(([, def]) => def.kind === 'duration' && def.unit !== 'second'),
);
/** The word right before such a unit: لمدة، مدة، نحو، حوالي، قرابة. */
const LONE_UNIT_CUES: ReadonlySet<string> = cueSet(words('unit_word_lone_cues'));
/** The bound before من/عن/على and such a unit: أكثر من عام، ما يزيد عن عام، أقل من شهر. */
const LONE_UNIT_BOUNDS: ReadonlySet<string> = cueSet(words('unit_word_lone_bounds'));
const BOUND_PREPOSITIONS: ReadonlySet<string> = new Set(['من', 'عن', 'على'].map((w) => foldString(w)));
/** Adjectives after such a unit that leave it one (لمدة عام كامل، لمدة شهر آخر). */
const LONE_UNIT_AFTER: ReadonlySet<string> = words('unit_word_lone_after');

/** The words at which these readers may start a figure (for the reader's trigger set). */
export function unitWordTriggers(): string[] {
  return [...DUALS.keys(), ...DOUBLE, THE_DOUBLE, THE_HALF, TO_THE_HALF, ...LONE_TIME_UNITS.keys()];
}

/**
 * A time unit alone after a word of length or a bound is one of itself: "إيقافه لمدة عام" = 1 year,
 * "ما يزيد عن عام" = at least 1 year, "نحو أسبوع" = about 1 week (holdout11 writes them so). Only
 * before the sentence's end, punctuation, a function word or an adjective of its own (لمدة عام كامل),
 * not before a name or a number (لمدة شهر رمضان، نحو عام 2020، خلال عام واحد). Not after منذ، قبل، بعد،
 * خلال (gold-dev marks منذ أسبوع optional). ../shared/unlabeled: about 1,500 such units after لمدة, a
 * bound or نحو/حوالي (لمدة عام 276, أكثر من عام 220, لمدة شهر 150).
 */
export function readLoneUnit(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  const def = LONE_TIME_UNITS.get(t.norm);
  if (!def || i - 1 < s.from) return null;
  const prev = s.tokens[i - 1];
  if (prev.kind !== 'arabic') return null;
  const cued =
    LONE_UNIT_CUES.has(prev.norm) ||
    (i - 2 >= s.from &&
      BOUND_PREPOSITIONS.has(prev.norm) &&
      s.tokens[i - 2].kind === 'arabic' &&
      LONE_UNIT_BOUNDS.has(s.tokens[i - 2].norm));
  if (!cued) return null;
  const next = i + 1 < s.to ? s.tokens[i + 1] : undefined;
  if (next && !(next.kind === 'punct' || (next.kind === 'arabic' && (next.stop || LONE_UNIT_AFTER.has(next.norm))))) return null;
  return oneWordFig(t, i, def, null, 1);
}

/** Two of a time unit in one word (عامين، العقدين الماضيين، مرتين), with what makes it one. */
export function readDual(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  const hit = DUALS.get(t.norm);
  if (!hit) return null;
  const next = s.tokens[i + 1];
  // العامين 2015 و 2016: the word introduces years.
  if (next && i + 1 < s.to && next.kind === 'number') return null;
  const def = hit.entry;
  // عقدين: two contracts, more often than two decades.
  if (def.factor === 10 && !s.phrase && !decadesMeant(s, i, i + 1)) return null;
  let t1 = i + 1;
  let raw = 2;
  if (def.kind === 'temperature') {
    if (next && s.tokens[i + 2] && next.norm === BELOW[0] && s.tokens[i + 2].norm === BELOW[1]) {
      raw = -2;
      t1 = i + 3;
    } else if (!s.phrase) return null;
  }
  return {
    t0: i,
    t1,
    start: sourceOffset(t, hit.pre),
    end: s.tokens[t1 - 1].end,
    kind: null,
    value: raw,
    valueMax: null,
    unit: null,
    def,
    num: null,
    raw,
    qualifier: null,
    weak: false,
  };
}

/** ضعف alone as "twice": "ارتفعت 1.5 درجة – ضعف المتوسط العالمي", "أي ضعف ما كان". */
export function readDouble(s: SentenceScan, i: number): Fig | null {
  const t = s.tokens[i];
  if (t.kind !== 'arabic') return null;
  const prev = i > s.from ? s.tokens[i - 1] : undefined;
  if (t.norm === THE_DOUBLE) return doubledTo(s, i, prev) ? doubleFig(t, i) : null;
  if (t.norm === THE_HALF || t.norm === TO_THE_HALF) return halvedTo(s, i, prev) ? doubleFig(t, i, 0.5) : null;
  if (!DOUBLE.has(t.norm)) return null;
  const next = s.tokens[i + 1];
  const alone = s.phrase && s.to - s.from === 1;
  const supported = prev !== undefined && (isDash(prev) || DOUBLE_CUES.has(prev.norm));
  const followed =
    next !== undefined &&
    i + 1 < s.to &&
    next.kind === 'arabic' &&
    (next.norm.startsWith(ARTICLE) || next.norm === foldString('ما') || next.norm === foldString('عدد'));
  if (!alone && !(supported && followed)) return null;
  return doubleFig(t, i);
}

function doubleFig(t: Token, i: number, value = 2): Fig {
  return oneWordFig(t, i, { kind: 'multiplier', unit: null, factor: 1 }, 'multiplier', value);
}

/** The figure one word makes by itself: a lone time unit (1 of it), ضعف (2), النصف (0.5). */
function oneWordFig(t: Token, i: number, def: UnitDef, kind: Fig['kind'], value: number): Fig {
  return {
    t0: i,
    t1: i + 1,
    start: t.start,
    end: t.end,
    kind,
    value,
    valueMax: null,
    unit: null,
    def,
    num: null,
    raw: value,
    qualifier: null,
    weak: false,
  };
}

/**
 * "خفض التكلفة إلى النصف تقريبا", "تقليص فترة إيقافه إلى النصف", "تقليصها للنصف": halved, a
 * multiplier of 0.5, as إلى الضعف is 2. 78 spans of ../shared/unlabeled with إلى/بمقدار/بنحو before
 * النصف and a word after: all halvings but النصف الأول/الثاني (8, a half of the year) and النصف
 * نهائي (2, a semi-final).
 */
function halvedTo(s: SentenceScan, i: number, prev: Token | undefined): boolean {
  const t = s.tokens[i];
  if (t.norm === THE_HALF && !(prev && prev.kind === 'arabic' && DOUBLED_CUES.has(prev.norm))) return false;
  const next = i + 1 < s.to ? s.tokens[i + 1] : undefined;
  // قرابة النصف ساعة: half of a unit, not a halving.
  return !(next && next.kind === 'arabic' && (next.norm.startsWith(ARTICLE) || next.norm === FINAL || matchUnit(s, i + 1) !== null));
}

/**
 * الضعف is "the double" after a word of amount (ارتفع إلى الضعف، بمقدار الضعف، أكثر من الضعف) and
 * "weakness" elsewhere (نقاط الضعف، يعاني من الضعف).
 */
function doubledTo(s: SentenceScan, i: number, prev: Token | undefined): boolean {
  if (!prev || prev.kind !== 'arabic') return false;
  if (DOUBLED_CUES.has(prev.norm)) return true;
  const before = i - 2 >= s.from ? s.tokens[i - 2] : undefined;
  return prev.norm === FROM_WORD && before !== undefined && (COMPARATIVES.has(before.norm) || COMPARATIVES.has(before.base));
}

/** A unit noun alone as a whole phrase: شهر = 1 month (Duckling); only in phrase mode. */
export function readSingleUnit(s: SentenceScan, i: number): Fig | null {
  if (!s.phrase || s.to - s.from !== 1) return null;
  const t = s.tokens[i];
  const def = SINGLE_UNITS.get(t.norm);
  if (!def) return null;
  return oneWordFig(t, i, def, null, 1);
}

const AND_FRACTIONS = new Map(
  [
    ['نصف', 0.5],
    ['ربع', 0.25],
    ['ثلث', 1 / 3],
  ].map(([w, v]) => [foldString(w as string), v as number]),
);

/** A unit and a half: "ساعة ونصف" = 1.5 hours, "لتر وربع" = 1.25 litres. */
export function readUnitAndFraction(s: SentenceScan, i: number): Fig | null {
  const m = matchUnit(s, i);
  if (!m || m.def.kind === 'percent' || m.def.kind === 'year' || m.def.kind === 'multiplier' || m.def.kind === 'temperature') return null;
  const and = andFractionAt(s, m.t1);
  if (!and) return null;
  const raw = 1 + and.frac;
  return {
    t0: i,
    t1: and.last + 1,
    start: s.tokens[i].start,
    end: s.tokens[and.last].end,
    kind: null,
    value: raw,
    valueMax: null,
    unit: null,
    def: m.def,
    num: null,
    raw,
    qualifier: null,
    weak: false,
  };
}

/** "ونصف", "و ربع" at token k: the fraction and the index of its last token, or null. */
function andFractionAt(s: SentenceScan, k: number): { frac: number; last: number } | null {
  if (k >= s.to) return null;
  const t = s.tokens[k];
  if (t.norm === 'و') {
    const frac = k + 1 < s.to ? AND_FRACTIONS.get(s.tokens[k + 1].norm) : undefined;
    return frac === undefined ? null : { frac, last: k + 1 };
  }
  const frac = t.norm[0] === 'و' ? AND_FRACTIONS.get(t.norm.slice(1)) : undefined;
  return frac === undefined ? null : { frac, last: k };
}

/** Kinds of unit that take a half or a quarter after them (ثلاث ساعات ونصف، 5 كيلومترات ونصف). */
const HALVED_KINDS = new Set(['duration', 'length', 'mass', 'volume', 'area']);

/**
 * "ثلاث ساعات ونصف" = 3.5 hours, "يومين ونصف" = 2.5 days: a fraction after a counted unit adds
 * to the count. Not before a noun it belongs to (ونصف المدة) or a scale (ونصف مليون): `triggers`
 * are the words that may start a figure.
 */
export function addAndFraction(s: SentenceScan, f: Fig, triggers: ReadonlySet<string>): void {
  if (!f.def || !HALVED_KINDS.has(f.def.kind) || f.rawMax !== undefined || typeof f.value !== 'number') return;
  const and = andFractionAt(s, f.t1);
  if (!and) return;
  const after = and.last + 1 < s.to ? s.tokens[and.last + 1] : undefined;
  // "أربعة أشهر ونصف الشهر", "ثلاث سنوات ونصف السنة": the half of the same unit, named again
  // (about 150 of the 327 spans of a time unit, ونصف and a word in ../shared/unlabeled).
  // Also without the article: "عامين ونصف عام", "شهرين ونصف شهر".
  const again = after !== undefined && after.kind === 'arabic' && sameUnit(s, and.last + 1, f.def);
  if (after && after.kind === 'arabic' && !again && (after.norm.startsWith('ال') || triggers.has(after.norm))) return;
  f.raw += and.frac;
  f.value += and.frac;
  f.t1 = again ? and.last + 2 : and.last + 1;
  f.end = s.tokens[f.t1 - 1].end;
}

/** Whether the word at token i, its article taken off, names the unit `def` (الشهر after أشهر, شهر after شهرين). */
function sameUnit(s: SentenceScan, i: number, def: UnitDef): boolean {
  const t = s.tokens[i];
  const bare = t.norm.startsWith(ARTICLE) ? t.norm.slice(ARTICLE.length) : t.norm;
  const m = matchUnit({ ...s, tokens: [{ ...t, norm: bare, base: bare }], from: 0, to: 1, blocked: new Uint8Array(1) }, 0);
  return m !== null && m.def.kind === def.kind && m.def.unit === def.unit && m.def.factor === def.factor;
}
