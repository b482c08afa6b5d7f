// Recognizes the shapes of site-chrome lines by their structure, never by a site's name:
// headline tickers and obituary lists (many short segments between a repeated token),
// template placeholders ({clean_title}), date lines and bylines ("نيروز الإخبارية :").
import { foldString } from '../normalize/index.js';
import { MONTHS, WEEKDAYS, isoDate } from '../calendar.js';
import { defaultWordKnowledge } from '../word-knowledge.js';
import { FNV_OFFSET, FNV_PRIME } from '../word-table.js';
import { words } from '../../lexicon/word-lists.js';

/** Code units that the regular expression class \s matches: tab to CR, space, NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
const SPACE_UNIT = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE_UNIT[c] = 1;
SPACE_UNIT.fill(1, 0x2000, 0x200b);

/** Whether code unit `c` is whitespace as the regular expression class \s reads it. */
function isSpaceUnit(c: number): boolean {
  return SPACE_UNIT[c] === 1;
}

export function wordCount(line: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length && n < limit; i++) {
    const c = line.charCodeAt(i);
    const space = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** The index of the last code unit of `line` that is not whitespace, or -1. */
function lastNonSpace(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && isSpaceUnit(line.charCodeAt(i))) i--;
  return i;
}

/** Closing quotes and brackets that may follow a sentence's final mark: " ' » ” ) ]. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x29 || c === 0x5d;
}

/** Whether the line ends like a sentence: . ! ? ؟ ؛ before any closing quotes and brackets. */
export function endsSentence(line: string): boolean {
  let i = lastNonSpace(line);
  while (i >= 0 && isCloser(line.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = line.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b;
}

/** Whether the line ends in a colon (: or the fullwidth ：), whitespace after it allowed. */
export function endsInColon(line: string): boolean {
  const i = lastNonSpace(line);
  return i >= 0 && (line.charCodeAt(i) === 0x3a || line.charCodeAt(i) === 0xff1a);
}

/**
 * The word ranges of the line isTicker reads (it calls nothing that reads another line): scratch
 * arrays grown as needed and kept, instead of three arrays pushed word by word for every line
 * (about 12 MB per 5 MB of text, most of it on paragraphs that are no ticker).
 */
const WORDS: { starts: Int32Array; ends: Int32Array; hashes: Int32Array } = {
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  hashes: new Int32Array(1024),
};

/**
 * The words of a line as ranges in WORDS, each with its hash, and how many there are: its runs of
 * non-whitespace (as `line.trim().split(/\s+/u)`).
 */
function wordRanges(line: string): number {
  let { starts, ends, hashes } = WORDS;
  let count = 0;
  const space = SPACE_UNIT;
  let i = 0;
  const n = line.length;
  while (i < n) {
    let c = line.charCodeAt(i);
    if (space[c] === 1) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
    } while (i < n && space[(c = line.charCodeAt(i))] === 0);
    if (count === starts.length) {
      starts = WORDS.starts = grown(starts);
      ends = WORDS.ends = grown(ends);
      hashes = WORDS.hashes = grown(hashes);
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = h;
    count++;
  }
  return count;
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

function sameRange(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * The words that occur at least `min` (≥ 2) times, each as the index of its first occurrence,
 * counted in a hash table over the word ranges (no string is made for a word; most lines have
 * none).
 */
function repeatedWords(line: string, starts: Int32Array, ends: Int32Array, wordHashes: Int32Array, count: number, min: number): number[] {
  let capacity = 64;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const first = new Int32Array(capacity).fill(-1);
  const hashes = new Int32Array(capacity);
  const counts = new Int32Array(capacity);
  const out: number[] = [];
  for (let w = 0; w < count; w++) {
    const h = wordHashes[w];
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const f = first[j];
      if (f < 0) {
        first[j] = w;
        hashes[j] = h;
        counts[j] = 1;
        break;
      }
      if (hashes[j] === h && sameRange(line, starts[f], ends[f], starts[w], ends[w])) {
        if (++counts[j] === min) out.push(f);
        break;
      }
    }
  }
  return out.sort((a, b) => a - b);
}

/** Whether line[start, end) holds an ASCII digit (/\d/u). */
function hasAsciiDigit(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = line.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Titles and the joiners of names (الأمير، الشيخ، بن، أبو): they repeat in a list of those present
 * (الأمير فيصل بن بندر ... والأمير سلطان بن بندر) and separate no headlines.
 */
const NAME_WORDS: ReadonlySet<string> = new Set([...words('eponym_title'), ...words('name_joiner')]);

/**
 * Whether the word at offset `step` (1: after, -1: before) of the occurrences at `positions` is
 * the same word (by hash) at half of them or more.
 */
function sameNeighbour(hashes: Int32Array, positions: readonly number[], count: number, step: 1 | -1): boolean {
  let best = 0;
  for (let a = 0; a < positions.length && best * 2 < positions.length; a++) {
    const i = positions[a] + step;
    if (i < 0 || i >= count) continue;
    let same = 0;
    for (const p of positions) if (p + step >= 0 && p + step < count && hashes[p + step] === hashes[i]) same++;
    if (same > best) best = same;
  }
  return best * 2 >= positions.length;
}

/**
 * A headline runs to about eight words (the seed's tickers: 5–17, 8 in the middle); a segment
 * between separators of more than twice that is prose around a list.
 */
const LONGEST_HEADLINE = 16;

/** Sentence punctuation written apart (« ، » as Saudi sites space it, « .. »): it ends clauses, it separates no headlines. */
const SENTENCE_PUNCTUATION = /^[.،,؛;:!?؟…]+$/u;

/** A hyphen or a dash standing alone. */
const DASH = /^[-‐‑‒–—]$/u;

/**
 * A bracket or a straight quotation mark standing alone: it opens or closes around a name (a horse «( بهاج
 * )» in snn-2015-08-08-697, a club «(الهلال السوداني )» in JA-sport-1330), it separates nothing.
 */
const BRACKET = /^[()[\]{}"]$/u;

/** The marks that separate headlines and links (| • ◄ ► » ›), never the fields of one item. */
const HEADLINE_MARK = /[|•·◄►▶◀»«›‹]/u;

/**
 * A mark written apart (no letter or digit in it) that is no sentence punctuation but for the
 * colon, nor a HEADLINE_MARK: inside a list's items it joins their fields, as – and / do in a
 * fixture «نادي حمام الأنف – النجم الساحلي / نضال لطيف» or the colon in an appointment «* ريم
 * رويس : رئيسا لديوان ...».
 */
function isFieldMark(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = line[k];
    if (c === ':') continue;
    if (HEADLINE_MARK.test(c) || SENTENCE_PUNCTUATION.test(c) || /[\p{L}\p{N}]/u.test(c)) return false;
  }
  return true;
}

/** The key of every dash in mostHoldAFieldMark: no word's hash, an Int32. */
const DASH_KEY = 2 ** 32;

/**
 * Whether half of the segments between the separators at `positions` or more hold the same mark
 * written apart (isFieldMark), other than the separator: the items of a list whose fields a second
 * mark joins, not headlines. Of the 28 lines of ../shared/unlabeled (72,338 articles) that isTicker
 * took for tickers, 23 (in 22 articles) were lists of the articles (most of them of this shape: JawharaFM's
 * fixtures «الساعة 14:00 المجموعة الأولى سبورتنغ بن عروس- إتحاد سليانة / أمير الوصيف ...»,
 * appointments, municipalities «- بلدية قرطاج (ولاية تونس) -»); the seed's tickers hold no such mark.
 */
function mostHoldAFieldMark(
  line: string,
  starts: Int32Array,
  ends: Int32Array,
  hashes: Int32Array,
  positions: readonly number[],
  count: number,
): boolean {
  const separator = hashes[positions[0]];
  // The marks written apart (a line holds few), the number of segments holding each, and the last
  // segment that counted each.
  const marks: number[] = [];
  const held: number[] = [];
  const last: number[] = [];
  let segments = 0;
  let from = 0;
  for (let k = 0; k <= positions.length; k++) {
    const to = k < positions.length ? positions[k] : count;
    // The segment after the last separator only when it has words, as isTicker counts them.
    if (k === positions.length && from >= count) break;
    for (let w = from; w < to; w++) {
      const h = hashes[w];
      if (h === separator || !isFieldMark(line, starts[w], ends[w])) continue;
      // Every dash is one mark (JA-sport-448 writes – and - in the same list).
      const key = DASH.test(line.slice(starts[w], ends[w])) ? DASH_KEY : h;
      let m = marks.indexOf(key);
      if (m < 0) {
        m = marks.push(key) - 1;
        held.push(0);
        last.push(-1);
      }
      if (last[m] !== segments) {
        last[m] = segments;
        held[m]++;
      }
    }
    segments++;
    from = to + 1;
  }
  for (const n of held) if (2 * n >= segments) return true;
  return false;
}

/**
 * Whether `token` is و or ف + a word the line also holds bare (منها: محلات السيارات ... ومحلات
 * الملابس ... ومحلات الساعات): the items of a list joined by a conjunction, not a separator.
 */
function isCoordinated(line: string, token: string, starts: Int32Array, ends: Int32Array, count: number): boolean {
  const c = token.charCodeAt(0);
  if ((c !== 0x0648 && c !== 0x0641) || token.length < 4) return false;
  const bare = token.slice(1);
  for (let w = 0; w < count; w++) {
    if (ends[w] - starts[w] === bare.length && line.startsWith(bare, starts[w])) return true;
  }
  return false;
}

/**
 * Whether half of the segments between the separators at `positions` or more hold a function
 * word (the segment after the last one only when it has words, as isTicker counts them).
 */
function mostHoldFunctionWords(line: string, starts: Int32Array, ends: Int32Array, positions: readonly number[], count: number): boolean {
  let segments = 0;
  let held = 0;
  let from = 0;
  for (let k = 0; k <= positions.length; k++) {
    const to = k < positions.length ? positions[k] : count;
    if (k === positions.length && from >= count) break;
    segments++;
    if (to > from && holdsFunctionWord(line.slice(starts[from], ends[to - 1]))) held++;
    from = to + 1;
  }
  return held * 2 >= segments;
}

/** Whether the word ending at `end` ends in a question or exclamation mark (؟ ? !). */
function endsInQuestionMark(line: string, end: number): boolean {
  const c = line.charCodeAt(end - 1);
  return c === 0x061f || c === 0x3f || c === 0x21;
}

/** Whether the word line[start, end) ends in list punctuation (/[،,;؛]$|[^.]\.$/u): a comma or semicolon, or one period. */
function endsInListPunctuation(line: string, start: number, end: number): boolean {
  const c = line.charCodeAt(end - 1);
  if (c === 0x060c || c === 0x2c || c === 0x3b || c === 0x061b) return true;
  return c === 0x2e && end - start >= 2 && line.charCodeAt(end - 2) !== 0x2e;
}

/**
 * Whether a line holds a function word (في، من، على، أن ...; stopwords.tsv), with or without a
 * leading و or ف: prose does, a menu or a list of names seldom.
 */
export function holdsFunctionWord(line: string): boolean {
  const knowledge = defaultWordKnowledge();
  for (const word of line.split(/\s+/u)) {
    if (word === '') continue;
    const w = foldString(word.replace(/[^\p{L}]/gu, ''));
    if (w === '') continue;
    if (knowledge.isStop(w) || ((w[0] === 'و' || w[0] === 'ف') && w.length > 1 && knowledge.isStop(w.slice(1)))) return true;
  }
  return false;
}

/**
 * A ticker: a line made of many short segments separated by one repeated token — a site name
 * (`nayrouz`), a symbol (| • ◄) or a word — like a headline ticker or an obituary list.
 */
export function isTicker(line: string): boolean {
  const count = wordRanges(line);
  if (count < 20) return false;
  const { starts, ends, hashes } = WORDS;
  // Function words (في، من) repeat in any long paragraph; they separate nothing.
  const knowledge = defaultWordKnowledge();
  const firsts = repeatedWords(line, starts, ends, hashes, count, 5).filter((w) => {
    const token = line.slice(starts[w], ends[w]);
    const folded = foldString(token);
    // A lone letter (و written apart, as Tunisian sites do) is a conjunction, no separator.
    const loneLetter = folded.length === 1 && folded.charCodeAt(0) >= 0x0621 && folded.charCodeAt(0) <= 0x064a;
    return (
      !/^\d+$/.test(token) &&
      !loneLetter &&
      !SENTENCE_PUNCTUATION.test(token) &&
      !BRACKET.test(token) &&
      !knowledge.isStop(folded) &&
      !NAME_WORDS.has(folded) &&
      !isCoordinated(line, token, starts, ends, count)
    );
  });
  if (firsts.length === 0) return false;
  // Where each candidate occurs, and how many words before each index hold a digit or end in
  // punctuation: each candidate's segments are then read from its occurrences alone (going over
  // every word for every candidate was quadratic on a long line: issue 21). The words are read
  // as ranges of the line (a candidate by its first occurrence), no string made for each.
  const positionsOf = firsts.map((): number[] => []);
  const digits = new Int32Array(count + 1);
  const punctuation = new Int32Array(count + 1);
  const asked = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const s = starts[i];
    const e = ends[i];
    for (let c = 0; c < firsts.length; c++) {
      const f = firsts[c];
      if (hashes[f] === hashes[i] && sameRange(line, starts[f], ends[f], s, e)) {
        positionsOf[c].push(i);
        break;
      }
    }
    digits[i + 1] = digits[i] + (hasAsciiDigit(line, s, e) ? 1 : 0);
    punctuation[i + 1] = punctuation[i] + (endsInListPunctuation(line, s, e) ? 1 : 0);
    asked[i + 1] = asked[i] + (endsInQuestionMark(line, e) ? 1 : 0);
  }
  for (let c = 0; c < firsts.length; c++) {
    const positions = positionsOf[c];
    const n = positions.length;
    // Segments between occurrences must look like headlines: a few words each. A segment is
    // [from, to) in words: the one before the first occurrence and those between are counted
    // even when empty, the one after the last only when it has words.
    let segments = 0;
    let headlineLike = 0;
    let withDigits = 0;
    let punctuated = 0;
    let questions = 0;
    let inLong = 0;
    const segment = (from: number, to: number) => {
      segments++;
      const length = to - from;
      if (length >= 2 && length <= 30) headlineLike++;
      if (length > LONGEST_HEADLINE) inLong += length;
      if (asked[to] > asked[from]) questions++;
      if (digits[to] > digits[from]) withDigits++;
      if (punctuation[to] > punctuation[from]) punctuated++;
    };
    let from = 0;
    for (const p of positions) {
      segment(from, p);
      from = p + 1;
    }
    if (from < count) segment(from, count);
    if (headlineLike < 0.75 * segments) continue;
    // A list inside prose: the paragraphs around it hold a quarter of the line's words or more
    // (a one-line article with a bulleted list of questions, «- هل تم ...؟ - ماذا تم ...؟»).
    if (inLong >= 0.25 * count) continue;
    // Questions one after another are an article's, not headlines (a ticker's seldom all ask).
    if (questions >= 0.5 * segments) continue;
    // Headlines seldom hold figures; a bulleted list of deals or projects does (* 16 مليون أورو *).
    if (withDigits > 0.3 * segments) continue;
    // A list whose items a second mark splits into fields (a fixture «A – B / referee») is the article's.
    if (mostHoldAFieldMark(line, starts, ends, hashes, positions, count)) continue;
    const separator = line.slice(starts[firsts[c]], ends[firsts[c]]);
    // A dash joins two names (a fixture «الصفاقسي – البنزرتي», a line-up «الجبالي - البريقي»);
    // the headlines a dash separates are sentences, most with a function word (في، من، على).
    if (DASH.test(separator) && !mostHoldFunctionWords(line, starts, ends, positions, count)) continue;
    const latinOrSymbol = !/[\u0600-\u06FF]/u.test(separator);
    // A bulleted list whose items end like sentences (• تأكد من ... للمنصة. • انقر ...) is the
    // article's; headlines seldom hold a comma or a period.
    if (latinOrSymbol && punctuated < 0.5 * segments) return true;
    if (latinOrSymbol) continue;
    // A word that separates stands between unrelated headlines, so the words beside it vary; one
    // that keeps the same neighbour is part of a phrase of the prose (صاحب السمو الملكي، بن عبدالعزيز).
    if (sameNeighbour(hashes, positions, count, 1) || sameNeighbour(hashes, positions, count, -1)) continue;
    // Prose repeats words too (مليار، دولار), but its stretches between them hold commas and
    // periods; a list of headlines hardly does.
    if (n >= 6 && punctuated < 0.2 * segments) return true;
  }
  return false;
}

const PLACEHOLDER =
  /\{\{?\s*[A-Za-z_][\w.-]*\s*\}\}?|\[\[\s*[A-Za-z_][\w.-]*\s*\]\]|%[A-Za-z_][\w.]*%|\$\{[A-Za-z_][\w.]*\}|\{%[^%\n]{0,80}%\}|<%[^%\n]{0,80}%>/g;

/** Template placeholders left by the page generator ({clean_title}, {{ body }}, %TITLE%). */
export function findPlaceholders(line: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(line); m; m = PLACEHOLDER.exec(line)) out.push({ index: m.index, length: m[0].length });
  return out;
}

const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const DMY = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/;
const TEXTUAL = /(\d{1,2})\s+([\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)\s*[,،]?\s+(\d{4})/;

/** Words that label a date line (folded): نشر في، تاريخ النشر، آخر تحديث، Published, Updated. */
const DATE_LABELS: ReadonlySet<string> = words('date_label');

/** The date of a line that holds a date and little else ("2025-12-20 - السبت"), or null. */
export function parseDateLine(line: string): string | null {
  const folded = foldString(line.trim());
  if (folded.length === 0 || folded.length > 60) return null;
  let date: string | null = null;
  let rest = folded;
  let m = ISO.exec(folded);
  if (m) date = isoDate(+m[1], +m[2], +m[3]);
  if (!date && (m = DMY.exec(folded))) date = isoDate(+m[3], +m[2], +m[1]);
  if (!date && (m = TEXTUAL.exec(folded))) {
    const month = MONTHS.get(m[2]) ?? MONTHS.get(m[2].split(/\s+/)[0]);
    if (month) date = isoDate(+m[3], month, +m[1]);
  }
  if (!date || !m) return null;
  rest = folded.slice(0, m.index) + ' ' + folded.slice(m.index + m[0].length);
  // What is left may be a weekday, a time, a label (نشر في:, آخر تحديث:) and separators, nothing more.
  const leftover = rest
    .replace(/\b\d{1,2}(?::\d{2}){1,2}\b/gu, ' ')
    .split(/[\s\-–—|,،:/]+/u)
    .filter((w) => w !== '' && !WEEKDAYS.has(w) && !DATE_LABELS.has(w.toLowerCase()) && !/^(ص|م|am|pm)$/i.test(w));
  return leftover.length <= 1 ? date : null;
}

/** A byline: a short line ending in a colon just above the article ("نيروز الإخبارية :"). */
export function parseByline(line: string): string | null {
  if (!endsInColon(line)) return null;
  const t = line.trim();
  const name = t.replace(/\s*[:：]$/u, '').trim();
  if (name.length === 0 || wordCount(name) > 5 || /\d/.test(name)) return null;
  return name;
}

/** The name in an author line: "بقلم: X", "كتب - X", "إعداد: X". */
export function parseAuthorCue(line: string): string | null {
  const m = /^\s*(?:بقلم|كتب|كتبت|إعداد|اعداد|تحرير|المحرر)\s*[:\-–]?\s*(.{3,60})$/u.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  return isNameLike(name) ? name : null;
}

/** Two to five words of letters, no digits or sentence punctuation: a person's name. */
export function isNameLike(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  return n >= 2 && n <= 5 && /^[\p{L}\p{M}\s.'-]+$/u.test(t) && !endsSentence(t);
}
