// Right-to-left pages with Latin names and numbers in them: W3C's guidance ("Inline markup and
// bidirectional text in HTML") is to isolate every inline stretch whose direction may differ
// from its surroundings, so its punctuation stays with it. Without that, "Komaihaltec Inc. (2024)"
// in an Arabic line shows its period on the wrong side of "Inc".
import { escapeHtml, html, join, raw, type HtmlValue, type Raw } from './html.js';

/** A left-to-right isolate: numbers with units, codes, Latin names. */
export function ltr(value: HtmlValue): Raw {
  return html`<bdi dir="ltr">${value}</bdi>`;
}

/** An isolate whose direction the browser takes from its first strong letter (a name of either script). */
export function isolate(value: HtmlValue): Raw {
  return html`<bdi>${value}</bdi>`;
}

const L = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
// Inside a word: apostrophes, &, /, +, hyphens, underscores and periods between letters
// ("O'Neill", "AT&T", "GTG-2", "clean_title", "S.A").
const FIRST_WORD = `[${L}0-9]*[${L}][${L}0-9]*(?:[.'’&/+_\\-][${L}0-9]+)*`;
const NEXT_WORD = `[${L}0-9]+(?:[.'’&/+_\\-][${L}0-9]+)*`;
// Words joined by spaces (an abbreviation's period may come before the space: "Co. Ltd").
// Commas end a run: "JICA, JBIC" in an Arabic line is a list read right to left, two isolates.
const LATIN_RUN = new RegExp(`${FIRST_WORD}(?:\\.?[ \\u00A0\\t]+${NEXT_WORD})*(\\.)?`, 'g');
const ANY_LATIN = new RegExp(`[${L}]`);
/** Words whose period belongs to them, so it stays inside the isolate ("Komaihaltec Inc."). */
const ABBREVIATION = /(?:^|[\s.])(?:Inc|Co|Corp|Ltd|LLC|Plc|Jr|Sr|St|Dr|Mr|Mrs|Ms|No|[A-Z])$/;

/** Escapes `text`, wrapping each run of Latin-script words in a left-to-right isolate. */
export function isolateLatin(text: string): Raw {
  if (!ANY_LATIN.test(text)) return raw(escapeHtml(text));
  const parts: HtmlValue[] = [];
  let from = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    let run = m[0];
    // A sentence's full stop after a Latin word belongs to the Arabic sentence, not the name.
    if (m[1] && !ABBREVIATION.test(run.slice(0, -1))) run = run.slice(0, -1);
    const start = m.index ?? 0;
    parts.push(text.slice(from, start), ltr(run));
    from = start + run.length;
  }
  parts.push(text.slice(from));
  return join(parts);
}
