// What the index needs of each article, kept small so that analysing a folder of thousands of
// articles does not hold every analysis in memory until the index is written.
import type { DocumentInfo, EntityType, FigureKind } from '../model/types.js';
import { countFiguresByKindAndCountry } from '../tables/summaries.js';
import type { Counts, ReportModel } from './report-model.js';
import { NO_COUNTRY } from './report-model.js';

export interface ArticleSummary {
  slug: string;
  document: Pick<DocumentInfo, 'id' | 'source' | 'title' | 'published' | 'site' | 'author' | 'language' | 'chars' | 'sentences' | 'tokens'>;
  counts: Counts;
  /** Figures by kind and country ("" = no country): [kind, country, count], sorted. */
  figures: [FigureKind, string, number][];
  /** ISO code → the name this article uses for it. */
  countryNames: Record<string, string>;
  /** First year of each project (null when the article gives none). */
  projectYears: (number | null)[];
  entities: { type: EntityType; key: string | null; name: string; name_en: string | null; mentions: number }[];
}

/** The summary of one article for the index. */
export function summarize(slug: string, model: ReportModel): ArticleSummary {
  const d = model.analysis.document;
  const countryNames: Record<string, string> = {};
  const places = model.analysis.figures.map((f) => {
    const cc = model.figureCountry(f) ?? NO_COUNTRY;
    if (cc !== NO_COUNTRY) countryNames[cc] = model.countryName(cc);
    return { kind: f.kind, country: cc };
  });
  return {
    slug,
    document: {
      id: d.id,
      source: d.source,
      title: d.title,
      published: d.published,
      site: d.site,
      author: d.author,
      language: d.language,
      chars: d.chars,
      sentences: d.sentences,
      tokens: d.tokens,
    },
    counts: model.counts,
    figures: countFiguresByKindAndCountry(places).sort((a, b) => (a[0] + '\t' + a[1] < b[0] + '\t' + b[1] ? -1 : 1)),
    countryNames,
    projectYears: model.analysis.projects.map((p) => p.year ?? p.year_end),
    entities: model.analysis.entities.map((e) => ({
      type: e.type,
      key: e.key,
      name: e.name,
      name_en: e.name_en,
      mentions: e.mentions.length,
    })),
  };
}
