// The command line: parses arguments and hands each command to the library.
import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, UsageError } from './exit-codes.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerFigures } from './commands/figures.js';
import { registerExport } from './commands/export.js';
import { registerEval } from './commands/eval.js';
import { registerNer } from './commands/ner.js';

export type CommandResult = Promise<number>;

/** Runs the CLI with `argv` (as process.argv) and resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = new Command();
  program
    .name('arqam')
    .description('Arabic news analytics: figures, entities and projects from Arabic news articles')
    .showHelpAfterError('(run arqam --help for usage)')
    .exitOverride();
  const setStatus = (code: number) => {
    status = code;
  };
  registerAnalyze(program, setStatus);
  registerExtract(program, setStatus);
  registerIngest(program, setStatus);
  registerQuery(program, setStatus);
  registerFigures(program, setStatus);
  registerExport(program, setStatus);
  registerEval(program, setStatus);
  registerNer(program, setStatus);
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
    throw error;
  }
  return status;
}
