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
import { AGENT_VERBS, CAPACITY_CUES, COMPANY_WORDS, COMPLETION, COST_CUES, FINANCING, GOVERNMENT_HEADS, PARTNER_CUES, SAVINGS, STATE_NOUNS, TRIGGERS } from './triggers.js';

const LEAD_PREPOSITIONS = new Set(['في', 'مع', 'داخل', 'لدي', 'بين']);
const LOCATIVE = new Set(['في', 'داخل']);

/** The year a figure gives: a year, the first year of a range, the year of a dated figure. */
function yearsOf(f: Figure): [number, number | null] | null {
  if (f.kind === 'year') return [Number(f.value), null];
  if (f.kind === 'year_range') return [Number(f.value), f.value_max === null ? null : Number(f.value_max)];
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
    if (!yearFig && !d.item) yearFig = own.find((f) => yearsOf(f.figure)) ?? null;
    if (!yearFig && n === firstInSentence) {
      const lead = v.figuresIn(leadStart, leadEnd).filter((f) => !claimed.has(f) && yearsOf(f.figure));
      yearFig = lead[lead.length - 1] ?? null;
    }
    // The last project of its sentence takes a year the rest of the sentence gives for its
    // opening or completion: "..., ومن المتوقع أن تبدأ التشغيل في عام 2026", "على أن يكتمل بحلول 2027".
    if (!yearFig && !d.item && drafts[n + 1]?.sentence !== d.sentence) {
      yearFig = v.figuresIn(d.clauseEnd, sentence.tokenEnd).find((f) => !claimed.has(f) && yearsOf(f.figure) && completionCued(v, f, d.clauseEnd)) ?? null;
    }
    const years = yearFig ? yearsOf(yearFig.figure) : null;

    // Capacity and cost.
    const power = own.find((f) => f.figure.kind === 'power' && f.figure.unit === 'MW') ?? null;
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
    if (!country) country = leadCountry(v, leadStart, d.start) ?? leadOf.get(d.sentence) ?? placeBefore(v, leadStart, d.start, gaz) ?? stateNisba(v, leadStart, d.start) ?? mainCountry;

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
        cost_usd: cost !== null ? toUsd(cost, currency) : null,
        partners: [...partners],
        figures: [],
      },
      figures: figures.sort((a, b) => a.figure.start - b.figure.start),
      draft: d,
    });
  });
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
 * A sentence that names no project but speaks of "the project" (المشروع, المحطة, المطار) right
 * after one was named: "وتبلغ تكلفة المشروع 700 مليون دولار، ويمول البنك الدولي جزءا منه" adds a
 * cost and a partner to the project of the sentence before. Only what the project lacks is
 * filled (a cost with its cue, a capacity, partners with theirs), and only from the next two
 * sentences of the same paragraph.
 */
export function fillFromAnaphora(v: DocView, built: Built[]): void {
  if (built.length === 0) return;
  const { doc, tokens } = v;
  const withProject = new Set(built.map((b) => b.project.sentence));
  const claimed = new Set(built.flatMap((b) => b.figures));
  for (const s of doc.sentences) {
    if (withProject.has(s.index)) continue;
    // "The project": a definite, singular trigger word (المشروع, المحطة), not a programme.
    let anaphor: string | null = null;
    for (let k = s.tokenStart; k < s.tokenEnd && !anaphor; k++) {
      const b = tokens[k].base;
      if (tokens[k].kind !== 'arabic' || !b.startsWith('ال')) continue;
      const w = TRIGGERS.get(b.slice(2));
      if (w && w.number === 'one' && !w.program) anaphor = w.type;
    }
    if (!anaphor) continue;
    // The last project named in the two sentences before, in the same paragraph.
    const para = v.paragraphOf(s.index);
    let target: Built | null = null;
    for (const b of built) {
      const d = s.index - b.project.sentence;
      if (d >= 1 && d <= 2 && v.paragraphOf(b.project.sentence) === para && anaphorFits(anaphor, b.project.type)) target = b;
    }
    if (!target) continue;
    const p = target.project;
    const figs = v.figuresIn(s.tokenStart, s.tokenEnd).filter((f) => !claimed.has(f));
    const money = p.cost === null ? figs.find((f) => f.figure.kind === 'money' && costCued(v, f, s.tokenStart)) : undefined;
    if (money) {
      p.cost = Number(money.figure.value);
      p.currency = money.figure.unit;
      p.cost_usd = toUsd(p.cost, p.currency);
      target.figures.push(money);
      claimed.add(money);
    }
    const power = p.capacity_mw === null ? figs.find((f) => f.figure.kind === 'power' && f.figure.unit === 'MW') : undefined;
    if (power) {
      p.capacity_mw = Number(power.figure.value);
      p.capacity_mw_max = power.figure.value_max !== null ? Number(power.figure.value_max) : null;
      target.figures.push(power);
      claimed.add(power);
    }
    const partners = new Set(p.partners);
    for (const m of partnerMentions(v, s.tokenStart, s.tokenEnd)) partners.add(m.entity.id);
    p.partners = [...partners];
    target.figures.sort((a, b) => a.figure.start - b.figure.start);
  }
}
