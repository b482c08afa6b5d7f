// Entity recognition: the stage, the gazetteer it matches against, and the steps for tests.
export { entitiesStage, findEntities, documentFacilities, facilityHits } from './stage.js';
export type { EntityResult, FacilityHit } from './stage.js';
export { buildGazetteer, defaultGazetteer, nameForms } from './gazetteer.js';
export type { Gazetteer, LexEntry } from './gazetteer.js';

export type { EntityLexicons } from './lexicon-data.js';
export type { Candidate } from './candidate.js';
