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
