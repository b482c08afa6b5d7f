// What the article view shows in place of the HTML markup of an HTML article (set aside as
// `markup` and `inline-markup` by the page layout): tags disappear, a block tag between two
// stretches of text becomes a line break ("<p>أ</p><p>ب</p>" reads as two paragraphs), and a
// character reference shows as its character ("&amp;" as "&").
import type { SetAside } from '../model/types.js';
import { escapeHtml } from './html.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '' };

/** The character a character reference stands for, or null when it is not one we know. */
export function decodeReference(ref: string): string | null {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));?$/.exec(ref);
  if (!m) return null;
  if (m[3]) return NAMED[m[3]] ?? null;
  const code = m[1] ? Number(m[1]) : parseInt(m[2], 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
}

/** HTML to show instead of a markup span, or undefined when the span is chrome to show dimmed. */
export function markupReplacement(text: string, s: SetAside): string | undefined {
  if (s.kind === 'inline-markup') {
    const ch = decodeReference(text.slice(s.start, s.end));
    return ch === null ? '' : escapeHtml(ch);
  }
  if (s.kind === 'markup') {
    const nearNewline = /[\r\n]/.test(text.charAt(s.start - 1)) || /[\r\n]/.test(text.charAt(s.end));
    return nearNewline ? '' : '\n';
  }
  return undefined;
}
