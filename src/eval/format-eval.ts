// The eval report as the terminal shows it: P/R/F1 per kind and type, and with `verbose`
// every miss and every extra with its text.
import { relative } from 'node:path';
import type { CorpusCheck } from './check-corpus.js';
import type { ConllEvaluation } from './evaluate-conll.js';
import type { ConsolidationEvaluation } from './evaluate-consolidation.js';
import type { ArticleScores, GoldEvaluation } from './evaluate-gold.js';
import type { SpecEvaluation } from './evaluate-specs.js';
import { formatTable, pct, type Cell } from './format-table.js';
import type { Prf } from './prf.js';
import type { EvalReport, Section } from './run-eval.js';

const show = (p: string) => {
  const r = relative(process.cwd(), p);
  return r === '' ? '.' : r.startsWith('../../') ? p : r;
};

function prfRow(name: string, s: Prf): Cell[] {
  return [name, s.tp + s.fn, s.tp + s.fp, s.tp, s.fn, s.fp, pct(s.precision), pct(s.recall), pct(s.f1)];
}
const PRF_HEADER = ['', 'gold', 'system', 'found', 'missed', 'extra', 'P', 'R', 'F1'];

function prfTable(byKey: Record<string, Prf>, overall: Prf): string {
  const rows = Object.entries(byKey).map(([k, s]) => prfRow(k, s));
  rows.push(prfRow('all', overall));
  return formatTable(PRF_HEADER, rows);
}

const quote = (s: string) => `«${s.replace(/\s+/g, ' ')}»`;
const figureText = (f: { kind: string; value: unknown; value_max?: unknown; unit?: string | null; qualifier?: string | null }) =>
  `${f.kind} ${String(f.value)}${f.value_max !== null && f.value_max !== undefined ? `..${String(f.value_max)}` : ''}${f.unit ? ` ${f.unit}` : ''}${f.qualifier ? ` (${f.qualifier})` : ''}`;

function around(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 25);
  const b = Math.min(text.length, end + 25);
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}[${text.slice(start, end)}]${text.slice(end, b)}${b < text.length ? '…' : ''}`.replace(
    /\s+/g,
    ' ',
  );
}

function goldDetails(a: ArticleScores, text?: string): string[] {
  const out: string[] = [`  ${show(a.gold)}`];
  for (const p of a.problems) out.push(`    problem: ${p}`);
  for (const m of a.figures.misses) {
    const near = m.overlapping.length > 0 ? `; system has ${m.overlapping.map((s) => `${figureText(s)} ${quote(s.text)}`).join(', ')}` : '';
    out.push(
      `    figure MISS   ${figureText(m.gold)} ${quote(m.gold.text)} in ${quote(m.gold.context)}${m.unlocated ? ` (${m.unlocated})` : ''}${near}`,
    );
  }
  for (const s of a.figures.extras) {
    out.push(`    figure EXTRA  ${figureText(s)} ${quote(s.text)}${text ? ` in ${quote(around(text, s.start, s.end))}` : ''}`);
  }
  for (const g of a.entities.misses) out.push(`    entity MISS   ${g.type}${g.key ? ` ${g.key}` : ''} ${g.names.map(quote).join(' / ')}`);
  for (const e of a.entities.extras) {
    const mentions = [...new Set(e.system.mentions.map((m) => m.text))].slice(0, 5).map(quote).join(', ');
    const dup = e.duplicateOf ? ` (a second entity for ${quote(e.duplicateOf.names[0])})` : '';
    out.push(
      `    entity EXTRA  ${e.system.type}${e.system.key ? ` ${e.system.key}` : ''} ${quote(e.system.name)} mentions ${mentions}${dup}`,
    );
  }
  for (const m of a.projects.misses)
    out.push(
      `    project MISS  ${m.gold.type ?? ''} ${quote(m.gold.anchor.text)} in ${quote(m.gold.anchor.context)}${m.unlocated ? ` (${m.unlocated})` : ''}`,
    );
  for (const s of a.projects.extras)
    out.push(`    project EXTRA ${s.type} ${quote(s.name)}${text ? ` at ${quote(around(text, s.start, s.end))}` : ''}`);
  for (const m of a.projects.matches) {
    for (const d of m.diffs)
      out.push(`    project ATTR  ${quote(m.gold.anchor.text)} ${d.attribute}: gold ${String(d.gold)}, system ${String(d.system)}`);
  }
  for (const [f, s] of Object.entries(a.meta))
    if (!s.same) out.push(`    meta ${f}: gold ${quote(s.gold ?? '')}, system ${s.system === null ? 'null' : quote(s.system)}`);
  return out;
}

/** One line per article: its figures, entities and projects found of the gold's. */
function articleLine(a: ArticleScores): string {
  const f = a.figures.overall;
  const e = a.entities.overall;
  const p = a.projects.overall;
  const attr = a.projects.attributes;
  const name = show(a.gold)
    .split('/')
    .pop()!
    .replace(/\.gold\.json$/, '');
  return `  ${name.padEnd(24)} figures ${f.tp}/${f.tp + f.fn} +${f.fp}  entities ${e.tp}/${e.tp + e.fn} +${e.fp}  projects ${p.tp}/${p.tp + p.fn} +${p.fp}  attributes ${attr.same}/${attr.of}`;
}

export function formatGold(g: GoldEvaluation, verbose: boolean, texts?: Map<string, string>, title = 'Gold articles'): string {
  const t = g.totals;
  const out: string[] = [];
  out.push(`${title}: ${t.documents} scored (${show(g.goldDir)}; articles from ${g.articleDirs.map(show).join(', ')})`);
  for (const f of g.failures) out.push(`  FAILED ${f.reason}`);
  const opt = g.articles.reduce((s, a) => ({ found: s.found + a.figures.optional.found, missed: s.missed + a.figures.optional.missed }), {
    found: 0,
    missed: 0,
  });
  const q = g.articles.reduce((s, a) => ({ agree: s.agree + a.figures.qualifier.agree, of: s.of + a.figures.qualifier.of }), {
    agree: 0,
    of: 0,
  });
  out.push('', 'Figures (span overlap + same kind, value, value_max, unit; count/quantity/number interchangeable)');
  out.push(prfTable(t.figures.byKind, t.figures.overall));
  out.push(
    `  optional figures: ${opt.found} found, ${opt.missed} missed (not scored); qualifier agrees on ${q.agree} of ${q.of} found figures that have one`,
  );
  const eopt = g.articles.reduce(
    (s, a) => ({ found: s.found + a.entities.optional.found, missed: s.missed + a.entities.optional.missed }),
    { found: 0, missed: 0 },
  );
  out.push('', 'Entities (per document; a mention equal to a gold name after folding and clitic stripping, or the same country key)');
  out.push(prfTable(t.entities.byType, t.entities.overall));
  out.push(`  optional entities: ${eopt.found} found, ${eopt.missed} missed (not scored)`);
  out.push('', 'Projects (system span overlaps the gold anchor)');
  out.push(prfTable({}, t.projects.overall));
  const a = t.projects.attributes;
  const attrRows: Cell[][] = Object.entries(a.byAttribute).map(([k, c]) => [k, c.stated, c.of, c.same, pct(c.share), pct(c.overall)]);
  attrRows.push(['all', a.stated, a.of, a.same, pct(a.share), pct(a.overall)]);
  out.push('  attributes of the projects (share of those the gold states):');
  out.push(formatTable(['attribute', 'stated', 'in found', 'same', '% of found', '% of all'], attrRows, '    '));
  const metaRows = Object.entries(t.meta).map(([f, c]) => [f, `${c.same}/${c.of}`]);
  if (metaRows.length > 0) out.push('', 'Document metadata (same as the gold, folded)', formatTable(['field', 'same'], metaRows));
  const problems = g.articles.reduce((n, x) => n + x.problems.length, 0);
  if (problems > 0 && !verbose) out.push('', `${problems} problems with gold or spans (run with -v to list them)`);
  if (verbose) {
    out.push('', 'Per article (found/gold +extra):', ...g.articles.map(articleLine));
    out.push('', 'Misses and extras:');
    for (const art of g.articles) out.push(...goldDetails(art, texts?.get(art.gold)));
  }
  return out.join('\n');
}

function trainingData(training: unknown): string | null {
  if (!training || typeof training !== 'object') return null;
  const data = (training as { data?: unknown }).data;
  return Array.isArray(data) ? data.join('; ') : typeof data === 'string' ? data : null;
}

export function formatConll(c: ConllEvaluation, what = 'CoNLL NER'): string {
  const files = c.files.length === 1 ? show(c.files[0]) : `${c.files.length} files`;
  const rec = (r: { found: number; total: number; recall: number }) => `${pct(r.recall)} (${r.found}/${r.total})`;
  return [
    `${what} (${files}: ${c.sentences} sentences, ${c.tokens} tokens; entity level, exact span and type)`,
    prfTable(c.byType, c.micro),
    `  token accuracy: ${pct(c.accuracy)}`,
    ...(c.lengths ? [`  recall of one-word names ${rec(c.lengths.single)}, of longer names ${rec(c.lengths.multi)}`] : []),
    ...(c.unknownTags.length > 0
      ? [
          `  ${c.unknownTags.length} gold tags outside the tag set, read as no entity: ${c.unknownTags
            .slice(0, 3)
            .map((u) => `${JSON.stringify(u.tag)} at ${show(u.at)}`)
            .join(', ')}${c.unknownTags.length > 3 ? ', …' : ''}`,
        ]
      : []),
    ...(trainingData(c.training) ? [`  model trained on: ${trainingData(c.training)}`] : []),
  ].join('\n');
}

export function formatSpecs(title: string, s: SpecEvaluation, verbose: boolean): string {
  const excl = (passed: number, cases: number, rejected: number) =>
    rejected > 0 ? pct(cases - rejected > 0 ? passed / (cases - rejected) : 1) : '';
  const rows: Cell[][] = s.files.map((f) => [
    f.file,
    f.cases,
    f.passed,
    f.cases - f.passed - f.rejected,
    f.rejected,
    pct(f.cases > 0 ? f.passed / f.cases : 1),
    excl(f.passed, f.cases, f.rejected),
  ]);
  rows.push(['all', s.cases, s.passed, s.cases - s.passed - s.rejected, s.rejected, pct(s.rate), excl(s.passed, s.cases, s.rejected)]);
  const out = [`${title} (${show(s.dir)}; % = passed of all cases, expectations rejected by the scorer counted as not passed)`];
  out.push(formatTable(['file', 'cases', 'passed', 'failed', 'rejected', '%', '% w/o rejected'], rows));
  const byCategory = new Map<string, SpecEvaluation['files'][number]['failures']>();
  for (const f of s.files) {
    for (const x of f.failures) {
      const k = `${f.file}: ${x.category}`;
      if (!byCategory.has(k)) byCategory.set(k, []);
      byCategory.get(k)!.push(x);
    }
  }
  if (byCategory.size > 0) {
    out.push('  failures by category:');
    for (const [k, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`    ${k}: ${list.length}`);
      const shown = verbose ? list : list.slice(0, 3);
      for (const x of shown) {
        const exp = x.expected === undefined ? '' : ` expected ${JSON.stringify(x.expected)}`;
        const got = x.got === undefined ? '' : ` got ${JSON.stringify(x.got)}`;
        out.push(`      ${quote(x.input)}${exp}${got}${x.note ? ` — ${x.note}` : ''}`);
      }
      if (shown.length < list.length) out.push(`      … ${list.length - shown.length} more (-v lists all)`);
    }
  }
  return out.join('\n');
}

export function formatCorpus(c: CorpusCheck, verbose: boolean): string {
  const docs = c.documents;
  const sum = (f: (d: CorpusCheck['documents'][number]) => number) => docs.reduce((n, d) => n + f(d), 0);
  const bad = docs.filter((d) => d.spanErrors.length > 0 || d.stageFailures.length > 0);
  const out = [
    `Corpus checks without gold (${show(c.dir)}: ${docs.length + c.unreadable.length} articles)`,
    `  found: ${sum((d) => d.figures)} figures, ${sum((d) => d.entities)} entities, ${sum((d) => d.projects)} projects; articles with none: figures ${docs.filter((d) => d.figures === 0).length}, entities ${docs.filter((d) => d.entities === 0).length}`,
    `  span errors: ${sum((d) => d.spanErrors.length)}; stage failures: ${sum((d) => d.stageFailures.length)}; unreadable: ${c.unreadable.length}; clean articles: ${pct(c.clean)}%`,
  ];
  for (const u of c.unreadable) out.push(`  UNREADABLE ${u.reason}`);
  for (const d of bad) {
    const lines = [...d.stageFailures, ...d.spanErrors];
    out.push(`  ${show(d.file)}: ${lines.length} problems`);
    for (const l of verbose ? lines : lines.slice(0, 3)) out.push(`    ${l}`);
  }
  return out.join('\n');
}

export function formatConsolidation(c: ConsolidationEvaluation, verbose: boolean): string {
  const s = c.scores;
  const pair = (p: (typeof s.trueLinks)[number]) =>
    `${p.a.article} ${quote(p.a.anchor)} — ${p.b.article} ${quote(p.b.anchor)}${p.gold ? ` (${p.gold})` : ''}`;
  const out = [
    `Consolidation across articles (${show(c.goldDir)}/consolidation.json: ${c.documents} articles, ${c.projects} system projects in ${c.clusters} consolidated projects; pairs of gold projects found)`,
    formatTable(['', 'gold links', 'system links', 'true', 'missed', 'false', 'P', 'R', 'F1'], [prfRow('links', s.links)]),
    `  gold projects of the clusters found: ${s.clusterMembersFound} of ${s.clusterMembers} (links among the others cannot be scored)`,
  ];
  for (const f of c.failures) out.push(`  FAILED ${f.reason}`);
  for (const p of s.missedLinks) out.push(`  MISSED ${pair(p)}`);
  for (const p of s.falseLinks) out.push(`  FALSE  ${pair(p)}`);
  if (verbose) for (const p of s.trueLinks) out.push(`  TRUE   ${pair(p)}`);
  return out.join('\n');
}

function skipped(title: string, s: Section<unknown>): string | null {
  return s.ran ? null : `${title}: skipped — ${s.reason}`;
}

/** The whole report as text. */
export function formatEvalReport(r: EvalReport, verbose = false, texts?: Map<string, string>): string {
  const parts: string[] = [];
  if (r.gold) parts.push(skipped('Gold articles', r.gold) ?? formatGold((r.gold as { result: GoldEvaluation }).result, verbose, texts));
  if (r.goldDev)
    parts.push(
      skipped('Gold-dev articles', r.goldDev) ??
        formatGold((r.goldDev as { result: GoldEvaluation }).result, verbose, texts, 'Gold-dev articles'),
    );
  if (r.nerDev)
    parts.push(
      skipped('CoNLL NER, ANERcorp dev tenth', r.nerDev) ??
        formatConll(
          (r.nerDev as { result: ConllEvaluation }).result,
          'CoNLL NER, ANERcorp dev tenth (the last tenth of the train file, never trained on)',
        ),
    );
  if (r.conll) parts.push(skipped('CoNLL NER', r.conll) ?? formatConll((r.conll as { result: ConllEvaluation }).result));
  if (r.recognizers)
    parts.push(
      skipped('Recognizers-Text specs', r.recognizers) ??
        formatSpecs('Recognizers-Text specs', (r.recognizers as { result: SpecEvaluation }).result, verbose),
    );
  if (r.duckling)
    parts.push(
      skipped('Duckling corpora', r.duckling) ??
        formatSpecs('Duckling corpora', (r.duckling as { result: SpecEvaluation }).result, verbose),
    );
  if (r.corpus) parts.push(skipped('Corpus checks', r.corpus) ?? formatCorpus((r.corpus as { result: CorpusCheck }).result, verbose));
  if (r.consolidation)
    parts.push(
      skipped('Consolidation', r.consolidation) ??
        formatConsolidation((r.consolidation as { result: ConsolidationEvaluation }).result, verbose),
    );
  return parts.join('\n\n') + '\n';
}
