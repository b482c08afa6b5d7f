// Step 6: the qualifier of each figure (FORMAT.md): approx (نحو، حوالي، قرابة), at_most (تصل إلى،
// أقل من), at_least (أكثر من، ما يزيد على), since (منذ), by (بحلول), until (حتى), read from the words
// just before the figure — past an article or preposition written apart (الـ، بـ) and a year
// word (منذ عام 2006) — or just after it (تقريبا، على الأقل). "إلى" after a verb of reaching is
// "up to": "وقد يصل نقص المياه في المنطقة إلى 30%".
import type { Qualifier } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import { wordValues, words } from '../lexicon/word-lists.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, REACH_VERBS, YEAR_CUES, type QualifierPhrase } from './lexicon/cues.js';
import { hasClitic, type Token } from '../text/token.js';
import { isPunct, type Fig, type SentenceScan } from './scan.js';

const SKIPPABLE: ReadonlySet<string> = words('qualifier_skippable');
const TO = new Set(['الي', 'إلى'].map((w) => foldString(w)));
const FROM = foldString('من');

/** The word as written, or after a conjunction (ونحو); not with other clitics, which change the
 * meaning (لتصل إلى "so as to reach" is not تصل إلى "up to"); those forms are listed. */
function readsWord(t: Token, w: string): boolean {
  if (t.norm === w) return true;
  return (t.norm[0] === 'و' || t.norm[0] === 'ف') && t.norm.length === w.length + 1 && t.norm.endsWith(w);
}

function matchBefore(s: SentenceScan, end: number, p: QualifierPhrase): boolean {
  const n = p.words.length;
  const first = end - n + 1;
  if (first < s.from) return false;
  for (let k = 0; k < n; k++) {
    const t = s.tokens[first + k];
    const w = p.words[k];
    if (k === 0 ? !readsWord(t, w) : t.norm !== w) return false;
  }
  return true;
}

function matchAfter(s: SentenceScan, start: number, p: QualifierPhrase): boolean {
  if (start + p.words.length > s.to) return false;
  for (let k = 0; k < p.words.length; k++) {
    const t = s.tokens[start + k];
    if (k === 0 ? !readsWord(t, p.words[k]) : t.norm !== p.words[k]) return false;
  }
  return true;
}

/**
 * Where the words before figure f end: past الـ/بـ written apart, "(", and a year word that ends no
 * qualifier phrase (أفق of "في أفق 2030" is a year word and ends "في أفق": by).
 */
function beforeEnd(s: SentenceScan, f: Fig): number {
  let i = f.t0 - 1;
  while (i >= s.from) {
    const t = s.tokens[i];
    if (t.kind === 'arabic' && SKIPPABLE.has(t.norm) && t.end === s.tokens[i + 1]?.start) i--;
    else if (t.kind === 'arabic' && SKIPPABLE.has(t.norm) && t.text.includes('\u0640')) i--;
    else if (isPunct(t, '(')) i--;
    else if (
      t.kind === 'arabic' &&
      (f.kind === 'year' || f.kind === 'year_range' || f.kind === 'date' || f.num?.plainInt) &&
      YEAR_CUES.has(t.norm) &&
      i === f.t0 - 1 &&
      !QUALIFIERS_BEFORE.some((p) => matchBefore(s, i, p))
    )
      i--;
    else break;
  }
  return i;
}

// "تفوق قيمتها 115 مليار ريال", "ما يقارب معدل 95 في المائة": a bound is read past one word that
// names the measure it bounds.
const MEASURE_WORDS: ReadonlySet<string> = words('measure_word');

// "لا يشكل فيه النفط ومشتقاته أكثر من 5%": a negation a few words before "more than" makes it "at most".
const NEGATIONS: ReadonlySet<string> = words('negation');
// لا سيما "especially" and لا يزال "still" negate nothing.
const NOT_NEGATION_AFTER: ReadonlySet<string> = words('not_negation_after');
const NEGATION_REACH = 6;
// "لم يطرأ عليها أي تعديل منذ أكثر من ثمانية عشر عاما": the negation is the verb's, and the time
// phrase after it keeps its own bound. So does a clause after أن/إن, which the negation does not reach
// ("ربما لا تعرفون أنني ظللت أدخن السجائر لأكثر من عشرين عاما": more than twenty years).
const NEGATION_STOPS: ReadonlySet<string> = words('negation_stop');

/** Whether a negation stands within NEGATION_REACH words before token `first`, in the same clause. */
function negatedBefore(s: SentenceScan, first: number): boolean {
  for (let k = first - 1; k >= Math.max(s.from, first - NEGATION_REACH); k--) {
    const t = s.tokens[k];
    if (t.kind === 'number' || isPunct(t, '.،,؛;:()') || (t.kind === 'arabic' && NEGATION_STOPS.has(t.norm))) return false;
    if (t.kind === 'arabic' && NEGATIONS.has(t.norm)) return !NOT_NEGATION_AFTER.has(s.tokens[k + 1]?.norm ?? '');
  }
  return false;
}

const FLIPPED: Partial<Record<Qualifier, Qualifier>> = { at_least: 'at_most', at_most: 'at_least' };

const COMPARE = new Set(['<', '>', '=', '≤', '≥']);
const ABOUT = foldString('عن');
const ON = foldString('على');

/** Phrases indexed by one of their words (the last for phrases before, the first for those after),
 * so a figure is compared only with the phrases that can end (or start) at its neighbour. */
function indexBy(phrases: QualifierPhrase[], at: (p: QualifierPhrase) => string): Map<string, QualifierPhrase[]> {
  const map = new Map<string, QualifierPhrase[]>();
  for (const p of phrases) {
    const w = at(p);
    for (const key of [w, 'و' + w, 'ف' + w]) {
      const list = map.get(key) ?? [];
      list.push(p);
      map.set(key, list);
    }
  }
  return map;
}

const BEFORE_BY_LAST = indexBy(QUALIFIERS_BEFORE, (p) => p.words[p.words.length - 1]);
const AFTER_BY_FIRST = indexBy(QUALIFIERS_AFTER, (p) => p.words[0]);
const NONE: QualifierPhrase[] = [];

/** A comparison sign that is part of something else: "<>30", "=<30", "<a0> 29". */
function badSign(s: SentenceScan, first: number, p: QualifierPhrase): boolean {
  if (!COMPARE.has(p.words[0][0])) return false;
  const before = first - 1 >= s.from ? s.tokens[first - 1] : undefined;
  if (before && (COMPARE.has(before.text) || (before.end === s.tokens[first].start && before.kind !== 'arabic'))) return true;
  return false;
}

export interface FoundQualifier {
  qualifier: Qualifier;
  /** First token of the words before the figure that say it (-1 when written after). */
  start: number;
}

/** The qualifier of figure f and where its words start. `until` is given for حتى whatever the kind. */
export function findQualifierAt(s: SentenceScan, f: Fig): FoundQualifier | null {
  const post = phraseAfter(s, f.consumedTo ?? f.t1);
  const end = beforeEnd(s, f);
  if (end >= s.from) {
    const found =
      phraseBefore(s, end, post) ??
      (s.tokens[end].kind === 'arabic' && MEASURE_WORDS.has(s.tokens[end].norm) && end - 1 >= s.from
        ? phraseBefore(s, end - 1, post)
        : undefined);
    if (found !== undefined) return found;
    const since = f.kind === 'year' || f.kind === 'date' || f.num?.plainInt ? sinceAcross(s, end) : -1;
    if (since >= 0) return { qualifier: 'since', start: since };
    const verb = boundVerbBefore(s, end) ?? (dated(f) ? null : splitBoundBefore(s, end));
    if (verb) return verb;
    // إلى after a verb of reaching, within the clause.
    const t = s.tokens[end];
    if (t.kind === 'arabic' && TO.has(t.norm) && !(end - 1 >= s.from && s.tokens[end - 1].norm === FROM)) {
      for (let k = end - 1; k >= Math.max(s.from, end - 8); k--) {
        const v = s.tokens[k];
        if (isPunct(v, '.،,؛;:')) break;
        if (
          v.kind === 'arabic' &&
          (REACH_VERBS.has(v.norm) || ((v.norm[0] === 'و' || v.norm[0] === 'ف') && REACH_VERBS.has(v.norm.slice(1))))
        ) {
          return { qualifier: 'at_most', start: end };
        }
        if (v.kind === 'number') break;
      }
    }
  }
  return post ? { qualifier: post, start: -1 } : null;
}

/** The qualifier phrase starting at token `after` (تقريبا، على الأقل، أو أكثر), or null. */
function phraseAfter(s: SentenceScan, after: number): Qualifier | null {
  const afterTok = after < s.to ? s.tokens[after] : undefined;
  for (const p of afterTok ? (AFTER_BY_FIRST.get(afterTok.norm) ?? NONE) : NONE) {
    if (!matchAfter(s, after, p)) continue;
    // "٥٠٠٠ أو أكثر من ٤٥٠٠": the words belong to the next number; not على الأقل, which compares
    // nothing after it ("ثماني غارات جوية على الأقل على مناطق").
    const k = after + p.words.length;
    const nx = k < s.to ? s.tokens[k] : undefined;
    const nx2 = k + 1 < s.to ? s.tokens[k + 1] : undefined;
    const compares = p.words[0] !== ON;
    if (
      nx &&
      (nx.kind === 'number' || (compares && (nx.norm === FROM || nx.norm === ABOUT || nx.norm === ON) && nx2 && nx2.kind !== 'punct'))
    )
      continue;
    return p.qualifier;
  }
  return null;
}

/**
 * A count's bound written after its counted noun, and after one more word (an adjective, the noun
 * after من, حتفهم): "قتل 14 شخصًا على الأقل"، "ثماني غارات جوية على الأقل"، "توظف 250 شخصا أو أكثر".
 * The span of a count ends before its noun, so findQualifierAt, which reads the words right after the
 * span, misses them. In ../shared/unlabeled 1,283 "number, word, على الأقل" (with على الاقل), 52 "…أو
 * أكثر", 10 "…كحد أدنى"; on sample3k's baseline 53 counts had such words one word after their span
 * and 7 two words after, all with no qualifier.
 */
export function qualifierAfterNoun(s: SentenceScan, f: Fig): Qualifier | null {
  const i = f.consumedTo ?? f.t1;
  for (let k = i + 1; k <= i + 2 && k < s.to; k++) {
    const w = s.tokens[k - 1];
    if (w.kind !== 'arabic') return null;
    const q = phraseAfter(s, k);
    if (q) return q;
  }
  return null;
}

/**
 * The qualifier phrase ending at token `end` (undefined when none): a phrase ending in a
 * single-word form listed with the conjunction (ولأكثر) is found too, by its own key; the one-word
 * phrases are checked against the token as written.
 */
function phraseBefore(s: SentenceScan, end: number, post: Qualifier | null): FoundQualifier | null | undefined {
  for (const p of BEFORE_BY_LAST.get(s.tokens[end].norm) ?? NONE) {
    if (!matchBefore(s, end, p)) continue;
    const first = end - p.words.length + 1;
    if (badSign(s, first, p)) return null;
    // "حوالي 500 أو أقل": the bound after says more than the approximation before.
    if (p.qualifier === 'approx' && post) return { qualifier: post, start: -1 };
    // Phrases that carry their own negation (لا يزيد عن) are listed with the bound they give.
    const flipped = FLIPPED[p.qualifier];
    // Only words are negated: a sign (> 30) says its bound whatever stands before it.
    if (flipped && !COMPARE.has(p.words[0][0]) && !NEGATIONS.has(s.tokens[first].norm) && negatedBefore(s, first)) {
      return { qualifier: flipped, start: first };
    }
    return { qualifier: p.qualifier, start: first };
  }
  return undefined;
}

const SINCE = foldString('منذ');
/** Words that may stand between منذ and the year it dates from. */
const SINCE_REACH = 2;

/**
 * منذ a word or two before a year's words: "منذ افتتاحها عام 1869"، "منذ ثورة 2011" date from
 * that year. The index of منذ, or -1.
 */
function sinceAcross(s: SentenceScan, end: number): number {
  for (let k = end; k >= Math.max(s.from, end - SINCE_REACH); k--) {
    const t = s.tokens[k];
    if (t.kind !== 'arabic') return -1;
    if (readsWord(t, SINCE)) return k === end ? -1 : k;
  }
  return -1;
}

// Verbs of exceeding and approaching, which news puts before their subject: "تجاوزت الاستثمارات
// 5 مليارات دولار", "تخطى عدد الزوار مليوني زائر", "لا تتجاوز نسبة العجز 3%".
const BOUND_VERBS: ReadonlyMap<string, Qualifier> = wordValues('bound_verb') as ReadonlyMap<string, Qualifier>;
/** Words of the subject that may stand between such a verb and its number. */
const SUBJECT_WORDS = 3;

/** A bound verb one to SUBJECT_WORDS words before token `end`, past its subject (nouns only). */
function boundVerbBefore(s: SentenceScan, end: number): FoundQualifier | null {
  for (let k = end; k >= Math.max(s.from, end - SUBJECT_WORDS); k--) {
    const t = s.tokens[k];
    if (t.kind !== 'arabic') return null;
    const bare = t.norm[0] === 'و' || t.norm[0] === 'ف' ? t.norm.slice(1) : t.norm;
    const q = k < end ? (BOUND_VERBS.get(t.norm) ?? BOUND_VERBS.get(bare)) : undefined;
    if (q) {
      const flipped = FLIPPED[q];
      return { qualifier: flipped && negatedBefore(s, k) ? flipped : q, start: k };
    }
    // The subject is nouns: no function word, and no other verb of the list's kind.
    if (t.stop || QUALIFIER_WORDS.has(t.norm)) return null;
  }
  return null;
}

const QUALIFIER_WORDS = new Set(QUALIFIERS_BEFORE.flatMap((p) => p.words));

// A verb of comparison with its subject between it and its preposition: "لا تقل مدة الحبس عن 34 سنة",
// "على ألا يقل عمر المتقدم عن 21 عاما", "تزيد قيمتها على نصف مليار" (the joined forms, لا تقل عن, are
// phrases of qualifier_before). In ../shared/unlabeled 447 such verbs (يقل/تقل … عن 201, يزيد/تزيد/يزد/تزد
// … عن/على 246) stand with one to three words and then the preposition before a number, 153 of them
// negated (لا, ألا, ولا, وألا, أن لا, لن, لم); the words between are the measure: عمره 21, عمر المتقدم 10,
// قيمتها 6, عددهم 4, أعمارهم 4, درجة حرارة الطهي 4, مساحتها 3, … Not before a year or a date, which it
// compares with another time ("لا تقل الأسعار عن 2019": than in 2019).
const SPLIT_BOUND_VERBS: ReadonlyMap<string, { preps: ReadonlySet<string>; qualifier: Qualifier }> = new Map(
  [...wordValues('bound_verb_split')].map(([verb, v]) => {
    const [preps, q] = v.split(':');
    return [verb, { preps: new Set(preps.split(' ').map((w) => foldString(w))), qualifier: q as Qualifier }];
  }),
);
/** ألا "that … not", which the negation list (لا، لم، لن) does not hold. */
const NEGATION_THAT: ReadonlySet<string> = words('negation_that');
const DATED: ReadonlySet<string> = new Set(['year', 'year_range', 'date']);
/** A year or date, or a plain number that may become one (the kind is given later, in 07-classify). */
function dated(f: Fig): boolean {
  if (f.kind !== null && DATED.has(f.kind)) return true;
  return f.def === null && !!f.num?.plainInt && typeof f.value === 'number' && f.value >= 1900 && f.value <= 2100;
}
/** Words of the subject between a split bound verb and its preposition. */
const SPLIT_SUBJECT_WORDS = 3;

/** A verb of SPLIT_BOUND_VERBS before its subject and the preposition at token `end`. */
function splitBoundBefore(s: SentenceScan, end: number): FoundQualifier | null {
  const prep = s.tokens[end];
  if (prep.kind !== 'arabic') return null;
  for (let k = end - 1; k >= Math.max(s.from, end - 1 - SPLIT_SUBJECT_WORDS); k--) {
    const t = s.tokens[k];
    if (t.kind !== 'arabic') return null;
    const bare = t.norm[0] === 'و' || t.norm[0] === 'ف' ? t.norm.slice(1) : t.norm;
    const verb = k < end - 1 ? (SPLIT_BOUND_VERBS.get(t.norm) ?? SPLIT_BOUND_VERBS.get(bare)) : undefined;
    if (verb) {
      if (!verb.preps.has(prep.norm)) return null;
      // The negation right before the verb: "لا تغطي من يقل عمره عن 21 عامًا" is under 21.
      const before = k - 1 >= s.from ? s.tokens[k - 1] : undefined;
      const negated = before !== undefined && (NEGATIONS.has(before.norm) || NEGATION_THAT.has(before.norm));
      return { qualifier: negated ? (FLIPPED[verb.qualifier] ?? verb.qualifier) : verb.qualifier, start: k };
    }
    // The subject is nouns; a noun read as the future سـ on a function word (سكان: سـ + كان) is one.
    if ((t.stop && !hasClitic(t, 'future')) || QUALIFIER_WORDS.has(t.norm)) return null;
  }
  return null;
}

/** The qualifier of figure f, or null. */
export function findQualifier(s: SentenceScan, f: Fig): Qualifier | null {
  return findQualifierAt(s, f)?.qualifier ?? null;
}
