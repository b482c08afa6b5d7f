// One lookup table of character classes, shared by the tokenizer, the sentence splitter and
// the boilerplate stage, so that each scans the text with integer comparisons only.

export const C = {
  Other: 0,
  ArabicLetter: 1,
  /** Diacritics and tatweel: they belong to the word they sit in. */
  ArabicMark: 2,
  Digit: 3,
  LatinLetter: 4,
  Space: 5,
  Newline: 6,
  Punct: 7,
  /** Zero-width and bidi controls: invisible; they end a word. */
  Invisible: 8,
  Surrogate: 9,
} as const;
export type CharClass = (typeof C)[keyof typeof C];

export const CLASS = new Uint8Array(0x10000);

function set(from: number, to: number, cls: CharClass): void {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
}

set(0x0621, 0x063a, C.ArabicLetter);
set(0x0641, 0x064a, C.ArabicLetter);
set(0x066e, 0x066f, C.ArabicLetter);
set(0x0671, 0x06d3, C.ArabicLetter);
set(0x06d5, 0x06d5, C.ArabicLetter);
set(0x06ee, 0x06ef, C.ArabicLetter);
set(0x06fa, 0x06fc, C.ArabicLetter);
set(0x06ff, 0x06ff, C.ArabicLetter);
set(0x0750, 0x077f, C.ArabicLetter);
set(0x08a0, 0x08c9, C.ArabicLetter);
set(0xfb50, 0xfdff, C.ArabicLetter);
set(0xfe70, 0xfefc, C.ArabicLetter);
set(0x0640, 0x0640, C.ArabicMark);
set(0x064b, 0x065f, C.ArabicMark);
set(0x0670, 0x0670, C.ArabicMark);
set(0x06d6, 0x06ed, C.ArabicMark);
set(0x08d3, 0x08ff, C.ArabicMark);
set(0x0030, 0x0039, C.Digit);
set(0x0660, 0x0669, C.Digit);
set(0x06f0, 0x06f9, C.Digit);
set(0x0041, 0x005a, C.LatinLetter);
set(0x0061, 0x007a, C.LatinLetter);
set(0x00c0, 0x00d6, C.LatinLetter);
set(0x00d8, 0x00f6, C.LatinLetter);
set(0x00f8, 0x024f, C.LatinLetter);
set(0x1e00, 0x1eff, C.LatinLetter);
set(0x0300, 0x036f, C.ArabicMark); // combining marks also stay inside the word they follow
for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) CLASS[c] = C.Space;
set(0x2000, 0x200a, C.Space);
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) CLASS[c] = C.Newline;
set(0x200b, 0x200f, C.Invisible);
set(0x202a, 0x202e, C.Invisible);
set(0x2060, 0x2069, C.Invisible);
for (const c of [0xfeff, 0x061c, 0x00ad]) CLASS[c] = C.Invisible;
set(0xd800, 0xdfff, C.Surrogate);
for (const ch of '!"#%&\'()*+,-./:;<=>?@[\\]^_`{|}~،؛؟٪٫٬«»…–—‘’“”„•·¡¿×÷°$€£¥‐‑‒―') {
  const c = ch.charCodeAt(0);
  if (CLASS[c] === C.Other) CLASS[c] = C.Punct;
}

export function isSpace(c: number): boolean {
  const k = CLASS[c];
  return k === C.Space || k === C.Newline || k === C.Invisible;
}
