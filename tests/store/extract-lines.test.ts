// arqam extract --jsonl: exactly one output line per input line, whatever the line (blank,
// malformed, BOM, duplicate, not Arabic, too long, SaudiNewsNet-shaped), in order, through the
// library and through the CLI; --keep-going, --max-bytes and --memory.
import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { extractStream, type ExtractOptions } from '../../src/store/extract-lines.js';
import { runCli } from '../cli/run-cli.js';

const ARABIC = 'أعلنت وزارة الطاقة اليوم عن خطة جديدة لبناء محطة للطاقة الشمسية بقدرة 500 ميغاواط في المنطقة الشرقية.';

/** Every kind of line, with what its answer must say. */
const LINES: [string, string, (o: Record<string, unknown>) => void][] = [
  [
    'a record {id, text} after a byte-order mark',
    '\uFEFF' + JSON.stringify({ id: 'a', text: ARABIC }),
    (o) => {
      expect(o.id).toBe('a');
      expect(o).toHaveProperty('figures');
    },
  ],
  ['a blank line', '', (o) => expect(o).toEqual({ id: null, line: 2, error: 'line 2: blank line' })],
  ['spaces only', '   ', (o) => expect(o).toEqual({ id: null, line: 3, error: 'line 3: blank line' })],
  [
    'malformed JSON with a readable id',
    '{"id": "b", "text": "نص',
    (o) => expect(o).toEqual({ id: 'b', line: 4, error: 'line 4: invalid JSON' }),
  ],
  ['malformed JSON', 'not json', (o) => expect(o).toEqual({ id: null, line: 5, error: 'line 5: invalid JSON' })],
  [
    'a duplicate of the first record',
    JSON.stringify({ id: 'a', text: ARABIC }),
    (o) => {
      expect(o.id).toBe('a');
      expect((o.document as { id: string }).id).toHaveLength(16);
    },
  ],
  [
    'an English text',
    JSON.stringify({ id: 'en', text: 'The ministry announced a 500 MW solar plant.' }),
    (o) => expect(o).toEqual({ id: 'en', line: 7, error: 'line 7: no Arabic text' }),
  ],
  [
    'a record without text',
    JSON.stringify({ id: 9, title: 'x' }),
    (o) => expect(o).toEqual({ id: 9, line: 8, error: 'line 8: no "text" (or "content") string' }),
  ],
  [
    'an empty text',
    JSON.stringify({ id: 'e', text: ' ' }),
    (o) => expect(o).toEqual({ id: 'e', line: 9, error: 'line 9: empty text (only whitespace)' }),
  ],
  [
    'a SaudiNewsNet record',
    JSON.stringify({
      source: 'aawsat',
      url: 'http://aawsat.com/1',
      date_extracted: '2015-07-31 04:10:27',
      title: 'عنوان',
      author: 'كاتب',
      content: ARABIC,
    }),
    (o) => {
      expect(o.id).toBe(null);
      expect(o.document).toMatchObject({ source: 'aawsat', title: 'عنوان', published: '2015-07-31', author: 'كاتب' });
    },
  ],
  [
    'a line over --max-bytes',
    JSON.stringify({ id: 'big', text: ARABIC.repeat(40) }),
    (o) =>
      expect(o).toEqual({
        id: 'big',
        line: 11,
        error: expect.stringMatching(/^line 11: too large \(\d+ bytes, limit 4000; raise it with --max-bytes\)$/),
      }),
  ],
  [
    'a JSON array',
    '[1, 2]',
    (o) => expect(o).toEqual({ id: null, line: 12, error: 'line 12: expected a JSON object with a "text" (or "content") string' }),
  ],
  ['a last record with a CR (CRLF line) and no final LF', JSON.stringify({ id: 'z', text: ARABIC }) + '\r', (o) => expect(o.id).toBe('z')],
];
const INPUT = LINES.map(([, line]) => line).join('\n');
const FAILED = 9;

async function run(input: string, options: Partial<ExtractOptions> = {}) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const stats = await extractStream(Readable.from([Buffer.from(input)]), output, { maxBytes: 4000, ...options });
  return { stats, stdout: Buffer.concat(chunks).toString('utf8') };
}

describe.each([
  ['on the calling thread', 0],
  ['on a worker thread', 1],
])('extractStream %s', (_name, workers) => {
  it('answers each input line with exactly one line, in order', async () => {
    const { stats, stdout } = await run(INPUT, { workers });
    const out = stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(LINES.length);
    expect(stats).toEqual({ lines: LINES.length, failed: FAILED });
    out.forEach((line, i) => {
      LINES[i][2](JSON.parse(line) as Record<string, unknown>);
    });
  });
});

it("resolves a relative date against the record's own date, which the text does not give", async () => {
  const text = 'وقعت وزارة الطاقة، الأحد، عقدا لبناء محطة للطاقة الشمسية بقدرة 500 ميغاواط، على أن تكتمل العام المقبل.';
  const { stdout } = await run(JSON.stringify({ id: 'r', date: '2018-03-18', text }));
  const out = JSON.parse(stdout.trim()) as { document: { published: string }; figures: { kind: string; value: unknown; text: string }[] };
  expect(out.document.published).toBe('2018-03-18');
  const dates = out.figures.filter((f) => f.kind === 'date' || f.kind === 'year').map((f) => [f.text, f.value]);
  expect(dates).toEqual([
    ['الأحد', '2018-03-18'],
    ['العام المقبل', 2019],
  ]);
});

it('gives a duplicate text the same answer as the first copy (same document id)', async () => {
  const line = JSON.stringify({ id: 'a', text: ARABIC });
  const { stdout } = await run([line, line].join('\n'));
  const [first, second] = stdout.trim().split('\n');
  expect(second).toBe(first);
});

describe('arqam extract --jsonl', () => {
  it('exits 1 when some lines failed, with the count on stderr', () => {
    const r = runCli(['extract', '--jsonl', '--max-bytes', '4000'], INPUT);
    expect(r.stdout.split('\n')).toHaveLength(LINES.length + 1);
    expect(r.stderr).toBe(`arqam extract: ${FAILED} of ${LINES.length} lines failed\n`);
    expect(r.status).toBe(1);
  });

  it('exits 0 with --keep-going, writing the same lines', () => {
    const r = runCli(['extract', '--jsonl', '--max-bytes', '4000', '--keep-going'], INPUT);
    expect(r.stdout).toBe(runCli(['extract', '--jsonl', '--max-bytes', '4000'], INPUT).stdout);
    expect(r.stderr).toBe(`arqam extract: ${FAILED} of ${LINES.length} lines failed\n`);
    expect(r.status).toBe(0);
  });

  it('answers a blank input with one error line', () => {
    const r = runCli(['extract', '--jsonl', '--keep-going'], '\n');
    expect(r.stdout).toBe('{"id":null,"line":1,"error":"line 1: blank line"}\n');
  });

  it('gives a line whose analysis needs more than --memory an error line, and goes on', () => {
    // About 3 MB of sentences: far beyond a 64 MB heap once analyzed (1.5 MB fits now that tokens
    // make clitic spans only where asked).
    const input = [JSON.stringify({ id: 'huge', text: (ARABIC + '\n').repeat(16000) }), JSON.stringify({ id: 'after', text: ARABIC })].join(
      '\n',
    );
    const r = runCli(['extract', '--jsonl', '--memory', '64', '--keep-going'], input);
    const [huge, after] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(huge).toEqual({
      id: 'huge',
      line: 1,
      error: 'line 1: analysis ran out of memory (worker heap limit 64 MB; raise it with --memory)',
    });
    expect(after.id).toBe('after');
    expect(after).toHaveProperty('figures');
    expect(r.status).toBe(0);
  });

  it.each<[string, string[], RegExp]>([
    ['no --jsonl', ['extract'], /extract needs --jsonl/],
    ['a bad --max-bytes', ['extract', '--jsonl', '--max-bytes', 'lots'], /--max-bytes takes a size/],
    ['a bad --memory', ['extract', '--jsonl', '--memory', '10'], /--memory takes a whole number of MB of at least 64/],
  ])('refuses %s (status 2)', (_name, args, message) => {
    const r = runCli(args, '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
