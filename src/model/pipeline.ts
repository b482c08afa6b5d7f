// A pipeline of named stages, each declaring what it requires and what it assigns; the order
// is checked once, when the pipeline is built (spaCy factories' requires/assigns; wink-nlp).
import type { Doc } from './document.js';

export interface Stage {
  name: string;
  /** Annotations that must be assigned by an earlier stage. */
  requires: readonly string[];
  /** Annotations this stage adds. */
  assigns: readonly string[];
  run(doc: Doc): void;
}

export class PipelineError extends Error {}

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/** Checks that every stage's requirements are assigned by an earlier stage, then returns the runner. */
export function buildPipeline(stages: readonly Stage[], given: readonly string[] = ['text']): Pipeline {
  const assigned = new Set(given);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    const missing = stage.requires.filter((r) => !assigned.has(r));
    if (missing.length > 0) {
      throw new PipelineError(`stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage assigns`);
    }
    for (const a of stage.assigns) assigned.add(a);
  }
  return {
    stages,
    run(doc: Doc): Doc {
      for (const stage of stages) {
        try {
          stage.run(doc);
        } catch (error) {
          // A stage failing on one document must not lose the document: record where and go on.
          const reason = error instanceof Error ? error.message : String(error);
          doc.message(`stage failed: ${reason}`, doc.body.start, doc.body.end, stage.name);
        }
      }
      return doc;
    },
  };
}
