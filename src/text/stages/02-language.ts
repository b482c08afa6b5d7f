// Stage 2: paragraphs of the body and their language, and the document's language from a
// sample of the body (never of the page: tickers and menus would decide it otherwise).
import type { Stage } from '../../model/pipeline.js';
import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/types.js';
import { isSpace } from '../char-class.js';
import { francLanguage, languageOf, plainlyArabic, scriptProfile, type ScriptProfile } from '../detect-language.js';

/** The body with the set-aside spans inside it cut out (inline markup stays: it sits inside sentences). */
export function bodySegments(doc: Doc): Span[] {
  const out: Span[] = [];
  let pos = doc.body.start;
  for (const s of doc.setAside) {
    if (s.kind === 'inline-markup') continue;
    if (s.end <= pos || s.start >= doc.body.end) continue;
    if (s.start > pos) out.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < doc.body.end) out.push({ start: pos, end: doc.body.end });
  return out;
}

const SAMPLE = 600;

/** The inline markup of the document (HTML inline tags and character references), in order. */
export function inlineSkips(doc: Doc): Span[] {
  return doc.setAside.filter((s) => s.kind === 'inline-markup');
}

/** The offset of the next line feed in [from, to), or `to`. */
function nextNewline(text: string, from: number, to: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 || i > to ? to : i;
}

function add(total: ScriptProfile, p: ScriptProfile): void {
  total.arabic += p.arabic;
  total.nonArabic += p.nonArabic;
  total.latin += p.latin;
  total.other += p.other;
}

export const language: Stage = {
  name: 'language',
  requires: ['body', 'set-aside'],
  assigns: ['paragraphs', 'language'],
  run(doc) {
    const text = doc.text;
    const total: ScriptProfile = { arabic: 0, nonArabic: 0, latin: 0, other: 0 };
    for (const seg of bodySegments(doc)) {
      let start = seg.start;
      for (let i = seg.start; i <= seg.end; i++) {
        if (i < seg.end) i = nextNewline(text, i, seg.end);
        {
          let s = start;
          let e = i;
          while (s < e && isSpace(text.charCodeAt(s))) s++;
          while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
          if (e > s) {
            const profile = scriptProfile(text, s, e);
            add(total, profile);
            doc.paragraphs.push({ index: doc.paragraphs.length, start: s, end: e, language: languageOf(text, s, e, profile) });
          }
          start = i + 1;
        }
      }
    }
    // The document: franc on a sample gathered from the longest paragraphs, unless the whole
    // body is plainly Arabic by its letters.
    if (plainlyArabic(total)) {
      doc.meta.language = 'arb';
      return;
    }
    let sample = '';
    for (const p of [...doc.paragraphs].sort((a, b) => b.end - b.start - (a.end - a.start))) {
      sample += text.slice(p.start, Math.min(p.end, p.start + SAMPLE - sample.length)) + '\n';
      if (sample.length >= SAMPLE) break;
    }
    doc.meta.language = francLanguage(sample);
  },
};
