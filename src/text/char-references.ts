// HTML character references (&#x25; &#37; &amp; &laquo;): read where they stand, never
// replaced in the text. A reference to a visible character becomes one token whose surface is
// the reference and whose normalized form is the character, so "7&#x25;" is read as 7% while
// its span still points into the input (issue 21: the reference was skipped, and the figure
// lost its %). References to spaces and invisible marks (&nbsp; &zwnj; &rlm;) stay set aside
// as inline markup by the page layout.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  percnt: '%',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  times: '×',
  shy: '\u00AD',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
};

const REFERENCE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

/** The text a reference stands for (`&#x25;` → "%"), or null when it is no known reference. */
export function decodeReference(reference: string): string | null {
  const m = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});$/.exec(reference);
  if (!m) return null;
  const e = m[1];
  if (e[0] === '#') {
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
  }
  return NAMED[e] ?? NAMED[e.toLowerCase()] ?? null;
}

/** A character that shows nothing: a space, a line break, a format mark (ZWNJ, RLM, soft hyphen). */
export function isBlankCharacter(c: string): boolean {
  return /^[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+$/u.test(c);
}

/** The reference to a visible character at `at` in `text`, before `to`: its end and character, or null. */
export function visibleReferenceAt(text: string, at: number, to: number): { end: number; char: string } | null {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(text);
  if (!m || at + m[0].length > to) return null;
  const char = decodeReference(m[0]);
  if (char === null || isBlankCharacter(char)) return null;
  return { end: at + m[0].length, char };
}
