// The span invariant, checked for every span of every document the tests build:
// text.slice(start, end) === span.text wherever a span carries its text, and every span
// lies inside the text with start <= end.
import { expect } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import type { Analysis, Span } from '../../src/model/types.js';

function inside(text: string, s: Span, what: string): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
    throw new Error(`${what}: span [${s.start}, ${s.end}) is not inside a text of length ${text.length}`);
  }
}

function same(text: string, s: Span & { text: string }, what: string): void {
  inside(text, s, what);
  if (text.slice(s.start, s.end) !== s.text) {
    throw new Error(
      `${what}: text.slice(${s.start}, ${s.end}) = ${JSON.stringify(text.slice(s.start, s.end))}, span says ${JSON.stringify(s.text)}`,
    );
  }
}

/** Checks every span of an analysis against the text it was made from. */
export function checkAnalysisSpans(text: string, a: Analysis): void {
  inside(text, a.document.body, 'body');
  for (const s of a.document.set_aside) inside(text, s, 'set_aside');
  for (const p of a.document.paragraphs) inside(text, p, 'paragraph');
  for (const s of a.sentences) inside(text, s, `sentence ${s.index}`);
  for (const e of a.entities) for (const m of e.mentions) same(text, m, `mention of ${e.id}`);
  for (const f of a.figures) same(text, f, `figure ${f.id}`);
  for (const p of a.projects) inside(text, p, `project ${p.id}`);
  for (const m of a.messages) inside(text, m, `message ${m.rule}`);
}

/** Checks every span of a document, tokens and clitics included. */
export function checkDocSpans(doc: Doc): void {
  const text = doc.text;
  inside(text, doc.body, 'body');
  for (const s of doc.sentences) inside(text, s, `sentence ${s.index}`);
  for (const t of doc.tokens) {
    same(text, t, `token ${t.index}`);
    inside(text, { start: t.stemStart, end: t.stemEnd }, `stem of token ${t.index}`);
    if (t.stemStart < t.start || t.stemEnd > t.end) throw new Error(`stem of token ${t.index} outside the token`);
    for (const c of t.clitics) {
      same(text, c, `clitic of token ${t.index}`);
      if (c.start < t.start || c.end > t.end) throw new Error(`clitic of token ${t.index} outside the token`);
    }
  }
  for (const n of doc.nerSpans) inside(text, n, 'ner span');
  for (const e of doc.entities) for (const m of e.mentions) same(text, m, `mention of ${e.id}`);
  for (const f of doc.figures) same(text, f, `figure ${f.id}`);
  for (const p of doc.projects) inside(text, p, `project ${p.id}`);
  for (const m of doc.messages) inside(text, m, `message ${m.rule}`);
}

/** Both checks, as a vitest expectation. */
export function expectSpansHold(doc: Doc, a: Analysis): void {
  expect(() => checkDocSpans(doc)).not.toThrow();
  expect(() => checkAnalysisSpans(doc.text, a)).not.toThrow();
}
