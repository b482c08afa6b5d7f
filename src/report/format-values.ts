// How figures, years, money and capacities are written in the reports: the normalized value
// with its unit, English digits with thousands separators ("153,000,000 USD", "≤ 1,000 MW").
import type { Figure, FigureKind, Project, Qualifier } from '../model/types.js';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Kinds whose values are not quantities and are written without separators (2004, not 2,004). */
const PLAIN_KINDS: ReadonlySet<FigureKind> = new Set(['year', 'year_range', 'date', 'ordinal']);

/**
 * A number with thousands separators, up to six decimals (as Intl's en-US, without its cost per
 * call). Like ICU, it rounds the shortest decimal form of the number (1624910283.0253375 →
 * …025338), half away from zero, not its exact binary value (…02533745…); never "-0".
 */
export function formatNumber(n: number): string {
  const abs = String(Math.abs(n));
  if (!Number.isFinite(n) || abs.includes('e')) return GROUPED.format(n).replace(/^-0$/, '0');
  const s = roundFraction(abs, 6);
  if (s === '0') return '0';
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (dot < 0 ? '' : s.slice(dot));
}

/** A plain decimal string rounded to at most `digits` decimals, half up, trailing zeros dropped. */
function roundFraction(s: string, digits: number): string {
  const dot = s.indexOf('.');
  if (dot < 0 || s.length - dot - 1 <= digits) return s;
  const frac = s.slice(dot + 1);
  let kept = BigInt(s.slice(0, dot) + frac.slice(0, digits));
  if (frac.charCodeAt(digits) >= 0x35) kept += 1n;
  const t = kept.toString().padStart(digits + 1, '0');
  const int = t.slice(0, t.length - digits);
  const rest = t.slice(t.length - digits).replace(/0+$/, '');
  return rest ? `${int}.${rest}` : int;
}

function formatOne(v: number | string, plain: boolean): string {
  if (typeof v === 'string') return v;
  return plain ? String(v) : formatNumber(v);
}

/** A value or range with its unit: "24–25 MW", "30%", "2025-12-19 – 2025-12-20". */
export function formatValue(value: number | string, valueMax: number | string | null, unit: string | null, plain = false): string {
  let s = formatOne(value, plain);
  if (valueMax !== null && valueMax !== undefined) {
    const sep = typeof value === 'string' ? ' – ' : '–';
    s += sep + formatOne(valueMax, plain);
  }
  if (unit) s += unit === '%' ? '%' : ` ${unit}`;
  return s;
}

/** Sign of a qualifier before a value (≈ approx, ≤ at most, ≥ at least) or its word. */
export const QUALIFIER_SIGNS: Record<Qualifier, string> = {
  approx: '≈',
  at_most: '≤',
  at_least: '≥',
  since: 'since',
  by: 'by',
  until: 'until',
};

/** A figure's normalized value, with its qualifier: "≤ 1,000 MW", "since 2006", "1418 AH". */
export function formatFigure(f: Figure): string {
  // A Hijri date is given as its Gregorian day (15 رمضان 1436 = 2015-07-02); a Hijri year as written.
  const value =
    formatValue(f.value, f.value_max, f.unit, PLAIN_KINDS.has(f.kind)) + (f.calendar === 'hijri' && f.kind !== 'date' ? ' AH' : '');
  return f.qualifier ? `${QUALIFIER_SIGNS[f.qualifier] ?? f.qualifier} ${value}` : value;
}

/** The figure's value without qualifier or unit, for tables with a unit column. */
export function formatFigureNumber(f: Figure): string {
  return formatValue(f.value, f.value_max, null, PLAIN_KINDS.has(f.kind));
}

/** A project's years: "2014", "2002–2005", or "" when unknown. */
export function formatYears(p: Pick<Project, 'year' | 'year_end'>, qualifier?: Qualifier | null): string {
  if (p.year === null && p.year_end === null) return '';
  if (p.year === null) return `–${p.year_end}`;
  return qualified(p.year_end !== null && p.year_end !== p.year ? `${p.year}–${p.year_end}` : String(p.year), qualifier);
}

/** A qualifier's sign (≤ 1,000 MW) or word (since 2006) before a value; the value alone without one. */
function qualified(value: string, qualifier: Qualifier | null | undefined): string {
  return qualifier && value ? `${QUALIFIER_SIGNS[qualifier] ?? qualifier} ${value}` : value;
}

/** A project's capacity, with the qualifier of the figure that gave it: "24–25 MW", "≤ 1,000 MW". */
export function formatCapacity(p: Pick<Project, 'capacity_mw' | 'capacity_mw_max'>, qualifier?: Qualifier | null): string {
  return p.capacity_mw === null ? '' : qualified(formatValue(p.capacity_mw, p.capacity_mw_max, 'MW'), qualifier);
}

/** A project's cost as stated, with its US dollar value when converted: "500,000,000 EUR (≈ 540,000,000 USD)"; "≈ 3,000,000 SAR". */
export function formatCost(p: Pick<Project, 'cost' | 'currency' | 'cost_usd'>, qualifier?: Qualifier | null): string {
  if (p.cost === null) return p.cost_usd === null ? '' : qualified(formatValue(p.cost_usd, null, 'USD'), qualifier);
  const stated = qualified(formatValue(p.cost, null, p.currency), qualifier);
  if (p.cost_usd === null || p.currency === 'USD') return stated;
  return `${stated} (≈ ${formatValue(p.cost_usd, null, 'USD')})`;
}

/** Short form for chart labels: 2.4B, 153M, 1,000. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${Number((n / size).toPrecision(3))}${suffix}`;
  }
  return formatNumber(Number(n.toPrecision(6)));
}
