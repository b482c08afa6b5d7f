// Step 6: "the project" (المشروع, المحطة, المطار) after a project was named speaks of it, and
// adds what the project's own clause did not state: a cost, a capacity, a year, partners.
import type { DocView, FigureRef } from './doc-view.js';
import {
  capacityFigure,
  completionCued,
  costCued,
  datedStart,
  jointFigure,
  usdOf,
  yearsOf,
  type Built,
  type StatedAttribute,
} from './04-attributes.js';
import { partnerMentions } from './partners.js';
import { CLAUSE_BREAKS, TRIGGERS } from './triggers.js';

/** Types an anaphor may stand for: المحطة is any plant; المشروع any project. */
const PLANT_TYPES = new Set(['power_plant', 'solar', 'wind', 'hydro', 'nuclear', 'renewable', 'desalination', 'substation', 'farm']);

function anaphorFits(anaphor: string, type: string): boolean {
  if (anaphor === 'project') return true;
  if (anaphor === 'power_plant') return PLANT_TYPES.has(type);
  return anaphor === type;
}

/**
 * "The project" (المشروع, المحطة, المطار) after a project was named speaks of it: "وتبلغ تكلفة
 * المشروع 700 مليون دولار، ويمول البنك الدولي جزءا منه" adds a cost and a partner to the project
 * named before; "... على أن تنتهي من المرحلة الأولى من المشروع ... خلال عام 2015 وبتكلفة ..." adds a
 * year and a cost later in the project's own sentence. The anaphor is a definite, singular trigger
 * word outside every project's name; it speaks of the last project of its kind named before it in
 * its paragraph, at most two sentences back, or of the article's only project of its kind. Only what the project lacks is filled (a cost with its
 * cue, a capacity, a year, partners with their cue), from the anaphor's clause.
 */
export function fillFromAnaphora(v: DocView, built: Built[]): void {
  if (built.length === 0) return;
  const { tokens } = v;
  const claimed = new Set(built.flatMap((b) => b.figures));
  const inName = new Uint8Array(tokens.length);
  for (const b of built) {
    const r = v.tokenRange(b.project.start, b.project.end);
    if (r) inName.fill(1, r[0], r[1]);
  }
  const byStart = [...built].sort((a, b) => a.firstStart - b.firstStart);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (inName[k] || t.kind !== 'arabic' || !t.base.startsWith('ال')) continue;
    const w = TRIGGERS.get(t.base.slice(2));
    if (!w || w.number !== 'one' || w.program) continue;
    const s = t.sentence;
    const para = v.paragraphOf(s);
    let target: Built | null = null;
    for (const b of byStart) {
      if (b.firstStart >= t.start) break;
      const gap = s - b.project.sentence;
      if (gap >= 0 && gap <= 2 && v.paragraphOf(b.project.sentence) === para && anaphorFits(w.type, b.project.type)) target = b;
    }
    // An article about one project of this kind: "the project" anywhere after it is that one.
    if (!target) {
      const fits = byStart.filter((b) => anaphorFits(w.type, b.project.type));
      if (fits.length === 1 && fits[0].firstStart < t.start) target = fits[0];
    }
    if (!target) continue;
    fillFrom(v, target, anaphorStart(v, k, inName), anaphorEnd(v, k, inName), claimed);
  }
}

/** Where the clause of an anaphor at token k starts: after a clause word or a project's name before
 * it in its sentence, else the sentence start (وتبلغ تكلفة المشروع 700 مليون دولار). */
function anaphorStart(v: DocView, k: number, inName: Uint8Array): number {
  const s = v.doc.sentences[v.tokens[k].sentence];
  for (let j = k - 1; j >= s.tokenStart; j--) {
    const t = v.tokens[j];
    if (inName[j] || (t.kind === 'arabic' && t.stop && CLAUSE_BREAKS.has(t.base))) return j + 1;
  }
  return s.tokenStart;
}

/**
 * One past the last token of what an anaphor at token k says: the rest of its sentence, up to the
 * next project word or project name ("إنجاز المشروع، حيث ينتظر ان يشرع في التنفيذ الفعلي ... مع
 * أواخر 2019" still speaks of the project).
 */
function anaphorEnd(v: DocView, k: number, inName: Uint8Array): number {
  const s = v.doc.sentences[v.tokens[k].sentence];
  for (let j = k + 1; j < s.tokenEnd; j++) {
    const t = v.tokens[j];
    if (inName[j] || (t.kind === 'arabic' && v.inList(TRIGGERS, j))) return j;
  }
  return s.tokenEnd;
}

/** The attribute is unknown, or known from a figure stated after `f` (the earlier statement wins). */
function open(target: Built, attribute: StatedAttribute, f: FigureRef): boolean {
  const at = target.stated[attribute];
  return target.project[attribute] === null || (at !== undefined && f.figure.start < at);
}

/** Fills what the project lacks from the figures and partners of tokens [from, to). */
function fillFrom(v: DocView, target: Built, from: number, to: number, claimed: Set<FigureRef>): void {
  const p = target.project;
  const figs = v.figuresIn(from, to).filter((f) => !claimed.has(f));
  const take = (f: FigureRef | undefined, attribute: StatedAttribute): f is FigureRef => {
    if (!f || !open(target, attribute, f)) return false;
    target.figures.push(f);
    claimed.add(f);
    target.stated[attribute] = f.figure.start;
    return true;
  };
  const money = figs.find((f) => f.figure.kind === 'money' && costCued(v, f, from));
  if (take(money, 'cost')) {
    p.cost = Number(money.figure.value);
    p.currency = money.figure.unit;
    p.cost_usd = usdOf(v, money);
  }
  const single = target.draft.number === 'one' && !target.draft.counted;
  const power = figs.find((f) => f.figure.kind === 'power' && f.figure.unit === 'MW' && !(single && jointFigure(v, f, from)));
  if (take(power, 'capacity_mw')) {
    p.capacity_mw = Number(power.figure.value);
    p.capacity_mw_max = power.figure.value_max !== null ? Number(power.figure.value_max) : null;
  }
  const capacity = figs.find((f) => f !== power && capacityFigure(v, f, from));
  if (take(capacity, 'capacity')) {
    p.capacity = Number(capacity.figure.value);
    p.capacity_unit = capacity.figure.unit;
  }
  // A year (or, failing one, a dated start): خلال عام 2015 of "المرحلة الأولى من المشروع".
  const year = figs.find((f) => yearsOf(f.figure, false)) ?? figs.find((f) => yearsOf(f.figure) && datedStart(v, f, from));
  const years = year ? yearsOf(year.figure) : null;
  if (year && years && years[1] === null && p.year !== null && p.year_end === null && years[0] > p.year && completionCued(v, year, from)) {
    // A completion after the year the project has is its year_end (gold/FORMAT.md): "ومن المتوقع أن
    // يكتمل تشييد المحطة بحلول عام 2022" of a plant whose agreement was signed in 2015.
    target.figures.push(year);
    claimed.add(year);
    p.year_end = years[0];
  } else if (take(year, 'year')) [p.year, p.year_end] = years!;
  const partners = new Set(p.partners);
  for (const m of partnerMentions(v, from, to)) partners.add(m.entity.id);
  p.partners = [...partners];
  target.figures.sort((a, b) => a.figure.start - b.figure.start);
}
