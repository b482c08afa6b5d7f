// Finds CSS and JavaScript that leaked into scraped article text (SaudiNewsNet's alriyadh pages
// carry a poll widget's stylesheet and jQuery: "#vote_area2 ul { padding: 0; ... }").
import type { Span } from '../../model/types.js';

// A CSS rule opening (selector { property:), or unmistakable script.
const CODE_START =
  /(?:[#.]?[A-Za-z_][\w-]*(?:\s+[#.]?[A-Za-z_][\w-]*)*\s*\{\s*[A-Za-z-]+\s*:)|(?:\bjQuery\s*[.(])|(?:\bfunction\s*\w*\s*\([^)]*\)\s*\{)|(?:\bvar\s+\w+\s*=)|(?:\bdocument\.(?:write|getElementById|querySelector)\b)|(?:<script\b)|(?:<style\b)|(?:\$\(\s*['"])/g;

/** True when `s` is mostly code characters: ASCII with braces, semicolons, colons or parentheses. */
function looksLikeCode(s: string): boolean {
  let ascii = 0;
  let punct = 0;
  let arabic = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      ascii++;
      if (c === 0x7b || c === 0x7d || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x3d) punct++;
    } else if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  return ascii > 3 * arabic && punct >= 2;
}

/**
 * Whether `s` holds a character or word every alternative of CODE_START needs: a brace (CSS
 * rules, functions), < (script, style), or jQuery, var, document., $( — a few fast searches
 * that spare most articles the regular expression.
 */
function mayHoldCode(s: string): boolean {
  return s.includes('{') || s.includes('<') || s.includes('jQuery') || s.includes('var ') || s.includes('document.') || s.includes('$(');
}

/**
 * Spans of leaked code inside `region`. A leak starts at a CSS rule or script statement and runs
 * while the text stays code-like, checked in windows of 120 characters.
 */
export function findCodeLeaks(text: string, region: Span): Span[] {
  const leaks: Span[] = [];
  const slice = text.slice(region.start, region.end);
  if (!mayHoldCode(slice)) return leaks;
  CODE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_START.exec(slice))) {
    const start = region.start + m.index;
    const WINDOW = 120;
    let end = start;
    let pos = start;
    while (pos < region.end) {
      const w = text.slice(pos, Math.min(region.end, pos + WINDOW));
      if (!looksLikeCode(w)) break;
      pos += WINDOW;
      end = Math.min(region.end, pos);
    }
    if (end === start) continue;
    // Stop the leak at its last closing brace, semicolon or parenthesis, where the prose resumes.
    const tail = text.slice(start, Math.min(region.end, end + WINDOW));
    let last = -1;
    for (let i = tail.length - 1; i >= 0; i--) {
      const c = tail.charCodeAt(i);
      if (c === 0x7d || c === 0x3b || c === 0x29 || c === 0x3e) {
        last = i;
        break;
      }
    }
    end = last >= 0 ? start + last + 1 : end;
    leaks.push({ start, end });
    CODE_START.lastIndex = end - region.start;
  }
  return leaks;
}
