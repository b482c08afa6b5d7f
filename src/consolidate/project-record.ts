// One project record of one document, as consolidation reads it: the contract's project
// (CONTRACT.md `projects`) with its partners' names and the document's date and outlet.
// Every field is read from the store by name, so a record with more fields (the lead may add
// some) still reads, and one without an optional field gets null.
import type { ProjectAttributes } from '../model/types.js';

export interface ProjectRecord extends ProjectAttributes {
  doc_id: string;
  project_id: string;
  type: string | null;
  name: string;
  /** The document's publication date, YYYY-MM-DD, or null. */
  published: string | null;
  /** The outlet (site, or the record's source), or null. */
  outlet: string | null;
  /** The document's title, for reports. */
  title: string | null;
  /** The text of the sentence the project is named in, or null where unknown. */
  context: string | null;
}

/** The identity of a record: `doc_id/project_id`, which sorts the same on every run. */
export const recordKey = (r: Pick<ProjectRecord, 'doc_id' | 'project_id'>): string => `${r.doc_id}/${r.project_id}`;
