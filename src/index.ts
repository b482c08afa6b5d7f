// arqam: Arabic news analytics. What the package offers.
export { analyze, analyzeDocument, toAnalysis, documentId, defaultStages, getPipeline } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
export { Doc } from './model/document.js';
export type { Sentence, DocumentMeta } from './model/document.js';
export { buildPipeline, PipelineError } from './model/pipeline.js';
export type { Stage, Pipeline } from './model/pipeline.js';
export { readInput, decodeInput, InputError } from './model/read-input.js';
export type * from './model/types.js';
export type { Token, Clitic, TokenKind } from './text/token.js';
export { foldView, foldString, toSourceSpan, STANDARD_FOLDS } from './text/normalize/index.js';
export { analysisRows, analysisRowsWithText, buildTables, toCsv, writeTables, COLUMNS, TABLE_NAMES } from './tables/index.js';
export {
  writeArticleOutputs,
  writeAnalysisOutputs,
  writeIndex,
  analysisJson,
  reportMarkdown,
  reportHtml,
  buildReportModel,
} from './report/index.js';
export { extractFigures, parseFigure, figuresStage } from './figures/index.js';
export type { ExtractFiguresOptions } from './figures/index.js';
