// Splits an Arabic word into proclitics, article, stem and enclitic pronoun, only where what
// remains is a plausible word. Plausible means seen in the vocabulary (data/lexicon/vocab.tsv)
// at least a third as often as the whole form: ولاية (268) stays whole because لاية (4) is rare,
// وقال (244) splits because قال (406) is common. Unknown words only lose a leading و or an
// attached article (وبخارى → و+بخارى, والمستقل → و+ال+مستقل); foreign names such as فوميو
// are left alone because ف+وميو is not confirmed.
import type { CliticType } from './token.js';
import type { WordKnowledge } from './word-knowledge.js';

export interface CliticPart {
  type: CliticType;
  /** Offset in the normalized word. */
  start: number;
  end: number;
}

export interface CliticSplit {
  /** Clitic parts in text order (proclitics, article, enclitic). */
  parts: CliticPart[];
  /** Stem offsets in the normalized word. */
  stemStart: number;
  stemEnd: number;
  stem: string;
  /** Proclitics removed, article kept (restored as ال after لل). */
  base: string;
}

const ALEF = 0x0627;
const LAM = 0x0644;
const TA = 0x062a;
const TA_MARBUTA = 0x0629;

interface Prefix {
  text: string;
  types: CliticType[];
}

// Longest first; a conjunction (و ف) may precede a preposition (ب ك ل) or the future س.
const PREFIXES: Prefix[] = [];
for (const conj of ['و', 'ف', '']) {
  for (const [p, t] of [
    ['ب', 'prep'],
    ['ك', 'prep'],
    ['ل', 'prep'],
    ['س', 'future'],
    ['', ''],
  ] as const) {
    const text = conj + p;
    if (text === '') continue;
    const types: CliticType[] = [];
    if (conj) types.push('conj');
    if (p) types.push(t as CliticType);
    PREFIXES.push({ text, types });
  }
}
PREFIXES.sort((a, b) => b.text.length - a.text.length);

const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];

const NO_SPLIT: CliticSplit['parts'] = [];

/**
 * Confirmed when the remainder is seen at least a third as often as the whole form. The forms
 * are looked up once each: the remainder, its base and its stem are often one word.
 */
function confirmed(k: WordKnowledge, whole: number, a: string, b?: string, c?: string): boolean {
  let best = k.freq(a);
  if (b !== undefined && b !== a) best = Math.max(best, k.freq(b));
  if (c !== undefined && c !== a && c !== b) best = Math.max(best, k.freq(c));
  return best > 0 && best * 3 >= whole;
}

/**
 * The future س is the rarest proclitic and سي/ست begin many plain words and names (سيدي,
 * سيناء): the verb without it must be at least as frequent as the whole word.
 */
function confirmedVerb(k: WordKnowledge, whole: number, verb: string): boolean {
  const f = k.freq(verb);
  return f > 0 && f >= whole;
}

/**
 * Splits the normalized word `norm`. `sourceAt(i)` is the source letter at normalized offset i:
 * the article needs a bare alef (آلية folds to اليه but has no article), and a final ه that was
 * written ة is no pronoun (باخرة folds to باخره but is not باخر+ه).
 */
export function splitClitics(norm: string, k: WordKnowledge, sourceAt: (i: number) => number): CliticSplit {
  const whole: CliticSplit = { parts: NO_SPLIT, stemStart: 0, stemEnd: norm.length, stem: norm, base: norm };
  if (norm.length < 3 || k.isStop(norm)) return whole;
  const fw = k.freq(norm);

  for (const prefix of PREFIXES) {
    if (!norm.startsWith(prefix.text)) continue;
    const p = prefix.text.length;
    const rem = norm.slice(p);
    // A function word after a clitic (وفي، ولكن، بما) splits when the function word is common.
    if (k.isStop(rem) && rem.length >= 2) {
      if (confirmed(k, fw, rem)) return build(norm, prefix, 0, p, norm.length);
      continue;
    }
    const art = articleLength(norm, p, prefix, sourceAt);
    const stem = art === 0 ? rem : norm.slice(p + art);
    if (stem.length < (art > 0 ? 2 : 3)) continue;
    const base = art === 1 ? 'ال' + stem : rem;
    const isFuture = prefix.types.includes('future');
    if (isFuture) {
      // س only before an imperfect verb: ستستضيف → س+تستضيف, سيتم → س+يتم.
      const c = rem.charCodeAt(0);
      if (art > 0 || !(c === 0x064a || c === TA || c === 0x0646 || c === ALEF)) continue;
      // After و/ف, the word without the conjunction (سيدي in وسيدي) is the one to beat.
      const plain = prefix.types[0] === 'conj' ? k.freq(norm.slice(1)) : 0;
      if (!confirmedVerb(k, Math.max(fw, plain), rem)) continue;
    } else if (!confirmed(k, fw, rem, base, stem)) {
      const fallback = fw === 0 && (art > 0 || prefix.text === 'و');
      if (!fallback) continue;
    }
    return build(norm, prefix, art, p, norm.length, k, sourceAt);
  }
  // No proclitic: maybe the article alone, maybe an enclitic pronoun.
  const art = articleLength(norm, 0, null, sourceAt);
  if (art === 2 && norm.length - 2 >= 2 && (norm.length - 2 >= 3 || k.freq(norm.slice(2)) > 0)) {
    return build(norm, null, 2, 0, norm.length);
  }
  return withEnclitic(norm, whole, k, sourceAt);
}

/** The article's length at p (2: ال written with a bare alef in the source, `sourceAt`; 1: the ل of لل). */
function articleLength(norm: string, p: number, prefix: Prefix | null, sourceAt: (i: number) => number): number {
  if (norm.charCodeAt(p) === ALEF && norm.charCodeAt(p + 1) === LAM && sourceAt(p) === ALEF) return 2;
  // ل + ال is written لل: للطاقة = ل + (ا)ل + طاقة.
  if (prefix && prefix.text.endsWith('ل') && norm.charCodeAt(p) === LAM) return 1;
  return 0;
}

function build(
  norm: string,
  prefix: Prefix | null,
  art: number,
  p: number,
  end: number,
  k?: WordKnowledge,
  sourceAt?: (i: number) => number,
): CliticSplit {
  const parts: CliticPart[] = [];
  if (prefix) {
    for (let i = 0; i < prefix.types.length; i++) parts.push({ type: prefix.types[i], start: i, end: i + 1 });
  }
  if (art > 0) parts.push({ type: 'article', start: p, end: p + art });
  const stemStart = p + art;
  const stem = norm.slice(stemStart, end);
  const base = art === 1 ? 'ال' + stem : norm.slice(p, end);
  const split: CliticSplit = { parts, stemStart, stemEnd: end, stem, base };
  if (art === 0 && k && sourceAt) return withEnclitic(norm, split, k, sourceAt);
  return split;
}

/** Splits a pronoun off the stem when the stem without it is a known word: بلاده → بلاد+ه. */
function withEnclitic(norm: string, split: CliticSplit, k: WordKnowledge, sourceAt: (i: number) => number): CliticSplit {
  const stem = split.stem;
  if (stem.length < 4 || k.isStop(stem)) return split;
  if (sourceAt(norm.length - 1) === TA_MARBUTA) return split;
  const fs = k.freq(stem);
  for (const e of ENCLITICS) {
    if (!stem.endsWith(e)) continue;
    let root = stem.slice(0, stem.length - e.length);
    if (root.length < 3) continue;
    // A ta marbuta becomes ت before a pronoun: سياستها → سياسة+ها.
    const restored = root.charCodeAt(root.length - 1) === TA ? root.slice(0, -1) + 'ه' : root;
    const fRoot = k.freq(root);
    const fRestored = restored === root ? fRoot : k.freq(restored);
    const f = Math.max(fRoot, fRestored, k.freq('ال' + restored));
    if (f < 3 || f * 3 < fs) continue;
    if (restored !== root && fRestored >= fRoot) root = restored;
    const cut = split.stemEnd - e.length;
    const base = split.base.slice(0, split.base.length - e.length);
    return {
      parts: [...split.parts, { type: 'pronoun', start: cut, end: split.stemEnd }],
      stemStart: split.stemStart,
      stemEnd: cut,
      stem: root,
      base: base.endsWith('ت') && root.endsWith('ه') ? base.slice(0, -1) + 'ه' : base,
    };
  }
  return split;
}
