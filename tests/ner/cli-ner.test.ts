import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { nerStream } from '../../src/cli/commands/ner.js';
import { parseConll } from '../../src/ner/read-conll.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { TAG_INDEX } from '../../src/ner/tags.js';
import { trainTiny } from './tiny-model.js';

const tagger = new NerTagger(trainTiny({ epochs: 3 }).model);

async function run(input: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await nerStream(Readable.from([input]), out, tagger);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('nerStream (arqam ner --conll)', () => {
  it.each([
    ['two sentences', 'قال O\nمحمد B-PERS\n\nفي O\nمصر B-LOC\n'],
    ['CRLF and a BOM', '\uFEFFقال O\r\nمحمد B-PERS\r\n\r\nفي O\r\n'],
    ['no trailing blank line', 'قال\nمحمد\n\nفي\nمصر'],
    ['extra columns', 'قال\tVERB\tO\nمحمد\tNOUN\tB-PERS\n'],
    ['punctuation-glued tokens', '(د\nب\nأ)\nوقال\n"\n'],
  ])('gives back the tokens in, each with one tag: %s', async (_name, input) => {
    const output = await run(input);
    const sentences = parseConll(output);
    expect(sentences.map((s) => s.tokens)).toEqual(parseConll(input).map((s) => s.tokens));
    for (const s of sentences) for (const t of s.tags) expect(TAG_INDEX.has(t!)).toBe(true);
    for (const line of output.split('\n')) if (line !== '') expect(line.split(' ')).toHaveLength(2);
  });

  it('separates sentences with one blank line', async () => {
    const output = await run('a\nb\n\n\n\nc\n');
    expect(output.replace(/ \S+/g, '')).toBe('a\nb\n\nc\n\n');
  });

  it('writes nothing for empty input', async () => {
    expect(await run('')).toBe('');
  });
});

const BIN = new URL('../../dist/cli/bin.js', import.meta.url);
const MODEL = new URL('../../data/models/ner-anercorp.bin', import.meta.url);

describe.runIf(existsSync(BIN) && existsSync(MODEL))('arqam ner --conll (built CLI, committed model)', () => {
  it('round-trips the tokens of a CoNLL text', () => {
    const input = 'وقال\nالرئيس\nالمصري\nعبد\nالفتاح\nالسيسي\nفي\nالقاهرة\n.\n\nوأعلنت\nشركة\nأرامكو\n';
    const output = execFileSync('node', [BIN.pathname, 'ner', '--conll'], { input, encoding: 'utf8' });
    expect(parseConll(output).map((s) => s.tokens)).toEqual(parseConll(input).map((s) => s.tokens));
  });

  it('exits 2 without --conll', () => {
    const r = spawnSync('node', [BIN.pathname, 'ner'], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--conll/);
  });

  it('exits 2 naming a model file that cannot be read', () => {
    const r = spawnSync('node', [BIN.pathname, 'ner', '--conll', '--model', '/nonexistent/m.bin'], { input: 'a\n', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/nonexistent\/m.bin/);
  });
});
