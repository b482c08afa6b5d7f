// Step 5: one project named several times is one project. An article about the Wasit gas plant
// says "مشروع واسط" eight times; each mention may add an attribute (a capacity here, a partner
// there). Mentions are the same project when their names, without the trigger words and the
// words that only say what is done to it (مشروع, معمل, تطوير, توسعة ...), are the same words;
// a bare trigger (محطة, مطارات) is never merged. The first mention keeps its span; later ones fill what it lacks.
import type { DocView } from './doc-view.js';
import type { Built } from './04-attributes.js';
import { ACTIONS, TRIGGERS } from './triggers.js';
import { withoutArticle } from '../entities/token-view.js';

const FRAME = new Set([...TRIGGERS.keys(), ...ACTIONS]);

/** The words a project is known by: its name, folded, without framing words and clitics. */
function nameKey(v: DocView, b: Built): string | null {
  const words = nameWords(v, b);
  return words.length >= 1 ? words.join(' ') : null;
}

function nameWords(v: DocView, b: Built): string[] {
  const r = v.tokenRange(b.project.start, b.project.start + b.project.name.length);
  if (!r) return [];
  const words: string[] = [];
  for (let k = r[0]; k < r[1]; k++) {
    const t = v.tokens[k];
    if (t.kind === 'punct' || t.kind === 'symbol') continue;
    const w = t.kind === 'arabic' ? withoutArticle(t) : t.norm.toLowerCase();
    if (FRAME.has(w) || FRAME.has(t.base)) continue;
    words.push(w);
  }
  return words;
}

/** Words without the article and ل/لل, for comparing "رياح" with "لطاقة الرياح". */
function bareWords(words: string[]): Set<string> {
  return new Set(words.map((w) => w.replace(/^(لل|ل|ال)/, '')));
}

/** Where the headline ends when the body opens with it (the seed's title line, an HTML h1). */
function headlineEnd(v: DocView): number {
  const { meta, body, text } = v.doc;
  if (!meta.title) return -1;
  const at = text.indexOf(meta.title, body.start);
  // Nothing but space or markup (an HTML <h1>) before it.
  return at >= 0 && text.slice(body.start, at).replace(/<[^>]*>/g, '').trim() === '' ? at + meta.title.length : -1;
}

/**
 * A project the headline names in passing ("افتتاح محطة رياح في الأردن") is the one the article
 * then names in full (محطة الطفيلة لطاقة الرياح): same type, and every word of the headline's
 * name in the full one. The full mention keeps its name and span, the headline's fills the rest.
 */
function mergeHeadline(v: DocView, built: Built[]): Built[] {
  const end = headlineEnd(v);
  if (end < 0) return built;
  const words = new Map(built.map((b) => [b, bareWords(nameWords(v, b))]));
  const out: Built[] = [];
  for (const b of built) {
    const own = words.get(b)!;
    if (b.project.start >= end || own.size === 0) {
      out.push(b);
      continue;
    }
    const full = built.find((c) => c.project.start >= end && c.project.type === b.project.type && [...own].every((w) => words.get(c)!.has(w)));
    if (!full) {
      out.push(b);
      continue;
    }
    fill(full, b);
  }
  return out;
}

/** Fills what `into`'s project lacks from `b`'s (the first mention keeps its name and span). */
function fill(into: Built, b: Built): void {
  const p = into.project;
  const q = b.project;
  // "مشروع واسط" then "معمل واسط": the named kind of project wins over the generic one.
  if (p.type === 'project' && q.type !== 'project') p.type = q.type;
  p.country ??= q.country;
  if (p.year === null && q.year !== null) [p.year, p.year_end] = [q.year, q.year_end];
  if (p.capacity_mw === null && q.capacity_mw !== null) [p.capacity_mw, p.capacity_mw_max] = [q.capacity_mw, q.capacity_mw_max];
  if (p.cost === null && q.cost !== null) [p.cost, p.currency, p.cost_usd] = [q.cost, q.currency, q.cost_usd];
  p.places = [...new Set([...p.places, ...q.places])];
  p.partners = [...new Set([...p.partners, ...q.partners])];
  into.figures.push(...b.figures);
}

export function mergeMentions(v: DocView, built: Built[]): Built[] {
  const first = new Map<string, Built>();
  const out: Built[] = [];
  for (const b of built) {
    const key = nameKey(v, b);
    const into = key ? first.get(key) : undefined;
    if (!into) {
      if (key) first.set(key, b);
      out.push(b);
      continue;
    }
    fill(into, b);
  }
  return mergeHeadline(v, out);
}
