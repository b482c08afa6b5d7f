#!/usr/bin/env node
// The `arqam` executable.
import { main } from './main.js';

main(process.argv).then(
  (code) => {
    // Never process.exit() after output: it truncates piped stdout.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`arqam: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
