// Consolidation across documents: the same project reported by several articles becomes one
// consolidated project with its sources, consensus and conflicts; the same entity one row.
export { clusterBlock, clusterProjects, candidatePairs, type Cluster, type Link } from './cluster-projects.js';
export { compareProjects, evidenceOf, withinOneEdit, ONE_EDIT, type Comparison, type WordMatcher } from './compare-projects.js';
export { consolidate, conflictsText, type ConsolidatedProject, type Conflict } from './consensus.js';
export { entityKey } from './entity-keys.js';
export { keyProject, type KeyedProject } from './project-keys.js';
export type { ProjectRecord } from './project-record.js';
export {
  consolidateStore,
  consolidationIsCurrent,
  ensureConsolidationSchema,
  readProjectRecords,
  type ConsolidationStats,
} from './store-consolidation.js';
export { typeFamily, familiesAgree } from './type-families.js';
