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
import type { DocView, FigureRef, MentionRef } from './doc-view.js';
import { countBefore, descriptive, isLineWord, type Trigger } from './01-find-triggers.js';
import { partnerMentions } from './partners.js';
import { withBa } from '../entities/token-view.js';
import {
  ACTION_VERBS,
  PASSIVE_AUX,
  RELATIVES,
  AREA_NOUNS,
  ITEM_JOINERS,
  LOCATIVE,
  QUANTIFIERS,
  QUANTIFIERS_OF,
  LENGTH_CUES,
  PROGRESS_CUES,
  START_NOUNS,
  CLAUSE_BREAKS,
  COMPLETION,
  SAVINGS,
  COST_CUES,
  DEMONSTRATIVES,
  GENERIC_AFTER,
  DRAFTS,
  ATTRIBUTE_NOUNS,
  ATTACK_NOUNS,
  FIELD_ACTIONS,
  ONE_ACTIONS,
  SUPERLATIVES,
  NOT_PROGRAMS,
  PROGRAM_WORKS,
  LIST_MARKERS,
  REOPEN,
  INSPECT,
  HEAD_FLAGS,
  ZONE_PLACES,
  BROADCAST,
  SHARE_WORDS,
  OPERATE,
  ROUTE_FROM,
  ROUTE_TO,
  LINK_VERBS,
  TRIGGERS,
  BED_WORDS,
  CAPACITY_CUES,
} from './triggers.js';
import { hasClitic } from '../model/token.js';
import { QUALIFIERS_BEFORE } from '../figures/lexicon/cues.js';

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

/** An action noun just before the trigger (بناء, إعادة بناء, لبناء, وكهربة; مشروع استكمال شبكات). */
export function actionBefore(v: DocView, i: number): boolean {
  // إعادة افتتاح مطاري أربيل والسليمانية، إعادة تشغيل مطار عدن: a re-opening or a restart after a closure
  // (40 of 40 before a facility word in ../shared/unlabeled), not works on it.
  if (i >= 2 && v.tokens[i - 2].sentence === v.tokens[i].sentence && v.bare(i - 2) === 'اعاده' && REOPEN.has(v.bare(i - 1))) return false;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    if (v.tokens[k].sentence !== v.tokens[i].sentence) return false;
    // إعادة فتح مطار عدن، إعادة فتح مطاري أربيل والسليمانية: re-opening after a closure, not works; إعادة
    // is an action only before another (إعادة بناء، إعادة تأهيل). إعادة فتح + a facility word: 120 in 77
    // articles of ../shared/unlabeled, 10 of a sample of 10 an airport, port or crossing reopened.
    if (k === i - 2 && v.bare(k) === 'اعاده' && !v.isAction(k + 1)) continue;
    // لتشغيل مطار عدن، أثار تشغيل مطار عدن الدولي وهبوط أول طائرة: running an airport or a port, not works on it.
    if (OPERATE.has(v.bare(k)) && RUN_ONLY.has(TRIGGERS.get(v.bare(i))?.type ?? '')) continue;
    if (v.isAction(k) || (v.isProjectAction(k) && k >= 1 && PROJECT_WORDS.has(v.bare(k - 1)))) return true;
  }
  return actionOnLength(v, i);
}

/**
 * An action on a length of the facility: "وتعبيد 10 كلم من طريق جبل ماطوس", "إنجاز 385 كم من الطرقات"
 * (an action noun, a length, then من: 6 times in 6 of the 72,338 unlabeled articles, works on roads each time).
 */
function actionOnLength(v: DocView, i: number): boolean {
  if (i < 3 || v.tokens[i - 1].norm !== 'من' || v.tokens[i - 1].sentence !== v.tokens[i].sentence) return false;
  const f = v.figuresIn(Math.max(0, i - 5), i - 1).find((x) => x.figure.kind === 'length' && x.tokenEnd === i - 1);
  return (
    f !== undefined && f.tokenStart >= 1 && v.tokens[f.tokenStart - 1].sentence === v.tokens[i].sentence && v.isAction(f.tokenStart - 1)
  );
}
/**
 * An action noun before the count of a counted trigger, a qualifier (نحو، أكثر من) between them: "لبناء 500
 * ألف وحدة سكنية"، "لبناء أكثر من 7000 وحدة سكنية" (actionBefore looks two words back, which a count of two
 * words or a qualifier fills).
 */
function actionBeforeCount(v: DocView, i: number): boolean {
  const f = countBefore(v, i);
  if (f === undefined) return false;
  let k = f.tokenStart;
  for (const q of QUALIFIERS_BEFORE) {
    const n = q.words.length;
    if (k - n >= 0 && q.words.every((w, j) => v.tokens[k - n + j].norm === w || v.bare(k - n + j) === w)) {
      k -= n;
      break;
    }
  }
  return k < i - 1 && k >= 1 && v.tokens[k - 1].sentence === v.tokens[i].sentence && v.isAction(k - 1);
}

/**
 * A count right before the trigger, or one that took its head word in as its unit (بأكثر من 250 ألف وحدة سكنية:
 * the figure is «250 ألف وحدة»).
 */
function dwellingsCounted(v: DocView, t: Trigger): boolean {
  if (countBefore(v, t.tokenStart) !== undefined) return true;
  const i = t.tokenStart;
  return v.figuresIn(Math.max(0, i - 4), i + 1).some((f) => f.tokenStart < i && f.tokenEnd === i + 1);
}

const PROJECT_WORDS = new Set(['مشروع', 'مشروعات', 'مشاريع']);
/** The types of head that an OPERATE noun runs rather than builds. */
const RUN_ONLY = new Set(['airport', 'port']);

/** A field or a mine right after a word of exploiting it: "وبدأ استغلال حقل تمار عام 2013" (its production starts). */
function fieldActionBefore(v: DocView, t: Trigger): boolean {
  const k = t.tokenStart - 1;
  return (t.head === 'field' || t.head === 'mine') && k >= 0 && v.tokens[k].sentence === t.sentence && FIELD_ACTIONS.has(v.bare(k));
}

/**
 * A one_action noun right before one facility word (استكمال طريق الملك عبدالله بنجران، وسيتم استكمال ميناء السخنة):
 * completing it is works on it, as completing a مشروع is (project_action); not a plural or a project word, which it
 * completes as generic or standing (استكمال المشروعات المتأخرة).
 */
function oneActionBefore(v: DocView, t: Trigger): boolean {
  const k = t.tokenStart - 1;
  if (t.number !== 'one' || t.head === 'project' || t.program || k < 0 || v.tokens[k].sentence !== t.sentence) return false;
  return ONE_ACTIONS.has(v.bare(k)) || ONE_ACTIONS.has(v.bareWhole(k));
}

/**
 * A verb of building or opening shortly before the trigger, with no punctuation between: "افتتح في
 * مطلع فبراير الجاري حقل «ظهر»", "ستبني الشركة محطة X". (An action anywhere earlier in the sentence
 * is too loose: "... في أفق 2030 لتشمل الأحياء المتاخمة لطريق قرمدة وطريق سيدي منصور" names roads
 * the metro will serve, not roads being built.)
 */
function actionVerbBefore(v: DocView, i: number): boolean {
  for (let k = i - 1; k >= i - 6 && k >= 0; k--) {
    const t = v.tokens[k];
    if (t.sentence !== v.tokens[i].sentence || t.kind === 'punct') return false;
    if (ACTION_VERBS.has(v.bare(k)) || ACTION_VERBS.has(t.stem)) return true;
    // بدء عمليات الإنتاج في حقل «ظهر»: the start of its working, within four words and no
    // preposition but في between (not بدء تشغيل رحلات من مطار الجوف).
    if (k >= i - 4 && START_NOUNS.has(v.bare(k))) return true;
    if (t.kind === 'arabic' && t.stop && t.norm !== 'في') return false;
  }
  return false;
}

/**
 * A relative clause right after the name says the facility is being built: سد النهضة الذي تبنيه
 * إثيوبيا، مشروع الدمام الشمالي الذي ينفذ حالياً، محطة صفاقس التي سيتم انجازها.
 */
function builtAfter(v: DocView, t: Trigger): boolean {
  let k = Math.max(t.nameEnd, t.triggerEnd);
  if (v.isPunct(k, ',،')) k++;
  const rel = v.tokens[k];
  if (!rel || rel.sentence !== v.tokens[t.tokenStart].sentence || !RELATIVES.has(rel.base)) return false;
  const verb = v.tokens[k + 1];
  if (!verb || verb.sentence !== rel.sentence) return false;
  // A verb in the imperfect: the work is under way or to come (التي افتتحت للملاحة قبل 150 سنة is history).
  if (/^[يتس]/.test(verb.norm) && (ACTION_VERBS.has(v.bare(k + 1)) || ACTION_VERBS.has(verb.stem))) return true;
  return PASSIVE_AUX.has(v.bare(k + 1)) && v.isAction(k + 2);
}

/** A quantifier before a plural: عدد من المطارات, بعض المحطات, العديد من المشاريع. */
function quantified(v: DocView, i: number): boolean {
  const a = v.tokens[i - 1];
  const b = v.tokens[i - 2];
  if (a && QUANTIFIERS.has(a.base)) return true;
  return a?.norm === 'من' && b !== undefined && QUANTIFIERS_OF.has(b.base);
}

/** A plural facility word counted right after an action noun: لتشييد ستة ملاعب جديدة، إنشاء 3 محطات محولات. */
function countedWorks(v: DocView, t: Trigger): boolean {
  if (t.number !== 'many' || !t.counted || t.head === 'project' || t.program) return false;
  return actionBefore(v, t.tokenStart) || actionBeforeCount(v, t.tokenStart);
}

/** The trigger follows مشروع (مشروع مطار الملك خالد). */
function framed(v: DocView, i: number): boolean {
  const isProject = (k: number) => PROJECT_WORDS.has(v.bare(k));
  // مشروع قطار الحرمين, مشروع تطوير مطار X; not مشروع محور التنمية بمنطقة قناة السويس.
  return (i >= 1 && isProject(i - 1)) || (i >= 2 && isProject(i - 2) && v.isProjectAction(i - 1));
}

/**
 * "(المرحلة الأولى)" right after the name, or "المرحلة الأولى من" right before the trigger, or the dual
 * "المرحلتين الأولى والثانية من" before an indefinite one (9 before مشروع in ../shared/unlabeled: مرفأ تونس
 * المالي, مشروع إعادة تأهيل الأطفال ...; not "أعمال التشطيب في المرحلتين الأولى والثانية من المشروع", the
 * project told before).
 */
function phaseNear(v: DocView, t: Trigger): boolean {
  const phase = (k: number) => v.tokens[k]?.base === 'المرحله';
  if (v.isPunct(t.nameEnd, '(') && phase(t.nameEnd + 1)) return true;
  if (v.tokens[t.tokenStart - 1]?.norm !== 'من') return false;
  if (phase(t.tokenStart - 3)) return true;
  const dual = v.tokens[t.tokenStart - 4]?.base;
  return (
    (dual === 'المرحلتين' || dual === 'المرحلتان') &&
    v.tokens[t.tokenStart - 2]?.norm.startsWith('و') === true &&
    !v.tokens[t.tokenStart].base.startsWith('ال')
  );
}

/** A year ending within four words before the trigger: أطلق في عام 2008 مبادرته «الطاقة من أجل الفقراء». */
function yearJustBefore(v: DocView, i: number): boolean {
  const s = v.doc.sentences[v.tokens[i].sentence];
  return v
    .figuresIn(Math.max(s.tokenStart, i - 5), i)
    .some((f) => (f.figure.kind === 'year' || f.figure.kind === 'year_range') && f.tokenEnd >= i - 4);
}

/** The name ends with القديم/القديمة (قناة السويس القديمة). */
function oldFacility(v: DocView, t: Trigger): boolean {
  for (let k = Math.max(t.triggerEnd, t.nameEnd - 2); k <= t.nameEnd && k < v.tokens.length; k++) {
    const b = v.tokens[k].base;
    if (b === 'القديم' || b === 'القديمه') return true;
  }
  return false;
}

function startsList(v: DocView, j: number): boolean {
  let k = j;
  while (v.isPunct(k, ',،')) k++;
  for (const words of LIST_MARKER_WORDS) {
    if (words.every((w, n) => v.tokens[k + n]?.norm === w || v.tokens[k + n]?.base === w)) return true;
  }
  return false;
}

/** Head types of venues, which news names by their size as they stand. */
const VENUES = new Set(['park', 'waterfront', 'market']);

/**
 * A number of beds after a capacity cue is a hospital's size: "مستشفى الجموم بسعة 100 سرير"، "مستشفى الملك فيصل
 * بالطائف السعة 500 سرير" (a count, the noun a `bed` word of project-words.tsv, a capacity cue at most four
 * words before it and after `from`).
 */
export function bedCapacity(v: DocView, f: FigureRef, from: number): boolean {
  if (f.figure.kind !== 'count' || f.tokenEnd >= v.tokens.length || !v.inList(BED_WORDS, f.tokenEnd)) return false;
  return v.cueBefore(f.tokenStart, from, (b) => CAPACITY_CUES.has(v.tokens[b].norm) || CAPACITY_CUES.has(v.bare(b)));
}

/** Figure kinds that state a particular of a project: when, how big, how long, how much it carries. */
const FACT_KINDS = new Set(['year', 'year_range', 'power', 'energy', 'length', 'area', 'voltage']);

/** A quantity or volume per day or year is a capacity (60 ألف متر مكعب يومياً, 43 مليون مسافر سنوياً). */
function isCapacity(kind: string, unit: string | null): boolean {
  return (kind === 'quantity' || kind === 'volume' || kind === 'mass') && unit !== null && unit.includes('/');
}

/** A place right after an area noun that itself has ب or في: بجهة توزر, في منطقة جبل الزيت, بولاية X. */
function afterArea(v: DocView, m: { tokenStart: number }): boolean {
  const area = v.tokens[m.tokenStart - 1];
  if (!area || area.kind !== 'arabic' || !AREA_NOUNS.has(v.bare(m.tokenStart - 1))) return false;
  const before = v.tokens[m.tokenStart - 2];
  return withBa(area) || (before !== undefined && LOCATIVE.has(before.norm));
}

/** A word of revenue or saving between the trigger and a money figure: زيادة عائدات قناة السويس ... ليبلغ 13.2 مليار دولار. */
function revenue(v: DocView, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 3); k < to; k++) if (SAVINGS.has(v.bare(k)) || SAVINGS.has(v.tokens[k].norm)) return true;
  return false;
}

function evidence(
  v: DocView,
  t: Trigger,
  clauseEnd: number,
): { fact: boolean; measure: boolean; place: boolean; city: boolean; near: boolean } {
  let fact = false;
  // A figure other than a year: a capacity, a cost, a length, a share of works done.
  let measure = false;
  // A fact within a few words after the name (بطاقة 50 ميغاواط, (2014)), not one far along the clause.
  let near = false;
  for (const f of v.figuresIn(t.tokenStart, clauseEnd)) {
    const k = f.figure.kind;
    // The share of its works done (بلغت نسبة تقدم أشغاله 98 بالمائة) says it is being built.
    if (
      k === 'percent' &&
      (v.cueBefore(f.tokenStart, t.tokenStart, (b) => PROGRESS_CUES.has(v.tokens[b].norm) || PROGRESS_CUES.has(v.bare(b))) ||
        shareDoneBefore(v, t.tokenStart))
    ) {
      fact = measure = true;
      if (f.tokenStart - t.nameEnd <= 12) near = true;
      continue;
    }
    // A length is the project's with a word of length (بطول 4800 كيلومتر), not a distance (على بعد 60 كيلومترا).
    // A park's, a corniche's or a market's length is the venue that stands: "كورنيش «الفناتير» الممتد على مسافة
    // أكثر من 4 كم"، "كورنيش جدة، الذي يزيد طوله على 45 كيلومترا"، "من أحدى مطلات منتزه الأمير سلطان ... لمسافة
    // تقدر 450 متر" (4 of the 19 parks, corniches and markets found on 7,076 articles of the p26 draws, all
    // venues; none of the 15 others needed its length).
    const lengthOk =
      k !== 'length' ||
      (!VENUES.has(t.head) &&
        v.cueBefore(f.tokenStart, t.tokenStart, (b) => LENGTH_CUES.has(v.tokens[b].norm) || LENGTH_CUES.has(v.bare(b))));
    let is = (FACT_KINDS.has(k) && lengthOk) || isCapacity(k, f.figure.unit) || bedCapacity(v, f, t.tokenStart);
    if (
      k === 'money' &&
      v.cueBefore(f.tokenStart, t.tokenStart, (b) => COST_CUES.has(v.tokens[b].norm) || COST_CUES.has(v.bare(b))) &&
      !revenue(v, t.tokenStart, f.tokenStart)
    )
      is = true;
    if (!is) continue;
    fact = true;
    if (k !== 'year' && k !== 'year_range') measure = true;
    // A year beside a named facility is often its history (قناة السويس ... عام 1869): only a year in
    // brackets (محطة توراكورغان (2014)) or one of opening or completion says it is being built.
    const year = k === 'year' || k === 'year_range';
    const builtYear =
      v.isPunct(f.tokenStart - 1, '(') ||
      v.cueBefore(f.tokenStart, t.nameEnd, (b) => COMPLETION.has(v.tokens[b].norm) || COMPLETION.has(v.bare(b)));
    if (f.tokenStart - t.nameEnd <= 6 && (!year || builtYear)) near = true;
  }
  let place = false;
  let city = false;
  for (const m of v.mentionsIn(t.nameEnd, clauseEnd)) {
    if (m.entity.type !== 'CITY' && m.entity.type !== 'LOCATION' && m.entity.type !== 'COUNTRY') continue;
    const prev = v.tokens[m.tokenStart - 1];
    const own = v.tokens[m.tokenStart];
    // في مناطق سمرقند وبخارى: a locative and an area word.
    const prev2 = v.tokens[m.tokenStart - 2];
    if ((prev && LOCATIVE.has(prev.norm)) || withBa(own) || leadingBa(v, m) || (prev2 && LOCATIVE.has(prev2.norm)) || afterArea(v, m)) {
      place = true;
      if (m.entity.type !== 'COUNTRY') city = true;
    }
  }
  // A phase (محطة رأس الخير (المرحلة الأولى), المرحلة الأولى من مشروع X: 56 and 40 times in
  // ../shared/unlabeled) says it is being built in stages.
  if (phaseNear(v, t)) near = fact = true;
  // A partner is a particular too (gold/FORMAT.md): محطة تحلية المياه الممولة من بنك التنمية الألماني.
  if (partnerMentions(v, t.nameEnd, clauseEnd).length > 0) place = true;
  if (!place && linksPlaces(v, t)) place = true;
  return { fact, measure, place, city, near };
}

/** The types of a line, whose places a link verb names. */
const LINE_TYPES = new Set(['road', 'railway', 'pipeline', 'bridge', 'tunnel', 'canal', 'metro', 'tram']);
const PLACE_TYPES = new Set(['CITY', 'LOCATION', 'COUNTRY']);

/**
 * A line whose name a link verb follows within three words, a place or a named facility a few words after it:
 * "لإقامة خط أنابيب يمتد من قبرص إلى مصر"، "لإنشاء طريق سريع يربط طريق الحرمين بطريق المدينة"، "لإنشاء جسر
 * يربط جزيرة توتي بالخرطوم بحري". The places it links are its particular, as a place after في is (an action
 * noun, a line word and a link verb within three words: 21 in 18 articles of ../shared/unlabeled, each a line
 * built or planned, 4 of them history; on those 18 articles it adds 4 projects, all 4 right).
 */
function linksPlaces(v: DocView, t: Trigger): boolean {
  if (!LINE_TYPES.has(t.type)) return false;
  const from = Math.max(t.nameEnd, t.triggerEnd);
  for (let k = from; k <= from + 2 && k < v.tokens.length && v.tokens[k].sentence === t.sentence; k++) {
    if (v.tokens[k].kind === 'punct') return false;
    if (!LINK_VERBS.has(v.bare(k)) && !LINK_VERBS.has(v.tokens[k].norm)) continue;
    const end = Math.min(k + 8, sentenceEnd(v, k));
    if (v.mentionsIn(k + 1, end).some((m) => PLACE_TYPES.has(m.entity.type))) return true;
    for (let j = k + 1; j < end - 1; j++) {
      if (v.tokens[j].kind === 'punct') return false;
      if (TRIGGERS.get(v.bare(j))?.type === 'road' && v.tokens[j + 1].kind === 'arabic') return true;
    }
    return false;
  }
  return false;
}

/**
 * The share of work done named just before the trigger, its percentage after it: "نسبة تقدّم أشغال
 * البرنامج الخصوصي للسكن الاجتماعي بلغت 40 بالمائة", "نسبة الإنجاز بمشروع مستشفى الحمادي فرع النزهة ...
 * ما نسبته 72%" (نسبة + a progress cue: 98 in ../shared/unlabeled, a facility word right after it in about
 * a third, each a project being built).
 */
function shareDoneBefore(v: DocView, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 1; k--) {
    if (v.tokens[k].sentence !== v.tokens[i].sentence) return false;
    if (!(PROGRESS_CUES.has(v.tokens[k].norm) || PROGRESS_CUES.has(v.bare(k)))) continue;
    for (let n = k - 1; n >= k - 2 && n >= 0; n--) if (v.inList(SHARE_WORDS, n)) return true;
  }
  return false;
}

/**
 * A place whose ب the clitic splitter left on the token (بباجة, بتبرسق: a town the vocabulary
 * never saw, so ب + باجة is not split) while the mention starts after it: the same locative.
 */
function leadingBa(v: DocView, m: MentionRef): boolean {
  const own = v.tokens[m.tokenStart];
  if (m.start <= own.start) return false;
  const lead = v.doc.text.slice(own.start, m.start);
  return lead === 'ب' || lead === 'وب' || lead === 'فب';
}

/**
 * The trigger is an item of a list of projects that a plural announced: "سيشهد مشروعات إقليمية
 * ودولية من بينها مدينة صناعية ...، وكذلك مدينة صناعية ...، وإقامة منطقة صناعية ..." (a marker
 * before a facility word: 109 times in 106 articles of ../shared/unlabeled). The marker is found
 * earlier in the sentence, with a plural project word at most four words before it.
 */
function listItem(v: DocView, t: Trigger, plurals: ReadonlySet<number>, start: number): boolean {
  const s = v.doc.sentences[t.sentence];
  if (!conjunctStart(v, start)) return false;
  for (let k = start - 1; k >= s.tokenStart && k >= start - 100; k--) {
    const len = markerAt(v, k);
    if (len === 0) continue;
    for (let p = k - 1; p >= s.tokenStart && p >= k - 4; p--) if (plurals.has(p)) return true;
    // A named مشروع item may follow a plural مشاريع/مشروعات anywhere before the marker in the sentence,
    // its particulars between them: "نفذت مؤخراً عدد من مشاريع درء أخطار السيول، كان منها مشروع استكمال
    // أعمال تنفيذ جدار استنادي"، "تعثر تنفيذ خمسة مشاريع مجمعات مدرسية ... بمبلغ (63.915.337) ريالا وهي مشروع
    // إنشاء مجمع العزيزية التعليمي ومشروع إنشاء مدرسة ...". Not a facility item: "مشاريع درء أخطار السيول ...
    // بالإضافة إلى عدد من الطرق شمل طريق الملك عبد الله" lists the roads the works are on. Nor a definite
    // one: "مواجهة أي مشاريع إقليمية ضارة ... مثل المشروع المتطرف الذي تتبناه تركيا" is an aim, not works.
    // A named facility that is no weak head (no road, school or field) may be one: "محاور المشروع تتكون من
    // ستة عناصر رئيسة، تشمل شبكة للمترو ...، جسر أبحر المعلق"، "نفذت عدداً من المشاريع المائية في مدينة
    // الطائف بتكلفة ... شملت مد شبكة مياه تصل إلى (14) حياً".
    const farItem = t.head === 'project' || (!t.weak && !t.program && t.number === 'one');
    if (farItem && t.nameEnd > t.triggerEnd && !v.tokens[t.tokenStart].base.startsWith('ال'))
      for (let p = k - 1; p >= s.tokenStart; p--) if (plurals.has(p) && projectPlural(v, p)) return true;
    return false;
  }
  return false;
}

/** A plural project word (مشاريع، مشروعات: project-heads.tsv). */
function projectPlural(v: DocView, p: number): boolean {
  const w = TRIGGERS.get(v.bare(p)) ?? TRIGGERS.get(v.bareWhole(p));
  return w !== undefined && w.type === 'project' && w.number === 'many';
}

/** Words that join the items of a list: و، كذلك، إلى جانب، فضلا عن، بالإضافة إلى. */

/**
 * The trigger starts an item of a list: right after a marker, a comma or a joiner, or with و on
 * itself or on an action noun before it (وإقامة منطقة صناعية); not inside another item's words
 * (السفن التي تمر من قناة السويس).
 */
function conjunctStart(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  if (hasClitic(t, 'conj')) return true;
  let k = i - 1;
  if (v.isAction(k)) {
    if (hasClitic(v.tokens[k], 'conj')) return true;
    k--;
  }
  const p = v.tokens[k];
  if (!p) return false;
  return v.isPunct(k, ',،:*•-') || ITEM_JOINERS.has(p.norm) || markerAt(v, k) > 0 || markerEnds(v, i);
}

/** A list marker ends right before token i. */
function markerEnds(v: DocView, i: number): boolean {
  for (const phrase of LIST_MARKER_WORDS) if (markerAt(v, i - phrase.length) === phrase.length) return true;
  return false;
}

/** The number of words of the list marker starting at token k (من بينها = 2), or 0. */
function markerAt(v: DocView, k: number): number {
  // وتهم هذه المشاريع: * تركيز المحطة ... * مشروع تدعيم شبكة ...: a colon opens a list too.
  if (v.isPunct(k, ':')) return 1;
  for (const phrase of LIST_MARKER_WORDS) {
    // (A loop, not phrase.every: this runs for every token the qualifier looks back from.)
    let n = 0;
    while (n < phrase.length && (v.tokens[k + n]?.norm === phrase[n] || v.tokens[k + n]?.base === phrase[n])) n++;
    if (n === phrase.length) return phrase.length;
  }
  return 0;
}
const LIST_MARKER_WORDS = [...LIST_MARKERS].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/**
 * An attack names the facility as its target: "بالهجوم على محطة للقطار بمدينة كونمينغ", "تفجير خط
 * الغاز الطبيعي", "استهدف انفجار أمس خط أنابيب الغاز" (an attack noun within three words before it).
 */
function attacked(v: DocView, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    if (v.tokens[k].sentence !== v.tokens[i].sentence || v.tokens[k].kind === 'punct') return false;
    if (ATTACK_NOUNS.has(v.tokens[k].base) || ATTACK_NOUNS.has(v.bare(k))) return true;
  }
  return false;
}

/** A programme whose name says it builds nothing: a team's preparation, training, peace, a bailout. */
function notDevelopment(v: DocView, t: Trigger): boolean {
  for (let k = t.triggerEnd; k < t.nameEnd; k++) if (NOT_PROGRAMS.has(v.tokens[k].base) || NOT_PROGRAMS.has(v.bare(k))) return true;
  return false;
}

/** A word in a programme's name that says it builds or runs something: البرنامج الخصوصي للسكن الاجتماعي, مبادرة "الحزام والطريق". */
function programWorks(v: DocView, t: Trigger): boolean {
  for (let k = t.triggerEnd; k < t.nameEnd; k++) if (v.tokens[k].kind === 'arabic' && v.inList(PROGRAM_WORKS, k)) return true;
  return false;
}

/**
 * A "new" city named as where something happens or as its authority's (في منزله في مدينة تايبيه
 * الجديدة، بمدينة دمياط الجديدة، جهاز مدينة القاهرة الجديدة) is a town that stands, not one being built:
 * 5 of the 6 new cities named alone on 16,868 unlabeled articles, all 5 such.
 */
function placeOrAuthority(v: DocView, i: number): boolean {
  const prev = v.tokens[i - 1];
  if (withBa(v.tokens[i])) return true;
  return prev !== undefined && prev.sentence === v.tokens[i].sentence && (prev.norm === 'في' || v.bare(i - 1) === 'جهاز');
}

/**
 * مشروع + an action noun + the definite thing it works on, in its name: "مشروع توسعة الساحات المحيطة بمنشأة
 * الجمرات"، "مشروع إنشاء الخزانات الاستراتيجية"، "مشروع توسعة المطاف": the work is singled out though its
 * clause gives no figure and no known place. Not a re-doing (مشروع إعادة الهيكلة، مشروع إعادة الإعمار: a reform,
 * a country's reconstruction), not an action with a preposition (مشروع لتجديد الوصال), not a second action
 * noun as the object (مشروع تطوير أعمال لجان التوطين).
 */
function definiteObject(v: DocView, t: Trigger): boolean {
  const action = t.triggerEnd;
  const object = action + 1;
  if (t.nameEnd <= object || v.bare(action) === 'اعاده' || v.tokens[action].base.startsWith('ال')) return false;
  if (hasClitic(v.tokens[action], 'prep') || hasClitic(v.tokens[object], 'prep')) return false;
  return v.tokens[object].kind === 'arabic' && v.tokens[object].base.startsWith('ال') && !v.isAction(object);
}

/**
 * The trigger is the object of a project word and an action noun right before it (مشروع إنشاء حدائق، مشروعات
 * تأهيل مدارس): qualifyTriggers let the مشروع yield to it, its span starting at `start`.
 */
function framedByProjectAction(v: DocView, t: Trigger, start: number): boolean {
  return start === t.tokenStart - 2 && PROJECT_WORDS.has(v.bare(start)) && v.isAction(start + 1);
}

/**
 * Where the clause of a framed head ends when the next trigger only joins it with و (حدائق ومتنزهات وملاعب:
 * ملاعب ends the clause of حدائق): at the end of the clause it stands in. Not when the joined word is
 * another project word (ومشروع تطوير ...), a project of its own.
 */
function joinedClauseEnd(v: DocView, t: Trigger, clauseEnd: number): number {
  const end = Math.min(sentenceEnd(v, t.tokenStart), clauseBreak(v, t.nameEnd));
  const at = v.tokens[clauseEnd];
  if (clauseEnd >= end || !at || !hasClitic(at, 'conj') || PROJECT_WORDS.has(v.bare(clauseEnd))) return clauseEnd;
  return end;
}

/** A draft word (قانون, ميزانية) in the name, or a particular (مساحة, قيمة) as its first word. */
function draftOrParticular(v: DocView, t: Trigger): boolean {
  if (ATTRIBUTE_NOUNS.has(v.bare(t.triggerEnd))) return true;
  for (let k = t.triggerEnd; k < t.nameEnd; k++) if (DRAFTS.has(v.bare(k))) return true;
  return false;
}

/** Why a trigger describes a project ('' when it does not): the rule that let it in, for tests and debugging. */
export function qualifyReason(
  v: DocView,
  t: Trigger,
  clauseEnd: number,
  plurals: ReadonlySet<number>,
  start = t.tokenStart,
  /** The trigger is an item joined to one an action noun governs (see joinedItem): it shares that action. */
  sharedAction = false,
): string {
  const { tokens } = v;
  const prev = tokens[t.tokenStart - 1];
  // هذه المشاريع: a demonstrative before a definite trigger (not "بما في ذلك محطة X").
  if (prev && DEMONSTRATIVES.has(prev.norm) && tokens[t.tokenStart].base.startsWith('ال')) return '';
  const next = tokens[t.triggerEnd];
  // (Not a set an action noun counts, see below: وسيتم بناء ثلاثة ملاعب أخرى حديثة، إنشاء وحفر 4 أنفاق أخرى.)
  if (next && GENERIC_AFTER.has(next.base) && !t.proper && !countedWorks(v, t)) return '';
  if (t.number === 'many' && startsList(v, t.nameEnd)) return '';
  // افتتاح قناة السويس القديمة: an old facility is history, not a project.
  if (oldFacility(v, t)) return '';
  if (attacked(v, t.tokenStart)) return '';
  if (routeEnd(v, t)) return '';
  const { fact, measure, place, city, near } = evidence(v, t, clauseEnd);
  if (t.self) return 'named, a project by itself';
  const action =
    actionBefore(v, t.tokenStart) ||
    t.actionAfter ||
    fieldActionBefore(v, t) ||
    oneActionBefore(v, t) ||
    actionBeforeCount(v, t.tokenStart) ||
    sharedAction;
  if (!action && lineOn(v, t)) return '';
  if (!action && !near && zoneAsPlace(v, t)) return '';
  if (facilityWithBa(v, t)) return '';
  // A complex named without its adjective (مجمع الملك عبدالله) also names the hospital patients are taken to:
  // only works on it or its size or cost right after its name make it a project.
  if (t.unpaired) return action ? 'named complex, action' : near && measure ? 'named complex, its measure near' : '';
  const named = t.nameEnd > t.triggerEnd;
  // An item of a list of projects is one when it says what it is (مدينة صناعية متخصصة في ...).
  // وترسانة بحرية لإصلاح السفن: an item needs words of its own after the head, not the next item.
  const complement = v.tokens[t.triggerEnd]?.kind === 'arabic' && !hasClitic(v.tokens[t.triggerEnd], 'conj');
  if (t.number !== 'many' && (named || t.described || complement) && listItem(v, t, plurals, start)) return 'list item';
  // A programme is a project with a budget, a target or a timetable (gold/FORMAT.md), not a quoted
  // title alone: برنامج "على خطى العرب" is a television show.
  const launched = yearJustBefore(v, t.tokenStart);
  if (t.program && notDevelopment(v, t)) return '';
  // برامجه الإعدادية المنفذة في الفصل الأول، برامج المعهد: a plural programme singles none out (gold/FORMAT.md).
  if (t.program && t.number === 'many') return '';
  if (t.program && broadcast(v, t.sentence)) return '';
  // برنامج "قطار القراءة"، برنامج «موهبة» الصيفي 2015م: a programme whose name says it builds or runs
  // nothing (no energy, housing, road, water, industry word) is a project only with a budget or a capacity;
  // a year or a launch alone marks reading, training, admission and television programmes as well.
  if (t.program && !programWorks(v, t) && !measure) return '';
  if (t.program)
    return t.quoted && (fact || action || launched)
      ? 'quoted programme with a fact'
      : t.nameEnd - t.triggerEnd >= 2 && fact
        ? 'named programme with a fact'
        : '';
  // شبكة الكهرباء في ليبيا تعاني أعطالا: a network is a project only where work is done on it or a
  // figure says how big the new one is.
  if (t.head === 'network' && !action && !near) return '';
  // A named facility is a project where something is done to it or said of it (built,
  // expanded, financed; a year, a capacity, a cost), not where it only stands in a sentence
  // ("800 ألف طن من السكر وصلت ميناء جدة").
  if (t.proper) {
    if (action) return 'named, action';
    if (near) return 'named, fact';
    if (t.isNew && !(t.type === 'new_city' && placeOrAuthority(v, t.tokenStart))) return 'named, new';
    if (framed(v, t.tokenStart)) return 'named, framed';
    // Not a quoted title: مشروع «رسل السلام» الذي تنفذه جمعية الكشافة is a programme being run, not built.
    if (!t.quoted && builtAfter(v, t)) return 'named, built in a clause after it';
    // دشن مستشفى الملك خالد قسماً جديداً، دشن مدير مستشفى الملك خالد: a hospital is also the one who acts, so
    // a verb before it says nothing of works on it (3 of 3 such on the 698 hospital articles of a draw of 12,000).
    return actionVerbBefore(v, t.tokenStart) && !t.orgNamed ? 'named, action verb' : '';
  }
  // المطار الجديد الذي يمكنه أن يستقبل سنويا 30 مليون مسافر: a new facility with its size.
  if (t.isNew && near) return 'new, fact';
  // بافتتاح المجرى الملاحي الجديد، لإنجاز المستشفى الجديد بصفاقس، بناء الملعب الجديد: a new facility right
  // after an action noun is the one being built or opened (an action noun and a definite head with
  // الجديد/الجديدة: 62 in 51 articles of ../shared/unlabeled, 24 of a sample of 25 a project, the
  // other an airline's new route, تشغيل الخط الجديد; most are the article's named project again).
  // Not a plural nor a bare مشروع: تمويل المشاريع الجديدة في السياحة is a kind.
  if (t.isNew && action && t.number === 'one' && t.head !== 'project') return 'new, action';
  // مشروع قطار الحرمين السريع: the project word and a name make it one.
  if (named && t.number === 'one' && framed(v, t.tokenStart)) return 'framed, named';
  // المرحلة الثانية من مشروع فلل فلامنجو: a phase of a named project (28 such phrases in ../shared/unlabeled,
  // a dozen projects: تبرورة، توسعة المطاف، غرب دلتا، النقل العام ...).
  if (named && t.number === 'one' && t.head === 'project' && phaseNear(v, t)) return 'named, a phase of it';
  // مشروع تطهير تونس الشمالية، الذي تناهز كلفته 60،6 مليون دولار; مشروع فوسفات 3 بكلفة 4.5 مليار دولار:
  // a named project with its cost, size or share done right after its name (on 3,000 articles of
  // ../shared/unlabeled: 3 of the 4 it adds are projects; a fact anywhere in the clause, 7 of 16, or an
  // action noun before it, about 1 in 3 — مشروع بناء الدولة — are not enough).
  // (Not a draft text named further on, مشروع تسوية للميزانية, nor a particular read as a name, للمشروع مساحة 100.000 متر مربع.)
  if (named && t.number === 'one' && t.head === 'project' && near && !draftOrParticular(v, t)) return 'project named, its particular near';
  // مشروع تركيب الدائرة الثالثة سعة 650 ميجاوات, مشروع لمد طرق جديدة بطول 4800 كيلومتر.
  if (t.actionAfter) {
    if (fact) return 'project of an action, fact';
    if (place) return 'project of an action, place';
    return definiteObject(v, t) ? 'project of an action on a definite object' : '';
  }
  // مشروع إنشاء حدائق في حي العاقول بتكلفة 4 ملايين ريال، مشروع إنشاء جسور وأنفاق بطريق الملك فهد، مشروع
  // تأهيل مدارس في محافظة بقيق: a weak or plural head the مشروع + action noun before it yielded to is the
  // work that project does, as the مشروع + action alone would be with a fact or a place in its clause
  // (above). The head alone would need a name (weak) or a city (plural); the project word frames it.
  // The heads joined to it (مشروع إنشاء حدائق ومتنزهات وملاعب مفتوحة وساحات شعبية بمساحة 750.000م2، مشروع إنشاء
  // جسور وأنفاق بتكلفة ...) are its objects too: their clause is its own.
  if (framedByProjectAction(v, t, start)) {
    const joined = evidence(v, t, joinedClauseEnd(v, t, clauseEnd));
    if (joined.fact || joined.place) return 'framed by a project of an action, particular';
  }
  // طرق سريعة, طرق جديدة, طريق بشكيك-أوش; not طرق التعامل ("ways of dealing").
  // بناء أكبر سد في أفريقيا، افتتاح أطول جسر بحري: a superlative singles one out.
  const superlative = t.number === 'one' && t.tokenStart > 0 && SUPERLATIVES.has(v.bare(t.tokenStart - 1));
  const weakNamed = t.proper || t.described || (named && descriptive(v.tokens[t.triggerEnd])) || superlative;
  // إنشاء 6 أنفاق تحت قناة السويس، لتشييد ستة ملاعب جديدة، إنشاء 3 محطات محولات جديدة، إنشاء وحفر 4 أنفاق
  // أخرى: an action noun right before the count of a plural names a set of works, which the count singles out
  // as it does the dwellings of counted housing below (gold/FORMAT.md: a plural is no project where it singles
  // nothing out). The readable held-out gold anchors 5 such sets (7 جسور، 6 أنفاق أسفل قناة السويس، 4 أنفاق
  // أخرى). An action noun, a one-word count and a plural facility word: 59 in 48 articles of ../shared/unlabeled;
  // the 24 it adds there (tunnels, stadiums, parks, stations) are all works.
  if (countedWorks(v, t)) return 'counted plural, action';
  // بناء مستشفى متعدد الاختصاصات بباجة، إقامة سد على وادي خلاد بتبرسق: after an action noun a weak
  // head in a town is the work done there.
  if (t.weak)
    return action && (place || fact) && (weakNamed || t.counted || (city && t.number === 'one')) ? 'weak, action and particular' : '';
  // A plural in a country is still generic ("مشاريع استثمارية في لبنان"); in a city, or with a
  // date or a capacity, it is a set of works ("تحديث مطارات في أستانا", "طرق ... منذ عام 2006").
  // عدد من المطارات المحلية, بعض المحطات: a quantifier over a kind.
  // بناء 2500 وحدة سكنية في 30 مستوطنة، لبناء 500 ألف وحدة سكنية، إنجاز 163 مسكنا اجتماعيا: the number of
  // dwellings an action noun builds is the housing's size, a particular of its own (gold/FORMAT.md: «إنشاء 500
  // وحدة سكنية في محافظة X»).
  if (t.type === 'housing' && action && countBefore(v, t.tokenStart) !== undefined) return 'counted housing, action';
  // عجز يقدر بنحو مليون ونصف المليون وحدة سكنية، حاجة السوق إلى أكثر من 200 ألف وحدة سكنية، مجمع يحتوي على 200
  // وحدة سكنية: a count of dwellings no action noun builds is a need, a stock or the size of something else, not
  // the housing being built (a count and وحدة/وحدات سكنية: 103 in 80 articles of ../shared/unlabeled; of a
  // sample of 30, the 17 with no action noun before the count held 2 projects, both items of a list of them:
  // وفي جدة 14 ألف وحدة سكنية). Not one a مشروع frames (مشروع الـ 1500 وحدة سكنية في الرياض).
  if (t.type === 'housing' && !action && start === t.tokenStart && dwellingsCounted(v, t)) return '';
  if (t.number === 'many' && quantified(v, t.tokenStart)) return '';
  if (t.number === 'many') return action && (city || near) ? 'plural, action and particular' : '';
  if (t.counted) return action && (fact || place) ? 'counted, action and particular' : '';
  // مشروعه التجاري، مشروعها السياسي التوسعي، مشروعهم: a possessed project with no kind in its name
  // is someone's enterprise or aim (on 16,868 unlabeled articles 5 such; 4 wrong, مشروعها الأول a hotel).
  if (t.head === 'project' && !t.described && hasClitic(v.tokens[t.tokenStart], 'pronoun')) return '';
  // محطة قطارات في أمستردام، أغلقت الشرطة محطتي المترو في سينداغما: a station named only by what stops
  // there is where news happens (an attack, a closure), not works; it needs an action (إنشاء محطة مترو،
  // بنى محطة قطارات جديدة في دوراسان). A station and a transport word, run on the 167 articles of
  // ../shared/unlabeled holding one: 27 of 32 projects found so were such scenes. A new or a superlative
  // one (محطة قطارات جديدة، أكبر محطة مترو في الشرق الأوسط) is built, one a minister inspects is being built.
  if (transportStation(t))
    return (action || t.isNew || superlative || actionVerbBefore(v, t.tokenStart) || inspectedBefore(v, t.tokenStart)) && (fact || place)
      ? 'station, action and particular'
      : '';
  // A dual needs what any trigger needs (جسرين استراتيجيين في دير الزور were bombed, not built).
  if ((t.described || action) && (fact || place)) return 'described, particular';
  // لإنشاء أكبر محطة لتحلية المياه في العالم، افتتاح أطول جسر بحري في العالم، إنشاء أول محطة لتوليد الكهرباء
  // بالطاقة المائية: an action noun and a superlative single one facility out, as they do a weak head's (a
  // generic مشروع only with its kind: أكبر مشروع مسح زلزالي is a survey). An action noun + أول/أكبر/أطول/أضخم
  // + a facility word: 58 in 45 articles of ../shared/unlabeled; see the commit for what this adds.
  return action && superlative && (t.head !== 'project' || t.described) ? 'action and a superlative' : '';
}

/**
 * A facility named as the start or the end of a route is where a road, a line or a flight runs, not
 * the work: "تبدأ من تقاطع قرية المرشدية إلى مركز حداء"، "الخط الأزرق من جنوب جدة إلى مطار الملك
 * عبدالعزيز الدولي بطول 33 كيلو متراً". The start: a route_from word right before it and a route_to word
 * within three words after its name; the end: a route_to word right before it and a route_from word at
 * most six words before that, with no punctuation but - and / between (من ... إلى in one phrase). On the
 * 2,173 articles of ../shared/unlabeled with من/إلى/حتى before a facility word it drops 13 of the 444
 * projects found, none a project: the interchange a road starts from (4 outlets), the airport a metro
 * line runs to (7), a railway station a bus was heading to (2). Not a project or programme word, and
 * not an item joined by إضافة إلى (يتكون من مبنى إضافة إلى مستشفى).
 */
function routeEnd(v: DocView, t: Trigger): boolean {
  if (t.head === 'project' || t.program) return false;
  const i = t.tokenStart;
  const s = v.tokens[i].sentence;
  const same = (k: number) => k >= 0 && k < v.tokens.length && v.tokens[k].sentence === s;
  if (!same(i - 1)) return false;
  if (ROUTE_FROM.has(v.bare(i - 1))) {
    const from = Math.max(t.nameEnd, t.triggerEnd);
    for (let k = from; k <= from + 2 && same(k); k++) {
      if (ROUTE_TO.has(v.bare(k))) return true;
      if (v.tokens[k].kind === 'punct' && !v.isPunct(k, '-/')) return false;
    }
    return false;
  }
  if (!ROUTE_TO.has(v.bare(i - 1)) || (same(i - 2) && v.inList(ITEM_JOINERS, i - 2))) return false;
  for (let k = i - 2; k >= i - 7 && same(k); k--) {
    if (ROUTE_FROM.has(v.bare(k))) return true;
    if (v.tokens[k].kind === 'punct' && !v.isPunct(k, '-/')) return false;
  }
  return false;
}

/**
 * A line right after على with no action noun before it is where something happens, not the work: "سقط على خط
 * للسكك الحديد"، "تقع أسكي شهير على خط السكك الحديدية بين أنقرة واسطنبول"، "اصطدما ببعضهما على خط حديدي"،
 * "هجمات شنها متشددون على خط الأنابيب". On the 213 articles of ../shared/unlabeled with خط/خطوط and a line word
 * after it, all 6 such lines taken as projects were places (5 articles), none a line being built.
 */
function lineOn(v: DocView, t: Trigger): boolean {
  if (t.triggerEnd !== t.tokenStart + 2 || !isLineWord(v.bare(t.tokenStart))) return false;
  const prev = v.tokens[t.tokenStart - 1];
  return prev !== undefined && prev.sentence === v.tokens[t.tokenStart].sentence && prev.norm === 'علي';
}

/**
 * A zone, a new city or a complex (a head that needs its adjective: المنطقة الصناعية، المدينة الجديدة)
 * right after a preposition of place, with nothing done to it and no figure of its own, is where the
 * news happens: "انهيار 200 متر من جسر موراندي في منطقة صناعية في غرب جنوى", "تقدمت إلى ما بعد
 * المنطقة الصناعية في رأس لانوف", "الإضراب ... خاصة في المنطقة الحرة بمدينة شابهار".
 */
function zoneAsPlace(v: DocView, t: Trigger): boolean {
  if (!HEAD_FLAGS.get(v.bare(t.tokenStart))?.has('adjective') && !HEAD_FLAGS.get(v.bareWhole(t.tokenStart))?.has('adjective')) return false;
  const own = v.tokens[t.tokenStart];
  const prev = v.tokens[t.tokenStart - 1];
  if (withBa(own)) return true;
  return prev !== undefined && prev.sentence === own.sentence && (LOCATIVE.has(prev.norm) || ZONE_PLACES.has(prev.norm));
}

/**
 * A facility word that carries ب (بمستشفى، بمطار، بحديقة) is where something is or happens, or what
 * something is linked to, not the work: "الخلية النفسية التي تم إحداثها بمستشفى فرحات حشاد"، "عروض
 * الضوء والصوت بحديقة أبها الجديدة"، "امتداد طريق الملك عبدالله شرقاً، وربطه بطريق الملك فهد الدولي".
 * An action noun before it works on something else: the facility it builds is its object, which takes
 * no ب (بناء مستشفى، إنشاء طريق). A word before ب + a facility word in the 72,338 articles of
 * ../shared/unlabeled is a place's word above all (قسم الطوارئ بمستشفى، التداول بسوق، مرورا بطريق);
 * on two draws of 3,000 random articles it took 12 such facilities as projects, 11 venues or links
 * (one a market being finished: إنهاء العمل بالسوق المركزي الجديد بالقطيف). Not a
 * project or programme word (المتعلقة بمشروع مترو صفاقس names the project) nor a named instance
 * that is a project by itself.
 */
function facilityWithBa(v: DocView, t: Trigger): boolean {
  return t.head !== 'project' && !t.program && withBa(v.tokens[t.tokenStart]);
}

/**
 * A word of television or radio in the sentence makes a programme a show: "أول برنامج "توك شو" سعودي ...
 * وقد شاركته التقديم المذيعة"، "برامج الواقع التلفزيونية، من بينها برنامج "لنرقص" عام 2015".
 */
function broadcast(v: DocView, sentence: number): boolean {
  const s = v.doc.sentences[sentence];
  // The whole word too: the splitter reads فقرة as ف + قرة.
  for (let k = s.tokenStart; k < s.tokenEnd; k++)
    if (v.tokens[k].kind === 'arabic' && (v.inList(BROADCAST, k) || BROADCAST.has(v.tokens[k].norm))) return true;
  return false;
}

/** A station (محطة، محطتي) whose kind is a train, a metro or a bus: محطة القطار، محطة مترو، محطتي قطارات، محطة الحافلات. */
function transportStation(t: Trigger): boolean {
  return t.head === 'power_plant' && (t.type === 'railway' || t.type === 'metro' || t.type === 'bus_station');
}

/** A word of inspection within six words before, in the sentence: تفقد الوزير محطة القطار، جولة تفقدية على منشآت ومرافق محطة القطار. */
function inspectedBefore(v: DocView, i: number): boolean {
  for (let k = i - 1; k >= i - 6 && k >= 0; k--) {
    if (v.tokens[k].sentence !== v.tokens[i].sentence) return false;
    if (INSPECT.has(v.bare(k)) || INSPECT.has(v.tokens[k].norm)) return true;
  }
  return false;
}

function qualifies(v: DocView, t: Trigger, clauseEnd: number, plurals: ReadonlySet<number>, start: number, shared: boolean): boolean {
  return qualifyReason(v, t, clauseEnd, plurals, start, shared) !== '';
}

/**
 * Trigger t is the next item of a list whose first item an action noun governs, so the action is t's too:
 * "اعتماد إنشاء مجمع جديد بمدينة الرياض بسعة 500 سرير ومستشفى آخر بمحافظة الحرج بسعة 200 سرير"، "إنشاء معمل
 * تكرير ومجمع البتروكيماويات بمحور قناة السويس"، "إنشاء عبارة ... بطول 4200 متر، إضافة إلى جسر على تقاطع ...".
 * t carries و or follows (بال)إضافة إلى, within twelve words of the end of the item before it (p, the trigger
 * right before it in the sentence), with no clause break and no stop (. ؛ :) between them. Both singular: a
 * plural lists kinds (إنشاء حدائق ومتنزهات وملاعب مفتوحة: the parts of one مشروع). Not an item that goes on a
 * list of places (تنفيذ مشروع قنوات تصريف مياه الأمطار بأحياء البقيع وطريق الأمير عبد المجيد: where the
 * channels run).
 */
function joinedItem(v: DocView, p: Trigger, t: Trigger): boolean {
  const i = t.tokenStart;
  const from = Math.max(p.nameEnd, p.triggerEnd);
  if (p.sentence !== t.sentence || i < from || i - from > 12 || p.number === 'many' || t.number === 'many') return false;
  const place = v.mentionOn(i - 1)?.entity.type;
  if (place === 'CITY' || place === 'LOCATION' || place === 'COUNTRY') return false;
  const joiner =
    (hasClitic(v.tokens[i], 'conj') && !hasClitic(v.tokens[i], 'prep')) ||
    (i >= 2 && v.tokens[i - 1].norm === 'الي' && v.bare(i - 2) === 'اضافه');
  if (!joiner) return false;
  // The last word with ب between them opens a place the item goes on (بأحياء البقيع وطريق ...), unless it
  // measures (بسعة 500 سرير ومستشفى) or a comma closes it (لتنفيذ طريق الملك عبد الله ببريدة، وطريق عمر بن الخطاب).
  let lastBa = -1;
  for (let k = from; k < i; k++) {
    const w = v.tokens[k];
    if (v.isPunct(k, '.؛:!?؟') || (w.kind === 'arabic' && w.stop && CLAUSE_BREAKS.has(w.base))) return false;
    if (w.kind === 'arabic' && withBa(w)) lastBa = k;
    if (v.isPunct(k, ',،')) lastBa = -1;
  }
  return lastBa < 0 || sizeCue(v, lastBa);
}

/** A word of size or cost (بسعة، بطاقة، بتكلفة، بطول): what follows it measures the item before. */
function sizeCue(v: DocView, k: number): boolean {
  const forms = [v.tokens[k].norm, v.bare(k)];
  return forms.some((f) => CAPACITY_CUES.has(f) || COST_CUES.has(f) || LENGTH_CUES.has(f));
}

/** The triggers that describe projects, each with the clause that describes it. */
export function qualifyTriggers(v: DocView, triggers: Trigger[], explain?: (t: Trigger, reason: string) => void): Qualified[] {
  // A project word whose name holds another trigger yields to it: مشروع توسعة مطار الملك عبدالعزيز.
  const outerStart = new Map<Trigger, number>();
  const kept: Trigger[] = [];
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k];
    const n = triggers[k + 1];
    // Not a plural before a singular project word: "برز من هذه المشروعات مشروع تطوير X" names one of them.
    const pluralOverOne = t.number === 'many' && n?.head === 'project' && n.number !== 'many';
    if (t.head === 'project' && !t.described && !pluralOverOne && n && n.sentence === t.sentence && n.tokenStart <= t.triggerEnd + 1) {
      const between = n.tokenStart - t.triggerEnd;
      if (between === 0 || (between === 1 && v.isAction(t.triggerEnd))) {
        outerStart.set(n, outerStart.get(t) ?? t.tokenStart);
        continue;
      }
    }
    kept.push(t);
  }
  // Pass 1: clauses end at the next trigger of any kind; pass 2: at the next project. Either
  // way a clause ends where another begins ("... محطات محولات، في حين أكد الوزير أن ...").
  // An anaphor (للمشروع, المحطة: definite, singular, nothing after it) speaks of the project before
  // it and does not end its clause: "مشروع تدعيم شبكة نقل الكهرباء (الكلفة الجملية للمشروع: 109.68 مليون أورو)".
  // Nor does a facility word with ب (see facilityWithBa) end the clause of a مشروع: it is the place of
  // the work, never a project itself: "مشروع إنشاء حمايات خرسانية بطريق ضبوعة، بتكلفة إجمالية بلغت ...".
  // Not after a facility: "يربط ملعب الملك عبدالله إلى طريق الملك عبدالله مرورا بطريق الملك بطول 58
  // كيلو مترا" gives a metro line's length, not the road's.
  const anaphor = (t: Trigger) => t.number === 'one' && t.nameEnd === t.triggerEnd && v.tokens[t.tokenStart].base.startsWith('ال');
  const next = (list: Trigger[], k: number): number => {
    const t = list[k];
    let j = k + 1;
    while (j < list.length && (anaphor(list[j]) || (t.head === 'project' && facilityWithBa(v, list[j])))) j++;
    const n = list[j];
    const end = Math.min(sentenceEnd(v, t.tokenStart), clauseBreak(v, t.nameEnd));
    return n && n.sentence === t.sentence ? Math.min(n.tokenStart, end) : end;
  };
  const plurals = new Set(kept.filter((t) => t.number === 'many').map((t) => t.tokenStart));
  // The plurals that announce a list of facilities: project words (مشروعات ... من بينها مدينة صناعية) or
  // works (إنشاء محطات ... منها). A plural of facilities or programmes alone lists what stands or what
  // happens: "تفقد الخدمات الصحية المقدمة من عدد من مستشفيات المنطقة شملت مستشفى سراة عبيدة ومستشفى ظهران
  // الجنوب", "الفعاليات والبرامج منها ... وبرنامج "ليالي رمضان"". An item that is itself a مشروع may
  // follow any plural (والأنفاق الجبلية، بما في ذلك مشروع المجازر الحديثة).
  const works = new Set(
    kept.filter((t) => plurals.has(t.tokenStart) && (t.head === 'project' || actionBefore(v, t.tokenStart))).map((t) => t.tokenStart),
  );
  // The items joined to one an action noun governs (see joinedItem), along the list: إنشاء A وB وC.
  // Not the action of running one (تشغيل وصيانة شبكات المياه والصرف الصحي ومحطة المعالجة بمحافظة المذنب: a
  // contract to run what stands), nor a مشروع's whose objects the joined heads are (see framedByProjectAction).
  const shared = new Set<Trigger>();
  for (let k = 1; k < kept.length; k++) {
    const p = kept[k - 1];
    const running = [1, 2].some((d) => p.tokenStart >= d && OPERATE.has(v.bare(p.tokenStart - d)));
    const governed = !running && !outerStart.has(p) && (shared.has(p) || p.actionAfter || actionBefore(v, p.tokenStart));
    if (governed && joinedItem(v, p, kept[k])) shared.add(kept[k]);
  }
  const first = kept.filter((t, k) => {
    const start = outerStart.get(t) ?? t.tokenStart;
    const announcers = t.head === 'project' ? plurals : works;
    if (!explain) return qualifies(v, t, next(kept, k), announcers, start, shared.has(t));
    const reason = qualifyReason(v, t, next(kept, k), announcers, start, shared.has(t));
    explain(t, reason);
    return reason !== '';
  });
  return first.map((t, k) => ({ ...t, start: outerStart.get(t) ?? t.tokenStart, clauseEnd: next(first, k) }));
}
