// Clusters the project records of one country (a block: records of different countries are
// never one project) without comparing all pairs: records are indexed by the words of their
// names, their places and their capacity, and only records sharing one of these are compared.
// Links are then taken strongest first; two clusters are merged only when every pair across
// them is compatible (no two records of one document, no two names that differ, no nameless
// record that disagrees), so a chain of links cannot join two projects that differ.
// The result depends only on the records of the block, never on their order or on other
// blocks: re-clustering the blocks a new document touches gives what clustering everything
// from scratch gives.
import { compareProjects, ONE_EDIT, type Comparison, type WordMatcher } from './compare-projects.js';
import type { KeyedProject } from './project-keys.js';

export interface Link {
  a: KeyedProject;
  b: KeyedProject;
  comparison: Comparison;
}

export interface Cluster {
  /** Members in key order (doc_id/project_id). */
  members: KeyedProject[];
  /** The links that merged it, in the order they were taken. */
  links: Link[];
}

export interface ClusterOptions {
  matcher?: WordMatcher;
  /** A key shared by more records than this is too common to find pairs by (a place like
   *  الرياض in a big block); the pairs it would give are still found by the other keys. */
  maxPosting?: number;
}

export interface ClusterStats {
  records: number;
  comparisons: number;
  links: number;
}

const byKey = (a: KeyedProject, b: KeyedProject): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Places that several differently named projects of one family share, as `family|place`. */
export function ambiguousPlaces(records: readonly KeyedProject[]): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.words.length === 0) continue;
    for (const p of r.places) {
      const k = `${r.family}|${p.join(' ')}`;
      let s = names.get(k);
      if (!s) names.set(k, (s = new Set()));
      s.add(r.wordKey);
    }
  }
  const out = new Set<string>();
  for (const [k, s] of names) if (s.size >= 2) out.add(k);
  return out;
}

/**
 * Names that name projects of one family in places that share none (طريق الملك فهد in الدمام
 * and in الخرج, two different roads), as `family|words`: a record with that name and no place
 * cannot tell which of them it is.
 */
export function ambiguousNames(records: readonly KeyedProject[]): Set<string> {
  const byName = new Map<string, KeyedProject[]>();
  const unplaced = new Map<string, number>();
  for (const r of records) {
    if (r.words.length === 0) continue;
    const k = `${r.family}|${r.wordKey}`;
    if (r.places.length === 0) {
      unplaced.set(k, (unplaced.get(k) ?? 0) + 1);
      continue;
    }
    let list = byName.get(k);
    if (!list) byName.set(k, (list = []));
    list.push(r);
  }
  const out = new Set<string>();
  for (const [k, list] of byName) {
    // A name that most of its reports give without a place is known by itself: قناة السويس
    // الجديدة, 126 of 141 records of August 2015 without a place, the 15 others placed where its
    // opening was watched or told (بروكسل، إمارة دبي، الرياض، سيناء). A name given to roads or
    // hospitals in several cities comes with its city (طريق الملك فهد: every record placed). Not
    // a name of one word, which is its place's name too: قناة السويس is the 1869 canal, the new
    // one and the development zone by turns (14 of its links read, half of them wrong).
    if ((unplaced.get(k) ?? 0) > list.length && list[0].words.length >= 2) continue;
    // Places shared link records into one location; two locations or more make the name ambiguous.
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const first = new Map<string, number>();
    list.forEach((r, i) => {
      for (const p of r.places) {
        const key = p.join(' ');
        const j = first.get(key);
        if (j === undefined) first.set(key, i);
        else parent[find(i)] = find(j);
      }
    });
    if (new Set(list.map((_, i) => find(i))).size >= 2) out.add(k);
  }
  return out;
}

/** The keys a record is found by: its name words, its places' words, its capacity. */
function blockingKeys(r: KeyedProject): string[] {
  const keys = new Set<string>();
  for (const w of r.words) keys.add(`w:${w}`);
  if (r.squashed) keys.add(`s:${r.squashed}`);
  for (const p of r.places) for (const w of p) keys.add(`p:${w}`);
  const mw = r.record.capacity_mw;
  if (mw !== null && mw > 0) keys.add(`mw:${Math.round(Math.log(mw) * 20)}`);
  if (r.usd !== null && r.usd > 0) keys.add(`usd:${Math.round(Math.log(r.usd) * 10)}`);
  return [...keys];
}

/** Candidate pairs (indexes i < j into `records`), each once, in a fixed order. */
export function candidatePairs(records: readonly KeyedProject[], maxPosting = 2000): [number, number][] {
  const postings = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const k of blockingKeys(r)) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = records.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Clusters the records of one block. */
export function clusterBlock(input: readonly KeyedProject[], options: ClusterOptions = {}, stats?: ClusterStats): Cluster[] {
  const records = [...input].sort(byKey);
  const matcher = options.matcher ?? ONE_EDIT;
  const ambiguous = ambiguousPlaces(records);
  const ambiguousName = ambiguousNames(records);
  const cache = new Map<number, Comparison>();
  const n = records.length;
  const compare = (i: number, j: number): Comparison => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const id = x * n + y;
    let c = cache.get(id);
    if (!c) {
      c = compareProjects(records[x], records[y], { matcher, ambiguousPlaces: ambiguous, ambiguousNames: ambiguousName });
      cache.set(id, c);
      if (stats) stats.comparisons++;
    }
    return c;
  };
  const links = candidatePairs(records, options.maxPosting)
    .map(([i, j]) => ({ i, j, c: compare(i, j) }))
    .filter((l) => l.c.link)
    .sort((p, q) => q.c.strength - p.c.strength || p.i - q.i || p.j - q.j);

  // Clusters as member index lists; `of` maps a record to its cluster's representative.
  const of = records.map((_, i) => i);
  const members = records.map((_, i) => [i]);
  const taken = records.map((): Link[] => []);
  for (const { i, j, c } of links) {
    const a = of[i];
    const b = of[j];
    if (a === b) continue;
    if (!members[a].every((x) => members[b].every((y) => compare(x, y).compatible))) continue;
    const [keep, gone] = a < b ? [a, b] : [b, a];
    for (const x of members[gone]) of[x] = keep;
    members[keep].push(...members[gone]);
    taken[keep].push(...taken[gone], { a: records[i], b: records[j], comparison: c });
    members[gone] = [];
    taken[gone] = [];
  }
  const clusters: Cluster[] = [];
  members.forEach((list, rep) => {
    if (list.length === 0) return;
    clusters.push({ members: list.sort((x, y) => x - y).map((x) => records[x]), links: taken[rep] });
  });
  if (stats) {
    stats.records += records.length;
    stats.links += links.length;
  }
  return clusters;
}

/** The block of a record: its country (records without one form their own block). */
export const blockOf = (r: KeyedProject): string => r.record.country ?? '';

/** Clusters records of any countries, block by block, in block order. */
export function clusterProjects(records: readonly KeyedProject[], options: ClusterOptions = {}, stats?: ClusterStats): Cluster[] {
  const blocks = new Map<string, KeyedProject[]>();
  for (const r of records) {
    const b = blockOf(r);
    let list = blocks.get(b);
    if (!list) blocks.set(b, (list = []));
    list.push(r);
  }
  const out: Cluster[] = [];
  for (const b of [...blocks.keys()].sort()) out.push(...clusterBlock(blocks.get(b)!, options, stats));
  return out;
}
