// A small HTML builder that escapes by default: every value put into the `html` template is
// escaped unless it is itself built with `html` (or `raw`), so article text can never become
// markup (an article containing "<script>" shows it as text).

/** Markup that is already safe to insert. */
export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Raw | string | number | null | undefined | boolean | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an HTML text node or a quoted attribute value. Bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) are dropped: a stray one in a scraped article (an RLO
 * with no PDF) would reorder everything after it up to the end of the paragraph, across the
 * report's own highlights. They are invisible, so the text reads the same; the data keep them.
 */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c] ?? '') : text;
}

const NEEDS_ESCAPE = /[&<>"'\u202A-\u202E\u2066-\u2069]/;
const ESCAPE_ALL = /[&<>"'\u202A-\u202E\u2066-\u2069]/g;

/** Marks a string as markup (use only for strings this code built). */
export function raw(markup: string): Raw {
  return new Raw(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof Raw) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: the literal parts are markup, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Raw {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Raw(out);
}

/** Joins pieces of markup. */
export function join(parts: readonly HtmlValue[], separator = ''): Raw {
  return new Raw(parts.map(render).join(separator));
}
