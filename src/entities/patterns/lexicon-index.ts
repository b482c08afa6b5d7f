// The lexicon candidates of a document indexed by their first token, so the patterns can ask
// "does a known country / place / org start here?" (رئيس أوزبكستان ..., ميناء جدة).
import type { Candidate } from '../candidate.js';

export class CandidateIndex {
  private readonly byStart = new Map<number, Candidate[]>();
  private readonly covering: (Candidate[] | undefined)[] = [];

  constructor(readonly all: Candidate[]) {
    for (const c of all) {
      const list = this.byStart.get(c.tokenStart);
      if (list) list.push(c);
      else this.byStart.set(c.tokenStart, [c]);
      for (let i = c.tokenStart; i < c.tokenEnd; i++) (this.covering[i] ??= []).push(c);
    }
  }

  /** The longest candidate starting at token i (optionally of the given types). */
  at(i: number, types?: readonly string[]): Candidate | undefined {
    let best: Candidate | undefined;
    for (const c of this.byStart.get(i) ?? []) {
      if (types && !types.includes(c.type)) continue;
      if (!best || c.tokenEnd > best.tokenEnd || (c.tokenEnd === best.tokenEnd && c.priority < best.priority)) best = c;
    }
    return best;
  }

  /** Candidates covering token i. */
  over(i: number): Candidate[] {
    return this.covering[i] ?? [];
  }
}
