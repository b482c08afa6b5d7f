// Figures: every number a reader would put in a table, with its kind, value, unit and qualifier.
export { extractFigures, parseFigure } from './extract-text.js';
export type { ExtractFiguresOptions } from './extract-text.js';
export { documentFigures } from './extract.js';
export { figuresStage } from './stage.js';
export { parseDigits } from './parse-digits.js';
