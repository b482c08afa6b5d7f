// The report's stylesheet, inline so report.html is one file that needs no network.
import { ENTITY_TYPES } from '../model/types.js';
import { html, raw, type Raw } from './html.js';
import { ENTITY_COLORS, FAMILY_COLORS, PROJECT_COLOR } from './palette.js';

/** The Arabic font stack: Naskh faces made for running text first, then what Windows and Linux have. */
export const ARABIC_FONTS = `"Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif`;

const entityRules = ENTITY_TYPES.map(
  (t) => `.ent[data-type="${t}"], .swatch[data-type="${t}"] { background: ${ENTITY_COLORS[t].fill}; }
.ent[data-type="${t}"] { box-shadow: inset 0 -2px 0 ${ENTITY_COLORS[t].ink}55; }`,
).join('\n');

const familyRules = Object.entries(FAMILY_COLORS)
  .map(
    ([f, c]) => `.fig[data-family="${f}"], .swatch[data-family="${f}"] { background: ${c}1a; border-color: ${c}; }
.fig[data-family="${f}"]::after { color: ${c}; }`,
  )
  .join('\n');

export const REPORT_CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --paper: #ffffff; --page: #f6f5f2; --accent: #0f766e; }
* { box-sizing: border-box; }
html { background: var(--page); }
body { margin: 0; color: var(--ink); font-family: ${ARABIC_FONTS}; font-size: 17px; line-height: 1.7; }
bdi[dir="ltr"], .ltr { font-family: "Segoe UI", "DejaVu Sans", system-ui, sans-serif; }
a { color: var(--accent); }
.page { max-width: 1120px; margin: 0 auto; padding: 28px 28px 60px; }
.masthead { margin-bottom: 16px; background: var(--paper); border-radius: 14px; padding: 22px 28px; border-top: 6px solid var(--accent); box-shadow: 0 1px 3px #0001; }
.kicker { margin: 0; color: var(--accent); font-weight: 600; font-size: 14px; letter-spacing: .02em; }
h1 { margin: 6px 0 12px; font-size: 28px; line-height: 1.5; }
h2 { font-size: 21px; margin: 0 0 14px; padding-bottom: 6px; border-bottom: 2px solid var(--rule); }
h2 small, h3 small { color: var(--muted); font-weight: normal; font-size: 13px; margin-inline-start: 8px; }
h3 { font-size: 17px; margin: 18px 0 8px; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 26px; margin: 0; font-size: 15px; }
.meta div { display: flex; gap: 6px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 600; }
nav.toc { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 16px; }
nav.toc a { background: var(--paper); border: 1px solid var(--rule); border-radius: 999px; padding: 2px 14px; text-decoration: none; font-size: 14px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(118px, 1fr)); gap: 10px; margin: 0 0 18px; }
.card { background: var(--paper); border-radius: 10px; padding: 10px 14px; box-shadow: 0 1px 2px #0001; }
.card strong { display: block; font-size: 24px; line-height: 1.3; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
.card span { color: var(--muted); font-size: 13px; }
section.panel { background: var(--paper); border-radius: 14px; padding: 20px 26px; margin: 0 0 18px; box-shadow: 0 1px 3px #0001; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0 0 14px; font-size: 13px; color: var(--muted); list-style: none; padding: 0; }
.legend li { display: flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 4px; border: 1.5px solid transparent; }
.swatch.prj { border: 0; border-bottom: 2.5px dotted ${PROJECT_COLOR}; border-radius: 0; background: none; }
.swatch.aside { background: #f3f4f6; border: 1px dashed #9ca3af; }
.article-text { white-space: pre-wrap; font-size: 19px; line-height: 2.15; max-width: 78ch; margin: 0; overflow-wrap: anywhere; }
.chrome-note { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
mark { color: inherit; background: none; }
.ent { border-radius: 4px; padding: 1px 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.fig { border-bottom: 2.5px solid; border-radius: 3px; padding: 0 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.fig[data-badge]::after { content: "\\2066" attr(data-badge) "\\2069"; white-space: nowrap; font-family: "Segoe UI", "DejaVu Sans", sans-serif; font-size: 11px; font-weight: 700; margin-inline-start: 5px; vertical-align: 2px; }
.prj { text-decoration: underline dotted ${PROJECT_COLOR} 2.5px; text-underline-offset: 9px; }
.aside { color: #9ca3af; background: #f9fafb; border: 1px dashed #d1d5db; border-radius: 4px; font-size: 15px; }
.aside::before { content: attr(data-label); font-size: 11px; margin-inline-end: 6px; color: #6b7280; }
${entityRules}
${familyRules}
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(470px, 1fr)); gap: 18px 28px; }
figure.chart { margin: 0; }
figure.chart-wide { grid-column: 1 / -1; }
figure.chart figcaption { font-weight: 700; font-size: 15px; margin-bottom: 6px; }
figure.chart .chart-note { font-size: 12px; color: #475569; margin: 0 0 6px; }
figure.chart svg { max-width: 100%; height: auto; overflow: visible; }
svg text { font-size: 13.5px; fill: var(--ink); }
svg text.value, svg text.tick { fill: var(--muted); font-family: "Segoe UI", "DejaVu Sans", sans-serif; font-size: 11.5px; }
svg .axis { stroke: #9ca3af; stroke-width: 1; }
svg .grid { stroke: #eef0f3; stroke-width: 1; }
svg .row { stroke: #f1f2f4; stroke-width: 1; }
svg g.bar:hover rect, svg g.event:hover circle, svg g.event:hover rect { opacity: .75; }
.empty { color: var(--muted); font-size: 14px; background: #fafafa; border: 1px dashed var(--rule); border-radius: 8px; padding: 14px; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 15px; margin: 0 0 8px; }
th, td { text-align: start; padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: #f9fafb; font-weight: 600; color: #374151; font-size: 13.5px; }
tbody tr:hover { background: #fafaf9; }
td.num { white-space: nowrap; }
table.grouped { table-layout: fixed; }
tr.group th { background: #fff; font-size: 15.5px; color: var(--ink); padding-top: 12px; border-bottom: 2px solid var(--rule); }
tr.group th small { color: var(--muted); font-weight: normal; font-size: 12.5px; margin-inline-start: 6px; }
col.w-text { width: 30%; } col.w-value { width: 20%; } col.w-unit { width: 10%; } col.w-country { width: 20%; } col.w-small { width: 10%; }
col.w-name { width: 24%; } col.w-key { width: 13%; }
table.projects td:first-child { min-width: 10em; }
table.projects tr.project td { border-bottom: 0; padding-bottom: 2px; }
table.projects tr.links td { padding-top: 0; }
.tag { color: var(--muted); font-size: 12.5px; margin-inline-end: 6px; }
.tag ~ .tag { margin-inline-start: 14px; }
.scroll { overflow-x: auto; }
.chip { display: inline-block; white-space: nowrap; background: #f3f4f6; border-radius: 6px; padding: 0 7px; margin: 2px 0 2px 4px; font-size: 14px; text-decoration: none; }
a.chip:hover { background: #e5e7eb; }
td.files { white-space: nowrap; }
td.key { font-family: "Segoe UI", "DejaVu Sans", monospace; font-size: 13px; color: var(--muted); }
.count { display: inline-block; min-width: 2em; text-align: center; background: #f3f4f6; border-radius: 999px; font-size: 13px; }
footer { color: var(--muted); font-size: 13px; margin-top: 8px; }
footer ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; }
@media print { html { background: white; } section.panel, .masthead { box-shadow: none; } nav.toc { display: none; } }
`;

/** The opening of every report page up to <body>: right to left, UTF-8, the title and the stylesheet (REPORT_CSS, then `extraCss`). */
export function pageStart(title: string, extraCss = ''): Raw {
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="arqam">
<title>${title}</title>
<style>${raw(REPORT_CSS)}${raw(extraCss)}</style>
</head>
<body>`;
}
