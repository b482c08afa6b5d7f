// Start-up: from spawning `node dist/cli/bin.js analyze --json <article>` to the first byte on
// its stdout (what a user waits for), and to its exit; the median of a few runs. The CPU spent
// by then (the main thread's and the process's, every thread) is read inside the child by
// first-byte-probe.js, loaded with --import, so a busy machine does not hide it.
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
  /** Main-thread CPU spent before the first byte (median). */
  firstByteThreadCpuMs: number;
  /** CPU of the whole process (every thread) before the first byte (median). */
  firstByteProcessCpuMs: number;
}

interface Once {
  firstByte: number;
  exit: number;
  threadCpuMs: number;
  processCpuMs: number;
}

function once(args: string[]): Promise<Once> {
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
      const probe = /^arqam-first-byte (\{.*\})$/m.exec(stderr);
      if (code !== 0 || firstByte < 0 || !probe) reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.trim().slice(0, 300)}`));
      else {
        const cpu = JSON.parse(probe[1]) as { threadCpuMs: number; processCpuMs: number };
        resolve({ firstByte, exit: now() - t0, ...cpu });
      }
    });
  });
}

export async function benchStartup(seed: string, runs = 5): Promise<StartupTiming> {
  const probe = join(PROJECT_ROOT, 'dist', 'bench', 'first-byte-probe.js');
  const args = ['--import', probe, join(PROJECT_ROOT, 'dist', 'cli', 'bin.js'), 'analyze', '--json', seed];
  await once(args); // file-system caches warm, as for a user's second run
  const all: Once[] = [];
  for (let r = 0; r < runs; r++) all.push(await once(args));
  return {
    command: `node dist/cli/bin.js analyze --json ${seed}`,
    runs,
    firstByteMs: median(all.map((t) => t.firstByte)),
    exitMs: median(all.map((t) => t.exit)),
    firstByteRuns: all.map((t) => t.firstByte),
    firstByteThreadCpuMs: median(all.map((t) => t.threadCpuMs)),
    firstByteProcessCpuMs: median(all.map((t) => t.processCpuMs)),
  };
}
