// Run as a child of the bench (fresh process): how long importing the library, building the
// stages and each stage's first run on one article take. A stage's first run includes what it
// loads lazily (lexicons, models); the bench reports it beside the steady-state time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

async function main(): Promise<void> {
  const path = process.argv[2];
  const t0 = performance.now();
  const lib = await import('../analyze.js');
  const { Doc } = await import('../model/document.js');
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const stages = lib.defaultStages();
  const buildMs = performance.now() - t1;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const doc = new Doc(text, 'cold', path);
  const firstRun: Record<string, number> = {};
  for (const s of stages) {
    const t = performance.now();
    try {
      s.run(doc);
    } catch {
      // the pipeline would record a message; timing is what matters here
    }
    firstRun[s.name] = performance.now() - t;
  }
  process.stdout.write(JSON.stringify({ importMs, buildMs, firstRun, totalMs: performance.now() - t0 }) + '\n');
}

void main();
