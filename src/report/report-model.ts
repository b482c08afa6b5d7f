// What the reports show, computed once from an analysis: figures grouped by kind, entities by
// type, projects with their partners and country names, and the series the charts draw.
// Markdown, HTML and the index all read this model, so they never disagree.
import { loadCountries } from '../lexicon/index.js';
import { ENTITY_TYPES, FIGURE_KINDS } from '../model/types.js';
import type { Analysis, Entity, EntityType, Figure, FigureKind, Project } from '../model/types.js';

export interface FigureGroup {
  kind: FigureKind;
  figures: Figure[];
}

export interface EntityGroup {
  type: EntityType;
  entities: Entity[];
  mentions: number;
}

export interface ProjectView {
  project: Project;
  countryName: string | null;
  partners: { id: string; name: string; type: string | null }[];
  figures: Figure[];
}

/** One bar of a chart: a label, a value, and the key it stands for. */
export interface Bar {
  key: string;
  label: string;
  value: number;
}

export interface Counts {
  chars: number;
  sentences: number;
  tokens: number;
  figures: number;
  entities: number;
  mentions: number;
  projects: number;
  messages: number;
}

export interface ReportModel {
  analysis: Analysis;
  counts: Counts;
  figureGroups: FigureGroup[];
  entityGroups: EntityGroup[];
  projects: ProjectView[];
  /** Entities and projects by id. */
  entityById: Map<string, Entity>;
  projectById: Map<string, Project>;
  /** ISO code → the name to show (the article's own spelling when it names the country). */
  countryName(code: string): string;
  /** The country a figure is about, through its project or subject, or null. */
  figureCountry(f: Figure): string | null;
  figuresByKind: Bar[];
  mentionsByType: Bar[];
  /** MW by country (key = ISO code, or "" for figures with no country). */
  capacityByCountry: Bar[];
  /** Money by country, one series per currency. */
  moneyByCountry: { currency: string; bars: Bar[] }[];
}

export const NO_COUNTRY = '';
export const NO_COUNTRY_LABEL = 'بلا دولة';

let lexiconNames: Map<string, string> | undefined;

/** Arabic country names of the lexicon, by ISO code (empty when the lexicon cannot be read). */
function lexiconCountryNames(): Map<string, string> {
  if (!lexiconNames) {
    lexiconNames = new Map();
    try {
      for (const c of loadCountries()) lexiconNames.set(c.key, c.nameAr);
    } catch {
      // The report still works with ISO codes where names are missing.
    }
  }
  return lexiconNames;
}

/** Items grouped by a key, in a given order of keys, unknown keys after (sorted). */
function groupInOrder<T, K extends string>(items: readonly T[], keyOf: (t: T) => K, order: readonly K[]): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  const known = order.filter((k) => groups.has(k));
  const unknown = [...groups.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...unknown].map((k) => [k, groups.get(k) as T[]]);
}

const firstStart = (e: Entity) => (e.mentions.length > 0 ? Math.min(...e.mentions.map((m) => m.start)) : Infinity);

/** Entities by mention count, then by first appearance, then id. */
export function compareEntities(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || firstStart(a) - firstStart(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const byValueThenLabel = (a: Bar, b: Bar) => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** Builds the report model of one analysis. */
export function buildReportModel(analysis: Analysis): ReportModel {
  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  const projectById = new Map(analysis.projects.map((p) => [p.id, p]));
  const figureById = new Map(analysis.figures.map((f) => [f.id, f]));

  const articleNames = new Map<string, string>();
  for (const e of analysis.entities) if (e.type === 'COUNTRY' && e.key && !articleNames.has(e.key)) articleNames.set(e.key, e.name);
  const countryName = (code: string) => articleNames.get(code) ?? lexiconCountryNames().get(code) ?? code;

  // A figure belongs to a project when the project lists it or the figure's subject is the project.
  const projectOfFigure = new Map<string, Project>();
  for (const p of analysis.projects) for (const id of p.figures) if (!projectOfFigure.has(id)) projectOfFigure.set(id, p);
  for (const f of analysis.figures) {
    const p = f.subject ? projectById.get(f.subject) : undefined;
    if (p && !projectOfFigure.has(f.id)) projectOfFigure.set(f.id, p);
  }

  const figureCountry = (f: Figure): string | null => {
    const p = projectOfFigure.get(f.id);
    if (p?.country) return p.country;
    const e = f.subject ? entityById.get(f.subject) : undefined;
    if (!e?.key) return null;
    if (e.type === 'COUNTRY') return e.key;
    // Places of the lexicon are keyed `<cc>-<name>` (uz-samarkand): the figure is about that country.
    const m = /^([a-z]{2})-/.exec(e.key);
    return m && (e.type === 'CITY' || e.type === 'LOCATION') ? m[1].toUpperCase() : null;
  };

  const figureGroups = groupInOrder(analysis.figures, (f) => f.kind, FIGURE_KINDS).map(([kind, figures]) => ({
    kind,
    figures: [...figures].sort((a, b) => a.start - b.start || a.end - b.end),
  }));
  const entityGroups = groupInOrder(analysis.entities, (e) => e.type, ENTITY_TYPES).map(([type, entities]) => ({
    type,
    entities: [...entities].sort(compareEntities),
    mentions: entities.reduce((n, e) => n + e.mentions.length, 0),
  }));
  const projects = analysis.projects.map((project) => ({
    project,
    countryName: project.country ? countryName(project.country) : null,
    partners: project.partners.map((id) => {
      const e = entityById.get(id);
      return { id, name: e?.name ?? id, type: e?.type ?? null };
    }),
    figures: project.figures.map((id) => figureById.get(id)).filter((f): f is Figure => f !== undefined),
  }));

  // Capacity and money by country: each figure counted once, through its project or subject;
  // a project's own capacity or cost added only when none of its figures already gave it.
  const sums = new Map<string, Map<string, number>>(); // series → country → sum
  const add = (series: string, country: string | null, value: number) => {
    if (!Number.isFinite(value)) return;
    const s = sums.get(series) ?? new Map<string, number>();
    sums.set(series, s);
    const k = country ?? NO_COUNTRY;
    s.set(k, (s.get(k) ?? 0) + value);
  };
  for (const f of analysis.figures) {
    if (typeof f.value !== 'number') continue;
    if (f.kind === 'power' && f.unit === 'MW') add('MW', figureCountry(f), f.value);
    else if (f.kind === 'money' && f.unit) add(`money:${f.unit}`, figureCountry(f), f.value);
  }
  for (const p of analysis.projects) {
    const own = analysis.figures.filter((f) => projectOfFigure.get(f.id) === p);
    if (p.capacity_mw !== null && !own.some((f) => f.kind === 'power')) add('MW', p.country, p.capacity_mw);
    if (!own.some((f) => f.kind === 'money')) {
      if (p.cost_usd !== null) add('money:USD', p.country, p.cost_usd);
      else if (p.cost !== null && p.currency) add(`money:${p.currency}`, p.country, p.cost);
    }
  }
  const bars = (series: string): Bar[] =>
    [...(sums.get(series) ?? new Map<string, number>())]
      .map(([key, value]) => ({ key, label: key === NO_COUNTRY ? NO_COUNTRY_LABEL : countryName(key), value }))
      .sort(byValueThenLabel);
  const currencies = [...sums.keys()].filter((k) => k.startsWith('money:')).map((k) => k.slice(6));
  // US dollars first (the common unit), then other currencies alphabetically.
  currencies.sort((a, b) => (a === 'USD' ? -1 : b === 'USD' ? 1 : a < b ? -1 : a > b ? 1 : 0));

  const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
  return {
    analysis,
    counts: {
      chars: analysis.document.chars,
      sentences: analysis.document.sentences,
      tokens: analysis.document.tokens,
      figures: analysis.figures.length,
      entities: analysis.entities.length,
      mentions,
      projects: analysis.projects.length,
      messages: analysis.messages.length,
    },
    figureGroups,
    entityGroups,
    projects,
    entityById,
    projectById,
    countryName,
    figureCountry,
    figuresByKind: figureGroups.map((g) => ({ key: g.kind, label: g.kind, value: g.figures.length })),
    mentionsByType: entityGroups.map((g) => ({ key: g.type, label: g.type, value: g.mentions })),
    capacityByCountry: bars('MW'),
    moneyByCountry: currencies.map((currency) => ({ currency, bars: bars(`money:${currency}`) })),
  };
}
