// One measured `arqam extract --jsonl`, in a process of its own, on the ingest benchmark's input:
// its CPU time (main thread and the analysis worker together) and peak RSS, to set ingest's CPU
// per document against. Prints {lines, failed, seconds, cpuSeconds, maxRssMB} as JSON.
// node dist/bench/bench-extract-child.js INPUT
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { extractStream } from '../store/extract-lines.js';
import { DEFAULT_MAX_BYTES } from '../store/read-inputs.js';

const [input] = process.argv.slice(2);
const started = Date.now();
// The output is counted and dropped, as a pipe to a fast reader would take it.
let bytes = 0;
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    bytes += chunk.length;
    done();
  },
});
const stats = await extractStream(createReadStream(input), sink, { maxBytes: DEFAULT_MAX_BYTES });
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    ...stats,
    outputMB: bytes / 1e6,
    seconds: (Date.now() - started) / 1000,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMB: usage.maxRSS / 1024,
  }) + '\n',
);
