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
  'club',
  'event',
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

/** One row of a lexicon table as its loader reads it; each check throws a TsvError naming the file and line. */
class Row {
  constructor(
    readonly t: TsvTable,
    readonly line: number,
    readonly r: TsvRecord,
  ) {}
  /** A column that must not be empty. */
  need(column: string): string {
    const v = this.r[column];
    if (v === '') this.fail(`empty ${column}`);
    return v;
  }
  /** An empty column as undefined. */
  optional(column: string): string | undefined {
    const v = this.r[column];
    return v === '' ? undefined : v;
  }
  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.r[column];
    if (!(allowed as readonly string[]).includes(value)) this.fail(`${column} "${value}" is not one of ${allowed.join(', ')}`);
    return value as T;
  }
  /** "yes" as true, empty as false, anything else an error. */
  yes(column: string): boolean {
    const v = this.r[column];
    if (v !== '' && v !== 'yes') this.fail(`${column} must be "yes" or empty`);
    return v === 'yes';
  }
  list(column: string): string[] {
    return splitList(this.r[column]);
  }
  /** The canonical name (name_ar) first, then the listed variants (names_ar), without repeats. */
  names(): string[] {
    return [...new Set([this.r.name_ar, ...splitList(this.r.names_ar)])];
  }
  /** What most lexicons start with: key, Arabic and English names, every Arabic name. */
  named(): { key: string; nameAr: string; nameEn: string; namesAr: string[] } {
    return { key: this.need('key'), nameAr: this.need('name_ar'), nameEn: this.need('name_en'), namesAr: this.names() };
  }
  fail(message: string): never {
    throw new TsvError(this.t.file, this.line, message);
  }
}

/** A lexicon file read row by row into entries whose keys must be unique. */
function keyed<T>(dir: URL, file: string, required: readonly string[], entry: (row: Row) => T, keyOf: (e: T) => string): T[] {
  const t = readTsv(new URL(file, dir), required);
  const seen = new Map<string, number>();
  return t.rows.map(({ line, record }) => {
    const e = entry(new Row(t, line, record));
    const key = keyOf(e);
    const first = seen.get(key);
    if (first !== undefined) throw new TsvError(t.file, line, `duplicate key "${key}" (first on line ${first})`);
    seen.set(key, line);
    return e;
  });
}

const byKey = (e: { key: string }): string => e.key;

/** Every ISO 3166-1 country with its Arabic names (countries.tsv). */
export function loadCountries(dir: URL = LEXICON_DIR): CountryEntry[] {
  return cached('countries', dir, () =>
    keyed(dir, LEXICON_FILES.countries, ['key', 'name_ar', 'name_en', 'names_ar'], (row) => row.named(), byKey),
  );
}

/** Informal and variant country names, some valid only in one country's press (country-aliases.tsv). */
export function loadCountryAliases(dir: URL = LEXICON_DIR): CountryAlias[] {
  return cached('countryAliases', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.countryAliases,
      ['key', 'alias', 'context', 'note'],
      (row) => ({ key: row.need('key'), alias: row.need('alias'), context: row.optional('context'), note: row.r.note }),
      (e) => `${e.key}\t${e.alias}\t${e.context ?? ''}`,
    ),
  );
}

/** Nisba adjectives of countries, without ال (nisba.tsv). */
export function loadNisbas(dir: URL = LEXICON_DIR): NisbaEntry[] {
  return cached('nisba', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.nisba,
      ['key', 'masc', 'fem', 'masc_pl', 'fem_pl', 'ambiguous', 'note'],
      (row) => {
        const ambiguous = row.yes('ambiguous');
        return {
          key: row.need('key'),
          masc: splitList(row.need('masc')),
          fem: splitList(row.need('fem')),
          mascPl: row.list('masc_pl'),
          femPl: row.list('fem_pl'),
          ambiguous,
          note: row.r.note,
        };
      },
      byKey,
    ),
  );
}

/** Continents, world regions and blocs (regions.tsv). */
export function loadRegions(dir: URL = LEXICON_DIR): RegionEntry[] {
  return cached('regions', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.regions,
      ['key', 'name_ar', 'name_en', 'names_ar', 'kind', 'nisba'],
      (row) => ({ ...row.named(), kind: row.oneOf('kind', REGION_KINDS), nisba: row.list('nisba') }),
      byKey,
    ),
  );
}

function readPlaces(dir: URL, file: string, source: PlaceEntry['source']): PlaceEntry[] {
  return keyed(
    dir,
    file,
    ['key', 'name_ar', 'name_en', 'country', 'type', 'names_ar', 'capital'],
    (row) => {
      const capital = row.yes('capital');
      return { ...row.named(), country: row.need('country'), type: row.oneOf('type', PLACE_TYPES), capital, source };
    },
    byKey,
  );
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

const HARVESTED_TYPES: readonly HarvestedPlaceEntry['type'][] = [
  'city',
  'field',
  'port',
  'island',
  'river',
  'lake',
  'valley',
  'camp',
  'crossing',
  'base',
  'stadium',
];

/** Places learned from unlabeled news (places-harvested.tsv, generated by src/scripts/harvest-places.ts). */
export function loadHarvestedPlaces(dir: URL = LEXICON_DIR): HarvestedPlaceEntry[] {
  return cached('placesHarvested', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.placesHarvested,
      ['key', 'name_ar', 'type', 'country', 'names_ar', 'ambiguous', 'articles'],
      (row) => {
        const ambiguous = row.yes('ambiguous');
        return {
          key: row.need('key'),
          nameAr: row.need('name_ar'),
          type: row.oneOf('type', HARVESTED_TYPES),
          country: row.optional('country'),
          namesAr: row.names(),
          ambiguous,
          articles: Number(row.need('articles')),
        };
      },
      byKey,
    ),
  );
}

/** Rivers, seas, straits, fields, ports and other named non-settlements (locations.tsv). */
export function loadLocations(dir: URL = LEXICON_DIR): LocationEntry[] {
  return cached('locations', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.locations,
      ['key', 'name_ar', 'name_en', 'type', 'country', 'names_ar'],
      (row) => ({ ...row.named(), type: row.oneOf('type', LOCATION_TYPES), country: row.optional('country') }),
      byKey,
    ),
  );
}

/** Organisations with their acronyms (orgs.tsv). */
export function loadOrgs(dir: URL = LEXICON_DIR): OrgEntry[] {
  return cached('orgs', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.orgs,
      ['key', 'name_ar', 'name_en', 'acronyms', 'names_ar', 'country', 'type'],
      (row) => ({
        ...row.named(),
        acronyms: row.list('acronyms'),
        country: row.optional('country'),
        type: row.oneOf('type', ORG_TYPES),
      }),
      byKey,
    ),
  );
}

/** Titles, roles and honorifics that announce a person's name (person-cues.tsv). */
export function loadPersonCues(dir: URL = LEXICON_DIR): PersonCue[] {
  return cached('personCues', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.personCues,
      ['cue', 'kind', 'note'],
      (row) => ({ cue: row.need('cue'), kind: row.oneOf('kind', CUE_KINDS), note: row.r.note }),
      (e) => e.cue,
    ),
  );
}

/** Common Arabic given names and foreign ones as Arabic news writes them (given-names.tsv). */
export function loadGivenNames(dir: URL = LEXICON_DIR): GivenName[] {
  return cached('givenNames', dir, () =>
    keyed(
      dir,
      LEXICON_FILES.givenNames,
      ['name', 'gender', 'origin'],
      (row) => ({ name: row.need('name'), gender: row.oneOf('gender', GENDERS), origin: row.oneOf('origin', ORIGINS) }),
      (e) => e.name,
    ),
  );
}
