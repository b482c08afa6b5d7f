// Step 1: the words that may announce a project (محطة, مطارات, خط السكة الحديدية, مبادرة ...)
// and the name that follows each: proper names, places, descriptors (طاقة شمسية, للطاقة
// الكهرومائية), a dash compound (تاشغوزار-كومكورغان, سوغد-500), a code in parentheses (GTG-2),
// or the whole quoted title of a programme ("مبادرة التعاون في النقل واللوجستيات").
import {
  DESCRIPTIVE_WORDS,
  DESCRIPTORS,
  descriptorFor,
  DIRECTIONS,
  DRAFTS,
  HEAD_ADJECTIVES,
  GIVEN_NAMES,
  HEAD_FLAGS,
  LINE_HEADS,
  NAME_JOINERS,
  NAME_STOPS,
  NOT_PROJECTS,
  AIRLIFT,
  BUILDING_WORDS,
  REGION_HEADS,
  TRIGGERS,
  type Number_,
  type TriggerWord,
} from './triggers.js';
import { bareOf, bareWholeOf, unsplitOf, type DocView, type FigureRef } from './doc-view.js';
import { TypeFlag, typeIdsOf } from '../text/type-flag.js';
import { WEEKDAYS } from '../text/calendar.js';
import type { Token } from '../text/token.js';
import { type CliticForm, cliticForms, PROCLITIC_BITS, cliticBits, hasClitic } from '../model/token.js';

const NO_CLITICS: readonly CliticForm[] = [];

export interface Trigger {
  /** Token range of the trigger words (خط السكة is two). */
  tokenStart: number;
  triggerEnd: number;
  /** One past the last token of the name. */
  nameEnd: number;
  type: string;
  /** The type the head word gives before descriptors refine it (project for مشروع). */
  head: string;
  number: Number_;
  weak: boolean;
  program: boolean;
  /** The name is a quoted title. */
  quoted: boolean;
  /** The name has a proper name, a place or a code in it. */
  proper: boolean;
  /** A descriptor refined the type (شمسية → solar). */
  described: boolean;
  sentence: number;
  /** مشروع + an action noun (مشروع تطوير، لمشروع تركيب): a work on what follows. */
  actionAfter: boolean;
  /** A count right before it (ستة أنفاق). */
  counted: boolean;
  /** The name ends with الجديد/الجديدة (مطار جدة الجديد). */
  isNew: boolean;
  /** A named instance of a head that is a project by itself (امتياز «زاكوم السفلي»). */
  self: boolean;
  /** Its name is an organisation of the entity stage (a hospital: مستشفى الملك خالد), which also acts as a subject. */
  orgNamed?: boolean;
  /** A head that needs its adjective, named without it (مجمع الملك عبدالله): a project only by an action or a measure. */
  unpaired?: boolean;
}

/** Token j's bare form without the article. */
function bareWord(v: DocView, j: number): string {
  const b = v.bare(j);
  return b.startsWith('ال') ? b.slice(2) : b;
}

const QUOTES_OPEN = '"«“';
const QUOTES_CLOSE = '"»”';
const STOP_ENTITY_TYPES = new Set(['ORG', 'PERSON', 'EVENT']);
const MAX_NAME = 7;
const TANWIN = /[\u064B-\u064D]/;

/** An imperfect verb after the name ends it (محطة طاقة شمسية تصل إلى): ي/ت/ن + 2–3 letters, no ال. */
function verbLike(form: string): boolean {
  if (form.length < 3 || form.length > 5) return false;
  if (!/^[يتن]/.test(form)) return false;
  // تفعيل nouns (تخزين, تحديث) have ي before their last letter.
  if (form.length === 5 && form[3] === 'ي') return false;
  return !/(ه|ات|ين|ون)$/.test(form);
}

/** The word carries a descriptor for some head (شمسية, التحلية): the name says what it is. */
function hasDescriptor(...forms: string[]): boolean {
  return forms.some((f) => DESCRIPTORS.has(f));
}

/** The head and its adjective as one key, both without the article: المدينة الصناعية → "مدينه صناعيه". */
function headAdjective(v: DocView, i: number): string | undefined {
  const next = v.tokens[i + 1];
  if (!next || next.kind !== 'arabic') return undefined;
  return HEAD_ADJECTIVES.get(`${v.bareWhole(i)} ${v.bareWhole(i + 1)}`) ?? HEAD_ADJECTIVES.get(`${v.bare(i)} ${v.bare(i + 1)}`);
}

/** An action noun right after مشروع (مشروع تطوير, لمشروع تركيب, مشروع لمد): the project is a work on what follows. */
function actionAfter(v: DocView, i: number): boolean {
  const w = v.tokens[i + 1];
  if (!w || w.kind !== 'arabic' || w.sentence !== v.tokens[i].sentence) return false;
  return v.isProjectAction(i + 1);
}

/**
 * A count right before the trigger: ستة أنفاق, ثلاث محطات, 3 مطارات, 500 ألف وحدة سكنية (a number figure or a
 * number word, of up to four words).
 */
export function countBefore(v: DocView, i: number): FigureRef | undefined {
  return v.figuresIn(Math.max(0, i - 4), i).find((f) => f.tokenEnd === i && (f.figure.kind === 'count' || f.figure.kind === 'number'));
}
/** Token j is a trigger word that may start a project of its own (not مسكن, a trigger only counted: برنامج المسكن الأول). */
function startsTrigger(v: DocView, j: number): boolean {
  const w = TRIGGERS.get(v.bare(j)) ?? TRIGGERS.get(v.bareWhole(j));
  return w !== undefined && !w.countOnly;
}

/** A one-word count right before the trigger (Trigger.counted): ستة أنفاق, 3 مطارات. */
function countedBefore(v: DocView, i: number): boolean {
  const f = v.figuresIn(i - 1, i)[0];
  return f !== undefined && f.tokenEnd === i && (f.figure.kind === 'count' || f.figure.kind === 'number');
}

/**
 * The name ends with الجديد/الجديدة: a facility being built (مطار جدة الجديد, قناة السويس الجديدة).
 * After a feminine head (محطة، قناة: folded ending ه) a masculine الجديد does not agree with it and
 * belongs to the name (محطة باب الجديد بسوسة, a Sousse station): such a head and a masculine الجديد
 * within two words are 20 in 19 articles of ../shared/unlabeled, 1 a new facility (قناة السويس الجديد).
 */
function endsNew(v: DocView, head: number, from: number, end: number): boolean {
  const feminine = v.bare(head).endsWith('ه');
  for (let k = end - 1; k >= from && k >= end - 2; k--) {
    const b = v.tokens[k].base;
    if ((b === 'الجديد' && !feminine) || b === 'الجديده') return true;
  }
  return false;
}

/** A bare form is a line's head word (خط، خطوط), which the word after it makes a trigger (line_head). */
export function isLineWord(form: string): boolean {
  return form === 'خط' || form === 'خطوط';
}

/** The form findTriggers looks a token up by: bare, else whole, else unsplit (خط and خطوط are kept for the line heads). */
function triggerForm(t: Token): string {
  const bare = bareOf(t);
  if (TRIGGERS.has(bare) || isLineWord(bare)) return bare;
  const whole = bareWholeOf(t);
  if (TRIGGERS.has(whole)) return whole;
  const unsplit = unsplitOf(t);
  return TRIGGERS.has(unsplit) || isLineWord(unsplit) ? unsplit : whole;
}

/** The word type's trigger form is a trigger word or a line head (خط، خطوط); anything else is skipped. */
const MAY_TRIGGER = new TypeFlag((t) => {
  const form = triggerForm(t);
  return isLineWord(form) || TRIGGERS.has(form);
});

/** The token carries the preposition ل (لمستشفى، للمستشفى). */
function lamBefore(t: Token): boolean {
  return hasClitic(t, 'prep') && cliticForms(t).some((c) => c.type === 'prep' && c.text.includes('ل'));
}

/** The word at i is a head flagged `org` in project-heads.tsv (مستشفى، مستشفيات). */
function orgHead(v: DocView, i: number): boolean {
  return [v.bare(i), v.bareWhole(i), v.unsplit(i)].some((f) => HEAD_FLAGS.get(f)?.has('org'));
}

export function findTriggers(v: DocView): Trigger[] {
  const { tokens } = v;
  const out: Trigger[] = [];
  const ids = typeIdsOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words are no trigger in any form: asked once per word type (by its id: the token is not
    // read), they are skipped here.
    if (!MAY_TRIGGER.ofType(ids[i], t) || t.kind !== 'arabic') continue;
    const m = v.mentionOn(i);
    // A hospital the entity stage names as an organisation (مستشفى عيون الجواء، مستشفى الملك فهد بجدة) is
    // still the building: its head word starts the mention and project-heads.tsv flags it `org`.
    // Not one with ل (مشروع تطوير البنية التحتية لمستشفى الملك فهد التخصصي، دعماً لمستشفى ...): the complement of
    // what comes before it, as the organisation it stays.
    const orgFacility =
      m !== undefined && m.entity.type === 'ORG' && m.tokenStart === i && m.tokenEnd > i + 1 && orgHead(v, i) && !lamBefore(t);
    if (m && STOP_ENTITY_TYPES.has(m.entity.type) && !orgFacility) continue;
    // The trigger word itself: محطة, or its whole form where the splitter cut its ending.
    const bare = triggerForm(t);
    let type: string | undefined;
    let number: Number_ = 'one';
    let weak = false;
    let program = false;
    let word: TriggerWord | undefined;
    let triggerEnd = i + 1;
    if (isLineWord(bare) && LINE_HEADS.has(tokens[i + 1]?.base ?? '')) {
      type = LINE_HEADS.get(tokens[i + 1].base)!;
      number = bare === 'خط' ? 'one' : 'many';
      triggerEnd = i + 2;
    } else {
      word = TRIGGERS.get(bare);
      if (!word) continue;
      // عن طريق is "by means of"; طريقة, طرق التفكير are not roads.
      if (word.type === 'road' && tokens[i - 1]?.norm === 'عن') continue;
      // لتنمية محور إقليم قناة السويس: a facility after إقليم or محور names a region (project-words.tsv region_head).
      if (i > 0 && tokens[i - 1].sentence === t.sentence && REGION_HEADS.has(v.bare(i - 1))) continue;
      // مسكن is a project only counted: إنجاز 163 مسكنا اجتماعيا (project-heads.tsv flag counted).
      if (word.countOnly && countBefore(v, i) === undefined) continue;
      ({ type, number } = word);
      weak = !!word.weak;
      program = !!word.program;
    }
    // مدينة صناعية, منطقة اقتصادية, وحدات سكنية: the pair gives the type; the head alone is no project word.
    let paired = false;
    if (word?.adjective) {
      const pair = headAdjective(v, i);
      if (pair) {
        type = pair;
        paired = true;
      }
    }
    // مشروع قانون, مشروع قرار, مشروعي قرارين: a draft text.
    if (type === 'project' && number !== 'many' && DRAFTS.has(v.bare(i + 1))) continue;
    const read = readName(v, i, triggerEnd, program, number === 'one' && type !== 'project' && !program && !weak);
    if (read.excluded) continue;
    // قناة «الجزيرة»، قناة "ليغا كوبا تفي": a quoted name after قناة is a television channel (146 of the
    // 148 quoted names after قناة in ../shared/unlabeled; the other two, السويس).
    if (type === 'canal' && read.quoted && !tokens.slice(triggerEnd, read.end).some((t) => t.base === 'السويس')) continue;
    // A facility the lexicons name whole (مطار الملك عبدالعزيز الدولي, ميناء جدة الإسلامي) is its own name.
    if (m && m.tokenStart === i && (m.entity.type === 'LOCATION' || m.entity.type === 'CITY' || orgFacility) && m.tokenEnd > i + 1) {
      read.end = Math.max(read.end, m.tokenEnd);
      read.proper = true;
    }
    const isNew = endsNew(v, i, triggerEnd, read.end);
    // A head that needs a name (قناة, امتياز) or an adjective (مدينة, منطقة) and has none.
    if (word?.named && !read.proper && !read.quoted) continue;
    // مشروع مدينة الثقافة, مشروع وحدة بني مطير: after مشروع the head and its name are the project's.
    const afterProject = v.bare(i - 1) === 'مشروع' && read.end > triggerEnd;
    // مجمع الملك عبدالله بشمال جدة بسعة سريرية قدرها 500 سرير، افتتاح مجمع تشينغداو السينمائي: a complex named
    // after a person or a place is one building, a project where something is done to it or its size or cost
    // follows (see 02-qualify). مجمع, a name and a ب cost, capacity or area within six words: 14 in 13 articles
    // of ../shared/unlabeled, 10 a complex built or opened (the others a hall of an airport and a mall in a
    // list of parts).
    // (Not after مشروع or مشروع + an action noun: مشروع إنشاء مجمع العزيزية التعليمي stays the مشروع's, as before.)
    const framedComplex = afterProject || (v.bare(i - 2) === 'مشروع' && v.isProjectAction(i - 1));
    const namedComplex = type === 'complex' && !paired && read.proper && !read.quoted && !framedComplex;
    if (word?.adjective && !paired && !(type === 'city' && read.proper && isNew) && !afterProject && !namedComplex) continue;
    if (word?.adjective && !paired && !namedComplex) type = afterProject && !(read.proper && isNew) ? 'project' : 'new_city';
    // The most specific descriptor in the name or just after it ("محطة توليد الطاقة من الرياح"
    // is wind, not a generic power plant).
    let refined = type;
    // A line names its kind (خط أنابيب, خط السكة الحديدية): it is described as a descriptor would.
    let described = triggerEnd === i + 2 || paired;
    let specific = false;
    // Words after a proper name are not its kind (مشروع الفاضلي ومشروع ربط is no grid), but a
    // لـ complement right after it is (حقل "ظهر" للغاز الطبيعي).
    const after = tokens[read.end];
    const complementAfter =
      after && hasClitic(after, 'prep') && cliticForms(after).some((c) => c.type === 'prep' && c.text.includes('ل')) ? 1 : 0;
    const windowEnd = Math.min(read.proper ? read.end + complementAfter : read.end + 3, v.doc.sentences[t.sentence].tokenEnd);
    for (let k = i; k < windowEnd; k++) {
      const forms = [tokens[k].norm, tokens[k].base, v.bare(k)];
      if (!hasDescriptor(...forms)) continue;
      // The trigger's own word (القطار, المترو) names its kind but describes nothing.
      if (k < read.end && k >= triggerEnd) described = true;
      const d = descriptorFor(type, ...forms);
      if (!d) continue;
      if (d !== 'power_plant' && !specific) {
        refined = d;
        specific = true;
      } else if (!specific && k < read.end) refined = 'power_plant';
    }
    // شبكة, شبكات: a network is a project word only with what it carries (شبكة المترو, شبكة الصرف الصحي).
    if (word && TRIGGERS.get(bare) === word && HEAD_FLAGS.get(bare)?.has('described') && !specific) continue;
    const afterAction = type === 'project' && number === 'one' && actionAfter(v, i);
    out.push({
      tokenStart: i,
      triggerEnd,
      nameEnd: read.end,
      type: refined,
      head: type,
      number,
      weak,
      program,
      quoted: read.quoted,
      proper: read.proper,
      described,
      sentence: t.sentence,
      actionAfter: afterAction,
      counted: countedBefore(v, i),
      isNew,
      self: !!HEAD_FLAGS.get(bare)?.has('self') && (read.proper || read.quoted),
      ...(orgFacility ? { orgNamed: true } : {}),
      ...(namedComplex ? { unpaired: true } : {}),
    });
    // A trigger inside this one's name (محطة القطار) is part of it.
    i = Math.max(triggerEnd, read.end) - 1;
  }
  return out;
}

/** A word that describes a project without naming it (جديد، كبيرة، عملاقة; project-words.tsv `descriptive`), with or without the article. */
export function descriptiveWord(base: string): boolean {
  return DESCRIPTIVE_WORDS.has(base.startsWith('ال') ? base.slice(2) : base);
}

/** A word that describes rather than names: a nisba-shaped adjective, a participle, a dual, DESCRIPTIVE. */
export function descriptive(t: Token): boolean {
  const b = t.base;
  if (descriptiveWord(b)) return true;
  if (/(ي|يه|يين|يون|يات|يتين|يين)$/.test(b)) return true;
  // Participles: مستقلة, المتجددة, المركبة (م + at least three letters, with or without ال).
  const bare = b.startsWith('ال') ? b.slice(2) : b;
  return /^م..+/.test(bare) && bare.length >= 4 && /(ه|ين|ان|تين)$/.test(bare);
}

/**
 * Reads the name after the trigger words: the word right after the trigger (a noun in
 * construct: محطة التحلية, معمل الغاز), then only names, places, codes, descriptive words and
 * لـ complements (للطاقة الكهرومائية). A verb, a plain noun or a word with tanwin ends it
 * ("ميناء جدة حقق المرتبة", "المطارات هدفاً"). A code in parentheses a few words on belongs
 * to the name ("مصنع ثانٍ صديق للبيئة لإنتاج البنزين (GTG-2)").
 */
function readName(
  v: DocView,
  i: number,
  from: number,
  program: boolean,
  /**
   * A singular facility head that is no common word (مطار، محطة; not مشروع: "مشروع إيران" is a country's aim; not
   * سوق: "السوق السعودية" is the economy), which a country right after names.
   */
  facility = false,
): { end: number; quoted: boolean; proper: boolean; excluded: boolean } {
  const { tokens } = v;
  const sentence = tokens[i].sentence;
  // A programme's quoted title: "مبادرة التعاون في النقل واللوجستيات".
  if (program && v.isPunct(i - 1, QUOTES_OPEN)) {
    for (let j = from; j < tokens.length && j < i + 15 && tokens[j].sentence === sentence; j++) {
      if (v.isPunct(j, QUOTES_CLOSE)) return { end: j, quoted: true, proper: true, excluded: false };
    }
  }
  const code = codeAhead(v, from, sentence);
  const definiteTrigger = tokens[i].base.startsWith('ال');
  let j = from;
  let proper = false;
  let inComplement = false;
  let afterName = false;
  while (j < tokens.length && j - from < MAX_NAME && tokens[j].sentence === sentence) {
    const t = tokens[j];
    const first = j === from;
    if (first && v.bare(i).startsWith('محط') && NOT_PROJECTS.has(t.base)) return { end: j, quoted: false, proper: false, excluded: true };
    if (first && v.bare(i).startsWith('جسر') && AIRLIFT.has(t.base)) return { end: j, quoted: false, proper: false, excluded: true };
    // A quoted name right after the trigger: مشروع «واسط», محطة "ليلي"; not a quoted company
    // (وتقوم بحفر الأنفاق "أوراسكوم" للإنشاء: the tunnels, dug by Orascom).
    // After مشروع's action noun too: مشروع تطوير “متحف نجران الإقليمي”.
    const quoteAt = first || (j === from + 1 && TRIGGERS.get(v.bare(i))?.type === 'project' && v.isProjectAction(from));
    if (quoteAt && v.isPunct(j, QUOTES_OPEN) && v.mentionOn(j + 1)?.entity.type !== 'ORG') {
      let k = j + 1;
      while (k < tokens.length && k < j + 8 && !v.isPunct(k, QUOTES_CLOSE) && tokens[k].sentence === sentence) k++;
      if (v.isPunct(k, QUOTES_CLOSE) && k > j + 1) return { end: k + 1, quoted: true, proper: true, excluded: false };
      break;
    }
    if (code && j === code.open) return { end: code.end, quoted: false, proper: true, excluded: false };
    // After مشروع another trigger starts the real project (مشروع مطار الملك خالد, مشروع تطوير مطار
    // الملك خالد: see 02-qualify), even where the lexicon names the facility whole.
    const outer = TRIGGERS.get(v.bare(i));
    const afterAction = j === from + 1 && v.isProjectAction(from);
    if ((first || afterAction) && (outer?.type === 'project' || outer?.program) && startsTrigger(v, j)) break;
    const m = v.mentionStarting(j);
    if (m && (m.entity.type === 'CITY' || m.entity.type === 'LOCATION' || m.entity.type === 'COUNTRY') && m.via !== 'nisba') {
      // A country does not single a plural out: "موانئ الهند", "موانئ المملكة" are generic. Right after a
      // singular facility head it names the one facility: "أعمال توسعة مطار تايوان الدولي"، "لتمويل محطة مصر
      // النووية" (the name still needs an action or a fact to be a project, see 02-qualify).
      if (m.entity.type !== 'COUNTRY' || (facility && j === from)) proper = true;
      j = m.tokenEnd;
      // بشكيك-أوش: a second place after a dash.
      if (v.isPunct(j, '-') && v.mentionStarting(j + 1)) j = v.mentionStarting(j + 1)!.tokenEnd;
      inComplement = false;
      continue;
    }
    // A facility named after a person, with or without the title (مطار الملكة علياء, جسر الملك فهد); not a
    // person after a word that is already part of a name (مدير مشروع سد النهضة سيمينيو بيكيلي: the manager).
    if (m && m.entity.type === 'PERSON' && (j === from || (j === from + 1 && !v.mentionOn(from)))) {
      proper = true;
      j = m.tokenEnd;
      continue;
    }
    // مشروع مركز الأمير سلطان الحضاري، ومشروع الأكاديمية الوطنية للطاقة بالدمام، مشروع مجمع العُمري سنتر: right
    // after مشروع, an organisation or facility named by a building word is the building the project puts up,
    // not who runs it (مشروع + مركز/مجمع/مقر/مبنى/كلية/أكاديمية/معهد/فندق/برج + a name: 58 in 54 articles of
    // ../shared/unlabeled, 42 of them missed; of the 21 stories among those, 15 a building being put up, 3
    // not: a generic hotel, the relief centre's project, an anaphor; on those 54 articles it adds 11 projects and names 1, 10 right,
    // 1 wrong: an architect's design of 1983).
    if (m && first && outer?.type === 'project' && BUILDING_WORDS.has(bareWord(v, j))) {
      proper = true;
      j = m.tokenEnd;
      continue;
    }
    if (m && m.via !== 'nisba') break;
    if ((t.kind === 'latin' && t.text.length >= 2) || t.kind === 'alnum') {
      proper = true;
      j++;
      continue;
    }
    if (t.kind !== 'arabic' || t.stop) {
      // A dash joining two name parts (سوغد-500, تشون-كيمين) keeps the name going.
      if (
        v.isPunct(j, '-') &&
        j > from &&
        tokens[j].start === tokens[j - 1].end &&
        tokens[j + 1] &&
        tokens[j + 1].start === tokens[j].end
      ) {
        proper = true;
        j += 2;
        continue;
      }
      break;
    }
    if (NAME_STOPS.has(t.norm) || NAME_STOPS.has(t.base)) break;
    // افتتاح قناة السويس الجديدة الخميس القادم: a weekday after the name says when, it names nothing (a trigger,
    // up to three words and a weekday: 669 times in ../shared/unlabeled); not right after the head (سوق الجمعة).
    if (!first && WEEKDAYS.has(t.norm)) break;
    // طريق الملك فيصل: a given name the splitter cut (ف + يصل) is a part of the name, its first letter no clitic.
    const clitics =
      (cliticBits(t) & PROCLITIC_BITS) === 0 || (j > from && GIVEN_NAMES.has(t.norm))
        ? NO_CLITICS
        : cliticForms(t).filter((c) => c.type === 'conj' || c.type === 'prep' || c.type === 'future');
    // بطاقة, بسعة, بالتعاون, وبناء, ستوفر: a preposition other than ل, و or the future ends the name.
    if (clitics.some((c) => c.type === 'conj' || c.type === 'future' || (c.type === 'prep' && !c.text.includes('ل')))) break;
    // Another trigger ends the name, except right after a station word (محطة القطار is one
    // thing); after مشروع it starts the real project (مشروع قطار الحرمين, see 02-qualify).
    // (Not a word that is a trigger only counted: برنامج المسكن الأول.)
    const inner = TRIGGERS.get(v.bare(j));
    if (inner && !inner.countOnly && (!first || TRIGGERS.get(v.bare(i))?.type === 'project' || TRIGGERS.get(v.bare(i))?.program)) break;
    if (TANWIN.test(t.text) && !code) break;
    const definite = t.base.startsWith('ال');
    if (!definite && clitics.length === 0 && verbLike(t.norm) && !v.namedByCorpus(t)) break;
    // A لـ complement is a noun: للطاقة, or لإنتاج + البنزين; not ليكونوا أول (a verb).
    // (Not before الى، التي، الذي: a stop word that starts with ال, قناة السويس الجديدة لتعيد الى الأذهان.)
    const lam = clitics.some((c) => c.type === 'prep') && (definite || (tokens[j + 1]?.base.startsWith('ال') && !tokens[j + 1].stop));
    if (clitics.some((c) => c.type === 'prep') && !lam) break;
    if (lam) {
      inComplement = true;
      j++;
      continue;
    }
    // مشروع تنمية محور قناة السويس: after the action noun of مشروع, its object in construct.
    if (j === from + 1 && outer?.type === 'project' && v.isProjectAction(from) && !definite && clitics.length === 0) {
      j++;
      continue;
    }
    // مشروع كلية السياحة والفندقة، مشروع تطوير المواقع الأثرية، لمشروع تركيب الدائرة الثالثة: a definite
    // noun after مشروع's first word (a bare noun, no article, no clitic) is its complement in construct.
    if (j === from + 1 && outer?.type === 'project' && definite && clitics.length === 0 && constructHead(v, from)) {
      if (v.namedByCorpus(t) && !descriptive(t)) proper = true;
      j++;
      afterName = false;
      continue;
    }
    // A joiner needs the name word after it, in the same sentence (a lone ال ends the text: محطة ال).
    const next = tokens[j + 1];
    const joiner = NAME_JOINERS.has(t.norm) && next !== undefined && next.sentence === sentence && v.named(next);
    const direction = DIRECTIONS.has(t.norm) && !!v.mentionStarting(j + 1);
    // A rare word right after a name word goes on with the name (محطة نور ميدلت); after مشروع or
    // its action's object, a rare word names it (مشروع عين اقطر، مشروع تأهيل بئر زمزم).
    const afterObject =
      outer?.type === 'project' && (j === from + 1 || (j === from + 2 && v.isProjectAction(from))) && clitics.length === 0;
    const rareAfterName: boolean = !first && (afterName || (afterObject && !descriptive(t))) && v.named(t) && !definite;
    // An adjective agrees with its noun: after a definite trigger an indefinite common word starts
    // something else (وشابت عملية بناء الجسر عمليات تأخير: "the bridge", then "delays"), whatever its
    // ending (عمليات, إمكانيات end like a nisba plural).
    if (first && definiteTrigger && !definite && !v.namedByCorpus(t) && !joiner && !direction) break;
    const ok =
      (first && !(definiteTrigger && !definite && !descriptive(t))) ||
      descriptive(t) ||
      v.namedByCorpus(t) ||
      rareAfterName ||
      joiner ||
      direction ||
      // لإنتاج البنزين, لتحلية المياه: the definite noun of a complement.
      (inComplement && definite);
    if (!ok) break;
    if ((!first && v.namedByCorpus(t) && !descriptive(t)) || rareAfterName) proper = true;
    afterName = v.namedByCorpus(t) || rareAfterName;
    inComplement = false;
    j += joiner ? 2 : 1;
  }
  if (code && j < code.open) return { end: code.end, quoted: false, proper: true, excluded: false };
  return { end: j, quoted: false, proper, excluded: false };
}

/**
 * A bare noun after a singular مشروع that can head a construct: no article, no clitic, no tanwin, not an
 * adjective (تطوير, تركيب). A feminine word ending like a nisba (كلية, قرية) is no adjective of the masculine
 * مشروع, so it is a noun: مشروع كلية السياحة والفندقة.
 */
function constructHead(v: DocView, k: number): boolean {
  const t = v.tokens[k];
  if (!t || t.kind !== 'arabic' || t.stop || t.base.startsWith('ال') || TANWIN.test(t.text)) return false;
  if (cliticBits(t) !== 0 || verbLike(t.norm)) return false;
  return !descriptive(t) || (v.bare(k - 1) === 'مشروع' && t.norm.endsWith('يه') && !descriptiveWord(t.base));
}

/** A code in parentheses within six words, before any punctuation: (GTG-2), not (2014). */
function codeAhead(v: DocView, from: number, sentence: number): { open: number; end: number } | null {
  const { tokens } = v;
  for (let j = from; j < tokens.length && j < from + 7 && tokens[j].sentence === sentence; j++) {
    if (v.isPunct(j, '(')) {
      const k = tokens[j + 1];
      if (!k || (k.kind !== 'latin' && k.kind !== 'alnum') || k.text.length < 2) return null;
      let e = j + 1;
      while (e < tokens.length && e < j + 6 && !v.isPunct(e, ')')) e++;
      return v.isPunct(e, ')') ? { open: j, end: e + 1 } : null;
    }
    if (v.isPunct(j, '.,،؛:')) return null;
  }
  return null;
}
