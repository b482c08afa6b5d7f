// The answer of `arqam extract --jsonl` to one input line, as the analysis worker gives it
// (extract-lines.ts says what a line gets and runs the stream).
import { toAnalysis } from '../analyze.js';
import { analyzeChecked, sha256Hex } from './analyze-item.js';
import { errorLine, type ExtractAnswer, type ExtractItem, type Id } from './extract-lines.js';
import { readRecord } from './record-meta.js';
import { recoverId } from './split-lines.js';

/** The answer to one line (runs on the worker). */
export function extractLine({ line, lineNo }: ExtractItem): ExtractAnswer {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return errorLine(recoverId(line), lineNo, 'invalid JSON');
  }
  const object = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  const raw = object?.id;
  const id: Id = typeof raw === 'string' || typeof raw === 'number' ? raw : null;
  let record;
  try {
    record = readRecord(input);
  } catch (error) {
    return errorLine(id, lineNo, (error as Error).message);
  }
  const bytes = Buffer.from(record.text, 'utf8');
  const source = record.meta.source ?? (id === null ? null : String(id));
  const checked = analyzeChecked(bytes, `line ${lineNo}`, source, record.meta);
  if (!checked.ok) return errorLine(id, lineNo, checked.reason);
  try {
    const { doc } = checked;
    const a = toAnalysis(doc);
    // Added fields — document, sentences (with their text) and messages — let `arqam ingest
    // --analyzed` store the line as fully as an ingest that analyzes.
    const sentences = a.sentences.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) }));
    // document.sha256 (added): the whole hash, of which document.id is the first 16 digits.
    const document = { ...a.document, sha256: sha256Hex(bytes) };
    const out = { id, figures: a.figures, entities: a.entities, projects: a.projects, document, sentences, messages: a.messages };
    return { json: JSON.stringify(out), ok: true };
  } catch (error) {
    return errorLine(id, lineNo, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
