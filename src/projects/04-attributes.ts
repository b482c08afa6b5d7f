// Step 4: what the text says about each project.
// - year / year_end: the year figure in its clause ("(2014)", "(منذ 2013)", "منذ عام 2006",
//   "(1996-1999)"), else a year in the sentence before the first project ("في عام 2017، أطلق
//   ... مبادرة"), else, for the sentence's last project, a year of opening or completion later in
//   the sentence ("على أن يكتمل بحلول 2027"); a figure serves one project only.
// - capacity: the first power figure of its clause ("بطاقة 24-25 ميغاواط", "تصل إلى 100 ميغاواط").
// - cost: a money figure of its clause after a cost cue (بقيمة، بتكلفة، مخصصاً ...); cost_usd
//   through the dollar pegs of currency-rates.ts.
// - places: the cities of its clause, and other places after في.
// - country: where the project is, in this order: its own places' country ("في سمرقند" → UZ),
//   a country after في in its clause ("في طاجيكستان"), the sentence lead before it ("في
//   أوزبكستان، ..." or "مع قيرغيزستان، ..."), then the last lead of the paragraph.
// - partners: organisations after a partner cue in its clause or in the sentence lead
//   (بالتعاون مع، بدعم من، بتمويل من، نفذتها ...), lists included ("X، وY، وZ"), and an
//   organisation that gives financing before it ("قدم JBIC تمويلاً لمشروعين"), and a company that
//   is the subject of the sentence's verb before an action noun and the project ("أعلنت شركة أكوا
//   باور توقيع اتفاقية لتطوير محطة رياح").
import type { Gazetteer } from '../entities/gazetteer.js';
import type { Figure, Project } from '../model/types.js';
import { baseStart, withoutArticle } from '../entities/token-view.js';
import { toUsd } from './currency-rates.js';
import { actionBefore } from './02-qualify.js';
import type { DocView, FigureRef, MentionRef } from './doc-view.js';
import type { Draft } from './03-split-lists.js';
import { AGENT_VERBS, CAPACITY_CUES, CLAUSE_BREAKS, COMPANY_WORDS, JOINT_CUES, START_CUES, COMPLETION, COST_CUES, FINANCING, GOVERNMENT_HEADS, PARTNER_CUES, SAVINGS, STATE_NOUNS, TRIGGERS } from './triggers.js';

const LEAD_PREPOSITIONS = new Set(['في', 'مع', 'داخل', 'لدي', 'بين']);
const LOCATIVE = new Set(['في', 'داخل']);

/** The year a figure gives: a year, the first year of a range, the year of a dated figure. */
function yearsOf(f: Figure, dates = true): [number, number | null] | null {
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

function countryOfMention(m: MentionRef, gaz: Gazetteer): string | null {
  if (m.entity.type === 'COUNTRY') return m.entity.key;
  if (m.entity.key) return gaz.placeCountry.get(m.entity.key) ?? null;
  return null;
}

export interface Built {
  project: Project;
  figures: FigureRef[];
  /** The trigger it was built from. */
  draft: Draft;
  /** Where its first mention starts (a later mention may keep the name and span: see 05-merge-mentions). */
  firstStart: number;
}

import type { FacilityHit } from '../entities/stage.js';

export function buildProjects(v: DocView, drafts: Draft[], gaz: Gazetteer, facilities: FacilityHit[] = []): Built[] {
  const { tokens, doc } = v;
  const claimed = new Set<FigureRef>();
  const built: Built[] = [];
  // The lead country of each sentence ("في أوزبكستان، ..."), carried through its paragraph.
  const leadOf = sentenceLeads(v);
  const mainCountry = dominantCountry(v, gaz);
  const namedCountries = new Set(v.mentions.filter((m) => m.entity.type === 'COUNTRY').map((m) => m.entity.key!));
  drafts.forEach((d, n) => {
    const sentence = doc.sentences[d.sentence];
    const firstInSentence = drafts.findIndex((x) => x.sentence === d.sentence);
    const leadStart = sentence.tokenStart;
    const leadEnd = drafts[firstInSentence].start;
    const own = v.figuresIn(d.start, d.clauseEnd).filter((f) => !claimed.has(f));

    // Year.
    let yearFig: FigureRef | null = d.item ? d.item.year : null;
    if (!yearFig && !d.item) yearFig = own.find((f) => yearsOf(f.figure, false)) ?? null;
    if (!yearFig && n === firstInSentence) {
      const lead = v.figuresIn(leadStart, leadEnd).filter((f) => !claimed.has(f) && yearsOf(f.figure, false));
      yearFig = lead[lead.length - 1] ?? null;
    }
    // A dated start in its clause when no year is given: بدأت في تنفيذها في شهر أكتوبر 2012.
    if (!yearFig && !d.item) yearFig = own.find((f) => yearsOf(f.figure) && datedStart(v, f, d.start)) ?? null;
    // The last project of its sentence takes a year the rest of the sentence gives for its
    // opening or completion: "..., ومن المتوقع أن تبدأ التشغيل في عام 2026", "على أن يكتمل بحلول 2027".
    if (!yearFig && !d.item && drafts[n + 1]?.sentence !== d.sentence) {
      yearFig = v.figuresIn(d.clauseEnd, sentence.tokenEnd).find((f) => !claimed.has(f) && yearsOf(f.figure, false) && completionCued(v, f, d.clauseEnd)) ?? null;
    }
    const years = yearFig ? yearsOf(yearFig.figure) : null;

    // Capacity and cost.
    // A total stated for this and other projects is not this one's (a set of plants keeps its own total).
    const single = d.number === 'one' && !d.counted;
    const power = own.find((f) => f.figure.kind === 'power' && f.figure.unit === 'MW' && !(single && jointFigure(v, f, d.start))) ?? null;
    const capacity = own.find((f) => f !== power && capacityFigure(v, f, d.start)) ?? null;
    const money = own.find((f) => f.figure.kind === 'money' && costCued(v, f, d.start)) ?? null;
    const cost = money ? Number(money.figure.value) : null;
    const currency = money ? money.figure.unit : null;

    // Places and country: the places of its name first (ميناء جدة), then those of its clause.
    const clauseMentions = v.mentionsIn(d.start, d.clauseEnd);
    const inName = (m: MentionRef): boolean => m.tokenStart < d.nameEnd;
    const places = d.item
      ? [d.item.place]
      : [
          ...clauseMentions.filter((m) => inName(m) && (m.entity.type === 'CITY' || m.entity.type === 'LOCATION')),
          ...clauseMentions.filter((m) => !inName(m) && (m.entity.type === 'CITY' || (m.entity.type === 'LOCATION' && LOCATIVE.has(tokens[m.tokenStart - 1]?.norm ?? '')))),
        ];
    // A facility of the lexicon in the name says where it is (معمل غاز واسط is Saudi).
    const facility = facilities.find((f) => f.tokenStart < d.nameEnd && f.tokenEnd > d.start && f.country);
    let country: string | null = facility?.country ?? null;
    for (const p of places) {
      if (country) break;
      const c = countryOfMention(p, gaz);
      // A place of a country the article never names, in an article about another country, is
      // more likely a homonym (واسط, an Iraqi province, names a Saudi gas plant).
      if (c && mainCountry && c !== mainCountry && !namedCountries.has(c)) continue;
      country = c;
    }
    if (!country) {
      const after = clauseMentions.find((m) => m.entity.type === 'COUNTRY' && m.via === 'name' && LOCATIVE.has(tokens[m.tokenStart - 1]?.norm ?? ''));
      if (after) country = after.entity.key;
    }
    if (!country) country = leadCountry(v, leadStart, d.start) ?? leadOf.get(d.sentence) ?? placeBefore(v, leadStart, d.start, gaz) ?? stateNisba(v, leadStart, d.clauseEnd) ?? mainCountry;

    // Partners.
    const partners = new Set<string>();
    const addPartners = (from: number, to: number): void => {
      for (const m of partnerMentions(v, from, to)) partners.add(m.entity.id);
    };
    addPartners(d.start, d.clauseEnd);
    addPartners(leadStart, leadEnd);
    for (const m of financiers(v, leadStart, d.start)) partners.add(m.entity.id);
    const agent = developer(v, leadStart, d.start);
    if (agent) partners.add(agent.entity.id);

    // The figures that describe it: those of its span and clause.
    const figures = own.filter((f) => !claimed.has(f));
    if (yearFig && !figures.includes(yearFig)) figures.push(yearFig);
    for (const f of figures) claimed.add(f);

    const start = baseStart(tokens[d.spanStart]);
    const end = tokens[Math.max(d.spanStart, Math.max(d.nameEnd, d.spanEnd) - 1)].end;
    built.push({
      project: {
        id: '',
        type: d.type,
        name: doc.text.slice(start, tokens[Math.max(d.spanStart, d.nameEnd - 1)].end),
        start,
        end,
        sentence: d.sentence,
        country,
        places: [...new Set(places.map((p) => doc.text.slice(p.start, p.end)))],
        year: years ? years[0] : null,
        year_end: years ? years[1] : null,
        capacity_mw: power ? Number(power.figure.value) : null,
        capacity_mw_max: power && power.figure.value_max !== null ? Number(power.figure.value_max) : null,
        capacity: capacity ? Number(capacity.figure.value) : null,
        capacity_unit: capacity ? capacity.figure.unit : null,
        cost,
        currency,
        cost_usd: money ? usdOf(v, money) : null,
        partners: [...partners],
        figures: [],
      },
      figures: figures.sort((a, b) => a.figure.start - b.figure.start),
      draft: d,
      firstStart: start,
    });
  });
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
 * A cost cue in the four tokens before the money figure (بتكلفة 6 مليارات يورو, مخصصاً 153
 * مليون دولار), and no saving (توفير ما قيمته مليار يورو is what it saves, not what it costs).
 */
function costCued(v: DocView, f: FigureRef, from: number): boolean {
  if (v.cueBefore(f.tokenStart, from, (b) => SAVINGS.has(v.bare(b)))) return false;
  return v.cueBefore(f.tokenStart, from, (b) => COST_CUES.has(v.tokens[b].norm) || COST_CUES.has(v.bare(b)) || COST_CUES.has(v.tokens[b].base));
}

/**
 * A figure stated for several projects together: تبلغ طاقتهما الإجمالية 5300 ميجاوات (a dual
 * pronoun, or a word of totals, in the four tokens before it).
 */
function jointFigure(v: DocView, f: FigureRef, from: number): boolean {
  return v.cueBefore(f.tokenStart, from, (b) => {
    const t = v.tokens[b];
    return JOINT_CUES.has(t.base) || JOINT_CUES.has(v.bare(b)) || t.clitics.some((c) => c.type === 'pronoun' && (c.text === 'هما' || c.text === 'هم'));
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
function capacityFigure(v: DocView, f: FigureRef, from: number): boolean {
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
    if ((prev && LEAD_PREPOSITIONS.has(prev.norm)) || own.clitics.some((c) => c.type === 'prep' && c.text.includes('ب'))) found = m.entity.key;
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
    if (org && org.entity.type === 'ORG' && org.tokenEnd === m.tokenStart && STATE_NOUNS.has(withoutArticle(v.tokens[org.tokenStart]))) return m.entity.key;
    for (let k = m.tokenStart - 1; k >= Math.max(from, m.tokenStart - 3); k--) {
      const t = v.tokens[k];
      if (STATE_NOUNS.has(withoutArticle(t))) return m.entity.key;
      // "الحكومة والهلال الإماراتي": after a conjunction the nisba describes another noun.
      if (t.kind !== 'arabic' || t.stop || t.clitics.some((c) => c.type === 'conj')) break;
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
    if (!LOCATIVE.has(v.tokens[m.tokenStart - 1]?.norm ?? '')) continue;
    found = countryOfMention(m, gaz) ?? found;
  }
  return found;
}

/**
 * The country an article is about when one country has at least 60% of the mentions of
 * countries and their places (at least three): the Saudi articles of the corpus speak of
 * المملكة, الرياض, الأفلاج and name a project without repeating where it is.
 */
function dominantCountry(v: DocView, gaz: Gazetteer): string | null {
  const votes = new Map<string, number>();
  let total = 0;
  // A city votes only for a country the article names (or when it names none).
  const named = new Set(v.mentions.filter((m) => m.entity.type === 'COUNTRY').map((m) => m.entity.key!));
  for (const m of v.mentions) {
    const c = countryOfMention(m, gaz);
    if (!c || (m.entity.type !== 'COUNTRY' && m.entity.type !== 'CITY')) continue;
    if (m.entity.type === 'CITY' && named.size > 0 && !named.has(c)) continue;
    votes.set(c, (votes.get(c) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of votes) if (k > n) [best, n] = [c, k];
  return best && n >= 3 && n >= 0.6 * total ? best : null;
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

/** Organisations after a partner cue in [from, to), and the ones listed after them. */
function partnerMentions(v: DocView, from: number, to: number): MentionRef[] {
  const out: MentionRef[] = [];
  const orgs = v.mentionsIn(from, to).filter((m) => m.entity.type === 'ORG');
  let last: MentionRef | null = null;
  for (const m of orgs) {
    let cued = false;
    for (let b = m.tokenStart - 1; b >= m.tokenStart - 4 && b >= from; b--) {
      const t = v.tokens[b];
      if (PARTNER_CUES.has(t.norm) || PARTNER_CUES.has(t.base) || PARTNER_CUES.has(v.bare(b))) cued = true;
      if (v.isPunct(b, '.؛;:')) break;
    }
    // A list: "Kawasaki Heavy Industries، وRönesans، وITOCHU", "JICA وJBIC".
    if (!cued && last && onlyJoiners(v, last.tokenEnd, m.tokenStart)) cued = true;
    if (cued) {
      out.push(m);
      last = m;
    }
  }
  return out;
}

function onlyJoiners(v: DocView, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    if (!(v.isPunct(k, ',،') || v.tokens[k].norm === 'و')) return false;
  }
  return true;
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
function datedStart(v: DocView, f: FigureRef, from: number): boolean {
  if (f.figure.kind !== 'date') return true;
  const cue = (b: number) => [v.tokens[b].norm, v.bare(b), v.tokens[b].stem].some((w) => START_CUES.has(w) || COMPLETION.has(w));
  // The cue before the date, or before the project it dates (بدأت في تنفيذ مشروع محطة توليد الشقيق في أغسطس 2013).
  return v.cueBefore(f.tokenStart, from, cue) || v.cueBefore(from, Math.max(0, from - 4), cue);
}

/** A completion word in the four tokens before year figure f (and after `from`). */
function completionCued(v: DocView, f: FigureRef, from: number): boolean {
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
    if (inName[j] || (t.kind === 'arabic' && (TRIGGERS.has(v.bare(j)) || TRIGGERS.has(v.bareWhole(j))))) return j;
  }
  return s.tokenEnd;
}

/** Fills what the project lacks from the figures and partners of tokens [from, to). */
function fillFrom(v: DocView, target: Built, from: number, to: number, claimed: Set<FigureRef>): void {
  const p = target.project;
  const figs = v.figuresIn(from, to).filter((f) => !claimed.has(f));
  const take = (f: FigureRef | undefined): f is FigureRef => {
    if (!f) return false;
    target.figures.push(f);
    claimed.add(f);
    return true;
  };
  const money = p.cost === null ? figs.find((f) => f.figure.kind === 'money' && costCued(v, f, from)) : undefined;
  if (take(money)) {
    p.cost = Number(money.figure.value);
    p.currency = money.figure.unit;
    p.cost_usd = usdOf(v, money);
  }
  const single = target.draft.number === 'one' && !target.draft.counted;
  const power = p.capacity_mw === null ? figs.find((f) => f.figure.kind === 'power' && f.figure.unit === 'MW' && !(single && jointFigure(v, f, from))) : undefined;
  if (take(power)) {
    p.capacity_mw = Number(power.figure.value);
    p.capacity_mw_max = power.figure.value_max !== null ? Number(power.figure.value_max) : null;
  }
  const capacity = p.capacity === null ? figs.find((f) => f !== power && capacityFigure(v, f, from)) : undefined;
  if (take(capacity)) {
    p.capacity = Number(capacity.figure.value);
    p.capacity_unit = capacity.figure.unit;
  }
  // A year (or, failing one, a dated start) when it has none: خلال عام 2015 of "المرحلة الأولى من المشروع".
  const year = p.year === null ? (figs.find((f) => yearsOf(f.figure, false)) ?? figs.find((f) => yearsOf(f.figure) && datedStart(v, f, from))) : undefined;
  if (take(year)) [p.year, p.year_end] = yearsOf(year.figure)!;
  const partners = new Set(p.partners);
  for (const m of partnerMentions(v, from, to)) partners.add(m.entity.id);
  p.partners = [...partners];
  target.figures.sort((a, b) => a.figure.start - b.figure.start);
}
