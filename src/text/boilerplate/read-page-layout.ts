// Sets site chrome aside and finds the article: body span, title, date, site and author.
// Rules key on structure — repetition, line shape, position — so they hold on pages from sites
// arqam has never seen.
import type { SetAside, Span } from '../../model/types.js';
import { readDocWrapper, textRepeats, trimSpan, type DocWrapper } from './read-doc-wrapper.js';
import { looksLikeHtml, readHtmlLayout, type HtmlLayout } from './read-html-layout.js';
import { findCodeLeaks } from './find-code-leaks.js';
import {
  endsInColon,
  endsSentence,
  findPlaceholders,
  holdsFunctionWord,
  isNameLike,
  isTicker,
  parseAuthorCue,
  parseByline,
  parseDateLine,
  wordCount,
} from './line-shapes.js';
import { isoDate } from '../calendar.js';

export interface PageLayout extends HtmlLayout {
  /** Fields of a <DOC> wrapper, when there is one. */
  wrapper: Record<string, string> | null;
}

interface Line extends Span {
  text: string;
  /** `author`: a cue line above the article ("كتب: أحمد المنصوري"), set aside like a byline. */
  shape: 'blank' | 'ticker' | 'template' | 'date' | 'byline' | 'author' | 'paragraph' | 'short';
}

/** A paragraph: a long line, or one that ends like a sentence. */
const PARAGRAPH_WORDS = 12;

function splitLines(text: string, region: Span): Line[] {
  const lines: Line[] = [];
  let start = region.start;
  while (start <= region.end) {
    let i = text.indexOf('\n', start);
    if (i < 0 || i > region.end) i = region.end;
    let end = i;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    lines.push({ start, end, text: text.slice(start, end), shape: 'blank' });
    start = i + 1;
  }
  return lines;
}

/** Sorted offsets in [from, to) of the characters a template placeholder starts with: { [ % $ <. */
function placeholderMarks(text: string, from: number, to: number): number[] {
  const marks: number[] = [];
  for (const ch of ['{', '[', '%', '$', '<']) {
    for (let i = text.indexOf(ch, from); i >= 0 && i < to; i = text.indexOf(ch, i + 1)) marks.push(i);
  }
  return marks.sort((a, b) => a - b);
}

/** "19/01/2017" (the ANT wrapper's TIME) or any date line → YYYY-MM-DD. */
function wrapperDate(time: string | undefined): string | null {
  if (!time) return null;
  const t = time.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (m) return isoDate(+m[3], +m[2], +m[1]);
  // ISO 8601 (2017-05-30T13:13:00+01:00) and RFC 2822 (Sat, 28 Apr 2018 12:16:33 +0400).
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(t);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(t);
  if (m && ENGLISH_MONTHS.has(m[2].toLowerCase())) return isoDate(+m[3], ENGLISH_MONTHS.get(m[2].toLowerCase())!, +m[1]);
  return parseDateLine(t);
}

const ENGLISH_MONTHS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);

/** The page's layout: the wrapper and leaked code set aside, lines shaped, the article found in them. */
export function readPageLayout(text: string): PageLayout {
  const setAside: SetAside[] = [];
  const wrapper = readDocWrapper(text);
  if (!wrapper && looksLikeHtml(text)) {
    const html = readHtmlLayout(text);
    return { ...html, body: trimSpan(text, html.body), wrapper: null };
  }
  const lead = wrapper ? wrapperLead(text, wrapper) : [];
  const region = wrapperContent(text, wrapper, lead, setAside);
  const contentEnd = setCodeAside(text, region, setAside);
  const lines = splitLines(text, { start: region.start, end: contentEnd });
  const fields = {
    published: wrapperDate(wrapper?.fields.TIME),
    site: wrapper?.fields.SRC || null,
    title: wrapper?.fields.TITLE || null,
    author: wrapper?.fields.AUTHOR || null,
  };
  shapeLines(text, lines, { start: region.start, end: contentEnd }, setAside);

  // A ticker sits above or below the article, never between two of its paragraphs: look for
  // tickers from each end of the page inward, stopping at the first paragraph that is not one.
  const tested = new Set<Line>();
  markTickers(lines, 1, tested);
  markTickers(lines, -1, tested);
  const firstProse = lines.findIndex((l) => l.shape === 'paragraph');
  // A byline introduces the article; a line ending in a colon further down introduces a list.
  for (let i = Math.max(0, firstProse); i < lines.length; i++) if (lines[i].shape === 'byline') lines[i].shape = 'short';

  const firstParagraph = lines.findIndex((l) => l.shape === 'paragraph');
  const bodyStart = firstParagraph >= 0 ? findBodyStart(lines, firstParagraph, fields) : region.start;
  const lastContent = lastContentLine(lines);
  const bodyEnd = lastContent >= 0 ? lines[lastContent].end : contentEnd;
  const articleStart = firstParagraph >= 0 ? lines[firstParagraph].start : bodyStart;
  setLinesAside(lines, { start: bodyStart, end: bodyEnd }, articleStart, fields, setAside);

  // The author: a cue line ("بقلم: X"), or the signature after the last paragraph.
  if (!fields.author) fields.author = findAuthor(lines, bodyStart, bodyEnd);

  let body = trimSpan(text, { start: bodyStart, end: bodyEnd });
  // A wrapped article's title heads its body, as a page's headline heads the seed's: its names
  // and figures are the article's (ant-multisource-01 names السعودية in its title alone); so does
  // an abstract the TEXT does not repeat.
  if (lead.length) body = { start: lead[0].start, end: Math.max(body.end, lead[lead.length - 1].end) };
  setAside.sort((a, b) => a.start - b.start || a.end - b.end);
  const { title, published, site, author } = fields;
  return { body, setAside: mergeSetAside(setAside), title, published, site, author, wrapper: wrapper?.fields ?? null };
}

/** What the page says of itself, from the wrapper's fields and then from its lines. */
interface PageFields {
  published: string | null;
  site: string | null;
  title: string | null;
  author: string | null;
}

/**
 * The region of the page inside a <DOC> wrapper (the whole page without one); the wrapper is set
 * aside but for the title and an abstract the TEXT does not repeat, which head the article.
 */
function wrapperContent(text: string, wrapper: DocWrapper | null, lead: Span[], setAside: SetAside[]): Span {
  if (!wrapper) return { start: 0, end: text.length };
  const region = wrapper.content;
  let from = 0;
  for (const kept of lead) {
    if (kept.start > from) setAside.push({ start: from, end: kept.start, kind: 'wrapper' });
    from = kept.end;
  }
  if (region.start > from) setAside.push({ start: from, end: region.start, kind: 'wrapper' });
  if (region.end < text.length) setAside.push({ start: region.end, end: text.length, kind: 'wrapper' });
  return region;
}

/**
 * The wrapper's fields that head the article, in page order: its title, and its abstract where
 * the TEXT does not repeat it (BBC's summary in other words: «تقارير غير مؤكدة ترجح مقتل الملا
 * فضل الله ...» above «أفادت تقارير بمقتل الملا فضل الله ...»).
 */
function wrapperLead(text: string, wrapper: DocWrapper): Span[] {
  const lead: Span[] = [];
  if (wrapper.title) lead.push(wrapper.title);
  const abstract = wrapper.abstract;
  if (abstract && abstract.start < wrapper.content.start && !textRepeats(text, wrapper.content, abstract)) {
    if (!wrapper.title || abstract.start >= wrapper.title.end) lead.push(abstract);
  }
  return lead;
}

/** Sets leaked code aside; when it runs to the end of the page, what follows is widget text too. Returns where the content ends. */
function setCodeAside(text: string, region: Span, setAside: SetAside[]): number {
  let contentEnd = region.end;
  for (const leak of findCodeLeaks(text, region)) {
    const before = text.slice(region.start, leak.start).trim().length;
    const after = text.slice(leak.end, region.end).trim().length;
    if (after < 0.25 * before || after < 300) {
      contentEnd = Math.min(contentEnd, leak.start);
      setAside.push({ start: leak.start, end: region.end, kind: 'code' });
      break;
    }
    setAside.push({ ...leak, kind: 'code' });
  }
  return contentEnd;
}

/**
 * Gives each line its shape (template, date, byline, paragraph or short) and sets aside the
 * template placeholders of lines that hold more than placeholders.
 */
function shapeLines(text: string, lines: Line[], content: Span, setAside: SetAside[]): void {
  // Cheap tests first: most lines have no placeholder character, no digit, no final colon. The
  // placeholder characters are found once for the whole region (indexOf runs far faster than
  // a per-line regular expression).
  const marks = placeholderMarks(text, content.start, content.end);
  let m = 0;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    while (m < marks.length && marks[m] < line.start) m++;
    const placeholders = m < marks.length && marks[m] < line.end ? findPlaceholders(line.text) : [];
    const stripped = placeholders.length
      ? line.text.replace(/\{\{?[^}]*\}\}?|\[\[[^\]]*\]\]|%[A-Za-z_][\w.]*%|\$\{[^}]*\}|\{%[^%]*%\}|<%[^%]*%>/g, '').trim()
      : t;
    if (stripped === '') line.shape = 'template';
    else if (t.length <= 80 && /\d/u.test(t) && parseDateLine(t)) line.shape = 'date';
    else if (parseByline(t)) line.shape = 'byline';
    else {
      const words = wordCount(t, PARAGRAPH_WORDS);
      // A list of links run together on one line ("مقالات أخرى للكاتب...") is no paragraph, however long.
      line.shape = (words >= PARAGRAPH_WORDS || (words >= 4 && endsSentence(t))) && !LINK_LIST.test(t) ? 'paragraph' : 'short';
    }
    if (placeholders.length && line.shape !== 'template') {
      for (const p of placeholders) setAside.push({ start: line.start + p.index, end: line.start + p.index + p.length, kind: 'template' });
    }
  }
}

/**
 * Where the article starts: its first paragraph, or the title line just above it, reached by
 * walking up over chrome, author lines (which fill `fields.author`) and a dateline.
 */
function findBodyStart(lines: Line[], firstParagraph: number, fields: PageFields): number {
  // A column written in short lines runs on into its first paragraph: all of it is the article's.
  const column = proseRun(lines, firstParagraph - 1, -1);
  if (column >= 0) return lines[column].start;
  let bodyStart = lines[firstParagraph].start;
  let dateline = -1;
  // A label ending in a colon above short lines heads a list or a verse of the article («المقادير:»
  // above «- كوب لبن», «يقول أبو تمام:» above a verse, «الأهداف:» above «الصين: يو هاي (81)»), no byline.
  let labelled = false;
  for (let i = firstParagraph - 1; i >= 0; i--) {
    const l = lines[i];
    if (isLabel(l) && labelsItems(lines, i)) {
      bodyStart = l.start;
      labelled = true;
      continue;
    }
    if (l.shape === 'blank' || l.shape === 'template' || l.shape === 'byline' || l.shape === 'date') continue;
    // An author line between the title and the article ("كتب: أحمد المنصوري") is passed over.
    const cue = l.shape === 'short' ? parseAuthorCue(l.text) : null;
    if (cue) {
      l.shape = 'author';
      fields.author ??= cue;
      continue;
    }
    // So is a dateline ("الرياض - واس", "القاهرة (أ ف ب)"): it stays in the article, it is no title.
    if (l.shape === 'short' && dateline < 0 && isDateline(l.text)) {
      dateline = l.start;
      continue;
    }
    // A sentence announcing the first paragraph («صدر عن الديوان الملكي أمس البيان التالي:») starts the article.
    if (l.shape === 'short' && isAnnouncing(l.text)) {
      bodyStart = l.start;
      break;
    }
    // An item of a labelled list or verse: the label above it heads it.
    if (l.shape === 'short' && !endsInColon(l.text) && headedByLabel(lines, i)) continue;
    if (l.shape === 'short' && wordCount(l.text) >= 2 && !endsInColon(l.text)) {
      bodyStart = l.start;
      if (!fields.title) fields.title = l.text.trim();
    }
    break;
  }
  // A dateline with no title above it starts the article.
  const start = dateline >= 0 && bodyStart > dateline ? dateline : bodyStart;
  // Inside a labelled article, a line shaped like a byline is one more label.
  if (labelled)
    for (let i = firstParagraph - 1; i >= 0 && lines[i].start >= start; i--) if (lines[i].shape === 'byline') lines[i].shape = 'short';
  return start;
}

/** The most short lines a label heads (headedByLabel). */
const LABELLED_ITEMS = 12;

/** A line of five words or fewer ending in a colon, shaped as a byline or short: no list of links or author cue. */
function isLabel(l: Line): boolean {
  if (l.shape !== 'byline' && l.shape !== 'short') return false;
  if (!endsInColon(l.text) || wordCount(l.text, 6) > 5) return false;
  return !LINK_LIST.test(l.text) && !parseAuthorCue(l.text);
}

/**
 * Whether the label at line `i` heads short lines: two or more below it, or one and another label
 * («الأهداف:» «الصين: يو هاي (81)» «الإنذارات:»). A byline above a title line and the first
 * paragraph heads one short line alone.
 */
function labelsItems(lines: Line[], i: number): boolean {
  let items = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    if (l.shape === 'blank' || l.shape === 'template' || l.shape === 'date') continue;
    if (items > 0 && isLabel(l)) return true;
    if (l.shape !== 'short' || endsInColon(l.text)) break;
    if (++items >= 2) return true;
  }
  return false;
}

/**
 * Whether short line `i` is an item under a label or under a sentence announcing it: above it,
 * across short lines (at most LABELLED_ITEMS, no two blank lines in a row) and date lines, the
 * first other line is a label or an announcing sentence (a royal order's heading, «الرقم : أ / 267»
 * «التاريخ : 9 / 10 / 1436هـ» «نحن سلمان بن عبدالعزيز آل سعود», under «صدر اليوم أمر ملكي فيما يلي نصه:»).
 */
function headedByLabel(lines: Line[], i: number): boolean {
  let items = 0;
  let blanks = 0;
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    if (l.shape === 'blank') {
      if (++blanks > 1) return false;
      continue;
    }
    blanks = 0;
    if (l.shape === 'date' || l.shape === 'template') continue;
    if (isLabel(l) || (l.shape === 'short' && isAnnouncing(l.text))) return true;
    if (l.shape !== 'short' || ++items > LABELLED_ITEMS) return false;
  }
  return false;
}

/**
 * Sets aside the chrome lines (tickers, templates, bylines, date lines, author lines) and every
 * other line outside the body; the first date line above the article gives `fields.published`,
 * a byline near its start `fields.site`.
 */
function setLinesAside(lines: Line[], body: Span, articleStart: number, fields: PageFields, setAside: SetAside[]): void {
  for (const l of lines) {
    const outside = l.end <= body.start || l.start >= body.end;
    if (l.shape === 'author') {
      setAside.push({ start: l.start, end: l.end, kind: 'byline' });
    } else if (l.shape === 'ticker' || l.shape === 'template' || l.shape === 'byline' || l.shape === 'date') {
      // The publication date: a date line above the article's first paragraph (above or below its title).
      if (l.shape === 'date' && !fields.published && l.start < articleStart) fields.published = parseDateLine(l.text);
      if (l.shape === 'byline' && !fields.site && l.start < body.start + 400) fields.site = parseByline(l.text);
      setAside.push({ start: l.start, end: l.end, kind: l.shape === 'date' ? 'date-line' : l.shape });
    } else if (outside && l.shape !== 'blank') {
      setAside.push({ start: l.start, end: l.end, kind: 'boilerplate' });
    }
  }
}

/**
 * A line that opens a list of links ("اقرأ أيضا:", "مواضيع ذات صلة"), a labelled field of the
 * page ("المصدر: ...", "الكلمات المفتاحية: ..."), asks to share or follow, or holds a copyright:
 * below the article, where the page's footer begins.
 */
const TRAILER_START =
  /[:：]\s*$|©|\(c\)|حقوق|copyright|all rights reserved|^\s*(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|المزيد)|ذات صلة|^\s*(?:شارك|تابعونا|تابعنا)/iu;
/** Or one to three words and a colon ("المصدر:"), tested on the line's letterShape. */
const TRAILER_LABEL = /^\s*a+(?:\s+a+){0,2}\s*[:：]/u;

/**
 * Patterns over words of letters test the line with each letter or mark (\p{L}, \p{M}; one code
 * point) written 'a' and every other code point as it is: the same lines match as with
 * [\p{L}\p{M}] in the pattern, but that class is compiled once, here, and not in each of its
 * places (the dateline's nine took 30-40 ms at the first test, in every process).
 */
const LETTER = /[\p{L}\p{M}]/gu;
function letterShape(line: string): string {
  return line.replace(LETTER, 'a');
}
/** A line that opens a list of other articles: "مقالات أخرى للكاتب"، "أخبار ذات صلة"، "اقرأ أيضاً". */
const LINK_LIST =
  /^\s*(?:(?:مقالات|أخبار|مواضيع|موضوعات)\s+(?:أخرى|اخرى|ذات\s+صلة|متعلقة|مشابهة)|(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|المزيد))/u;
/** Short lines after the last paragraph that may still be the article's: a signature, a source. */
const MAX_TRAILER = 4;

/**
 * The last line of the article: the last paragraph, then the short lines after it (a signature)
 * up to MAX_TRAILER, unless a line opens a list of links or holds a copyright, where the page's
 * footer begins. With no paragraph at all, the last short line.
 */
function lastContentLine(lines: Line[]): number {
  const lastParagraph = findLastIndex(lines, (l) => l.shape === 'paragraph');
  if (lastParagraph < 0) return findLastIndex(lines, (l) => l.shape === 'short');
  const column = proseRun(lines, lastParagraph + 1, 1);
  if (column >= 0) return column;
  let end = lastParagraph;
  let taken = 0;
  // A list announced by a sentence ending in a colon, the last paragraph or a line below it, is the
  // article's to its last item, however many (SK-sport-675: «وفيما يلي قائمة بأول 20 منتخبا ...:»
  // and twenty lines «1- ألمانيا (1)»).
  let announced = endsInColon(lines[lastParagraph].text);
  // The number the next item of a numbered list below the article carries (-1: none open): its
  // items are the article's too, however many (snn-2015-08-11-163: «ترتيب اللاعبين العشرة
  // الأوائل:» and «1 - الصربي نوفاك ديوكوفيتش 13755 نقطة» ... «10 - ...»).
  let numbered = -1;
  for (let i = lastParagraph + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.shape === 'blank' || l.shape === 'template' || l.shape === 'date') continue;
    const next = nextContentLine(lines, i + 1);
    // A sentence announcing a list below it (not a link or an address: «رابط المقال الأول للكاتب ... :»
    // above a URL, «... على إيميل الخزامى:» above an address), or a heading of a numbered list.
    if (
      l.shape === 'short' &&
      isListItem(lines, next) &&
      (isAnnouncing(l.text) || (endsInColon(l.text) && startsNumberedList(lines, next)))
    ) {
      announced = true;
      end = i;
      continue;
    }
    const n = l.shape === 'short' ? itemNumber(l.text) : -1;
    if (n > 0 && (n === numbered || (n === 1 && startsNumberedList(lines, i)))) {
      numbered = n + 1;
      end = i;
      continue;
    }
    if (
      announced ? !isListItem(lines, i) : l.shape !== 'short' || isTrailerStart(l.text) || LINK_LIST.test(l.text) || ++taken > MAX_TRAILER
    )
      break;
    if (n > 0) numbered = n + 1;
    end = i;
  }
  return end;
}

/** The number a list item starts with («1 - »، «2.»، «٣-»، «4)»), or -1. */
function itemNumber(line: string): number {
  const m = /^\s*([0-9]{1,2}|[٠-٩]{1,2})\s*[-–.)](?![0-9٠-٩])/u.exec(line);
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1]) n = 10 * n + (ch >= '٠' ? ch.charCodeAt(0) - 0x0660 : ch.charCodeAt(0) - 0x30);
  return n;
}

/** Whether line `i` is item 1 of a numbered list, item 2 next. */
function startsNumberedList(lines: Line[], i: number): boolean {
  if (i < 0 || itemNumber(lines[i].text) !== 1) return false;
  const next = nextContentLine(lines, i + 1);
  return next >= 0 && itemNumber(lines[next].text) === 2;
}

/** The index of the first line from `from` on that is not blank, a template or a date line, or -1. */
function nextContentLine(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const shape = lines[i].shape;
    if (shape !== 'blank' && shape !== 'template' && shape !== 'date') return i;
  }
  return -1;
}

/** Whether line `i` may be an item of an announced list: a short line with an Arabic letter, no trailer or list of links. */
function isListItem(lines: Line[], i: number): boolean {
  if (i < 0) return false;
  const l = lines[i];
  return l.shape === 'short' && ARABIC_LETTER.test(l.text) && !isTrailerStart(l.text) && !LINK_LIST.test(l.text);
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;
const ADDRESS_OR_NUMBER = /[@0-9]/u;

/**
 * A sentence that announces what follows: five words or more ending in a colon, and no other
 * trailer (a list of links, a call to share, a copyright, a label, an author cue): «وفي ما يلي
 * تذكير بالفرق المترشحة لهذا الدور:», «صدر عن الديوان الملكي أمس البيان التالي:».
 */
function isAnnouncing(line: string): boolean {
  if (!endsInColon(line) || wordCount(line, ANNOUNCING_WORDS) < ANNOUNCING_WORDS) return false;
  const bare = line.replace(/\s*[:：]\s*$/u, '');
  return !isTrailerStart(bare) && !LINK_LIST.test(bare) && !parseAuthorCue(bare);
}

/** The fewest lines of a column written in short lines (proseRun). */
const PROSE_RUN_LINES = 4;
/** The most blank lines in a row inside a column or poem (a stanza break) or between it and the paragraph. */
const STANZA_BREAK = 2;

/**
 * A column or a poem written in short lines next to a paragraph (SaudiNewsNet's opinion columns
 * break every sentence into lines of three to six words): from line `from`, stepping by `step`,
 * short lines of two words or more, at least PROSE_RUN_LINES of them and half holding a function
 * word, none a trailer (but a sentence of five words or more ending in a colon that opens the run
 * below a paragraph), a list of links or an author cue. A poem's stanzas stand apart by one or two
 * blank lines, and a poem's lines may hold one word («نَم..») or a separator («**»): those are
 * crossed but not counted, and the run does not end on them. The index of the run's farthest
 * line, or -1 when there is no such run.
 */
function proseRun(lines: Line[], from: number, step: 1 | -1): number {
  let n = 0;
  let withFunctionWord = 0;
  let last = -1;
  let blanks = 0;
  for (let i = from; i >= 0 && i < lines.length; i += step) {
    const l = lines[i];
    if (l.shape === 'blank') {
      if (++blanks > STANZA_BREAK) break;
      continue;
    }
    // Past a blank line, a stanza of one line is no poem's: photo captions below an article stand
    // one to a paragraph («جموع غفيرة شاركت في الدفن»).
    const far = lines[i + step];
    if (blanks > 0 && (!far || far.shape === 'blank')) break;
    blanks = 0;
    if (l.shape !== 'short') break;
    // A sentence ending in a colon may open the run below a paragraph (وتقول كلمات الأغنية: …).
    const opener = step === 1 && n === 0 && endsInColon(l.text) && wordCount(l.text) >= 5;
    if ((isTrailerStart(l.text) && !opener) || LINK_LIST.test(l.text) || parseAuthorCue(l.text)) break;
    // A line of no Arabic word with an address or a number (a writer's e-mail, «88591 - Stc»)
    // ends it: the writer's contacts follow the column.
    if (!ARABIC_LETTER.test(l.text) && ADDRESS_OR_NUMBER.test(l.text)) break;
    // A line of one word («نَم..») or a separator («***») is crossed but not counted: the run does not end on it.
    if (wordCount(l.text, 2) < 2) continue;
    n++;
    if (holdsFunctionWord(l.text)) withFunctionWord++;
    last = i;
  }
  return n >= PROSE_RUN_LINES && 2 * withFunctionWord >= n ? last : -1;
}

function isTrailerStart(line: string): boolean {
  return TRAILER_START.test(line) || TRAILER_LABEL.test(letterShape(line));
}

/** Words of letters, marks and dots, on the line's letterShape. */
const DATELINE_WORDS = '[a.]+(?:\\s+[a.]+){0,2}';
/** A dateline: a place and a news agency, "الرياض - واس", "القاهرة (أ ف ب)", "دبي – رويترز:". */
const DATELINE = new RegExp(`^\\s*${DATELINE_WORDS}\\s*(?:[-–—]\\s*${DATELINE_WORDS}|\\(\\s*${DATELINE_WORDS}\\s*\\))\\s*[:：]?\\s*$`, 'u');

function isDateline(line: string): boolean {
  return DATELINE.test(letterShape(line)) && wordCount(line) <= 6;
}

/** `tested`: lines already found not to be tickers (a one-line page is met from both ends). */
function markTickers(lines: Line[], step: 1 | -1, tested: Set<Line>): void {
  for (let i = step === 1 ? 0 : lines.length - 1; i >= 0 && i < lines.length; i += step) {
    const l = lines[i];
    if (l.shape !== 'paragraph' && l.shape !== 'short') continue;
    if (!tested.has(l) && !introduced(lines, i) && isTicker(l.text)) l.shape = 'ticker';
    else if (l.shape === 'paragraph') return;
    tested.add(l);
  }
}

/** The fewest words of a sentence that announces a list (introduced). */
const ANNOUNCING_WORDS = 5;

/**
 * Whether line `i` is a list that a sentence above it announces, ending in a colon («وفق البرنامج
 * التالي :»), with blank lines or short labels ending in a colon («الساعة الخامسة مساء :») between:
 * a ticker is never announced. JawharaFM's fixtures joined by * or / (JA-sport-199, JA-sport-448,
 * JA-sport-709) are so announced; a label alone («آخر الأخبار:») may head a ticker and does not count.
 */
function introduced(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    if (l.shape === 'blank') continue;
    if (isAnnouncing(l.text)) return true;
    if (!endsInColon(l.text)) return false;
  }
  return false;
}

function findAuthor(lines: Line[], bodyStart: number, bodyEnd: number): string | null {
  const inBody = lines.filter((l) => l.start >= bodyStart && l.end <= bodyEnd && l.text.trim() !== '');
  for (const l of inBody.slice(0, 3).concat(inBody.slice(-3))) {
    const cue = parseAuthorCue(l.text);
    if (cue) return cue;
  }
  const lastParagraph = findLastIndex(inBody, (l) => l.shape === 'paragraph');
  const trailer = inBody.slice(lastParagraph + 1);
  if (trailer.length === 0 || trailer.length > 4) return null;
  // The signature's name is usually its last line, after a role line ("نائب مدير المعهد ...").
  for (let i = trailer.length - 1; i >= 0; i--) {
    const t = trailer[i].text.trim();
    if (isNameLike(t) && wordCount(t) <= 4) return t;
  }
  return null;
}

function findLastIndex<T>(xs: T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}

function mergeSetAside(spans: SetAside[]): SetAside[] {
  const out: SetAside[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}
