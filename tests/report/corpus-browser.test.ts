// The corpus report (arqam report --db) in Chromium, like the article report: right to left,
// charts and maps drawn, hostile text shown as text, nothing fetched from the network.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { consolidateStore } from '../../src/consolidate/store-consolidation.js';
import { writeCorpusReport } from '../../src/report/corpus/write-corpus-report.js';
import { ingest } from '../../src/store/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../store/store-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);

const ARTICLES = [
  {
    id: 'a1',
    outlet: 'okaz',
    date: '2015-07-22',
    title: 'مطار <script>window.__pwned = 1</script>',
    text: 'افتتح الأمير مشروع مطار الملك عبدالعزيز الدولي الجديد في جدة بتكلفة 27 مليار ريال.',
  },
  {
    id: 'a2',
    outlet: 'alriyadh',
    date: '2015-07-24',
    title: 'مطار جدة',
    text: 'بدأ العمل في مشروع مطار الملك عبد العزيز بجدة الذي تبلغ تكلفته 7.2 مليار دولار.',
  },
  {
    id: 'a3',
    outlet: 'sabq',
    date: '2015-08-02',
    title: 'الزور <img src=x onerror="window.__pwned = 2">',
    text: 'وقعت وزارة الكهرباء عقدا لبناء محطة الزور الشمالية في الكويت بقدرة 1500 ميغاواط.',
  },
];

describe('the corpus report', () => {
  const dir = tempDir('corpus-report');
  const db = join(dir, 'store.duckdb');
  const out = join(dir, 'report');
  let files: string[] = [];

  beforeAll(async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
    await ingest([input], { db, workers: 0 });
    const store = await openStore(db);
    try {
      await consolidateStore(store.conn);
      files = await writeCorpusReport(store.conn, db, out);
    } finally {
      store.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the page, its Markdown twin and the full lists, with no absolute path inside', () => {
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual([
      'articles.csv',
      'consolidated-projects.csv',
      'entities.csv',
      'index.html',
      'index.md',
    ]);
    const md = readFileSync(join(out, 'index.md'), 'utf8');
    for (const h of [
      '## Consolidated projects',
      '## Figures over time (per day, by publication date)',
      '## Projects and money by country',
      '## Top entities',
      '## Articles',
    ])
      expect(md).toContain(h);
    for (const f of ['index.html', 'index.md']) expect(readFileSync(join(out, f), 'utf8')).not.toContain(dir);
  });

  it('escapes the titles of articles', () => {
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).not.toContain('<script>window');
    expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
  });

  describe.skipIf(!HAS_CHROMIUM)('in Chromium', () => {
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
      page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('loads with no console errors, no script run and no network', async () => {
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#articles').innerText()).toContain('<script>window.__pwned = 1</script>');
    });

    it('lays the page out right to left, in Arabic', async () => {
      const info = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        direction: getComputedStyle(document.body).direction,
      }));
      expect(info).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    });

    it('shows the airport of two outlets as one project with both sources', async () => {
      const rows = page.locator('table.consolidated tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.first().locator('.chip').count()).toBe(2);
    });

    it('draws the time charts and the world maps, the countries of the projects shaded', async () => {
      expect(await page.locator('#time svg g.column').count()).toBeGreaterThan(1);
      expect(await page.locator('#map svg path.country').count()).toBeGreaterThan(150);
      const fill = (key: string) => page.locator(`#map svg:first-of-type .country[data-key="${key}"]`).first().getAttribute('fill');
      expect(await fill('SA')).not.toBe('#e5e7eb');
      expect(await fill('BR')).toBe('#e5e7eb');
      const width = await page
        .locator('#map svg')
        .first()
        .evaluate((s) => s.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(300);
    });
  });
});
