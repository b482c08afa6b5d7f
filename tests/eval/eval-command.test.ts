// `arqam eval` as a user runs it (dist/, built by `npm test` first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, PROJECT_ROOT, SHARED } from '../helpers/shared.js';

function arqam(args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli/bin.js'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A gold folder with one good file and one broken one, and the good one's article. */
function goldFixture(): { gold: string; articles: string } {
  const dir = mkdtempSync(join(tmpdir(), 'arqam-eval-'));
  const gold = join(dir, 'gold');
  const articles = join(dir, 'articles');
  mkdirSync(gold);
  mkdirSync(articles);
  writeFileSync(join(articles, 'a.txt'), 'أعلنت اليابان في عام 2004 عن تمويل بقيمة 153 مليون دولار.\n');
  writeFileSync(
    join(gold, 'a.gold.json'),
    JSON.stringify({
      article: 'a.txt',
      figures: [{ context: 'عام 2004', text: '2004', kind: 'year', value: 2004 }],
      entities: [{ type: 'COUNTRY', key: 'JP', names: ['اليابان'] }],
      projects: [],
    }),
  );
  writeFileSync(join(gold, 'b.gold.json'), '{"article": ');
  return { gold, articles };
}

describe('arqam eval', () => {
  it('scores the good gold file and names the broken one (exit 1)', () => {
    const { gold, articles } = goldFixture();
    const r = arqam(['eval', '--gold', gold, '--articles', articles]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/b\.gold\.json: invalid JSON/);
    expect(r.stdout).toMatch(/Gold articles: 1 scored/);
    expect(r.stdout).toMatch(/Figures .*\n.*P +R +F1/);
    expect(r.stdout).toMatch(/Entities/);
    expect(r.stdout).toMatch(/Projects/);
  });

  it('--json gives the scores and the metrics', () => {
    const { gold, articles } = goldFixture();
    const r = arqam(['eval', '--gold', gold, '--articles', articles, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe('arqam.eval/1');
    expect(report.gold.result.totals.figures.overall.fn + report.gold.result.totals.figures.overall.tp).toBe(1);
    expect(Object.keys(report.metrics)).toContain('gold.figures.f1');
  });

  it('-v lists every miss with its text', () => {
    const { gold, articles } = goldFixture();
    const r = arqam(['eval', '--gold', gold, '--articles', articles, '-v']);
    expect(r.stdout).toMatch(/Misses and extras/);
    // Whatever the system finds, each gold item is listed as a miss or counted as found.
    const t = JSON.parse(arqam(['eval', '--gold', gold, '--articles', articles, '--json']).stdout).gold.result.totals;
    if (t.figures.overall.fn > 0) expect(r.stdout).toMatch(/figure MISS +year 2004 «2004»/);
    if (t.entities.overall.fn > 0) expect(r.stdout).toMatch(/entity MISS +COUNTRY JP «اليابان»/);
  });

  it('--gold-dev scores a second set apart, with gold-dev.* metrics and per-article lines under -v', () => {
    const { gold, articles } = goldFixture();
    const r = arqam(['eval', '--gold-dev', gold, '--articles', articles, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.gold).toBeUndefined();
    expect(report.goldDev.result.totals.documents).toBe(1);
    for (const m of [
      'gold-dev.figures.f1',
      'gold-dev.entities.f1',
      'gold-dev.projects.recall',
      'gold-dev.projects.precision',
      'gold-dev.projects.attributes',
    ]) {
      expect(Object.keys(report.metrics)).toContain(m);
    }
    const v = arqam(['eval', '--gold-dev', gold, '--articles', articles, '-v']);
    expect(v.stdout).toMatch(/Gold-dev articles: 1 scored/);
    expect(v.stdout).toMatch(/^ {2}a +figures \d+\/1 \+\d+ +entities \d+\/1/m);
  });

  it('a named gold folder with a consolidation.json has its consolidation scored; one without has none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-eval-cons-'));
    const gold = join(dir, 'gold');
    const articles = join(dir, 'articles');
    mkdirSync(gold);
    mkdirSync(articles);
    const text = (outlet: string) =>
      `${outlet}: وقعت الشركة السعودية للكهرباء عقد إنشاء محطة الأفلاج للطاقة الشمسية بقدرة 50 ميغاواط في المملكة العربية السعودية.\n`;
    for (const name of ['a', 'b']) {
      writeFileSync(join(articles, `${name}.txt`), text(name === 'a' ? 'الرياض' : 'جدة'));
      writeFileSync(
        join(gold, `${name}.gold.json`),
        JSON.stringify({
          article: `${name}.txt`,
          figures: [],
          entities: [],
          projects: [
            {
              anchor: { context: 'إنشاء محطة الأفلاج للطاقة الشمسية', text: 'محطة الأفلاج للطاقة الشمسية' },
              type: 'solar',
              country: 'SA',
              capacity_mw: 50,
            },
          ],
        }),
      );
    }
    const without = JSON.parse(arqam(['eval', '--gold', gold, '--articles', articles, '--json']).stdout);
    expect(without.consolidation).toBeUndefined();
    writeFileSync(
      join(gold, 'consolidation.json'),
      JSON.stringify({
        clusters: [
          {
            name: 'Aflaj solar',
            members: [
              { article: 'a.txt', anchor: 'محطة الأفلاج للطاقة الشمسية' },
              { article: 'b.txt', anchor: 'محطة الأفلاج للطاقة الشمسية' },
            ],
          },
        ],
      }),
    );
    const r = arqam(['eval', '--gold', gold, '--articles', articles, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.consolidation.ran).toBe(true);
    expect(report.consolidation.result.scores.links.tp + report.consolidation.result.scores.links.fn).toBe(1);
    expect(report.metrics['consolidation.recall']).toBe(1);
  });

  it('a path that does not exist is named (exit 1)', () => {
    const r = arqam(['eval', '--conll', '/nonexistent/file.conll']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/nonexistent\/file\.conll: no such file/);
  });

  it.skipIf(!HAS_SHARED)('with no flag evaluates everything on ../shared', () => {
    const r = arqam(['eval']);
    expect(r.stderr).not.toMatch(/FAILED/);
    expect(r.stdout).toMatch(/Gold articles: \d+ scored/);
    expect(r.stdout).toMatch(/Gold-dev articles: \d+ scored/);
    for (const section of ['CoNLL NER', 'Recognizers-Text specs', 'Duckling corpora']) expect(r.stdout).toContain(section);
    expect(SHARED).toBeTruthy();
  });
});
