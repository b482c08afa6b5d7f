// The entity stage: lexicon names, patterns and (when stage ner ran) the tagger's spans,
// matched, resolved and grouped into the entities of CONTRACT.md (style.md rule 4: match,
// resolve overlaps, annotate).
import type { Doc } from '../model/document.js';
import type { Stage } from '../model/pipeline.js';
import type { Entity } from '../model/types.js';
import type { Candidate } from './candidate.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { MatchContext } from './match-context.js';
import { matchLexicon, type LexHit } from './01-match-lexicon.js';
import { checkContext } from './02-check-context.js';
import { matchPatterns } from './03-match-patterns.js';
import { modelCandidates } from './04-merge-model.js';
import { resolveOverlaps } from './05-resolve-overlaps.js';
import { dropInnerNames } from './05-drop-inner-names.js';
import { linkMentions } from './06-link-mentions.js';
import { groupEntities } from './07-group-entities.js';

export interface EntityResult {
  entities: Entity[];
  /** Each kept mention with the entity it belongs to. */
  mentions: { candidate: Candidate; entity: Entity }[];
  /** Facilities of the location lexicon found in the text (not entities; the project stage reads them). */
  facilities: FacilityHit[];
}

/** A facility the location lexicon knows (محطة الزور, معمل غاز واسط), with where it is. */
export interface FacilityHit {
  tokenStart: number;
  tokenEnd: number;
  country: string | null;
}

/** The facilities the entity stage found in each document, for the project stage. */
export const documentFacilities = new WeakMap<Doc, FacilityHit[]>();

/** Finds the entities of a tokenized document. */
export function findEntities(doc: Doc, gaz: Gazetteer = defaultGazetteer()): EntityResult {
  const ctx = new MatchContext(doc, gaz);
  const hits = matchLexicon(ctx);
  const lexicon = checkContext(ctx, hits);
  const patterns = matchPatterns(ctx, lexicon);
  // The tagger's spans inside a facility the lexicon knows ("سوغد" in محطة سوغد-500) are part of
  // the facility's name, not places of their own.
  const facilities = facilityHits(hits);
  const model = modelCandidates(ctx, doc.nerSpans, hits).filter(
    (c) => !facilities.some((f) => c.tokenStart < f.tokenEnd && c.tokenEnd > f.tokenStart),
  );
  const kept = dropInnerNames(ctx, resolveOverlaps([...lexicon, ...patterns], model));
  const mentions = linkMentions(ctx, kept);
  const { entities, entityOf } = groupEntities(ctx, mentions);
  return { entities, mentions: mentions.map((c) => ({ candidate: c, entity: entityOf.get(c)! })), facilities };
}

/** The facility entries among lexicon hits. */
export function facilityHits(hits: LexHit[]): FacilityHit[] {
  return hits.flatMap((h) => h.entries.filter((e) => e.facility).map((e) => ({ tokenStart: h.tokenStart, tokenEnd: h.tokenEnd, country: e.country ?? null })));
}

/** The `entities` stage; `gazetteer` defaults to the shipped lexicons (built on first use). */
export function entitiesStage(gazetteer?: () => Gazetteer): Stage {
  return {
    name: 'entities',
    requires: ['tokens'],
    assigns: ['entities'],
    run(doc) {
      const result = findEntities(doc, gazetteer ? gazetteer() : defaultGazetteer());
      doc.entities = result.entities;
      documentFacilities.set(doc, result.facilities);
    },
  };
}
