// Every entity name of the hand-written gold annotations (../shared/gold) that a lexicon should
// know is in one: the article the project was created from is the first check of the lexicons.
// Skips where ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldString } from '../../src/text/normalize/index.js';
import {
  loadCountries,
  loadCountryAliases,
  loadGivenNames,
  loadLocations,
  loadNisbas,
  loadOrgs,
  loadPlaces,
  loadRegions,
} from '../../src/lexicon/index.js';

const GOLD = new URL('../../../shared/gold/', import.meta.url);
const haveGold = existsSync(GOLD);
if (!haveGold) console.warn('tests/lexicon/gold-names: ../shared/gold is absent; skipped');

interface GoldEntity {
  type: string;
  key?: string;
  names: string[];
}

const goldEntities = (): [string, GoldEntity][] =>
  readdirSync(GOLD)
    .filter((f) => f.endsWith('.gold.json'))
    .flatMap((f) =>
      (JSON.parse(readFileSync(new URL(f, GOLD), 'utf8')) as { entities: GoldEntity[] }).entities.map((e): [string, GoldEntity] => [f, e]),
    );

/** Every name the lexicons know, folded (orgs also by English name, for Latin text); nisbas also with ال, as the matcher will add it. */
function knownNames(): Set<string> {
  const names = new Set<string>();
  const add = (n: string) => names.add(foldString(n));
  for (const c of loadCountries()) c.namesAr.forEach(add);
  for (const a of loadCountryAliases()) add(a.alias);
  for (const n of loadNisbas()) for (const f of [...n.masc, ...n.fem, ...n.mascPl, ...n.femPl]) [f, `ال${f}`].forEach(add);
  for (const r of loadRegions()) r.namesAr.forEach(add);
  for (const p of loadPlaces()) p.namesAr.forEach(add);
  for (const l of loadLocations()) l.namesAr.forEach(add);
  for (const o of loadOrgs()) [...o.namesAr, ...o.acronyms, o.nameEn].forEach(add);
  return names;
}

describe.skipIf(!haveGold)('gold entity names', () => {
  const entities = haveGold ? goldEntities().filter(([, e]) => ['COUNTRY', 'REGION', 'CITY', 'LOCATION', 'ORG'].includes(e.type)) : [];

  it.each(entities.map(([file, e]) => [e.type, e.names[0], file, e]))('%s %s (%s) is in a lexicon', (_, __, ___, e) => {
    const known = knownNames();
    const entity = e as GoldEntity;
    const missing = entity.names.filter((n) => !known.has(foldString(n)));
    expect(missing).toEqual([]);
  });

  const people = haveGold ? goldEntities().filter(([, e]) => e.type === 'PERSON') : [];
  it.each(people.map(([file, e]) => [e.names[0], file]))('the given name of %s (%s) is in given-names.tsv', (name) => {
    const first = foldString(String(name).split(' ')[0]);
    expect(loadGivenNames().some((g) => foldString(g.name) === first)).toBe(true);
  });
});
