// Runs the evaluations asked for (or all of them on ../shared) and gathers one report, with a
// flat map of the scores that the CI thresholds watch.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpus, type CorpusCheck } from './check-corpus.js';
import { evaluateConll, type ConllEvaluation } from './evaluate-conll.js';
import { evaluateConsolidation, type ConsolidationEvaluation } from './evaluate-consolidation.js';
import { defaultAnalyzeFile, evaluateGold, type EvaluateGoldOptions, type GoldEvaluation } from './evaluate-gold.js';
import { evaluateDuckling, evaluateRecognizers, type SpecEvaluation, type SpecOutcome } from './evaluate-specs.js';
import { SHARED, SHARED_DIR } from './shared-paths.js';
import { DEV_FRACTION } from '../ner/corpora.js';

/** An evaluation that ran, or why it did not. */
export type Section<T> = { ran: true; result: T } | { ran: false; reason: string };

export interface EvalOptions {
  /** Gold folder and the folders holding its articles. */
  gold?: { dir: string; articleDirs: string[] } | null;
  /** Development gold (../shared/gold-dev), scored as its own set beside the seed's. */
  goldDev?: { dir: string; articleDirs: string[] } | null;
  /** CoNLL file or folder. */
  conll?: string | null;
  /** ANERcorp's train file, whose last tenth (never trained on) is the tagger's dev set. */
  nerDev?: string | null;
  recognizers?: string | null;
  duckling?: string | null;
  /** Folder of articles checked without gold (spans, stage failures). */
  corpus?: string | null;
  /** Consolidation across articles: a gold folder with consolidation.json (gold-dev) and the
   *  folders of its articles. */
  consolidation?: { dir: string; articleDirs: string[] } | null;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
  analyzeFile?: EvaluateGoldOptions['analyzeFile'];
  /** Filled with each gold file's article text. */
  texts?: Map<string, string>;
}

export interface EvalReport {
  schema: 'arqam.eval/1';
  gold?: Section<GoldEvaluation>;
  goldDev?: Section<GoldEvaluation>;
  conll?: Section<ConllEvaluation>;
  nerDev?: Section<ConllEvaluation>;
  recognizers?: Section<SpecEvaluation>;
  duckling?: Section<SpecEvaluation>;
  corpus?: Section<CorpusCheck>;
  consolidation?: Section<ConsolidationEvaluation>;
  /** The scores the thresholds watch, by name (see metricsOf). */
  metrics: Record<string, number>;
}

/** Everything, on the shared defaults: gold articles, AQMAR as the CoNLL test set (ANERcorp's
 * train split is what the tagger learns from), Recognizers-Text specs, Duckling corpora, and
 * the checks without gold on ../shared/corpus. */
export function defaultEvalOptions(): EvalOptions {
  return {
    gold: { dir: SHARED.gold, articleDirs: [SHARED.articles, SHARED.corpus] },
    goldDev: { dir: SHARED.goldDev, articleDirs: [SHARED.corpus, SHARED.articles] },
    conll: SHARED.aqmar,
    nerDev: SHARED.anercorp,
    recognizers: SHARED.recognizers,
    duckling: SHARED.duckling,
    corpus: SHARED.corpus,
    consolidation: { dir: SHARED.goldDev, articleDirs: [SHARED.corpus, SHARED.articles] },
  };
}

const missing = (path: string) => `${path} is absent${path.startsWith(SHARED_DIR) ? ' (../shared is not beside the project)' : ''}`;

export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const progress = options.progress ?? (() => {});
  const report: EvalReport = { schema: 'arqam.eval/1', metrics: {} };
  // gold-dev and the consolidation read the same articles: each is analyzed once.
  const analyzed = new Map<string, ReturnType<typeof defaultAnalyzeFile>>();
  const analyzeOnce = (path: string) => {
    let r = analyzed.get(path);
    if (!r) analyzed.set(path, (r = (options.analyzeFile ?? defaultAnalyzeFile)(path)));
    return r;
  };
  for (const [key, set] of [
    ['gold', options.gold],
    ['goldDev', options.goldDev],
  ] as const) {
    if (!set) continue;
    const { dir, articleDirs } = set;
    if (!existsSync(dir)) report[key] = { ran: false, reason: missing(dir) };
    else {
      progress(`${key === 'gold' ? 'gold' : 'gold-dev'}: ${dir}`);
      report[key] = {
        ran: true,
        result: evaluateGold({
          goldDir: dir,
          articleDirs,
          analyzeFile: analyzeOnce,
          texts: options.texts,
          onArticle: (f, i, n) => progress(`  [${i + 1}/${n}] ${f}`),
        }),
      };
    }
  }
  if (options.conll) {
    if (!existsSync(options.conll)) report.conll = { ran: false, reason: missing(options.conll) };
    else {
      progress(`conll: ${options.conll}`);
      report.conll = section(await evaluateConll(options.conll));
    }
  }
  if (options.nerDev) {
    if (!existsSync(options.nerDev)) report.nerDev = { ran: false, reason: missing(options.nerDev) };
    else {
      progress(`ner dev tenth: ${options.nerDev}`);
      report.nerDev = section(await evaluateConll(options.nerDev, undefined, DEV_FRACTION));
    }
  }
  for (const [key, dir, run] of [
    ['recognizers', options.recognizers, evaluateRecognizers],
    ['duckling', options.duckling, evaluateDuckling],
  ] as const) {
    if (!dir) continue;
    if (!existsSync(dir)) report[key] = { ran: false, reason: missing(dir) };
    else {
      progress(`${key}: ${dir}`);
      report[key] = specSection(await run(dir));
    }
  }
  if (options.corpus) {
    if (!existsSync(options.corpus)) report.corpus = { ran: false, reason: missing(options.corpus) };
    else {
      progress(`corpus: ${options.corpus}`);
      report.corpus = { ran: true, result: checkCorpus(options.corpus) };
    }
  }
  if (options.consolidation) {
    const { dir, articleDirs } = options.consolidation;
    const file = join(dir, 'consolidation.json');
    if (!existsSync(file)) report.consolidation = { ran: false, reason: missing(file) };
    else {
      progress(`consolidation: ${file}`);
      report.consolidation = {
        ran: true,
        result: evaluateConsolidation({
          goldDir: dir,
          articleDirs,
          analyzeFile: analyzeOnce,
          onArticle: (f, i, n) => progress(`  [${i + 1}/${n}] ${f}`),
        }),
      };
    }
  }
  report.metrics = metricsOf(report);
  return report;
}

function section<T>(o: { ok: true; result: T } | { ok: false; reason: string }): Section<T> {
  return o.ok ? { ran: true, result: o.result } : { ran: false, reason: o.reason };
}
const specSection = (o: SpecOutcome): Section<SpecEvaluation> => section(o);

/**
 * The scores the CI thresholds watch: overall precision, recall and F1 of figures, entities
 * and projects on the gold, the projects' attribute agreement (end to end), the share of
 * document metadata fields (title, date, site, author, language) right, CoNLL micro P/R/F1,
 * the pass rate of each spec file and corpus and of all of them, and the share of corpus
 * articles with every span right and no stage failure. Per-kind scores are
 * printed but not thresholded (one kind may trade against another).
 */
export function metricsOf(report: EvalReport): Record<string, number> {
  const m: Record<string, number> = {};
  if (report.gold?.ran) {
    const t = report.gold.result.totals;
    for (const [name, s] of [
      ['figures', t.figures.overall],
      ['entities', t.entities.overall],
      ['projects', t.projects.overall],
    ] as const) {
      m[`gold.${name}.precision`] = s.precision;
      m[`gold.${name}.recall`] = s.recall;
      m[`gold.${name}.f1`] = s.f1;
    }
    m['gold.projects.attributes'] = t.projects.attributes.overall;
    const meta = Object.values(t.meta).reduce((a, c) => ({ same: a.same + c.same, of: a.of + c.of }), { same: 0, of: 0 });
    if (meta.of > 0) m['gold.meta'] = meta.same / meta.of;
  }
  if (report.goldDev?.ran) {
    // The development set: attributes are the share right among the projects found (recall
    // is its own metric), so the two measure different things.
    const t = report.goldDev.result.totals;
    for (const [name, s] of [
      ['figures', t.figures.overall],
      ['entities', t.entities.overall],
      ['projects', t.projects.overall],
    ] as const) {
      m[`gold-dev.${name}.precision`] = s.precision;
      m[`gold-dev.${name}.recall`] = s.recall;
      m[`gold-dev.${name}.f1`] = s.f1;
    }
    m['gold-dev.projects.attributes'] = t.projects.attributes.share ?? 0;
    m['gold-dev.projects.attributes_all'] = t.projects.attributes.overall;
  }
  if (report.conll?.ran) {
    const c = report.conll.result.micro;
    m['conll.precision'] = c.precision;
    m['conll.recall'] = c.recall;
    m['conll.f1'] = c.f1;
  }
  if (report.nerDev?.ran) {
    const c = report.nerDev.result;
    m['ner-dev.precision'] = c.micro.precision;
    m['ner-dev.recall'] = c.micro.recall;
    m['ner-dev.f1'] = c.micro.f1;
    if (c.byType.ORG) m['ner-dev.ORG.f1'] = c.byType.ORG.f1;
  }
  if (report.corpus?.ran) m['corpus.clean'] = report.corpus.result.clean;
  if (report.consolidation?.ran) {
    const c = report.consolidation.result.scores.links;
    m['consolidation.precision'] = c.precision;
    m['consolidation.recall'] = c.recall;
  }
  for (const key of ['recognizers', 'duckling'] as const) {
    const s = report[key];
    if (!s?.ran) continue;
    m[`${key}.pass`] = s.result.rate;
    for (const f of s.result.files) m[`${key}.${f.file}.pass`] = f.cases > 0 ? f.passed / f.cases : 1;
  }
  return m;
}
