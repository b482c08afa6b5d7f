// Writes a query result as an aligned table (readable with Arabic text), CSV or JSON, streaming
// chunk by chunk for CSV and JSON so a large result never sits whole in memory.
import { DuckDBTypeId, type DuckDBResult } from '@duckdb/node-api';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { csvRecord } from '../tables/to-csv.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

const NUMERIC = new Set([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.DECIMAL,
]);

/** A JSON value from DuckDB's JSON conversion, with big integers and decimals as numbers where exact. */
function plainValue(value: unknown, numeric: boolean): Plain {
  if (numeric && typeof value === 'string') {
    const n = Number(value);
    if (Number.isFinite(n) && (!/^-?\d+$/.test(value) || Number.isSafeInteger(n))) return n;
  }
  return value as Plain;
}

export interface ResultOptions {
  /** Longest cell of the table format, in characters; longer text is cut with … (default 60). */
  maxWidth?: number;
}

/** Writes `result` to `out` in `format`; resolves with the number of rows. */
export async function writeResult(result: DuckDBResult, format: Format, out: Writable, options: ResultOptions = {}): Promise<number> {
  const names = result.deduplicatedColumnNames();
  const numeric = result.columnTypes().map((t) => NUMERIC.has(t.typeId));
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  let count = 0;
  const rows = async function* () {
    for await (const chunk of result.yieldRowsJson()) {
      yield chunk.map((row) => row.map((v, i) => plainValue(v, numeric[i])));
    }
  };
  if (format === 'csv') {
    // The tables' CSV writer, so a query's CSV ends its records as the CSV files do (CRLF).
    await write(csvRecord(names));
    for await (const chunk of rows()) {
      count += chunk.length;
      await write(chunk.map(csvRecord).join(''));
    }
    return count;
  }
  if (format === 'json') {
    await write('[');
    for await (const chunk of rows()) {
      for (const row of chunk) {
        const object: Record<string, Plain> = {};
        names.forEach((name, i) => {
          object[name] = row[i];
        });
        await write((count++ === 0 ? '\n' : ',\n') + JSON.stringify(object));
      }
    }
    await write(count === 0 ? ']\n' : '\n]\n');
    return count;
  }
  const all: Plain[][] = [];
  for await (const chunk of rows()) for (const row of chunk) all.push(row);
  await write(formatTable(names, all, numeric, options.maxWidth ?? 60));
  return all.length;
}

/**
 * The rows as an aligned text table. Widths count what a terminal shows: combining marks
 * (Arabic diacritics), bidi controls and zero-width characters take no column, East Asian
 * wide characters two. Line breaks inside a cell are shown as ⏎ so each row stays one line.
 */
export function formatTable(names: string[], rows: Plain[][], numeric: boolean[], maxWidth = 60): string {
  const cells = rows.map((row) => row.map((v) => fit(cellText(v), maxWidth)));
  const header = names.map((n) => fit(n, maxWidth));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]))));
  const line = (row: string[]) =>
    row
      .map((c, i) => (numeric[i] ? pad(c, widths[i], 'left') : pad(c, widths[i], 'right')))
      .join(' │ ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}

function cellText(v: Plain): string {
  if (v === null) return 'NULL';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ');
}

function fit(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

function pad(s: string, width: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return side === 'left' ? fill + s : s + fill;
}

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

function charWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** The number of terminal columns `s` takes. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}
