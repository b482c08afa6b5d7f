// CI: the evaluation on ../shared, in-process, must reach every threshold in
// src/eval/thresholds.json (the scores reached so far). Raise them with
// `npm run build && npm run eval -- --write-thresholds`.
import { describe, expect, it } from 'vitest';
import { checkThresholds, raiseThresholds, readThresholds } from '../../src/eval/thresholds.js';
import { defaultEvalOptions, runEval } from '../../src/eval/run-eval.js';
import { HAS_SHARED } from '../helpers/shared.js';

describe('raiseThresholds', () => {
  it('adds new metrics and raises others, rounded down', () => {
    const { metrics, drops } = raiseThresholds({ a: 0.51239, b: 0.9 }, { b: 0.8 });
    expect(metrics).toEqual({ a: 0.5123, b: 0.9 });
    expect(drops).toEqual([]);
  });

  it('never lowers one: a drop is kept and reported', () => {
    const { metrics, drops } = raiseThresholds({ a: 0.4 }, { a: 0.5 });
    expect(metrics).toEqual({ a: 0.5 });
    expect(drops).toEqual([{ metric: 'a', threshold: 0.5, measured: 0.4 }]);
  });

  it('keeps a metric not measured this time and names it', () => {
    const r = raiseThresholds({}, { a: 0.5 });
    expect(r.metrics).toEqual({ a: 0.5 });
    expect(r.drops).toEqual([]);
    expect(r.unmeasured).toEqual(['a']);
  });
});

describe('checkThresholds', () => {
  it.each([
    [{ a: 0.5 }, { a: 0.5 }, 0],
    [{ a: 0.6 }, { a: 0.5 }, 0],
    [{ a: 0.49 }, { a: 0.5 }, 1],
    [{}, { a: 0 }, 1],
  ])('%o against %o: %i failures', (measured, thresholds, n) => {
    expect(checkThresholds(measured, thresholds)).toHaveLength(n);
  });
});

describe.skipIf(!HAS_SHARED)('the evaluation on ../shared', () => {
  it('reaches every threshold in src/eval/thresholds.json', { timeout: 600_000 }, async () => {
    const report = await runEval(defaultEvalOptions());
    const failures = checkThresholds(report.metrics, readThresholds().metrics);
    expect(failures).toEqual([]);
  });
});
