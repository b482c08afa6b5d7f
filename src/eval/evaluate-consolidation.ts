// The consolidation evaluation: analyzes the articles of gold-dev, consolidates their projects
// as the store would, and scores the links among the gold projects found against
// gold-dev/consolidation.json (score-consolidation.ts). Which system project is a gold project
// is a pluggable matcher; the default is the anchor overlap of score-projects.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { clusterProjects } from '../consolidate/cluster-projects.js';
import { clusterId } from '../consolidate/consensus.js';
import { keyProject } from '../consolidate/project-keys.js';
import type { ProjectRecord } from '../consolidate/project-record.js';
import type { Analysis } from '../model/types.js';
import { defaultAnalyzeFile, goldFiles, type EvaluateGoldOptions } from './evaluate-gold.js';
import { readGold, type GoldArticle } from './gold-format.js';
import { locateGold } from './locate-gold.js';
import { readConsolidationGold, scoreConsolidation, type ConsolidationScores, type FoundGoldProject } from './score-consolidation.js';
import { scoreProjects, type LocatedGoldProject } from './score-projects.js';

/** Which system project (by id) is each gold project found, by index into gold.projects. */
export type GoldProjectMatcher = (gold: GoldArticle, text: string, analysis: Analysis) => Map<number, string>;

/** The anchor matcher of score-projects.ts: a system project overlapping the gold anchor. */
export const anchorMatcher: GoldProjectMatcher = (gold, text, analysis) => {
  // As the gold evaluation locates them (evaluate-gold.ts): the anchor, and the other mentions
  // a system project may be found at.
  const located: LocatedGoldProject[] = gold.projects.map((p) => {
    const r = locateGold(text, p.anchor);
    const mentionSpans = (p.mentions ?? []).flatMap((m) => {
      const l = locateGold(text, m);
      return l.ok ? [l.span] : [];
    });
    return { ...p, span: r.ok ? r.span : null, mentionSpans };
  });
  const out = new Map<number, string>();
  for (const m of scoreProjects(located, analysis.projects).matches) {
    const i = located.indexOf(m.gold);
    if (i >= 0 && m.system.id) out.set(i, m.system.id);
  }
  return out;
};

/** The project records of one analysis, as consolidation reads them from the store. */
export function analysisRecords(analysis: Analysis, text?: string): ProjectRecord[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const d = analysis.document;
  return analysis.projects.map((p) => ({
    doc_id: d.id,
    project_id: p.id,
    type: p.type,
    name: p.name,
    country: p.country,
    places: [...p.places],
    year: p.year,
    year_end: p.year_end,
    capacity_mw: p.capacity_mw,
    capacity_mw_max: p.capacity_mw_max,
    capacity: (p as { capacity?: number | null }).capacity ?? null,
    capacity_unit: (p as { capacity_unit?: string | null }).capacity_unit ?? null,
    cost: p.cost,
    currency: p.currency,
    cost_usd: p.cost_usd,
    partners: p.partners.map((id) => names.get(id)).filter((n): n is string => n !== undefined),
    published: d.published,
    outlet: d.site,
    title: d.title,
    context:
      text !== undefined && analysis.sentences[p.sentence]
        ? text.slice(analysis.sentences[p.sentence].start, analysis.sentences[p.sentence].end)
        : null,
  }));
}

export interface ConsolidationEvaluation {
  goldDir: string;
  documents: number;
  projects: number;
  clusters: number;
  scores: ConsolidationScores;
  failures: { gold: string; reason: string }[];
}

export interface EvaluateConsolidationOptions {
  /** gold-dev: its *.gold.json and consolidation.json. */
  goldDir: string;
  articleDirs: string[];
  analyzeFile?: EvaluateGoldOptions['analyzeFile'];
  matcher?: GoldProjectMatcher;
  onArticle?: (goldFile: string, index: number, count: number) => void;
}

export function evaluateConsolidation(options: EvaluateConsolidationOptions): ConsolidationEvaluation {
  const gold = readConsolidationGold(join(options.goldDir, 'consolidation.json'));
  const analyzeFile = options.analyzeFile ?? defaultAnalyzeFile;
  const matcher = options.matcher ?? anchorMatcher;
  const records: ProjectRecord[] = [];
  const wanted: { article: string; anchor: string; optional: boolean; key: string }[] = [];
  const failures: ConsolidationEvaluation['failures'] = [];
  const files = goldFiles(options.goldDir);
  files.forEach((file, i) => {
    options.onArticle?.(file, i, files.length);
    try {
      const g = readGold(file);
      const path = options.articleDirs.map((d) => join(d, g.article)).find((p) => existsSync(p));
      if (!path) throw new Error(`article ${g.article} not found in ${options.articleDirs.join(', ')}`);
      const { text, analysis } = analyzeFile(path);
      records.push(...analysisRecords(analysis, text));
      for (const [index, systemId] of matcher(g, text, analysis)) {
        const p = g.projects[index];
        wanted.push({
          article: g.article,
          anchor: p.anchor.text,
          optional: Boolean(p.optional),
          key: `${analysis.document.id}/${systemId}`,
        });
      }
    } catch (error) {
      failures.push({ gold: file, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  const clusters = clusterProjects(records.map(keyProject));
  const clusterOfKey = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOfKey.set(m.key, clusterId(c));
  const found: FoundGoldProject[] = wanted.map((w) => ({
    article: w.article,
    anchor: w.anchor,
    optional: w.optional,
    cluster: clusterOfKey.get(w.key) ?? w.key,
  }));
  return {
    goldDir: options.goldDir,
    documents: files.length - failures.length,
    projects: records.length,
    clusters: clusters.length,
    scores: scoreConsolidation(gold, found),
    failures,
  };
}
