// File-system errors in words, naming the path: "cannot read X: permission denied" rather than
// Node's "EACCES: permission denied, open 'X'" with a stack (issue 21).

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'the file is busy',
};

/** The reason of an fs error in words ("permission denied"), or its message when unknown. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Whether `error` is a Node file-system error (it has an errno code such as EACCES). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}

/** "cannot read X: permission denied", with the path the error names when it names one. */
export function describeFsError(error: unknown, verb: 'read' | 'write' | 'create', path?: string): string {
  const at = path ?? (error as NodeJS.ErrnoException | null)?.path ?? '(unknown path)';
  return `cannot ${verb} ${at}: ${fsReason(error)}`;
}
