// Scores arqam's figures on Microsoft Recognizers-Text's Arabic number specs (the dev half in
// ../shared/numbers/recognizers-text-dev): NumberModel, PercentModel, NumberRangeModel and
// OrdinalModel. A case passes when every expected result has a figure overlapping its span
// (Start/End inclusive; anywhere when -1) with the expected reading — any number for
// NumberModel, a percentage for PercentModel, value/value_max and the open side's qualifier for
// NumberRangeModel, an ordinal for OrdinalModel — and a case with no results yields no figure of
// that model's kind. Expectations we hold wrong are listed in rejected-specs.json with the reason
// and reported apart: they are never counted as passed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFigures } from '../figures/index.js';
import type { Figure } from '../model/types.js';

export interface RecognizersResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string } & Record<string, unknown>;
  Start: number;
  End: number;
}

export interface RecognizersCase {
  Input: string;
  Results: RecognizersResult[];
}

export interface SpecCaseFailure {
  input: string;
  expected: unknown;
  got: unknown;
  category: string;
}

export interface RejectedCase extends SpecCaseFailure {
  reason: string;
  /** Whether arqam's answer would have met the (rejected) expectation. */
  wouldPass: boolean;
}

export interface SpecFileScore {
  file: string;
  /** Cases scored: all cases of the file but the rejected ones. */
  cases: number;
  /** All cases of the file, rejected ones included. */
  total: number;
  passed: number;
  failures: SpecCaseFailure[];
  /** Cases whose expectation is rejected (rejected-specs.json), not counted as passed. */
  rejected: RejectedCase[];
  /** passed / cases (the rejected cases left out). */
  rate: number;
  /** passed / total: the rejected cases counted as failed. */
  rateOfTotal: number;
}

export interface RejectedSpec {
  file: string;
  input: string;
  reason: string;
}

const REJECTED_PATH = fileURLToPath(new URL('../../src/eval/rejected-specs.json', import.meta.url));

/** The expectations we reject, with reasons (src/eval/rejected-specs.json). */
export function loadRejected(path = REJECTED_PATH): RejectedSpec[] {
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { recognizers?: RejectedSpec[] };
  return data.recognizers ?? [];
}

type Model = 'number' | 'percent' | 'range' | 'ordinal';

function modelOf(file: string): Model | null {
  if (file.startsWith('NumberRangeModel')) return 'range';
  if (file.startsWith('NumberModel')) return 'number';
  if (file.startsWith('PercentModel')) return 'percent';
  if (file.startsWith('OrdinalModel')) return 'ordinal';
  return null;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function numeric(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

interface Interval {
  lo: number | null;
  hi: number | null;
}

/** "(20,35]" → {lo 20, hi 35}; "[30,)" → {lo 30}; "(,100]" → {hi 100}. */
export function parseInterval(s: string): Interval | null {
  const m = /^[[(]\s*(-?[\d.eE+]*)\s*,\s*(-?[\d.eE+]*)\s*[\])]$/.exec(s.trim());
  if (!m) return null;
  return { lo: m[1] === '' ? null : Number(m[1]), hi: m[2] === '' ? null : Number(m[2]) };
}

/**
 * The expected span in the input: Start/End (inclusive) when they hold the expected Text;
 * where the Text occurs when they do not (some specs count offsets on another spelling);
 * anywhere (null) when Start is -1 or the Text is not in the input.
 */
export function expectedSpan(input: string, r: RecognizersResult): { start: number; end: number } | null {
  if (r.Start >= 0 && input.slice(r.Start, r.End + 1) === r.Text) return { start: r.Start, end: r.End + 1 };
  const at = r.Text ? input.indexOf(r.Text.trim()) : -1;
  if (at >= 0) return { start: at, end: at + r.Text.trim().length };
  if (r.Start >= 0) return { start: r.Start, end: r.End + 1 };
  return null;
}

function overlaps(input: string, f: Figure, r: RecognizersResult): boolean {
  const span = expectedSpan(input, r);
  if (!span) return true;
  return f.start < span.end && span.start < f.end;
}

/** Whether figure f gives the reading of result r under `model`. */
export function figureMeets(model: Model, f: Figure, r: RecognizersResult): boolean {
  const expected = r.Resolution?.value ?? '';
  const v = numeric(f.value);
  if (model === 'number') {
    const want = Number(expected);
    return v !== null && Number.isFinite(want) && close(v, want);
  }
  if (model === 'percent') {
    const want = Number(String(expected).replace('%', ''));
    return f.kind === 'percent' && v !== null && close(v, want);
  }
  if (model === 'ordinal') {
    const want = Number(expected);
    return f.kind === 'ordinal' && v !== null && Number.isFinite(want) && close(v, want);
  }
  const iv = parseInterval(String(expected));
  if (!iv || v === null) return false;
  const max = numeric(f.value_max);
  if (iv.lo !== null && iv.hi !== null) {
    if (close(iv.lo, iv.hi))
      return close(v, iv.lo) && (max === null || close(max, iv.hi)) && f.qualifier !== 'at_least' && f.qualifier !== 'at_most';
    return close(v, iv.lo) && max !== null && close(max, iv.hi);
  }
  if (iv.lo !== null) return close(v, iv.lo) && max === null && f.qualifier === 'at_least';
  if (iv.hi !== null) return close(v, iv.hi) && max === null && f.qualifier === 'at_most';
  return false;
}

/** Whether figure f is of the kind a model with no expected result must not find. */
function ofModelKind(model: Model, f: Figure): boolean {
  if (model === 'number') return numeric(f.value) !== null;
  if (model === 'percent') return f.kind === 'percent';
  if (model === 'ordinal') return f.kind === 'ordinal';
  return f.value_max !== null || f.qualifier === 'at_least' || f.qualifier === 'at_most';
}

function brief(f: Figure): Record<string, unknown> {
  return { kind: f.kind, text: f.text, value: f.value, value_max: f.value_max, unit: f.unit, qualifier: f.qualifier };
}

/** Scores one case: null when it passes, else why it fails. */
export function scoreCase(model: Model, c: RecognizersCase, figures: Figure[]): SpecCaseFailure | null {
  if (c.Results.length === 0) {
    const found = figures.filter((f) => ofModelKind(model, f));
    return found.length === 0 ? null : { input: c.Input, expected: [], got: found.map(brief), category: 'spurious' };
  }
  for (const r of c.Results) {
    if (figures.some((f) => overlaps(c.Input, f, r) && figureMeets(model, f, r))) continue;
    const near = figures.filter((f) => overlaps(c.Input, f, r));
    return {
      input: c.Input,
      expected: c.Results.map((x) => ({ text: x.Text, value: x.Resolution?.value, start: x.Start, end: x.End })),
      got: figures.map(brief),
      category: near.length === 0 ? 'missed' : 'wrong reading',
    };
  }
  return null;
}

/** Scores every spec file in `dir` (per-file rows, in file order). */
export function scoreRecognizers(dir = '../shared/numbers/recognizers-text-dev', rejectedSpecs = loadRejected()): SpecFileScore[] {
  if (!existsSync(dir)) throw new Error(`Recognizers-Text specs not found: ${dir} (run from the project root with ../shared present)`);
  const out: SpecFileScore[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const model = modelOf(file);
    if (!model) continue;
    let cases: RecognizersCase[];
    try {
      cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RecognizersCase[];
    } catch (error) {
      throw new Error(`${join(dir, file)}: not a JSON spec file (${error instanceof Error ? error.message : String(error)})`);
    }
    const rejectedHere = new Map(rejectedSpecs.filter((r) => r.file === file).map((r) => [r.input, r.reason]));
    const row: SpecFileScore = { file, cases: 0, total: cases.length, passed: 0, failures: [], rejected: [], rate: 0, rateOfTotal: 0 };
    for (const c of cases) {
      const figures = extractFigures(c.Input);
      const failure = scoreCase(model, c, figures);
      const reason = rejectedHere.get(c.Input);
      if (reason !== undefined) {
        row.rejected.push({
          ...(failure ?? {
            input: c.Input,
            expected: c.Results.map((x) => x.Resolution?.value),
            got: figures.map(brief),
            category: 'rejected',
          }),
          reason,
          wouldPass: failure === null,
        });
      } else if (failure) row.failures.push(failure);
      else row.passed++;
    }
    row.cases = row.total - row.rejected.length;
    row.rate = row.cases > 0 ? row.passed / row.cases : 1;
    row.rateOfTotal = row.total > 0 ? row.passed / row.total : 1;
    out.push(row);
  }
  return out;
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** CLI: node dist/eval/recognizers-specs.js [DIR] [--failures] */
function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/numbers/recognizers-text-dev';
  const rows = scoreRecognizers(dir);
  for (const r of rows) {
    process.stdout.write(
      `${r.file.padEnd(24)} ${String(r.passed).padStart(4)}/${r.cases}  ${percent(r.rate).padStart(6)}  (${r.rejected.length} rejected expectations left out; ${r.passed}/${r.total} = ${percent(r.rateOfTotal)} counting them as failed)\n`,
    );
    if (args.includes('--failures')) {
      for (const f of r.failures)
        process.stdout.write(
          `   ${f.category}: ${JSON.stringify(f.input)} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}\n`,
        );
      for (const f of r.rejected) process.stdout.write(`   rejected: ${JSON.stringify(f.input)} — ${f.reason}\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`recognizers-specs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
