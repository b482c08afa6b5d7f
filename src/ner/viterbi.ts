// First-order Viterbi decoding over the tag lattice, in flat typed arrays.

/**
 * Best tag sequence for `n` positions and `T` tags. `emit[i*T + t]` scores tag t at position i;
 * `trans[p*T + t]` scores tag t after tag p; `start[t]` and `end[t]` score the first and last
 * tag. Forbidden moves carry a large negative score. Writes the tags into `out`.
 */
export function viterbi(
  n: number,
  T: number,
  emit: Float64Array,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  out: Uint8Array,
  scratch: ViterbiScratch = new ViterbiScratch(),
): void {
  if (n === 0) return;
  const { delta, back } = scratch.ensure(n * T);
  for (let t = 0; t < T; t++) delta[t] = start[t] + emit[t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let t = 0; t < T; t++) {
      fromAny(delta, back, emit, trans, prev, cur, t, T);
    }
  }
  backtrace(delta, back, end, n, T, out);
}

/**
 * viterbi() over the nine IOB2 tags of tags.ts (O, then B-X and I-X of each type), for transition
 * scores that forbid (with a large negative score) every move IOB2 forbids, as NerModel's do: an
 * I-X tag is reached only from B-X and I-X, so only those two are tried for it, where viterbi()
 * tries all nine (53 sums a position instead of 81). The B-X before is always reachable, so a
 * forbidden move never scores best there: the tags are viterbi()'s.
 */
export function viterbiIob2(
  n: number,
  emit: Float64Array,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  out: Uint8Array,
  scratch: ViterbiScratch,
): void {
  if (n === 0) return;
  const T = 9;
  const { delta, back } = scratch.ensure(n * T);
  for (let t = 0; t < T; t++) delta[t] = start[t] + emit[t];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    // O and B-X (t even after O: 0, 1, 3, 5, 7) follow any tag.
    for (let t = 0; t < T; t = t === 0 ? 1 : t + 2) {
      fromAny(delta, back, emit, trans, prev, cur, t, T);
    }
    // I-X (2, 4, 6, 8) follows B-X (t - 1) or I-X (t).
    for (let t = 2; t < T; t += 2) {
      const b = delta[prev + t - 1] + trans[(t - 1) * T + t];
      const s = delta[prev + t] + trans[t * T + t];
      // The first of equal scores, as viterbi() keeps.
      if (s > b) {
        delta[cur + t] = s + emit[cur + t];
        back[cur + t] = t;
      } else {
        delta[cur + t] = b + emit[cur + t];
        back[cur + t] = t - 1;
      }
    }
  }
  backtrace(delta, back, end, n, T, out);
}

/** Fills lattice cell (cur, t) from the best of every tag at position prev (the first of equal scores). */
function fromAny(
  delta: Float64Array,
  back: Uint8Array,
  emit: Float64Array,
  trans: ArrayLike<number>,
  prev: number,
  cur: number,
  t: number,
  T: number,
): void {
  let best = -Infinity;
  let arg = 0;
  for (let p = 0; p < T; p++) {
    const s = delta[prev + p] + trans[p * T + t];
    if (s > best) {
      best = s;
      arg = p;
    }
  }
  delta[cur + t] = best + emit[cur + t];
  back[cur + t] = arg;
}

/** Writes to out the best path of a filled lattice: the best last tag with its end score, then back. */
function backtrace(delta: Float64Array, back: Uint8Array, end: ArrayLike<number>, n: number, T: number, out: Uint8Array): void {
  const last = (n - 1) * T;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = delta[last + t] + end[t];
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * T + arg];
    out[i - 1] = arg;
  }
}

/** Reusable lattice buffers (grown on demand). */
export class ViterbiScratch {
  delta = new Float64Array(0);
  back = new Uint8Array(0);
  ensure(size: number): { delta: Float64Array; back: Uint8Array } {
    if (this.delta.length < size) {
      this.delta = new Float64Array(size * 2);
      this.back = new Uint8Array(size * 2);
    }
    return this;
  }
}

/**
 * Second-order Viterbi: viterbi() with a score for every three tags in a row besides the two-tag
 * transitions. `tri[(pp * T + p) * T + t]` scores tag t after p after pp, where pp = T stands for
 * the start of the sentence (the trigram of the second position). The lattice's states are the
 * pairs (tag before, tag): T² of them a position, each reached from T; a pair whose transition is
 * forbidden (FORBIDDEN or below -1e8) is never entered. Writes the tags into `out`.
 */
export function viterbi2(
  n: number,
  T: number,
  emit: Float64Array,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  tri: ArrayLike<number>,
  out: Uint8Array,
  scratch: ViterbiScratch = new ViterbiScratch(),
): void {
  if (n === 0) return;
  if (n === 1) {
    let best = -Infinity;
    let arg = 0;
    for (let t = 0; t < T; t++) {
      const s = start[t] + emit[t] + end[t];
      if (s > best) {
        best = s;
        arg = t;
      }
    }
    out[0] = arg;
    return;
  }
  const TT = T * T;
  const { delta, back } = scratch.ensure(n * TT);
  const first = T * TT;
  for (let p = 0; p < T; p++) {
    const a = start[p] + emit[p];
    for (let t = 0; t < T; t++) {
      const tr = trans[p * T + t];
      delta[TT + p * T + t] = tr <= -1e8 ? -Infinity : a + tr + tri[first + p * T + t] + emit[T + t];
      back[TT + p * T + t] = T;
    }
  }
  for (let i = 2; i < n; i++) {
    const prev = (i - 1) * TT;
    const cur = i * TT;
    const e = i * T;
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++) {
        const tr = trans[p * T + t];
        const k = cur + p * T + t;
        if (tr <= -1e8) {
          delta[k] = -Infinity;
          back[k] = 0;
          continue;
        }
        let best = -Infinity;
        let arg = 0;
        for (let pp = 0; pp < T; pp++) {
          const s = delta[prev + pp * T + p] + tri[(pp * T + p) * T + t];
          if (s > best) {
            best = s;
            arg = pp;
          }
        }
        delta[k] = best + tr + emit[e + t];
        back[k] = arg;
      }
    }
  }
  const last = (n - 1) * TT;
  let best = -Infinity;
  let bp = 0;
  let bt = 0;
  for (let p = 0; p < T; p++) {
    for (let t = 0; t < T; t++) {
      const s = delta[last + p * T + t] + end[t];
      if (s > best) {
        best = s;
        bp = p;
        bt = t;
      }
    }
  }
  out[n - 1] = bt;
  out[n - 2] = bp;
  for (let i = n - 1; i >= 2; i--) out[i - 2] = back[i * TT + out[i - 1] * T + out[i]];
}

/** The size of a trigram score table for `T` tags: (T + 1) × T × T (the start as a tag before). */
export function trigramSize(T: number): number {
  return (T + 1) * T * T;
}

/** The IOB2 lattice's moves for viterbi2Iob2: the allowed pairs (p, t) and, for each, the tags pp allowed before p. */
const IOB2_PAIRS = (() => {
  const T = 9;
  // tags.ts's rule, written out here (this file imports nothing): I-X (even, > 0) only after B-X or I-X.
  const allowed = (p: number, t: number) => !(t > 0 && t % 2 === 0) || p === t || p === t - 1;
  const pairs: number[] = [];
  const from: number[] = [];
  const before: number[] = [];
  for (let p = 0; p < T; p++) {
    for (let t = 0; t < T; t++) {
      if (!allowed(p, t)) continue;
      pairs.push(p * T + t);
      from.push(before.length);
      for (let pp = 0; pp < T; pp++) if (allowed(pp, p)) before.push(pp);
    }
  }
  from.push(before.length);
  return { pairs: Int32Array.from(pairs), from: Int32Array.from(from), before: Int32Array.from(before) };
})();

/**
 * viterbi2() over the nine IOB2 tags, for transition and start scores that forbid every move IOB2
 * forbids (as NerModel's do): only the 53 allowed pairs (p, t) are states, each reached only from
 * the tags allowed before p (309 sums a position instead of 729). The same tags as viterbi2().
 */
export function viterbi2Iob2(
  n: number,
  emit: Float64Array,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  tri: ArrayLike<number>,
  out: Uint8Array,
  scratch: ViterbiScratch,
): void {
  const T = 9;
  if (n <= 1) {
    viterbi2(n, T, emit, trans, start, end, tri, out, scratch);
    return;
  }
  const TT = T * T;
  const { pairs, from, before } = IOB2_PAIRS;
  const P = pairs.length;
  const { delta, back } = scratch.ensure(n * TT);
  // Cells of forbidden pairs are never read: every pair read is an allowed (pp, p).
  const first = T * TT;
  for (let k = 0; k < P; k++) {
    const pt = pairs[k];
    const p = (pt / T) | 0;
    const t = pt - p * T;
    delta[TT + pt] = start[p] + emit[p] + trans[pt] + tri[first + pt] + emit[T + t];
    back[TT + pt] = T;
  }
  for (let i = 2; i < n; i++) {
    const prev = (i - 1) * TT;
    const cur = i * TT;
    const e = i * T;
    for (let k = 0; k < P; k++) {
      const pt = pairs[k];
      const p = (pt / T) | 0;
      const t = pt - p * T;
      let best = -Infinity;
      let arg = 0;
      for (let j = from[k], last = from[k + 1]; j < last; j++) {
        const pp = before[j];
        const s = delta[prev + pp * T + p] + tri[pp * TT + pt];
        if (s > best) {
          best = s;
          arg = pp;
        }
      }
      delta[cur + pt] = best + trans[pt] + emit[e + t];
      back[cur + pt] = arg;
    }
  }
  const last = (n - 1) * TT;
  let best = -Infinity;
  let bpt = 0;
  for (let k = 0; k < P; k++) {
    const pt = pairs[k];
    const s = delta[last + pt] + end[pt % T];
    if (s > best) {
      best = s;
      bpt = pt;
    }
  }
  out[n - 1] = bpt % T;
  out[n - 2] = (bpt / T) | 0;
  for (let i = n - 1; i >= 2; i--) out[i - 2] = back[i * TT + out[i - 1] * T + out[i]];
}
