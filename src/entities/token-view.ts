// How the entity matchers see a token: the normalized forms it may be matched on, and where a
// mention that starts or ends on it begins and ends in the source. A mention leaves out the
// proclitics (و ف ب ك ل س) but keeps the article: in "واليابان" the mention is "اليابان", in
// "لآسيا الوسطى" it is "آسيا الوسطى". After ل the article is written as one ل (لليابان), which
// read alone is the preposition: the mention starts after it, "يابان", and is named اليابان
// (07-group-entities readableName). On 2,500 unlabeled articles 521 mentions began so, as
// «لأمم المتحدة» ×47, «لمملكة» ×30, «لحوثيين» ×21.
import { STANDARD } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { facilityWords, words } from '../lexicon/word-lists.js';
import { TypeMemo } from '../text/type-flag.js';
import { PROCLITIC_BITS, cliticForms, cliticBits, hasClitic } from '../model/token.js';

const FACILITY_WORDS = facilityWords();

/** A normalized form of a token and the source offset where a mention using it starts. */
export interface FormAt {
  form: string;
  start: number;
  /** Proclitic letters stripped by hand (not the splitter's whole token or base). */
  byHand?: true;
}

const PROCLITIC_TYPES = new Set(['conj', 'prep', 'future']);

// Foreign given names begin with these letters far more often than the preposition stands
// before a person: كاري، كريس، بيتر، ليلي (not ك+اري، ب+يتر، ل+يلي).
export const NAME_INITIALS: ReadonlySet<string> = new Set(['ب', 'ك', 'ل']);

/**
 * Words whose first و or ف the clitic splitter takes for a conjunction although the news writes
 * them whole (واتفورد، وليامز، ويندسور، فالفيردي، وكيل): data/lexicon/whole-words.tsv, counted in
 * ../shared/unlabeled by src/scripts/build-whole-words.ts.
 */
const WHOLE_WORDS = words('whole_word');

/**
 * Source offset just after the token's proclitics and the article's lone ل after them (the
 * start of its `base`, less the article لل hides: للأمم → أمم), or the token's own start when it
 * is a word the news writes whole (WHOLE_WORDS).
 */
export function baseStart(t: Token): number {
  if ((cliticBits(t) & PROCLITIC_BITS) === 0) return t.start;
  return t.start + BASE_OFFSET.of(t, baseOffset);
}

/**
 * baseStart's offset from the token's start, per word type: reading it from the token's clitic
 * spans made them (a list and an object per clitic, kept on the token) for every token with a
 * proclitic that a matcher asked, about 5 MB of 5 MB of unseen news. 4,096 slots (48 KB).
 */
const BASE_OFFSET = new TypeMemo<number>(1 << 12);

/** A word the news writes whole whose first و or ف the clitic splitter took off (ويمبلي، ويندسور): WHOLE_WORDS. */
export function writtenWhole(t: Token): boolean {
  return t.kind === 'arabic' && t.start !== t.stemStart && WHOLE_WORDS.has(t.norm);
}

function baseOffset(t: Token): number {
  if (t.start !== t.stemStart && WHOLE_WORDS.has(t.norm)) return 0;
  let s = t.start;
  for (const c of t.clitics) {
    if (PROCLITIC_TYPES.has(c.type)) s = c.end;
    else if (c.type === 'article' && c.start === s && c.text === 'ل') s = c.end;
  }
  return s - t.start;
}

/** A Latin word matches case-insensitively; everything else on its normalized form. */
export function matchForm(t: Token): string {
  return t.kind === 'latin' || t.kind === 'alnum' ? t.norm.toLowerCase() : t.norm;
}

/**
 * Source offset of normalized code unit `j` of an Arabic token: walks the token, counting the
 * units each source character folds to (diacritics fold to none, so بِسمرقند still works).
 */
export function sourceOffsetOfNorm(text: string, t: Token, j: number): number {
  if (j <= 0) return t.start;
  const single = STANDARD.single;
  let n = 0;
  for (let i = t.start; i < t.end; i++) {
    const r = single[text.charCodeAt(i)];
    n += r === -2 ? 0 : r === -3 ? STANDARD.expansions.get(text.charCodeAt(i))!.length : 1;
    if (n >= j) {
      // Skip the marks that follow the last counted letter: they belong to it.
      let k = i + 1;
      while (k < t.end && single[text.charCodeAt(k)] === -2) k++;
      return k;
    }
  }
  return t.end;
}

// Proclitic letter runs tried when the clitic splitter left a name whole (بسمرقند, ولأوش):
// a name the splitter does not know is only split by it after و.
const STRIPS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * The forms the first token of a name may be matched on, most literal first: the whole token,
 * its base (proclitics removed by the splitter), then, for a word the vocabulary hardly knows
 * (`freq`), proclitic letters stripped by hand where what remains starts a known name (`known`);
 * لل + X is tried as ال + X, starting after the لل as baseStart does.
 */
export function firstForms(text: string, t: Token, known: (form: string) => boolean, freq?: (form: string) => number): FormAt[] {
  const whole = matchForm(t);
  const out: FormAt[] = [{ form: whole, start: t.start }];
  if (t.kind !== 'arabic') return out;
  if (t.base !== whole) out.push({ form: t.base, start: baseStart(t) });
  const norm = t.norm;
  if (!splitByHand(norm, freq)) return out;
  for (const p of STRIPS) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    if (known(rest) && !hasForm(out, rest)) {
      out.push({ form: rest, start: sourceOffsetOfNorm(text, t, p.length), byHand: true });
    }
    if (p.endsWith('ل') && rest.startsWith('ل')) {
      const withArticle = 'ا' + rest;
      if (known(withArticle) && !hasForm(out, withArticle)) {
        out.push({ form: withArticle, start: sourceOffsetOfNorm(text, t, p.length + 1), byHand: true });
      }
    }
  }
  return out;
}

/** Some form of `forms` is `form` (a loop: a closure over the caller's loop variable made a scope object for each of its passes). */
function hasForm(forms: readonly FormAt[], form: string): boolean {
  for (let k = 0; k < forms.length; k++) if (forms[k].form === form) return true;
  return false;
}

/**
 * Whether firstForms tries proclitic letters stripped by hand on an Arabic word's norm: with
 * `freq`, the forms it gives are those without `byHand` when this is false.
 */
export function splitByHand(norm: string, freq?: (form: string) => number): boolean {
  // A word of its own is not split by hand: كبيرا is "big", not ك + بيرا (Beira).
  return !(norm.length < 4 || !mayHaveProclitic(norm) || (freq && freq(norm) > 3));
}

/**
 * Whether firstForms would add a form stripped by hand to the token's norm (no freq given): some
 * proclitic run of STRIPS leaves a known form (or, after ل, a known ال form). Asked before
 * firstForms where the whole token and its base start nothing, so that most tokens make no list
 * of forms. The candidate forms depend only on the word: made once per word type.
 */
export function strippedFormKnown(t: Token, known: (form: string) => boolean): boolean {
  // Most words are answered here, before the memo's lookup.
  if (t.norm.length < 4 || !mayHaveProclitic(t.norm)) return false;
  const forms = STRIPPED.of(t, strippedForms);
  for (let k = 0; k < forms.length; k++) if (known(forms[k])) return true;
  return false;
}

const NO_FORMS: readonly string[] = [];
/**
 * 4,096 slots: a list and its strings are about 70 bytes a type, and at 65,536 slots 5 MB of unseen
 * news left 68,000 of them (4.8 MB) alive at the end; the lists are a few slices to make again.
 */
const STRIPPED = new TypeMemo<readonly string[]>(1 << 12);

/** The forms strippedFormKnown asks about, in its order. */
function strippedForms(t: Token): readonly string[] {
  const norm = t.norm;
  if (norm.length < 4 || !mayHaveProclitic(norm)) return NO_FORMS;
  let out: string[] | null = null;
  for (const p of STRIPS) {
    if (!norm.startsWith(p) || norm.length - p.length < 2) continue;
    const rest = norm.slice(p.length);
    out ??= [];
    out.push(rest);
    if (p.endsWith('ل') && rest.startsWith('ل')) out.push('ا' + rest);
  }
  return out ?? NO_FORMS;
}

const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك'].map((c) => c.charCodeAt(0)));

/** The word starts with a letter that may be a proclitic (و ف ب ل ك). */
export function mayHaveProclitic(norm: string): boolean {
  return PROCLITIC_LETTERS.has(norm.charCodeAt(0));
}

/** The forms an inner token of a name may be matched on: whole, then without proclitics. */
export function innerForms(t: Token): string[] {
  const whole = matchForm(t);
  return t.kind === 'arabic' && t.base !== whole ? [whole, t.base] : [whole];
}

/** True when the token carries the article (الشركة, والشركة, للشركة). */
export function isDefinite(t: Token): boolean {
  return t.kind === 'arabic' && (t.base.startsWith('ال') || hasClitic(t, 'article'));
}

/** True when the token has a proclitic (و ف ب ك ل س) split off. */
export function hasProclitic(t: Token): boolean {
  return (cliticBits(t) & PROCLITIC_BITS) !== 0;
}

/** Token k exists, stands in `sentence` and carries no proclitic: a word that may go on with a name. */
export function plainAt(tokens: readonly Token[], k: number, sentence: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.sentence === sentence && !hasProclitic(t);
}

/** The token carries the preposition ب (بمدينة، وبمحافظة): "in, at" before a place. */
export function withBa(t: Token): boolean {
  return hasClitic(t, 'prep') && cliticForms(t).some((c) => c.type === 'prep' && c.text.includes('ب'));
}

/** The token's base without the article: الطاقه → طاقه, بنك → بنك. */
export function withoutArticle(t: { base: string }): string {
  return t.base.startsWith('ال') ? t.base.slice(2) : t.base;
}

/** A word that announces a facility or project (محطة, مطار, طريق): a name after it is the facility's. */
export function isFacilityWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'arabic' && FACILITY_WORDS.has(t.stem);
}

/**
 * The ف the splitter took off a name's first word is the name's own letter: it comes before a vowel
 * letter, ل or ر (فورد، فلين، فالنتيني، فاليرا read as ف + ال + يرا) and the document never writes the
 * rest as a word of its own (فالهلال is ف + الهلال where it writes الهلال). `p` is the word's folded
 * proclitics (ف alone here).
 */
export function fIsInitial(ctx: { standsAlone(form: string): boolean }, t: Token, p: string): boolean {
  return p === 'ف' && 'اويلر'.includes(t.base[0]) && !ctx.standsAlone(t.base);
}
