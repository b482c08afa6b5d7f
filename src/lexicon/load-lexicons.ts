// Typed loaders for the lexicons of data/lexicon, each read once and cached. The data folder is
// found from this module's own URL, so the same code works from src/ (vitest) and dist/ (node).
// Loaders check what the types promise (allowed values, unique keys) and throw a TsvError that
// names the file and line; coverage and quality checks live in tests/lexicon.
import { readTsv, splitList, TsvError, type TsvRecord, type TsvTable } from './read-tsv.js';
import type {
  CountryAlias,
  CountryEntry,
  GivenName,
  HarvestedPlaceEntry,
  LocationEntry,
  LocationType,
  NisbaEntry,
  OrgEntry,
  OrgType,
  PersonCue,
  PersonCueKind,
  PlaceEntry,
  PlaceType,
  RegionEntry,
  RegionKind,
} from './types.js';

/** The folder holding the lexicon files (data/lexicon/ of the project). */
export const LEXICON_DIR: URL = new URL('../../data/lexicon/', import.meta.url);

/** The file names of the lexicons, relative to LEXICON_DIR. */
export const LEXICON_FILES = {
  countries: 'countries.tsv',
  countryAliases: 'country-aliases.tsv',
  nisba: 'nisba.tsv',
  regions: 'regions.tsv',
  places: 'places.tsv',
  placesGenerated: 'places-generated.tsv',
  placesHarvested: 'places-harvested.tsv',
  locations: 'locations.tsv',
  orgs: 'orgs.tsv',
  personCues: 'person-cues.tsv',
  givenNames: 'given-names.tsv',
} as const;

const PLACE_TYPES: readonly PlaceType[] = ['city', 'province', 'region', 'district', 'town'];
const REGION_KINDS: readonly RegionKind[] = ['continent', 'region', 'bloc'];
const LOCATION_TYPES: readonly LocationType[] = [
  'river',
  'sea',
  'ocean',
  'gulf',
  'lake',
  'canal',
  'strait',
  'mountain',
  'desert',
  'island',
  'peninsula',
  'valley',
  'field',
  'port',
  'zone',
  'dam',
  'other',
];
const ORG_TYPES: readonly OrgType[] = [
  'intl',
  'bank',
  'fund',
  'agency',
  'company',
  'ministry',
  'media',
  'university',
  'institute',
  'party',
  'other',
];
const CUE_KINDS: readonly PersonCueKind[] = ['title', 'role', 'honorific'];
const GENDERS: readonly GivenName['gender'][] = ['m', 'f', 'u'];
const ORIGINS: readonly GivenName['origin'][] = ['arabic', 'foreign'];

const cache = new Map<string, unknown>();

function cached<T>(name: string, dir: URL, build: () => T): T {
  const id = `${dir.href}#${name}`;
  if (!cache.has(id)) cache.set(id, build());
  return cache.get(id) as T;
}

function table(dir: URL, file: string, required: readonly string[]): TsvTable {
  return readTsv(new URL(file, dir), required);
}

function oneOf<T extends string>(t: TsvTable, line: number, column: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new TsvError(t.file, line, `${column} "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function need(t: TsvTable, line: number, r: TsvRecord, column: string): string {
  const v = r[column];
  if (v === '') throw new TsvError(t.file, line, `empty ${column}`);
  return v;
}

function optional(v: string): string | undefined {
  return v === '' ? undefined : v;
}

/** The canonical name first, then the listed variants, without repeats. */
function names(canonical: string, listed: string): string[] {
  return [...new Set([canonical, ...splitList(listed)])];
}

function uniqueKeys<T>(t: TsvTable, rows: { line: number; entry: T }[], keyOf: (e: T) => string): T[] {
  const seen = new Map<string, number>();
  for (const { line, entry } of rows) {
    const key = keyOf(entry);
    const first = seen.get(key);
    if (first !== undefined) throw new TsvError(t.file, line, `duplicate key "${key}" (first on line ${first})`);
    seen.set(key, line);
  }
  return rows.map((r) => r.entry);
}

/** Every ISO 3166-1 country with its Arabic names (countries.tsv). */
export function loadCountries(dir: URL = LEXICON_DIR): CountryEntry[] {
  return cached('countries', dir, () => {
    const t = table(dir, LEXICON_FILES.countries, ['key', 'name_ar', 'name_en', 'names_ar']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: {
        key: need(t, line, r, 'key'),
        nameAr: need(t, line, r, 'name_ar'),
        nameEn: need(t, line, r, 'name_en'),
        namesAr: names(r.name_ar, r.names_ar),
      },
    }));
    return uniqueKeys(t, rows, (e) => e.key);
  });
}

/** Informal and variant country names, some valid only in one country's press (country-aliases.tsv). */
export function loadCountryAliases(dir: URL = LEXICON_DIR): CountryAlias[] {
  return cached('countryAliases', dir, () => {
    const t = table(dir, LEXICON_FILES.countryAliases, ['key', 'alias', 'context', 'note']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: {
        key: need(t, line, r, 'key'),
        alias: need(t, line, r, 'alias'),
        context: optional(r.context),
        note: r.note,
      },
    }));
    return uniqueKeys(t, rows, (e) => `${e.key}\t${e.alias}\t${e.context ?? ''}`);
  });
}

/** Nisba adjectives of countries, without ال (nisba.tsv). */
export function loadNisbas(dir: URL = LEXICON_DIR): NisbaEntry[] {
  return cached('nisba', dir, () => {
    const t = table(dir, LEXICON_FILES.nisba, ['key', 'masc', 'fem', 'masc_pl', 'fem_pl', 'ambiguous', 'note']);
    const rows = t.rows.map(({ line, record: r }) => {
      const ambiguous = r.ambiguous;
      if (ambiguous !== '' && ambiguous !== 'yes') throw new TsvError(t.file, line, `ambiguous must be "yes" or empty`);
      return {
        line,
        entry: {
          key: need(t, line, r, 'key'),
          masc: splitList(need(t, line, r, 'masc')),
          fem: splitList(need(t, line, r, 'fem')),
          mascPl: splitList(r.masc_pl),
          femPl: splitList(r.fem_pl),
          ambiguous: ambiguous === 'yes',
          note: r.note,
        },
      };
    });
    return uniqueKeys(t, rows, (e) => e.key);
  });
}

/** Continents, world regions and blocs (regions.tsv). */
export function loadRegions(dir: URL = LEXICON_DIR): RegionEntry[] {
  return cached('regions', dir, () => {
    const t = table(dir, LEXICON_FILES.regions, ['key', 'name_ar', 'name_en', 'names_ar', 'kind', 'nisba']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: {
        key: need(t, line, r, 'key'),
        nameAr: need(t, line, r, 'name_ar'),
        nameEn: need(t, line, r, 'name_en'),
        namesAr: names(r.name_ar, r.names_ar),
        kind: oneOf(t, line, 'kind', r.kind, REGION_KINDS),
        nisba: splitList(r.nisba),
      },
    }));
    return uniqueKeys(t, rows, (e) => e.key);
  });
}

function readPlaces(dir: URL, file: string, source: PlaceEntry['source']): PlaceEntry[] {
  const t = table(dir, file, ['key', 'name_ar', 'name_en', 'country', 'type', 'names_ar', 'capital']);
  const rows = t.rows.map(({ line, record: r }) => {
    if (r.capital !== '' && r.capital !== 'yes') throw new TsvError(t.file, line, `capital must be "yes" or empty`);
    return {
      line,
      entry: {
        key: need(t, line, r, 'key'),
        nameAr: need(t, line, r, 'name_ar'),
        nameEn: need(t, line, r, 'name_en'),
        country: need(t, line, r, 'country'),
        type: oneOf(t, line, 'type', r.type, PLACE_TYPES),
        namesAr: names(r.name_ar, r.names_ar),
        capital: r.capital === 'yes',
        source,
      },
    };
  });
  return uniqueKeys(t, rows, (e) => e.key);
}

/** Hand-curated places only (places.tsv). */
export function loadHandPlaces(dir: URL = LEXICON_DIR): PlaceEntry[] {
  return cached('placesHand', dir, () => readPlaces(dir, LEXICON_FILES.places, 'hand'));
}

/** Places generated from CLDR exemplar cities (places-generated.tsv). */
export function loadGeneratedPlaces(dir: URL = LEXICON_DIR): PlaceEntry[] {
  return cached('placesGenerated', dir, () => readPlaces(dir, LEXICON_FILES.placesGenerated, 'generated'));
}

/** Cities, provinces and regions: the hand-curated file, then generated entries whose key it lacks. */
export function loadPlaces(dir: URL = LEXICON_DIR): PlaceEntry[] {
  return cached('places', dir, () => {
    const hand = loadHandPlaces(dir);
    const keys = new Set(hand.map((p) => p.key));
    return [...hand, ...loadGeneratedPlaces(dir).filter((p) => !keys.has(p.key))];
  });
}

const HARVESTED_TYPES: readonly HarvestedPlaceEntry['type'][] = ['city', 'field', 'port', 'island', 'river', 'lake', 'valley'];

/** Places learned from unlabeled news (places-harvested.tsv, generated by src/scripts/harvest-places.ts). */
export function loadHarvestedPlaces(dir: URL = LEXICON_DIR): HarvestedPlaceEntry[] {
  return cached('placesHarvested', dir, () => {
    const t = table(dir, LEXICON_FILES.placesHarvested, ['key', 'name_ar', 'type', 'country', 'names_ar', 'ambiguous', 'articles']);
    const rows = t.rows.map(({ line, record: r }) => {
      if (r.ambiguous !== '' && r.ambiguous !== 'yes') throw new TsvError(t.file, line, `ambiguous must be "yes" or empty`);
      return {
        line,
        entry: {
          key: need(t, line, r, 'key'),
          nameAr: need(t, line, r, 'name_ar'),
          type: oneOf(t, line, 'type', r.type, HARVESTED_TYPES),
          country: optional(r.country),
          namesAr: names(r.name_ar, r.names_ar),
          ambiguous: r.ambiguous === 'yes',
          articles: Number(need(t, line, r, 'articles')),
        },
      };
    });
    return uniqueKeys(t, rows, (e) => e.key);
  });
}

/** Rivers, seas, straits, fields, ports and other named non-settlements (locations.tsv). */
export function loadLocations(dir: URL = LEXICON_DIR): LocationEntry[] {
  return cached('locations', dir, () => {
    const t = table(dir, LEXICON_FILES.locations, ['key', 'name_ar', 'name_en', 'type', 'country', 'names_ar']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: {
        key: need(t, line, r, 'key'),
        nameAr: need(t, line, r, 'name_ar'),
        nameEn: need(t, line, r, 'name_en'),
        type: oneOf(t, line, 'type', r.type, LOCATION_TYPES),
        country: optional(r.country),
        namesAr: names(r.name_ar, r.names_ar),
      },
    }));
    return uniqueKeys(t, rows, (e) => e.key);
  });
}

/** Organisations with their acronyms (orgs.tsv). */
export function loadOrgs(dir: URL = LEXICON_DIR): OrgEntry[] {
  return cached('orgs', dir, () => {
    const t = table(dir, LEXICON_FILES.orgs, ['key', 'name_ar', 'name_en', 'acronyms', 'names_ar', 'country', 'type']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: {
        key: need(t, line, r, 'key'),
        nameAr: need(t, line, r, 'name_ar'),
        nameEn: need(t, line, r, 'name_en'),
        acronyms: splitList(r.acronyms),
        namesAr: names(r.name_ar, r.names_ar),
        country: optional(r.country),
        type: oneOf(t, line, 'type', r.type, ORG_TYPES),
      },
    }));
    return uniqueKeys(t, rows, (e) => e.key);
  });
}

/** Titles, roles and honorifics that announce a person's name (person-cues.tsv). */
export function loadPersonCues(dir: URL = LEXICON_DIR): PersonCue[] {
  return cached('personCues', dir, () => {
    const t = table(dir, LEXICON_FILES.personCues, ['cue', 'kind', 'note']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: { cue: need(t, line, r, 'cue'), kind: oneOf(t, line, 'kind', r.kind, CUE_KINDS), note: r.note },
    }));
    return uniqueKeys(t, rows, (e) => e.cue);
  });
}

/** Common Arabic given names and foreign ones as Arabic news writes them (given-names.tsv). */
export function loadGivenNames(dir: URL = LEXICON_DIR): GivenName[] {
  return cached('givenNames', dir, () => {
    const t = table(dir, LEXICON_FILES.givenNames, ['name', 'gender', 'origin']);
    const rows = t.rows.map(({ line, record: r }) => ({
      line,
      entry: {
        name: need(t, line, r, 'name'),
        gender: oneOf(t, line, 'gender', r.gender, GENDERS),
        origin: oneOf(t, line, 'origin', r.origin, ORIGINS),
      },
    }));
    return uniqueKeys(t, rows, (e) => e.name);
  });
}
