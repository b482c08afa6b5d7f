// The SQL of the store's view figure_facts, apart from figures-query.ts so that the schema
// (and `extract`, which reads the schema's columns) does not load DuckDB's bindings to get it.

/**
 * A list column as a list, whether the store has it as a LIST or, written by an older arqam and
 * not converted yet (schema.ts converts it when an ingest opens it), as a `|`-joined string.
 */
export const listOf = (column: string): string =>
  `coalesce(TRY_CAST(${column} AS VARCHAR[]), string_split(CAST(${column} AS VARCHAR), '|'))`;

/**
 * Every figure with its document's title, date and year, and what it is about: the subject's
 * name and type, and its country — the key of a COUNTRY subject, the country of a project
 * subject, else the country of a project that lists the figure among its own. The store keeps
 * this as the view `figure_facts`, so that "money by country and year" is one GROUP BY.
 */
export const FIGURE_FACTS_SQL = `
      SELECT f.*, d.title, d.published, CAST(year(TRY_CAST(d.published AS DATE)) AS INTEGER) AS year,
             coalesce(e.name, p.name) AS subject_name,
             CASE WHEN e.entity_id IS NOT NULL THEN e.type WHEN p.project_id IS NOT NULL THEN 'PROJECT' END AS subject_type,
             coalesce(CASE WHEN e.type = 'COUNTRY' THEN e.key END, p.country, (
               SELECT min(lp.country) FROM projects lp
               WHERE lp.doc_id = f.doc_id AND list_contains(${listOf('lp.figures')}, f.figure_id))) AS country
      FROM figures f
      JOIN documents d ON d.doc_id = f.doc_id
      LEFT JOIN entities e ON e.doc_id = f.doc_id AND e.entity_id = f.subject
      LEFT JOIN projects p ON p.doc_id = f.doc_id AND p.project_id = f.subject`;
