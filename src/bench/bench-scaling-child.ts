// node dist/bench/bench-scaling-child.js MB [DIR...]: analyzes one synthetic article of MB
// megabytes built from the .txt articles of DIR (default ../shared/corpus, else data/articles)
// after a warm-up on the first article, and prints {mb, bytes, cpuSeconds, wallSeconds,
// tokens, stages} as JSON: a process of its own per size, so no size inherits another's heap.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, defaultStages } from '../analyze.js';
import { Doc } from '../model/document.js';
import { PROJECT_ROOT, SHARED } from '../eval/shared-paths.js';
import { syntheticArticle } from './synthetic-article.js';

export interface ScalingRun {
  mb: number;
  bytes: number;
  origin: string;
  cpuSeconds: number;
  wallSeconds: number;
  tokens: number;
  stages: { name: string; cpuSeconds: number }[];
}

/** The pages the synthetic article is made of: every .txt of the folders given. */
export function scalingPages(dirs: string[]): { origin: string; pages: string[] } {
  const use =
    dirs.length > 0
      ? dirs
      : existsSync(SHARED.corpus)
        ? [SHARED.corpus]
        : [join(PROJECT_ROOT, 'data', 'articles'), join(PROJECT_ROOT, 'data', 'samples')];
  const pages: string[] = [];
  for (const dir of use.filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      pages.push(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
  }
  return { origin: use.join(', '), pages };
}

const cpu = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/** Analyzes the synthetic article of `mb` MB stage by stage; CPU and wall seconds. */
export function measureScaling(mb: number, pages: string[], origin: string): ScalingRun {
  analyzeDocument(pages[0]); // warm-up: the model, the lexicons and the JIT
  const text = syntheticArticle(pages, mb * 1e6);
  const doc = new Doc(text, 'synthetic', null);
  const stages: ScalingRun['stages'] = [];
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const stage of defaultStages()) {
    const c = process.cpuUsage();
    stage.run(doc);
    stages.push({ name: stage.name, cpuSeconds: cpu(c) });
  }
  return {
    mb,
    bytes: Buffer.byteLength(text),
    origin,
    cpuSeconds: cpu(c0),
    wallSeconds: (performance.now() - w0) / 1000,
    tokens: doc.tokens.length,
    stages,
  };
}

if (process.argv[1]?.endsWith('bench-scaling-child.js')) {
  const mb = Number(process.argv[2]);
  if (!(mb > 0)) throw new Error('usage: bench-scaling-child.js MB [DIR...]');
  const { origin, pages } = scalingPages(process.argv.slice(3));
  process.stdout.write(JSON.stringify(measureScaling(mb, pages, origin)) + '\n');
}
