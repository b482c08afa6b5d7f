// Scores projects (issue 3): a gold project is found when a system project's span overlaps
// its anchor or one of its other `mentions` (one system project per gold project, the anchor
// and then the largest overlap preferred); then, for
// the projects found, the share of the attributes the gold states (country, year,
// capacity_mw, cost_usd) that the system gives the same.
import type { Project } from '../model/types.js';
import type { GoldProject } from './gold-format.js';
import type { Located } from './locate-gold.js';
import { matchGold } from './match-bipartite.js';
import { prf, type Prf } from './prf.js';
import { overlaps, sameValue } from './score-figures.js';

export const PROJECT_ATTRIBUTES = ['country', 'year', 'capacity_mw', 'cost_usd'] as const;
export type ProjectAttribute = (typeof PROJECT_ATTRIBUTES)[number];

export interface LocatedGoldProject extends GoldProject {
  span: Located | null;
  /** The located `mentions` (those whose context was found). */
  mentionSpans?: Located[];
}

export type SystemProject = Pick<Project, 'start' | 'end' | 'name' | 'type'> &
  Partial<Pick<Project, ProjectAttribute | 'id' | 'cost' | 'currency'>>;

export interface AttributeCounts {
  /** Attributes stated by the gold, over all required gold projects (found or not). */
  stated: number;
  /** Attributes stated by the gold, over the projects found. */
  of: number;
  /** Of those, the ones the system gives the same. */
  same: number;
}

export interface AttributeShares extends AttributeCounts {
  /** same / of: agreement on the projects found; null when none was found. */
  share: number | null;
  /** same / stated: end to end (a missed project gets none right); 1 when the gold states none. */
  overall: number;
}

export interface AttributeDiff {
  attribute: ProjectAttribute;
  gold: unknown;
  system: unknown;
}

export interface ProjectScores {
  overall: Prf;
  /** Attribute agreement, in all and per attribute. */
  attributes: AttributeShares & { byAttribute: Record<string, AttributeShares> };
  matches: { gold: LocatedGoldProject; system: SystemProject; diffs: AttributeDiff[] }[];
  misses: { gold: LocatedGoldProject; unlocated?: string }[];
  extras: SystemProject[];
  optional: { found: number; missed: number };
}

/** The gold value of an attribute; cost_usd is also read from cost when the currency is USD. */
export function goldAttribute(g: GoldProject, a: ProjectAttribute): unknown {
  if (a === 'cost_usd' && (g.cost_usd === undefined || g.cost_usd === null) && g.currency === 'USD') return g.cost ?? null;
  return g[a] ?? null;
}

export function sameAttribute(a: ProjectAttribute, gold: unknown, system: unknown): boolean {
  if (a === 'country') return typeof gold === 'string' && typeof system === 'string' && gold.toUpperCase() === system.toUpperCase();
  return sameValue(gold, system);
}

const overlapLength = (a: Located, b: Located): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Scores one document's projects. */
export function scoreProjects(gold: readonly LocatedGoldProject[], system: readonly SystemProject[]): ProjectScores {
  const edges = gold.map((g) => {
    const others = g.mentionSpans ?? [];
    if (!g.span && others.length === 0) return [];
    const reach = (s: SystemProject): number => {
      const anchor = g.span && overlaps(g.span, s) ? overlapLength(g.span, s) : 0;
      const mention = Math.max(0, ...others.map((m) => (overlaps(m, s) ? overlapLength(m, s) : 0)));
      return anchor > 0 ? 1e6 + anchor : mention;
    };
    return system
      .map((s, j) => ({ j, o: reach(s) }))
      .filter((e) => e.o > 0)
      .sort((x, y) => y.o - x.o || x.j - y.j)
      .map((e) => e.j);
  });
  const { systemOf, optional, extras: unmatched } = matchGold(gold, edges, system.length);

  const counts = { tp: 0, fp: 0, fn: 0 };
  const matches: ProjectScores['matches'] = [];
  const misses: ProjectScores['misses'] = [];
  const byAttribute: Record<string, AttributeCounts> = Object.fromEntries(
    PROJECT_ATTRIBUTES.map((a) => [a, { stated: 0, of: 0, same: 0 }]),
  );
  gold.forEach((g, i) => {
    if (g.optional) return;
    const j = systemOf[i];
    for (const a of PROJECT_ATTRIBUTES) if (goldAttribute(g, a) !== null) byAttribute[a].stated++;
    if (j < 0) {
      counts.fn++;
      misses.push(g.span ? { gold: g } : { gold: g, unlocated: 'anchor context not found in the article' });
      return;
    }
    counts.tp++;
    const s = system[j];
    const diffs: AttributeDiff[] = [];
    for (const a of PROJECT_ATTRIBUTES) {
      const gv = goldAttribute(g, a);
      if (gv === null) continue;
      byAttribute[a].of++;
      if (sameAttribute(a, gv, s[a] ?? null)) byAttribute[a].same++;
      else diffs.push({ attribute: a, gold: gv, system: s[a] ?? null });
    }
    matches.push({ gold: g, system: s, diffs });
  });
  const extras = unmatched.map(({ j }) => system[j]);
  counts.fp = extras.length;
  return { overall: prf(counts), attributes: attributeShares(byAttribute), matches, misses, extras, optional };
}

/** Shares from attribute counts. */
export function attributeShares(byAttribute: Record<string, AttributeCounts>): ProjectScores['attributes'] {
  const shares = (c: AttributeCounts): AttributeShares => ({
    ...c,
    share: c.of > 0 ? c.same / c.of : null,
    overall: c.stated > 0 ? c.same / c.stated : 1,
  });
  const total = { stated: 0, of: 0, same: 0 };
  const out: Record<string, AttributeShares> = {};
  for (const [a, c] of Object.entries(byAttribute)) {
    total.stated += c.stated;
    total.of += c.of;
    total.same += c.same;
    out[a] = shares(c);
  }
  return { ...shares(total), byAttribute: out };
}

/** Adds the counts of several documents. */
export function sumProjectCounts(docs: readonly ProjectScores[]): Pick<ProjectScores, 'overall' | 'attributes'> {
  const counts = { tp: 0, fp: 0, fn: 0 };
  const byAttribute: Record<string, AttributeCounts> = Object.fromEntries(
    PROJECT_ATTRIBUTES.map((a) => [a, { stated: 0, of: 0, same: 0 }]),
  );
  for (const d of docs) {
    counts.tp += d.overall.tp;
    counts.fp += d.overall.fp;
    counts.fn += d.overall.fn;
    for (const [a, c] of Object.entries(d.attributes.byAttribute)) {
      byAttribute[a].stated += c.stated;
      byAttribute[a].of += c.of;
      byAttribute[a].same += c.same;
    }
  }
  return { overall: prf(counts), attributes: attributeShares(byAttribute) };
}
