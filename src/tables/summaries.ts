// The counts the reports show, as arquero pipelines (groupby, count, rollup) over rows like
// those of the contract's tables: figures by kind and country for an article, and across the
// articles of an index figures by kind and by country, projects by year and entities by mentions.
// Groups come out in the order of their first row; callers sort what they show.
import * as aq from 'arquero';

const { op } = aq;

/** One figure of an article: its kind and the country it is about ('' for none). */
export interface FigurePlace<K extends string = string> {
  kind: K;
  country: string;
}

/** Figures counted by kind and country: [kind, country, figures] in the order first seen. */
export function countFiguresByKindAndCountry<K extends string>(figures: readonly FigurePlace<K>[]): [K, string, number][] {
  if (figures.length === 0) return [];
  const rows = aq
    .from(figures.map(({ kind, country }) => ({ kind, country })))
    .groupby('kind', 'country')
    .count({ as: 'figures' });
  return (rows.objects() as { kind: K; country: string; figures: number }[]).map((r) => [r.kind, r.country, r.figures]);
}

/** Figures of one article of one kind and country, as the index sums them. */
export interface FigureCount<K extends string = string> extends FigurePlace<K> {
  article: string;
  figures: number;
}

export interface FigureTotals<K extends string> {
  /** Figures and distinct articles by kind. */
  byKind: { kind: K; figures: number; articles: number }[];
  /** Figures by country. */
  byCountry: { country: string; figures: number }[];
  /** Figures by country and kind. */
  byCountryAndKind: { country: string; kind: K; figures: number }[];
}

/** Sums the articles' figure counts by kind, by country, and by both. */
export function sumFigures<K extends string>(counts: readonly FigureCount<K>[]): FigureTotals<K> {
  if (counts.length === 0) return { byKind: [], byCountry: [], byCountryAndKind: [] };
  const t = aq.from(counts.map(({ article, kind, country, figures }) => ({ article, kind, country, figures })));
  return {
    byKind: t
      .groupby('kind')
      .rollup({ figures: op.sum('figures'), articles: op.distinct('article') })
      .objects() as FigureTotals<K>['byKind'],
    byCountry: t
      .groupby('country')
      .rollup({ figures: op.sum('figures') })
      .objects() as FigureTotals<K>['byCountry'],
    byCountryAndKind: t
      .groupby('country', 'kind')
      .rollup({ figures: op.sum('figures') })
      .objects() as FigureTotals<K>['byCountryAndKind'],
  };
}

/** How many items have each value of a key (null included), in the order first seen. */
export function countByValue<V extends string | number | null>(values: readonly V[]): { value: V; count: number }[] {
  if (values.length === 0) return [];
  return aq
    .table({ value: values as V[] })
    .groupby('value')
    .count({ as: 'count' })
    .objects() as { value: V; count: number }[];
}

/** One entity of one article: an identity shared across articles, and its mentions there. */
export interface EntityCount {
  article: string;
  entity: string;
  mentions: number;
}

/** Mentions and distinct articles by entity; `first` is the index in `counts` of its first row. */
export function sumEntities(counts: readonly EntityCount[]): { entity: string; mentions: number; articles: number; first: number }[] {
  if (counts.length === 0) return [];
  const t = aq.from(counts.map(({ article, entity, mentions }, row) => ({ article, entity, mentions, row })));
  return t
    .groupby('entity')
    .rollup({ mentions: op.sum('mentions'), articles: op.distinct('article'), first: op.min('row') })
    .objects() as { entity: string; mentions: number; articles: number; first: number }[];
}
