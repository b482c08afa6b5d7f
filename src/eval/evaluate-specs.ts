// The number specs (Recognizers-Text's Arabic specs, Duckling's Arabic corpora) are scored by
// scoreRecognizers() (recognizers-specs.ts) and scoreDuckling() (duckling-corpora.ts); this
// file calls them and reads their answer into per-file rows, so the eval prints and thresholds
// them the same way whatever they add.
import { scoreDuckling } from './duckling-corpora.js';
import { scoreRecognizers } from './recognizers-specs.js';

/** One spec file or corpus: how many cases, how many passed, and the failures. */
export interface SpecFileScore {
  file: string;
  /** Every case of the file, rejected expectations included. */
  cases: number;
  passed: number;
  /** Cases whose expectation the scorer rejects as wrong (rejected-specs.json): counted here
   * as not passed, so that rejecting an expectation never raises the pass rate. */
  rejected: number;
  /** Failures by category (e.g. "no figure", "wrong value"), rejected cases included. */
  failures: SpecFailure[];
}

export interface SpecFailure {
  category: string;
  input: string;
  expected?: unknown;
  got?: unknown;
  /** Why the scorer rejects the expectation, for rejected cases. */
  note?: string;
}

export interface SpecEvaluation {
  dir: string;
  files: SpecFileScore[];
  cases: number;
  passed: number;
  rejected: number;
  /** passed / cases, rejected expectations counted as not passed (1 when there are no cases). */
  rate: number;
  /** passed / (cases - rejected): the scorer's own rate, shown beside, never thresholded. */
  rateExcludingRejected: number;
}

export type SpecOutcome = { ok: true; result: SpecEvaluation } | { ok: false; reason: string };

type Loose = Record<string, unknown>;
const num = (o: Loose, ...keys: string[]): number | undefined => {
  for (const k of keys) if (typeof o[k] === 'number') return o[k] as number;
  return undefined;
};
const str = (o: Loose, ...keys: string[]): string | undefined => {
  for (const k of keys) if (typeof o[k] === 'string') return o[k] as string;
  return undefined;
};

/** Reads one file row of the scorer's answer (names tolerated: file/name/corpus,
 * cases/total, passed/pass, failures/failed). */
function fileRow(o: Loose, i: number): SpecFileScore {
  const failuresRaw = (Array.isArray(o.failures) ? o.failures : Array.isArray(o.failed) ? o.failed : []) as Loose[];
  const failure = (f: Loose): SpecFailure => ({
    category: str(f, 'category', 'kind') ?? 'failed',
    input: str(f, 'input', 'Input', 'text') ?? JSON.stringify(f),
    expected: f.expected ?? f.Expected,
    got: f.got ?? f.actual ?? f.found,
  });
  const rejectedRaw = (Array.isArray(o.rejected) ? o.rejected : []) as Loose[];
  const failures = [
    ...failuresRaw.map((f) => failure(f)),
    ...rejectedRaw.map((f) => ({ ...failure(f), category: 'expectation rejected by the scorer', note: str(f, 'reason') })),
  ];
  // The whole file: "total" when the scorer leaves rejected cases out of "cases".
  const cases = num(o, 'total') ?? (num(o, 'cases', 'count') ?? 0) + rejectedRaw.length;
  const passed = num(o, 'passed', 'pass', 'ok') ?? cases - failures.length;
  return { file: str(o, 'file', 'name', 'corpus', 'model') ?? `#${i + 1}`, cases, passed, rejected: rejectedRaw.length, failures };
}

/** The scorer's answer, whatever its outer shape (a list of rows, {files}, {corpora}, or a
 * record keyed by file name), as per-file rows. */
export function readSpecAnswer(answer: unknown, dir: string): SpecEvaluation {
  let rows: Loose[] = [];
  if (Array.isArray(answer)) rows = answer as Loose[];
  else if (answer && typeof answer === 'object') {
    const a = answer as Loose;
    const list = a.files ?? a.corpora ?? a.perFile ?? a.results;
    if (Array.isArray(list)) rows = list as Loose[];
    else if (list && typeof list === 'object') rows = Object.entries(list as Loose).map(([file, v]) => ({ file, ...(v as Loose) }));
    else
      rows = Object.entries(a)
        .filter(([, v]) => v && typeof v === 'object')
        .map(([file, v]) => ({ file, ...(v as Loose) }));
  }
  const files = rows.map(fileRow);
  const cases = files.reduce((s, f) => s + f.cases, 0);
  const passed = files.reduce((s, f) => s + f.passed, 0);
  const rejected = files.reduce((s, f) => s + f.rejected, 0);
  return {
    dir,
    files,
    cases,
    passed,
    rejected,
    rate: cases > 0 ? passed / cases : 1,
    rateExcludingRejected: cases - rejected > 0 ? passed / (cases - rejected) : 1,
  };
}

/** Recognizers-Text specs in `dir`, scored by scoreRecognizers(). */
export async function evaluateRecognizers(dir: string): Promise<SpecOutcome> {
  return { ok: true, result: readSpecAnswer(scoreRecognizers(dir), dir) };
}

/** Duckling corpora in `dir`, scored by scoreDuckling(). */
export async function evaluateDuckling(dir: string): Promise<SpecOutcome> {
  return { ok: true, result: readSpecAnswer(scoreDuckling(dir), dir) };
}
