// The house's performance rule, checked: a function written inside a loop that captures a
// variable declared in that loop makes V8 allocate a scope object on EVERY pass of the loop,
// even on the passes that never create the function (s33 measured about 50 bytes a token for one
// rare-path `lex.over(i).some((c) => … i …)`; such closures were most of the allocation that grew
// by 6% in stop 37). The analysis path (text, figures, ner, entities, projects) is held to the
// count of such closures it has per file now, which were read and run once per span, candidate or
// figure rather than per token: a new one fails here. Hoist it (a function of the loop's values,
// made once outside the loop) or, where the loop runs per span and not per token, raise the count
// below with the reason in the commit. A file whose count fell must lower its entry.
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

const CHECKED = ['src/text/', 'src/figures/', 'src/ner/', 'src/entities/', 'src/projects/', 'src/analyze.ts'];

/** Closures over loop variables per file at stop 38, when s33 removed those in per-token loops: these
 * run once per lexicon hit, name, candidate, figure or project, or in training and harvest scripts. */
const ALLOWED: Record<string, number> = {
  'src/entities/02-check-context.ts': 1,
  'src/entities/04-merge-model.ts': 1,
  'src/entities/05-resolve-overlaps.ts': 2,
  'src/entities/06-link-mentions.ts': 4,
  'src/entities/harvest/harvest-places.ts': 1,
  'src/entities/patterns/event-cues.ts': 1,
  'src/entities/patterns/person-cues.ts': 2,
  'src/entities/patterns/place-cues.ts': 1,
  'src/figures/05-combine.ts': 1,
  'src/figures/currency-context.ts': 2,
  'src/ner/cross-validate.ts': 4,
  'src/ner/harvest-tagged-cli.ts': 1,
  'src/ner/harvest-tagged.ts': 1,
  'src/ner/propagate.ts': 1,
  'src/ner/self-tag-cli.ts': 2,
  'src/ner/train-context-words-cli.ts': 1,
  'src/ner/train-words-cli.ts': 1,
  'src/projects/02-qualify.ts': 2,
  'src/projects/03-split-lists.ts': 2,
  'src/projects/04-attributes.ts': 1,
  'src/projects/05-merge-mentions.ts': 2,
  'src/projects/06-fill-anaphora.ts': 1,
  'src/text/boilerplate/line-shapes.ts': 1,
};

function isLoop(n: ts.Node): boolean {
  return ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n);
}
function isFunction(n: ts.Node): boolean {
  return ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n);
}

/** Every function inside a loop that refers to a variable declared inside that loop (not inside the function). */
function loopClosures(): { file: string; line: number; names: string[] }[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(PROJECT_ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const found: { file: string; line: number; names: string[] }[] = [];
  for (const sf of program.getSourceFiles()) {
    const file = relative(PROJECT_ROOT, sf.fileName);
    if (!CHECKED.some((c) => file.startsWith(c))) continue;
    const visit = (node: ts.Node, loops: readonly ts.Node[]): void => {
      if (isFunction(node)) {
        if (loops.length > 0) {
          const names = new Set<string>();
          const scan = (m: ts.Node): void => {
            if (ts.isIdentifier(m)) {
              const symbol = checker.getSymbolAtLocation(m);
              const d = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
              if (d && d.getSourceFile() === sf && !(d.pos >= node.pos && d.end <= node.end)) {
                if (loops.some((l) => d.pos >= l.pos && d.end <= l.end)) names.add(m.text);
              }
            }
            ts.forEachChild(m, scan);
          };
          ts.forEachChild(node, scan);
          if (names.size > 0) {
            found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, names: [...names] });
          }
        }
        ts.forEachChild(node, (c) => visit(c, []));
        return;
      }
      ts.forEachChild(node, (c) => visit(c, isLoop(node) ? [...loops, node] : loops));
    };
    visit(sf, []);
  }
  return found;
}

describe('closures over loop variables on the analysis path', () => {
  it('no file has more than it had when they were read (a new one allocates a scope on every pass)', () => {
    const found = loopClosures();
    const perFile = new Map<string, typeof found>();
    for (const f of found) perFile.set(f.file, [...(perFile.get(f.file) ?? []), f]);
    const wrong: string[] = [];
    for (const file of new Set([...perFile.keys(), ...Object.keys(ALLOWED)])) {
      const sites = perFile.get(file) ?? [];
      const allowed = ALLOWED[file] ?? 0;
      if (sites.length !== allowed) {
        wrong.push(
          `${file}: ${sites.length} closures over loop variables, ${allowed} allowed` +
            sites.map((s) => `\n  line ${s.line} captures ${s.names.join(', ')}`).join(''),
        );
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  }, 120_000);
});
