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
import { familyNamePlaces, modelCandidates } from './04-merge-model.js';
import { resolveOverlaps } from './05-resolve-overlaps.js';
import { dropInnerNames } from './05-drop-inner-names.js';
import { readClubs } from './05-read-clubs.js';
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
  const inFacility = tokensCovered(facilities, doc.tokens.length);
  const model = modelCandidates(ctx, doc.nerSpans, hits).filter((c) => !inFacility(c.tokenStart, c.tokenEnd));
  const kept = readClubs(ctx, dropInnerNames(ctx, resolveOverlaps([...familyNamePlaces(ctx, lexicon, model), ...patterns], model)));
  const mentions = linkMentions(ctx, kept);
  const { entities, entityOf } = groupEntities(ctx, mentions);
  return { entities, mentions: mentions.map((c) => ({ candidate: c, entity: entityOf.get(c)! })), facilities };
}

/**
 * Whether a token range [from, to) shares a token with one of `ranges`: counts of covered tokens
 * summed once, so each question costs two lookups (testing every candidate against every
 * facility was quadratic in the document's length: issue 21).
 */
export function tokensCovered(
  ranges: readonly { tokenStart: number; tokenEnd: number }[],
  tokenCount: number,
): (from: number, to: number) => boolean {
  const depth = new Int32Array(tokenCount + 1);
  for (const r of ranges) {
    if (r.tokenEnd <= r.tokenStart) continue;
    depth[r.tokenStart]++;
    depth[r.tokenEnd]--;
  }
  // covered[i]: how many of the tokens before i lie in some range.
  const covered = new Int32Array(tokenCount + 1);
  let open = 0;
  for (let i = 0; i < tokenCount; i++) {
    open += depth[i];
    covered[i + 1] = covered[i] + (open > 0 ? 1 : 0);
  }
  return (from, to) => to > from && covered[Math.min(to, tokenCount)] - covered[Math.max(0, from)] > 0;
}

/**
 * The facility entries among lexicon hits. A loop: filter and map made two lists for each hit,
 * nearly all of them empty (6 MB of 5 MB of unseen news in the heap profile).
 */
export function facilityHits(hits: LexHit[]): FacilityHit[] {
  const out: FacilityHit[] = [];
  for (const h of hits) {
    for (const e of h.entries) if (e.facility) out.push({ tokenStart: h.tokenStart, tokenEnd: h.tokenEnd, country: e.country ?? null });
  }
  return out;
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
