// Splits text into tokens — Arabic words, numbers, Latin words, alphanumerics, punctuation —
// with offsets into the source, in one linear scan over a character-class table.
import { C, CLASS } from './char-class.js';
import { STANDARD, foldString } from './normalize/index.js';
import { splitClitics } from './split-clitics.js';
import { visibleReferenceAt } from './char-references.js';
import { CLITIC_BIT, type Clitic, type CliticForm, type Token, type TokenKind } from './token.js';
import type { WordKnowledge } from './word-knowledge.js';
import { retireTypeIds } from './type-flag.js';
import { FNV_OFFSET, FNV_PRIME, WordTable, hashRange } from './word-table.js';

const EMPTY: readonly Clitic[] = Object.freeze([]);

function isNumberSeparator(c: number): boolean {
  // . , ٫ ٬ inside a number: 2.4, 1,59, ١٫٥, 1.108.600
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
}

/** Tokenizes `text[from, to)`; tokens get `sentence` and consecutive indexes from `firstIndex`. */
export function tokenize(
  text: string,
  from: number,
  to: number,
  knowledge: WordKnowledge,
  sentence = 0,
  firstIndex = 0,
  out: Token[] = [],
): Token[] {
  tokenizeInto(text, from, to, knowledge, sentence, firstIndex, out, out.length);
  return out;
}

/**
 * tokenize, writing the tokens into `out` from position `at` on (over what is there) and returning
 * the position after the last: a caller that reuses one array for every document (the tokens
 * stage) makes no array grow.
 */
export function tokenizeInto(
  text: string,
  from: number,
  to: number,
  knowledge: WordKnowledge,
  sentence: number,
  firstIndex: number,
  out: Token[],
  at: number,
): number {
  let i = from;
  let index = firstIndex;
  const words = wordsFor(knowledge);
  // Locals, not module bindings, in the loops: every character passes through them.
  const cls = CLASS;
  const LETTER = C.ArabicLetter;
  const MARK = C.ArabicMark;
  const SPACE = C.Space;
  const NEWLINE = C.Newline;
  const INVISIBLE = C.Invisible;
  const offset = FNV_OFFSET;
  const prime = FNV_PRIME;
  let reference: { end: number; char: string } | null;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === SPACE || k === NEWLINE || k === INVISIBLE) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (k === LETTER || k === MARK) {
      // Arabic words are most tokens: hash them while scanning, for the word table.
      let h = Math.imul(offset ^ c, prime);
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        const dk = cls[d];
        if (dk !== LETTER && dk !== MARK) break;
        h = Math.imul(h ^ d, prime);
        i++;
      }
      out[at++] = makeToken(text, start, i, 'arabic', words, knowledge, sentence, index++, h);
      continue;
    } else if (k === C.Digit) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (CLASS[d] === C.Digit) {
          i++;
          continue;
        }
        // A separator, with bidi marks on either side of it (3.\u200F1, as RTL editors write), then a digit.
        let j = i;
        while (j < to && CLASS[text.charCodeAt(j)] === INVISIBLE) j++;
        if (j >= to || !isNumberSeparator(text.charCodeAt(j))) break;
        j++;
        while (j < to && CLASS[text.charCodeAt(j)] === INVISIBLE) j++;
        if (j >= to || CLASS[text.charCodeAt(j)] !== C.Digit) break;
        i = j + 1;
      }
      kind = 'number';
      if (i < to && CLASS[text.charCodeAt(i)] === C.LatinLetter) {
        while (i < to && (CLASS[text.charCodeAt(i)] === C.LatinLetter || CLASS[text.charCodeAt(i)] === C.Digit)) i++;
        kind = 'alnum';
      }
    } else if (k === C.LatinLetter) {
      let digits = false;
      while (i < to) {
        const d = CLASS[text.charCodeAt(i)];
        if (d === C.LatinLetter) i++;
        else if (d === C.Digit && text.charCodeAt(i) < 0x80) {
          digits = true;
          i++;
        } else if (text.charCodeAt(i) === 0x27 && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === C.LatinLetter) i += 2;
        else break;
      }
      kind = digits ? 'alnum' : 'latin';
    } else if (c === 0x26 && (reference = visibleReferenceAt(text, i, to)) !== null) {
      // An HTML character reference (&#x25;): one token, the reference its surface, the
      // character its normalized form (char-references.ts).
      i = reference.end;
      out[at++] = makeReferenceToken(text, start, i, reference.char, words, sentence, index++);
      continue;
    } else if (k === C.Punct) {
      i++;
      while (i < to && text.charCodeAt(i) === c) i++;
      kind = 'punct';
    } else if (k === C.Surrogate) {
      i += c <= 0xdbff && i + 1 < to && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      kind = 'symbol';
    } else {
      i++;
      kind = 'symbol';
    }
    out[at++] = makeToken(text, start, i, kind, words, knowledge, sentence, index++, hashRange(text, start, i));
  }
  return at;
}

/** What a word type always gives, whatever its position: offsets are relative to the word. */
interface WordAnalysis {
  /** The word type's id (Token.typeId): unique in the process, never reused. */
  id: number;
  text: string;
  kind: TokenKind;
  norm: string;
  base: string;
  stem: string;
  stemStart: number;
  stemEnd: number;
  /** Shared between word types with the same clitics at the same offsets (never modified). */
  clitics: readonly WordClitic[];
  /** The clitics' types as bits (Token.cliticBits). */
  cliticBits: number;
  stop: boolean;
}

interface WordClitic {
  type: Clitic['type'];
  start: number;
  end: number;
  text: string;
}

/**
 * The clitic lists of word analyses by their content (و at 0-1 with ال at 1-3, ...): word types
 * with the same clitics at the same offsets share one list, where each of the 65,000 types of
 * 5 MB of news kept a list, its objects and their strings (the live heap at the end of that run
 * 6 MB smaller). Bounded: past the limit, lists are not shared.
 */
const CLITIC_LISTS = new Map<string, readonly WordClitic[]>();
const CLITIC_LIST_LIMIT = 50_000;
const NO_CLITICS: readonly WordClitic[] = [];

// Each word type is analysed once per knowledge and reused (see word-table.ts); tokens of one
// code unit (punctuation, mostly: a tenth of all tokens) are found by the unit itself.
interface Words {
  table: WordTable<WordAnalysis>;
  units: (WordAnalysis | undefined)[];
  /** The `generation` the table and units were filled in. */
  generation: number;
}
const tables = new WeakMap<WordKnowledge, Words>();
/** The next word type's id: ids are never reused, even when a table is emptied, so a cache by id is never stale. */
let nextTypeId = 1;
/**
 * Counts the times the tables were emptied. When one table is full, every table (of every
 * knowledge, units included) is emptied before its next use and the ids below nextTypeId are
 * retired (retireTypeIds), so that the caches by id (TypeFlag) keep the ids of one filling only.
 */
let generation = 0;
/**
 * Word types a table holds before it is emptied (and filled again from the next token on). About
 * 110 bytes a type (analysis, strings, slot and characters): at 500,000 types a long stream of new
 * text held 56 MB, now about 11 MB. 5 MB of unseen news has 70,000 types, so the bench never
 * empties it; a stream empties it about every 10 MB, and its frequent words are analysed again
 * (a few thousand, with new ids, which the caches by id answer again: the same answers). The
 * analyses do not depend on what the table held: the identity file is the same with a limit of 2,000.
 */
const TABLE_LIMIT = 100_000;

function wordsFor(knowledge: WordKnowledge): Words {
  let words = tables.get(knowledge);
  if (!words) {
    words = { table: new WordTable<WordAnalysis>(), units: new Array<WordAnalysis | undefined>(0x10000).fill(undefined), generation };
    tables.set(knowledge, words);
  }
  if (words.table.size > TABLE_LIMIT) {
    generation++;
    retireTypeIds(nextTypeId);
  }
  if (words.generation !== generation) {
    words.table.clear();
    words.units.fill(undefined);
    words.generation = generation;
  }
  return words;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  words: Words,
  knowledge: WordKnowledge,
  sentence: number,
  index: number,
  hash: number,
): Token {
  let w: WordAnalysis | undefined;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    w = words.units[c];
    if (!w) words.units[c] = w = analyse(text.slice(start, end), kind, knowledge);
  } else {
    w = words.table.findHashed(text, start, end, hash);
    if (!w) words.table.add((w = analyse(text.slice(start, end), kind, knowledge)));
  }
  return new WordToken(index, start, end, sentence, w);
}

/** The token of a character reference: its kind and normalized form are the character's. */
function makeReferenceToken(text: string, start: number, end: number, char: string, words: Words, sentence: number, index: number): Token {
  const hash = hashRange(text, start, end);
  let w = words.table.findHashed(text, start, end, hash);
  if (!w) {
    const cls = CLASS[char.charCodeAt(0)];
    const kind: TokenKind = cls === C.Digit ? 'number' : cls === C.LatinLetter ? 'latin' : cls === C.Punct ? 'punct' : 'symbol';
    const norm = kind === 'punct' || kind === 'symbol' ? char : foldString(char);
    words.table.add(
      (w = {
        id: nextTypeId++,
        text: text.slice(start, end),
        kind,
        norm,
        base: norm,
        stem: norm,
        stemStart: 0,
        stemEnd: end - start,
        clitics: NO_CLITICS,
        cliticBits: 0,
        stop: false,
      }),
    );
  }
  return new WordToken(index, start, end, sentence, w);
}

function analyse(surface: string, kind: TokenKind, knowledge: WordKnowledge): WordAnalysis {
  return kind === 'arabic' ? analyseWord(surface, knowledge) : plainWord(surface, kind);
}

/**
 * A token is its position and a shared word analysis: what depends only on the word is read
 * from the analysis, the clitics' source spans are made on first use. Tokens are most of the
 * text layer's allocations, so they are kept small.
 */
class WordToken implements Token {
  private cliticSpans: readonly Clitic[] | null = null;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly sentence: number,
    private readonly w: WordAnalysis,
  ) {}

  get typeId(): number {
    return this.w.id;
  }
  get text(): string {
    return this.w.text;
  }
  get kind(): TokenKind {
    return this.w.kind;
  }
  get norm(): string {
    return this.w.norm;
  }
  get base(): string {
    return this.w.base;
  }
  get stem(): string {
    return this.w.stem;
  }
  get stop(): boolean {
    return this.w.stop;
  }
  get stemStart(): number {
    return this.start + this.w.stemStart;
  }
  get stemEnd(): number {
    return this.start + this.w.stemEnd;
  }
  get cliticBits(): number {
    return this.w.cliticBits;
  }
  get cliticForms(): readonly CliticForm[] {
    return this.w.clitics;
  }
  get clitics(): readonly Clitic[] {
    if (this.cliticSpans) return this.cliticSpans;
    const own = this.w.clitics;
    if (own.length === 0) return (this.cliticSpans = EMPTY);
    const list: Clitic[] = [];
    for (const c of own) list.push({ type: c.type, start: this.start + c.start, end: this.start + c.end, text: c.text });
    return (this.cliticSpans = list);
  }
}

function plainWord(surface: string, kind: TokenKind): WordAnalysis {
  const norm = kind === 'punct' || kind === 'symbol' ? surface : foldString(surface);
  return {
    id: nextTypeId++,
    text: surface,
    kind,
    norm,
    base: norm,
    stem: norm,
    stemStart: 0,
    stemEnd: surface.length,
    clitics: NO_CLITICS,
    cliticBits: 0,
    stop: false,
  };
}

/** The offset in a word of its normalized offset j (`pos`: each normalized unit's offset, or null where they are the same; `end`: the word's length). */
function sourceOffset(pos: number[] | null, end: number, j: number): number {
  return pos ? (j < pos.length ? pos[j] : end) : j;
}

/** The offset in a word just after the normalized units before j. */
function sourceEnd(pos: number[] | null, end: number, j: number): number {
  return j === 0 ? 0 : sourceOffset(pos, end, j - 1) + 1;
}

/**
 * The word analyseWord is splitting, read by splitClitics through sourceLetterAt (the source
 * letter at a normalized offset): one function over these instead of three closures made for
 * every new word type. splitClitics asks only the word knowledge, so analyseWord is not entered
 * again while they are in use.
 */
let sourceWord = '';
let sourcePos: number[] | null = null;
const sourceLetterAt = (j: number): number => sourceWord.charCodeAt(sourceOffset(sourcePos, sourceWord.length, j));

/** Normalizes an Arabic word and splits its clitics, with offsets relative to the word. */
function analyseWord(word: string, knowledge: WordKnowledge): WordAnalysis {
  // Normalized form with, for each normalized code unit, its offset in the word.
  // Units kept as they are (most) are appended a run at a time, word[from, i): a word that needs
  // no folding is its own normalized form, without a string made.
  const single = STANDARD.single;
  let norm = '';
  let from = 0;
  let pos: number[] | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const r = single[c];
    if (r === -1) {
      if (pos) pos.push(i);
      continue;
    }
    if (from < i) norm += word.slice(from, i);
    from = i + 1;
    if (r >= 0) {
      norm += String.fromCharCode(r);
      if (pos) pos.push(i);
    } else if (r === -3) {
      // An expansion (presentation-form ligature): every unit points at the ligature.
      pos ??= identity(norm.length);
      const e = STANDARD.expansions.get(c)!;
      for (let k = 0; k < e.length; k++) pos.push(i);
      norm += e;
    } else pos ??= identity(norm.length);
  }
  if (from === 0) norm = word;
  else if (from < word.length) norm += word.slice(from);
  if (norm.length === 0) {
    return {
      id: nextTypeId++,
      text: word,
      kind: 'symbol',
      norm: word,
      base: word,
      stem: word,
      stemStart: 0,
      stemEnd: word.length,
      clitics: NO_CLITICS,
      cliticBits: 0,
      stop: false,
    };
  }
  const end = word.length;
  sourceWord = word;
  sourcePos = pos;
  const split = splitClitics(norm, knowledge, sourceLetterAt);
  let clitics = NO_CLITICS;
  let cliticBits = 0;
  if (split.parts.length > 0) {
    let key = '';
    const list: WordClitic[] = [];
    for (const p of split.parts) {
      const s = sourceOffset(pos, end, p.start);
      const e = sourceEnd(pos, end, p.end);
      const text = word.slice(s, e);
      key += `${p.type} ${s} ${e} ${text}\n`;
      list.push({ type: p.type, start: s, end: e, text });
      cliticBits |= CLITIC_BIT[p.type];
    }
    clitics = CLITIC_LISTS.get(key) ?? list;
    if (clitics === list && CLITIC_LISTS.size < CLITIC_LIST_LIMIT) CLITIC_LISTS.set(key, list);
  }
  return {
    id: nextTypeId++,
    text: word,
    kind: 'arabic',
    norm,
    base: split.base,
    stem: split.stem,
    stemStart: sourceOffset(pos, end, split.stemStart),
    stemEnd: split.stemEnd === norm.length ? end : sourceEnd(pos, end, split.stemEnd),
    clitics,
    cliticBits,
    stop: knowledge.isStop(norm) || knowledge.isStop(split.base),
  };
}

function identity(n: number): number[] {
  const a = new Array<number>(n);
  for (let j = 0; j < n; j++) a[j] = j;
  return a;
}
