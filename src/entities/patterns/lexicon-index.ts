// The lexicon candidates of a document indexed by their first token, so the patterns can ask
// "does a known country / place / org start here?" (رئيس أوزبكستان ..., ميناء جدة).
import type { Candidate } from '../candidate.js';
import { hasProclitic, isDefinite } from '../token-view.js';
import type { Token } from '../../text/token.js';

/** What `at` and `over` read where no candidate is (shared: most tokens have none, and callers only read it). */
const NONE: readonly Candidate[] = Object.freeze([]);

export class CandidateIndex {
  /** Per token index: the candidates starting there. */
  private readonly byStart: (Candidate[] | undefined)[] = [];
  private readonly covering: (Candidate[] | undefined)[] = [];

  constructor(readonly all: Candidate[]) {
    for (const c of all) {
      (this.byStart[c.tokenStart] ??= []).push(c);
      for (let i = c.tokenStart; i < c.tokenEnd; i++) (this.covering[i] ??= []).push(c);
    }
  }

  /** The longest candidate starting at token i (optionally of the given types). */
  at(i: number, types?: readonly string[]): Candidate | undefined {
    const list = this.byStart[i];
    if (list === undefined) return undefined;
    let best: Candidate | undefined;
    for (let k = 0; k < list.length; k++) {
      const c = list[k];
      if (types && !types.includes(c.type)) continue;
      if (!best || c.tokenEnd > best.tokenEnd || (c.tokenEnd === best.tokenEnd && c.priority < best.priority)) best = c;
    }
    return best;
  }

  /** Candidates covering token i. */
  over(i: number): readonly Candidate[] {
    return this.covering[i] ?? NONE;
  }
}

/**
 * A country's adjective (a nisba, not the country's name) starting at token i whose last word agrees
 * in gender with the noun before it: feminine ends in ه, the folded ة (القمة العربية، الحرب السورية),
 * masculine does not (الدوري الإسباني).
 */
export function countryNisbaAt(lex: CandidateIndex, tokens: readonly Token[], i: number, feminine: boolean): Candidate | undefined {
  const c = lex.at(i, ['COUNTRY']);
  return c && c.via === 'nisba' && tokens[c.tokenEnd - 1].base.endsWith('ه') === feminine ? c : undefined;
}

/**
 * A country's adjective at token i after a noun, with no gender test: a nisba, or the country's name
 * shaped like one (السعودية is both the kingdom's name and the adjective, and the lexicon step keeps the
 * name; after a noun a definite one-word name in ي or ية is the adjective).
 */
export function adjectiveNisbaAt(lex: CandidateIndex, tokens: readonly Token[], i: number): Candidate | undefined {
  const c = lex.at(i, ['COUNTRY']);
  if (!c) return undefined;
  return c.via === 'nisba' || (c.tokenEnd === i + 1 && isDefinite(tokens[i]) && /(ي|يه)$/.test(tokens[i].base)) ? c : undefined;
}

/**
 * adjectiveNisbaAt of a word with the article and no proclitic, which goes on with the name before it:
 * وزارة التخطيط المصرية، الجيش الوطني الليبي (not وللمصرية).
 */
export function plainNisbaAt(lex: CandidateIndex, tokens: readonly Token[], i: number): Candidate | undefined {
  const t = tokens[i];
  return t !== undefined && isDefinite(t) && !hasProclitic(t) ? adjectiveNisbaAt(lex, tokens, i) : undefined;
}
