// Step 1 (match): every lexicon name found in the text. At each token the trie is walked with
// the token's forms (whole, without proclitics, with proclitic letters stripped by hand), then
// with the following tokens of the same sentence; every name that ends somewhere is a hit.
// Hits are not filtered here: several lengths may start at one token, and one name may stand
// for several entries (الكويت the country and the city); step 2 decides.
import type { TrieNode } from './name-trie.js';
import type { LexEntry } from './gazetteer.js';
import type { MatchContext } from './match-context.js';
import type { Token } from '../text/token.js';
import { firstForms, matchForm, mayHaveProclitic, sourceOffsetOfNorm, splitByHand, withoutArticle } from './token-view.js';
import { words } from '../lexicon/word-lists.js';
import { TypeFlag, TypeMemo } from '../text/type-flag.js';

export interface LexHit {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  entries: LexEntry[];
}

/** Per trie: may a word of this type start one of its names (whole, without proclitics, or by stripping proclitic letters by hand). */
const mayStartFlags = new WeakMap<Map<string, TrieNode<LexEntry>>, TypeFlag>();
function mayStartName(root: Map<string, TrieNode<LexEntry>>): TypeFlag {
  let flag = mayStartFlags.get(root);
  if (!flag) {
    flag = new TypeFlag(
      (t) => root.has(matchForm(t)) || root.has(t.base) || (t.kind === 'arabic' && t.norm.length >= 3 && mayHaveProclitic(t.norm)),
    );
    mayStartFlags.set(root, flag);
  }
  return flag;
}

/** A first form of a word type that starts a name: its start relative to the token's and the trie's node for it. */
interface FormStart {
  delta: number;
  node: TrieNode<LexEntry>;
  /** Stripped by hand from a word the corpora know whole: it may start a longer name only. */
  longOnly?: boolean;
}

/**
 * Per trie: a word type's first forms (firstForms) that start some name, each with its start
 * relative to the token's and its node of the trie (looked up once per type, not per token).
 */
const formMemos = new WeakMap<Map<string, TrieNode<LexEntry>>, TypeMemo<FormStart[]>>();
function firstFormsMemo(root: Map<string, TrieNode<LexEntry>>): TypeMemo<FormStart[]> {
  let memo = formMemos.get(root);
  if (!memo) formMemos.set(root, (memo = new TypeMemo()));
  return memo;
}

const NO_STARTS: FormStart[] = [];

/** Every lexicon name in the body's sentences, outside site chrome. */
export function matchLexicon(ctx: MatchContext): LexHit[] {
  const { tokens, text, gaz } = ctx;
  const root = gaz.trie.root;
  const known = (f: string): boolean => root.has(f);
  const freq = (f: string): number => gaz.knowledge.freq(f);
  const hits: LexHit[] = [];
  const mayStart = mayStartName(gaz.trie.root);
  const formsOf = firstFormsMemo(gaz.trie.root);
  const formsOfType = (t: Token): FormStart[] => {
    // The strict forms are firstForms(text, t, known, freq): those of firstForms(text, t, known)
    // (one walk for both lists) but, for a word the corpora know whole, the ones stripped by hand.
    const forms = firstForms(text, t, known);
    const strictOnly = t.kind === 'arabic' && !splitByHand(t.norm, freq);
    let out: FormStart[] | null = null;
    for (const f of forms) {
      const node = root.get(f.form);
      if (!node) continue;
      if (!(strictOnly && f.byHand)) (out ??= []).push({ delta: f.start - t.start, node });
      // بمجاز الباب: a word the corpora know whole (بمجاز "figuratively") is not split by hand for a
      // one-word name, but a name of several words whose next words follow confirms the split.
      // ../shared/unlabeled (SaudiNewsNet every 8th line, JawharaFM every 2nd: 8,913 articles), with
      // the ب a located town takes (02-check-context.ts): 46 mentions added, 45 right (بمجاز الباب 10).
      else if (node.next) (out ??= []).push({ delta: f.start - t.start, node, longOnly: true });
    }
    // ببن قردان، ببن عروس: a word of three letters is never split by hand (firstForms), but a
    // proclitic letter and a two-letter word that starts a name of several words, whose next words
    // follow, is that name after ب, و, ل or ف. ../shared/unlabeled writes ببن قردان 77 and ببن عروس 46
    // times (Tunisian towns the tagger took for persons: PERSON «ببن عروس» in holdout4).
    if (t.kind === 'arabic' && t.norm.length === 3 && mayHaveProclitic(t.norm) && t.base === t.norm) {
      const rest = t.norm.slice(1);
      const node = root.get(rest);
      if (node?.next && !forms.some((f) => f.form === rest)) {
        (out ??= []).push({ delta: sourceOffsetOfNorm(text, t, 1) - t.start, node, longOnly: true });
      }
    }
    return out ?? NO_STARTS;
  };
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    // Most words start no name at all: skip them without building their forms (asked once per word
    // type, by the type id: the token is not read).
    if (!mayStart.ofType(ids[i], first)) continue;
    // A function word starts no name: "وأن" (and that) is not the Turkish city Van (وان), unless it
    // is an agency's acronym where an agency is named (وكالة وام، "(وام)"). A word the splitter read
    // as clitics on a function word may still start a name of several words, as written: فلاي دبي
    // (ف + ل + أي), 83 times in ../shared/unlabeled, read as CITY دبي.
    const stopStart = (first.stop || CONTEXT_ACRONYMS.has(first.norm)) && !agencyAcronymAt(ctx, i);
    if (
      (stopStart && first.clitics.length === 0) ||
      first.kind === 'punct' ||
      first.kind === 'symbol' ||
      first.kind === 'number' ||
      ctx.isChrome(i)
    )
      continue;
    // The forms depend only on the word (their starts relative to it): made once per word type.
    const forms = formsOf.of(first, formsOfType);
    // "وبي.جي": a spelt-out acronym after و, too short for firstForms to split by hand.
    const dot = tokens[i + 1];
    const acronym =
      first.kind === 'arabic' &&
      first.norm.length === 3 &&
      first.norm[0] === 'و' &&
      dot?.text === '.' &&
      dot.start === first.end &&
      known(first.norm.slice(1));
    for (let k = 0; k < forms.length + (acronym ? 1 : 0); k++) {
      // Of a function word's forms only the whole word as written (فلاي), not the function word (أي).
      if (stopStart && (k >= forms.length || forms[k].delta !== 0)) continue;
      const start = k < forms.length ? first.start + forms[k].delta : first.start + 1;
      let node: TrieNode<LexEntry> | undefined = k < forms.length ? forms[k].node : root.get(first.norm.slice(1));
      let j = i;
      while (node) {
        if (node.values && !(k < forms.length && forms[k].longOnly && j === i) && !(stopStart && j === i)) {
          const exact = exactEntries(node.values, text, tokens, i, j);
          const entries = j === i ? withoutPronounReadings(exact, text, first, freq) : exact;
          if (entries.length > 0) hits.push({ tokenStart: i, tokenEnd: j + 1, start, end: tokens[j].end, entries });
        }
        const next: Map<string, TrieNode<LexEntry>> | null = node.next;
        j++;
        if (!next || j >= tokens.length || tokens[j].sentence !== first.sentence || ctx.isChrome(j)) break;
        const t = tokens[j];
        const whole = matchForm(t);
        node = next.get(whole);
        if (!node && t.kind === 'arabic' && t.base !== whole) node = next.get(t.base);
      }
    }
  }
  return hits;
}

/** Per trie: is the word type, as matched, an organisation's acronym (asked once per type: every function word asks). */
const acronymFlags = new WeakMap<Map<string, TrieNode<LexEntry>>, TypeFlag>();
function acronymFlag(root: Map<string, TrieNode<LexEntry>>): TypeFlag {
  let flag = acronymFlags.get(root);
  if (!flag) {
    flag = new TypeFlag((t) => root.get(matchForm(t))?.values?.some((e) => e.type === 'ORG' && e.via === 'acronym') ?? false);
    acronymFlags.set(root, flag);
  }
  return flag;
}

/** Agency acronyms that are also words or parts of other names (وات, the watt), read as the agency only where one is named. */
const CONTEXT_ACRONYMS = words('context_acronym');

/** Words before an agency's name: وكالة، لوكالة، وكالتا (two agencies), وكالة أنباء. */
const AGENCY_WORDS = words('agency_word');

/**
 * A function word that is also an organisation's Arabic acronym (وام = و + أم "or"), read as the
 * acronym only where a news agency is named: after وكالة or in brackets. ../shared/unlabeled has
 * "(وام)" 68 times and "وكالة وام" once (59 articles, 9 outlets); "وام" elsewhere is "and/or".
 */
function agencyAcronymAt(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!acronymFlag(ctx.gaz.trie.root).of(t)) return false;
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (ctx.isPunct(prev, '(«"“') && ctx.isPunct(ctx.tokens[i + 1], ')»"”')) return true;
  return prev.kind === 'arabic' && AGENCY_WORDS.has(withoutArticle(prev));
}

/**
 * The entries that match tokens i..j as written (those with no `exact` form match any way). A
 * function, not a filter with a closure: a closure over the loop's i and j made a scope object for
 * every token and every form.
 */
function exactEntries(
  values: readonly LexEntry[],
  text: string,
  tokens: { start: number; end: number }[],
  i: number,
  j: number,
): LexEntry[] {
  const out: LexEntry[] = [];
  for (const e of values) if (!e.exact || exactAt(text, tokens, i, j, e.exact)) out.push(e);
  return out;
}

/** How often the vocabulary must see the stem of a word in ه for the word to read as the stem and the pronoun ه. */
const PRONOUN_STEM_FREQ = 30;
/**
 * The entries of a one-word name in ة that the word does not read as the stem and the pronoun ه, written
 * with ه: جده "his grandfather" and وجده "found him" are not جدة (Jeddah), whose ة news writes (../shared/unlabeled:
 * جدة 4,690 times, بجدة 940, وجدة 255; جده 72 and وجده 64, by reading nearly all the pronoun). Only an
 * indefinite name whose stem the vocabulary sees often (جد, جبل, ميل, كيف: not بريد, whose ه Saudi news
 * writes for بريدة) gives way.
 */
function withoutPronounReadings(entries: LexEntry[], text: string, t: Token, freq: (form: string) => number): LexEntry[] {
  if (t.kind !== 'arabic' || text[t.end - 1] !== 'ه') return entries;
  let out: LexEntry[] | null = null;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    const n = e.name.length;
    const pronoun =
      e.name.endsWith('ة') &&
      !e.name.includes(' ') &&
      !e.name.startsWith('ال') &&
      t.norm.length >= n &&
      freq(t.norm.slice(t.norm.length - n, -1)) >= PRONOUN_STEM_FREQ;
    if (pronoun) out ??= entries.slice(0, k);
    else if (out) out.push(e);
  }
  return out ?? entries;
}

/** The tokens i..j spell the acronym exactly as listed (JICA matches, Jica does not). */
function exactAt(text: string, tokens: { start: number; end: number }[], i: number, j: number, exact: string): boolean {
  return text.slice(tokens[i].start, tokens[j].end) === exact;
}
