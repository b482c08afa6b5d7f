// CI thresholds: the scores reached, committed in src/eval/thresholds.json; the eval test
// fails when a score drops below its threshold. `arqam eval --write-thresholds` records the
// scores measured now: it raises thresholds and adds new metrics, but never lowers one (a
// drop is reported as a failure; lowering a threshold is a hand edit with a reason in the
// commit message).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './shared-paths.js';

export const THRESHOLDS_FILE = join(PROJECT_ROOT, 'src', 'eval', 'thresholds.json');

export interface ThresholdsFile {
  comment?: string;
  metrics: Record<string, number>;
}

export interface ThresholdFailure {
  metric: string;
  threshold: number;
  /** null when the metric was not measured (its evaluation was skipped or is gone). */
  measured: number | null;
}

const EPSILON = 1e-9;

export function readThresholds(path = THRESHOLDS_FILE): ThresholdsFile {
  const json = JSON.parse(readFileSync(path, 'utf8')) as ThresholdsFile;
  if (!json || typeof json.metrics !== 'object') throw new Error(`${path}: needs "metrics", a map of metric name to minimum score`);
  return json;
}

/** The metrics below their threshold, or not measured. */
export function checkThresholds(measured: Record<string, number>, thresholds: Record<string, number>): ThresholdFailure[] {
  const out: ThresholdFailure[] = [];
  for (const [metric, threshold] of Object.entries(thresholds)) {
    const m = measured[metric];
    if (m === undefined) out.push({ metric, threshold, measured: null });
    else if (m < threshold - EPSILON) out.push({ metric, threshold, measured: m });
  }
  return out;
}

/** Rounded down to 4 decimals, so a threshold is never above the score it records. */
const floor4 = (x: number) => Math.floor(x * 10000 + 1e-7) / 10000;

/** New thresholds from measured scores: raised or added, never lowered; the measured scores
 * below their threshold (drops) and the thresholds not measured this time are returned. */
export function raiseThresholds(
  measured: Record<string, number>,
  old: Record<string, number>,
): { metrics: Record<string, number>; drops: ThresholdFailure[]; unmeasured: string[] } {
  const metrics: Record<string, number> = { ...old };
  for (const [metric, value] of Object.entries(measured)) {
    const before = old[metric];
    if (before === undefined || value >= before - EPSILON) metrics[metric] = Math.max(before ?? 0, floor4(value));
  }
  const sorted = Object.fromEntries(
    Object.keys(metrics)
      .sort()
      .map((k) => [k, metrics[k]]),
  );
  const failures = checkThresholds(measured, old);
  return {
    metrics: sorted,
    drops: failures.filter((f) => f.measured !== null),
    unmeasured: failures.filter((f) => f.measured === null).map((f) => f.metric),
  };
}

export function writeThresholds(file: ThresholdsFile, path = THRESHOLDS_FILE): void {
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
}
