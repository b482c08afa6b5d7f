// Runs cold-start.js in fresh processes and takes the median of each number.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

export interface ColdStart {
  importMs: number;
  buildMs: number;
  firstRun: Record<string, number>;
  totalMs: number;
}

export function benchColdStart(seed: string, runs = 3): ColdStart {
  const script = fileURLToPath(new URL('./cold-start.js', import.meta.url));
  const all: ColdStart[] = [];
  for (let r = 0; r < runs; r++) {
    const out = spawnSync(process.execPath, [script, seed], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`cold start failed: ${out.stderr.trim().slice(0, 300)}`);
    all.push(JSON.parse(out.stdout) as ColdStart);
  }
  const firstRun: Record<string, number> = {};
  for (const name of Object.keys(all[0].firstRun)) firstRun[name] = median(all.map((c) => c.firstRun[name]));
  return {
    importMs: median(all.map((c) => c.importMs)),
    buildMs: median(all.map((c) => c.buildMs)),
    firstRun,
    totalMs: median(all.map((c) => c.totalMs)),
  };
}
