// The gazetteer the entity stage matches against: every name of every lexicon entry, tokenized
// like the text and put in one trie, with what each name stands for. Built once per process.
import type { EntityType, MentionVia } from '../model/types.js';
import { MONTHS } from '../text/calendar.js';
import { foldString } from '../text/normalize/index.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';
import { loadCompiledGazetteer } from './compiled-gazetteer.js';
import { loadEntityLexicons, type EntityLexicons } from './lexicon-data.js';
import { NameTrie } from './name-trie.js';
import { mostlyWord, nameStats, type NameStats } from './name-stats.js';
import { matchForm } from './token-view.js';
import { words } from '../lexicon/word-lists.js';

/** What a lexicon name stands for. */
export interface LexEntry {
  type: EntityType;
  key: string;
  /** Canonical Arabic name. */
  name: string;
  nameEn: string | null;
  via: MentionVia;
  /** Which lexicon: country, alias, nisba, region, place, location, org. */
  source: 'country' | 'alias' | 'nisba' | 'region' | 'place' | 'location' | 'org';
  /** Among entries sharing a name, the lowest rank wins (country before city, hand before generated). */
  rank: number;
  /** Nisba: the form is a plural (اليابانيون), usable as a demonym without a head noun. */
  plural?: boolean;
  /** Nisba: the form carries the article (اليابانية), so it must follow a definite word. */
  definite?: boolean;
  /** The form is also a common word or shared: it needs a context that confirms it. */
  ambiguous?: boolean;
  /** Alias valid only in the press of this country (المملكة → SA in Saudi papers). */
  context?: string;
  /** Latin acronym: matched only when written exactly so (JICA, not Jica). */
  exact?: string;
  /** ISO code of the country a place, location or org belongs to. */
  country?: string;
  /** Lexicon subtype (place type, location type, org type). */
  subtype?: string;
  /** An event the org lexicon lists (معرض أوساكا 2025): it keeps the places named inside it. */
  container?: boolean;
  /** A facility (a plant, a rail line): known to the project stage, not an entity of the article. */
  facility?: boolean;
}

export interface Gazetteer {
  trie: NameTrie<LexEntry>;
  /** Normalized person cues (titles, roles, honorifics) → kind, as token sequences. */
  cues: NameTrie<string>;
  /** Normalized given names. */
  givenNames: Set<string>;
  /** Given names the corpora mostly use as plain words (حصة "share", آمنة "safe", أمل "hope"). */
  wordyGivenNames: Set<string>;
  /** Lexicon facilities (plants, rail lines, metros: محطة توراكورغان) → entry, for the project stage. */
  facilities: Set<LexEntry>;
  /** How often word forms occur and are named in the tagged corpora. */
  stats: NameStats;
  /** Place key → its country, for project countries. */
  placeCountry: Map<string, string>;
  /** The word knowledge used to tokenize names (the pipeline's default). */
  knowledge: WordKnowledge;
}

/** Location names that are facilities, not places: plants, rail and metro lines, pipelines (محطة توراكورغان). */
const FACILITY_HEADS = words('facility_location_head');
/** Org names that are events: exhibitions, summits, conferences, forums. */
const EVENT_HEADS = words('event_cue');

/** The first word of a folded name. */
function firstWord(folded: string): string {
  const space = folded.indexOf(' ');
  return space < 0 ? folded : folded.slice(0, space);
}

const RANK = {
  country: 0,
  alias: 1,
  region: 2,
  org: 3,
  placeHand: 4,
  location: 5,
  placeGenerated: 6,
  placeHarvested: 7,
  nisba: 8,
} as const;

/** Knowledge that knows no word: the matcher reads a token's whole normalized form, which no clitic split changes, so names need no vocabulary to be tokenized (and tokenize faster). */
const NO_WORDS: WordKnowledge = { freq: () => 0, isStop: () => false };

/** The normalized token forms of a name, as the matcher will see them in text. */
export function nameForms(name: string): string[] {
  return tokenize(name, 0, name.length, NO_WORDS).map(matchForm);
}

function isLatin(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9&.\-' ]*$/.test(s);
}

/** The nisba forms to match: each listed form, bare and with ال (on each word of a two-word nisba). */
function nisbaVariants(form: string): { text: string; definite: boolean }[] {
  const words = form.split(/\s+/);
  const out = [
    { text: form, definite: false },
    { text: words.map((w) => 'ال' + w).join(' '), definite: true },
  ];
  // جنوب أفريقي takes the article on its first word only (الجنوب أفريقي).
  if (words.length > 1) out.push({ text: ['ال' + words[0], ...words.slice(1)].join(' '), definite: true });
  return out;
}

/**
 * Dual nisbas, which agree with two nouns like an adjective: "بي.جي البريطانيتان", "الطائرتين
 * السعوديتين" (../shared/unlabeled: 716 duals of 18 common nisbas in 409 articles). Not for the
 * Koreas and America, whose duals name the pair (الكوريتين 402, الأمريكيتين 23 "the Americas").
 */
const PAIR_DUALS = new Set(['KR', 'KP', 'US']);
function duals(key: string, masc: readonly string[], fem: readonly string[]): string[] {
  if (PAIR_DUALS.has(key)) return [];
  const out: string[] = [];
  for (const f of fem) if (f.endsWith('ة') && !f.includes(' ')) out.push(f.slice(0, -1) + 'تان', f.slice(0, -1) + 'تين');
  for (const m of masc) if (m.endsWith('ي') && !m.includes(' ')) out.push(m + 'ان');
  return out;
}

/** Builds the gazetteer from lexicons (by default the shipped ones). */
export function buildGazetteer(lex: EntityLexicons = loadEntityLexicons(), knowledge: WordKnowledge = defaultWordKnowledge()): Gazetteer {
  const trie = new NameTrie<LexEntry>();
  const stats = nameStats(knowledge);
  const facilities = new Set<LexEntry>();
  const add = (name: string, entry: LexEntry): void => {
    // عبدالعزيز and عبد العزيز are the same name written two ways (مدينة الملك عبدالعزيز للعلوم
    // والتقنية, مدينة الملك عبد العزيز ...): a lexicon name is matched both ways.
    const spaced = name.replace(/عبد ?(?=ال)/g, (m) => (m === 'عبد' ? 'عبد ' : 'عبد'));
    if (spaced !== name) addForms(spaced, entry);
    addForms(name, entry);
  };
  const addForms = (name: string, entry: LexEntry): void => {
    const forms = nameForms(name);
    if (forms.length === 0) return;
    // A one-word place the corpora mostly use as a plain word (عالية "high", صور "pictures",
    // العين "the eye") is only a place where the context says so (02-check-context.ts).
    // A month name (آب "August" is also إب, Yemen) is just as ambiguous.
    if (
      forms.length === 1 &&
      (entry.source === 'place' || entry.source === 'location') &&
      (mostlyWord(stats, forms[0]) || MONTHS.has(forms[0]))
    ) {
      entry = { ...entry, ambiguous: true };
    }
    if (entry.facility) facilities.add(entry);
    trie.add(forms, entry);
  };

  const countryByKey = new Map(lex.countries.map((c) => [c.key, c]));
  // A country name that is also an ambiguous adjective (مالي "financial") needs a context too.
  const wordyNisbas = new Set<string>();
  for (const n of lex.nisbas) if (n.ambiguous) for (const f of [...n.masc, ...n.fem]) wordyNisbas.add(foldString(f));
  for (const c of lex.countries) {
    for (const n of c.namesAr) {
      const ambiguous = wordyNisbas.has(foldString(n)) || undefined;
      add(n, {
        type: 'COUNTRY',
        key: c.key,
        name: c.nameAr,
        nameEn: c.nameEn,
        via: 'name',
        source: 'country',
        rank: RANK.country,
        ambiguous,
      });
    }
  }
  for (const a of lex.aliases) {
    const c = countryByKey.get(a.key);
    add(a.alias, {
      type: 'COUNTRY',
      key: a.key,
      name: c?.nameAr ?? a.alias,
      nameEn: c?.nameEn ?? null,
      via: 'name',
      source: 'alias',
      rank: RANK.alias,
      context: a.context,
    });
  }
  for (const n of lex.nisbas) {
    const c = countryByKey.get(n.key);
    const forms: [string, boolean][] = [
      ...n.masc.map((f): [string, boolean] => [f, false]),
      ...n.fem.map((f): [string, boolean] => [f, false]),
      ...n.mascPl.map((f): [string, boolean] => [f, true]),
      ...n.femPl.map((f): [string, boolean] => [f, true]),
      ...duals(n.key, n.masc, n.fem).map((f): [string, boolean] => [f, false]),
    ];
    for (const [form, plural] of forms) {
      for (const v of nisbaVariants(form)) {
        add(v.text, {
          type: 'COUNTRY',
          key: n.key,
          name: c?.nameAr ?? form,
          nameEn: c?.nameEn ?? null,
          via: 'nisba',
          source: 'nisba',
          rank: RANK.nisba,
          plural,
          definite: v.definite,
          ambiguous: n.ambiguous,
        });
      }
    }
  }
  for (const r of lex.regions) {
    for (const n of r.namesAr) {
      add(n, {
        type: 'REGION',
        key: r.key,
        name: r.nameAr,
        nameEn: r.nameEn,
        via: 'name',
        source: 'region',
        rank: RANK.region,
        subtype: r.kind,
      });
    }
  }
  const placeCountry = new Map<string, string>();
  for (const p of lex.places) {
    placeCountry.set(p.key, p.country);
    const rank = p.source === 'hand' ? RANK.placeHand : RANK.placeGenerated;
    for (const n of p.namesAr) {
      add(n, {
        type: 'CITY',
        key: p.key,
        name: p.nameAr,
        nameEn: p.nameEn,
        via: 'name',
        source: 'place',
        rank,
        country: p.country,
        subtype: p.type,
      });
    }
  }
  // Harvested places come after every listed one: a name a hand lexicon has keeps its entry.
  for (const h of lex.harvested ?? []) {
    if (h.country) placeCountry.set(h.key, h.country);
    const city = h.type === 'city';
    for (const n of h.namesAr) {
      add(n, {
        type: city ? 'CITY' : 'LOCATION',
        key: h.key,
        name: h.nameAr,
        nameEn: null,
        via: 'name',
        source: city ? 'place' : 'location',
        rank: RANK.placeHarvested,
        country: h.country,
        subtype: h.type,
        ambiguous: h.ambiguous || undefined,
      });
    }
  }
  for (const l of lex.locations) {
    if (l.country) placeCountry.set(l.key, l.country);
    const facility = l.type === 'other' && FACILITY_HEADS.has(firstWord(foldString(l.nameAr)));
    for (const n of l.namesAr) {
      add(n, {
        type: 'LOCATION',
        key: l.key,
        name: l.nameAr,
        nameEn: l.nameEn,
        via: 'name',
        source: 'location',
        rank: RANK.location,
        country: l.country,
        subtype: l.type,
        facility: facility || undefined,
        // A port or airport named after its city keeps the city: ميناء جدة is the port and Jeddah.
        container: l.type === 'port' || undefined,
      });
    }
  }
  for (const o of lex.orgs) {
    // An exhibition or a summit the org lexicon lists is an event of the article (معرض أوساكا 2025),
    // and so is a named event of type event (عاصفة الحزم).
    const event = o.type === 'event' || EVENT_HEADS.has(firstWord(foldString(o.nameAr)));
    const base = {
      type: event ? ('EVENT' as const) : ('ORG' as const),
      key: o.key,
      name: o.nameAr,
      nameEn: o.nameEn,
      source: 'org' as const,
      rank: RANK.org,
      country: o.country,
      subtype: o.type,
      container: event || undefined,
    };
    for (const n of o.namesAr) add(n, { ...base, via: 'name' });
    for (const a of o.acronyms) {
      // A Latin acronym must be written as listed (JICA); an Arabic one (أوبك, جايكا) is matched folded.
      add(a, { ...base, via: 'acronym', exact: isLatin(a) && !a.includes(' ') ? a : undefined });
    }
    if (!o.namesAr.includes(o.nameEn) && isLatin(o.nameEn)) add(o.nameEn, { ...base, via: 'name' });
  }

  const cues = new NameTrie<string>();
  for (const c of lex.personCues) cues.add(nameForms(c.cue), c.kind);
  const givenNames = new Set(lex.givenNames.map((g) => foldString(g.name)));
  const wordyGivenNames = new Set([...givenNames].filter((g) => mostlyWord(stats, g)));
  return { trie, cues, givenNames, wordyGivenNames, facilities, placeCountry, knowledge, stats };
}

let shared: Gazetteer | undefined;

/** The gazetteer of the shipped lexicons: compiled at build time when it is up to date (compiled-gazetteer.ts), else built; once per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= loadCompiledGazetteer() ?? buildGazetteer();
  return shared;
}
