// Stage 2: paragraphs of the body and their language, and the document's language from a
// sample of the body (never of the page: tickers and menus would decide it otherwise).
import type { Stage } from '../../model/pipeline.js';
import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/types.js';
import { francLanguage, paragraphLanguage, plainlyArabic, scriptProfile } from '../detect-language.js';

/** The body with the set-aside spans inside it cut out. */
export function bodySegments(doc: Doc): Span[] {
  const out: Span[] = [];
  let pos = doc.body.start;
  for (const s of doc.setAside) {
    if (s.end <= pos || s.start >= doc.body.end) continue;
    if (s.start > pos) out.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < doc.body.end) out.push({ start: pos, end: doc.body.end });
  return out;
}

const SAMPLE = 600;

export const language: Stage = {
  name: 'language',
  requires: ['body', 'set-aside'],
  assigns: ['paragraphs', 'language'],
  run(doc) {
    const text = doc.text;
    for (const seg of bodySegments(doc)) {
      let start = seg.start;
      for (let i = seg.start; i <= seg.end; i++) {
        if (i === seg.end || text.charCodeAt(i) === 0x0a) {
          let s = start;
          let e = i;
          while (s < e && /\s/u.test(text[s])) s++;
          while (e > s && /\s/u.test(text[e - 1])) e--;
          if (e > s) doc.paragraphs.push({ index: doc.paragraphs.length, start: s, end: e, language: paragraphLanguage(text, s, e) });
          start = i + 1;
        }
      }
    }
    // The document: franc on a sample gathered from the longest paragraphs, unless the whole
    // body is plainly Arabic by its letters.
    let total = { arabic: 0, nonArabic: 0, latin: 0, other: 0 };
    for (const p of doc.paragraphs) {
      const s = scriptProfile(text, p.start, p.end);
      total = { arabic: total.arabic + s.arabic, nonArabic: total.nonArabic + s.nonArabic, latin: total.latin + s.latin, other: total.other + s.other };
    }
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
