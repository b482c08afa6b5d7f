// The gold annotation files of ../shared/gold/FORMAT.md, read and checked: a malformed file is
// refused with an error naming the file and the item, never scored half-read.
import { readFileSync } from 'node:fs';

/** A span given by text: `context` occurs once in the article, `text` is part of it. */
export interface GoldSpanRef {
  context: string;
  text: string;
}

export interface GoldFigure extends GoldSpanRef {
  kind: string;
  value: number | string;
  value_max?: number | string | null;
  unit?: string | null;
  qualifier?: string | null;
  /** Found or missed without reward or penalty. */
  optional?: boolean;
}

export interface GoldEntity {
  type: string;
  key?: string | null;
  names: string[];
  optional?: boolean;
}

export interface GoldProject {
  anchor: GoldSpanRef;
  type?: string;
  country?: string | null;
  places?: string[];
  year?: number | null;
  year_end?: number | null;
  capacity_mw?: number | null;
  capacity_mw_max?: number | null;
  cost?: number | null;
  currency?: string | null;
  cost_usd?: number | null;
  partners?: string[];
  /** Other mentions of the same project: a system project at any of them counts as found. */
  mentions?: GoldSpanRef[];
  optional?: boolean;
}

export interface GoldMeta {
  title?: string | null;
  published?: string | null;
  site?: string | null;
  author?: string | null;
  language?: string | null;
}

export interface GoldArticle {
  /** File name of the article. */
  article: string;
  meta: GoldMeta;
  figures: GoldFigure[];
  entities: GoldEntity[];
  projects: GoldProject[];
}

export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'GoldError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function spanRef(v: unknown, file: string, where: string): GoldSpanRef {
  if (!isObject(v) || typeof v.context !== 'string' || typeof v.text !== 'string') {
    throw new GoldError(file, `${where}: needs string "context" and "text"`);
  }
  if (!v.context.includes(v.text))
    throw new GoldError(file, `${where}: "text" ${JSON.stringify(v.text)} is not part of its context ${JSON.stringify(v.context)}`);
  if (v.text === '') throw new GoldError(file, `${where}: empty "text"`);
  return { context: v.context, text: v.text };
}

function list(v: unknown, file: string, field: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new GoldError(file, `"${field}" must be a list`);
  return v;
}

/** Checks a parsed gold file (`file` names it in errors) and returns it typed. */
export function parseGold(json: unknown, file: string): GoldArticle {
  if (!isObject(json)) throw new GoldError(file, 'not a JSON object');
  if (typeof json.article !== 'string' || json.article === '') throw new GoldError(file, 'needs "article", the file name of the article');
  const figures = list(json.figures, file, 'figures').map((f, i): GoldFigure => {
    const where = `figures[${i}]`;
    const ref = spanRef(f, file, where);
    const o = f as Json;
    if (typeof o.kind !== 'string') throw new GoldError(file, `${where}: needs a string "kind"`);
    if (typeof o.value !== 'number' && typeof o.value !== 'string') throw new GoldError(file, `${where}: needs a number or string "value"`);
    return {
      ...ref,
      kind: o.kind,
      value: o.value,
      value_max: (o.value_max as number | string | null | undefined) ?? null,
      unit: (o.unit as string | null | undefined) ?? null,
      qualifier: (o.qualifier as string | null | undefined) ?? null,
      optional: o.optional === true,
    };
  });
  const entities = list(json.entities, file, 'entities').map((e, i): GoldEntity => {
    const where = `entities[${i}]`;
    if (!isObject(e) || typeof e.type !== 'string') throw new GoldError(file, `${where}: needs a string "type"`);
    if (!Array.isArray(e.names) || e.names.length === 0 || e.names.some((n) => typeof n !== 'string' || n === '')) {
      throw new GoldError(file, `${where}: needs "names", a non-empty list of strings`);
    }
    return { type: e.type, key: typeof e.key === 'string' ? e.key : null, names: e.names as string[], optional: e.optional === true };
  });
  const projects = list(json.projects, file, 'projects').map((p, i): GoldProject => {
    const where = `projects[${i}]`;
    if (!isObject(p)) throw new GoldError(file, `${where}: not an object`);
    const anchor = spanRef(p.anchor, file, `${where}.anchor`);
    for (const k of ['year', 'year_end', 'capacity_mw', 'capacity_mw_max', 'cost', 'cost_usd']) {
      if (p[k] !== undefined && p[k] !== null && typeof p[k] !== 'number') throw new GoldError(file, `${where}: "${k}" must be a number`);
    }
    const mentions = list(p.mentions, file, `${where}.mentions`).map((m, k) => spanRef(m, file, `${where}.mentions[${k}]`));
    return { ...(p as unknown as GoldProject), anchor, mentions, optional: p.optional === true };
  });
  const meta = isObject(json.meta) ? (json.meta as GoldMeta) : {};
  return { article: json.article, meta, figures, entities, projects };
}

/** Reads and checks the gold file at `path`. */
export function readGold(path: string): GoldArticle {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GoldError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new GoldError(path, `invalid JSON (${(error as Error).message})`);
  }
  return parseGold(json, path);
}
