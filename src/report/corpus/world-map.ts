// A world map as inline SVG, each country shaded by a value (projects, money): the shapes of
// data/map/world.tsv (drawn at build time by src/scripts/build-world-map.ts), so the page needs
// no map tiles, no script and no network. Countries too small to draw are dots. Each country
// has a <title> with its name and value for the tooltip, and the legend gives the classes.
import { readFileSync } from 'node:fs';
import { html, join, type Raw } from '../html.js';

export const MAP_FILE = new URL('../../../data/map/world.tsv', import.meta.url);

export interface MapShape {
  key: string;
  nameEn: string;
  kind: 'shape' | 'dot';
  geometry: string;
}

let shapes: MapShape[] | null = null;
/** The countries of data/map/world.tsv. */
export function worldShapes(): MapShape[] {
  if (!shapes) {
    shapes = [];
    let header = true;
    for (const line of readFileSync(MAP_FILE, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      if (header) {
        header = false;
        continue;
      }
      const [key, nameEn, kind, geometry] = line.split('\t');
      shapes.push({ key, nameEn, kind: kind === 'dot' ? 'dot' : 'shape', geometry });
    }
  }
  return shapes;
}

export interface MapValue {
  value: number;
  /** The country's name and what the value means, for the tooltip. */
  tooltip: string;
}

export interface MapOptions {
  title: string;
  /** Legend text of a class, from its lower and upper bound. */
  formatValue: (n: number) => string;
  /** Colours from light to dark, one per class. */
  ramp?: readonly string[];
  empty?: string;
}

const RAMP = ['#ccfbf1', '#99f6e4', '#2dd4bf', '#0d9488', '#115e59'];
const NO_DATA = '#e5e7eb';

/** Class bounds: quantiles of the values, so a few large countries do not wash out the rest. */
export function classBounds(values: readonly number[], classes: number): number[] {
  const v = [...values].filter((x) => x > 0).sort((a, b) => a - b);
  if (v.length === 0) return [];
  const bounds: number[] = [];
  for (let i = 1; i < classes; i++) {
    const b = v[Math.min(v.length - 1, Math.floor((i * v.length) / classes))];
    if (bounds.length === 0 || b > bounds[bounds.length - 1]) bounds.push(b);
  }
  return bounds;
}

/** The map; countries without a value are grey. */
export function worldMap(values: ReadonlyMap<string, MapValue>, options: MapOptions): Raw {
  const ramp = options.ramp ?? RAMP;
  const present = [...values.values()].map((v) => v.value).filter((x) => x > 0);
  if (present.length === 0)
    return html`<figure class="chart chart-wide map"><figcaption>${options.title}</figcaption><p class="empty">${options.empty ?? 'لا بيانات'}</p></figure>`;
  const bounds = classBounds(present, ramp.length);
  const colours = ramp.slice(ramp.length - bounds.length - 1);
  const classOf = (x: number) => {
    let i = 0;
    while (i < bounds.length && x >= bounds[i]) i++;
    return i;
  };
  const marks = worldShapes().map((s) => {
    const v = values.get(s.key);
    const fill = v && v.value > 0 ? colours[classOf(v.value)] : NO_DATA;
    const tip = v ? v.tooltip : s.nameEn;
    if (s.kind === 'dot') {
      const [x, y] = s.geometry.split(',');
      return html`<circle class="country" data-key="${s.key}" cx="${x}" cy="${y}" r="${v ? 3.2 : 1.6}" fill="${fill}"><title>${tip}</title></circle>`;
    }
    return html`<path class="country" data-key="${s.key}" d="${s.geometry}" fill="${fill}"><title>${tip}</title></path>`;
  });
  // Each class from its lower bound up to the next class's.
  const lower = [Math.min(...present), ...bounds];
  const legend = colours.map(
    (c, i) => html`<li><span class="swatch" style="background:${c}"></span><bdi dir="ltr">≥ ${options.formatValue(lower[i])}</bdi></li>`,
  );
  return html`<figure class="chart chart-wide map"><figcaption>${options.title}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 960 470" width="960" height="470"><title>${options.title}</title><rect class="sea" x="0" y="0" width="960" height="470" fill="#f8fafc"/>${join(marks)}</svg><ul class="legend">${join(legend)}<li><span class="swatch" style="background:${NO_DATA}"></span>لا شيء</li></ul></figure>`;
}
