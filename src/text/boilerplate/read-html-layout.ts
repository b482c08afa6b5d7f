// Pages given as HTML: the markup is set aside, never removed, so offsets stay those of the
// input. Containers that are never article text (head, script, style, nav, header, footer,
// aside, form, comments) are set aside whole; block tags end paragraphs ('markup'); inline
// tags and references to spaces sit inside sentences ('inline-markup') and are skipped there;
// references to visible characters stay, read by the tokenizer (char-references.ts).
import type { SetAside, Span } from '../../model/types.js';
import { visibleReferenceAt } from '../char-references.js';
import { isTicker } from './line-shapes.js';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i;
const BLOCK_TAGS =
  /<\/?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|th|article|section|main|blockquote|figure|figcaption|hr|dl|dt|dd|pre|address|html|body)\b/gi;

/** An HTML page rather than text: an HTML prologue, or block markup throughout. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text.slice(0, 1000))) return true;
  const head = text.slice(0, 50_000);
  if (head.indexOf('<') < 0) return false;
  BLOCK_TAGS.lastIndex = 0;
  let n = 0;
  while (BLOCK_TAGS.exec(head) && ++n < 5);
  return n >= 5;
}

const CONTAINERS = 'script|style|noscript|template|svg|head|nav|header|footer|aside|form|iframe|select|button|menu';
const MARKUP = new RegExp(
  `<!--[\\s\\S]*?(?:-->|$)|<(${CONTAINERS})\\b[^>]*>[\\s\\S]*?(?:<\\/\\1\\s*>|$)|<!?\\/?([a-zA-Z][\\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`,
  'g',
);
const INLINE = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'span',
  'u',
  's',
  'small',
  'big',
  'sup',
  'sub',
  'font',
  'abbr',
  'cite',
  'q',
  'time',
  'mark',
  'bdi',
  'bdo',
  'code',
  'kbd',
  'var',
  'ins',
  'del',
  'wbr',
  'label',
  'img',
]);

/** What the page layout finds: the article's span, the chrome set aside, the metadata. */
export interface HtmlLayout {
  body: Span;
  setAside: SetAside[];
  title: string | null;
  published: string | null;
  site: string | null;
  author: string | null;
}

function metaContent(text: string, names: string[]): string | null {
  for (const name of names) {
    const re = new RegExp(`<meta\\b[^>]*(?:name|property|itemprop)\\s*=\\s*["']${name}["'][^>]*>`, 'i');
    const tag = re.exec(text)?.[0];
    const content = tag && /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    const value = content ? (content[1] ?? content[2]).trim() : '';
    if (value) return decodeEntities(value);
  }
  return null;
}

/** Text of an element's content with its tags dropped (for metadata strings, not spans). */
function innerText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** The start of a page section that is never the article's. */
const NOT_ARTICLE_SECTION =
  /<(?:footer|aside|nav|form|header|section\b[^>]*\b(?:class|id)\s*=\s*["'][^"']*(?:comment|related|share|footer)[^"']*["'])\b|<(?:div|ul)\b[^>]*\b(?:class|id)\s*=\s*["'][^"']*(?:comment|related|share|footer|tags|social)[^"']*["']/i;
/** A trailer line: a copyright, a share or follow prompt, a list of other articles. */
const TRAILER =
  /©|\(c\)|حقوق|copyright|all rights reserved|^\s*(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|المزيد)|ذات صلة|^\s*(?:شارك|تابعونا|تابعنا)|^\s*(?:مقالات|أخبار|مواضيع|موضوعات)\s+(?:أخرى|اخرى|متعلقة|مشابهة)/iu;

/** A paragraph that reads as the article's: Arabic text that is not only links and no trailer. */
function isArticleParagraph(inner: string): boolean {
  const withoutLinks = inner.replace(/<a\b[^>]*>[\s\S]*?<\/a\s*>/gi, ' ');
  const plain = innerText(withoutLinks);
  return /[\u0621-\u064A]/.test(plain) && !TRAILER.test(plain);
}

/** Article region: <article>, else <main>, else from the first to the last paragraph with Arabic text (see below for short ones). */
function articleRegion(text: string): Span {
  for (const tag of ['article', 'main']) {
    const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(text);
    if (!open) continue;
    const close = text.toLowerCase().lastIndexOf(`</${tag}`);
    if (close > open.index) return { start: open.index + open[0].length, end: close };
  }
  const all = [...text.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)];
  // A headline ticker written as a paragraph (<p>عاجل | ... | ... </p>) is no article text.
  // Nor is a paragraph of links only or a trailer (© ...، اقرأ أيضاً).
  const paragraphs = all.filter(
    (m) => (m[1].match(/[\u0621-\u064A]/g)?.length ?? 0) >= 20 && isArticleParagraph(m[1]) && !isTicker(innerText(m[1])),
  );
  if (paragraphs.length > 0) {
    const first = paragraphs[0];
    // A short paragraph after the last long one is still the article's unless there is evidence
    // that it is not (issue 21: "<p>وارتفعت الحصة إلى 7%</p>" closing an article was set aside
    // with its figure): a page section that is never the article's (footer, aside, nav, form,
    // comments) between them, a paragraph of links only, or a trailer (© حقوق، اقرأ أيضاً، شارك).
    let last = paragraphs[paragraphs.length - 1];
    for (let k = all.indexOf(last) + 1; k < all.length; k++) {
      const p = all[k];
      const between = text.slice(last.index! + last[0].length, p.index!);
      if (NOT_ARTICLE_SECTION.test(between) || !isArticleParagraph(p[1])) break;
      last = p;
    }
    // Include a heading just before the first paragraph: it is the title.
    const before = text.slice(Math.max(0, first.index! - 2000), first.index!);
    const h = /<h1\b[^>]*>[\s\S]*?<\/h1\s*>(?![\s\S]*<h1\b)[\s\S]*$/i.exec(before);
    const start = h ? first.index! - before.length + h.index : first.index!;
    return { start, end: last.index! + last[0].length };
  }
  const body = /<body\b[^>]*>/i.exec(text);
  return { start: body ? body.index + body[0].length : 0, end: text.length };
}

export function readHtmlLayout(text: string): HtmlLayout {
  const region = articleRegion(text);
  const setAside: SetAside[] = [];
  if (region.start > 0) setAside.push({ start: 0, end: region.start, kind: 'boilerplate' });
  MARKUP.lastIndex = region.start;
  const slice = text.slice(0, region.end);
  for (let m = MARKUP.exec(slice); m; m = MARKUP.exec(slice)) {
    // A reference to a visible character stays in the text: the tokenizer reads it as that
    // character (7&#x25; is 7%). Only references to spaces and invisible marks are set aside.
    if (m[0][0] === '&' && visibleReferenceAt(slice, m.index, slice.length)) continue;
    const tag = (m[2] ?? '').toLowerCase();
    const inline = m[0][0] === '&' || INLINE.has(tag);
    setAside.push({ start: m.index, end: m.index + m[0].length, kind: inline ? 'inline-markup' : 'markup' });
  }
  if (region.end < text.length) setAside.push({ start: region.end, end: text.length, kind: 'boilerplate' });
  // Headline tickers in paragraphs inside the article region (issue 21: a ticker in <p> elements
  // was read as the article's first paragraph): set aside as the text layout sets aside a ticker line.
  for (const m of slice.slice(region.start).matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)) {
    if (!isTicker(innerText(m[1]))) continue;
    const start = region.start + m.index!;
    setAside.push({ start, end: start + m[0].length, kind: 'ticker' });
  }
  // The markup inside a ticker goes with it (one span set aside, not a ticker and its tags).
  setAside.sort((a, b) => a.start - b.start || b.end - a.end);
  let tickerEnd = -1;
  const kept = setAside.filter((a) => {
    if (a.kind === 'ticker') tickerEnd = Math.max(tickerEnd, a.end);
    else if ((a.kind === 'markup' || a.kind === 'inline-markup') && a.end <= tickerEnd) return false;
    return true;
  });
  setAside.length = 0;
  setAside.push(...kept);
  setAside.sort((a, b) => a.start - b.start || a.end - b.end);

  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(text);
  // <title> is "headline | site" (or " - site"): the site when no meta names it, the headline
  // when nothing else gives one.
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text);
  const tagText = titleTag ? innerText(titleTag[1]) : '';
  const tagSite = /\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(tagText);
  const siteName = tagSite && tagSite[1].trim().split(/\s+/).length <= 5 ? tagSite[1].trim() : null;
  const site = metaContent(text, ['og:site_name', 'application-name']) ?? siteName;
  let title = metaContent(text, ['og:title', 'twitter:title', 'headline']) ?? (h1 ? innerText(h1[1]) : null);
  if (!title) title = tagText ? tagText.replace(/\s+[-|–—]\s+[^-|–—]+$/, '') : null;
  const published =
    metaContent(text, ['article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued']) ??
    /<time\b[^>]*datetime\s*=\s*["']([^"']+)["']/i.exec(text)?.[1] ??
    null;
  const author = metaContent(text, ['author', 'article:author']);
  return {
    body: region,
    setAside,
    title: title || null,
    published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    site,
    author: author && !/^https?:/i.test(author) ? author : null,
  };
}
