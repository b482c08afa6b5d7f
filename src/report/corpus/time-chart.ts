// Columns over publication dates, stacked by series (figure families), laid out right to left
// like the page: the earliest period on the right. Inline SVG, a <title> on every column.
import { html, join, type Raw } from '../html.js';
import { formatNumber } from '../format-values.js';

export interface TimeColumn {
  /** The period's label (2015-07-21, 2015-W30, 2015-07). */
  period: string;
  /** Values by series key, in series order. */
  values: Record<string, number>;
}

export interface Series {
  key: string;
  label: string;
  color: string;
}

export function timeColumns(
  columns: readonly TimeColumn[],
  series: readonly Series[],
  options: { title: string; empty?: string; width?: number; height?: number },
): Raw {
  const totals = columns.map((c) => series.reduce((n, s) => n + (c.values[s.key] ?? 0), 0));
  if (columns.length === 0 || totals.every((t) => t === 0)) {
    return html`<figure class="chart chart-wide"><figcaption>${options.title}</figcaption><p class="empty">${options.empty ?? 'لا بيانات'}</p></figure>`;
  }
  const width = options.width ?? 900;
  const height = options.height ?? 260;
  const top = 12;
  const bottom = 46;
  const left = 48; // the value axis, on the left of a right-to-left chart
  const right = 10;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(...totals);
  const step = plotW / columns.length;
  const barW = Math.max(1, Math.min(28, step * 0.8));
  // The earliest period at the right end.
  const xOf = (i: number) => width - right - (i + 0.5) * step;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const every = Math.max(1, Math.ceil(columns.length / 12));
  const bars = columns.map((c, i) => {
    let acc = 0;
    const parts = series.map((s) => {
      const v = c.values[s.key] ?? 0;
      if (v === 0) return html``;
      const y0 = y(acc);
      acc += v;
      const y1 = y(acc);
      return html`<rect x="${(xOf(i) - barW / 2).toFixed(1)}" y="${y1.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0.5, y0 - y1).toFixed(1)}" fill="${s.color}"/>`;
    });
    const tip = `${c.period}: ${formatNumber(totals[i])} — ${series
      .filter((s) => c.values[s.key])
      .map((s) => `${s.label} ${formatNumber(c.values[s.key])}`)
      .join('، ')}`;
    const label =
      i % every === 0
        ? html`<text class="tick" x="${xOf(i).toFixed(1)}" y="${height - bottom + 14}" text-anchor="end" direction="ltr" transform="rotate(-35 ${xOf(i).toFixed(1)} ${height - bottom + 14})">${c.period}</text>`
        : html``;
    return html`<g class="column" data-period="${c.period}"><title>${tip}</title>${join(parts)}</g>${label}`;
  });
  const ticks = [0, 0.5, 1].map(
    (f) =>
      html`<line class="grid" x1="${left}" y1="${y(max * f).toFixed(1)}" x2="${width - right}" y2="${y(max * f).toFixed(1)}"/><text class="tick" x="${left - 6}" y="${y(max * f).toFixed(1)}" text-anchor="end" dominant-baseline="central" direction="ltr">${formatNumber(Math.round(max * f))}</text>`,
  );
  const legend = series.map((s) => html`<li><span class="swatch" style="background:${s.color}"></span>${s.label}</li>`);
  return html`<figure class="chart chart-wide"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${options.title}</title>${join(ticks)}${join(bars)}<line class="axis" x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}"/></svg><ul class="legend">${join(legend)}</ul></figure>`;
}
