// Lexicon membership for the tagger: the names of data/lexicon (countries, nisbas, regions,
// places, locations, organisations, person cues, given names) as sequences of word stems, and a
// matcher that marks which tokens of a sentence fall inside one. The gazetteer a model was
// trained with is stored in the model, so a model tags the same way whatever the lexicons
// become later; retraining picks up a fuller lexicon.
import {
  loadCountries,
  loadCountryAliases,
  loadGivenNames,
  loadLocations,
  loadNisbas,
  loadOrgs,
  loadPersonCues,
  loadPlaces,
  loadRegions,
} from '../lexicon/index.js';
import { LEXICON_DIR } from '../lexicon/load-lexicons.js';
import { readTsv } from '../lexicon/read-tsv.js';
import { wordValues } from '../lexicon/word-lists.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';

/** Gazetteer type → names, each a space-joined sequence of word stems. */
export type GazetteerData = Record<string, string[]>;

export interface GazetteerMatch {
  type: number;
  start: number;
  end: number;
}

/** A name of the gazetteer: its type's index (into Gazetteer.types) and its stems. */
export interface GazetteerName {
  type: number;
  stems: string[];
}

/**
 * The names that start with one stem, in the order `match` tries them (`names`), indexed for
 * matching at a token: those of one word (which match wherever the stem is), and those of
 * several words by their second stem (only those can match before the next token), as indexes
 * into `names`, ascending.
 */
export interface NamesFrom {
  names: readonly GazetteerName[];
  single: readonly number[];
  /** The gazetteer types of the names of `single`, in the same order. */
  singleTypes: readonly number[];
  bySecond: ReadonlyMap<string, readonly number[]>;
}

const NO_SECONDS: ReadonlyMap<string, readonly number[]> = new Map();

/** The stems of a name's words (punctuation dropped), as the tokenizer gives them. */
export function nameStems(name: string, knowledge: WordKnowledge = defaultWordKnowledge()): string[] {
  return tokenize(name, 0, name.length, knowledge)
    .filter((t) => t.kind !== 'punct' && t.kind !== 'symbol')
    .map((t) => t.stem);
}

/** A name as the gazetteer keeps it: its stems joined by spaces, or null when it has none or more than 8. */
function nameKey(name: string, knowledge: WordKnowledge): string | null {
  const stems = nameStems(name, knowledge);
  return stems.length > 0 && stems.length <= 8 ? stems.join(' ') : null;
}

/** Reads every lexicon that exists; a missing or broken file is reported to `warn` and skipped. */
export function gazetteerFromLexicons(warn: (message: string) => void = () => {}): GazetteerData {
  const lists = new Map<string, Set<string>>();
  const knowledge = defaultWordKnowledge();
  const add = (type: string, names: Iterable<string>): void => {
    let set = lists.get(type);
    if (!set) lists.set(type, (set = new Set()));
    for (const name of names) {
      const key = nameKey(name, knowledge);
      if (key !== null) set.add(key);
    }
  };
  const tryLoad = (what: string, load: () => void): void => {
    try {
      load();
    } catch (error) {
      warn(`gazetteer: ${what} skipped (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  tryLoad('countries', () =>
    add(
      'country',
      loadCountries().flatMap((c) => c.namesAr),
    ),
  );
  tryLoad('country aliases', () =>
    add(
      'country',
      loadCountryAliases().map((a) => a.alias),
    ),
  );
  tryLoad('nisbas', () =>
    add(
      'nisba',
      loadNisbas().flatMap((n) => [...n.masc, ...n.fem, ...n.mascPl, ...n.femPl]),
    ),
  );
  tryLoad('regions', () => {
    const regions = loadRegions();
    add(
      'region',
      regions.flatMap((r) => r.namesAr),
    );
    add(
      'nisba',
      regions.flatMap((r) => r.nisba),
    );
  });
  tryLoad('places', () =>
    add(
      'place',
      loadPlaces().flatMap((p) => p.namesAr),
    ),
  );
  tryLoad('locations', () =>
    add(
      'location',
      loadLocations().flatMap((l) => l.namesAr),
    ),
  );
  tryLoad('organisations', () => {
    const orgs = loadOrgs();
    add(
      'org',
      orgs.flatMap((o) => o.namesAr),
    );
    add(
      'org-acronym',
      orgs.flatMap((o) => o.acronyms),
    );
  });
  tryLoad('person cues', () => {
    for (const c of loadPersonCues()) add(`cue-${c.kind}`, [c.cue]);
  });
  tryLoad('given names', () => {
    const names = loadGivenNames();
    add(
      'given',
      names.filter((n) => n.origin === 'arabic').map((n) => n.name),
    );
    add(
      'given-foreign',
      names.filter((n) => n.origin === 'foreign').map((n) => n.name),
    );
  });
  const data: GazetteerData = {};
  for (const type of [...lists.keys()].sort()) data[type] = [...lists.get(type)!].sort();
  return data;
}

/**
 * The name words of data/models/harvested-names.tsv (npm run harvest:names): one stem a row,
 * typed PERS or ORG, as the gazetteer types `harvest-pers` and `harvest-org`. Read at training
 * time; the names a model is trained with are stored in the model.
 */
export function gazetteerFromHarvest(path: string | URL): GazetteerData {
  return typedNames(path, 'harvest', ['org', 'pers']);
}

/**
 * A TSV of names with their type in the second column (after # comments and a header row) as
 * the gazetteer types `<prefix>-<type>` (lower case), each sorted; rows of another type are skipped.
 */
function typedNames(path: string | URL, prefix: string, types: readonly string[]): GazetteerData {
  const data: GazetteerData = {};
  for (const t of types) data[`${prefix}-${t}`] = [];
  for (const [name, type] of tsvRows(path)) data[`${prefix}-${type?.toLowerCase()}`]?.push(name);
  for (const list of Object.values(data)) list.sort();
  return data;
}

/** The rows of a TSV file split into columns, after its # comments and its header row. */
function tsvRows(path: string | URL): string[][] {
  const rows: string[][] = [];
  let header = true;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (header) header = false;
    else rows.push(line.split('\t'));
  }
  return rows;
}

/**
 * The names of data/models/tagged-names.tsv (npm run harvest:tagged): stem sequences the tagger
 * tagged consistently in the unlabeled news, as the gazetteer types `tagged-pers`, `tagged-loc`
 * and `tagged-org`. Read at training time; the names a model is trained with are stored in it.
 */
export function gazetteerFromTagged(path: string | URL): GazetteerData {
  return typedNames(path, 'tagged', ['loc', 'org', 'pers']);
}

/**
 * The names of a file written by npm run harvest:rules (src/scripts/harvest-rule-names.ts): stem
 * sequences the entity stage's rules found in the unlabeled news, as the gazetteer types
 * `rules-pers`, `rules-loc` and `rules-org`. Read at training time; stored in the model.
 */
export function gazetteerFromRules(path: string | URL): GazetteerData {
  return typedNames(path, 'rules', ['loc', 'org', 'pers']);
}

/**
 * The words of sports news of data/models/sport-words.tsv (npm run train:topic-words): one stem a
 * row, as the gazetteer type `topic-sport` (features.ts TOPIC_TYPE), which gives the topic features
 * and no lexicon features of its own. Read at training time; stored in the model.
 */
export function gazetteerFromTopic(path: string | URL): GazetteerData {
  const words = tsvRows(path).map((row) => row[0]);
  return { 'topic-sport': [...new Set(words)].sort() };
}

/**
 * Organisation head nouns as the gazetteer type `chain-head` (features.ts CHAIN_TYPE), which gives
 * the head-chain features and no lexicon features of its own: the org cues and the organisation
 * heads of eponyms of cue-words.tsv, and the heads of harvest-org-heads.tsv (شركة، وكالة، جامعة،
 * نادي), as stems. Read at training time (train:ner --head-chains); stored in the model.
 */
export function gazetteerFromHeads(): GazetteerData {
  const knowledge = defaultWordKnowledge();
  const forms = [
    ...wordValues('org_cue').keys(),
    ...[...wordValues('eponym_body')].filter(([, type]) => type === 'ORG').map(([w]) => w),
    ...readTsv(new URL('harvest-org-heads.tsv', LEXICON_DIR), ['form']).rows.map(({ record }) => record.form),
  ];
  const stems = new Set<string>();
  for (const form of forms) {
    const key = nameKey(form, knowledge);
    if (key !== null && !key.includes(' ')) stems.add(key);
  }
  return { 'chain-head': [...stems].sort() };
}

const ANERGAZET_FILES: [file: string, type: string][] = [
  ['AlignedLocGazetteer.txt', 'anergazet-loc'],
  ['AlignedOrgGazetteer.txt', 'anergazet-org'],
  ['AlignedPersGazetteer.txt', 'anergazet-pers'],
];

/**
 * ANERgazet (Benajiba et al. 2007), the gazetteers published with ANERcorp: one name a line
 * (hamza-less spelling, which the stems fold to anyway), '====' and '-' lines separate groups.
 * Read at training time from `dir` (../shared/gazetteers/anergazet); the names a model is
 * trained with are stored in the model.
 */
export function gazetteerFromAnergazet(dir: string): GazetteerData {
  const knowledge = defaultWordKnowledge();
  const data: GazetteerData = {};
  for (const [file, type] of ANERGAZET_FILES) {
    const names = new Set<string>();
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const name = line.trim();
      const key = name === '' || /^[=-]+$/.test(name) ? null : nameKey(name, knowledge);
      if (key !== null) names.add(key);
    }
    data[type] = [...names].sort();
  }
  return data;
}

/** The names of a gazetteer indexed by their first stem, for matching. */
export class Gazetteer {
  readonly types: string[];
  private readonly byFirst = new Map<string, GazetteerName[]>();
  /** namesFrom's answers, made when a stem is first asked for. */
  private readonly indexed = new Map<string, NamesFrom>();
  /** The second stems of the names of several words. */
  private readonly seconds = new Set<string>();

  constructor(readonly data: GazetteerData) {
    this.types = Object.keys(data).sort();
    this.types.forEach((type, t) => {
      for (const name of data[type]) {
        const stems = name.split(' ');
        let list = this.byFirst.get(stems[0]);
        if (!list) this.byFirst.set(stems[0], (list = []));
        list.push({ type: t, stems });
        if (stems.length > 1) this.seconds.add(stems[1]);
      }
    });
  }

  /** Whether some name of several words has `stem` as its second stem (else no NamesFrom.bySecond holds it). */
  isSecond(stem: string): boolean {
    return this.seconds.has(stem);
  }

  /** Whether the one-word name `stem` is listed under `type`. */
  isName(type: string, stem: string): boolean {
    const t = this.types.indexOf(type);
    return t >= 0 && (this.byFirst.get(stem)?.some((n) => n.type === t && n.stems.length === 1) ?? false);
  }

  /** Whether some name starts with `stem` (so a token can be checked once per word type). */
  starts(stem: string): boolean {
    return this.byFirst.has(stem);
  }

  /** The names that start with `stem`, indexed (NamesFrom), or null (looked up once per word type by the tagger's features). */
  namesFrom(stem: string): NamesFrom | null {
    const names = this.byFirst.get(stem);
    if (!names) return null;
    let out = this.indexed.get(stem);
    if (!out) {
      // Built once for each stem the text brings (3,600 of 5 MB of unseen news): plain arrays of
      // small integers and one shared empty Map, not an Int32Array (its own ArrayBuffer and
      // backing store) and an empty Map for every stem.
      const single: number[] = [];
      let bySecond: Map<string, number[]> | null = null;
      names.forEach((name, e) => {
        if (name.stems.length === 1) single.push(e);
        else {
          bySecond ??= new Map<string, number[]>();
          let list = bySecond.get(name.stems[1]);
          if (!list) bySecond.set(name.stems[1], (list = []));
          list.push(e);
        }
      });
      const singleTypes = single.map((e) => names[e].type);
      this.indexed.set(stem, (out = { names, single, singleTypes, bySecond: bySecond ?? NO_SECONDS }));
    }
    return out;
  }

  /**
   * Every name found in the stem sequence `stems` (all of them, overlaps included). `starts`:
   * each stem's `starts()` answer known beforehand (the tagger's word features), so that a stem
   * which starts no name is not looked up again.
   */
  match(stems: readonly string[], out: GazetteerMatch[] = [], starts?: readonly { gazStart: boolean }[]): GazetteerMatch[] {
    for (let i = 0; i < stems.length; i++) {
      if (starts && !starts[i].gazStart && stems[i] !== '') continue;
      const list = this.byFirst.get(stems[i]);
      if (!list) continue;
      for (const { type, stems: name } of list) {
        if (i + name.length > stems.length) continue;
        let k = 1;
        while (k < name.length && stems[i + k] === name[k]) k++;
        if (k === name.length) out.push({ type, start: i, end: i + name.length });
      }
    }
    return out;
  }
}
