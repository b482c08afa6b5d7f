// The evaluation harness: gold scoring (pure functions), CoNLL and number-spec evaluation,
// the report and its thresholds.
export { prf, CountTable, type Counts, type Prf } from './prf.js';
export {
  parseGold,
  readGold,
  GoldError,
  type GoldArticle,
  type GoldFigure,
  type GoldEntity,
  type GoldProject,
  type GoldSpanRef,
} from './gold-format.js';
export { locateGold, type Located } from './locate-gold.js';
export {
  scoreFigures,
  figureMatches,
  sameKind,
  sameValue,
  type FigureScores,
  type LocatedGoldFigure,
  type SystemFigure,
} from './score-figures.js';
export { scoreEntities, entityMatches, type EntityScores, type SystemEntity } from './score-entities.js';
export { scoreProjects, PROJECT_ATTRIBUTES, type ProjectScores, type LocatedGoldProject, type SystemProject } from './score-projects.js';
export { scoreMeta } from './score-meta.js';
export { tokenNameForms, sameName, type NameForms, type NameNormalizer } from './name-forms.js';
export { scoreArticle, evaluateGold, totalGold, type ArticleScores, type GoldEvaluation } from './evaluate-gold.js';
export { evaluateConll, loadTagger, type ConllEvaluation, type SentenceTagger } from './evaluate-conll.js';
export {
  evaluateRecognizers,
  evaluateDuckling,
  readSpecAnswer,
  type SpecEvaluation,
  type SpecFileScore,
  type SpecFailure,
} from './evaluate-specs.js';
export { checkCorpus, spanErrors, type CorpusCheck } from './check-corpus.js';
export { runEval, defaultEvalOptions, metricsOf, type EvalOptions, type EvalReport, type Section } from './run-eval.js';
export { formatEvalReport } from './format-eval.js';
export { checkThresholds, raiseThresholds, readThresholds, writeThresholds, THRESHOLDS_FILE } from './thresholds.js';
export { SHARED, SHARED_DIR, PROJECT_ROOT } from './shared-paths.js';
