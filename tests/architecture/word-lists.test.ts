// Lexicons are data (style rule 8, issue 18): word lists belong in data/lexicon, read through
// src/lexicon. This finds any Arabic word list written in src/ — an array literal whose own elements
// include more than three Arabic words (strings of three letters or more; lists of clitics and letters
// are the morphology of the code that reads them) — and there must be none: 185 were counted on
// 2026-12-06 before the figures, entity, NER, text and consolidation lists moved to data/lexicon.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

/** Word lists allowed in src/: none. */
const CEILING = 0;

const ARABIC = /[\u0600-\u06FF]/;

/** The lines of `code` (comments removed) where an array literal with more than 3 Arabic strings opens. */
function arabicWordLists(source: string): { line: number; words: number }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: { line: number; words: number }[] = [];
  // Every open bracket; a string counts for an array only as one of its own elements.
  const open: { bracket: string; at: number; words: number }[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      // A word has three letters or more: lists of clitics and letters (و ف ب ل ك، وب ول) are the
      // morphology of the code that reads them, not a lexicon.
      const literal = code.slice(i + 1, j);
      const top = open[open.length - 1];
      if (top?.bracket === '[' && ARABIC.test(literal) && literal.replace(/[^\u0621-\u064A]/g, '').length >= 3) top.words++;
      i = j;
    } else if (c === '[' || c === '(' || c === '{') open.push({ bracket: c, at: i, words: 0 });
    else if (c === ']' || c === ')' || c === '}') {
      const list = open.pop();
      if (list && list.bracket === '[' && list.words > 3) out.push({ line: code.slice(0, list.at).split('\n').length, words: list.words });
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
      "const A = ['محطة', 'مطار', 'ميناء', 'جسر'];",
      "const B = ['في', 'من', 'على'];",
      "// const C = ['أ', 'ب', 'ج', 'د'];",
    ].join('\n');
    expect(arabicWordLists(code)).toEqual([{ line: 1, words: 4 }]);
  });

  it(`are none (at most ${CEILING})`, () => {
    const src = join(PROJECT_ROOT, 'src');
    const found = sources(src).flatMap((f) =>
      arabicWordLists(readFileSync(f, 'utf8')).map((l) => `${relative(src, f)}:${l.line} (${l.words})`),
    );
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(CEILING);
  });
});
