// Plain-text tables for the terminal: a header, aligned columns (numbers to the right).

export type Cell = string | number;

/** Lays rows out in columns; numeric columns (after the first) are right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[], indent = '  '): string {
  const text = rows.map((r) => r.map((c) => String(c)));
  const widths = header.map((h, i) => Math.max(width(h), ...text.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c))
      .join('  ')
      .trimEnd();
  return [line(header), ...text.map(line)].join('\n');
}

/** Display width: combining marks (Arabic diacritics) take no column. */
function width(s: string): number {
  return s.replace(/\p{M}/gu, '').length;
}

/** A share as a percentage with one decimal, or "-" when there is none. */
export function pct(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? '-' : (100 * x).toFixed(1);
}
