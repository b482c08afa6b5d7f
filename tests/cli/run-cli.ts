// Runs the built CLI (dist/, as `npx arqam` does) and collects its output.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string, cwd = PROJECT_ROOT): CliResult {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli/bin.js'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
