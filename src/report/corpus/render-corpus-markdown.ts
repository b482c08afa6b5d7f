// The corpus report's Markdown twin: the same sections as tables (the charts and maps as the
// numbers they draw), limited like the page; the full lists are in the CSV files beside it.
import { formatNumber, formatValue } from '../format-values.js';
import { mdCell } from '../render-markdown.js';
import type { CorpusModel } from './corpus-model.js';
import { ATTRIBUTE_LABELS_AR, CORPUS_CSV } from './render-corpus-html.js';

function table(head: string[], rows: (string | number)[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function corpusMarkdown(m: CorpusModel): string {
  const c = m.counts;
  const out: string[] = [`# arqam corpus report: ${mdCell(m.store)}`, ''];
  out.push(
    `${formatNumber(c.documents)} articles from ${formatNumber(c.outlets)} outlets, published ${c.firstDate ?? '—'} to ${c.lastDate ?? '—'}; ` +
      `${formatNumber(c.figures)} figures; ${formatNumber(c.projectRecords)} project records consolidated into ${formatNumber(c.projects)} projects, ` +
      `${formatNumber(c.multiSource)} reported by several articles, ${formatNumber(c.withConflicts)} with sources that disagree; ${formatNumber(c.entities)} entities.`,
    '',
  );
  out.push('## Consolidated projects', '');
  if (m.projects.length === 0) out.push('No projects found.', '');
  else {
    out.push(
      ...table(
        ['project', 'type', 'country', 'places', 'capacity', 'cost', 'years', 'sources', 'reported', 'who', 'conflicts'],
        m.projects.map((p) => [
          mdCell(p.name),
          p.type,
          p.country ?? '',
          mdCell(p.places.slice(0, 3).join('، ')),
          p.capacity_mw !== null ? formatValue(p.capacity_mw, p.capacity_mw_max, 'MW') : '',
          p.cost !== null ? formatValue(p.cost, null, p.currency) : p.cost_usd !== null ? formatValue(p.cost_usd, null, 'USD') : '',
          [p.year, p.year_end].filter((y) => y !== null).join('–'),
          p.sources,
          p.first_report ? (p.first_report === p.last_report ? p.first_report : `${p.first_report} – ${p.last_report}`) : '',
          mdCell(
            p.members
              .map((s) =>
                `${s.href ? `[${s.outlet ?? s.doc_id.slice(0, 8)}](${encodeURI(s.href)})` : (s.outlet ?? s.doc_id.slice(0, 8))} ${s.published ?? ''}`.trim(),
              )
              .join('; '),
          ),
          mdCell(
            p.conflicts
              .map(
                (k) =>
                  `${ATTRIBUTE_LABELS_AR[k.attribute]}${k.kind === 'unchecked' ? ' (unchecked)' : ''}: ${k.values.map((v) => `${v.value} (${v.docs.length})`).join(' / ')}`,
              )
              .join('; '),
          ),
        ]),
      ),
      '',
      `${m.projects.length < c.projects ? `The first ${m.projects.length} of ${c.projects}, by number of sources; ` : ''}all of them in [${CORPUS_CSV.projects}](${CORPUS_CSV.projects}).`,
      '',
    );
  }
  out.push(`## Figures over time (per ${m.period}, by publication date)`, '');
  const families = [...new Set(m.figuresOverTime.flatMap((r) => Object.keys(r.values)))].sort();
  if (m.figuresOverTime.length === 0) out.push('No dated articles.', '');
  else
    out.push(
      ...table(
        [m.period, ...families, 'all'],
        m.figuresOverTime.map((r) => [
          r.period,
          ...families.map((f) => r.values[f] ?? 0),
          Object.values(r.values).reduce((a, b) => a + b, 0),
        ]),
      ),
      '',
    );
  out.push(`## Projects by first report (per ${m.period})`, '');
  if (m.projectsOverTime.length === 0) out.push('No dated projects.', '');
  else
    out.push(
      ...table(
        [m.period, 'several sources', 'one source'],
        m.projectsOverTime.map((r) => [r.period, r.values.multi ?? 0, r.values.single ?? 0]),
      ),
      '',
    );
  out.push('## Projects and money by country', '');
  if (m.countries.length === 0) out.push('No projects with a country.', '');
  else
    out.push(
      ...table(
        ['country', 'code', 'projects', 'several sources', 'cost in USD'],
        m.countries.map((k) => [mdCell(k.name), k.key, k.projects, k.multiSource, k.usd > 0 ? formatNumber(Math.round(k.usd)) : '']),
      ),
      '',
    );
  out.push('## Top entities', '');
  if (m.entities.length === 0) out.push('No entities found.', '');
  else
    out.push(
      ...table(
        ['name', 'type', 'name_en', 'articles', 'mentions'],
        m.entities.map((e) => [mdCell(e.name), e.type, mdCell(e.name_en), e.documents, e.mentions]),
      ),
      '',
      `All of them in [${CORPUS_CSV.entities}](${CORPUS_CSV.entities}).`,
      '',
    );
  out.push('## Articles', '');
  out.push(
    ...table(
      ['title', 'date', 'outlet', 'figures', 'entities', 'projects', 'id'],
      m.articles.map((a) => [
        a.href ? `[${mdCell(a.title ?? a.doc_id)}](${encodeURI(a.href)})` : mdCell(a.title ?? a.doc_id),
        a.published ?? '',
        mdCell(a.outlet),
        a.figures,
        a.entities,
        a.projects,
        a.doc_id,
      ]),
    ),
    '',
    `${m.articles.length < c.documents ? `The ${m.articles.length} of ${c.documents} with most projects and figures; ` : ''}all of them in [${CORPUS_CSV.articles}](${CORPUS_CSV.articles}).`,
    '',
  );
  return out.join('\n');
}
