// The token type lives with the document model (src/model/token.ts); the text layer that makes
// tokens re-exports it for the modules that read tokens from here.
export * from '../model/token.js';
