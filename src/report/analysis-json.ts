// analysis.json with a stable key order: the contract's keys in the contract's order
// (shared/CONTRACT.md), then any added fields by name (their own objects: id, index, start,
// end first, then by name). However a stage builds its objects, the file reads the same, so
// golden files and diffs stay meaningful.
import type { Analysis } from '../model/types.js';

type Obj = Record<string, unknown>;

const ORDER = {
  analysis: ['schema', 'document', 'sentences', 'entities', 'figures', 'projects', 'messages'],
  document: ['id', 'source', 'title', 'published', 'site', 'author', 'language', 'body', 'chars', 'sentences', 'tokens'],
  span: ['start', 'end'],
  sentence: ['index', 'start', 'end'],
  entity: ['id', 'type', 'key', 'name', 'name_en', 'mentions'],
  mention: ['start', 'end', 'text', 'sentence', 'via'],
  figure: ['id', 'kind', 'start', 'end', 'text', 'value', 'value_max', 'unit', 'qualifier', 'sentence', 'subject'],
  project: [
    'id',
    'type',
    'name',
    'start',
    'end',
    'sentence',
    'country',
    'places',
    'year',
    'year_end',
    'capacity_mw',
    'capacity_mw_max',
    'capacity',
    'capacity_unit',
    'cost',
    'currency',
    'cost_usd',
    'partners',
    'figures',
  ],
  message: ['reason', 'start', 'end', 'rule'],
} as const;

const LEADING = ['id', 'index', 'start', 'end'];
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Added fields (not in the contract) at any depth: id, index, start, end first, then the rest by name. */
function added(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(added);
  if (!v || typeof v !== 'object') return v;
  const o = v as Obj;
  const keys = [
    ...LEADING.filter((k) => k in o),
    ...Object.keys(o)
      .filter((k) => !LEADING.includes(k))
      .sort(byName),
  ];
  return Object.fromEntries(keys.map((k) => [k, added(o[k])]));
}

/** A copy of `o` with `keys` first (in that order), then its added keys by name. */
function ordered(o: Obj, keys: readonly string[], nested: Record<string, (v: unknown) => unknown> = {}): Obj {
  const out: Obj = {};
  for (const k of keys) if (k in o) out[k] = k in nested ? nested[k](o[k]) : o[k];
  for (const k of Object.keys(o)
    .filter((k) => !(k in out))
    .sort(byName))
    out[k] = added(o[k]);
  return out;
}

const each = (keys: readonly string[], nested?: Record<string, (v: unknown) => unknown>) => (v: unknown) =>
  Array.isArray(v) ? v.map((x) => ordered(x as Obj, keys, nested)) : v;

/** The analysis with its keys in the contract's order. */
export function canonicalAnalysis(a: Analysis): Analysis {
  return ordered(a as unknown as Obj, ORDER.analysis, {
    document: (d) => ordered(d as Obj, ORDER.document, { body: (b) => ordered(b as Obj, ORDER.span) }),
    sentences: each(ORDER.sentence),
    entities: each(ORDER.entity, { mentions: each(ORDER.mention) }),
    figures: each(ORDER.figure),
    projects: each(ORDER.project),
    messages: each(ORDER.message),
  }) as unknown as Analysis;
}

/** The analysis as the text of analysis.json: two-space indentation, contract key order, final newline. */
export function analysisJson(a: Analysis): string {
  return JSON.stringify(canonicalAnalysis(a), null, 2) + '\n';
}
