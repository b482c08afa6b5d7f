// Step 3: one clause, several projects. A plural trigger followed by places that each carry
// their own year is one project per place:
//   "تحديث مطارات في أستانا (2002-2005)، وماناس (2024-2025)، ودوشانبي (2017)" → three airports.
// When the places share one year, they are one project with several places:
//   "إعادة بناء المطارات الدولية في سمرقند وبخارى وأورغنج (1996-1999)" → one.
import type { DocView, FigureRef, MentionRef } from './doc-view.js';
import type { Qualified } from './02-qualify.js';

export interface Draft extends Qualified {
  /** First and one-past-last token of the project's own span. */
  spanStart: number;
  spanEnd: number;
  /** For a project split off a list: its place and its year. */
  item?: { place: MentionRef; year: FigureRef | null };
}

const PLACE_TYPES = new Set(['CITY', 'LOCATION', 'COUNTRY']);

/** The year figure in parentheses right after token j: (2017), (2024-2025), (منذ 2013). */
export function parenthesizedYear(v: DocView, j: number): FigureRef | null {
  if (!v.isPunct(j, '(')) return null;
  for (const f of v.figuresIn(j + 1, j + 4)) {
    if (f.figure.kind === 'year' || f.figure.kind === 'year_range') return f;
  }
  return null;
}

function closeParen(v: DocView, j: number): number {
  let k = j;
  while (k < v.tokens.length && k < j + 6 && !v.isPunct(k, ')')) k++;
  return v.isPunct(k, ')') ? k + 1 : j;
}

export function splitLists(v: DocView, projects: Qualified[]): Draft[] {
  const out: Draft[] = [];
  for (const p of projects) {
    const whole: Draft = { ...p, spanStart: p.start, spanEnd: p.nameEnd };
    if (p.number !== 'many' || p.proper) {
      out.push(whole);
      continue;
    }
    // The places of the list after في, each maybe followed by its year in parentheses.
    const items: { place: MentionRef; year: FigureRef | null; end: number }[] = [];
    let j = p.nameEnd;
    if (v.tokens[j]?.norm !== 'في') {
      out.push(whole);
      continue;
    }
    j++;
    while (j < p.clauseEnd) {
      const m = v.mentionStarting(j);
      if (!m || !PLACE_TYPES.has(m.entity.type)) break;
      const year = parenthesizedYear(v, m.tokenEnd);
      const end = year ? closeParen(v, m.tokenEnd) : m.tokenEnd;
      items.push({ place: m, year, end });
      j = end;
      while (j < p.clauseEnd && v.isPunct(j, ',،')) j++;
      // The next item starts with و on its first token (وماناس) or a separate و.
      if (v.tokens[j]?.norm === 'و') j++;
    }
    const ownYears = items.filter((it) => it.year).length;
    if (items.length < 2 || ownYears < 2) {
      out.push(whole);
      continue;
    }
    items.forEach((it, k) => {
      out.push({
        ...p,
        start: k === 0 ? p.start : it.place.tokenStart,
        spanStart: k === 0 ? p.start : it.place.tokenStart,
        spanEnd: it.end,
        nameEnd: k === 0 ? p.nameEnd : it.place.tokenEnd,
        clauseEnd: k + 1 < items.length ? items[k + 1].place.tokenStart : p.clauseEnd,
        item: { place: it.place, year: it.year },
      });
    });
  }
  return out;
}
