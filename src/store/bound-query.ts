// What the filtered queries of the store (arqam figures, arqam projects) share: SQL whose
// values are bound parameters, never pasted into it, and the checks of the filters they
// have in common (a country code, a range of years).
import type { DuckDBType, DuckDBValue } from '@duckdb/node-api';

export interface BoundQuery {
  sql: string;
  values: Record<string, DuckDBValue>;
  types: Record<string, DuckDBType>;
}

/** Collects bound values: bind() records one and gives its placeholder ($name) for the SQL. */
export function queryBinder(): Omit<BoundQuery, 'sql'> & { bind(name: string, value: string | number, type: DuckDBType): string } {
  const values: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  return {
    values,
    types,
    bind(name, value, type) {
      values[name] = value;
      types[name] = type;
      return `$${name}`;
    },
  };
}

/** Why --country, --from or --to cannot be used, or null; `example` is a country code for the message. */
export function placeAndYearsProblem(f: { country?: string; from?: number; to?: number }, example: string): string | null {
  if (f.country !== undefined && !/^[A-Za-z]{2}$/.test(f.country))
    return `--country takes an ISO 3166-1 alpha-2 code such as ${example}, not "${f.country}"`;
  for (const key of ['from', 'to'] as const) {
    const y = f[key];
    if (y !== undefined && (!Number.isInteger(y) || y < 1000 || y > 9999)) return `--${key} takes a year such as 2015`;
  }
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) return `--from ${f.from} is after --to ${f.to}`;
  return null;
}
