// The corpus report as one right-to-left HTML page: consolidated projects with their sources and
// conflicts, figures over time by publication date, world maps of projects and money by
// country, the entities most documents mention, and the articles with links to their own
// reports. Inline CSS and SVG only: no script, no font or tile from the network.
import { isolate, isolateLatin, ltr } from '../bidi.js';
import { formatCompact, formatNumber, formatValue } from '../format-values.js';
import { html, join, type Raw } from '../html.js';
import { pageStart } from '../html-style.js';
import { FAMILY_LABELS_AR, TYPE_LABELS_AR } from '../labels.js';
import { ENTITY_COLORS, FAMILY_COLORS } from '../palette.js';
import type { EntityType } from '../../model/types.js';
import type { Conflict } from '../../consolidate/consensus.js';
import type { CorpusModel, CorpusProject } from './corpus-model.js';
import { timeColumns, type Series } from './time-chart.js';
import { worldMap, type MapValue } from './world-map.js';

/** The CSV files written beside the page, with the full lists. */
export const CORPUS_CSV = { projects: 'consolidated-projects.csv', entities: 'entities.csv', articles: 'articles.csv' } as const;

export const ATTRIBUTE_LABELS_AR: Record<Conflict['attribute'], string> = {
  type: 'النوع',
  places: 'الأماكن',
  year: 'السنة',
  year_end: 'سنة الإنجاز',
  capacity_mw: 'القدرة',
  capacity: 'السعة',
  cost: 'التكلفة',
};

const PERIOD_LABELS_AR = { day: 'يوم', week: 'أسبوع', month: 'شهر' } as const;

const CORPUS_CSS = `
.conflict { color: #991b1b; background: #fef2f2; border-radius: 6px; padding: 1px 6px; display: inline-block; margin: 1px 0; font-size: 14px; }
.conflict.unchecked { color: #92400e; background: #fffbeb; }
.sources { display: flex; flex-wrap: wrap; gap: 2px 0; }
td.attrs { white-space: nowrap; font-size: 14px; }
.note { color: var(--muted); font-size: 13.5px; margin: 6px 0 0; }
figure.map svg { background: #f8fafc; border-radius: 8px; }
svg .country { stroke: #ffffff; stroke-width: .5; }
svg .country:hover { opacity: .8; }
svg text.tick { font-size: 11px; }
`;

function sourceChips(p: CorpusProject): Raw {
  const chips = p.members.map((m) => {
    const label = [m.outlet ?? m.doc_id.slice(0, 8), m.published ?? ''].filter(Boolean).join(' · ');
    const tip = `${m.title ?? ''} — «${m.name}»`;
    return m.href
      ? html`<a class="chip" href="${m.href}" title="${tip}">${isolate(label)}</a>`
      : html`<span class="chip" title="${tip}">${isolate(label)}</span>`;
  });
  return html`<div class="sources">${join(chips, ' ')}</div>`;
}

function conflictList(conflicts: readonly Conflict[]): Raw {
  if (conflicts.length === 0) return html``;
  return join(
    conflicts.map((c): Raw => {
      const values = c.values.map((v) => `${v.value} (${v.docs.length})`).join(' / ');
      const note = c.kind === 'unchecked' ? 'عملتان بلا سعر صرف ثابت: لم يُتحقق' : 'تختلف المصادر';
      return html`<span class="conflict${c.kind === 'unchecked' ? ' unchecked' : ''}" title="${note}">${ATTRIBUTE_LABELS_AR[c.attribute]}: ${isolateLatin(values)}</span>`;
    }),
    '<br>',
  );
}

function projectRow(p: CorpusProject): Raw {
  const where = [p.countryName, ...p.places.slice(0, 3)].filter(Boolean).join('، ');
  const years = p.year !== null || p.year_end !== null ? [p.year, p.year_end].filter((y) => y !== null).join('–') : '';
  const capacity = p.capacity_mw !== null ? formatValue(p.capacity_mw, p.capacity_mw_max, 'MW') : '';
  const cost = p.cost !== null ? formatValue(p.cost, null, p.currency) : p.cost_usd !== null ? formatValue(p.cost_usd, null, 'USD') : '';
  const reports = p.first_report ? (p.first_report === p.last_report ? p.first_report : `${p.first_report} – ${p.last_report}`) : '';
  return html`<tr data-cluster="${p.cluster_id}"><td>${isolateLatin(p.name)}</td><td class="key">${ltr(p.type)}</td><td>${isolate(where)}</td><td class="attrs">${capacity ? html`${ltr(capacity)}<br>` : ''}${cost ? ltr(cost) : ''}${years ? html`<br>${ltr(years)}` : ''}</td><td class="num">${p.sources}</td><td class="num">${reports ? ltr(reports) : ''}</td><td>${sourceChips(p)}</td><td>${conflictList(p.conflicts)}</td></tr>`;
}

export function corpusHtml(m: CorpusModel): string {
  const c = m.counts;
  const familySeries: Series[] = Object.keys(FAMILY_LABELS_AR).map((k) => ({
    key: k,
    label: FAMILY_LABELS_AR[k],
    color: FAMILY_COLORS[k] ?? '#64748b',
  }));
  const projectSeries: Series[] = [
    { key: 'multi', label: 'مشاريع ذكرتها عدة مصادر', color: '#0f766e' },
    { key: 'single', label: 'مشاريع ذكرها مصدر واحد', color: '#99f6e4' },
  ];
  const unit = PERIOD_LABELS_AR[m.period];
  const byProjects = new Map<string, MapValue>(
    m.countries.map((k) => [
      k.key,
      { value: k.projects, tooltip: `${k.name}: ${formatNumber(k.projects)} مشروع (${formatNumber(k.multiSource)} من عدة مصادر)` },
    ]),
  );
  const byMoney = new Map<string, MapValue>(
    m.countries.filter((k) => k.usd > 0).map((k) => [k.key, { value: k.usd, tooltip: `${k.name}: ${formatCompact(k.usd)} USD` }]),
  );
  const projectsTable =
    m.projects.length === 0
      ? html`<p class="empty">لم يُعثر على مشاريع.</p>`
      : html`<div class="scroll"><table class="consolidated"><thead><tr><th>المشروع</th><th>النوع</th><th>المكان</th><th>القدرة · التكلفة · السنوات</th><th>المصادر</th><th>تاريخ النشر</th><th>من ذكره</th><th>اختلاف المصادر</th></tr></thead><tbody>${m.projects.map(projectRow)}</tbody></table></div>
<p class="note">${m.projects.length < c.projects ? `أول ${formatNumber(m.projects.length)} من ${formatNumber(c.projects)} مشروعاً، بعدد المصادر؛ ` : ''}القائمة كاملة في ${ltr(html`<a href="${CORPUS_CSV.projects}">${CORPUS_CSV.projects}</a>`)}.</p>`;
  const entityRows = m.entities.map(
    (e) =>
      html`<tr><td><span class="swatch" data-type="${e.type}" style="background:${ENTITY_COLORS[e.type as EntityType]?.fill ?? '#e5e7eb'}"></span> ${isolate(e.name)}</td><td>${TYPE_LABELS_AR[e.type as EntityType] ?? e.type}</td><td>${e.name_en ? ltr(e.name_en) : ''}</td><td class="num">${formatNumber(e.documents)}</td><td class="num">${formatNumber(e.mentions)}</td></tr>`,
  );
  const articleRows = m.articles.map(
    (a) =>
      html`<tr><td>${a.href ? html`<a href="${a.href}">${isolateLatin(a.title ?? a.doc_id)}</a>` : isolateLatin(a.title ?? a.doc_id)}</td><td class="num">${a.published ? ltr(a.published) : ''}</td><td>${a.outlet ? isolate(a.outlet) : ''}</td><td class="num">${a.figures}</td><td class="num">${a.entities}</td><td class="num">${a.projects}</td><td class="key">${ltr(a.doc_id)}</td></tr>`,
  );
  const dates = c.firstDate ? (c.firstDate === c.lastDate ? c.firstDate : `${c.firstDate} – ${c.lastDate}`) : '—';
  const page = html`${pageStart(`أرقام: تقرير المدونة ${m.store}`, CORPUS_CSS)}
<div class="page">
<header class="masthead"><p class="kicker">أرقام · ${ltr('arqam')} · ${ltr(m.store)}</p><h1>تقرير المدونة: المشاريع والأرقام عبر المقالات</h1><dl class="meta"><div><dt>المقالات</dt><dd>${formatNumber(c.documents)}</dd></div><div><dt>المصادر</dt><dd>${formatNumber(c.outlets)}</dd></div><div><dt>فترة النشر</dt><dd>${ltr(dates)}</dd></div><div><dt>الأرقام</dt><dd>${formatNumber(c.figures)}</dd></div><div><dt>المشاريع</dt><dd>${formatNumber(c.projects)}</dd></div><div><dt>ذكرتها عدة مصادر</dt><dd>${formatNumber(c.multiSource)}</dd></div><div><dt>باختلاف بين المصادر</dt><dd>${formatNumber(c.withConflicts)}</dd></div><div><dt>الكيانات</dt><dd>${formatNumber(c.entities)}</dd></div></dl></header>
<nav class="toc"><a href="#projects">المشاريع</a><a href="#time">عبر الزمن</a><a href="#map">الخريطة</a><a href="#entities">الكيانات</a><a href="#articles">المقالات</a></nav>
<section class="panel" id="projects"><h2>المشاريع الموحدة <small>مشروع واحد لكل ما تذكره المقالات عنه، بمصادره واختلافاتها</small></h2>${projectsTable}</section>
<section class="panel" id="time"><h2>عبر الزمن <small>حسب تاريخ النشر، لكل ${unit}</small></h2><div class="charts">${timeColumns(m.figuresOverTime, familySeries, { title: `الأرقام المنشورة في كل ${unit}`, empty: 'لا مقالات مؤرخة' })}${timeColumns(m.projectsOverTime, projectSeries, { title: `المشاريع حسب أول ${unit} ذُكرت فيه`, empty: 'لا مشاريع مؤرخة' })}</div></section>
<section class="panel" id="map"><h2>الخريطة <small>المشاريع الموحدة حسب الدولة</small></h2><div class="charts">${worldMap(byProjects, { title: 'عدد المشاريع في كل دولة', formatValue: (n) => formatNumber(Math.round(n)), empty: 'لا مشاريع بدولة معروفة' })}${worldMap(byMoney, { title: 'تكلفة المشاريع بالدولار (ما أمكن تحويله)', formatValue: formatCompact, empty: 'لا تكاليف بالدولار' })}</div></section>
<section class="panel" id="entities"><h2>أكثر الكيانات ذكراً <small>كيان واحد لكل مفتاح أو اسم موحد</small></h2>${m.entities.length === 0 ? html`<p class="empty">لم يُعثر على كيانات.</p>` : html`<div class="scroll"><table><thead><tr><th>الاسم</th><th>النوع</th><th>بالإنجليزية</th><th>المقالات</th><th>الإشارات</th></tr></thead><tbody>${entityRows}</tbody></table></div><p class="note">القائمة كاملة في ${ltr(html`<a href="${CORPUS_CSV.entities}">${CORPUS_CSV.entities}</a>`)}.</p>`}</section>
<section class="panel" id="articles"><h2>المقالات <small>الأغنى بالمشاريع والأرقام${m.articles.length < c.documents ? `، ${formatNumber(m.articles.length)} من ${formatNumber(c.documents)}` : ''}</small></h2><div class="scroll"><table><thead><tr><th>العنوان</th><th>التاريخ</th><th>المصدر</th><th>أرقام</th><th>كيانات</th><th>مشاريع</th><th>المعرّف</th></tr></thead><tbody>${articleRows}</tbody></table></div><p class="note">القائمة كاملة في ${ltr(html`<a href="${CORPUS_CSV.articles}">${CORPUS_CSV.articles}</a>`)}.</p></section>
<footer>${ltr('arqam report')} · ${ltr(m.store)}</footer>
</div>
</body>
</html>
`;
  return page.value;
}
