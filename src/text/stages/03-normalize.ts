// Stage 3: the normalized view of the body, a second text with a map back to source offsets.
import type { Stage } from '../../model/pipeline.js';
import { STANDARD, foldView } from '../normalize/index.js';

export const normalize: Stage = {
  name: 'normalize',
  requires: ['body'],
  assigns: ['folded'],
  run(doc) {
    doc.folded = foldView(doc.text, STANDARD, doc.body.end);
  },
};
