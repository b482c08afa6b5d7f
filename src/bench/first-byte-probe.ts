// Loaded with `node --import dist/bench/first-byte-probe.js dist/cli/bin.js ...` by the start-up
// benchmark (bench-startup.ts): notes the CPU spent when the command first writes to stdout
// (the main thread's, and the whole process's) and reports it on stderr at exit as one line
// `arqam-first-byte {"threadCpuMs", "processCpuMs"}`. Nothing else changes.
import { processCpuMs, threadCpuMs } from './cpu-clock.js';

let at: { threadCpuMs: number; processCpuMs: number } | null = null;
const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
process.stdout.write = ((...args: unknown[]) => {
  at ??= { threadCpuMs: threadCpuMs(), processCpuMs: processCpuMs() };
  return write(...args);
}) as typeof process.stdout.write;
process.on('exit', () => {
  if (at) process.stderr.write(`arqam-first-byte ${JSON.stringify(at)}\n`);
});
