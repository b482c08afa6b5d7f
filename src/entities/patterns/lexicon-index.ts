// The lexicon candidates of a document indexed by their first token, so the patterns can ask
// "does a known country / place / org start here?" (رئيس أوزبكستان ..., ميناء جدة).
import type { Candidate } from '../candidate.js';
import { hasProclitic, isDefinite } from '../token-view.js';
import type { Token } from '../../text/token.js';

/** What `at` and `over` read where no candidate is (shared: most tokens have none, and callers only read it). */
const NONE: readonly Candidate[] = Object.freeze([]);

export class CandidateIndex {
  /**
   * The candidates by first token (a stable sort: those starting at one token keep their order in
   * `all`). A document has a dozen lexicon candidates on average: two arrays by token index (a list
   * of the candidates starting at each token, one of those covering it), grown as the candidates
   * came, allocated about 12 KB a document (28 MB of 5 MB of unseen news); searching a sorted copy
   * allocates only the copy and the lists `over` gives where some candidate covers the token.
   */
  private readonly sorted: Candidate[];
  /** The most tokens a candidate spans: a candidate covering token i starts at i - (longest - 1) or later. */
  private readonly longest: number;

  constructor(readonly all: Candidate[]) {
    this.sorted = all.length < 2 ? all : [...all].sort(byStart);
    let longest = 0;
    for (const c of all) if (c.tokenEnd - c.tokenStart > longest) longest = c.tokenEnd - c.tokenStart;
    this.longest = longest;
  }

  /** The position in `sorted` of the first candidate starting at token i or later. */
  private firstFrom(i: number): number {
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].tokenStart < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The longest candidate starting at token i (optionally of the given types). */
  at(i: number, types?: readonly string[]): Candidate | undefined {
    const sorted = this.sorted;
    let best: Candidate | undefined;
    for (let k = this.firstFrom(i); k < sorted.length; k++) {
      const c = sorted[k];
      if (c.tokenStart !== i) break;
      if (types && !types.includes(c.type)) continue;
      if (!best || c.tokenEnd > best.tokenEnd || (c.tokenEnd === best.tokenEnd && c.priority < best.priority)) best = c;
    }
    return best;
  }

  /** Candidates covering token i, by their first token (a new list each call where there are some). */
  over(i: number): readonly Candidate[] {
    const sorted = this.sorted;
    let list: Candidate[] | undefined;
    for (let k = this.firstFrom(i - this.longest + 1); k < sorted.length; k++) {
      const c = sorted[k];
      if (c.tokenStart > i) break;
      if (c.tokenEnd > i) (list ??= []).push(c);
    }
    return list ?? NONE;
  }
}

function byStart(a: Candidate, b: Candidate): number {
  return a.tokenStart - b.tokenStart;
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
