// Writes what `arqam analyze` leaves for each article in reports/<slug>/, and the index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../model/document.js';
import type { Analysis } from '../model/types.js';
import { toAnalysis } from '../analyze.js';

export interface OutputOptions {
  /** Write CSV with a byte-order mark, for Excel. */
  excel: boolean;
  slug: string;
}

export interface ArticleOutput {
  slug: string;
  dir: string;
  analysis: Analysis;
}

/** Writes analysis.json (and the reports and tables) of one article into `dir`. */
export function writeArticleOutputs(doc: Doc, dir: string, options: OutputOptions): ArticleOutput {
  mkdirSync(dir, { recursive: true });
  const analysis = toAnalysis(doc);
  writeFileSync(join(dir, 'analysis.json'), JSON.stringify(analysis, null, 2) + '\n');
  return { slug: options.slug, dir, analysis };
}

/** Writes index.md listing the analyzed articles. */
export function writeIndex(outputs: ArticleOutput[], dir: string): void {
  const lines = ['# arqam reports', '', '| article | title | date | figures | entities | projects |', '|---|---|---|---|---|---|'];
  for (const o of outputs) {
    const d = o.analysis.document;
    lines.push(`| [${o.slug}](${o.slug}/analysis.json) | ${d.title ?? ''} | ${d.published ?? ''} | ${o.analysis.figures.length} | ${o.analysis.entities.length} | ${o.analysis.projects.length} |`);
  }
  writeFileSync(join(dir, 'index.md'), lines.join('\n') + '\n');
}
