// One measured ingest, in a process of its own so that its peak RSS is the ingest's alone
// (main thread, worker threads and DuckDB together): prints {stats, maxRssMB, cpuSeconds, storeMB}
// as JSON; cpuSeconds is user and system time of every thread.
// node dist/bench/bench-ingest-child.js INPUT DB WORKERS
import { statSync } from 'node:fs';
import { ingest } from '../store/ingest.js';

const [input, db, workers] = process.argv.slice(2);
let last = 0;
const stats = await ingest([input], {
  db,
  workers: Number(workers),
  onBatch: (p) => {
    if (p.seconds - last < 10) return;
    last = p.seconds;
    process.stderr.write(`${p.handled} documents, ${(p.handled / p.seconds).toFixed(0)} docs/s\n`);
  },
});
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    stats,
    maxRssMB: usage.maxRSS / 1024,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    storeMB: statSync(db).size / 1e6,
  }) + '\n',
);
