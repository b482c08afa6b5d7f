// arqam extract --jsonl: JSON lines on stdin → exactly one JSON line per input line on stdout,
// in order, with bounded memory — a pure filter that Spark's RDD.pipe, Hadoop streaming, Dask or
// GNU parallel can run unchanged (src/store/extract-lines.ts says what each line gets).
import type { Command } from 'commander';
import { extractStream } from '../../store/extract-lines.js';
import { DEFAULT_MAX_BYTES } from '../../store/read-inputs.js';
import { DEFAULT_EXTRACT_MEMORY_MB } from '../../store/worker-pool.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';
import { parseSize } from '../parse-size.js';

interface ExtractCliOptions {
  jsonl?: boolean;
  keepGoing?: boolean;
  maxBytes: string;
  memory: string;
}

export function registerExtract(program: Command, setStatus: (code: number) => void): void {
  program
    .command('extract')
    .description(
      'read JSON lines {"id","text"} (or SaudiNewsNet {"content","title","date_extracted",...}) on stdin; ' +
        'write exactly one line per input line on stdout: {"id","figures","entities","projects",...} or {"id","line","error"}',
    )
    .option('--jsonl', 'JSON lines in and out (the only format)')
    .option(
      '--keep-going',
      'exit 0 even when some lines failed (each still gets its error line; the count goes to stderr), as RDD.pipe and Hadoop streaming need',
    )
    .option('--max-bytes <size>', 'a longer input line gets an error line without being read (e.g. 20MB, 500k)', String(DEFAULT_MAX_BYTES))
    .option(
      '--memory <MB>',
      'heap cap of the analysis (a line needing more gets an error line); peak RSS stays about 200 MB above it',
      String(DEFAULT_EXTRACT_MEMORY_MB),
    )
    .action(async (opts: ExtractCliOptions) => {
      if (!opts.jsonl) throw new UsageError('extract needs --jsonl');
      const maxBytes = parseSize(opts.maxBytes);
      const memoryMb = Number(opts.memory);
      if (!Number.isInteger(memoryMb) || memoryMb < 64)
        throw new UsageError(`--memory takes a whole number of MB of at least 64, not "${opts.memory}"`);
      const stats = await extractStream(process.stdin, process.stdout, { maxBytes, memoryMb });
      if (stats.failed > 0) process.stderr.write(`arqam extract: ${stats.failed} of ${stats.lines} lines failed\n`);
      setStatus(stats.failed > 0 && !opts.keepGoing ? EXIT_SOME_FAILED : EXIT_OK);
    });
}
