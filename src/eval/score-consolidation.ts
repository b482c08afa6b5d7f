// Scores consolidation (issue 19) pairwise against ../shared/gold-dev/consolidation.json: among
// the gold projects the system found, a pair of one gold cluster that the system puts in one
// consolidated project is a true link, one it leaves apart a missed link; a pair the system
// joins that no gold cluster joins is a false link. A pair with an optional gold project counts
// only as a true link (when joined) or, if that project belongs to no cluster, not at all.
import { readFileSync } from 'node:fs';
import { prf, type Prf } from './prf.js';

export interface ConsolidationGold {
  clusters: { name: string; members: { article: string; anchor: string; optional?: boolean }[] }[];
}

/** A gold project of a gold-dev article that the system found, and where the system put it. */
export interface FoundGoldProject {
  article: string;
  /** Its anchor text in the gold file. */
  anchor: string;
  optional: boolean;
  /** The consolidated project the system put its record in. */
  cluster: string;
}

export interface LinkPair {
  a: FoundGoldProject;
  b: FoundGoldProject;
  /** The gold cluster both belong to, or null. */
  gold: string | null;
  joined: boolean;
}

export interface ConsolidationScores {
  links: Prf;
  /** Gold projects found, of those the gold clusters name. */
  clusterMembersFound: number;
  clusterMembers: number;
  trueLinks: LinkPair[];
  missedLinks: LinkPair[];
  falseLinks: LinkPair[];
}

export function readConsolidationGold(path: string): ConsolidationGold {
  const json = JSON.parse(readFileSync(path, 'utf8')) as ConsolidationGold;
  if (!json || !Array.isArray(json.clusters)) throw new Error(`${path}: needs "clusters", a list of {name, members}`);
  for (const c of json.clusters) {
    if (typeof c.name !== 'string' || !Array.isArray(c.members)) throw new Error(`${path}: each cluster needs a name and members`);
    for (const m of c.members)
      if (typeof m.article !== 'string' || typeof m.anchor !== 'string')
        throw new Error(`${path}: cluster ${c.name}: a member needs article and anchor`);
  }
  return json;
}

const memberId = (article: string, anchor: string) => `${article}\t${anchor}`;

/** Scores the links among the found gold projects. */
export function scoreConsolidation(gold: ConsolidationGold, found: readonly FoundGoldProject[]): ConsolidationScores {
  const clusterOf = new Map<string, string>();
  let clusterMembers = 0;
  for (const c of gold.clusters) {
    for (const m of c.members) {
      clusterOf.set(memberId(m.article, m.anchor), c.name);
      if (!m.optional) clusterMembers++;
    }
  }
  const counts = { tp: 0, fp: 0, fn: 0 };
  const out: ConsolidationScores = {
    links: prf(counts),
    clusterMembersFound: 0,
    clusterMembers,
    trueLinks: [],
    missedLinks: [],
    falseLinks: [],
  };
  for (const f of found) if (!f.optional && clusterOf.has(memberId(f.article, f.anchor))) out.clusterMembersFound++;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i];
      const b = found[j];
      if (a.article === b.article) continue;
      const ga = clusterOf.get(memberId(a.article, a.anchor)) ?? null;
      const gb = clusterOf.get(memberId(b.article, b.anchor)) ?? null;
      const joined = a.cluster === b.cluster;
      const same = ga !== null && ga === gb;
      const pair: LinkPair = { a, b, gold: same ? ga : null, joined };
      if (same) {
        if (joined) {
          counts.tp++;
          out.trueLinks.push(pair);
        } else if (!a.optional && !b.optional) {
          counts.fn++;
          out.missedLinks.push(pair);
        }
      } else if (joined) {
        // An optional project that no cluster names may be anything: its links are not scored.
        if ((a.optional && ga === null) || (b.optional && gb === null)) continue;
        counts.fp++;
        out.falseLinks.push(pair);
      }
    }
  }
  out.links = prf(counts);
  return out;
}
