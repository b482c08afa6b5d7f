// The gold evaluation: each gold file of a folder against the analysis of its article.
// `scoreArticle` is pure (gold + article text + analysis → scores); `evaluateGold` reads the
// files, analyzes the articles and adds the documents' counts up (micro average).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, toAnalysis } from '../analyze.js';
import { readInput } from '../model/read-input.js';
import type { Analysis } from '../model/types.js';
import { GoldError, readGold, type GoldArticle } from './gold-format.js';
import { locateGold } from './locate-gold.js';
import { tokenNameForms, type NameNormalizer } from './name-forms.js';
import { scoreEntities, sumEntityCounts, type EntityScores } from './score-entities.js';
import { scoreFigures, sumFigureCounts, type FigureScores, type LocatedGoldFigure } from './score-figures.js';
import { scoreMeta, sumMeta, type MetaScores } from './score-meta.js';
import { scoreProjects, sumProjectCounts, type LocatedGoldProject, type ProjectScores } from './score-projects.js';
import type { Prf } from './prf.js';

export interface ArticleScores {
  gold: string;
  article: string;
  figures: FigureScores;
  entities: EntityScores;
  projects: ProjectScores;
  meta: MetaScores;
  /** Flaws of the gold (a context not found or found twice) and of the analysis (a span whose
   * text is not the slice it points at). */
  problems: string[];
}

export interface GoldTotals {
  documents: number;
  figures: { overall: Prf; byKind: Record<string, Prf> };
  entities: { overall: Prf; byType: Record<string, Prf> };
  projects: Pick<ProjectScores, 'overall' | 'attributes'>;
  meta: Record<string, { same: number; of: number }>;
}

export interface GoldEvaluation {
  goldDir: string;
  articleDirs: string[];
  articles: ArticleScores[];
  /** Gold files that could not be scored (bad JSON, article missing, ...), each named. */
  failures: { gold: string; reason: string }[];
  totals: GoldTotals;
}

/** Scores one article's analysis against its gold. */
export function scoreArticle(
  gold: GoldArticle,
  text: string,
  analysis: Analysis,
  forms: NameNormalizer,
  goldName = gold.article,
): ArticleScores {
  const problems: string[] = [];
  const place = (ref: { context: string; text: string }, what: string) => {
    const r = locateGold(text, ref);
    if (!r.ok) {
      problems.push(`gold ${what}: ${r.reason}`);
      return null;
    }
    if (r.warning) problems.push(`gold ${what}: ${r.warning}`);
    return r.span;
  };
  const figures: LocatedGoldFigure[] = gold.figures.map((f, i) => ({ ...f, span: place(f, `figures[${i}]`) }));
  const projects: LocatedGoldProject[] = gold.projects.map((p, i) => ({
    ...p,
    span: place(p.anchor, `projects[${i}].anchor`),
    mentionSpans: (p.mentions ?? []).flatMap((m, k) => place(m, `projects[${i}].mentions[${k}]`) ?? []),
  }));
  for (const f of analysis.figures) {
    if (text.slice(f.start, f.end) !== f.text)
      problems.push(`system figure ${f.id}: text ${JSON.stringify(f.text)} is not the slice [${f.start}, ${f.end})`);
  }
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      if (text.slice(m.start, m.end) !== m.text)
        problems.push(`system entity ${e.id}: mention ${JSON.stringify(m.text)} is not the slice [${m.start}, ${m.end})`);
    }
  }
  return {
    gold: goldName,
    article: gold.article,
    figures: scoreFigures(figures, analysis.figures),
    entities: scoreEntities(gold.entities, analysis.entities, forms),
    projects: scoreProjects(projects, analysis.projects),
    meta: scoreMeta(gold.meta, analysis.document),
    problems,
  };
}

/** Adds up the documents' counts. */
export function totalGold(articles: readonly ArticleScores[]): GoldTotals {
  return {
    documents: articles.length,
    figures: sumFigureCounts(articles.map((a) => a.figures)),
    entities: sumEntityCounts(articles.map((a) => a.entities)),
    projects: sumProjectCounts(articles.map((a) => a.projects)),
    meta: sumMeta(articles.map((a) => a.meta)),
  };
}

export interface EvaluateGoldOptions {
  goldDir: string;
  /** Folders searched, in order, for each gold file's article. */
  articleDirs: string[];
  /** The analysis of an article (default: the library's full pipeline). */
  analyzeFile?: (path: string) => { text: string; analysis: Analysis };
  /** Filled with each gold file's article text (for showing extras in context). */
  texts?: Map<string, string>;
  /** Called before each article, for progress. */
  onArticle?: (goldFile: string, index: number, count: number) => void;
}

export function defaultAnalyzeFile(path: string): { text: string; analysis: Analysis } {
  const { text, bytes } = readInput(path);
  return { text, analysis: toAnalysis(analyzeDocument(text, { source: path, bytes })) };
}

/** The gold files of a folder (`*.gold.json`, sorted). */
export function goldFiles(goldDir: string): string[] {
  if (!existsSync(goldDir) || !statSync(goldDir).isDirectory()) throw new GoldError(goldDir, 'no such folder');
  return readdirSync(goldDir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .map((n) => join(goldDir, n));
}

/** Scores every gold file of `goldDir`; one bad file is reported and the others still scored. */
export function evaluateGold(options: EvaluateGoldOptions): GoldEvaluation {
  const analyzeFile = options.analyzeFile ?? defaultAnalyzeFile;
  const forms = tokenNameForms();
  const files = goldFiles(options.goldDir);
  const articles: ArticleScores[] = [];
  const failures: GoldEvaluation['failures'] = [];
  files.forEach((file, i) => {
    options.onArticle?.(file, i, files.length);
    try {
      const gold = readGold(file);
      const path = options.articleDirs.map((d) => join(d, gold.article)).find((p) => existsSync(p));
      if (!path) throw new GoldError(file, `article ${gold.article} not found in ${options.articleDirs.join(', ')}`);
      const { text, analysis } = analyzeFile(path);
      options.texts?.set(file, text);
      articles.push(scoreArticle(gold, text, analysis, forms, file));
    } catch (error) {
      failures.push({ gold: file, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { goldDir: options.goldDir, articleDirs: options.articleDirs, articles, failures, totals: totalGold(articles) };
}
