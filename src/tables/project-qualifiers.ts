// The qualifier of a project's capacity, cost and year: the qualifier of the figure that gave
// the value ("بقدرة تصل إلى 1000 ميغاواط" is at most 1,000 MW), so that every table and report
// showing the value shows it too (issue 21: the projects table dropped the "up to").
import type { Figure, Project, Qualifier } from '../model/types.js';

export interface ProjectQualifiers {
  capacity: Qualifier | null;
  cost: Qualifier | null;
  year: Qualifier | null;
}

/** The qualifiers of `p`'s values, read from its own figures (`figures` by id). */
export function projectQualifiers(p: Project, figures: ReadonlyMap<string, Figure>): ProjectQualifiers {
  const own = p.figures.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined);
  const find = (test: (f: Figure) => boolean): Qualifier | null => own.find(test)?.qualifier ?? null;
  return {
    capacity:
      p.capacity_mw !== null
        ? find(
            (f) =>
              f.kind === 'power' && f.unit === 'MW' && f.value === p.capacity_mw && (f.value_max ?? null) === (p.capacity_mw_max ?? null),
          )
        : p.capacity !== null
          ? find((f) => f.value === p.capacity && f.unit === p.capacity_unit)
          : null,
    cost: p.cost !== null ? find((f) => f.kind === 'money' && f.value === p.cost && f.unit === p.currency) : null,
    year: p.year !== null ? find((f) => (f.kind === 'year' || f.kind === 'year_range') && f.value === p.year) : null,
  };
}
