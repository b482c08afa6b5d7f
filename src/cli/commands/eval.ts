// arqam eval: scores the analysis against gold articles, CoNLL NER files and the number specs
// (issue 3). With no source flag it runs everything on ../shared.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';
import { defaultEvalOptions, runEval, type EvalOptions, type EvalReport } from '../../eval/run-eval.js';
import { formatEvalReport } from '../../eval/format-eval.js';
import { checkThresholds, raiseThresholds, readThresholds, THRESHOLDS_FILE, writeThresholds } from '../../eval/thresholds.js';
import { SHARED } from '../../eval/shared-paths.js';

interface EvalFlags {
  gold?: string;
  goldDev?: string;
  articles?: string;
  conll?: string;
  nerDev?: string;
  recognizers?: string;
  duckling?: string;
  corpus?: string;
  verbose?: boolean;
  json?: boolean;
  checkThresholds?: boolean;
  writeThresholds?: boolean;
}

/** The evaluations the flags ask for: those named, or all of them on the shared defaults. */
export function evalOptionsFromFlags(flags: EvalFlags): EvalOptions {
  const named =
    flags.gold !== undefined ||
    flags.goldDev !== undefined ||
    flags.articles !== undefined ||
    flags.conll !== undefined ||
    flags.nerDev !== undefined ||
    flags.recognizers !== undefined ||
    flags.duckling !== undefined ||
    flags.corpus !== undefined;
  const defaults = defaultEvalOptions();
  if (!named) return defaults;
  // --articles alone names the seed gold's articles; with --gold-dev it serves that set.
  const goldAsked = flags.gold !== undefined || (flags.articles !== undefined && flags.goldDev === undefined);
  const gold = goldAsked
    ? { dir: flags.gold ?? SHARED.gold, articleDirs: flags.articles ? [flags.articles] : defaults.gold!.articleDirs }
    : null;
  const goldDev =
    flags.goldDev !== undefined
      ? { dir: flags.goldDev, articleDirs: flags.articles ? [flags.articles] : defaults.goldDev!.articleDirs }
      : null;
  return {
    gold,
    goldDev,
    conll: flags.conll ?? null,
    nerDev: flags.nerDev ?? null,
    recognizers: flags.recognizers ?? null,
    duckling: flags.duckling ?? null,
    corpus: flags.corpus ?? null,
    // A named gold folder that holds a consolidation.json (as gold-dev does) has its
    // consolidation across articles scored too, on the same analyses.
    consolidation: [goldDev, gold].find((g) => g !== null && existsSync(join(g.dir, 'consolidation.json'))) ?? null,
  };
}

/** Paths given on the command line that do not exist (a skip is only for absent defaults). */
function missingGiven(flags: EvalFlags): string[] {
  return [flags.gold, flags.goldDev, flags.articles, flags.conll, flags.nerDev, flags.recognizers, flags.duckling, flags.corpus].filter(
    (p): p is string => p !== undefined && !existsSync(p),
  );
}

function failuresOf(report: EvalReport): number {
  let n = 0;
  if (report.gold?.ran) n += report.gold.result.failures.length;
  if (report.goldDev?.ran) n += report.goldDev.result.failures.length;
  if (report.corpus?.ran) n += report.corpus.result.unreadable.length;
  return n;
}

export function registerEval(program: Command, setStatus: (code: number) => void): void {
  program
    .command('eval')
    .description(
      'score figures, entities and projects against gold articles, the NER tagger on CoNLL files, figures on the number specs, and check spans on a corpus (all on ../shared when no source is given)',
    )
    .option('--gold <dir>', 'folder of *.gold.json files (default ../shared/gold)')
    .option('--gold-dev <dir>', 'a second gold folder scored as its own set (default ../shared/gold-dev)')
    .option('--articles <dir>', "folder of the gold files' articles (default ../shared/articles, then ../shared/corpus)")
    .option('--conll <path>', 'CoNLL NER file or folder of them (default ../shared/ner/aqmar/articles)')
    .option(
      '--ner-dev <file>',
      'ANERcorp train file: score the tagger on its last tenth, the dev set train:ner holds out (default ../shared/ner/anercorp/ANERCorp_CamelLab_train.txt)',
    )
    .option('--recognizers <dir>', 'Recognizers-Text spec folder (default ../shared/numbers/recognizers-text-dev)')
    .option('--duckling <dir>', 'Duckling corpus folder (default ../shared/numbers/duckling-ar)')
    .option('--corpus <dir>', 'articles checked without gold: spans, stage failures (default ../shared/corpus)')
    .option('-v, --verbose', 'list every miss and every extra with its text')
    .option('--json', 'print the scores as JSON on stdout instead of tables')
    .option('--check-thresholds', 'exit 1 when a score is below its threshold in src/eval/thresholds.json')
    .option('--write-thresholds', 'record the measured scores in src/eval/thresholds.json (raises or adds, never lowers)')
    .action(async (flags: EvalFlags) => {
      const options = evalOptionsFromFlags(flags);
      let status = EXIT_OK;
      for (const p of missingGiven(flags)) {
        process.stderr.write(`arqam eval: ${p}: no such file or folder\n`);
        status = EXIT_SOME_FAILED;
      }
      const texts = new Map<string, string>();
      const report = await runEval({ ...options, texts, progress: (line) => process.stderr.write(`${line}\n`) });
      // Each skip is in the report once (stdout); stderr says once what the skips mean.
      const sections = (['gold', 'goldDev', 'conll', 'nerDev', 'recognizers', 'duckling', 'corpus', 'consolidation'] as const).filter(
        (k) => report[k],
      );
      const skipped = sections.filter((k) => !report[k]!.ran);
      if (skipped.length > 0) {
        const none = skipped.length === sections.length;
        process.stderr.write(
          `arqam eval: ${skipped.length} of ${sections.length} evaluations skipped (${skipped.join(', ')}) because their data is absent: ` +
            `../shared holds the developers' datasets (gold articles, corpus, NER and number specs, consolidation gold), which a clone does not include. ` +
            (none ? 'Nothing was scored. ' : 'The scores shown cover the rest only. ') +
            `Point eval at your own data with --gold, --gold-dev, --articles, --conll, --recognizers, --duckling or --corpus.\n`,
        );
        // Nothing scored is no success.
        if (none) status = EXIT_SOME_FAILED;
      }
      for (const set of [report.gold, report.goldDev])
        if (set?.ran) for (const f of set.result.failures) process.stderr.write(`arqam eval: ${f.reason}\n`);
      if (failuresOf(report) > 0) status = EXIT_SOME_FAILED;
      process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatEvalReport(report, Boolean(flags.verbose), texts));

      if (flags.checkThresholds || flags.writeThresholds) {
        const file = readThresholds();
        if (flags.writeThresholds) {
          const { metrics, drops, unmeasured } = raiseThresholds(report.metrics, file.metrics);
          writeThresholds({ ...file, metrics });
          const changed = Object.keys(metrics).filter((k) => metrics[k] !== file.metrics[k]);
          process.stderr.write(
            `arqam eval: wrote ${THRESHOLDS_FILE}: ${changed.length} of ${Object.keys(metrics).length} thresholds raised or added${changed.length > 0 ? ` (${changed.join(', ')})` : ''}\n`,
          );
          if (unmeasured.length > 0)
            process.stderr.write(`arqam eval: ${unmeasured.length} thresholds not measured in this run, kept as they were\n`);
          for (const d of drops)
            process.stderr.write(`arqam eval: ${d.metric} is ${d.measured!.toFixed(4)}, below its threshold ${d.threshold} (kept)\n`);
          if (drops.length > 0) status = EXIT_SOME_FAILED;
        } else {
          // A run of some sections is checked against those sections' thresholds only.
          const prefix = {
            gold: 'gold.',
            goldDev: 'gold-dev.',
            conll: 'conll.',
            nerDev: 'ner-dev.',
            recognizers: 'recognizers.',
            duckling: 'duckling.',
            corpus: 'corpus.',
            consolidation: 'consolidation.',
          } as const;
          const asked = (Object.keys(prefix) as (keyof typeof prefix)[]).filter((k) => options[k]);
          const relevant = Object.fromEntries(Object.entries(file.metrics).filter(([m]) => asked.some((k) => m.startsWith(prefix[k]))));
          const failures = checkThresholds(report.metrics, relevant);
          for (const d of failures)
            process.stderr.write(
              `arqam eval: ${d.metric} is ${d.measured === null ? 'not measured' : d.measured.toFixed(4)}, below its threshold ${d.threshold}\n`,
            );
          if (failures.length > 0) status = EXIT_SOME_FAILED;
          else process.stderr.write(`arqam eval: all ${Object.keys(relevant).length} thresholds met\n`);
        }
      }
      setStatus(status);
    });
}
