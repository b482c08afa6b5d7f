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

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

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
