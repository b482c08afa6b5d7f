// The tables of CONTRACT.md as plain rows, one row per item, every child row naming its
// document. Both the CSV tables (arquero) and the DuckDB store are built from these rows,
// so the two always carry the same data.
import type { Analysis } from '../model/types.js';
import { projectQualifiers } from './project-qualifiers.js';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface TableRows {
  documents: Row[];
  sentences: Row[];
  entities: Row[];
  mentions: Row[];
  figures: Row[];
  projects: Row[];
  project_partners: Row[];
  messages: Row[];
}

export const TABLE_NAMES = [
  'documents',
  'sentences',
  'entities',
  'mentions',
  'figures',
  'projects',
  'project_partners',
  'messages',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Column names and SQL types of every table, in order. */
export const COLUMNS: Record<TableName, [string, 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BIGINT'][]> = {
  documents: [
    ['doc_id', 'VARCHAR'],
    ['source', 'VARCHAR'],
    ['title', 'VARCHAR'],
    ['published', 'VARCHAR'],
    ['site', 'VARCHAR'],
    ['author', 'VARCHAR'],
    ['language', 'VARCHAR'],
    ['body_start', 'INTEGER'],
    ['body_end', 'INTEGER'],
    ['chars', 'INTEGER'],
    ['sentences', 'INTEGER'],
    ['tokens', 'INTEGER'],
    ['figures', 'INTEGER'],
    ['entities', 'INTEGER'],
    ['projects', 'INTEGER'],
  ],
  sentences: [
    ['doc_id', 'VARCHAR'],
    ['sentence', 'INTEGER'],
    ['start', 'INTEGER'],
    ['end', 'INTEGER'],
    ['text', 'VARCHAR'],
  ],
  entities: [
    ['doc_id', 'VARCHAR'],
    ['entity_id', 'VARCHAR'],
    ['type', 'VARCHAR'],
    ['key', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['name_en', 'VARCHAR'],
    ['mentions', 'INTEGER'],
  ],
  mentions: [
    ['doc_id', 'VARCHAR'],
    ['entity_id', 'VARCHAR'],
    ['start', 'INTEGER'],
    ['end', 'INTEGER'],
    ['text', 'VARCHAR'],
    ['sentence', 'INTEGER'],
    ['via', 'VARCHAR'],
  ],
  figures: [
    ['doc_id', 'VARCHAR'],
    ['figure_id', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['start', 'INTEGER'],
    ['end', 'INTEGER'],
    ['text', 'VARCHAR'],
    ['value', 'DOUBLE'],
    ['value_max', 'DOUBLE'],
    ['date', 'VARCHAR'],
    ['date_max', 'VARCHAR'],
    ['unit', 'VARCHAR'],
    ['qualifier', 'VARCHAR'],
    ['sentence', 'INTEGER'],
    ['subject', 'VARCHAR'],
    ['calendar', 'VARCHAR'],
  ],
  projects: [
    ['doc_id', 'VARCHAR'],
    ['project_id', 'VARCHAR'],
    ['type', 'VARCHAR'],
    ['name', 'VARCHAR'],
    ['start', 'INTEGER'],
    ['end', 'INTEGER'],
    ['sentence', 'INTEGER'],
    ['country', 'VARCHAR'],
    ['places', 'VARCHAR'],
    ['year', 'INTEGER'],
    ['year_end', 'INTEGER'],
    ['capacity_mw', 'DOUBLE'],
    ['capacity_mw_max', 'DOUBLE'],
    ['capacity', 'DOUBLE'],
    ['capacity_unit', 'VARCHAR'],
    ['cost', 'DOUBLE'],
    ['currency', 'VARCHAR'],
    ['cost_usd', 'DOUBLE'],
    ['figures', 'VARCHAR'],
    // The qualifiers of the capacity, cost and year (at_most for "تصل إلى 1000 ميغاواط"), from
    // the figures that gave them; added after the others so older stores gain them at the end.
    ['capacity_qualifier', 'VARCHAR'],
    ['cost_qualifier', 'VARCHAR'],
    ['year_qualifier', 'VARCHAR'],
  ],
  project_partners: [
    ['doc_id', 'VARCHAR'],
    ['project_id', 'VARCHAR'],
    ['entity_id', 'VARCHAR'],
    ['type', 'VARCHAR'],
    ['key', 'VARCHAR'],
    ['name', 'VARCHAR'],
  ],
  messages: [
    ['doc_id', 'VARCHAR'],
    ['start', 'INTEGER'],
    ['end', 'INTEGER'],
    ['rule', 'VARCHAR'],
    ['reason', 'VARCHAR'],
  ],
};

const num = (v: number | string | null): number | null => (typeof v === 'number' ? v : null);
const str = (v: number | string | null): string | null => (typeof v === 'string' ? v : null);

/** One analysis as rows of every table. Lists (places, figure ids) are joined with `|`. */
export function analysisRows(a: Analysis): TableRows {
  const doc = a.document.id;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const figureById = new Map(a.figures.map((f) => [f.id, f]));
  return {
    documents: [
      {
        doc_id: doc,
        source: a.document.source,
        title: a.document.title,
        published: a.document.published,
        site: a.document.site,
        author: a.document.author,
        language: a.document.language,
        body_start: a.document.body.start,
        body_end: a.document.body.end,
        chars: a.document.chars,
        sentences: a.document.sentences,
        tokens: a.document.tokens,
        figures: a.figures.length,
        entities: a.entities.length,
        projects: a.projects.length,
      },
    ],
    sentences: a.sentences.map((s) => ({ doc_id: doc, sentence: s.index, start: s.start, end: s.end, text: null as Cell })),
    entities: a.entities.map((e) => ({
      doc_id: doc,
      entity_id: e.id,
      type: e.type,
      key: e.key,
      name: e.name,
      name_en: e.name_en,
      mentions: e.mentions.length,
    })),
    mentions: a.entities.flatMap((e) =>
      e.mentions.map((m) => ({ doc_id: doc, entity_id: e.id, start: m.start, end: m.end, text: m.text, sentence: m.sentence, via: m.via })),
    ),
    figures: a.figures.map((f) => ({
      doc_id: doc,
      figure_id: f.id,
      kind: f.kind,
      start: f.start,
      end: f.end,
      text: f.text,
      value: num(f.value),
      value_max: num(f.value_max),
      date: str(f.value),
      date_max: str(f.value_max),
      unit: f.unit,
      qualifier: f.qualifier,
      sentence: f.sentence,
      subject: f.subject,
      calendar: f.calendar ?? null,
    })),
    projects: a.projects.map((p) => {
      const q = projectQualifiers(p, figureById);
      return {
        doc_id: doc,
        project_id: p.id,
        type: p.type,
        name: p.name,
        start: p.start,
        end: p.end,
        sentence: p.sentence,
        country: p.country,
        places: p.places.join('|'),
        year: p.year,
        year_end: p.year_end,
        capacity_mw: p.capacity_mw,
        capacity_mw_max: p.capacity_mw_max,
        capacity: p.capacity,
        capacity_unit: p.capacity_unit,
        cost: p.cost,
        currency: p.currency,
        cost_usd: p.cost_usd,
        figures: p.figures.join('|'),
        capacity_qualifier: q.capacity,
        cost_qualifier: q.cost,
        year_qualifier: q.year,
      };
    }),
    project_partners: a.projects.flatMap((p) =>
      p.partners.map((id) => {
        const e = byId.get(id);
        return { doc_id: doc, project_id: p.id, entity_id: id, type: e?.type ?? null, key: e?.key ?? null, name: e?.name ?? null };
      }),
    ),
    messages: a.messages.map((m) => ({ doc_id: doc, start: m.start, end: m.end, rule: m.rule, reason: m.reason })),
  };
}

/** Rows of one analysis, with each sentence's text taken from the source text. */
export function analysisRowsWithText(a: Analysis, sourceText: string): TableRows {
  const rows = analysisRows(a);
  for (const r of rows.sentences) r.text = sourceText.slice(r.start as number, r.end as number);
  return rows;
}
