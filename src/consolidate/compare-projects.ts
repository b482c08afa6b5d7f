// Compares two project records of different documents: what each kind of evidence says (name,
// places, capacity, cost, years, dates), and whether that is enough to call them one project.
// The rules, from the reports of one project across outlets in ../shared/gold-dev and in
// SaudiNewsNet (see tests/consolidate/ and data/consolidation/):
// - a name that agrees once folded (مطار الملك عبدالعزيز الدولي الجديد / مطار الملك عبدالعزيز
//   بجدة) links, unless the places disagree and nothing else agrees;
// - a name that contains the other with one word more (قطار الحرمين / قطار الحرمين السريع), or
//   the same name made only of common words (data/lexicon/vocab.tsv: الجديد، الملك), links only
//   where the places or a figure agree and nothing disagrees;
// - a record with no name of its own (محطة التحلية في الخفجي, محطة طاقة شمسية بقدرة 50
//   ميغاواط في الأفلاج) links to one of the same type only in the same story (sentences that
//   share most words) and by a shared place or figure, nothing disagreeing, within
//   NAMELESS_WINDOW_DAYS; so does a road, bridge or tunnel named after a person or place;
// - two different names never link (مطار الملك عبدالعزيز / مطار الملك عبدالله بن عبدالعزيز).
import { familiesAgree, GENERIC_TYPE } from './type-families.js';
import type { KeyedProject } from './project-keys.js';

export type Agreement = 'same' | 'none' | 'differ';
export type NameAgreement = 'same' | 'similar' | 'partial' | 'none' | 'differ';

export interface Evidence {
  name: NameAgreement;
  places: Agreement;
  capacity: Agreement;
  cost: Agreement | 'unchecked';
  years: Agreement;
  /** Days between the publication dates, or null when one is unknown. */
  days: number | null;
  /** Share of the shorter sentence's words that the other sentence has (0 where one is unknown). */
  context: number;
}

export interface Comparison extends Evidence {
  /** Whether the evidence makes them one project. */
  link: boolean;
  /** Whether nothing forbids them from being in one cluster (checked between clusters merged). */
  compatible: boolean;
  /** Ordering of links: stronger first (name, then agreeing attributes). */
  strength: number;
  /** The rule that decided, for the links table. */
  rule: string;
}

/** Reports of a named project are linked across this many days at most (two years). */
export const NAMED_WINDOW_DAYS = 730;
/** Reports of a project without a name of its own: 60 days (the Tozeur plant's two reports in
 *  gold-dev are 48 days apart; a month of SaudiNewsNet spans 22). */
export const NAMELESS_WINDOW_DAYS = 60;
/** Sentences of two reports are the same story when this share of words agrees (see
 *  contextOverlap; the reprints of one press release by SaudiNewsNet's outlets share 0.7–1.0, two
 *  stories that only name the same city well under 0.4). */
export const SAME_STORY = 0.5;
/** Sentences shorter than this (in words) say too little to compare. */
const MIN_CONTEXT_WORDS = 6;
/** Families whose names are given to many facilities in many cities (طريق الملك فهد in الدمام,
 *  الزلفي and حفر الباطن in one month of SaudiNewsNet): a name alone does not tell which. */
const PLACE_NAMED_FAMILIES = new Set(['road', 'bridge', 'tunnel']);

/** Families of which a city has one, so that its name names the facility (مطار أبها). */
const PLACE_UNIQUE_FAMILIES = new Set(['airport', 'port']);

/** Capacities this close are the same (rounding: 1.5 GW and 1500 MW). */
const CAPACITY_TOLERANCE = 0.02;
/** Costs in dollars this close are the same (rounding, and a peg's cents). */
const COST_TOLERANCE = 0.1;

export interface WordMatcher {
  name: string;
  /** Whether two different words are spellings of one word. */
  same(a: string, b: string): boolean;
}

/** At most one edit apart, both of at least five letters: a letter written differently by two
 *  outlets (فوطوضوئية / فوتوضوئية, سيمنز / سيمنس); ى/ي, ة/ه and hamzas are already folded.
 *  Or the same word but for a final ة (الجديد / الجديدة). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  // An adjective that agrees with مشروع in one outlet and with قناة in another: الجديد /
  // الجديدة (folded ه), whatever the length (مشروع قناة السويس الجديد / الجديدة, 2015).
  if (a.length >= 3 && b.length >= 3 && (a + 'ه' === b || b + 'ه' === a)) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export const ONE_EDIT: WordMatcher = { name: 'one-edit', same: withinOneEdit };

/** How two lists of identifying words agree. */
export function compareNames(a: KeyedProject, b: KeyedProject, matcher: WordMatcher = ONE_EDIT): NameAgreement {
  if (a.words.length === 0 || b.words.length === 0) return 'none';
  // The same name of common words only (الجديد، الدولي) is no more than a partial name.
  if (a.wordKey === b.wordKey || a.squashed === b.squashed) return a.commonName && b.commonName ? 'partial' : 'same';
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  const used = new Array<boolean>(long.length).fill(false);
  for (const w of short) {
    let k = long.findIndex((v, i) => !used[i] && v === w);
    if (k < 0) {
      k = long.findIndex((v, i) => !used[i] && matcher.same(v, w));
      if (k < 0) return 'differ';
    }
    used[k] = true;
  }
  const extra = long.length - short.length;
  if (extra === 0) return a.commonName && b.commonName ? 'partial' : 'similar';
  // One word more on one side, after the words they share: an Arabic name's head comes first and
  // what follows qualifies it (قطار الحرمين / قطار الحرمين السريع), while a word before them is
  // another head (منطقة قناة السويس is not قناة السويس). The shorter name is more than a number.
  const prefix = short.every((w, i) => long[i] === w || matcher.same(long[i], w));
  if (extra === 1 && prefix && !/^\d+$/.test(short.join(''))) return 'partial';
  return 'differ';
}

/** Places agree when one place's words run inside another's (جدة / جدة; مطار الملك عبدالعزيز /
 *  مطار الملك عبدالعزيز الدولي); they differ when both have places and none agrees. */
export function comparePlaces(a: readonly string[][], b: readonly string[][]): Agreement {
  if (a.length === 0 || b.length === 0) return 'none';
  for (const p of a) for (const q of b) if (contains(p, q) || contains(q, p)) return 'same';
  return 'differ';
}

function contains(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

function closeTo(x: number, y: number, tolerance: number): boolean {
  return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

export function compareCapacity(a: KeyedProject, b: KeyedProject): Agreement {
  const x = a.record;
  const y = b.record;
  if (x.capacity_mw !== null && y.capacity_mw !== null) {
    const [x0, x1] = [x.capacity_mw, x.capacity_mw_max ?? x.capacity_mw];
    const [y0, y1] = [y.capacity_mw, y.capacity_mw_max ?? y.capacity_mw];
    if (closeTo(x0, y0, CAPACITY_TOLERANCE) || closeTo(x1, y1, CAPACITY_TOLERANCE)) return 'same';
    return 'differ';
  }
  if (x.capacity !== null && y.capacity !== null && x.capacity_unit !== null && x.capacity_unit === y.capacity_unit) {
    return closeTo(x.capacity, y.capacity, CAPACITY_TOLERANCE) ? 'same' : 'differ';
  }
  return 'none';
}

export function compareCost(a: KeyedProject, b: KeyedProject): Agreement | 'unchecked' {
  if (a.usd !== null && b.usd !== null) return closeTo(a.usd, b.usd, COST_TOLERANCE) ? 'same' : 'differ';
  const x = a.record;
  const y = b.record;
  if (x.cost === null || y.cost === null) return 'none';
  if (x.currency !== null && x.currency === y.currency) return closeTo(x.cost, y.cost, COST_TOLERANCE) ? 'same' : 'differ';
  // Two currencies and no rate between them: neither agreement nor disagreement is known.
  return 'unchecked';
}

export function compareYears(a: readonly number[], b: readonly number[]): Agreement {
  if (a.length === 0 || b.length === 0) return 'none';
  return a.some((y) => b.includes(y)) ? 'same' : 'differ';
}

/** The evidence of two records. */
export function evidenceOf(a: KeyedProject, b: KeyedProject, matcher: WordMatcher = ONE_EDIT): Evidence {
  return {
    name: compareNames(a, b, matcher),
    places: comparePlaces(a.places, b.places),
    capacity: compareCapacity(a, b),
    cost: compareCost(a, b),
    years: compareYears(a.years, b.years),
    days: a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null,
    context: contextOverlap(a.context, b.context),
  };
}

/** The share of the smaller word set found in the other: outlets that print one press release
 *  give sentences that share most words, whatever each adds or leaves out. */
export function contextOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_CONTEXT_WORDS) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

export interface CompareOptions {
  matcher?: WordMatcher;
  /** Places of the block that several differently named projects of one family share
   *  (`family|place words`): a record without a name cannot be placed by them alone. */
  ambiguousPlaces?: ReadonlySet<string>;
  /** Names of the block given to projects of one family in places that share none
   *  (`family|words`): a record without a place cannot be placed by such a name alone. */
  ambiguousNames?: ReadonlySet<string>;
}

/** Compares two records (of different documents, in one country block). */
export function compareProjects(a: KeyedProject, b: KeyedProject, options: CompareOptions = {}): Comparison {
  // What forbids a link whatever the evidence, checked before the evidence is gathered (most
  // pairs of a block share only a city or a capacity and stop here).
  if (a.record.doc_id === b.record.doc_id) return vetoed('same document');
  if (!familiesAgree(a.family, b.family)) return vetoed('types differ');
  if (a.record.country !== b.record.country) return vetoed('countries differ');
  const e = evidenceOf(a, b, options.matcher);
  const out = (link: boolean, compatible: boolean, rule: string): Comparison => ({
    ...e,
    link,
    compatible,
    strength: link ? strength(e) : 0,
    rule,
  });
  if (e.name === 'differ') return out(false, false, 'names differ');
  const agreeing = [e.places, e.capacity, e.cost, e.years].filter((x) => x === 'same').length;
  const differing = [e.places, e.capacity, e.cost, e.years].filter((x) => x === 'differ').length;
  const sameStory = e.context >= SAME_STORY;
  if (e.name === 'same' || e.name === 'similar') {
    if (e.days !== null && e.days > NAMED_WINDOW_DAYS) return out(false, true, 'named, too far apart in time');
    if (e.places === 'differ' && agreeing === 0) return out(false, false, 'named, places differ');
    if (PLACE_NAMED_FAMILIES.has(a.family) && PLACE_NAMED_FAMILIES.has(b.family) && !sameStory) {
      return out(false, true, 'named after a person or place, as many roads are: not the same story');
    }
    const unplaced = a.places.length === 0 || b.places.length === 0;
    if (unplaced && options.ambiguousNames?.has(`${a.family}|${a.wordKey}`)) {
      if (differing > 0 || agreeing === 0) return out(false, true, 'named, the name is given to projects in several places');
      return out(true, true, `name ${e.name} (given in several places), attributes agree`);
    }
    return out(true, true, `name ${e.name}`);
  }
  if (e.name === 'partial') {
    if (e.days !== null && e.days > NAMED_WINDOW_DAYS) return out(false, true, 'partial name, too far apart in time');
    // مشروع أبها الجديدة (a district) is not مطار أبها الجديد: a partial name joins only one type.
    if (a.type !== b.type) return out(false, true, 'partial name, different types');
    if (differing > 0) return out(false, false, 'partial name, attributes differ');
    return agreeing > 0 ? out(true, true, 'partial name and attributes agree') : out(false, true, 'partial name alone');
  }
  // Neither name says more than its type: the same type, and a place or figure, nothing against.
  if (differing > 0) return out(false, false, 'nameless, attributes differ');
  if (e.days !== null && e.days > NAMELESS_WINDOW_DAYS) return out(false, true, 'nameless, too far apart in time');
  // The same type; a plain مشروع in one report and the type in the other only where the place and
  // a figure agree (مشروع في توزر بطاقة 10 ميغاوات / المحطة الفوطوضوئية بجهة توزر ... 10 ميغاوات):
  // مشاريع المدينة المنورة is not مطار المدينة المنورة.
  const sameType = a.type === b.type;
  if (!sameType && a.type !== GENERIC_TYPE && b.type !== GENERIC_TYPE) return out(false, true, 'nameless, types differ within the family');
  // A nameless record is placed by the story it is told in: the same place or figure is not
  // enough (أنفاق مترو الرياض / أنفاق الرياض وجدة; طريق الخرج / طريق الملك فهد بالخرج).
  const figures = [e.capacity, e.cost].filter((x) => x === 'same').length;
  if (!sameType)
    return e.places === 'same' && figures > 0
      ? out(true, true, 'nameless, place and a figure agree')
      : out(false, true, 'nameless, a plain project and a typed one');
  if (!sameStory) {
    // An airport or port named by its city is that city's (مطار أبها, ميناء جدة); a road is not.
    if (
      PLACE_UNIQUE_FAMILIES.has(a.family) &&
      a.placeNamed &&
      b.placeNamed &&
      e.places === 'same' &&
      !placesAmbiguous(a, b, options.ambiguousPlaces)
    ) {
      return out(true, true, 'named by its city, which has one');
    }
    // Two particulars of its own in two stories: the place and a figure (the 10 MW plant of توزر,
    // reported 48 days apart in gold-dev's ant-jawharafm-01 and -03). None of the wrong links of
    // the first judged sample had both.
    if (e.places === 'same' && figures > 0) return out(true, true, 'nameless, place and a figure agree');
    return out(false, true, 'nameless, not the same story');
  }
  if (e.places === 'same') {
    if (figures > 0 || e.years === 'same') return out(true, true, 'nameless, same story, place and figures agree');
    if (placesAmbiguous(a, b, options.ambiguousPlaces)) return out(false, true, 'nameless, place shared by several named projects');
    return out(true, true, 'nameless, same story, place agrees');
  }
  if (figures > 0) return out(true, true, 'nameless, same story, figures agree');
  return out(false, true, 'nameless, nothing agrees');
}

/** A comparison that stopped at a veto, with no evidence gathered. */
function vetoed(rule: string): Comparison {
  return {
    name: 'none',
    places: 'none',
    capacity: 'none',
    cost: 'none',
    years: 'none',
    days: null,
    context: 0,
    link: false,
    compatible: false,
    strength: 0,
    rule,
  };
}

function placesAmbiguous(a: KeyedProject, b: KeyedProject, ambiguous: ReadonlySet<string> | undefined): boolean {
  if (!ambiguous || ambiguous.size === 0) return false;
  for (const p of [...a.places, ...b.places]) if (ambiguous.has(`${a.family}|${p.join(' ')}`)) return true;
  return false;
}

function strength(e: Evidence): number {
  const name = { same: 40, similar: 30, partial: 20, none: 0, differ: -100 }[e.name];
  const attrs = [e.places, e.capacity, e.cost, e.years];
  return name + 4 * attrs.filter((x) => x === 'same').length - 5 * attrs.filter((x) => x === 'differ').length;
}
