// One row per cluster: the value most of its sources give for each attribute, and every
// attribute on which they disagree, with who says what (capacity 50 MW in two sources and
// 40 MW in one; a cost in SAR and one in USD that do not match at the peg; two costs in
// currencies with no fixed rate between them, which cannot be checked and are flagged so).
import type { ProjectAttributes } from '../model/types.js';
import type { Cluster } from './cluster-projects.js';
import type { KeyedProject } from './project-keys.js';
import { GENERIC_TYPE } from './type-families.js';

export interface ConflictValue {
  value: string;
  /** Documents giving it, in key order. */
  docs: string[];
}

export interface Conflict {
  attribute: 'type' | 'places' | 'year' | 'year_end' | 'capacity_mw' | 'capacity' | 'cost';
  /** `differ`: the sources disagree; `unchecked`: costs in currencies without a fixed rate. */
  kind: 'differ' | 'unchecked';
  values: ConflictValue[];
}

export interface ConsolidatedProject extends ProjectAttributes {
  cluster_id: string;
  type: string;
  family: string;
  name: string;
  first_report: string | null;
  last_report: string | null;
  /** Distinct documents, and distinct outlets among them. */
  sources: number;
  outlets: number;
  members: number;
  conflicts: Conflict[];
}

/** A cluster's id: its first member's key, so it is the same whoever clusters first. */
export const clusterId = (c: Cluster): string => c.members[0].key;

interface Group<T> {
  value: T;
  label: string;
  docs: Set<string>;
}

/** Groups values that are the same by `same`, in first-seen (key) order. */
function groupValues<T>(
  members: readonly KeyedProject[],
  get: (m: KeyedProject) => T | null,
  same: (a: T, b: T) => boolean,
  label: (v: T) => string,
): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const m of members) {
    const v = get(m);
    if (v === null) continue;
    let g = groups.find((x) => same(x.value, v));
    if (!g) groups.push((g = { value: v, label: label(v), docs: new Set() }));
    g.docs.add(m.record.doc_id);
  }
  return groups;
}

/** The group most documents give; ties go to the first seen. */
const majority = <T>(groups: readonly Group<T>[]): Group<T> | null =>
  groups.reduce<Group<T> | null>((best, g) => (best === null || g.docs.size > best.docs.size ? g : best), null);

const toConflict = <T>(attribute: Conflict['attribute'], groups: readonly Group<T>[], kind: Conflict['kind'] = 'differ'): Conflict => ({
  attribute,
  kind,
  values: groups.map((g) => ({ value: g.label, docs: [...g.docs].sort() })),
});

const close = (tolerance: number) => (a: number, b: number) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

/** Counts of strings across members, most frequent first, then in first-seen order. */
function ranked(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

export function consolidate(cluster: Cluster): ConsolidatedProject {
  const members = cluster.members;
  const conflicts: Conflict[] = [];
  const records = members.map((m) => m.record);

  const types = ranked(records.map((r) => r.type ?? GENERIC_TYPE).filter((t) => t !== GENERIC_TYPE));
  const type = types[0] ?? GENERIC_TYPE;
  const typeGroups = groupValues(
    members,
    (m) => (m.record.type && m.record.type !== GENERIC_TYPE ? m.record.type : null),
    (a, b) => a === b,
    String,
  );
  if (typeGroups.length > 1) conflicts.push(toConflict('type', typeGroups));

  // The name: the most frequent among the members that have identifying words, else among all.
  const named = members.filter((m) => m.words.length > 0);
  const name = ranked((named.length ? named : members).map((m) => m.record.name))[0];

  const places = ranked(records.flatMap((r) => r.places));
  const placeGroups = groupValues(
    members,
    (m) => (m.places.length ? m.places.map((p) => p.join(' ')).join('|') : null),
    (a, b) => shareAPlace(a, b),
    () => '',
  );
  if (placeGroups.length > 1) {
    for (const g of placeGroups) g.label = ranked(records.filter((r) => g.docs.has(r.doc_id)).flatMap((r) => r.places)).join('، ');
    conflicts.push(toConflict('places', placeGroups));
  }

  const pick = <T>(
    attribute: Conflict['attribute'],
    get: (m: KeyedProject) => T | null,
    same: (a: T, b: T) => boolean,
    label: (v: T) => string,
  ) => {
    const groups = groupValues(members, get, same, label);
    if (groups.length > 1) conflicts.push(toConflict(attribute, groups));
    return majority(groups);
  };
  const year = pick(
    'year',
    (m) => m.record.year,
    (a, b) => a === b,
    String,
  );
  const yearEnd = pick(
    'year_end',
    (m) => m.record.year_end,
    (a, b) => a === b,
    String,
  );
  const mw = pick(
    'capacity_mw',
    (m) => (m.record.capacity_mw === null ? null : m),
    (a, b) => close(0.02)(a.record.capacity_mw!, b.record.capacity_mw!),
    (m) => `${fmt(m.record.capacity_mw!)}${m.record.capacity_mw_max !== null ? `–${fmt(m.record.capacity_mw_max)}` : ''} MW`,
  );
  const cap = pick(
    'capacity',
    (m) => (m.record.capacity === null || !m.record.capacity_unit ? null : m),
    (a, b) => a.record.capacity_unit === b.record.capacity_unit && close(0.02)(a.record.capacity!, b.record.capacity!),
    (m) => `${fmt(m.record.capacity!)} ${m.record.capacity_unit}`,
  );

  // Costs: compared in dollars where a peg gives them; costs in other currencies are compared
  // within their currency, and two such currencies cannot be checked against each other.
  const costGroups = groupValues(
    members,
    (m) => (m.record.cost === null && m.usd === null ? null : m),
    (a, b) =>
      a.usd !== null && b.usd !== null
        ? close(0.1)(a.usd, b.usd)
        : a.record.currency === b.record.currency &&
          a.record.cost !== null &&
          b.record.cost !== null &&
          close(0.1)(a.record.cost, b.record.cost),
    (m) => costLabel(m),
  );
  if (costGroups.length > 1) {
    const pegged = costGroups.filter((g) => g.value.usd !== null);
    const currencies = new Set(costGroups.filter((g) => g.value.usd === null).map((g) => g.value.record.currency));
    const unchecked = pegged.length <= 1 && currencies.size + (pegged.length ? 1 : 0) === costGroups.length;
    conflicts.push(toConflict('cost', costGroups, unchecked ? 'unchecked' : 'differ'));
  }
  const cost = majority(costGroups);

  const dates = records
    .map((r) => r.published)
    .filter((d): d is string => d !== null)
    .sort();
  const docs = new Set(records.map((r) => r.doc_id));
  const outlets = new Set(records.map((r) => r.outlet).filter((o): o is string => o !== null));
  return {
    cluster_id: clusterId(cluster),
    type,
    family:
      members[0].family === GENERIC_TYPE ? (members.find((m) => m.family !== GENERIC_TYPE)?.family ?? GENERIC_TYPE) : members[0].family,
    name,
    country: records[0].country,
    places,
    year: year?.value ?? null,
    year_end: yearEnd?.value ?? null,
    capacity_mw: mw?.value.record.capacity_mw ?? null,
    capacity_mw_max: mw?.value.record.capacity_mw_max ?? null,
    capacity: cap?.value.record.capacity ?? null,
    capacity_unit: cap?.value.record.capacity_unit ?? null,
    cost: cost?.value.record.cost ?? null,
    currency: cost?.value.record.currency ?? null,
    cost_usd: cost?.value.usd ?? null,
    partners: ranked(records.flatMap((r) => [...new Set(r.partners)])),
    first_report: dates[0] ?? null,
    last_report: dates[dates.length - 1] ?? null,
    sources: docs.size,
    outlets: outlets.size,
    members: members.length,
    conflicts,
  };
}

function shareAPlace(a: string, b: string): boolean {
  const x = a.split('|');
  const y = new Set(b.split('|'));
  return x.some((p) => y.has(p) || [...y].some((q) => ` ${q} `.includes(` ${p} `) || ` ${p} `.includes(` ${q} `)));
}

function costLabel(m: KeyedProject): string {
  const r = m.record;
  const own = r.cost !== null ? `${fmt(r.cost)} ${r.currency ?? ''}`.trim() : null;
  if (m.usd !== null && r.currency !== 'USD') return own ? `${own} (${fmt(m.usd)} USD)` : `${fmt(m.usd)} USD`;
  return own ?? `${fmt(m.usd!)} USD`;
}

/** Conflicts as one line of text: `capacity_mw: 50 MW (2) / 40 MW (1)`. */
export function conflictsText(conflicts: readonly Conflict[]): string {
  return conflicts
    .map(
      (c) =>
        `${c.attribute}${c.kind === 'unchecked' ? ' (unchecked)' : ''}: ${c.values.map((v) => `${v.value} (${v.docs.length})`).join(' / ')}`,
    )
    .join('; ');
}
