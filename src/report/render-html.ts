// report.html: one self-contained right-to-left page (inline CSS, inline SVG, no script): the
// article's metadata and counts, its text with entity, figure and project mentions highlighted
// (a colour per type, a tooltip with the normalized value or key), the charts, and the tables.
import { foldString } from '../text/normalize/index.js';
import type { Entity, Figure, Project } from '../model/types.js';
import { isolate, isolateLatin, ltr } from './bidi.js';
import { formatCapacity, formatCost, formatFigure, formatFigureNumber, formatNumber, formatYears } from './format-values.js';
import { highlightText, type Highlight } from './highlight-spans.js';
import { escapeHtml, html, join, type Raw } from './html.js';
import { pageStart } from './html-style.js';
import {
  FAMILY_LABELS_AR,
  KIND_FAMILY,
  KIND_LABELS_AR,
  PROJECT_TYPE_LABELS_AR,
  QUALIFIER_LABELS_AR,
  SET_ASIDE_LABELS_AR,
  TYPE_BADGES_AR,
  TYPE_LABELS_AR,
} from './labels.js';
import { ENTITY_COLORS, FAMILY_COLORS } from './palette.js';
import type { ReportModel } from './report-model.js';
import { excerpt } from './render-markdown.js';
import { markupReplacement } from './markup-replacement.js';
import { barChart, timelineChart } from './svg-charts.js';

export interface HtmlReportOptions {
  /** File names beside report.html to link to (analysis.json, report.md, the CSV tables). */
  files?: readonly string[];
}

const family = (f: Figure) => KIND_FAMILY[f.kind] ?? 'count';

/**
 * The badge shown after a figure: its normalized value, when that says more than the text
 * ("500 ميغاواط" → "≤ 500 MW", "ست مرات" → "6"); none when the text already shows the number
 * and unit ("2004", "12%", "15 شركة").
 */
export function figureBadge(f: Figure): string | null {
  const flat = (s: string) => foldString(s).replace(/[\s,]/g, '');
  const text = flat(f.text);
  const unitShown = f.unit === null || f.unit === '%' || text.includes(flat(f.unit));
  return text.includes(flat(formatFigureNumber(f))) && unitShown ? null : formatFigure(f);
}

function entityTooltip(e: Entity, via: string): string {
  const lines = [`${TYPE_BADGES_AR[e.type] ?? e.type} · ${e.type}`, e.name_en ? `${e.name} · ${e.name_en}` : e.name];
  lines.push(`key: ${e.key ?? '—'} · via: ${via}`);
  return lines.join('\n');
}

function figureTooltip(model: ReportModel, f: Figure): string {
  const lines = [`${KIND_LABELS_AR[f.kind] ?? f.kind} · ${f.kind}`, formatFigure(f)];
  if (f.qualifier) lines.push(`qualifier: ${f.qualifier}`);
  const cc = model.figureCountry(f);
  if (cc) lines.push(`country: ${model.countryName(cc)} (${cc})`);
  if (f.subject) {
    const s = model.entityById.get(f.subject) ?? model.projectById.get(f.subject);
    if (s) lines.push(`subject: ${s.name}`);
  }
  return lines.join('\n');
}

function projectTooltip(model: ReportModel, p: Project): string {
  const lines = [`مشروع · ${p.type}`, p.name];
  const attrs = [
    p.country ? `${model.countryName(p.country)} (${p.country})` : '',
    formatYears(p),
    formatCapacity(p),
    formatCost(p),
  ].filter(Boolean);
  if (attrs.length > 0) lines.push(attrs.join(' · '));
  return lines.join('\n');
}

/** The spans to highlight in the article: set-aside chrome, projects, entity mentions, figures (outer to inner). */
export function articleHighlights(model: ReportModel, text: string): Highlight[] {
  const a = model.analysis;
  const out: Highlight[] = [];
  for (const s of a.document.set_aside) {
    const replace = markupReplacement(text, s);
    if (replace !== undefined) {
      out.push({ start: s.start, end: s.end, rank: 0, open: () => '', close: '', replace });
      continue;
    }
    const label = SET_ASIDE_LABELS_AR[s.kind] ?? s.kind;
    out.push({
      start: s.start,
      end: s.end,
      rank: 0,
      open: (first) =>
        `<span class="aside" data-kind="${escapeHtml(s.kind)}"${first ? ` data-label="${escapeHtml(label)}"` : ''} title="${escapeHtml(`خارج المقال (${s.kind}): لم يُحلَّل`)}">`,
      close: '</span>',
    });
  }
  for (const p of a.projects) {
    const attrs = `class="prj" data-project="${escapeHtml(p.id)}" title="${escapeHtml(projectTooltip(model, p))}"`;
    out.push({
      start: p.start,
      end: p.end,
      rank: 1,
      open: (first) => (first ? `<span id="prj-${escapeHtml(p.id)}" ${attrs}>` : `<span ${attrs}>`),
      close: '</span>',
    });
  }
  for (const e of a.entities) {
    const firstStart = Math.min(...e.mentions.map((m) => m.start));
    for (const m of e.mentions) {
      const attrs = `class="ent" data-type="${escapeHtml(e.type)}" data-entity="${escapeHtml(e.id)}" title="${escapeHtml(entityTooltip(e, m.via))}"`;
      const anchor = m.start === firstStart ? ` id="ent-${escapeHtml(e.id)}"` : '';
      out.push({ start: m.start, end: m.end, rank: 2, open: (first) => `<mark${first ? anchor : ''} ${attrs}>`, close: '</mark>' });
    }
  }
  for (const f of a.figures) {
    const badge = figureBadge(f);
    // data-badge is drawn by CSS after the figure, so copying the text gives the text alone.
    const attrs = `class="fig" data-kind="${escapeHtml(f.kind)}" data-family="${escapeHtml(family(f))}" data-figure="${escapeHtml(f.id)}" title="${escapeHtml(figureTooltip(model, f))}"`;
    const badgeAttr = badge ? ` data-badge="${escapeHtml(badge)}"` : '';
    // A figure split by an overlapping span shows its id and badge on its first piece only.
    out.push({
      start: f.start,
      end: f.end,
      rank: 3,
      open: (first) => (first ? `<mark id="fig-${escapeHtml(f.id)}" ${attrs}${badgeAttr}>` : `<mark ${attrs}>`),
      close: '</mark>',
    });
  }
  return out;
}

function legend(model: ReportModel): Raw {
  const items: Raw[] = [];
  for (const g of model.entityGroups) {
    items.push(html`<li><span class="swatch" data-type="${g.type}"></span>${TYPE_LABELS_AR[g.type] ?? g.type}</li>`);
  }
  const families = [...new Set(model.analysis.figures.map(family))];
  for (const f of Object.keys(FAMILY_COLORS).filter((x) => families.includes(x))) {
    items.push(html`<li><span class="swatch" data-family="${f}"></span>${FAMILY_LABELS_AR[f]}</li>`);
  }
  if (model.analysis.projects.length > 0) items.push(html`<li><span class="swatch prj"></span>مشروع</li>`);
  const body = model.analysis.document.body;
  const asides = model.analysis.document.set_aside.some(
    (s) => s.start < body.end && s.end > body.start && s.kind !== 'markup' && s.kind !== 'inline-markup',
  );
  if (asides) items.push(html`<li><span class="swatch aside"></span>خارج المقال (واجهة الموقع)</li>`);
  return items.length > 0 ? html`<ul class="legend" aria-label="مفتاح الألوان">${items}</ul>` : html``;
}

function articleSection(model: ReportModel, text: string): Raw {
  const d = model.analysis.document;
  const before = d.set_aside.filter((s) => s.end <= d.body.start);
  const chromeKinds = [...new Set(before.map((s) => SET_ASIDE_LABELS_AR[s.kind] ?? s.kind))];
  const note =
    before.length > 0
      ? html`<p class="chrome-note">حُذف ما قبل المقال من واجهة الموقع: ${chromeKinds.join('، ')} (الأحرف: ${ltr(formatNumber(d.body.start))}).</p>`
      : '';
  const body = highlightText(text, d.body, articleHighlights(model, text), isolateLatin);
  return html`<section class="panel" id="text"><h2>نص المقال <small>الكيانات والأرقام مظللة؛ مرّر المؤشر لترى القيمة</small></h2>${legend(model)}${note}<div class="article-text" lang="ar">${body}</div></section>`;
}

function cards(model: ReportModel): Raw {
  const c = model.counts;
  const items: [number, string][] = [
    [c.figures, 'الأرقام'],
    [c.entities, 'الكيانات'],
    [c.mentions, 'الإشارات'],
    [c.projects, 'المشاريع'],
    [c.sentences, 'الجمل'],
    [c.tokens, 'الكلمات'],
    [c.messages, 'الرسائل'],
  ];
  return html`<div class="cards">${items.map(([n, label]) => html`<div class="card"><strong>${formatNumber(n)}</strong><span>${label}</span></div>`)}</div>`;
}

// A sum is shown with its bounds: "≤" when it holds values given as "up to" (their low end is
// unknown), "a–b" when it holds ranges, "≥" when it holds values given as "at least".
const SUM_NOTE =
  'كل مشروع مرة واحدة؛ لا تُجمع الإمكانات ولا الحصص ولا أرقام السنوات المختلفة. «≤» مجموعٌ فيه قيم «حتى»، و«أ–ب» مجموعٌ فيه نطاقات، و«≥» مجموعٌ فيه قيم «على الأقل».';

function charts(model: ReportModel): Raw {
  const kindColor = (key: string) => FAMILY_COLORS[KIND_FAMILY[key as Figure['kind']] ?? 'count'];
  const parts: Raw[] = [
    barChart(
      model.figuresByKind.map((b) => ({ ...b, label: KIND_LABELS_AR[b.key as Figure['kind']] ?? b.key })),
      {
        title: 'عدد الأرقام حسب النوع',
        colorOf: (b) => kindColor(b.key),
        formatValue: formatNumber,
        empty: 'لم يُعثر على أرقام',
        codeInTooltip: true,
      },
    ),
    barChart(
      model.mentionsByType.map((b) => ({ ...b, label: TYPE_LABELS_AR[b.key as Entity['type']] ?? b.key })),
      {
        title: 'عدد الإشارات إلى الكيانات حسب النوع',
        colorOf: (b) => ENTITY_COLORS[b.key as Entity['type']]?.ink ?? '#64748b',
        formatValue: formatNumber,
        empty: 'لم يُعثر على كيانات',
        codeInTooltip: true,
      },
    ),
    barChart(model.capacityByCountry, {
      title: 'قدرة المشاريع حسب الدولة: مجموع قدرات المشاريع بالميغاواط',
      note: SUM_NOTE,
      unit: 'MW',
      colorOf: () => FAMILY_COLORS.energy,
      empty: 'لا مشاريع ذات قدرة',
    }),
  ];
  if (model.moneyByCountry.length === 0)
    parts.push(barChart([], { title: 'كلفة المشاريع حسب الدولة: مجموع كلفة المشاريع', empty: 'لا مشاريع ذات كلفة' }));
  for (const m of model.moneyByCountry) {
    parts.push(
      barChart(m.bars, {
        title: `كلفة المشاريع حسب الدولة: مجموع كلفة المشاريع (${m.currency})`,
        note: SUM_NOTE,
        unit: m.currency,
        colorOf: () => FAMILY_COLORS.money,
      }),
    );
  }
  parts.push(
    timelineChart(
      model.projects.map(({ project: p, countryName, qualifiers }) => ({
        key: p.id,
        label: p.name,
        year: p.year,
        yearEnd: p.year_end,
        tooltip: [p.name, projectTypeLabel(p.type), countryName ?? '', formatYears(p, qualifiers.year)].filter(Boolean).join(' · '),
      })),
      { title: 'المشاريع على خط زمني: سنة كل مشروع أو فترته', empty: 'لا مشاريع مؤرخة', width: 1000 },
    ),
  );
  return html`<section class="panel" id="charts"><h2>رسوم بيانية</h2><div class="charts">${parts}</div></section>`;
}

/** A project type in Arabic, its code when no label is known. */
function projectTypeLabel(type: string): string {
  return PROJECT_TYPE_LABELS_AR[type] ?? type;
}

/** A code of the contract shown in Arabic, the code itself in the tooltip. */
function arabicCode(label: string | undefined, code: string): Raw {
  return label ? html`<span title="${code}">${label}</span>` : ltr(code);
}

const th = (label: string, code?: string) => html`<th${code ? html` title="${code}"` : ''}>${label}</th>`;

function figuresSection(model: ReportModel): Raw {
  if (model.figureGroups.length === 0)
    return html`<section class="panel" id="figures"><h2>الأرقام</h2><p class="empty">لم يُعثر على أرقام في هذا المقال.</p></section>`;
  const groups = model.figureGroups.map(
    (g) =>
      html`<tbody><tr class="group"><th colspan="6" title="${g.kind}">${KIND_LABELS_AR[g.kind] ?? g.kind} <small>${g.figures.length}</small></th></tr>${g.figures.map(
        (f) => {
          const cc = model.figureCountry(f);
          return html`<tr><td><a href="#fig-${f.id}">${isolateLatin(f.text)}</a></td><td class="num">${ltr(formatFigureNumber(f))}</td><td class="key">${f.unit ? ltr(f.unit) : ''}</td><td>${f.qualifier ? arabicCode(QUALIFIER_LABELS_AR[f.qualifier], f.qualifier) : ''}</td><td>${cc ? html`${model.countryName(cc)} ${ltr(`(${cc})`)}` : ''}</td><td class="num">${ltr(f.sentence)}</td></tr>`;
        },
      )}</tbody>`,
  );
  return html`<section class="panel" id="figures"><h2>الأرقام <small>القيم موحّدة: القدرة بالميغاواط، والمال بعملته</small></h2><table class="grouped"><colgroup><col class="w-text"><col class="w-value"><col class="w-unit"><col class="w-unit"><col class="w-country"><col class="w-small"></colgroup><thead><tr>${th('النص', 'text')}${th('القيمة', 'value')}${th('الوحدة', 'unit')}${th('التقييد', 'qualifier')}${th('الدولة', 'country')}${th('الجملة', 'sentence')}</tr></thead>${groups}</table></section>`;
}

function projectsSection(model: ReportModel): Raw {
  if (model.projects.length === 0)
    return html`<section class="panel" id="projects"><h2>المشاريع</h2><p class="empty">لم يُعثر على مشاريع في هذا المقال.</p></section>`;
  // Each project is a row of attributes and, under it, a row with its partners and figures.
  const rows = model.projects.map(
    ({ project: p, countryName, partners, figures, qualifiers: q }) =>
      html`<tbody><tr class="project"><td><a href="#prj-${p.id}">${isolateLatin(p.name)}</a></td><td>${arabicCode(PROJECT_TYPE_LABELS_AR[p.type], p.type)}</td><td>${p.country ? html`${countryName} ${ltr(`(${p.country})`)}` : ''}</td><td>${join(p.places.map(isolate), '، ')}</td><td class="num">${ltr(formatYears(p, q.year))}</td><td class="num">${ltr(formatCapacity(p, q.capacity))}</td><td class="num">${ltr(formatCost(p, q.cost))}</td></tr><tr class="links"><td colspan="7">${
        partners.length
          ? html`<span class="tag">الشركاء</span>${join(
              partners.map((x) => html`<a class="chip" href="#ent-${x.id}">${isolate(x.name)}</a>`),
              ' ',
            )}`
          : ''
      }${
        figures.length
          ? html`<span class="tag">الأرقام</span>${join(
              figures.map((f) => html`<a class="chip" href="#fig-${f.id}">${isolateLatin(f.text)}</a>`),
              ' ',
            )}`
          : ''
      }</td></tr></tbody>`,
  );
  return html`<section class="panel" id="projects"><h2>المشاريع <small>${model.projects.length}</small></h2><div class="scroll"><table class="projects"><thead><tr>${th('المشروع', 'name')}${th('النوع', 'type')}${th('الدولة', 'country')}${th('الأماكن', 'places')}${th('السنوات', 'year–year_end')}${th('القدرة', 'capacity_mw')}${th('الكلفة', 'cost / cost_usd')}</tr></thead>${rows}</table></div></section>`;
}

function entitiesSection(model: ReportModel): Raw {
  if (model.entityGroups.length === 0)
    return html`<section class="panel" id="entities"><h2>الكيانات</h2><p class="empty">لم يُعثر على كيانات في هذا المقال.</p></section>`;
  const groups = model.entityGroups.map(
    (g) =>
      html`<tbody><tr class="group"><th colspan="5" title="${g.type}"><span class="swatch" data-type="${g.type}"></span> ${TYPE_LABELS_AR[g.type] ?? g.type} <small>${g.entities.length} · ${g.mentions} إشارة</small></th></tr>${g.entities.map(
        (e) =>
          html`<tr><td><a href="#ent-${e.id}">${isolate(e.name)}</a></td><td>${e.name_en ? ltr(e.name_en) : ''}</td><td class="key">${e.key ? ltr(e.key) : ''}</td><td><span class="count">${e.mentions.length}</span></td><td>${join(
            [...new Set(e.mentions.map((m) => m.text))].map((t) => html`<span class="chip">${isolate(t)}</span>`),
            ' ',
          )}</td></tr>`,
      )}</tbody>`,
  );
  return html`<section class="panel" id="entities"><h2>الكيانات</h2><table class="grouped"><colgroup><col class="w-name"><col class="w-name"><col class="w-key"><col class="w-small"><col></colgroup><thead><tr>${th('الاسم', 'name')}${th('بالإنجليزية', 'name_en')}${th('المفتاح', 'key')}${th('الإشارات', 'mentions')}${th('الصيغ في النص', 'mention texts')}</tr></thead>${groups}</table></section>`;
}

function messagesSection(model: ReportModel, text: string): Raw {
  const msgs = model.analysis.messages;
  if (msgs.length === 0)
    return html`<section class="panel" id="messages"><h2>رسائل</h2><p class="empty">لا رسائل: عالج أرقام كل ما قرأه.</p></section>`;
  return html`<section class="panel" id="messages"><h2>رسائل <small>ما لم يستطع أرقام معالجته</small></h2><table><thead><tr>${th('القاعدة', 'rule')}${th('الموضع', 'start–end')}${th('النص', 'text')}${th('السبب', 'reason')}</tr></thead><tbody>${msgs.map(
    (m) =>
      html`<tr><td class="key">${ltr(m.rule)}</td><td class="num">${ltr(`${m.start}–${m.end}`)}</td><td>${isolateLatin(excerpt(text, m.start, m.end))}</td><td>${isolate(m.reason)}</td></tr>`,
  )}</tbody></table></section>`;
}

function metaList(model: ReportModel): Raw {
  const d = model.analysis.document;
  const items: [string, Raw | string | null][] = [
    ['التاريخ', d.published ? ltr(d.published) : null],
    ['الموقع', d.site],
    ['الكاتب', d.author],
    ['اللغة', ltr(d.language)],
    ['المصدر', d.source ? ltr(d.source) : null],
    ['المعرّف', ltr(d.id)],
  ];
  return html`<dl class="meta">${items.filter(([, v]) => v !== null && v !== '').map(([k, v]) => html`<div><dt>${k}</dt><dd>${v instanceof Object ? v : isolate(v)}</dd></div>`)}</dl>`;
}

/** The whole report page of one article. */
export function reportHtml(model: ReportModel, text: string, options: HtmlReportOptions = {}): string {
  const d = model.analysis.document;
  const title = d.title ?? '(بلا عنوان)';
  const files = options.files ?? [];
  const page = html`${pageStart(`${title} · أرقام`)}
<div class="page">
<header class="masthead"><p class="kicker">تقرير أرقام · ${ltr('arqam report')}</p><h1>${isolateLatin(title)}</h1>${metaList(model)}</header>
<nav class="toc" aria-label="المحتويات"><a href="#text">النص</a><a href="#charts">الرسوم</a><a href="#figures">الأرقام</a><a href="#projects">المشاريع</a><a href="#entities">الكيانات</a><a href="#messages">الرسائل</a>${files.length ? html`<a href="#files">الملفات</a>` : ''}</nav>
${cards(model)}
${articleSection(model, text)}
${charts(model)}
${figuresSection(model)}
${projectsSection(model)}
${entitiesSection(model)}
${messagesSection(model, text)}
${files.length ? html`<footer id="files">الملفات المرافقة: <ul>${files.map((f) => html`<li><a href="${encodeURI(f)}">${ltr(f)}</a></li>`)}</ul></footer>` : ''}
</div>
</body>
</html>
`;
  return page.value;
}
