// Start-up: from spawning `node dist/cli/bin.js analyze --json <article>` to the first byte on
// its stdout (what a user waits for), and to its exit; the median of a few runs.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../eval/shared-paths.js';
import { median, now } from './stats.js';

export interface StartupTiming {
  command: string;
  runs: number;
  firstByteMs: number;
  exitMs: number;
  firstByteRuns: number[];
}

function once(args: string[]): Promise<{ firstByte: number; exit: number }> {
  return new Promise((resolve, reject) => {
    const t0 = now();
    let firstByte = -1;
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => {
      if (firstByte < 0) firstByte = now() - t0;
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || firstByte < 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.trim().slice(0, 300)}`));
      else resolve({ firstByte, exit: now() - t0 });
    });
  });
}

export async function benchStartup(seed: string, runs = 5): Promise<StartupTiming> {
  const args = [join(PROJECT_ROOT, 'dist', 'cli', 'bin.js'), 'analyze', '--json', seed];
  await once(args); // file-system caches warm, as for a user's second run
  const first: number[] = [];
  const exit: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = await once(args);
    first.push(t.firstByte);
    exit.push(t.exit);
  }
  return { command: `node dist/cli/bin.js analyze --json ${seed}`, runs, firstByteMs: median(first), exitMs: median(exit), firstByteRuns: first };
}
