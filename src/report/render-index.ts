// reports/index.md and reports/index.html: the analysed articles, and what they say together:
// figures by kind and by country, projects by year, the entities mentioned most.
import { FIGURE_KINDS, type EntityType, type FigureKind } from '../model/types.js';
import type { ArticleSummary } from './article-summary.js';
import { isolate, isolateLatin, ltr } from './bidi.js';
import { formatNumber } from './format-values.js';
import { html, join } from './html.js';
import { pageStart } from './html-style.js';
import { KIND_FAMILY, KIND_LABELS_AR, TYPE_LABELS_AR } from './labels.js';
import { ENTITY_COLORS, FAMILY_COLORS } from './palette.js';
import { mdCell, mdCode, plural } from './render-markdown.js';
import { NO_COUNTRY, NO_COUNTRY_LABEL, type Bar } from './report-model.js';
import { barChart } from './svg-charts.js';
import { countByValue, sumEntities, sumFigures } from '../tables/summaries.js';

export interface CorpusAggregate {
  articles: ArticleSummary[];
  figuresByKind: { kind: FigureKind; figures: number; articles: number }[];
  /** Countries by figure count, with counts by kind. */
  figuresByCountry: { country: string; name: string; figures: number; byKind: Partial<Record<FigureKind, number>> }[];
  kindsPresent: FigureKind[];
  projectsByYear: { year: number | null; projects: number }[];
  topEntities: { type: EntityType; key: string | null; name: string; name_en: string | null; mentions: number; articles: number }[];
  /** Distinct entities across the articles. */
  entityCount: number;
}

const TOP_ENTITIES = 25;

/** Sums the articles' summaries (the counts by arquero, src/tables/summaries.ts). */
export function aggregate(articles: readonly ArticleSummary[]): CorpusAggregate {
  const names = new Map<string, string>();
  for (const a of articles) for (const [cc, name] of Object.entries(a.countryNames)) if (!names.has(cc)) names.set(cc, name);
  const figures = sumFigures(
    articles.flatMap((a) => a.figures.map(([kind, country, n]) => ({ article: a.slug, kind, country, figures: n }))),
  );
  const byKind = new Map<string, Partial<Record<FigureKind, number>>>();
  for (const { country, kind, figures: n } of figures.byCountryAndKind) byKind.set(country, { ...byKind.get(country), [kind]: n });
  // The same entity across articles: its lexicon key when it has one, else its canonical name.
  const entityRows = articles.flatMap((a) =>
    a.entities.map((e) => ({ article: a.slug, entity: `${e.type}\t${e.key ?? `name:${e.name}`}`, ...e })),
  );
  const entities = sumEntities(entityRows).map(({ mentions, articles: n, first }) => {
    const { type, key, name, name_en } = entityRows[first];
    return { type, key, name, name_en, mentions, articles: n };
  });
  const kindOrder = (k: FigureKind) => (FIGURE_KINDS.includes(k) ? FIGURE_KINDS.indexOf(k) : FIGURE_KINDS.length);
  const figuresByKind = figures.byKind.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.kind < b.kind ? -1 : 1));
  const figuresByCountry = figures.byCountry
    .map(({ country, figures: n }) => ({
      country,
      name: country === NO_COUNTRY ? NO_COUNTRY_LABEL : (names.get(country) ?? country),
      figures: n,
      byKind: byKind.get(country) ?? {},
    }))
    // Countries by figure count; figures with no country last.
    .sort(
      (a, b) =>
        Number(a.country === NO_COUNTRY) - Number(b.country === NO_COUNTRY) || b.figures - a.figures || (a.country < b.country ? -1 : 1),
    );
  const projectsByYear = countByValue(articles.flatMap((a) => a.projectYears))
    .map(({ value: year, count: projects }) => ({ year, projects }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  const topEntities = entities
    .sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, TOP_ENTITIES);
  return {
    articles: [...articles],
    figuresByKind,
    figuresByCountry,
    kindsPresent: figuresByKind.map((k) => k.kind),
    projectsByYear,
    topEntities,
    entityCount: entities.length,
  };
}

function mdTable(head: string[], rows: (string | number)[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** index.md: the articles and the aggregates as Markdown tables. */
export function indexMarkdown(agg: CorpusAggregate): string {
  const out: string[] = ['# arqam reports', ''];
  const sum = (f: (a: ArticleSummary) => number) => agg.articles.reduce((n, a) => n + f(a), 0);
  out.push(
    `${plural(agg.articles.length, 'article', 'articles')}, ${plural(
      sum((a) => a.counts.figures),
      'figure',
      'figures',
    )}, ` +
      `${plural(agg.entityCount, 'distinct entity', 'distinct entities')}, ${plural(
        sum((a) => a.counts.projects),
        'project',
        'projects',
      )}.`,
    '',
  );
  out.push('## Articles', '');
  out.push(
    ...mdTable(
      ['article', 'title', 'date', 'site', 'figures', 'entities', 'projects', 'messages'],
      agg.articles.map((a) => [
        `[${mdCell(a.slug)}](${encodeURI(a.slug)}/report.md)`,
        mdCell(a.document.title),
        mdCell(a.document.published),
        mdCell(a.document.site),
        a.counts.figures,
        a.counts.entities,
        a.counts.projects,
        a.counts.messages,
      ]),
    ),
    '',
  );
  out.push('## Figures by kind', '');
  if (agg.figuresByKind.length === 0) out.push('No figures found.', '');
  else
    out.push(
      ...mdTable(
        ['kind', 'figures', 'articles'],
        agg.figuresByKind.map((k) => [k.kind, k.figures, k.articles]),
      ),
      '',
    );
  out.push('## Figures by country', '');
  if (agg.figuresByCountry.length === 0) out.push('No figures found.', '');
  else {
    out.push(
      ...mdTable(
        ['country', 'code', 'figures', ...agg.kindsPresent],
        agg.figuresByCountry.map((c) => [mdCell(c.name), c.country, c.figures, ...agg.kindsPresent.map((k) => c.byKind[k] ?? 0)]),
      ),
      '',
    );
  }
  out.push('## Projects by year', '');
  if (agg.projectsByYear.length === 0) out.push('No projects found.', '');
  else
    out.push(
      ...mdTable(
        ['year', 'projects'],
        agg.projectsByYear.map((y) => [y.year ?? 'no year', y.projects]),
      ),
      '',
    );
  out.push('## Top entities', '');
  if (agg.topEntities.length === 0) out.push('No entities found.', '');
  else {
    out.push(
      ...mdTable(
        ['type', 'name', 'name_en', 'key', 'mentions', 'articles'],
        agg.topEntities.map((e) => [e.type, mdCell(e.name), mdCell(e.name_en), mdCode(e.key), e.mentions, e.articles]),
      ),
      '',
    );
  }
  return out.join('\n');
}

/** index.html: the same, as a right-to-left page with charts. */
export function indexHtml(agg: CorpusAggregate): string {
  const articles = agg.articles.map(
    (a) =>
      html`<tr><td><a href="${encodeURI(a.slug)}/report.html">${isolateLatin(a.document.title ?? a.slug)}</a></td><td class="num">${a.document.published ? ltr(a.document.published) : ''}</td><td>${a.document.site ? isolate(a.document.site) : ''}</td><td class="num">${a.counts.figures}</td><td class="num">${a.counts.entities}</td><td class="num">${a.counts.projects}</td><td class="num">${a.counts.messages}</td><td class="key files"><a href="${encodeURI(a.slug)}/report.md">md</a> · <a href="${encodeURI(a.slug)}/analysis.json">json</a></td></tr>`,
  );
  const kindBars: Bar[] = agg.figuresByKind.map((k) => ({ key: k.kind, label: KIND_LABELS_AR[k.kind] ?? k.kind, value: k.figures }));
  const countryBars: Bar[] = agg.figuresByCountry.slice(0, 15).map((c) => ({ key: c.country, label: c.name, value: c.figures }));
  // Projects with no year stay out of the bars (they would dwarf the years) and are counted in the title.
  const yearBars: Bar[] = agg.projectsByYear
    .filter((y) => y.year !== null)
    .map((y) => ({ key: String(y.year), label: String(y.year), value: y.projects }));
  const undated = agg.projectsByYear.find((y) => y.year === null)?.projects ?? 0;
  const entityBars: Bar[] = agg.topEntities
    .slice(0, 15)
    .map((e) => ({ key: `${e.type}:${e.key ?? e.name}`, label: e.name, value: e.mentions }));
  const typeOf = new Map(agg.topEntities.map((e) => [`${e.type}:${e.key ?? e.name}`, e.type]));
  const charts = [
    barChart(kindBars, {
      title: 'الأرقام حسب النوع',
      formatValue: formatNumber,
      colorOf: (b) => FAMILY_COLORS[KIND_FAMILY[b.key as FigureKind] ?? 'count'],
      empty: 'لم يُعثر على أرقام',
    }),
    barChart(countryBars, { title: 'الأرقام حسب الدولة', formatValue: formatNumber, empty: 'لم يُعثر على أرقام' }),
    barChart(yearBars, {
      title: undated > 0 ? `المشاريع حسب السنة (و${formatNumber(undated)} بلا سنة)` : 'المشاريع حسب السنة',
      formatValue: formatNumber,
      colorOf: () => '#0f766e',
      empty: 'لم يُعثر على مشاريع مؤرخة',
    }),
    barChart(entityBars, {
      title: 'أكثر الكيانات ذكراً',
      formatValue: formatNumber,
      colorOf: (b) => ENTITY_COLORS[typeOf.get(b.key) as EntityType]?.ink ?? '#64748b',
      empty: 'لم يُعثر على كيانات',
    }),
  ];
  // One row per country: its total and its kinds as chips (a column per kind is too wide for 19 kinds).
  const countryTable =
    agg.figuresByCountry.length === 0
      ? html`<p class="empty">لم يُعثر على أرقام.</p>`
      : html`<div class="scroll"><table><thead><tr><th>الدولة</th><th>الأرقام</th><th>حسب النوع</th></tr></thead><tbody>${agg.figuresByCountry.map(
          (c) =>
            html`<tr><td>${isolate(c.name)} ${c.country ? ltr(`(${c.country})`) : ''}</td><td class="num">${c.figures}</td><td>${join(
              agg.kindsPresent
                .filter((k) => c.byKind[k])
                .map((k) => html`<span class="chip" title="${k}">${KIND_LABELS_AR[k] ?? k} ${ltr(c.byKind[k])}</span>`),
              ' ',
            )}</td></tr>`,
        )}</tbody></table></div>`;
  const entityTable =
    agg.topEntities.length === 0
      ? html`<p class="empty">لم يُعثر على كيانات.</p>`
      : html`<div class="scroll"><table><thead><tr><th>الاسم</th><th>النوع</th><th>بالإنجليزية</th><th>المفتاح</th><th>الإشارات</th><th>المقالات</th></tr></thead><tbody>${agg.topEntities.map(
          (e) =>
            html`<tr><td><span class="swatch" data-type="${e.type}"></span> ${isolate(e.name)}</td><td>${TYPE_LABELS_AR[e.type] ?? e.type}</td><td>${e.name_en ? ltr(e.name_en) : ''}</td><td class="key">${e.key ? ltr(e.key) : ''}</td><td class="num">${e.mentions}</td><td class="num">${e.articles}</td></tr>`,
        )}</tbody></table></div>`;
  const total = agg.articles.reduce((n, a) => n + a.counts.figures, 0);
  const projects = agg.articles.reduce((n, a) => n + a.counts.projects, 0);
  const page = html`${pageStart('تقارير أرقام')}
<div class="page">
<header class="masthead"><p class="kicker">أرقام · ${ltr('arqam')}</p><h1>تقارير المقالات</h1><dl class="meta"><div><dt>المقالات</dt><dd>${agg.articles.length}</dd></div><div><dt>الأرقام</dt><dd>${formatNumber(total)}</dd></div><div><dt>المشاريع</dt><dd>${formatNumber(projects)}</dd></div><div><dt>الكيانات المختلفة</dt><dd>${formatNumber(agg.entityCount)}</dd></div></dl></header>
<section class="panel" id="articles"><h2>المقالات</h2><div class="scroll"><table><thead><tr><th>العنوان</th><th>التاريخ</th><th>الموقع</th><th>أرقام</th><th>كيانات</th><th>مشاريع</th><th>رسائل</th><th>ملفات</th></tr></thead><tbody>${articles}</tbody></table></div></section>
<section class="panel" id="charts"><h2>رسوم بيانية</h2><div class="charts">${join(charts)}</div></section>
<section class="panel" id="countries"><h2>الأرقام حسب الدولة والنوع</h2>${countryTable}</section>
<section class="panel" id="entities"><h2>أكثر الكيانات ذكراً</h2>${entityTable}</section>
</div>
</body>
</html>
`;
  return page.value;
}
