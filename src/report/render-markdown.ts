// report.md: the article's metadata, summary counts, figures by kind, projects, entities by
// type and the messages, as plain Markdown tables. Text from the article is escaped so it can
// neither break a table nor become markup ("<script>" stays text in any Markdown viewer).
import type { Analysis } from '../model/types.js';
import { formatCapacity, formatCost, formatFigure, formatFigureNumber, formatYears } from './format-values.js';
import type { ReportModel } from './report-model.js';

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), dropped as the HTML report drops them (html.ts). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes text for a Markdown table cell: line breaks become spaces, markup characters are
 * backslash-escaped, and bidi controls are dropped (a stray U+202E from a scraped page would
 * reverse the rest of the line in a viewer; issue 21).
 */
export function mdCell(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(BIDI_CONTROLS, '')
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|#&]/g, (c) => `\\${c}`);
}

/** Escapes one of our own identifiers (a type, unit or key) for a table cell: only what would break the table. */
export function mdCode(text: string | null | undefined): string {
  return text === null || text === undefined
    ? ''
    : text
        .replace(BIDI_CONTROLS, '')
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/\|/g, '\\|');
}

/** "1 entity", "3 entities". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function table(head: string[], rows: (string | number | null)[][]): string[] {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map((c) => (typeof c === 'number' ? String(c) : (c ?? ''))).join(' | ')} |`);
  return lines;
}

/** A short quotation of the text at a span (for messages), at most `max` characters. */
export function excerpt(text: string, start: number, end: number, max = 60): string {
  const s = text
    .slice(start, Math.min(end, start + max))
    .replace(/\s+/g, ' ')
    .trim();
  return end - start > max ? `${s}…` : s;
}

/** The Markdown report of one article. */
export function reportMarkdown(model: ReportModel, sourceText: string): string {
  return [
    ...documentSection(model),
    ...summarySection(model),
    ...figuresSection(model),
    ...projectsSection(model),
    ...entitiesSection(model),
    ...messagesSection(model, sourceText),
  ].join('\n');
}

/** The title and the document's fields. */
function documentSection(model: ReportModel): string[] {
  const out: string[] = [];
  const d = model.analysis.document;
  out.push(`# ${mdCell(d.title) || '(no title)'}`, '');
  out.push(
    ...table(
      ['', ''],
      [
        ['date', mdCell(d.published)],
        ['site', mdCell(d.site)],
        ['author', mdCell(d.author)],
        ['language', mdCell(d.language)],
        ['source', mdCell(d.source)],
        ['document id', d.id],
      ],
    ),
    '',
  );
  return out;
}

/** The counts. */
function summarySection(model: ReportModel): string[] {
  const out: string[] = [];
  const c = model.counts;
  out.push('## Summary', '');
  out.push(
    ...table(
      ['characters', 'sentences', 'tokens', 'figures', 'entities', 'mentions', 'projects', 'messages'],
      [[c.chars, c.sentences, c.tokens, c.figures, c.entities, c.mentions, c.projects, c.messages]],
    ),
    '',
  );
  return out;
}

/** The figures, one table per kind. */
function figuresSection(model: ReportModel): string[] {
  const out: string[] = [];
  out.push('## Figures', '');
  if (model.figureGroups.length === 0) out.push('No figures found.', '');
  for (const g of model.figureGroups) {
    out.push(`### ${g.kind} (${g.figures.length})`, '');
    out.push(
      ...table(
        ['id', 'text', 'value', 'unit', 'qualifier', 'normalized', 'country', 'sentence'],
        g.figures.map((f) => {
          const cc = model.figureCountry(f);
          return [
            f.id,
            mdCell(f.text),
            formatFigureNumber(f),
            mdCode(f.unit),
            f.qualifier ?? '',
            mdCell(formatFigure(f)),
            cc ?? '',
            f.sentence,
          ];
        }),
      ),
      '',
    );
  }
  return out;
}

/** The projects, one row each. */
function projectsSection(model: ReportModel): string[] {
  const out: string[] = [];
  out.push('## Projects', '');
  if (model.projects.length === 0) out.push('No projects found.', '');
  else {
    out.push(
      ...table(
        ['id', 'name', 'type', 'country', 'places', 'years', 'capacity', 'cost', 'partners', 'figures'],
        model.projects.map(({ project: p, countryName, partners, figures, qualifiers: q }) => [
          p.id,
          mdCell(p.name),
          mdCode(p.type),
          p.country ? `${mdCell(countryName)} (${p.country})` : '',
          mdCell(p.places.join('، ')),
          formatYears(p, q.year),
          formatCapacity(p, q.capacity),
          mdCell(formatCost(p, q.cost)),
          mdCell(partners.map((x) => x.name).join('، ')),
          mdCell(figures.map((f) => f.text).join('؛ ')),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** The entities, one table per type. */
function entitiesSection(model: ReportModel): string[] {
  const out: string[] = [];
  out.push('## Entities', '');
  if (model.entityGroups.length === 0) out.push('No entities found.', '');
  for (const g of model.entityGroups) {
    out.push(`### ${g.type} (${plural(g.entities.length, 'entity', 'entities')}, ${plural(g.mentions, 'mention', 'mentions')})`, '');
    out.push(
      ...table(
        ['id', 'name', 'name_en', 'key', 'mentions', 'forms'],
        g.entities.map((e) => [
          e.id,
          mdCell(e.name),
          mdCell(e.name_en),
          mdCode(e.key),
          e.mentions.length,
          mdCell([...new Set(e.mentions.map((m) => m.text))].join('، ')),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** The positioned messages of the stages. */
function messagesSection(model: ReportModel, sourceText: string): string[] {
  const out: string[] = [];
  const a: Analysis = model.analysis;
  out.push('## Messages', '');
  if (a.messages.length === 0) out.push('None: arqam handled everything it read.', '');
  else {
    out.push(
      ...table(
        ['rule', 'where', 'text', 'reason'],
        a.messages.map((m) => [mdCell(m.rule), `${m.start}–${m.end}`, mdCell(excerpt(sourceText, m.start, m.end)), mdCell(m.reason)]),
      ),
      '',
    );
  }
  return out;
}
