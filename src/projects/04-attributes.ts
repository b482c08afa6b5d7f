// Step 4: what the text says about each project.
// - year / year_end: the year figure in its clause ("(2014)", "(منذ 2013)", "منذ عام 2006",
//   "(1996-1999)"), else a year in the sentence before the first project ("في عام 2017، أطلق
//   ... مبادرة"), else a dated start in its clause ("بدأت في تنفيذها في شهر أكتوبر 2012"), else,
//   for the sentence's last project, a year of opening or completion later in the sentence ("على
//   أن يكتمل بحلول 2027"); a figure serves one project only.
// - capacity: the first power figure of its clause ("بطاقة 24-25 ميغاواط", "تصل إلى 100 ميغاواط"),
//   not a total of several ("طاقتهما الإجمالية"); another capacity (m3/day, passenger/year) apart.
// - cost: a money figure of its clause after a cost cue (بقيمة، بتكلفة، مخصصاً ...); cost_usd from
//   the amount restated in dollars in brackets, else through the dollar pegs of currency-rates.ts.
// - places: the cities of its clause, and other places after في.
// - country: where the project is, in this order: its own places' country ("في سمرقند" → UZ),
//   a country after في in its clause ("في طاجيكستان"), the sentence lead before it ("في
//   أوزبكستان، ..." or "مع قيرغيزستان، ..."), then the last lead of the paragraph.
// - partners: organisations after a partner cue in its clause or in the sentence lead
//   (بالتعاون مع، بدعم من، بتمويل من، نفذتها ...), lists included ("X، وY، وZ"), and an
//   organisation that gives financing before it ("قدم JBIC تمويلاً لمشروعين"), and a company that
//   is the subject of the sentence's verb before an action noun and the project ("أعلنت شركة أكوا
//   باور توقيع اتفاقية لتطوير محطة رياح").
import type { Gazetteer, LexEntry } from '../entities/gazetteer.js';
import type { TrieNode } from '../entities/name-trie.js';
import type { FacilityHit } from '../entities/stage.js';
import type { Figure, Project } from '../model/types.js';
import { baseStart, withBa, withoutArticle } from '../entities/token-view.js';
import { toUsd } from './currency-rates.js';
import { actionBefore, bedCapacity } from './02-qualify.js';
import type { DocView, FigureRef, MentionRef } from './doc-view.js';
import type { Draft } from './03-split-lists.js';
import {
  LEAD_PREPOSITIONS,
  AGENT_VERBS,
  CAPACITY_CUES,
  COMPANY_WORDS,
  COMPLETION,
  COST_CUES,
  FINANCING,
  GOVERNMENT_HEADS,
  JOINT_CUES,
  SAVINGS,
  START_CUES,
  TRIGGERS,
  STATE_NOUNS,
  PERSON_NOUNS,
  NATIONALITY_WORDS,
  ROUTE_TO,
  BED_WORDS,
} from './triggers.js';
import { partnerMentions } from './partners.js';
import { cliticForms, hasClitic } from '../model/token.js';

/** في and داخل: a place after them is where the project is. */
const IN = new Set(['في', 'داخل']);

/** The year a figure gives: a year, the first year of a range, the year of a dated figure. */
export function yearsOf(f: Figure, dates = true): [number, number | null] | null {
  if (f.kind === 'year') return [Number(f.value), null];
  if (f.kind === 'year_range') return [Number(f.value), f.value_max === null ? null : Number(f.value_max)];
  // A dated start or opening in the project's own clause gives its year: بدأت في تنفيذها في شهر
  // أكتوبر 2012 (not a date leading the sentence: "في نهاية أكتوبر من هذا العام، قدم JBIC تمويلاً").
  if (dates && f.kind === 'date' && typeof f.value === 'string' && /^\d{4}/.test(f.value)) {
    const end = typeof f.value_max === 'string' && /^\d{4}/.test(f.value_max) ? Number(f.value_max.slice(0, 4)) : null;
    const start = Number(f.value.slice(0, 4));
    return [start, end !== null && end !== start ? end : null];
  }
  return null;
}

function countryOfMention(m: MentionRef, gaz: Gazetteer, v?: DocView): string | null {
  if (m.entity.type === 'COUNTRY') return m.entity.key;
  if (m.entity.key) return gaz.placeCountry.get(m.entity.key) ?? null;
  return v ? newPlaceCountry(v, m, gaz) : null;
}

/**
 * A new place (الإسماعيلية الجديدة، قناة السويس الجديدة) has no key of its own; it lies in the
 * country of the place it is named after: the lexicon name its words before الجديدة spell.
 */
function newPlaceCountry(v: DocView, m: MentionRef, gaz: Gazetteer): string | null {
  const last = v.tokens[m.tokenEnd - 1];
  if (m.tokenEnd - m.tokenStart < 2 || (last.base !== 'الجديد' && last.base !== 'الجديده')) return null;
  let map: Map<string, TrieNode<LexEntry>> | null = gaz.trie.root;
  let node: TrieNode<LexEntry> | undefined;
  for (let k = m.tokenStart; k < m.tokenEnd - 1 && map; k++) {
    const t = v.tokens[k];
    node = map.get(t.norm) ?? map.get(t.base);
    map = node?.next ?? null;
  }
  for (const e of node?.values ?? []) {
    const c = e.country ?? (e.key ? gaz.placeCountry.get(e.key) : undefined);
    if (c) return c;
  }
  return null;
}

export interface Built {
  project: Project;
  figures: FigureRef[];
  /** The trigger it was built from. */
  draft: Draft;
  /** Where its first mention starts (a later mention may keep the name and span: see 05-merge-mentions). */
  firstStart: number;
  /** Where in the text each attribute was stated: a value stated earlier wins over one stated
   * later when mentions merge or an anaphor speaks of the project (the article's first word on it). */
  stated: Partial<Record<StatedAttribute, number>>;
  /** Its year is one of completion or opening (بحلول عام 2022): an earlier year of the project makes it year_end. */
  yearIsEnd?: boolean;
}

export type StatedAttribute = 'year' | 'capacity_mw' | 'capacity' | 'cost';

/** What every draft of a document shares: the document's view, its leads and its countries. */
interface Context {
  v: DocView;
  gaz: Gazetteer;
  drafts: Draft[];
  facilities: FacilityHit[];
  /** Figures already given to a project (a figure serves one project only). */
  claimed: Set<FigureRef>;
  /** The lead country of each sentence ("في أوزبكستان، ..."), carried through its paragraph. */
  leadOf: Map<number, string>;
  mainCountry: string | null;
  namedCountries: Set<string>;
}

/** Where draft n's sentence starts and where its lead (the words before its first project) ends. */
function leadOfDraft(c: Context, n: number): { leadStart: number; leadEnd: number; first: boolean } {
  const d = c.drafts[n];
  const firstInSentence = c.drafts.findIndex((x) => x.sentence === d.sentence);
  return { leadStart: c.v.doc.sentences[d.sentence].tokenStart, leadEnd: c.drafts[firstInSentence].start, first: n === firstInSentence };
}

/**
 * The year figure of draft n: a list item's own year; a year of its clause; the last year of its
 * sentence's lead; a dated start in its clause; for the sentence's last project, a year of opening
 * or completion later in the sentence.
 */
function yearFigure(c: Context, n: number, own: FigureRef[]): FigureRef | null {
  const { v, drafts, claimed } = c;
  const d = drafts[n];
  if (d.item) return d.item.year;
  const inClause = own.find((f) => yearsOf(f.figure, false));
  if (inClause) return inClause;
  const { leadStart, leadEnd, first } = leadOfDraft(c, n);
  if (first) {
    const lead = v.figuresIn(leadStart, leadEnd).filter((f) => !claimed.has(f) && yearsOf(f.figure, false));
    if (lead.length > 0) return lead[lead.length - 1];
  }
  // A dated start in its clause when no year is given: بدأت في تنفيذها في شهر أكتوبر 2012.
  const dated = own.find((f) => yearsOf(f.figure) && datedStart(v, f, d.start));
  if (dated) return dated;
  // A date leading a sentence that sets the project going dates it: "وفي ديسمبر 2017، أعلنت الحكومة
  // بدء عمليات الإنتاج في حقل ظهر", "أواخر يونيو الماضي، عقدا لإنشاء أكبر مجمع". (Not a date before
  // a sentence that only speaks of a project: "في نهاية أكتوبر من هذا العام، قدم JBIC تمويلاً لمشروعين".)
  // So does a date in its own clause: "وقعتا اتفاقا لبناء محطة الضبعة على الساحل الشمالي، في نوفمبر 2015".
  if (startedHere(v, leadStart, d.start)) {
    const lead = first
      ? v.figuresIn(leadStart, leadEnd).filter((f) => !claimed.has(f) && f.figure.kind === 'date' && yearsOf(f.figure))
      : [];
    if (lead.length > 0) return lead[lead.length - 1];
    const inOwn = own.find((f) => f.figure.kind === 'date' && yearsOf(f.figure));
    if (inOwn) return inOwn;
  }
  // "..., ومن المتوقع أن تبدأ التشغيل في عام 2026", "على أن يكتمل بحلول 2027".
  if (drafts[n + 1]?.sentence === d.sentence) return null;
  const sentenceEnd = v.doc.sentences[d.sentence].tokenEnd;
  return (
    v.figuresIn(d.clauseEnd, sentenceEnd).find((f) => !claimed.has(f) && yearsOf(f.figure, false) && completionCued(v, f, d.clauseEnd)) ??
    null
  );
}

/** The capacity figures of a draft's clause: electric power, and another capacity (m3/day, passenger/year). */
function capacityFigures(v: DocView, d: Draft, own: FigureRef[]): { power: FigureRef | null; capacity: FigureRef | null } {
  // A total stated for this and other projects is not this one's (a set of plants keeps its own total).
  const single = d.number === 'one' && !d.counted;
  const power = own.find((f) => f.figure.kind === 'power' && f.figure.unit === 'MW' && !(single && jointFigure(v, f, d.start))) ?? null;
  const capacity = own.find((f) => f !== power && (capacityFigure(v, f, d.start) || bedCapacity(v, f, d.start))) ?? null;
  return { power: power && raisedTo(v, power, own), capacity: capacity && raisedTo(v, capacity, own) };
}

/**
 * A capacity raised from one figure to another is the second: "سيرفع طاقة المطار الاستيعابية من 750 ألف مسافر
 * سنويا إلى 3.2 ملايين مسافر"، "لرفع طاقته التشغيلية من 20 سريرا عناية مركزة إلي 40 سريرا" (من before the first,
 * then إلى and a figure of the same kind and unit within six words, no punctuation between: 33 times in
 * ../shared/unlabeled for passengers, m3, tonnes, barrels, beds and MW, the project's size the second each
 * time it is a project's).
 */
function raisedTo(v: DocView, f: FigureRef, own: FigureRef[]): FigureRef {
  if (v.tokens[f.tokenStart - 1]?.norm !== 'من') return f;
  for (let k = f.tokenEnd; k < f.tokenEnd + 6 && k < v.tokens.length; k++) {
    if (v.tokens[k].kind === 'punct') return f;
    if (!ROUTE_TO.has(v.bare(k)) && !ROUTE_TO.has(v.tokens[k].norm)) continue;
    const g = own.find((x) => x.tokenStart === k + 1);
    const sameUnit = (a: FigureRef, b: FigureRef) =>
      a.figure.kind === b.figure.kind &&
      a.figure.unit === b.figure.unit &&
      (a.figure.kind !== 'count' || (v.inList(BED_WORDS, a.tokenEnd) && v.inList(BED_WORDS, b.tokenEnd)));
    return g && sameUnit(f, g) ? g : f;
  }
  return f;
}

/** The places of a draft: those of its name first (ميناء جدة), then the cities of its clause and other places after في. */
function placesOf(v: DocView, d: Draft): MentionRef[] {
  if (d.item) return [d.item.place];
  const clauseMentions = v.mentionsIn(d.start, d.clauseEnd);
  const inName = (m: MentionRef): boolean => m.tokenStart < d.nameEnd;
  const located = (m: MentionRef): boolean =>
    m.entity.type === 'CITY' || (m.entity.type === 'LOCATION' && IN.has(v.tokens[m.tokenStart - 1]?.norm ?? ''));
  return [
    ...clauseMentions.filter((m) => inName(m) && (m.entity.type === 'CITY' || m.entity.type === 'LOCATION')),
    ...clauseMentions.filter((m) => !inName(m) && located(m)),
  ];
}

/**
 * A place of the name that is the facility itself: a LOCATION that starts with a project head
 * (سد النهضة الإثيوبي in مشروع سد النهضة الإثيوبي، قناة السويس الجديدة، حقل فارس). It still tells the
 * country; it is no place of the project (gold/FORMAT.md's places are where a project is, and no
 * gold project lists its own facility).
 */
function facilityItself(v: DocView, d: Draft, m: MentionRef): boolean {
  return m.entity.type === 'LOCATION' && m.tokenStart < d.nameEnd && TRIGGERS.has(v.bare(m.tokenStart));
}

/** Where draft n is: a lexicon facility in its name, its places, a country after في, then the leads. */
function countryOf(c: Context, n: number, places: MentionRef[]): string | null {
  const { v, gaz, drafts, mainCountry, namedCountries } = c;
  const d = drafts[n];
  // A facility of the lexicon in the name says where it is (معمل غاز واسط is Saudi).
  const facility = c.facilities.find((f) => f.tokenStart < d.nameEnd && f.tokenEnd > d.start && f.country);
  if (facility?.country) return facility.country;
  for (const p of places) {
    const country = countryOfMention(p, gaz, v);
    // A place of a country the article never names, in an article about another country, is
    // more likely a homonym (واسط, an Iraqi province, names a Saudi gas plant).
    if (country && mainCountry && country !== mainCountry && !namedCountries.has(country)) continue;
    if (country) return country;
  }
  const after = v
    .mentionsIn(d.start, d.clauseEnd)
    .find((m) => m.entity.type === 'COUNTRY' && m.via === 'name' && IN.has(v.tokens[m.tokenStart - 1]?.norm ?? ''));
  if (after) return after.entity.key;
  const { leadStart } = leadOfDraft(c, n);
  return (
    leadCountry(v, leadStart, d.start) ??
    c.leadOf.get(d.sentence) ??
    placeBefore(v, leadStart, d.start, gaz) ??
    stateNisba(v, leadStart, d.clauseEnd) ??
    mainCountry
  );
}

/** The entity ids of draft n's partners: cued in its clause or lead, financiers and the developer before it. */
function partnersOf(c: Context, n: number): string[] {
  const { v, drafts } = c;
  const d = drafts[n];
  const { leadStart, leadEnd } = leadOfDraft(c, n);
  const partners = new Set<string>();
  for (const m of partnerMentions(v, d.start, d.clauseEnd)) partners.add(m.entity.id);
  for (const m of partnerMentions(v, leadStart, leadEnd)) partners.add(m.entity.id);
  for (const m of financiers(v, leadStart, d.start)) partners.add(m.entity.id);
  const agent = developer(v, leadStart, d.start);
  if (agent) partners.add(agent.entity.id);
  return [...partners];
}

/** One project from draft n, with the figures that describe it (those of its span and clause). */
function buildOne(c: Context, n: number): Built {
  const { v, claimed } = c;
  const { tokens, doc } = v;
  const d = c.drafts[n];
  const own = v.figuresIn(d.start, d.clauseEnd).filter((f) => !claimed.has(f));
  const yearFig = yearFigure(c, n, own);
  const years = yearFig ? yearsOf(yearFig.figure) : null;
  const { power, capacity } = capacityFigures(v, d, own);
  const money = own.find((f) => f.figure.kind === 'money' && costCued(v, f, d.start)) ?? costBefore(v, d, claimed);
  const places = placesOf(v, d);
  const figures = [...own];
  if (money && !figures.includes(money)) figures.push(money);
  if (yearFig && !figures.includes(yearFig)) figures.push(yearFig);
  for (const f of figures) claimed.add(f);
  const start = baseStart(tokens[d.spanStart]);
  const end = tokens[Math.max(d.spanStart, Math.max(d.nameEnd, d.spanEnd) - 1)].end;
  return {
    project: {
      id: '',
      type: d.type,
      name: doc.text.slice(start, tokens[Math.max(d.spanStart, d.nameEnd - 1)].end),
      start,
      end,
      sentence: d.sentence,
      country: countryOf(c, n, places),
      places: [...new Set(places.filter((p) => !facilityItself(v, d, p)).map((p) => doc.text.slice(p.start, p.end)))],
      year: years ? years[0] : null,
      year_end: years ? years[1] : null,
      capacity_mw: power ? Number(power.figure.value) : null,
      capacity_mw_max: power && power.figure.value_max !== null ? Number(power.figure.value_max) : null,
      capacity: capacity ? Number(capacity.figure.value) : null,
      // A number of beds is a count, with no unit of its own.
      capacity_unit: capacity ? (capacity.figure.unit ?? 'bed') : null,
      cost: money ? Number(money.figure.value) : null,
      currency: money ? money.figure.unit : null,
      cost_usd: money ? usdOf(v, money) : null,
      partners: partnersOf(c, n),
      figures: [],
    },
    figures: figures.sort((a, b) => a.figure.start - b.figure.start),
    draft: d,
    firstStart: start,
    yearIsEnd: yearFig !== null && years !== null && years[1] === null && completionCued(v, yearFig, d.start),
    stated: {
      ...(yearFig ? { year: yearFig.figure.start } : {}),
      ...(power ? { capacity_mw: power.figure.start } : {}),
      ...(capacity ? { capacity: capacity.figure.start } : {}),
      ...(money ? { cost: money.figure.start } : {}),
    },
  };
}

/** The projects of the drafts, in draft order, each with its attributes. */
export function buildProjects(v: DocView, drafts: Draft[], gaz: Gazetteer, facilities: FacilityHit[] = []): Built[] {
  const c: Context = {
    v,
    gaz,
    drafts,
    facilities,
    claimed: new Set<FigureRef>(),
    leadOf: sentenceLeads(v),
    mainCountry: dominantCountry(v, gaz),
    namedCountries: new Set(v.mentions.filter((m) => m.entity.type === 'COUNTRY').map((m) => m.entity.key!)),
  };
  const built = drafts.map((_, n) => buildOne(c, n));
  // A project of no known country in an article whose other projects all share one (محطة توليد
  // الشقيق beside محطة توليد جنوب جدة البخارية): the article's country of projects. A programme
  // or fund of an organisation (أوفيد's «الطاقة من أجل الفقراء») may span countries and is left.
  const known = new Set(built.flatMap((b) => (b.project.country ? [b.project.country] : [])));
  if (known.size === 1) {
    const [only] = known;
    for (const b of built) if (b.project.type !== 'program' && b.project.type !== 'fund') b.project.country ??= only;
  }
  return built;
}

/**
 * A cost stated just before the work it pays for: "وقعت قطر والسودان صفقة بقيمة 4 مليارات دولار لتطوير
 * ميناء سواكن", "قروض بقيمة 7 مليارات دولار موجهة لتشييد مصفاة" (a cost cue, the amount, at most two words,
 * then ل + an action noun right before the project: 24 in 20 articles of ../shared/unlabeled, the amount
 * the cost of the work after it wherever that work is a facility).
 */
function costBefore(v: DocView, d: Draft, claimed: ReadonlySet<FigureRef>): FigureRef | null {
  let k = d.start - 1;
  if (k < 0 || !v.isAction(k)) return null;
  // لتمويل بناء 13 محطة: two action nouns.
  if (k >= 1 && v.isAction(k - 1) && v.tokens[k - 1].sentence === d.sentence) k--;
  const t = v.tokens[k];
  const surface = v.doc.text.slice(t.start, t.end);
  if (t.sentence !== d.sentence || !/^و?ل/.test(surface)) return null;
  const sentenceStart = v.doc.sentences[d.sentence].tokenStart;
  const f = v
    .figuresIn(Math.max(sentenceStart, k - 8), k)
    .filter((x) => x.figure.kind === 'money' && !claimed.has(x))
    .pop();
  if (!f || k - f.tokenEnd > 2) return null;
  for (let j = f.tokenEnd; j < k; j++) if (v.tokens[j].kind === 'punct') return null;
  return costCued(v, f, sentenceStart) ? f : null;
}

/**
 * A cost cue in the four tokens before the money figure (بتكلفة 6 مليارات يورو, مخصصاً 153
 * مليون دولار), and no saving (توفير ما قيمته مليار يورو is what it saves, not what it costs).
 */
export function costCued(v: DocView, f: FigureRef, from: number): boolean {
  if (v.cueBefore(f.tokenStart, from, (b) => SAVINGS.has(v.bare(b)))) return false;
  return v.cueBefore(
    f.tokenStart,
    from,
    (b) => COST_CUES.has(v.tokens[b].norm) || COST_CUES.has(v.bare(b)) || COST_CUES.has(v.tokens[b].base),
  );
}

/**
 * A figure stated for several projects together: تبلغ طاقتهما الإجمالية 5300 ميجاوات (a dual
 * pronoun, or a word of totals, in the four tokens before it).
 */
export function jointFigure(v: DocView, f: FigureRef, from: number): boolean {
  return v.cueBefore(f.tokenStart, from, (b) => {
    const t = v.tokens[b];
    return (
      JOINT_CUES.has(t.base) ||
      JOINT_CUES.has(v.bare(b)) ||
      (hasClitic(t, 'pronoun') && cliticForms(t).some((c) => c.type === 'pronoun' && (c.text === 'هما' || c.text === 'هم')))
    );
  });
}

/**
 * A cost in US dollars: the amount restated in dollars in brackets right after it (بتكلفة تزيد على
 * 35 مليار جنيه (4.5 مليار دولار)), else the amount through the dollar pegs of currency-rates.ts.
 */
export function usdOf(v: DocView, money: FigureRef): number | null {
  const cost = Number(money.figure.value);
  if (money.figure.unit === 'USD') return cost;
  if (v.isPunct(money.tokenEnd, '(')) {
    const restated = v.figuresIn(money.tokenEnd + 1, money.tokenEnd + 3).find((f) => f.figure.kind === 'money' && f.figure.unit === 'USD');
    if (restated) return Number(restated.figure.value);
  }
  return toUsd(cost, money.figure.unit);
}

/** Kinds whose figures may be a project's capacity other than electric power. */
const CAPACITY_KINDS = new Set(['quantity', 'volume', 'mass']);

/**
 * A capacity that is not electric power: a rate (60 ألف متر مكعب يومياً = m3/day, 43 مليون مسافر
 * سنوياً, 2.5 مليار قدم مكعبة في اليوم) or a quantity after a capacity word (طاقة استيعابية تبلغ 3.6
 * ملايين راكب، بسعة 20 ألف حاوية).
 */
export function capacityFigure(v: DocView, f: FigureRef, from: number): boolean {
  const { kind, unit } = f.figure;
  if (!CAPACITY_KINDS.has(kind) || unit === null) return false;
  return unit.includes('/') || v.cueBefore(f.tokenStart, from, (b) => CAPACITY_CUES.has(v.tokens[b].norm) || CAPACITY_CUES.has(v.bare(b)));
}

/** The country a sentence opens with before `to`: "في أوزبكستان، ...", "مع قيرغيزستان، ...". */
function leadCountry(v: DocView, from: number, to: number): string | null {
  let found: string | null = null;
  for (const m of v.mentionsIn(from, to)) {
    if (m.entity.type !== 'COUNTRY' || m.via === 'nisba') continue;
    const prev = v.tokens[m.tokenStart - 1];
    const own = v.tokens[m.tokenStart];
    if ((prev && LEAD_PREPOSITIONS.has(prev.norm)) || withBa(own)) found = m.entity.key;
  }
  return found;
}

/**
 * The country of a state organ earlier in the sentence, named by its nisba: "وقعت الحكومة
 * المصرية عقدا لإنشاء ...", "أعلنت وزارة الكهرباء العراقية ..." (the noun up to three words
 * before the nisba). A company's nisba (سيمنس الألمانية) is its nationality, not the site's.
 */
function stateNisba(v: DocView, from: number, to: number): string | null {
  for (const m of v.mentionsIn(from, to)) {
    if (m.entity.type !== 'COUNTRY' || m.via !== 'nisba') continue;
    // وزارة الكهرباء والماء الكويتية: the nisba closes a state organ's name, conjunction and all.
    const org = v.mentionOn(m.tokenStart - 1);
    if (org && org.entity.type === 'ORG' && org.tokenEnd === m.tokenStart && STATE_NOUNS.has(withoutArticle(v.tokens[org.tokenStart])))
      return m.entity.key;
    for (let k = m.tokenStart - 1; k >= Math.max(from, m.tokenStart - 3); k--) {
      const t = v.tokens[k];
      if (STATE_NOUNS.has(withoutArticle(t))) return m.entity.key;
      // "الحكومة والهلال الإماراتي": after a conjunction the nisba describes another noun.
      if (t.kind !== 'arabic' || t.stop || hasClitic(t, 'conj')) break;
    }
  }
  return null;
}

/**
 * The country of a place named after في earlier in the sentence: "ستوفر مساحة للحقل الشمسي في
 * الأفلاج للمحطة التي أطلق عليها اسم محطة ليلي" → SA.
 */
function placeBefore(v: DocView, from: number, to: number, gaz: Gazetteer): string | null {
  let found: string | null = null;
  for (const m of v.mentionsIn(from, to)) {
    if (m.entity.type !== 'CITY' && m.entity.type !== 'LOCATION') continue;
    if (!IN.has(v.tokens[m.tokenStart - 1]?.norm ?? '')) continue;
    found = countryOfMention(m, gaz) ?? found;
  }
  return found;
}

/**
 * A nisba that is a person's nationality: a person noun right before it (مقيم هندي، العامل الباكستاني)
 * or الجنسية right after it (باكستاني الجنسية). It says who someone is, not where the article's projects
 * are: "بدهس مقيم هندي الجنسية عندما منعه من تفريغ حمولته في مشروع تقاطع الدائري الرابع" (Mecca) had made
 * the article Indian.
 */
function nationality(v: DocView, m: MentionRef): boolean {
  if (m.entity.type !== 'COUNTRY' || m.via !== 'nisba') return false;
  const s = v.tokens[m.tokenStart].sentence;
  const before = m.tokenStart - 1;
  if (before >= 0 && v.tokens[before].sentence === s && v.inList(PERSON_NOUNS, before)) return true;
  return m.tokenEnd < v.tokens.length && v.tokens[m.tokenEnd].sentence === s && v.inList(NATIONALITY_WORDS, m.tokenEnd);
}

/**
 * The country an article is about when one country has at least 60% of the mentions of
 * countries and their places (at least three): the Saudi articles of the corpus speak of
 * المملكة, الرياض, الأفلاج and name a project without repeating where it is.
 */
function dominantCountry(v: DocView, gaz: Gazetteer): string | null {
  const votes = new Map<string, number>();
  let total = 0;
  let unnamed = 0;
  // A person's nationality neither votes nor names a country.
  const counted = v.mentions.filter((m) => !nationality(v, m));
  // A city votes only for a country the article names (or when it names none).
  const named = new Set(counted.filter((m) => m.entity.type === 'COUNTRY').map((m) => m.entity.key!));
  for (const m of counted) {
    const c = countryOfMention(m, gaz);
    if (!c || (m.entity.type !== 'COUNTRY' && m.entity.type !== 'CITY')) continue;
    if (m.entity.type === 'CITY' && named.size > 0 && !named.has(c)) {
      unnamed++;
      continue;
    }
    votes.set(c, (votes.get(c) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of votes) if (k > n) [best, n] = [c, k];
  // Fewer than three mentions still decide when they all name one country (a short local report:
  // «مدينة تونس الثقافية» in its title and nothing else); a city of a country the article does not
  // name counts against it (بدعم ياباني ... في أستانا وبشكيك is no Japanese article).
  return best && ((n >= 3 && n >= 0.6 * total) || (n === total && unnamed === 0)) ? best : null;
}

/** For each sentence, the lead country of the paragraph so far (a lead holds until the next). */
function sentenceLeads(v: DocView): Map<number, string> {
  const out = new Map<number, string>();
  let current: string | null = null;
  let para = -1;
  for (const s of v.doc.sentences) {
    const p = v.paragraphOf(s.index);
    if (p !== para) {
      para = p;
      current = null;
    }
    if (current) out.set(s.index, current);
    // A lead is a country after في/مع in the sentence's first three tokens.
    const lead = leadCountry(v, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 3));
    if (lead) current = lead;
  }
  return out;
}

/** Organisations that give financing before the project: "قدم JBIC تمويلاً لمشروعين". */
function financiers(v: DocView, from: number, to: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (const m of v.mentionsIn(from, to)) {
    if (m.entity.type !== 'ORG') continue;
    for (let k = m.tokenEnd; k < Math.min(to, m.tokenEnd + 3); k++) {
      if (FINANCING.has(v.tokens[k].norm) || FINANCING.has(v.tokens[k].base)) out.push(m);
    }
  }
  return out;
}

/** A date with a word of starting, opening or completion in the four tokens before it (بدأت في تنفيذها في شهر أكتوبر 2012). */
export function datedStart(v: DocView, f: FigureRef, from: number): boolean {
  if (f.figure.kind !== 'date') return true;
  const cue = (b: number) => startWord(v, b);
  // The cue before the date, or before the project it dates (بدأت في تنفيذ مشروع محطة توليد الشقيق في أغسطس 2013).
  return v.cueBefore(f.tokenStart, from, cue) || v.cueBefore(from, Math.max(0, from - 4), cue);
}

/** Token k is a word of starting, signing, opening or completing (بدأت، وقعت، انطلاق، افتتاح). */
function startWord(v: DocView, k: number): boolean {
  const t = v.tokens[k];
  return [t.norm, v.bare(k), t.stem].some((w) => START_CUES.has(w) || COMPLETION.has(w));
}

/**
 * The sentence sets the project at token `at` going: an action noun right before it (عقدا لإنشاء
 * مجمع), or a word of starting, signing or opening in its lead (أعلنت بدء عمليات الإنتاج في حقل).
 */
function startedHere(v: DocView, leadStart: number, at: number): boolean {
  if (actionBefore(v, at)) return true;
  for (let k = leadStart; k < at; k++) if (v.tokens[k].kind === 'arabic' && startWord(v, k)) return true;
  return false;
}

/** A completion word in the four tokens before year figure f (and after `from`). */
export function completionCued(v: DocView, f: FigureRef, from: number): boolean {
  return v.cueBefore(f.tokenStart, from, (b) => COMPLETION.has(v.tokens[b].norm) || COMPLETION.has(v.bare(b)));
}

/**
 * A company that is the subject of the sentence's verb and whose project the sentence builds:
 * "أعلنت شركة أكوا باور توقيع اتفاقية لتطوير محطة رياح" (an action noun right before the project).
 */
function developer(v: DocView, from: number, to: number): MentionRef | null {
  if (!actionBefore(v, to)) return null;
  for (const m of v.mentionsIn(from, to)) {
    if (m.entity.type !== 'ORG') continue;
    // The company word may stand outside the name: أعلنت شركة [أكوا باور].
    let k = m.tokenStart - 1;
    if (k > from && COMPANY_WORDS.has(v.bare(k))) k--;
    if (k < from || !(AGENT_VERBS.has(v.tokens[k].norm) || AGENT_VERBS.has(v.bare(k)))) return null;
    return GOVERNMENT_HEADS.has(withoutArticle(v.tokens[m.tokenStart])) ? null : m;
  }
  return null;
}
