// Checks that need no gold, on every article of a corpus: every span points at its text
// (text.slice(start, end) === text, inside the input), no stage failed, and what was found.
// The gold covers few articles; these checks cover all of ../shared/corpus.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, toAnalysis } from '../analyze.js';
import { readInput } from '../model/read-input.js';
import type { Analysis } from '../model/types.js';

export interface CorpusDocCheck {
  file: string;
  figures: number;
  entities: number;
  projects: number;
  /** Spans whose text is not the slice they point at, or that lie outside the input. */
  spanErrors: string[];
  /** Stages that threw on this document (recorded as messages by the pipeline). */
  stageFailures: string[];
}

export interface CorpusCheck {
  dir: string;
  documents: CorpusDocCheck[];
  /** Files that could not be read, each named. */
  unreadable: { file: string; reason: string }[];
  /** Documents with no span error and no stage failure, over all documents. */
  clean: number;
}

/** The span errors of one analysis of `text`. */
export function spanErrors(text: string, a: Analysis): string[] {
  const out: string[] = [];
  const check = (what: string, s: { start: number; end: number; text?: string }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      out.push(`${what}: [${s.start}, ${s.end}) is not inside the text (length ${text.length})`);
    } else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      out.push(
        `${what}: text ${JSON.stringify(s.text)} is not the slice [${s.start}, ${s.end}) ${JSON.stringify(text.slice(s.start, s.end))}`,
      );
    }
  };
  check('body', a.document.body);
  for (const s of a.sentences) check(`sentence ${s.index}`, s);
  for (const f of a.figures) check(`figure ${f.id}`, f);
  for (const e of a.entities) for (const m of e.mentions) check(`entity ${e.id} mention`, m);
  for (const p of a.projects) check(`project ${p.id}`, p);
  for (const m of a.messages) check(`message ${m.rule}`, m);
  return out;
}

export function checkCorpus(dir: string, onFile?: (file: string, i: number, n: number) => void): CorpusCheck {
  const files = readdirSync(dir)
    .filter((n) => /\.(txt|html?)$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
  const documents: CorpusDocCheck[] = [];
  const unreadable: CorpusCheck['unreadable'] = [];
  files.forEach((file, i) => {
    onFile?.(file, i, files.length);
    try {
      const { text, bytes } = readInput(file);
      const a = toAnalysis(analyzeDocument(text, { source: file, bytes }));
      documents.push({
        file,
        figures: a.figures.length,
        entities: a.entities.length,
        projects: a.projects.length,
        spanErrors: spanErrors(text, a),
        stageFailures: a.messages.filter((m) => m.reason.startsWith('stage failed')).map((m) => `${m.rule}: ${m.reason}`),
      });
    } catch (error) {
      unreadable.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  const ok = documents.filter((d) => d.spanErrors.length === 0 && d.stageFailures.length === 0).length;
  const all = documents.length + unreadable.length;
  return { dir, documents, unreadable, clean: all > 0 ? ok / all : 1 };
}
