// CPU clocks for the benchmark. process.cpuUsage() counts every thread of the process (V8's
// compiler and GC helpers, libuv's pool); the main thread's own CPU time, what one core spends
// running arqam's code, is read from Linux's /proc/thread-self/schedstat (nanoseconds on the
// CPU), and falls back to the process's CPU where that file does not exist.
import { readFileSync } from 'node:fs';

let schedstat: boolean | undefined;

/** CPU milliseconds of the calling thread (the main thread when called there), or of the process without /proc. */
export function threadCpuMs(): number {
  if (schedstat !== false) {
    try {
      const s = readFileSync('/proc/thread-self/schedstat', 'latin1');
      schedstat = true;
      return Number(s.slice(0, s.indexOf(' '))) / 1e6;
    } catch {
      schedstat = false;
    }
  }
  return processCpuMs();
}

/** Whether threadCpuMs() measures the thread (true) or had to fall back to the process (false). */
export function threadCpuIsThread(): boolean {
  threadCpuMs();
  return schedstat === true;
}

/** CPU milliseconds of the whole process, user and system, every thread. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
