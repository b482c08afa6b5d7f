// Writes the corpus report of a store: DIR/index.html, DIR/index.md and the full lists as CSV
// (consolidated projects, entities, articles) that the page's limited tables point to.
import type { DuckDBConnection } from '@duckdb/node-api';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { writeResult } from '../../store/format-result.js';
import { buildCorpusModel, type CorpusModelOptions } from './corpus-model.js';
import { corpusHtml, CORPUS_CSV } from './render-corpus-html.js';
import { corpusMarkdown } from './render-corpus-markdown.js';

const CSV_SQL: Record<keyof typeof CORPUS_CSV, string> = {
  projects: `SELECT cluster_id, name, type, family, country, array_to_string(places, '|') AS places, year, year_end, capacity_mw, capacity_mw_max,
                    capacity, capacity_unit, cost, currency, cost_usd, array_to_string(partners, '|') AS partners, first_report, last_report,
                    sources, outlets, array_to_string(source_outlets, '|') AS source_outlets, array_to_string(source_docs, '|') AS source_docs, conflicts
             FROM consolidated_projects ORDER BY sources DESC, first_report NULLS LAST, cluster_id`,
  entities: `SELECT entity_key, type, key, name, name_en, documents, mentions FROM consolidated_entities ORDER BY documents DESC, mentions DESC, entity_key`,
  articles: `SELECT doc_id, title, TRY_CAST(published AS DATE) AS published, site, source, figures, entities, projects FROM documents ORDER BY published NULLS LAST, doc_id`,
};

export async function writeCorpusReport(
  conn: DuckDBConnection,
  storePath: string,
  outDir: string,
  options: Omit<CorpusModelOptions, 'outDir'> = {},
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const model = await buildCorpusModel(conn, storePath, { ...options, outDir });
  const written: string[] = [];
  const put = (name: string, text: string) => {
    writeFileSync(join(outDir, name), text);
    written.push(join(outDir, name));
  };
  put('index.html', corpusHtml(model));
  put('index.md', corpusMarkdown(model));
  for (const [key, file] of Object.entries(CORPUS_CSV) as [keyof typeof CORPUS_CSV, string][]) {
    const out = createWriteStream(join(outDir, file));
    await writeResult(await conn.stream(CSV_SQL[key]), 'csv', out);
    out.end();
    await once(out, 'finish');
    written.push(join(outDir, file));
  }
  return written;
}
