// Scores figures against gold (issue 3): a gold figure is found by a system figure whose span
// overlaps it and whose kind, value, value_max and unit are the same; count, quantity and
// number may stand for each other. Optional gold figures neither reward nor punish: found,
// they are not counted and the system figure is not an extra; missed, they are not a miss.
import type { Figure } from '../model/types.js';
import type { GoldFigure } from './gold-format.js';
import type { Located } from './locate-gold.js';
import { matchGold } from './match-bipartite.js';
import { CountTable, prf, type Prf } from './prf.js';

/** A gold figure with its place in the article (null when its context was not found). */
export interface LocatedGoldFigure extends GoldFigure {
  span: Located | null;
}

/** What the scorer reads of a system figure. */
export type SystemFigure = Pick<Figure, 'kind' | 'start' | 'end' | 'text' | 'value' | 'value_max' | 'unit'> &
  Partial<Pick<Figure, 'qualifier' | 'id'>>;

export interface FigureMiss {
  gold: LocatedGoldFigure;
  /** System figures overlapping the gold span (found with another kind, value or unit). */
  overlapping: SystemFigure[];
  /** Why it could not be scored, when its context is not in the article. */
  unlocated?: string;
}

export interface FigureScores {
  overall: Prf;
  /** Recall counted by the gold figure's kind, precision by the system figure's kind. */
  byKind: Record<string, Prf>;
  matches: { gold: LocatedGoldFigure; system: SystemFigure }[];
  misses: FigureMiss[];
  extras: SystemFigure[];
  optional: { found: number; missed: number };
  /** Of the matched required figures whose gold gives a qualifier, how many have the same one. */
  qualifier: { agree: number; of: number };
}

const INTERCHANGEABLE = new Set(['count', 'quantity', 'number']);

/** Kinds are the same, or both among count, quantity and number. */
export function sameKind(a: string, b: string): boolean {
  return a === b || (INTERCHANGEABLE.has(a) && INTERCHANGEABLE.has(b));
}

const absent = (v: unknown): boolean => v === null || v === undefined || v === '';

/**
 * Values are the same: numbers within a relative 1e-9 (2.4e9 computed), strings exactly. A gold
 * number written with decimals (`a`, the gold's side) may be a conversion rounded where the
 * annotator stopped writing (102 رطل = 0.046266 t, 700 حصان = 0.522 MW): it also holds a system
 * value within half a unit of its last decimal.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  if (typeof a === 'number' || typeof b === 'number') {
    const x = Number(a);
    const y = Number(b);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    if (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return true;
    return typeof a === 'number' && Math.abs(x - y) <= halfLastDecimal(a);
  }
  return String(a) === String(b);
}

/** Half a unit of the last decimal `v` is written with (0.522 → 0.0005), or 0 for a whole number. */
function halfLastDecimal(v: number): number {
  const written = String(v);
  if (/e/i.test(written)) return 0;
  const point = written.indexOf('.');
  if (point < 0) return 0;
  return 0.5 * 10 ** -(written.length - point - 1);
}

export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  return a!.trim() === b!.trim();
}

export function overlaps(a: Located, b: Located): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether system figure `s` finds gold figure `g` (span overlap and the same reading). */
export function figureMatches(g: LocatedGoldFigure, s: SystemFigure): boolean {
  return (
    g.span !== null &&
    overlaps(g.span, s) &&
    sameKind(g.kind, s.kind) &&
    sameValue(g.value, s.value) &&
    sameValue(g.value_max, s.value_max) &&
    sameUnit(g.unit, s.unit)
  );
}

/** Scores one document's figures. */
export function scoreFigures(gold: readonly LocatedGoldFigure[], system: readonly SystemFigure[]): FigureScores {
  const edges = gold.map((g) => system.flatMap((s, j) => (figureMatches(g, s) ? [j] : [])));
  const { systemOf, optional, extras: unmatched } = matchGold(gold, edges, system.length);

  const table = new CountTable();
  const matches: FigureScores['matches'] = [];
  const misses: FigureMiss[] = [];
  const qualifier = { agree: 0, of: 0 };
  gold.forEach((g, i) => {
    if (g.optional) return;
    const j = systemOf[i];
    if (j >= 0) {
      const s = system[j];
      matches.push({ gold: g, system: s });
      table.get(g.kind).tp++;
      if (!absent(g.qualifier)) {
        qualifier.of++;
        if (g.qualifier === s.qualifier) qualifier.agree++;
      }
    } else {
      table.get(g.kind).fn++;
      const overlapping = g.span ? system.filter((s) => overlaps(g.span!, s)) : [];
      misses.push(g.span ? { gold: g, overlapping } : { gold: g, overlapping, unlocated: 'context not found in the article' });
    }
  });
  const extras = unmatched.map(({ j }) => system[j]);
  for (const s of extras) table.get(s.kind).fp++;
  // Precision by the system's kind: a number found for a gold count is the system's number.
  const byKind = byKindScores(table, matches);
  return { overall: prf(table.total()), byKind, matches, misses, extras, optional, qualifier };
}

/** Per-kind scores: misses by gold kind, extras by system kind, matches by gold kind for
 * recall and by system kind for precision (they differ only for count/quantity/number). */
function byKindScores(table: CountTable, matches: FigureScores['matches']): Record<string, Prf> {
  const recallSide = new CountTable();
  const precisionSide = new CountTable();
  for (const [k, c] of table.rows) {
    recallSide.get(k).fn += c.fn;
    precisionSide.get(k).fp += c.fp;
  }
  for (const m of matches) {
    recallSide.get(m.gold.kind).tp++;
    precisionSide.get(m.system.kind).tp++;
  }
  return mixedTable(recallSide, precisionSide);
}

function mixedTable(recallSide: CountTable, precisionSide: CountTable): Record<string, Prf> {
  const out: Record<string, Prf> = {};
  const keys = new Set([...recallSide.rows.keys(), ...precisionSide.rows.keys()]);
  for (const k of [...keys].sort()) out[k] = mixed(recallSide.get(k), precisionSide.get(k));
  return out;
}

/** Adds per-kind counts of several documents (micro average). */
export function sumFigureCounts(docs: readonly FigureScores[]): { overall: Prf; byKind: Record<string, Prf> } {
  const recallSide = new CountTable();
  const precisionSide = new CountTable();
  for (const d of docs) {
    for (const [k, s] of Object.entries(d.byKind)) {
      recallSide.get(k).fn += s.fn;
      precisionSide.get(k).fp += s.fp;
    }
    for (const m of d.matches) {
      recallSide.get(m.gold.kind).tp++;
      precisionSide.get(m.system.kind).tp++;
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    total.tp += d.overall.tp;
    total.fp += d.overall.fp;
    total.fn += d.overall.fn;
  }
  return { overall: prf(total), byKind: mixedTable(recallSide, precisionSide) };
}

/** Precision from the system side, recall from the gold side; a side with no items scores 1
 * when the other side has none either, else 0. */
function mixed(r: { tp: number; fn: number }, p: { tp: number; fp: number }): Prf {
  const precision = prf({ tp: p.tp, fp: p.fp, fn: r.tp + r.fn > 0 ? 1 : 0 }).precision;
  const recall = prf({ tp: r.tp, fp: p.tp + p.fp > 0 ? 1 : 0, fn: r.fn }).recall;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: r.tp, fp: p.fp, fn: r.fn, precision, recall, f1 };
}
