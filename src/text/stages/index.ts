// The text layer's stages, in order.
export { pageLayout } from './01-page-layout.js';
export { language, bodySegments, inlineSkips } from './02-language.js';
export { normalize } from './03-normalize.js';
export { sentences } from './04-sentences.js';
export { tokensStage } from './05-tokens.js';
