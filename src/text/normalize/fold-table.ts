// Composes folds into one code-unit lookup table and builds folded views with offset maps.
import { Buffer } from 'node:buffer';
import { STANDARD_FOLDS, type Fold } from './folds.js';

/** A compiled set of folds: `single[c]` is the replacement code unit, KEEP, REMOVE or EXPAND. */
export interface FoldTable {
  folds: readonly Fold[];
  single: Int32Array;
  /** As `single`, with KEEP written as the code unit itself: the output unit, REMOVE or EXPAND. */
  direct: Int32Array;
  expansions: Map<number, string>;
  keepsLength: boolean;
}

const KEEP = -1;
const REMOVE = -2;
const EXPAND = -3;

/** Applies the folds one after the other to a string, without offsets (used to build tables). */
function applyFolds(folds: readonly Fold[], tables: Map<number, string>[], s: string): string {
  let out = s;
  for (let i = 0; i < folds.length; i++) {
    const table = tables[i];
    let next = '';
    for (let j = 0; j < out.length; j++) {
      const c = out.charCodeAt(j);
      const r = table.get(c);
      next += r === undefined ? out[j] : r;
    }
    out = next;
  }
  return out;
}

/** Compiles folds, applied in order, into one table over all 65,536 code units. */
export function compileFolds(folds: readonly Fold[]): FoldTable {
  const tables = folds.map((f) => f.table());
  const touched = new Set<number>();
  for (const t of tables) for (const k of t.keys()) touched.add(k);
  const single = new Int32Array(0x10000).fill(KEEP);
  const expansions = new Map<number, string>();
  for (const c of touched) {
    const r = applyFolds(folds, tables, String.fromCharCode(c));
    if (r.length === 0) single[c] = REMOVE;
    else if (r.length === 1) single[c] = r.charCodeAt(0) === c ? KEEP : r.charCodeAt(0);
    else {
      single[c] = EXPAND;
      expansions.set(c, r);
    }
  }
  const direct = single.map((r, c) => (r === KEEP ? c : r));
  return { folds, single, direct, expansions, keepsLength: folds.every((f) => f.keepsLength) };
}

/** The standard matching view: every fold of folds.ts. */
export const STANDARD: FoldTable = compileFolds(STANDARD_FOLDS);

/** A folded second view of a text, with the map back to source offsets. */
import type { FoldedView } from '../../model/folded-view.js';

export type { FoldedView };

/** Folds `source[0, end)` into a new view; the source is left as it is. */
export function foldView(source: string, table: FoldTable = STANDARD, end = source.length): FoldedView {
  const n = Math.min(end, source.length);
  const direct = table.direct;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let map = new Int32Array(cap + 1);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    const r = direct[c];
    if (r >= 0) {
      if (len >= cap) ({ out, map, cap } = grow(out, map, cap));
      out[len] = r;
      map[len++] = i;
    } else if (r === EXPAND) {
      const e = table.expansions.get(c)!;
      for (let k = 0; k < e.length; k++) {
        if (len >= cap) ({ out, map, cap } = grow(out, map, cap));
        out[len] = e.charCodeAt(k);
        map[len++] = i;
      }
    }
  }
  map[len] = n;
  return { text: decodeUtf16(out, len), toSource: map.subarray(0, len + 1) };
}

function grow(out: Uint16Array, map: Int32Array, cap: number) {
  const nextCap = cap * 2;
  const o = new Uint16Array(nextCap);
  o.set(out);
  const m = new Int32Array(nextCap + 1);
  m.set(map);
  return { out: o, map: m, cap: nextCap };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decodeUtf16(units: Uint16Array, len: number): string {
  if (len === 0) return '';
  // Node's UTF-16LE decoding copies the code units as they are, lone surrogates included, so the
  // view keeps its 1:1 map (TextDecoder would replace them with U+FFFD, and is slower).
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, len * 2).toString('utf16le');
  return decodeChunks(units.subarray(0, len));
}

function decodeChunks(units: Uint16Array): string {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) {
    s += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  }
  return s;
}

/** Maps a folded span `[start, end)` back to a source span. */
export function toSourceSpan(view: FoldedView, start: number, end: number): { start: number; end: number } {
  const s = view.toSource[start];
  const e = end > start ? view.toSource[end - 1] + 1 : s;
  return { start: s, end: e };
}

/** Folds a short string (a token, a lexicon entry) with the standard table; no offsets. */
export function foldString(s: string, table: FoldTable = STANDARD): string {
  const single = table.single;
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    if (single[s.charCodeAt(i)] !== KEEP) {
      changed = true;
      break;
    }
  }
  if (!changed) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = single[c];
    if (r === KEEP) out += s[i];
    else if (r >= 0) out += String.fromCharCode(r);
    else if (r === EXPAND) out += table.expansions.get(c)!;
  }
  return out;
}
