// Exit statuses of CONTRACT.md.
export const EXIT_OK = 0;
/** Some inputs failed; each is named on stderr and the rest were processed. */
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** A command-line mistake: reported with the usage hint, exit status 2. */
export class UsageError extends Error {}
