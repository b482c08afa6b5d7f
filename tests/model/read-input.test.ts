import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, decodeInput, readInput } from '../../src/model/read-input.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arqam-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readInput refuses bad input with an error naming it', () => {
  it.each<[string, Uint8Array | string, RegExp]>([
    ['empty.txt', '', /empty\.txt: empty file/],
    ['blank.txt', ' \n\t\n', /blank\.txt: empty file/],
    ['binary.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /binary\.bin: binary file \(NUL byte at offset 4\)/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /latin1\.txt: invalid UTF-8 \(at byte 3\)/],
    ['truncated.txt', new Uint8Array([0xd8, 0xa7, 0xd8]), /truncated\.txt: invalid UTF-8 \(at byte 2\)/],
  ])('%s', (name, bytes, message) => {
    const path = file(name, bytes);
    expect(() => readInput(path)).toThrow(InputError);
    expect(() => readInput(path)).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => readInput(join(dir, 'nope.txt'))).toThrow(/nope\.txt: no such file/);
  });

  it('names a folder given as a file', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    expect(() => readInput(join(dir, 'sub'))).toThrow(/sub: is a directory/);
  });

  it('refuses a file over the size limit', () => {
    const path = file('big.txt', 'ا'.repeat(600));
    expect(() => readInput(path, 1000)).toThrow(/big\.txt: too large \(1200 bytes, limit 1000; raise it with --max-bytes\)/);
  });
});

describe('decoding', () => {
  it('removes a leading byte-order mark and nothing else', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('نص\r\nآخر\uFEFF', 'utf8')]);
    expect(decodeInput(bytes, 'x').text).toBe('نص\r\nآخر\uFEFF');
  });

  it('keeps the bytes for the document id', () => {
    const bytes = Buffer.from('مرحبا', 'utf8');
    expect(decodeInput(bytes, 'x').bytes).toBe(bytes);
  });
});
