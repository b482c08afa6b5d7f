// Maximum one-to-one matching of gold items to system items (Kuhn's augmenting paths), so
// that one system item never counts for two gold items and the count of matches is the
// largest possible whatever order the items come in.

/**
 * Matches gold items (0..goldCount-1, in the order given) to system items through `edges`
 * (for each gold item, the system items it may be matched with, best first). Returns for
 * each gold item the system item matched, or -1. Gold items earlier in `order` keep their
 * match when later ones are added: augmenting paths never unmatch a matched gold item, so
 * passing required gold items before optional ones maximizes the required matches first.
 */
export function matchBipartite(edges: readonly (readonly number[])[], systemCount: number, order?: readonly number[]): number[] {
  const goldOf = new Array<number>(systemCount).fill(-1);
  const systemOf = new Array<number>(edges.length).fill(-1);
  const seen = new Array<number>(systemCount).fill(-1);
  const tryAugment = (g: number, round: number): boolean => {
    for (const s of edges[g]) {
      if (seen[s] === round) continue;
      seen[s] = round;
      if (goldOf[s] === -1 || tryAugment(goldOf[s], round)) {
        goldOf[s] = g;
        systemOf[g] = s;
        return true;
      }
    }
    return false;
  };
  const sequence = order ?? edges.map((_, i) => i);
  sequence.forEach((g, round) => {
    tryAugment(g, round);
  });
  return systemOf;
}

export interface GoldMatching<G> {
  /** For each gold item, the system item matched, or -1. */
  systemOf: number[];
  /** Optional gold items found and missed: they count neither way. */
  optional: { found: number; missed: number };
  /**
   * The system items left unmatched, each with the gold items it could have stood for; one
   * that could only have stood for optional gold items (taken by another) is as neutral as
   * they are and is left out.
   */
  extras: { j: number; candidates: G[] }[];
}

/** Matches gold items, required ones first, to `systemCount` system items through `edges`. */
export function matchGold<G extends { optional?: boolean }>(
  gold: readonly G[],
  edges: readonly (readonly number[])[],
  systemCount: number,
): GoldMatching<G> {
  const required = gold.flatMap((g, i) => (g.optional ? [] : [i]));
  const optionalItems = gold.flatMap((g, i) => (g.optional ? [i] : []));
  const systemOf = matchBipartite(edges, systemCount, [...required, ...optionalItems]);
  const used = new Set(systemOf.filter((j) => j >= 0));
  const optional = { found: 0, missed: 0 };
  for (const i of optionalItems) {
    if (systemOf[i] >= 0) optional.found++;
    else optional.missed++;
  }
  const extras: GoldMatching<G>['extras'] = [];
  for (let j = 0; j < systemCount; j++) {
    if (used.has(j)) continue;
    const candidates = gold.filter((_, i) => edges[i].includes(j));
    if (candidates.length > 0 && candidates.every((g) => g.optional)) continue;
    extras.push({ j, candidates });
  }
  return { systemOf, optional, extras };
}
