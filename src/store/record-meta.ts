// The metadata a JSON record carries about its article ({id?, text, title?, published?, source?
// or outlet?}, or SaudiNewsNet's {source, url, date_extracted, title, author, content}), and how it
// is given to analyze() to override what the
// page-layout stage read from the text: a record's title and date come from the publisher's
// own database, so they are trusted over what is guessed from the page.

export interface RecordMeta {
  /** The record's own `id`, when it has one. */
  id: string | null;
  title: string | null;
  /** YYYY-MM-DD, when the record's date could be read. */
  published: string | null;
  /** The record's `source` (an outlet name like SaudiNewsNet's "aawsat", a feed, a file). */
  source: string | null;
  site: string | null;
  author: string | null;
  url: string | null;
}

export interface RecordText {
  text: string;
  meta: RecordMeta;
}

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
};

/**
 * A record's text and metadata, or the reason it has none: the text is `text`, or `content`
 * as in SaudiNewsNet. Throws a plain Error whose message is the reason.
 */
export function readRecord(value: unknown): RecordText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected a JSON object with a "text" (or "content") string');
  }
  const r = value as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : typeof r.content === 'string' ? r.content : null;
  if (text === null) throw new Error('no "text" (or "content") string');
  return {
    text,
    meta: {
      id: str(r.id),
      title: str(r.title),
      // SaudiNewsNet has no publication date, only `date_extracted`: its scraper read each
      // outlet's latest articles every day, so that is the day of publication or the day after
      // (its own README dates the articles by it; ../shared/unlabeled's `date` is the same day).
      published: isoDate(r.published ?? r.date ?? r.date_published ?? r.date_extracted ?? null),
      // The unlabeled corpora of ../shared name the outlet `outlet` ("aawsat", "okaz").
      source: str(r.source) ?? str(r.outlet),
      site: str(r.site),
      author: str(r.author),
      url: str(r.url),
    },
  };
}

/**
 * A date as YYYY-MM-DD: ISO dates and timestamps ("2015-07-31", "2015-07-31 04:10:27"),
 * day-first dates as ANT writes them ("19/01/2017"), and what Date.parse reads ("Sat, 28 Apr
 * 2018 12:16:33 +0400"); null for anything else.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (m) return checked(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/.exec(s);
  if (m) return checked(+m[3], +m[2], +m[1]);
  if (!/[a-z]/i.test(s) || !/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function checked(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** What `documents.source` records for a record: its `source`, else where it was read. */
export function recordSource(meta: RecordMeta, locator: string): string {
  return meta.source ?? locator;
}
