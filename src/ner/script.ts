// What the npm-run scripts of src/ner (train:ner, train:words, train:context-words, harvest:names,
// harvest:tagged) share: a usage error names the script, prints its usage and exits 2; options are
// read and checked the same way; progress lines on stderr start with the script's name; any other
// error is printed with its stack and exits 1.

export interface Script {
  /** A usage error: the message and the usage on stderr, exit status 2 (thrown to stop main). */
  fail(message: string): never;
  /** The options `parse` reads (node:util parseArgs), an unknown or malformed one a usage error. */
  options<T>(parse: () => T): T;
  /** A non-negative number. */
  num(name: string, value: string): number;
  /** An integer of at least `min`. */
  int(name: string, value: string, min: number): number;
  /** A progress line on stderr, prefixed with the script's name. */
  log(message: string): void;
  /** Whole seconds since the script started, as "12 s". */
  elapsed(): string;
  /** Runs main; an error that is no usage error is printed with its stack and exits 1. */
  run(main: () => void | Promise<void>): void;
}

export function script(name: string, usage: string): Script {
  const fail = (message: string): never => {
    process.stderr.write(`${name}: ${message}\n${usage}\n`);
    process.exitCode = 2;
    throw new Error(message);
  };
  const report = (error: unknown): void => {
    if (process.exitCode === 2) return;
    process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  };
  const started = Date.now();
  return {
    fail,
    log(message) {
      process.stderr.write(`${name}: ${message}\n`);
    },
    elapsed() {
      return `${((Date.now() - started) / 1000).toFixed(0)} s`;
    },
    options<T>(parse: () => T): T {
      try {
        return parse();
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
    num(option, value) {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) fail(`--${option} must be a non-negative number, got "${value}"`);
      return n;
    },
    int(option, value, min) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) fail(`--${option} must be an integer of at least ${min}, got "${value}"`);
      return n;
    },
    run(main) {
      try {
        const done = main();
        if (done) done.catch(report);
      } catch (error) {
        report(error);
      }
    },
  };
}
