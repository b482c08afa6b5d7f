// Runs the text layer, the entity stage, hand-given figures and the project stage on a
// hand-written text. Figures are given by hand (surface, kind, value, ...) so these tests check
// the project rules, whatever the figure stage reads.
import { Doc } from '../../src/model/document.js';
import { buildPipeline, type Stage } from '../../src/model/pipeline.js';
import type { Figure } from '../../src/model/types.js';
import { entitiesStage } from '../../src/entities/index.js';
import { projectsStage } from '../../src/projects/index.js';
import { textStages } from '../entities/analyze-text.js';

export type HandFigure = Pick<Figure, 'kind' | 'value'> & Partial<Pick<Figure, 'value_max' | 'unit' | 'qualifier'>> & { text: string };

/** A stage placing each figure at the next occurrence of its text. */
export function handFigures(figures: HandFigure[]): Stage {
  return {
    name: 'figures',
    requires: ['tokens'],
    assigns: ['figures'],
    run(doc) {
      let from = doc.body.start;
      figures.forEach((f, k) => {
        const start = doc.text.indexOf(f.text, from);
        if (start < 0) throw new Error(`hand figures: ${f.text} not in the text after ${from}`);
        const end = start + f.text.length;
        from = end;
        doc.figures.push({
          id: `f${k + 1}`,
          kind: f.kind,
          start,
          end,
          text: f.text,
          value: f.value,
          value_max: f.value_max ?? null,
          unit: f.unit ?? null,
          qualifier: f.qualifier ?? null,
          sentence: doc.sentenceAt(start),
          subject: null,
        });
      });
    },
  };
}

export function analyzeProjects(text: string, figures: HandFigure[] = []): Doc {
  const pipeline = buildPipeline([...textStages(), handFigures(figures), entitiesStage(), projectsStage()]);
  return pipeline.run(new Doc(text, 'test'));
}

export const year = (y: number, qualifier?: Figure['qualifier']): HandFigure => ({
  text: String(y),
  kind: 'year',
  value: y,
  qualifier: qualifier ?? null,
});
export const years = (a: number, b: number): HandFigure => ({ text: `${a}-${b}`, kind: 'year_range', value: a, value_max: b });
