// report.html in a real browser: Debian's Chromium, driven by playwright-core. The page must
// load with no console errors, lay out right to left, show the highlights and draw the charts;
// a screenshot is saved as reports/screenshot-report.png for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { analyzeDocument, toAnalysis } from '../../src/analyze.js';
import { writeAnalysisOutputs, writeIndex } from '../../src/report/write-outputs.js';
import { handmadeAnalysis, SAMPLE_TEXT, sampleAnalysis } from '../fixtures/report/sample-analysis.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`tests/report/browser: ${CHROMIUM} is absent (apt-get install chromium); the browser tests are skipped`);

const SEED = 'data/articles/nayrouz-central-asia-japan-summit.txt';
const BIDI_TEXT = 'تنفذ شركة Toshiba Energy Systems Co. (2025) الأعمال.';
const SCRIPT_TEXT = 'عنوان <script>window.__pwned = 1</script>\n\nنص فيه <img src=x onerror="window.__pwned = 2"> و"اقتباس" & رمز.';

describe.skipIf(!HAS_CHROMIUM)('report.html in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const screenshots = join(PROJECT_ROOT, 'reports');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arqam-browser-'));
    const sample = writeAnalysisOutputs(sampleAnalysis(), SAMPLE_TEXT, join(dir, 'sample'), { excel: false, slug: 'sample' });
    const seedText = readFileSync(join(PROJECT_ROOT, SEED), 'utf8');
    const seed = writeAnalysisOutputs(toAnalysis(analyzeDocument(seedText, { source: SEED })), seedText, join(dir, 'seed'), {
      excel: false,
      slug: 'seed',
    });
    const hostile = handmadeAnalysis(SCRIPT_TEXT, { title: 'عنوان <script>window.__pwned = 3</script>', source: 'x.txt' });
    writeAnalysisOutputs(hostile, SCRIPT_TEXT, join(dir, 'hostile'), { excel: false, slug: 'hostile' });
    const bidi = handmadeAnalysis(BIDI_TEXT, {
      title: 'شركة',
      entities: [
        { id: 'e1', type: 'ORG', key: null, name: 'Toshiba Energy Systems Co.', name_en: null, mentions: [['Toshiba Energy Systems Co.']] },
      ],
      figures: [{ id: 'f1', kind: 'year', value: 2025, at: ['(2025)', '2025'] }],
    });
    writeAnalysisOutputs(bidi, BIDI_TEXT, join(dir, 'bidi'), { excel: false, slug: 'bidi' });
    writeIndex([sample, seed], dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a file, collecting console errors, page errors and any request that leaves the file. */
  async function open(file: string, width = 1200): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('loads the sample report with no console errors and no network', async () => {
    const { page, errors, requests } = await open(join(dir, 'sample', 'report.html'));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('lays the page out right to left, in Arabic', async () => {
    const { page } = await open(join(dir, 'sample', 'report.html'));
    const info = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      direction: getComputedStyle(document.body).direction,
      articleDirection: getComputedStyle(document.querySelector('.article-text') as Element).direction,
    }));
    expect(info).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl', articleDirection: 'rtl' });
    // Right to left: the title's right edge is near the page's right edge, not its left.
    const box = await page.locator('h1').boundingBox();
    const text = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('h1') as Element);
      const rect = r.getBoundingClientRect();
      return { left: rect.left, right: rect.right };
    });
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0) - text.right).toBeLessThan(5);
    await page.close();
  });

  it('highlights every entity mention and figure, with a tooltip', async () => {
    const a = sampleAnalysis();
    const { page } = await open(join(dir, 'sample', 'report.html'));
    const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(await page.locator('.article-text mark.ent').count()).toBe(mentions);
    expect(await page.locator('.article-text mark.fig').count()).toBe(a.figures.length);
    expect(await page.locator('.article-text .prj').count()).toBe(a.projects.length);
    // Every highlight is visible and painted with its type's background.
    const painted = await page.$$eval(
      '.article-text mark.ent',
      (ms) => ms.filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)' && m.getBoundingClientRect().width > 0).length,
    );
    expect(painted).toBe(mentions);
    expect(await page.locator('#fig-f3').getAttribute('title')).toContain('≤ 500 MW');
    await page.close();
  });

  it('draws the charts as SVG with their bars and timeline', async () => {
    const { page } = await open(join(dir, 'sample', 'report.html'));
    expect(await page.locator('#charts svg').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#charts g.bar rect').count()).toBeGreaterThan(5);
    expect(await page.locator('#charts g.event').count()).toBe(3);
    const sizes = await page.$$eval('#charts svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    for (const w of sizes) expect(w).toBeGreaterThan(100);
    await page.close();
  });

  it('keeps a Latin name, its period and the year after it in reading order inside an Arabic line', async () => {
    // Without isolation the year takes the name's direction (UBA rule W7) and shows on its right,
    // read before the name; and an abbreviation's period can jump to the other side.
    const { page } = await open(join(dir, 'bidi', 'report.html'));
    const pos = await page.evaluate(() => {
      const mark = document.querySelector('.article-text mark.ent') as HTMLElement;
      const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      const at = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const co = node.data.indexOf('Co.');
      const year = (document.querySelector('.article-text mark.fig') as HTMLElement).getBoundingClientRect();
      return { name: mark.getBoundingClientRect(), year, C: at(co).left, dot: at(co + 2).left, text: node.data };
    });
    expect(pos.text).toBe('Toshiba Energy Systems Co.');
    expect(Math.abs(pos.year.top - pos.name.top)).toBeLessThan(5); // one line
    expect(pos.year.right).toBeLessThanOrEqual(pos.name.left); // the year follows the name, to its left
    expect(pos.C).toBeLessThan(pos.dot); // "Co." reads left to right
    await page.close();
  });

  it('shows an article containing <script> as text and runs nothing', async () => {
    const { page, errors } = await open(join(dir, 'hostile', 'report.html'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('.article-text').innerText()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('h1').innerText()).toContain('<script>');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the seed report and the index with no console errors', async () => {
    for (const file of [join(dir, 'seed', 'report.html'), join(dir, 'index.html')]) {
      const { page, errors, requests } = await open(file);
      expect(errors, file).toEqual([]);
      expect(requests, file).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      await page.close();
    }
  });

  it('saves screenshots of the sample report, the seed report and the index under reports/', async () => {
    mkdirSync(screenshots, { recursive: true });
    const shots: [string, string][] = [
      [join(dir, 'sample', 'report.html'), 'screenshot-report.png'],
      [join(dir, 'seed', 'report.html'), 'screenshot-seed.png'],
      [join(dir, 'index.html'), 'screenshot-index.png'],
    ];
    for (const [file, name] of shots) {
      const { page } = await open(file, 1200);
      await page.screenshot({ path: join(screenshots, name), fullPage: true });
      await page.close();
      expect(existsSync(join(screenshots, name))).toBe(true);
    }
  });
});
