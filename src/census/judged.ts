// The judged readings of the census shapes (data/census/judged-shapes.tsv): for each shape, the
// signatures of arqam's figures that read it as it should be read, whether that is a reading or a
// deliberate non-reading, and the expected reading in words. Written by hand from the census's
// examples; a shape's handled share is the share of its spans whose signature is accepted.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * read: the shape is read as judged; context: its reading depends on the words around it (a bare
 * number is a year, a count, an ordinal or an identifier by context), so any one figure over the
 * whole span, or none, is accepted and the shape is counted apart; alone: deliberately no figure;
 * misread: known to be read wrong.
 */
export type JudgedStatus = 'read' | 'context' | 'alone' | 'misread';

export interface JudgedShape {
  /** The shape, or a family of shapes: a regular expression written /.../ that the whole shape must match. */
  shape: string;
  /**
   * Accepted signatures: a signature as written (`money`, `none`), `*` for any, `one(k,...)` one
   * figure of one of the kinds over the whole span (it may reach beyond it), `each(k,...)` one or
   * more figures, each of one of the kinds (a list or a split the judgement accepts); `*` in a
   * kind list is any kind.
   */
  accept: string[];
  status: JudgedStatus;
  /** The expected reading, in words. */
  reading: string;
}

export const JUDGED_PATH = fileURLToPath(new URL('../../data/census/judged-shapes.tsv', import.meta.url));

/** The judged shapes: exact shapes, then families (regular expressions, in file order). */
export interface Judged {
  exact: Map<string, JudgedShape>;
  families: { re: RegExp; judged: JudgedShape }[];
}

/** The judgement of `shape`: its own line, else the first family it belongs to. */
export function judgementOf(judged: Judged, shape: string): JudgedShape | undefined {
  return judged.exact.get(shape) ?? judged.families.find((f) => f.re.test(shape))?.judged;
}

/** The judged shapes. Lines starting with # are comments; columns: shape, accept, status, reading. */
export function loadJudged(path = JUDGED_PATH): Judged {
  const exact = new Map<string, JudgedShape>();
  const families: Judged['families'] = [];
  if (!existsSync(path)) return { exact, families };
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [n, line] of lines.entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 4) throw new Error(`${path}:${n + 1}: expected 4 tab-separated columns (shape, accept, status, reading)`);
    const [shape, accept, status, reading] = cols;
    if (shape === 'shape') continue;
    if (status !== 'read' && status !== 'context' && status !== 'alone' && status !== 'misread') {
      throw new Error(`${path}:${n + 1}: status must be read, context, alone or misread`);
    }
    const j: JudgedShape = { shape, accept: accept.split('|').map((a) => a.trim()), status, reading };
    if (shape.length > 2 && shape.startsWith('/') && shape.endsWith('/'))
      families.push({ re: new RegExp(`^(?:${shape.slice(1, -1)})$`, 'u'), judged: j });
    else exact.set(shape, j);
  }
  return { exact, families };
}

/** Whether signature `sig` (see tally.signature) meets accept item `a`. */
export function meets(a: string, sig: string): boolean {
  if (a === '*' || a === sig) return true;
  const m = /^(one|each)\((.*)\)$/.exec(a);
  if (!m || sig === 'none') return false;
  const kinds = m[2].split(',').map((k) => k.trim());
  const figs = sig.split(' + ').map((f) => {
    const [kind, ...flags] = f.split('~');
    return { kind, part: flags.includes('part') };
  });
  const kindOk = (k: string) => kinds.includes('*') || kinds.includes(k);
  if (m[1] === 'one') return figs.length === 1 && !figs[0].part && kindOk(figs[0].kind);
  return figs.every((f) => kindOk(f.kind));
}

/** Spans of a shape whose signature the judgement accepts (none for a shape judged misread). */
export function acceptedSpans(judged: JudgedShape | undefined, signatures: ReadonlyMap<string, number>): number {
  if (!judged || judged.status === 'misread') return 0;
  let n = 0;
  for (const [sig, c] of signatures) if (judged.accept.some((a) => meets(a, sig))) n += c;
  return n;
}
