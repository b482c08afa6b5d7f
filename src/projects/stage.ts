// The project stage: development projects the article describes, with their attributes and
// figures, and what every figure is about (Figure.subject).
import type { Doc } from '../model/document.js';
import type { Stage } from '../model/pipeline.js';
import type { Figure, Project } from '../model/types.js';
import { defaultGazetteer, type Gazetteer } from '../entities/gazetteer.js';
import { MatchContext } from '../entities/match-context.js';
import { DocView } from './doc-view.js';
import { findTriggers } from './01-find-triggers.js';
import { qualifyTriggers } from './02-qualify.js';
import { splitLists } from './03-split-lists.js';
import { buildProjects } from './04-attributes.js';
import { fillFromAnaphora } from './06-fill-anaphora.js';
import { mergeMentions } from './05-merge-mentions.js';
import { assignSubjects } from './07-subjects.js';
import { matchLexicon } from '../entities/01-match-lexicon.js';
import { documentFacilities, facilityHits } from '../entities/stage.js';

/** Finds the projects of a document whose entities and figures are known; sets figure subjects. */
export function findProjects(doc: Doc, gaz: Gazetteer = defaultGazetteer()): Project[] {
  const ctx = new MatchContext(doc, gaz);
  const v = new DocView(
    doc,
    (t) => ctx.unseenInTagged(t) || ctx.namedByCorpus(t),
    (t) => ctx.namedByCorpus(t),
  );
  const triggers = findTriggers(v).filter((t) => !ctx.isChrome(t.tokenStart));
  const drafts = splitLists(v, qualifyTriggers(v, triggers));
  // Facilities of the location lexicon are not entities, but they say where a project is; the
  // entity stage leaves them, or they are matched here when it ran elsewhere.
  const facilities = documentFacilities.get(doc) ?? facilityHits(matchLexicon(ctx));
  const built = mergeMentions(
    v,
    buildProjects(v, drafts, gaz, facilities).sort((a, b) => a.project.start - b.project.start),
  );
  fillFromAnaphora(v, built);
  const projectOf = new Map<Figure, string>();
  built.forEach((b, k) => {
    b.project.id = `p${k + 1}`;
    b.project.figures = b.figures.map((f) => f.figure.id);
    for (const f of b.figures) projectOf.set(f.figure, b.project.id);
  });
  assignSubjects(v, projectOf);
  return built.map((b) => b.project);
}

/** The `projects` stage: needs entities and figures; assigns projects and figure subjects. */
export function projectsStage(gazetteer?: () => Gazetteer): Stage {
  return {
    name: 'projects',
    requires: ['entities', 'figures'],
    assigns: ['projects', 'subjects'],
    run(doc) {
      doc.projects = findProjects(doc, gazetteer ? gazetteer() : defaultGazetteer());
    },
  };
}
