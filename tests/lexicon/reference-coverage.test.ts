// Measures the lexicons against the reference lists in ../shared/gazetteers, which are only read
// here, never copied: world-cities-ar-en.csv (Wikidata cities with population) for places, and
// arabic-english-nationalities.json (known to have errors) for nisbas. Skips where ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { foldString } from '../../src/text/normalize/index.js';
import { loadNisbas, loadPlaces } from '../../src/lexicon/index.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { getAlpha2Code(name: string, lang: string): string | undefined };

const SHARED = new URL('../../../shared/gazetteers/', import.meta.url);
const CITIES = new URL('world-cities-ar-en.csv', SHARED);
const NATIONALITIES = new URL('arabic-english-nationalities.json', SHARED);
const haveShared = existsSync(CITIES) && existsSync(NATIONALITIES);
if (!haveShared) console.warn('tests/lexicon/reference-coverage: ../shared/gazetteers is absent; reference coverage is skipped');

// Reference country names that i18n-iso-countries does not resolve (spellings of the source).
const REFERENCE_COUNTRY: Record<string, string> = {
  'Bosnia and Herzevina': 'BA',
  Brunei: 'BN',
  'Fiji Islands': 'FJ',
  'Hong Kong S.A.R.': 'HK',
  'Man (Isle of)': 'IM',
  Laos: 'LA',
  Moldova: 'MD',
  'Palestinian Territory Occupied': 'PS',
  Syria: 'SY',
};

interface ReferenceCity {
  country: string;
  nameAr: string;
  nameEn: string;
  population: number;
}

function readCities(): ReferenceCity[] {
  const lines = readFileSync(CITIES, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n')
    .slice(1);
  return lines.flatMap((line) => {
    const m = /^"(.*?)","(.*?)","(.*?)","(.*?)",(\d*)/.exec(line);
    if (!m) return [];
    const country = REFERENCE_COUNTRY[m[2]] ?? countries.getAlpha2Code(m[2], 'en');
    if (!country) return [];
    return [{ country, nameAr: m[3], nameEn: m[4], population: Number(m[5] || 0) }];
  });
}

/**
 * English names compared by their consonant skeleton, so that transliterations of one Arabic or
 * Turkic name meet: Buraydah = Buraidah, Hafr al Batin = Hafar Al-Batin, Qaraghandy = Karaganda.
 */
const latinKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ad|ar|as|ash|at|az)[- ]/g, '')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/[^a-z]|[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
/** Arabic names compared folded, without the administrative prefixes the reference adds (ولاية هرات). */
const arabicKey = (s: string) =>
  foldString(s.replace(/^(ولاية|محافظة|مقاطعة|منطقة|مدينة|إقليم|بلدية) /, ''))
    .replace(/^ال/, '')
    .replace(/\s/g, '');

function coverage(cities: ReferenceCity[]) {
  const byCountry = new Map<string, { en: Set<string>; ar: Set<string> }>();
  for (const p of loadPlaces()) {
    if (!byCountry.has(p.country)) byCountry.set(p.country, { en: new Set(), ar: new Set() });
    const c = byCountry.get(p.country)!;
    c.en.add(latinKey(p.nameEn));
    for (const n of p.namesAr) c.ar.add(arabicKey(n));
  }
  const missing = cities.filter((city) => {
    const c = byCountry.get(city.country);
    return !(c && (c.en.has(latinKey(city.nameEn)) || c.ar.has(arabicKey(city.nameAr))));
  });
  return { total: cities.length, found: cities.length - missing.length, share: 1 - missing.length / cities.length, missing };
}

describe.skipIf(!haveShared)('places against world-cities-ar-en.csv', () => {
  // Floors measured on the committed lexicons (see data/lexicon/README.md), rounded down.
  it.each([
    [1_000_000, 0.84],
    [500_000, 0.73],
  ])('finds most reference cities of at least %i people (floor %f)', (population, floor) => {
    const result = coverage(readCities().filter((c) => c.population >= population));
    console.log(
      `world-cities-ar-en.csv, population >= ${population}: ${result.found}/${result.total} = ${(100 * result.share).toFixed(1)}% found in places`,
    );
    if (process.env.LEXICON_MISSING) console.log(result.missing.map((c) => `${c.country} ${c.nameEn} ${c.population}`).join('\n'));
    expect(result.share).toBeGreaterThanOrEqual(floor);
  });

  it.each(['UZ', 'KZ', 'KG', 'TJ', 'TM', 'SA', 'AE', 'EG', 'IQ', 'TR', 'IR'])(
    'finds every reference city of %s above 300,000 people',
    (country) => {
      const result = coverage(readCities().filter((c) => c.country === country && c.population >= 300_000));
      if (result.missing.length) console.log(`${country} missing: ${result.missing.map((c) => `${c.nameEn} (${c.nameAr})`).join(', ')}`);
      expect(result.share).toBeGreaterThanOrEqual(0.75);
    },
  );
});

describe.skipIf(!haveShared)('nisba.tsv against arabic-english-nationalities.json', () => {
  interface Nationality {
    code: string;
    natianality_ar: string;
  }
  const reference = () => JSON.parse(readFileSync(NATIONALITIES, 'utf8')) as Nationality[];

  it('prints the reference nisbas that ours does not have, for review', () => {
    const ours = new Map(loadNisbas().map((n) => [n.key, new Set(n.masc.map((s) => foldString(s)))]));
    const disagree = reference().filter(
      (r) => ours.has(r.code.trim()) && !ours.get(r.code.trim())!.has(foldString(r.natianality_ar.trim())),
    );
    console.log(
      `arabic-english-nationalities.json disagrees with nisba.tsv on ${disagree.length} countries: ` +
        disagree
          .map(
            (r) =>
              `${r.code} ${r.natianality_ar} (ours: ${loadNisbas()
                .find((n) => n.key === r.code.trim())!
                .masc.join('|')})`,
          )
          .join('; '),
    );
    expect(disagree.map((r) => r.code)).toEqual(expect.arrayContaining(['UZ', 'BY']));
  });

  it.each(['UZ', 'BY'])('does not take over the known error of the reference for %s', (code) => {
    const wrong = foldString(reference().find((r) => r.code === code)!.natianality_ar);
    const ours = loadNisbas().find((n) => n.key === code)!;
    expect([...ours.masc, ...ours.fem].map((s) => foldString(s))).not.toContain(wrong);
  });
});
