import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/report-model.js';
import { articleHighlights, figureBadge, reportHtml } from '../../src/report/render-html.js';
import type { Figure } from '../../src/model/types.js';
import { handmadeAnalysis, SAMPLE_TEXT, sampleAnalysis } from '../fixtures/report/sample-analysis.js';

const sampleHtml = () => reportHtml(buildReportModel(sampleAnalysis()), SAMPLE_TEXT, { files: ['report.md', 'figures.csv'] });
/** The article view of a page: the inside of <div class="article-text">. */
const articleOf = (page: string) => {
  const m = /<div class="article-text" lang="ar">([\s\S]*?)<\/div><\/section>/.exec(page);
  if (!m) throw new Error('no article view');
  return m[1];
};
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('report.html', () => {
  it('is a right-to-left Arabic page with an Arabic font stack, self-contained', () => {
    const page = sampleHtml();
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(page).toContain('"Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma');
    expect(page).not.toMatch(/<script|<link |@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('shows the article text whole, every character once, with the set-aside chrome inside the body', () => {
    const a = sampleAnalysis();
    expect(textOf(articleOf(sampleHtml()))).toBe(SAMPLE_TEXT.slice(a.document.body.start, a.document.body.end));
  });

  it('highlights every mention and figure with its type, id and a tooltip', () => {
    const page = sampleHtml();
    const a = sampleAnalysis();
    for (const e of a.entities) {
      const marks = page.match(new RegExp(`<mark[^>]* class="ent" data-type="${e.type}" data-entity="${e.id}" title="[^"]+"`, 'g')) ?? [];
      expect(marks.length, e.id).toBe(e.mentions.length);
    }
    for (const f of a.figures) expect(page, f.id).toMatch(new RegExp(`<mark id="fig-${f.id}" class="fig" data-kind="${f.kind}"`));
    expect(page).toContain('title="القدرة · power\n≤ 500 MW\nqualifier: at_most\ncountry: أوزبكستان (UZ)\nsubject: محطة سمرقند الشمسية"');
    expect(page).toContain('title="دولة · COUNTRY\nاليابان · Japan\nkey: JP · via: nisba"');
  });

  it('nests a country nisba inside an organisation name, and a figure inside a project name, without losing text', () => {
    const article = articleOf(sampleHtml());
    expect(article).toMatch(
      /<mark id="ent-e8" class="ent" data-type="ORG"[^>]*>الوكالة <mark [^>]*data-entity="e2"[^>]*>اليابانية<\/mark> للتعاون الدولي<\/mark>/,
    );
    expect(article).toMatch(/<span id="prj-p3" class="prj"[^>]*>مشروع ربط كهربائي في <mark id="ent-e3"[^>]*>قيرغيزستان<\/mark><\/span>/);
  });

  it('dims set-aside chrome inside the body with its kind, and omits what precedes the body', () => {
    const article = articleOf(sampleHtml());
    expect(article).toMatch(
      /<span class="aside" data-kind="template" data-label="بقايا قالب" title="[^"]*">\{<bdi dir="ltr">clean_title<\/bdi>\}<\/span>/,
    );
    expect(article).not.toContain('الأحد 14 ديسمبر 2025');
  });

  it.each([
    ['a figure whose text is the number', { kind: 'year', text: '2004', value: 2004, unit: null, qualifier: null }, null],
    ['a percentage as written', { kind: 'percent', text: '12%', value: 12, unit: '%', qualifier: null }, null],
    ['Arabic-Indic digits', { kind: 'percent', text: '٪١٢', value: 12, unit: '%', qualifier: null }, null],
    ['a count with its noun', { kind: 'count', text: '15 شركة', value: 15, unit: null, qualifier: null }, null],
    ['a unit in words', { kind: 'power', text: '500 ميغاواط', value: 500, unit: 'MW', qualifier: 'at_most' }, '≤ 500 MW'],
    ['a number in words', { kind: 'multiplier', text: 'ست مرات', value: 6, unit: null, qualifier: null }, '6'],
    ['a scaled amount', { kind: 'money', text: '2.4 مليار دولار', value: 2.4e9, unit: 'USD', qualifier: null }, '2,400,000,000 USD'],
  ] as [string, Partial<Figure>, string | null][])('figure badge: %s', (_name, f, badge) => {
    expect(figureBadge({ id: 'f', start: 0, end: 0, value_max: null, sentence: 0, subject: null, ...f } as Figure)).toBe(badge);
  });

  it('isolates Latin names and numbers with units so they keep their order in Arabic lines', () => {
    const page = sampleHtml();
    // In the article: the Latin company name (with its abbreviation period) is one LTR isolate.
    expect(articleOf(page)).toContain('<bdi dir="ltr">Toshiba Energy Systems Co.</bdi></mark> (<mark');
    // An acronym in parentheses: the isolate holds the letters, the parentheses mirror around it.
    expect(articleOf(page)).toMatch(/\(<mark class="ent" data-type="ORG" data-entity="e8"[^>]*><bdi dir="ltr">JICA<\/bdi><\/mark>\)/);
    // In the tables: values with units, codes and English names.
    for (const s of [
      '<bdi dir="ltr">≤ 500 MW</bdi>',
      '<bdi dir="ltr">≈ 420,000,000 USD</bdi>',
      '<bdi dir="ltr">(UZ)</bdi>',
      '<bdi dir="ltr">Japan International Cooperation Agency</bdi>',
      '<bdi dir="ltr">2026–2029</bdi>',
    ]) {
      expect(page).toContain(s);
    }
    // In the header: the date and the source path.
    expect(page).toContain('<dd><bdi dir="ltr">2025-12-14</bdi></dd>');
    expect(page).toContain('<dd><bdi dir="ltr">tests/fixtures/report/sample-article.txt</bdi></dd>');
  });

  it('draws the charts as inline SVG with a tooltip per bar', () => {
    const page = sampleHtml();
    expect((page.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img"/g) ?? []).length).toBe(5);
    expect(page).toContain('<title>أوزبكستان: 900–1,400 MW\n');
    expect(page).toContain('<title>قيرغيزستان: 150M USD\n');
    expect((page.match(/<g class="event"/g) ?? []).length).toBe(3);
  });

  it('links to the files beside it', () => {
    expect(sampleHtml()).toContain('<a href="figures.csv"><bdi dir="ltr">figures.csv</bdi></a>');
  });
});

describe('escaping: an article containing markup shows it as text', () => {
  const text = 'عنوان <script>alert("x")</script>\n\nقالت <img src=x onerror=alert(1)> إن "الشركة" & شريكها وقّعا.';
  const a = handmadeAnalysis(text, {
    title: 'عنوان <script>alert("x")</script>',
    site: '<b>موقع</b>',
    author: '"><script>',
    source: 'in/<x>.txt',
    entities: [{ id: 'e<1>', type: 'ORG', key: '"k"', name: '<script>', name_en: '</bdi><script>', mentions: [['"الشركة"', 'الشركة']] }],
    figures: [{ id: 'f"1', kind: 'number', value: 1, unit: '<u>', at: ['<img src=x onerror=alert(1)>', '1'] }],
    messages: [{ rule: '<r>', reason: '<script>bad</script>', at: ['<script>alert("x")</script>'] }],
  });
  const page = reportHtml(buildReportModel(a), text, { files: ['<evil>.csv'] });

  it('contains no element from the article', () => {
    expect(page).not.toMatch(/<script|<img|<b>|<u>|<x>|<evil>|<r>/i);
  });

  it('shows the article text, markup included, as text', () => {
    expect(textOf(articleOf(page))).toBe(text);
  });

  it('escapes attributes (ids, tooltips) so quotes cannot end them', () => {
    expect(page).toContain('data-entity="e&lt;1&gt;"');
    expect(page).toContain('id="fig-f&quot;1"');
    expect(page).not.toMatch(/="[^"]*"><script/);
  });

  it('every highlight span is in the analysis', () => {
    expect(articleHighlights(buildReportModel(a), text)).toHaveLength(2);
  });
});
