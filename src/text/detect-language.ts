// Language identification: franc, restricted with `only` to the languages arqam can meet, on a
// sample of the article (franc reads at most 2,048 characters, and below its minimum length it
// answers `und`). A paragraph in Arabic script with none of the letters that only Persian, Urdu
// and their neighbours use (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۀ) is Arabic without asking franc; franc
// costs about a millisecond per thousand characters, so it is kept for real doubt.
import { createRequire } from 'node:module';

// franc builds its trigram tables for 187 languages when it is imported (about 60 ms, more on a
// busy machine), and most text is plainly Arabic and never asks it: it is loaded the first time
// a paragraph needs it (require of an ES module, Node 20.19+).
let francOf: typeof import('franc').franc | undefined;
function franc(sample: string, options: { only: string[]; minLength: number }): string {
  francOf ??= (createRequire(import.meta.url)('franc') as typeof import('franc')).franc;
  return francOf(sample, options);
}

export const LANGUAGES = ['arb', 'urd', 'pes', 'pbu', 'ckb', 'eng', 'fra', 'deu', 'spa', 'ita', 'tur', 'rus', 'ind'];

const NON_ARABIC_LETTERS = [
  0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x06d2, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06be, 0x06c0, 0x06c1, 0x06d5,
];

// The script class of every code unit (a table: this loop reads every character of the body).
// Letters outside Arabic and Latin count as other from U+2070 up (below it: punctuation,
// spaces and marks count as nothing).
const NONE = 0;
const ARABIC = 1;
const NON_ARABIC = 2;
const LATIN = 3;
const OTHER = 4;
const SCRIPT = new Uint8Array(0x10000);
SCRIPT.fill(OTHER, 0x2070);
SCRIPT[0xfeff] = NONE;
for (let c = 0x41; c <= 0x5a; c++) SCRIPT[c] = LATIN;
for (let c = 0x61; c <= 0x7a; c++) SCRIPT[c] = LATIN;
for (let c = 0xc0; c <= 0x24f; c++) SCRIPT[c] = LATIN;
for (let c = 0x0621; c <= 0x06ff; c++) SCRIPT[c] = c <= 0x064a || c >= 0x0671 ? ARABIC : NONE;
for (const c of NON_ARABIC_LETTERS) SCRIPT[c] = NON_ARABIC;

export interface ScriptProfile {
  arabic: number;
  /** Letters of the Arabic script that Arabic itself does not use. */
  nonArabic: number;
  latin: number;
  other: number;
}

export function scriptProfile(text: string, start: number, end: number): ScriptProfile {
  const counts = new Int32Array(5);
  for (let i = start; i < end; i++) counts[SCRIPT[text.charCodeAt(i)]]++;
  return { arabic: counts[ARABIC], nonArabic: counts[NON_ARABIC], latin: counts[LATIN], other: counts[OTHER] };
}

/** The letters are plainly Arabic: mostly Arabic script, and none of the Persian/Urdu letters. */
export function plainlyArabic(p: ScriptProfile): boolean {
  const letters = p.arabic + p.nonArabic + p.latin + p.other;
  return letters > 0 && p.arabic >= 0.6 * letters && p.nonArabic <= 0.002 * p.arabic;
}

/** The ISO 639-3 code franc gives `sample`, or `und`. */
export function francLanguage(sample: string): string {
  return franc(sample, { only: LANGUAGES, minLength: 10 });
}

/** The language of a paragraph: franc where its script leaves doubt, `und` when it has no letters. */
export function languageOf(text: string, start: number, end: number, p: ScriptProfile = scriptProfile(text, start, end)): string {
  if (plainlyArabic(p)) return 'arb';
  if (p.arabic + p.nonArabic + p.latin + p.other < 10) return 'und';
  return francLanguage(text.slice(start, Math.min(end, start + 600)));
}
