// Lexicons are data (style rule 8, issue 18): word lists belong in data/lexicon, read through
// src/lexicon. This counts the Arabic word lists still written in src/ — array literals holding more
// than three Arabic string literals — and holds the count to a ceiling that may only go down. The
// goal is none; the entity harvest scripts, the NER name rules and
// a few report and text helpers hold those left.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

/** Lists counted on 2026-12-06 (185 before the figures' cues, number words, currency countries, units, calendar names and abbreviations moved to data); lower it when lists move to data, never raise it. */
const CEILING = 18;

const ARABIC = /[\u0600-\u06FF]/;

/** The lines of `code` (comments removed) where an array literal with more than 3 Arabic strings opens. */
function arabicWordLists(source: string): { line: number; words: number }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: { line: number; words: number }[] = [];
  const open: { at: number; words: number }[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      if (open.length > 0 && ARABIC.test(code.slice(i, j))) open[open.length - 1].words++;
      i = j;
    } else if (c === '[') open.push({ at: i, words: 0 });
    else if (c === ']') {
      const list = open.pop();
      if (list && list.words > 3) out.push({ line: code.slice(0, list.at).split('\n').length, words: list.words });
    }
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : n.endsWith('.ts') ? [p] : [];
  });
}

describe('Arabic word lists in src/', () => {
  it('finds a list of more than three Arabic words, not a shorter one or one in a comment', () => {
    const code = [
      "const A = ['محطة', 'مطار', 'ميناء', 'سد'];",
      "const B = ['في', 'من', 'على'];",
      "// const C = ['أ', 'ب', 'ج', 'د'];",
    ].join('\n');
    expect(arabicWordLists(code)).toEqual([{ line: 1, words: 4 }]);
  });

  it(`are at most ${CEILING}, and fewer as they move to data/lexicon`, () => {
    const src = join(PROJECT_ROOT, 'src');
    const found = sources(src).flatMap((f) =>
      arabicWordLists(readFileSync(f, 'utf8')).map((l) => `${relative(src, f)}:${l.line} (${l.words})`),
    );
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(CEILING);
  });
});
