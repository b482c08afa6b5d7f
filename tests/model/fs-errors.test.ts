// File-system errors in words (issue 21: raw EACCES and EEXIST reached the user), and the one
// size limit of every command that reads documents.
import { describe, expect, it } from 'vitest';
import { describeFsError, fsReason, isFsError } from '../../src/model/fs-errors.js';
import { DEFAULT_MAX_BYTES, parseSize, SizeSyntaxError, tooLargeReason } from '../../src/model/size-limits.js';

const fsError = (code: string, path: string) =>
  Object.assign(new Error(`${code}: something, open '${path}'`), { code, path, syscall: 'open' });

describe('file-system errors', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EEXIST', 'a file of that name is in the way'],
    ['ENOENT', 'no such file or directory'],
    ['EISDIR', 'is a directory'],
    ['ENOSPC', 'no space left on the device'],
  ])('%s reads "%s"', (code, words) => {
    expect(fsReason(fsError(code, '/x'))).toBe(words);
  });

  it('names the path and what could not be done', () => {
    expect(describeFsError(fsError('EACCES', '/data/a.txt'), 'read')).toBe('cannot read /data/a.txt: permission denied');
    expect(describeFsError(fsError('EEXIST', '/out'), 'create', 'out')).toBe('cannot create out: a file of that name is in the way');
  });

  it('tells a file-system error from another', () => {
    expect(isFsError(fsError('EACCES', '/x'))).toBe(true);
    expect(isFsError(new Error('boom'))).toBe(false);
  });
});

describe('the size limit', () => {
  it('is 20 MiB by default', () => expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024));

  it.each([
    ['20MB', 20 * 1024 * 1024],
    ['500k', 500 * 1024],
    ['1.5 GB', 1.5 * 1024 ** 3],
    ['1048576', 1048576],
  ])('%s is %i bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['lots', '0', '-5MB'])('refuses %j', (text) => expect(() => parseSize(text)).toThrow(SizeSyntaxError));

  it('says how to raise it', () =>
    expect(tooLargeReason(1200, 1000)).toBe('too large (1200 bytes, limit 1000; raise it with --max-bytes)'));
});
