// Reports of an analysis: analysis.json, report.md, report.html, and the index of a run.
export { writeArticleOutputs, writeAnalysisOutputs, writeIndex } from './write-outputs.js';
export type { OutputOptions, ArticleOutput } from './write-outputs.js';
export { analysisJson, canonicalAnalysis } from './analysis-json.js';
export { buildReportModel } from './report-model.js';
export type { ReportModel } from './report-model.js';
export { reportMarkdown } from './render-markdown.js';
export { reportHtml } from './render-html.js';
export { aggregate, indexHtml, indexMarkdown } from './render-index.js';
export { summarize } from './article-summary.js';
export type { ArticleSummary } from './article-summary.js';
