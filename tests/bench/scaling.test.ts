// Linear time (issue 21): the embedded article's body repeated to 1 MB and to 8 MB is analyzed
// in a process of its own each, and the CPU time per MB of the 8 MB article stays within 1.5×
// that of the 1 MB one (it was 6.6× while the entity stage compared every candidate with every
// facility and every kept mention). A scaling ratio of CPU time, not a wall time: it holds on a
// busy machine. The tokens, an operation count, grow with the text exactly.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';
import type { ScalingRun } from '../../src/bench/bench-scaling-child.js';

function measure(mb: number): ScalingRun {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=3072', join(PROJECT_ROOT, 'dist/bench/bench-scaling-child.js'), String(mb), join(PROJECT_ROOT, 'data/articles')],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`bench-scaling-child ${mb} MB failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ScalingRun;
}

describe('analyze on one long article', () => {
  it('takes no more CPU time per MB at 8 MB than 1.5× that at 1 MB', () => {
    const small = measure(1);
    const large = measure(8);
    const perMb = (r: ScalingRun) => r.cpuSeconds / (r.bytes / 1e6);
    const ratio = perMb(large) / perMb(small);
    const stages = large.stages
      .map((s, i) => `${s.name} ${(s.cpuSeconds / 8).toFixed(2)}/${small.stages[i].cpuSeconds.toFixed(2)}`)
      .join(', ');
    expect(ratio, `CPU s/MB ${perMb(large).toFixed(2)} at 8 MB against ${perMb(small).toFixed(2)} at 1 MB (${stages})`).toBeLessThan(1.5);
    // Operation count: the tokens grow exactly as the text does.
    expect(large.tokens / small.tokens).toBeCloseTo(large.bytes / small.bytes, 1);
  }, 900_000);
});
