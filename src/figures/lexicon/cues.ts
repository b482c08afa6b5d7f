// The words around a number that say how to read it: qualifiers (نحو، أكثر من، تصل إلى، منذ،
// بحلول، حتى), year cues (عام، سنة، العام المالي), words after which a number is an identifier
// and not a figure (رقم، المادة، القانون), phone cues, relative dates (العام الماضي، الشهر
// المقبل), and verbs that make "من X إلى Y" a change rather than a range. The words are data:
// data/lexicon/figure-words.tsv (one list per concept, folded when loaded); this module gives
// them the shapes the figure steps read.
import { wordValues, words } from '../../lexicon/word-lists.js';
import type { Qualifier } from '../../model/types.js';
import { cueSet } from '../scan.js';

const FILE = 'figure-words.tsv';
/** A folded phrase as its words. */
const phraseWords = (form: string): string[] => form.split(' ');

export interface QualifierPhrase {
  words: string[];
  qualifier: Qualifier;
}

/** The phrases of a list with their qualifiers, longest first (the file's order within a length). */
function qualifierPhrases(name: string): QualifierPhrase[] {
  return [...wordValues(name)]
    .map(([form, q]) => ({ words: phraseWords(form), qualifier: q as Qualifier }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Qualifier phrases written before the number, longest first. */
export const QUALIFIERS_BEFORE: QualifierPhrase[] = qualifierPhrases('qualifier_before');

/** Qualifier phrases written after the figure. */
export const QUALIFIERS_AFTER: QualifierPhrase[] = qualifierPhrases('qualifier_after');

/** Verbs of reaching: "وقد يصل نقص المياه في المنطقة إلى 30%" reads "up to 30%". */
// Present and future only: "وصلت الصادرات إلى 5 مليارات" and "ارتفعت ... لتصل إلى" state the value
// reached, not a ceiling.
export const REACH_VERBS: ReadonlySet<string> = words('reach_verb');

/** Verbs of change: "ارتفع من 5 إلى 10 في المائة" is two figures, a change, not a range. */
export const CHANGE_VERBS: ReadonlySet<string> = cueSet(words('change_verb'));

/** Words before a number that make it a year: عام 2015، سنة 2014، موسم 2016. */
export const YEAR_CUES: ReadonlySet<string> = cueSet(words('year_cue'));

/** The nouns عام and سنة with their clitic forms (عام 2015، للسنة 2014; 822م after one is a year). */
export const YEAR_NOUNS: ReadonlySet<string> = cueSet(words('date_year_nouns'));

/** Two-word year cues: السنة المالية 2015-2016, العام الدراسي. */
export const YEAR_CUE_PAIRS: readonly string[][] = [...words('year_cue_pair')].map(phraseWords);

/** After these a number is an identifier, not a figure: رقم 3، المادة 5، القانون 12. */
export const ID_CUES: ReadonlySet<string> = cueSet(words('id_cue'));

/** Words before a phone number. */
export const PHONE_CUES: ReadonlySet<string> = cueSet(words('phone_cue'));

/** Nouns of rank before an ordinal number (المركز الثالث، المرتبة 5). */
export const RANK_NOUNS: ReadonlySet<string> = cueSet(words('rank_noun'));

/**
 * A league's round before its number in digits (الجولة 13، المرحلة 23 من الدوري): an ordinal, as after
 * RANK_NOUNS, where it had been read as a number (356 such numbers in ../shared/unlabeled: الجولة 174,
 * المرحلة 175). Not before a word ordinal, which these nouns do not make a figure (الجولة الأولى).
 */
export const ROUND_NOUNS: ReadonlySet<string> = cueSet(words('rank_noun_digits'));

/** Words before a number that make it a percentage (نسبة 5، بنسبة 30). */
export const PERCENT_CUES: ReadonlySet<string> = cueSet(words('percent_cue'));

/** Nouns after a number that it does not count: a size, a code, a time. */
export const NOT_COUNTED: ReadonlySet<string> = cueSet(words('not_counted'));

export interface RelativePhrase {
  words: string[];
  /** year, month, week (Monday to Sunday, as the gold and Duckling give a week) or day */
  unit: 'year' | 'month' | 'week' | 'day';
  offset: number;
}

/** Dates relative to the publication date: هذا العام، العام الماضي، الشهر المقبل، أمس (value: unit and offset, year-1). */
export const RELATIVE_DATES: RelativePhrase[] = [...wordValues('relative_date')].map(([form, v]) => {
  const m = /^(year|month|week|day)([+-]\d+)$/.exec(v);
  if (!m) throw new Error(`${FILE}: relative_date "${form}" has no unit and offset (year-1, month+0, day-1): "${v}"`);
  return { words: phraseWords(form), unit: m[1] as RelativePhrase['unit'], offset: Number(m[2]) };
});

type Relative = 'past' | 'current' | 'future';
function relatives(name: string): ReadonlyMap<string, Relative> {
  const out = new Map<string, Relative>();
  for (const [form, v] of wordValues(name)) {
    if (v !== 'past' && v !== 'current' && v !== 'future')
      throw new Error(`${FILE}: ${name} "${form}" is not past, current or future: "${v}"`);
    out.set(form, v);
  }
  return out;
}

/** After a month name: which year it is relative to the publication date. */
export const MONTH_RELATIVE: ReadonlyMap<string, Relative> = relatives('month_relative');

/** The same in the dual, after two months: "شهر أكتوبر أو نوفمبر القادمين". */
export const MONTHS_RELATIVE: ReadonlyMap<string, Relative> = relatives('months_relative');

/** Words before a month that make it a point in time (في مارس، نهاية أكتوبر، منذ يونيو). */
export const MONTH_CUES: ReadonlySet<string> = cueSet(words('month_cue'));

/** Hijri month names: a day before one is a Hijri date, which is not converted. */
export const HIJRI_MONTHS: ReadonlySet<string> = words('hijri_month');

/** Adjectives after عقد/العقدين that make it a decade (العقدين الماضيين), not a contract. */
export const DECADE_CONTEXT: ReadonlySet<string> = cueSet(words('decade_context'));
