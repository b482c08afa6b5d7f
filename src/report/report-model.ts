// What the reports show, computed once from an analysis: figures grouped by kind, entities by
// type, projects with their partners and country names, and the series the charts draw.
// Markdown, HTML and the index all read this model, so they never disagree.
import { loadCountries } from '../lexicon/index.js';
import { ENTITY_TYPES, FIGURE_KINDS } from '../model/types.js';
import type { Analysis, Entity, EntityType, Figure, FigureKind, Project, Qualifier } from '../model/types.js';
import { projectQualifiers, type ProjectQualifiers } from '../tables/project-qualifiers.js';
import { formatCapacity, formatCost, formatNumber } from './format-values.js';

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
  /** The qualifiers of its capacity, cost and year (from the figures that gave them). */
  qualifiers: ProjectQualifiers;
}

/** One bar of a chart: a label, a value, and the key it stands for. */
export interface Bar {
  key: string;
  label: string;
  /** What the bar's length shows. */
  value: number;
  /** The value as shown at the end of the bar when it is not a plain number: "≤ 1,000", "24–125". */
  shown?: string;
  /** Tooltip lines under the label: what was added up. */
  parts?: string[];
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
  /**
   * The projects' capacities (MW) by the project's country (key = ISO code, or "" for projects
   * with no country), each project once: a capacity adds up across projects, a potential, a
   * share or a figure of another year does not (issue 21).
   */
  capacityByCountry: Bar[];
  /** The projects' costs by country, one series per currency (US dollars when converted). */
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

interface Sum {
  lo: number;
  hi: number;
  approx: boolean;
  parts: string[];
}

/** A sum as a bar: its length is the high end when known, and its label says the bounds. */
function sumBar(sum: Sum): Pick<Bar, 'value' | 'shown' | 'parts'> {
  const plain = (n: number) => formatNumber(Math.round(n * 100) / 100);
  const approx = sum.approx ? '≈ ' : '';
  if (sum.hi === Infinity) return { value: sum.lo, shown: `≥ ${approx}${plain(sum.lo)}`, parts: sum.parts };
  if (sum.lo === sum.hi) return { value: sum.hi, ...(sum.approx ? { shown: `≈ ${plain(sum.hi)}` } : {}), parts: sum.parts };
  if (sum.lo === 0) return { value: sum.hi, shown: `≤ ${approx}${plain(sum.hi)}`, parts: sum.parts };
  return { value: sum.hi, shown: `${approx}${plain(sum.lo)}–${plain(sum.hi)}`, parts: sum.parts };
}

/** Builds the report model of one analysis. */
export function buildReportModel(analysis: Analysis): ReportModel {
  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  const projectById = new Map(analysis.projects.map((p) => [p.id, p]));
  const figureById = new Map(analysis.figures.map((f) => [f.id, f]));

  const articleNames = new Map<string, string>();
  for (const e of analysis.entities) if (e.type === 'COUNTRY' && e.key && !articleNames.has(e.key)) articleNames.set(e.key, e.name);
  const countryName = (code: string) => articleNames.get(code) ?? lexiconCountryNames().get(code) ?? code;
  const figureCountry = figureCountryOf(analysis, entityById, projectById);

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
    qualifiers: projectQualifiers(project, figureById),
    countryName: project.country ? countryName(project.country) : null,
    partners: project.partners.map((id) => {
      const e = entityById.get(id);
      return { id, name: e?.name ?? id, type: e?.type ?? null };
    }),
    figures: project.figures.map((id) => figureById.get(id)).filter((f): f is Figure => f !== undefined),
  }));
  const { capacityByCountry, moneyByCountry } = sumsByCountry(
    analysis.projects,
    new Map(projects.map((v) => [v.project.id, v.qualifiers])),
    countryName,
  );

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
    capacityByCountry,
    moneyByCountry,
  };
}

/** Which country a figure is about: its project's, or the country (or a place of it) it is said of. */
function figureCountryOf(
  analysis: Analysis,
  entityById: Map<string, Entity>,
  projectById: Map<string, Project>,
): (f: Figure) => string | null {
  // A figure belongs to a project when the project lists it or the figure's subject is the project.
  const projectOfFigure = new Map<string, Project>();
  for (const p of analysis.projects) for (const id of p.figures) if (!projectOfFigure.has(id)) projectOfFigure.set(id, p);
  for (const f of analysis.figures) {
    const p = f.subject ? projectById.get(f.subject) : undefined;
    if (p && !projectOfFigure.has(f.id)) projectOfFigure.set(f.id, p);
  }

  return (f: Figure): string | null => {
    const p = projectOfFigure.get(f.id);
    if (p?.country) return p.country;
    const e = f.subject ? entityById.get(f.subject) : undefined;
    if (!e?.key) return null;
    if (e.type === 'COUNTRY') return e.key;
    // Places of the lexicon are keyed `<cc>-<name>` (uz-samarkand): the figure is about that country.
    const m = /^([a-z]{2})-/.exec(e.key);
    return m && (e.type === 'CITY' || e.type === 'LOCATION') ? m[1].toUpperCase() : null;
  };
}

/** Capacity and cost of the projects by country, as bars (MW, then one list per currency). */
function sumsByCountry(
  projects: readonly Project[],
  qualifiers: Map<string, ProjectQualifiers>,
  countryName: (code: string) => string,
): Pick<ReportModel, 'capacityByCountry' | 'moneyByCountry'> {
  // Capacity and cost by country: project values only, each project once. Figures are not
  // added up: the article's potentials (500 GW of solar potential), shares and the amounts of
  // different years (trade in 2000 and in 2024) are no quantities one can sum. Each value
  // keeps its bounds: a range adds its low and high ends, "up to" a low end of 0 and
  // "at least" no high end, so the total says what is known.
  const sums = new Map<string, Map<string, Sum>>(); // series → country → sum
  const add = (
    series: string,
    country: string | null,
    value: number,
    valueMax: number | null,
    qualifier: Qualifier | null,
    part: string,
  ) => {
    if (!Number.isFinite(value)) return;
    const s = sums.get(series) ?? new Map<string, Sum>();
    sums.set(series, s);
    const k = country ?? NO_COUNTRY;
    const sum = s.get(k) ?? { lo: 0, hi: 0, approx: false, parts: [] };
    s.set(k, sum);
    const high = valueMax ?? value;
    sum.lo += qualifier === 'at_most' ? 0 : value;
    sum.hi += qualifier === 'at_least' ? Infinity : high;
    if (qualifier === 'approx') sum.approx = true;
    sum.parts.push(part);
  };
  for (const p of projects) {
    const q = qualifiers.get(p.id)!;
    if (p.capacity_mw !== null)
      add('MW', p.country, p.capacity_mw, p.capacity_mw_max, q.capacity, `${p.name}: ${formatCapacity(p, q.capacity)}`);
    if (p.cost_usd !== null) add('money:USD', p.country, p.cost_usd, null, q.cost, `${p.name}: ${formatCost(p, q.cost)}`);
    else if (p.cost !== null && p.currency)
      add(`money:${p.currency}`, p.country, p.cost, null, q.cost, `${p.name}: ${formatCost(p, q.cost)}`);
  }
  const bars = (series: string): Bar[] =>
    [...(sums.get(series) ?? new Map<string, Sum>())]
      .map(([key, sum]) => ({ key, label: key === NO_COUNTRY ? NO_COUNTRY_LABEL : countryName(key), ...sumBar(sum) }))
      .sort(byValueThenLabel);
  const currencies = [...sums.keys()].filter((k) => k.startsWith('money:')).map((k) => k.slice(6));
  // US dollars first (the common unit), then other currencies alphabetically.
  currencies.sort((a, b) => (a === 'USD' ? -1 : b === 'USD' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    capacityByCountry: bars('MW'),
    moneyByCountry: currencies.map((currency) => ({ currency, bars: bars(`money:${currency}`) })),
  };
}
