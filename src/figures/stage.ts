// The pipeline stage: fills doc.figures from the tokens of the article body (sentences never
// cross set-aside chrome, so tickers, bylines and menus give no figures).
import type { Stage } from '../model/pipeline.js';
import { documentFigures } from './extract.js';

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['tokens', 'meta'],
  assigns: ['figures'],
  run(doc) {
    doc.figures = documentFigures(doc);
  },
};
