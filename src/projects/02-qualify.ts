// Step 2: which triggers describe a concrete project. A trigger is one when its name or its
// clause says which project it is:
// - a proper name, a place or a code in the name (محطة توراكورغان, طريق بشكيك-أوش, (GTG-2));
// - or, for a descriptor, a dual or an action noun before it (بناء, تحديث, إعادة بناء), some
//   fact in its clause: a year, a capacity, a cost, a place after في/على/فوق
//   ("محطة طاقة شمسية تصل إلى 100 ميغاواط", "بناء طرق سريعة رئيسية في طاجيكستان منذ عام 2006");
// - a programme needs a quoted title, or a name and a year or cost ("مبادرة ... (2017)").
// Generic uses are not projects: a plural introducing a list (محطات ... بما في ذلك محطة X),
// a demonstrative (هذه المشاريع), a generic adjective (المشاريع المشتركة).
// A "مشروع" whose name is another trigger (مشروع توسعة مطار X) yields to it, which starts at مشروع.
import type { DocView } from './doc-view.js';
import type { Trigger } from './01-find-triggers.js';
import { ACTION_VERBS, ACTIONS, CLAUSE_BREAKS, COST_CUES, DEMONSTRATIVES, GENERIC_AFTER } from './triggers.js';

const LOCATIVE = new Set(['في', 'على', 'علي', 'فوق', 'عبر', 'قرب', 'بين', 'داخل', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);
const LIST_AFTER = ['بما في ذلك', 'مثل', 'منها', 'ومنها', 'من بينها', 'وهي', 'بينها'];

export interface Qualified extends Trigger {
  /** Token where the project's span starts (the trigger, or an outer مشروع). */
  start: number;
  /** One past the last token of the clause that describes it (the next project, or the sentence end). */
  clauseEnd: number;
}

function sentenceEnd(v: DocView, i: number): number {
  return v.doc.sentences[v.tokens[i].sentence].tokenEnd;
}


/** The first token from `from` that opens another clause in the sentence (في حين، بينما، أن ...). */
function clauseBreak(v: DocView, from: number): number {
  const end = sentenceEnd(v, Math.min(from, v.tokens.length - 1));
  for (let k = from; k < end; k++) {
    const t = v.tokens[k];
    if (t.kind === 'arabic' && t.stop && CLAUSE_BREAKS.has(t.base)) return k;
  }
  return end;
}

/** An action noun just before the trigger (بناء, إعادة بناء, لبناء, وكهربة). */
export function actionBefore(v: DocView, i: number): boolean {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    if (v.tokens[k].sentence !== v.tokens[i].sentence) return false;
    if (ACTIONS.has(v.bare(k)) || ACTIONS.has(v.bareWhole(k))) return true;
  }
  return false;
}

/** An action noun earlier in the sentence: "تم بناء وتحديث محطات ... بما في ذلك محطة توراكورغان". */
function actionInSentence(v: DocView, i: number): boolean {
  const from = v.doc.sentences[v.tokens[i].sentence].tokenStart;
  for (let k = from; k < i; k++) if (ACTIONS.has(v.bare(k)) || ACTIONS.has(v.bareWhole(k)) || ACTION_VERBS.has(v.bare(k)) || ACTION_VERBS.has(v.tokens[k].stem)) return true;
  return false;
}


/** The trigger follows مشروع (مشروع مطار الملك خالد). */
function framed(v: DocView, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const b = v.bare(k);
    if (b === 'مشروع' || b === 'مشروعات' || b === 'مشاريع') return true;
  }
  return false;
}

function startsList(v: DocView, j: number): boolean {
  let k = j;
  while (v.isPunct(k, ',،')) k++;
  for (const phrase of LIST_AFTER) {
    const words = phrase.split(' ');
    if (words.every((w, n) => v.tokens[k + n]?.norm === w || v.tokens[k + n]?.base === w)) return true;
  }
  return false;
}

function evidence(v: DocView, t: Trigger, clauseEnd: number): { fact: boolean; place: boolean; city: boolean } {
  let fact = false;
  for (const f of v.figuresIn(t.tokenStart, clauseEnd)) {
    const k = f.figure.kind;
    if (k === 'year' || k === 'year_range' || k === 'power' || k === 'energy') fact = true;
    if (k === 'money') {
      if (v.cueBefore(f.tokenStart, t.tokenStart, (b) => COST_CUES.has(v.tokens[b].norm) || COST_CUES.has(v.bare(b)))) fact = true;
    }
  }
  let place = false;
  let city = false;
  for (const m of v.mentionsIn(t.nameEnd, clauseEnd)) {
    if (m.entity.type !== 'CITY' && m.entity.type !== 'LOCATION' && m.entity.type !== 'COUNTRY') continue;
    const prev = v.tokens[m.tokenStart - 1];
    const own = v.tokens[m.tokenStart];
    // في مناطق سمرقند وبخارى: a locative and an area word.
    const prev2 = v.tokens[m.tokenStart - 2];
    if ((prev && LOCATIVE.has(prev.norm)) || own.clitics.some((c) => c.type === 'prep' && c.text.includes('ب')) || (prev2 && LOCATIVE.has(prev2.norm))) {
      place = true;
      if (m.entity.type !== 'COUNTRY') city = true;
    }
  }
  return { fact, place, city };
}

function qualifies(v: DocView, t: Trigger, clauseEnd: number): boolean {
  const { tokens } = v;
  const prev = tokens[t.tokenStart - 1];
  // هذه المشاريع: a demonstrative before a definite trigger (not "بما في ذلك محطة X").
  if (prev && DEMONSTRATIVES.has(prev.norm) && tokens[t.tokenStart].base.startsWith('ال')) return false;
  const next = tokens[t.triggerEnd];
  if (next && GENERIC_AFTER.has(next.base) && !t.proper) return false;
  if (t.number === 'many' && startsList(v, t.nameEnd)) return false;
  const { fact, place, city } = evidence(v, t, clauseEnd);
  const action = actionBefore(v, t.tokenStart);
  if (t.program) return t.quoted || (t.nameEnd - t.triggerEnd >= 2 && fact);
  // A named facility is a project where something is done to it or said of it (built,
  // expanded, financed; a year, a capacity, a cost), not where it only stands in a sentence
  // ("800 ألف طن من السكر وصلت ميناء جدة").
  if (t.proper) return action || fact || actionInSentence(v, t.tokenStart) || framed(v, t.tokenStart);
  if (t.weak) return action && (place || fact) && t.nameEnd > t.triggerEnd;
  // A plural in a country is still generic ("مشاريع استثمارية في لبنان"); in a city, or with a
  // date or a capacity, it is a set of works ("تحديث مطارات في أستانا", "طرق ... منذ عام 2006").
  if (t.number === 'many') return action && (city || fact);
  return (t.described || action || t.number === 'two') && (fact || place);
}

/** The triggers that describe projects, each with the clause that describes it. */
export function qualifyTriggers(v: DocView, triggers: Trigger[]): Qualified[] {
  // A project word whose name holds another trigger yields to it: مشروع توسعة مطار الملك عبدالعزيز.
  const outerStart = new Map<Trigger, number>();
  const kept: Trigger[] = [];
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k];
    const n = triggers[k + 1];
    if (t.type === 'project' && !t.described && n && n.sentence === t.sentence && n.tokenStart <= t.triggerEnd + 1) {
      const between = n.tokenStart - t.triggerEnd;
      if (between === 0 || (between === 1 && (ACTIONS.has(v.bare(t.triggerEnd)) || ACTIONS.has(v.bareWhole(t.triggerEnd))))) {
        outerStart.set(n, outerStart.get(t) ?? t.tokenStart);
        continue;
      }
    }
    kept.push(t);
  }
  // Pass 1: clauses end at the next trigger of any kind; pass 2: at the next project. Either
  // way a clause ends where another begins ("... محطات محولات، في حين أكد الوزير أن ...").
  const next = (list: Trigger[], k: number): number => {
    const t = list[k];
    const n = list[k + 1];
    const end = Math.min(sentenceEnd(v, t.tokenStart), clauseBreak(v, t.nameEnd));
    return n && n.sentence === t.sentence ? Math.min(n.tokenStart, end) : end;
  };
  const first = kept.filter((t, k) => qualifies(v, t, next(kept, k)));
  return first.map((t, k) => ({ ...t, start: outerStart.get(t) ?? t.tokenStart, clauseEnd: next(first, k) }));
}
