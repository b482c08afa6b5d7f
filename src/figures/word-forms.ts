// Looks words up in the figure lexicons with their attached clitics: وعشرين، بخمسة، لعشرين،
// والعشرين، بالمئة. Each lexicon is expanded once into every proclitic/article variant, so a
// token costs one Map lookup however it is dressed (the token's own clitic split needs the
// vocabulary to confirm it, and number words must be found even where it did not split).
import { STANDARD } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';

export interface WordHit<T> {
  entry: T;
  /** Folded characters of proclitics before the word (و، ب، وب ...), not counting the article. */
  pre: number;
  /** The word carries the article (العشرين، الـ). */
  article: boolean;
  /** A conjunction و/ف is attached (وعشرين). */
  conj: boolean;
  /** A preposition ب/ل/ك is attached (بخمسة، لعشرين). */
  prep: string | null;
}

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** Expands a lexicon of bare folded words into a map from every clitic-dressed form to its hit. */
export function expandWithClitics<T>(
  lexicon: ReadonlyMap<string, T>,
  options: { article?: boolean; accusative?: boolean; bareOnly?: (entry: T) => boolean } = {},
): Map<string, WordHit<T>> {
  const out = new Map<string, WordHit<T>>();
  const put = (form: string, hit: WordHit<T>) => {
    if (!out.has(form)) out.set(form, hit);
  };
  // Bare words first, so that واحد stays "one" and is not read as و + أحد.
  for (const [w, entry] of lexicon) put(w, { entry, pre: 0, article: false, conj: false, prep: null });
  for (const [w, entry] of lexicon) {
    // Dialect and ambiguous words take no clitics: كمية is "quantity", not ك + مية (100).
    if (options.bareOnly?.(entry)) continue;
    const forms = [w];
    if (options.accusative && !w.endsWith('ا')) forms.push(w + 'ا');
    for (const p of PROCLITICS) {
      const conj = p.startsWith('و') || p.startsWith('ف');
      const prepChar = p.length > 0 && !(p.length === 1 && conj) ? p[p.length - 1] : null;
      for (const f of forms) {
        if (p !== '') put(p + f, { entry, pre: p.length, article: false, conj, prep: prepChar });
        if (options.article) {
          // ل + ال is written لل: للعشرين.
          const art = prepChar === 'ل' ? p + 'ل' + f : p + 'ال' + f;
          put(art, { entry, pre: p.length, article: true, conj, prep: prepChar });
        }
      }
    }
  }
  return out;
}

/** The source offset of folded position `k` inside token `t` (diacritics and tatweel skipped). */
export function sourceOffset(t: Token, k: number): number {
  if (k <= 0) return t.start;
  const single = STANDARD.single;
  const text = t.text;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const r = single[text.charCodeAt(i)];
    // KEEP (-1) and replacements (>= 0) produce one unit, REMOVE (-2) none, EXPAND (-3) several.
    const len = r === -2 ? 0 : r === -3 ? STANDARD.expansions.get(text.charCodeAt(i))!.length : 1;
    if (n >= k && len > 0) return t.start + i;
    n += len;
  }
  return t.end;
}
