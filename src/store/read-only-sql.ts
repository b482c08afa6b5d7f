// The statements `arqam query` runs: one query (SELECT, or EXPLAIN of one), prepared on a
// connection opened with querySettings (open-store.ts). DuckDB's settings already refuse every
// file but the store; this check refuses by kind what would change the store or the session
// (INSERT, CREATE, SET, ATTACH, INSTALL ...), and it is what keeps `--allow-files` read-only:
// there files can be read, and COPY TO or EXPORT must still be refused (issue 21).
import { StatementType, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';

/** A statement `arqam query` does not run; its message says why, in words. */
export class RefusedQuery extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedQuery';
  }
}

const ALLOWED = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

/** Why a statement of this kind is refused. */
function refusal(type: StatementType, verb: string): string {
  switch (type) {
    case StatementType.COPY:
    case StatementType.EXPORT:
    case StatementType.COPY_DATABASE:
      return `${verb} writes files, and arqam query writes nothing (arqam export --parquet DIR writes the tables)`;
    case StatementType.ATTACH:
    case StatementType.DETACH:
      return `${verb} opens or closes another database, and arqam query reads only the store given with --db`;
    case StatementType.LOAD:
    case StatementType.EXTENSION:
    case StatementType.UPDATE_EXTENSIONS:
      return `${verb} installs or loads a DuckDB extension, which arqam query does not allow`;
    case StatementType.SET:
    case StatementType.VARIABLE_SET:
      return `${verb} changes a setting, and arqam query's settings are locked`;
    case StatementType.INSERT:
    case StatementType.UPDATE:
    case StatementType.DELETE:
    case StatementType.CREATE:
    case StatementType.DROP:
    case StatementType.ALTER:
    case StatementType.MERGE_INTO:
    case StatementType.CREATE_FUNC:
    case StatementType.VACUUM:
    case StatementType.ANALYZE:
    case StatementType.TRANSACTION:
      return `${verb} changes the store, and arqam query is read-only`;
    default:
      return `${verb} is not a query; arqam query runs SELECT statements (and EXPLAIN) only`;
  }
}

/** The first word of a statement, upper-cased, to name it in messages. */
export function leadingVerb(sql: string): string {
  const m = /^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*([A-Za-z_]+)/.exec(sql);
  return m ? m[1].toUpperCase() : 'the statement';
}

/**
 * DuckDB's refusal of a file, in words: "Permission Error: Cannot access file "/etc/passwd" -
 * file system operations are disabled by configuration".
 */
export function explainQueryError(message: string, sql: string, allowFiles: boolean): string {
  const file = /Cannot access (?:file|directory) "([^"]*)"/.exec(message);
  if (/disabled (?:by|through) configuration/i.test(message)) {
    const verb = leadingVerb(sql);
    if (/^(COPY|EXPORT)$/.test(verb)) return `refused: ${refusal(StatementType.COPY, verb)}`;
    if (verb === 'ATTACH') return `refused: ${refusal(StatementType.ATTACH, verb)}`;
    if (/^(INSTALL|LOAD|FORCE|UPDATE)$/.test(verb)) return `refused: ${refusal(StatementType.LOAD, verb)}`;
    return (
      `refused: the query reads ${file ? `the file "${file[1]}"` : 'a file'}, and arqam query reads only the store` +
      (allowFiles ? '' : ' (add --allow-files to let a query read Parquet, CSV or JSON files; it still writes nothing)')
    );
  }
  if (/the configuration has been locked/i.test(message)) return `refused: ${refusal(StatementType.SET, leadingVerb(sql))}`;
  return message;
}

/**
 * The one statement of `sql`, prepared, once it is known to be a query; throws RefusedQuery for
 * anything else, and for more than one statement (only the last one's result could be shown,
 * and the others would run unseen).
 */
export async function prepareQuery(conn: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  const extracted = await conn.extractStatements(sql);
  if (extracted.count === 0) throw new RefusedQuery('the SQL holds no statement');
  if (extracted.count > 1) throw new RefusedQuery(`the SQL holds ${extracted.count} statements; arqam query runs one at a time`);
  const prepared = await extracted.prepare(0);
  const type = prepared.statementType;
  if (!ALLOWED.has(type)) {
    prepared.destroySync();
    throw new RefusedQuery(`refused: ${refusal(type, leadingVerb(sql))}`);
  }
  return prepared;
}
