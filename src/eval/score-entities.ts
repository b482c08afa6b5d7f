// Scores entities per document (issue 3): a gold entity is found when a system entity of the
// same type has a mention equal to one of its names after normalization and clitic stripping
// (name-forms.ts), or, for countries, the same ISO key. Each system entity counts for at most
// one gold entity: a second system entity for the same gold entity (JICA and «وكالة اليابان
// للتعاون الدولي» kept apart) is an extra, because the gold says they are one entity.
import type { Entity } from '../model/types.js';
import type { GoldEntity } from './gold-format.js';
import { matchGold } from './match-bipartite.js';
import { type NameForms, type NameNormalizer, sameName } from './name-forms.js';
import { CountTable, prf, type Prf } from './prf.js';

/** What the scorer reads of a system entity. */
export type SystemEntity = Pick<Entity, 'type' | 'key' | 'name'> & { mentions: readonly { text: string }[] } & Partial<Pick<Entity, 'id'>>;

export interface EntityExtra {
  system: SystemEntity;
  /** The gold entity it also names, when it is a duplicate of one already found. */
  duplicateOf: GoldEntity | null;
}

export interface EntityScores {
  overall: Prf;
  byType: Record<string, Prf>;
  matches: { gold: GoldEntity; system: SystemEntity }[];
  misses: GoldEntity[];
  extras: EntityExtra[];
  optional: { found: number; missed: number };
}

/** Whether system entity `s` names gold entity `g`. */
export function entityMatches(g: GoldEntity, s: SystemEntity, forms: NameNormalizer, goldForms?: NameForms[]): boolean {
  if (g.type !== s.type) return false;
  if (g.type === 'COUNTRY' && g.key && s.key && g.key.toUpperCase() === s.key.toUpperCase()) return true;
  const names = goldForms ?? g.names.map(forms);
  return s.mentions.some((m) => {
    const mf = forms(m.text);
    return names.some((n) => sameName(n, mf));
  });
}

/** Scores one document's entities. */
export function scoreEntities(gold: readonly GoldEntity[], system: readonly SystemEntity[], forms: NameNormalizer): EntityScores {
  const edges = gold.map((g) => {
    const names = g.names.map(forms);
    return system.flatMap((s, j) => (entityMatches(g, s, forms, names) ? [j] : []));
  });
  const { systemOf, optional, extras: unmatched } = matchGold(gold, edges, system.length);

  const table = new CountTable();
  const matches: EntityScores['matches'] = [];
  const misses: GoldEntity[] = [];
  gold.forEach((g, i) => {
    if (g.optional) return;
    const j = systemOf[i];
    if (j >= 0) {
      matches.push({ gold: g, system: system[j] });
      table.get(g.type).tp++;
    } else {
      misses.push(g);
      table.get(g.type).fn++;
    }
  });
  const extras: EntityExtra[] = unmatched.map(({ j, candidates }) => {
    table.get(system[j].type).fp++;
    return { system: system[j], duplicateOf: candidates.find((g) => !g.optional) ?? null };
  });
  return { overall: prf(table.total()), byType: table.scores(), matches, misses, extras, optional };
}

/** Adds the counts of several documents (micro average over documents). */
export function sumEntityCounts(docs: readonly EntityScores[]): { overall: Prf; byType: Record<string, Prf> } {
  const table = new CountTable();
  for (const d of docs) table.add(d.byType);
  return { overall: prf(table.total()), byType: table.scores() };
}
