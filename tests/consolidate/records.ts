// Hand-made project records for the consolidation tests.
import type { ProjectRecord } from '../../src/consolidate/project-record.js';
import { keyProject, type KeyedProject } from '../../src/consolidate/project-keys.js';

let n = 0;

/** A record with every field null or empty but those given. */
export function record(fields: Partial<ProjectRecord> & { name: string }): ProjectRecord {
  n++;
  return {
    doc_id: `d${n}`,
    project_id: 'p1',
    type: 'power_plant',
    country: 'SA',
    places: [],
    year: null,
    year_end: null,
    capacity_mw: null,
    capacity_mw_max: null,
    capacity: null,
    capacity_unit: null,
    cost: null,
    currency: null,
    cost_usd: null,
    partners: [],
    published: null,
    outlet: null,
    title: null,
    context: null,
    ...fields,
  };
}

export const keyed = (fields: Partial<ProjectRecord> & { name: string }): KeyedProject => keyProject(record(fields));
