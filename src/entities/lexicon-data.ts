// The lexicons the entity matchers are built from, loaded through src/lexicon. A lexicon file
// that does not exist (yet) counts as empty, so the stage runs with what is shipped; a file
// that exists but is malformed still throws, naming the file and line.
import {
  loadCountries,
  loadCountryAliases,
  loadGivenNames,
  loadLocations,
  loadNisbas,
  loadOrgs,
  loadPersonCues,
  loadGeneratedPlaces,
  loadHandPlaces,
  loadHarvestedPlaces,
  loadPlaces,
  loadRegions,
  type CountryAlias,
  type CountryEntry,
  type GivenName,
  type HarvestedPlaceEntry,
  type LocationEntry,
  type NisbaEntry,
  type OrgEntry,
  type PersonCue,
  type PlaceEntry,
  type RegionEntry,
} from '../lexicon/index.js';

export interface EntityLexicons {
  countries: CountryEntry[];
  aliases: CountryAlias[];
  nisbas: NisbaEntry[];
  regions: RegionEntry[];
  places: PlaceEntry[];
  /** Places learned from unlabeled news (places-harvested.tsv); optional for hand-built test lexicons. */
  harvested?: HarvestedPlaceEntry[];
  locations: LocationEntry[];
  orgs: OrgEntry[];
  personCues: PersonCue[];
  givenNames: GivenName[];
}

function orEmpty<T>(load: () => T[]): T[] {
  try {
    return load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return [];
    throw error;
  }
}

/** places.tsv and places-generated.tsv merged, or whichever of the two exists. */
function loadAnyPlaces(): PlaceEntry[] {
  const merged = orEmpty(loadPlaces);
  if (merged.length > 0) return merged;
  const hand = orEmpty(loadHandPlaces);
  const keys = new Set(hand.map((p) => p.key));
  return [...hand, ...orEmpty(loadGeneratedPlaces).filter((p) => !keys.has(p.key))];
}

/** The shipped lexicons of data/lexicon (missing files as empty lists). */
export function loadEntityLexicons(): EntityLexicons {
  return {
    countries: orEmpty(loadCountries),
    aliases: orEmpty(loadCountryAliases),
    nisbas: orEmpty(loadNisbas),
    regions: orEmpty(loadRegions),
    places: loadAnyPlaces(),
    harvested: orEmpty(loadHarvestedPlaces),
    locations: orEmpty(loadLocations),
    orgs: orEmpty(loadOrgs),
    personCues: orEmpty(loadPersonCues),
    givenNames: orEmpty(loadGivenNames),
  };
}
