// Writes what `arqam analyze` leaves for each article in reports/<slug>/ (analysis.json, the
// CSV tables, report.md, report.html) and the index of a run (index.md, index.html). Nothing
// written depends on the clock or on where the project lives: golden files can hold.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../model/document.js';
import type { Analysis } from '../model/types.js';
import { toAnalysis } from '../analyze.js';
import { writeTables } from '../tables/write-tables.js';
import { analysisJson } from './analysis-json.js';
import { summarize, type ArticleSummary } from './article-summary.js';
import { buildReportModel } from './report-model.js';
import { reportHtml } from './render-html.js';
import { aggregate, indexHtml, indexMarkdown } from './render-index.js';
import { reportMarkdown } from './render-markdown.js';

export interface OutputOptions {
  /** Write CSV with a byte-order mark, for Excel. */
  excel: boolean;
  slug: string;
}

export interface ArticleOutput {
  slug: string;
  dir: string;
  /** Files written into `dir`, in the order written. */
  files: string[];
  /** What the index needs of the article (the analysis itself is not kept). */
  summary: ArticleSummary;
}

/** Writes analysis.json, the CSV tables, report.md and report.html of one analysed document into `dir`. */
export function writeArticleOutputs(doc: Doc, dir: string, options: OutputOptions): ArticleOutput {
  return writeAnalysisOutputs(toAnalysis(doc), doc.text, dir, options);
}

/** The same, from an analysis and the text it was made from (the text is needed for the highlights). */
export function writeAnalysisOutputs(analysis: Analysis, text: string, dir: string, options: OutputOptions): ArticleOutput {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    files.push(name);
  };
  write('analysis.json', analysisJson(analysis));
  files.push(...writeTables(analysis, text, dir, { excel: options.excel }));
  const model = buildReportModel(analysis);
  write('report.md', reportMarkdown(model, text));
  // report.html links to everything else in the folder.
  write('report.html', reportHtml(model, text, { files: [...files] }));
  return { slug: options.slug, dir, files, summary: summarize(options.slug, model) };
}

/** Writes index.md and index.html listing the analyzed articles and aggregating across them; returns the file names. */
export function writeIndex(outputs: readonly ArticleOutput[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const agg = aggregate(outputs.map((o) => o.summary));
  writeFileSync(join(dir, 'index.md'), indexMarkdown(agg));
  writeFileSync(join(dir, 'index.html'), indexHtml(agg));
  return ['index.md', 'index.html'];
}
