// Charts as inline SVG: no script, no network, a <title> on every mark for its tooltip. They
// are laid out right to left like the page: labels on the right, bars growing leftwards, and
// years running from right (earliest) to left, as Arabic publications mirror their charts.
import { html, join, type Raw } from './html.js';
import { formatCompact } from './format-values.js';
import type { Bar } from './report-model.js';
import { DEFAULT_BAR, PROJECT_COLOR } from './palette.js';

export interface BarChartOptions {
  /** Accessible name of the chart, and its heading. */
  title: string;
  /** Unit written after each value in tooltips ("MW", "USD"). */
  unit?: string;
  /** Colour of a bar. */
  colorOf?: (bar: Bar) => string;
  /** Shown instead of a chart when there are no bars. */
  empty?: string;
  width?: number;
  labelWidth?: number;
  /** Value shown at the end of a bar (default: compact number); a bar's own `shown` wins. */
  formatValue?: (n: number) => string;
  /** A line under the title saying how the values are aggregated. */
  note?: string;
  /** Add each bar's key (the contract's code) to its tooltip, the label being Arabic. */
  codeInTooltip?: boolean;
}

const ROW = 26;
const BAR = 16;
const PAD = 8;

/** Characters of `s` up to `max`, with an ellipsis when cut (never inside a surrogate pair). */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : s;
}

function emptyChart(title: string, note: string): Raw {
  return html`<figure class="chart chart-empty"><figcaption>${title}</figcaption><p class="empty">${note}</p></figure>`;
}

/** A horizontal bar chart, right to left, bars in the order given. */
export function barChart(bars: readonly Bar[], options: BarChartOptions): Raw {
  if (bars.length === 0 || bars.every((b) => b.value === 0)) return emptyChart(options.title, options.empty ?? 'لا بيانات');
  const width = options.width ?? 520;
  const labelWidth = options.labelWidth ?? 150;
  const valueWidth = 64;
  const height = bars.length * ROW + PAD * 2;
  const origin = width - PAD - labelWidth - PAD; // the bars' right end
  const span = origin - valueWidth - PAD;
  const max = Math.max(...bars.map((b) => b.value));
  const fmt = options.formatValue ?? formatCompact;
  const unit = options.unit ? ` ${options.unit}` : '';
  const rows = bars.map((b, i) => {
    const y = PAD + i * ROW;
    const len = max > 0 ? Math.max(2, (b.value / max) * span) : 0;
    const color = options.colorOf?.(b) ?? DEFAULT_BAR;
    const shown = b.shown ?? fmt(b.value);
    const tip = [`${b.label}${options.codeInTooltip && b.key !== b.label ? ` (${b.key})` : ''}: ${shown}${unit}`, ...(b.parts ?? [])].join(
      '\n',
    );
    return html`<g class="bar" data-key="${b.key}"><title>${tip}</title><text class="label" x="${width - PAD}" y="${y + ROW / 2}" direction="rtl" text-anchor="start" dominant-baseline="central">${truncate(b.label, 24)}</text><rect x="${(origin - len).toFixed(1)}" y="${y + (ROW - BAR) / 2}" width="${len.toFixed(1)}" height="${BAR}" rx="3" fill="${color}"/><text class="value" x="${(origin - len - 5).toFixed(1)}" y="${y + ROW / 2}" direction="ltr" text-anchor="end" dominant-baseline="central">${shown}</text></g>`;
  });
  const note = options.note ? html`<p class="chart-note">${options.note}</p>` : '';
  return html`<figure class="chart"><figcaption>${options.title}</figcaption>${note}<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${options.title}</title><line class="axis" x1="${origin}" y1="${PAD / 2}" x2="${origin}" y2="${height - PAD / 2}"/>${rows}</svg></figure>`;
}

export interface TimelineItem {
  key: string;
  label: string;
  /** First year; null when only the last is known. */
  year: number | null;
  yearEnd: number | null;
  /** Tooltip lines. */
  tooltip: string;
}

/** A step between ticks that gives at most about eight of them: 1, 2, 5, 10, 20, 50 ... */
export function tickStep(range: number): number {
  const raw = Math.max(1, range / 8);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** Projects on a timeline of years, one row each; a dot for one year, a bar for a span. */
export function timelineChart(items: readonly TimelineItem[], options: { title: string; empty?: string; width?: number }): Raw {
  const dated = items.filter((it) => it.year !== null || it.yearEnd !== null);
  if (dated.length === 0) return emptyChart(options.title, options.empty ?? 'لا مشاريع مؤرخة');
  const first = (it: TimelineItem) => (it.year ?? it.yearEnd) as number;
  const last = (it: TimelineItem) => (it.yearEnd ?? it.year) as number;
  const rows = [...dated].sort((a, b) => first(a) - first(b) || last(a) - last(b) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  let y0 = Math.min(...rows.map(first));
  let y1 = Math.max(...rows.map(last));
  const step = tickStep(Math.max(y1 - y0, 4));
  y0 = Math.floor((y0 - 1) / step) * step;
  y1 = Math.ceil((y1 + 1) / step) * step;
  const width = options.width ?? 640;
  const labelWidth = width >= 800 ? 280 : 210;
  const right = width - PAD - labelWidth - PAD * 2; // the track's right end = earliest year
  const left = PAD * 3;
  const x = (year: number) => right - ((year - y0) / (y1 - y0)) * (right - left);
  const axisY = rows.length * ROW + PAD;
  const height = axisY + 28;
  const ticks: Raw[] = [];
  for (let t = y0; t <= y1; t += step) {
    ticks.push(
      html`<line class="grid" x1="${x(t).toFixed(1)}" y1="${PAD / 2}" x2="${x(t).toFixed(1)}" y2="${axisY}"/><text class="tick" x="${x(t).toFixed(1)}" y="${axisY + 16}" text-anchor="middle" direction="ltr">${t}</text>`,
    );
  }
  const marks = rows.map((it, i) => {
    const y = PAD + i * ROW + ROW / 2;
    const a = x(first(it));
    const b = x(last(it));
    const mark =
      first(it) === last(it)
        ? html`<circle cx="${a.toFixed(1)}" cy="${y}" r="6" fill="${PROJECT_COLOR}"/>`
        : html`<rect x="${b.toFixed(1)}" y="${y - 6}" width="${Math.max(4, a - b).toFixed(1)}" height="12" rx="6" fill="${PROJECT_COLOR}"/>`;
    const years = first(it) === last(it) ? String(first(it)) : `${first(it)}–${last(it)}`;
    return html`<g class="event" data-key="${it.key}"><title>${it.tooltip}</title><line class="row" x1="${left}" y1="${y}" x2="${right}" y2="${y}"/><text class="label" x="${width - PAD}" y="${y}" direction="rtl" text-anchor="start" dominant-baseline="central">${truncate(it.label, width >= 800 ? 42 : 30)}</text>${mark}<text class="value" x="${(Math.min(a, b) - 9).toFixed(1)}" y="${y}" direction="ltr" text-anchor="end" dominant-baseline="central">${years}</text></g>`;
  });
  return html`<figure class="chart chart-wide"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${options.title}</title>${join(ticks)}<line class="axis" x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}"/>${marks}</svg></figure>`;
}
