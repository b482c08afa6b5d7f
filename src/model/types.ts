// The analysis contract (../shared/CONTRACT.md, schema "arqam.analysis/1") as TypeScript types.
// Fields are only ever added here, never renamed or re-typed.

/** A half-open span `[start, end)` in UTF-16 code units of the input text. */
export interface Span {
  start: number;
  end: number;
}

/** Something a stage could not handle, with where it happened (vfile-style). */
export interface Message {
  reason: string;
  start: number;
  end: number;
  rule: string;
}

export interface SentenceRecord {
  index: number;
  start: number;
  end: number;
}

export interface ParagraphRecord {
  index: number;
  start: number;
  end: number;
  /** ISO 639-3 code from franc, `und` when too short to tell. */
  language: string;
}

/** A stretch of the page set aside as site chrome, inside or outside the body. */
export interface SetAside extends Span {
  kind: SetAsideKind;
}

export type SetAsideKind =
  | 'date-line'
  | 'ticker'
  | 'template'
  | 'byline'
  | 'code'
  | 'wrapper'
  | 'boilerplate'
  /** HTML block tags and containers: they end a paragraph. */
  | 'markup'
  /** HTML inline tags and character references: skipped inside a sentence. */
  | 'inline-markup';

export interface DocumentInfo {
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
  site: string | null;
  author: string | null;
  language: string;
  body: Span;
  chars: number;
  sentences: number;
  tokens: number;
  /** Added field: the spans set aside as site chrome. */
  set_aside: SetAside[];
  /** Added field: paragraphs of the body with their detected language. */
  paragraphs: ParagraphRecord[];
}

export const ENTITY_TYPES = ['COUNTRY', 'REGION', 'CITY', 'LOCATION', 'ORG', 'PERSON', 'EVENT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type MentionVia = 'name' | 'nisba' | 'acronym' | 'pattern' | 'model';

export interface Mention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  via: MentionVia;
}

export interface Entity {
  id: string;
  type: EntityType;
  key: string | null;
  name: string;
  name_en: string | null;
  mentions: Mention[];
}

export const FIGURE_KINDS = [
  'power',
  'energy',
  'money',
  'percent',
  'temperature',
  'length',
  'area',
  'volume',
  'mass',
  'speed',
  'voltage',
  'quantity',
  'count',
  'year',
  'year_range',
  'date',
  'duration',
  'multiplier',
  'ordinal',
  'number',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const QUALIFIERS = ['approx', 'at_most', 'at_least', 'since', 'by', 'until'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Figure {
  id: string;
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  /** A number, or an ISO date string for kind `date`. */
  value: number | string;
  value_max: number | string | null;
  unit: string | null;
  qualifier: Qualifier | null;
  sentence: number;
  subject: string | null;
  /**
   * Added to the contract: 'hijri' for a year of the Hijri calendar (1418 هـ) and for a date written in
   * it (15 رمضان 1436), whose value is its Gregorian day in the Umm al-Qura calendar (2015-07-02); null otherwise.
   */
  calendar?: 'hijri' | null;
}

/** What a project is said to be: the contract's attribute fields, shared by a document's project, a record of the store and a consolidated project. */
export interface ProjectAttributes {
  country: string | null;
  places: string[];
  year: number | null;
  year_end: number | null;
  capacity_mw: number | null;
  capacity_mw_max: number | null;
  /** A capacity that is not electric power (passenger/year, m3/day, barrel/day, TEU ...), with its unit. */
  capacity: number | null;
  capacity_unit: string | null;
  cost: number | null;
  currency: string | null;
  cost_usd: number | null;
  /** The partner entities: their ids in a document's project, their names in a record of the store. */
  partners: string[];
}

export interface Project extends ProjectAttributes {
  id: string;
  type: string;
  name: string;
  start: number;
  end: number;
  sentence: number;
  figures: string[];
}

export interface Analysis {
  schema: 'arqam.analysis/1';
  document: DocumentInfo;
  sentences: SentenceRecord[];
  entities: Entity[];
  figures: Figure[];
  projects: Project[];
  messages: Message[];
}
