// The command line: parses arguments and hands each command to the library.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_SOME_FAILED, EXIT_USAGE, UsageError } from './exit-codes.js';
import { describeFsError, isFsError } from '../model/fs-errors.js';

type Register = (program: Command, setStatus: (code: number) => void) => void;

// Each command loads only what it needs: `arqam analyze` must not pay for DuckDB or the
// evaluation harness at start-up. Help (no command) loads them all to describe them.
const COMMANDS: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import('./commands/analyze.js')).registerAnalyze,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  query: async () => (await import('./commands/query.js')).registerQuery,
  figures: async () => (await import('./commands/figures.js')).registerFigures,
  export: async () => (await import('./commands/export.js')).registerExport,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  ner: async () => (await import('./commands/ner.js')).registerNer,
  projects: async () => (await import('./commands/projects.js')).registerProjects,
  consolidate: async () => (await import('./commands/consolidate.js')).registerConsolidate,
  report: async () => (await import('./commands/report.js')).registerReport,
};

/** The version in package.json (dist/cli/ and src/cli/ are both two folders below it). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Runs the CLI with `argv` (as process.argv) and resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = new Command();
  program
    .name('arqam')
    .description('Arabic news analytics: figures, entities and projects from Arabic news articles')
    .version(packageVersion(), '-V, --version', 'print the version of arqam')
    .showHelpAfterError('(run arqam --help for usage)')
    .exitOverride();
  const setStatus = (code: number) => {
    status = code;
  };
  const name = argv[2];
  const wanted = name !== undefined && name in COMMANDS ? [name] : Object.keys(COMMANDS);
  for (const command of wanted) (await COMMANDS[command]())(program, setStatus);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`arqam: ${error.message}\n(run arqam --help for usage)\n`);
      return EXIT_USAGE;
    }
    // A file the command could not read or write, in words (never Node's EACCES and a stack).
    if (isFsError(error)) {
      process.stderr.write(
        `arqam: ${describeFsError(error, error.syscall === 'open' || error.syscall === 'read' || error.syscall === 'scandir' || error.syscall === 'stat' ? 'read' : 'write')}\n`,
      );
      return EXIT_SOME_FAILED;
    }
    throw error;
  }
  return status;
}
