// The typed entries of the lexicons in data/lexicon (one interface per file; data/lexicon/README.md
// says where each file's entries come from). Arabic strings are as written in the files, not
// folded: the matcher folds them with src/text/normalize.

/** A country of ISO 3166-1 (countries.tsv). */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code, e.g. `JP`. */
  key: string;
  /** Canonical short Arabic name as news writes it (اليابان). */
  nameAr: string;
  nameEn: string;
  /** Every Arabic form, nameAr first (short, official, common, spelling variants). */
  namesAr: string[];
}

/** An informal or variant country name (country-aliases.tsv). */
export interface CountryAlias {
  key: string;
  alias: string;
  /** Undefined = always; an ISO code = only in that country's press (المملكة → SA in Saudi press). */
  context?: string;
  note: string;
}

/** The nisba adjectives of a country, without ال (nisba.tsv). */
export interface NisbaEntry {
  key: string;
  masc: string[];
  fem: string[];
  mascPl: string[];
  femPl: string[];
  /** The adjective is also a common word or names a people without a state (تركي, كردي...). */
  ambiguous: boolean;
  note: string;
}

export type RegionKind = 'continent' | 'region' | 'bloc';

/** A continent, world region or named bloc of countries (regions.tsv). */
export interface RegionEntry {
  key: string;
  nameAr: string;
  nameEn: string;
  /** Every Arabic form, nameAr first. */
  namesAr: string[];
  kind: RegionKind;
  /** Adjective forms without ال (أوروبي|أوروبية); empty when Arabic has none. */
  nisba: string[];
}

export type PlaceType = 'city' | 'province' | 'region' | 'district' | 'town';

/** A city, province or other sub-national place (places.tsv and places-generated.tsv). */
export interface PlaceEntry {
  /** `<cc>-<english-slug>`, e.g. `uz-samarkand`. */
  key: string;
  nameAr: string;
  nameEn: string;
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  country: string;
  type: PlaceType;
  /** Every Arabic form, nameAr first. */
  namesAr: string[];
  /** A national capital. */
  capital: boolean;
  /** Which file the entry came from: the hand-curated one wins on a shared key. */
  source: 'hand' | 'generated';
}

/**
 * A place learned from unlabeled news through the words that announce it
 * (places-harvested.tsv, written by src/scripts/harvest-places.ts).
 */
export interface HarvestedPlaceEntry {
  /** `h-<folded name>`. */
  key: string;
  nameAr: string;
  /** city, or the kind of feature the cue announced (field, port, island, river, lake, valley, camp, crossing, base, stadium). */
  type: 'city' | 'field' | 'port' | 'island' | 'river' | 'lake' | 'valley' | 'camp' | 'crossing' | 'base' | 'stadium';
  /** ISO code of the country named around it, when the evidence agrees. */
  country?: string;
  /** Every Arabic form, nameAr first. */
  namesAr: string[];
  /** The name is mostly used for something else: it needs a cue or a place beside it. */
  ambiguous: boolean;
  /** Articles it was seen in after a cue. */
  articles: number;
}

export type LocationType =
  | 'river'
  | 'sea'
  | 'ocean'
  | 'gulf'
  | 'lake'
  | 'canal'
  | 'strait'
  | 'mountain'
  | 'desert'
  | 'island'
  | 'peninsula'
  | 'valley'
  | 'field'
  | 'port'
  | 'zone'
  | 'dam'
  | 'other';

/** A named place that is not a settlement: river, sea, strait, oil field, port, economic zone (locations.tsv). */
export interface LocationEntry {
  key: string;
  nameAr: string;
  nameEn: string;
  type: LocationType;
  /** ISO code where the place lies in one country; undefined for shared or international ones. */
  country?: string;
  /** Every Arabic form, nameAr first. */
  namesAr: string[];
}

export type OrgType =
  | 'intl'
  | 'bank'
  | 'fund'
  | 'agency'
  | 'company'
  | 'ministry'
  | 'media'
  | 'university'
  | 'institute'
  | 'party'
  | 'club'
  /** A named event no event cue heads (عاصفة الحزم, الربيع العربي): read as an EVENT. */
  | 'event'
  | 'other';

/** An organisation (orgs.tsv). */
export interface OrgEntry {
  key: string;
  nameAr: string;
  nameEn: string;
  /** Latin and Arabic acronyms and short names (JICA, جايكا). */
  acronyms: string[];
  /** Every Arabic form, nameAr first. */
  namesAr: string[];
  /** ISO code of the home country; undefined for international bodies. */
  country?: string;
  type: OrgType;
}

export type PersonCueKind = 'title' | 'role' | 'honorific';

/** A word or phrase that announces a person's name (person-cues.tsv). */
export interface PersonCue {
  cue: string;
  kind: PersonCueKind;
  note: string;
}

/** A given name as Arabic news writes it (given-names.tsv). */
export interface GivenName {
  name: string;
  gender: 'm' | 'f' | 'u';
  origin: 'arabic' | 'foreign';
}
