// Builds data/lexicon/places-generated.tsv: the cities CLDR names in Arabic as time-zone exemplar
// cities (cldr-dates-full, main/ar/timeZoneNames.json), with their country from the BCP 47 time-zone
// key (cldr-bcp47: the first two letters of `uztas` are the ISO code of Asia/Tashkent). CLDR has
// no Arabic subdivision names to speak of (cldr-subdivisions-full 48.2 has three: gbeng, gbsct,
// gbwls), so exemplar cities are the one licensed Arabic city list among the npm packages.
// The hand-curated places.tsv wins: a city it already has (same country and the same English name
// or the same folded Arabic name) is not repeated here.
// Run: npm run lexicon:places
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { foldString } from '../text/normalize/index.js';
import { loadCountries, loadHandPlaces, loadRegions } from '../lexicon/index.js';

const require = createRequire(import.meta.url);
const OUT = new URL('../../data/lexicon/places-generated.tsv', import.meta.url);

interface ZoneNames {
  main: { ar: { dates: { timeZoneNames: { zone: ZoneTree } } } };
}
interface ZoneTree {
  [name: string]: ZoneTree | { exemplarCity?: string } | string;
}
interface Bcp47Zones {
  keyword: { u: { tz: Record<string, { _description?: string; _alias?: string }> } };
}

function version(pkg: string): string {
  return `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`;
}

// CLDR exemplar names left out, each for a reason a reader can check: common Arabic words that
// would match running text, and spellings that do not render the city.
const EXCLUDE: Record<string, string> = {
  نوم: 'Nome: the word sleep',
  سمراء: 'Samara: the word brown (fem.); places.tsv has سامارا',
  ترك: 'Chuuk (Truk): the verb left',
  سنتر: 'Center, North Dakota: the loanword centre (مول سنتر)',
  ترول: 'Troll station, Antarctica',
  واك: 'Wake Island: not a city',
  استر: 'Easter Island: the word cover/hide (استر)',
  ماهي: 'Mahé: the words what is (ما هي)',
  جوني: 'Juneau: CLDR spelling reads Johnny',
  وينكتون: 'Moncton: CLDR spelling does not render the name',
  برثا: 'Perth: CLDR spelling; places.tsv has بيرث',
  كانتون: 'Canton Island: in Arabic news كانتون is Guangzhou',
  ثيل: 'Thule: CLDR spelling reads the word (ثيل, grass)',
  بلم: 'Belém: CLDR spelling reads a word (بلم, boat)',
  كوكوس: 'Cocos Islands: a territory, already in countries.tsv',
  كريسماس: 'Christmas Island: a territory, already in countries.tsv',
  تشاغوس: 'Chagos: an archipelago, already in countries.tsv as IO',
  'مدينة غير معروفة': 'Etc/Unknown: "unknown city"',
  أكتوب: 'Aqtobe: places.tsv has it as kz-aktobe (أكتوبي)',
  آلانباتار: 'Ulaanbaatar: places.tsv has it (أولان باتور)',
  بيترسبرغ: 'Petersburg, Indiana: Arabic news writes بطرسبرغ/بيترسبرغ for Saint Petersburg',
  مالطة: 'the zone of Malta: a country name spelling, not a city',
  المارتينيك: 'Martinique: a territory in countries.tsv',
  فارو: 'Faroe Islands: a territory in countries.tsv',
  كايمان: 'Cayman Islands: a territory in countries.tsv',
  مونتسيرات: 'Montserrat: a territory in countries.tsv',
  بيتكيرن: 'Pitcairn Islands: a territory in countries.tsv',
  نورفولك: 'Norfolk Island: a territory in countries.tsv',
  'سانت فنسنت': 'Saint Vincent: the island of the country VC',
  'سانت كيتس': 'Saint Kitts: the island of the country KN',
  'سانت لوشيا': 'Saint Lucia: the country LC',
  أنتيغوا: 'Antigua: the island of the country AG',
};

// Antarctic research stations and the Etc area are not places news means by these names.
const SKIP_AREAS = new Set(['Antarctica', 'Etc', 'Arctic']);

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const zones = (require('cldr-dates-full/main/ar/timeZoneNames.json') as ZoneNames).main.ar.dates.timeZoneNames.zone;
const bcp47 = (require('cldr-bcp47/bcp47/timezone.json') as Bcp47Zones).keyword.u.tz;

// Zone ID (Asia/Tashkent) → ISO country and English city, from the BCP 47 keys and descriptions.
const zoneInfo = new Map<string, { country: string; nameEn: string }>();
for (const [key, v] of Object.entries(bcp47)) {
  if (typeof v !== 'object' || !v._alias || key.length !== 5) continue;
  const country = key.slice(0, 2).toUpperCase();
  for (const id of v._alias.split(' ')) {
    const fromId = id.split('/').pop()!.replace(/_/g, ' ');
    const desc = v._description ?? '';
    // "Tashkent, Uzbekistan" names the city; a bare "Kuwait" names only the country.
    const city = desc.includes(',') ? desc.slice(0, desc.indexOf(',')).trim() : fromId;
    // Descriptions qualify some names: "Adak (Alaska)", "Ulaanbaatar (Ulan Bator)".
    const nameEn = city.replace(/\s*\(.*\)$/, '');
    zoneInfo.set(id, { country, nameEn });
  }
}

const exemplars: { id: string; nameAr: string }[] = [];
(function walk(tree: ZoneTree, path: string[]) {
  for (const [name, v] of Object.entries(tree)) {
    if (typeof v !== 'object') continue;
    const here = [...path, name];
    if ('exemplarCity' in v && typeof v.exemplarCity === 'string') exemplars.push({ id: here.join('/'), nameAr: v.exemplarCity });
    else walk(v as ZoneTree, here);
  }
})(zones, []);

const countryKeys = new Set(loadCountries().map((c) => c.key));
const taken = new Set<string>();
for (const c of loadCountries()) for (const n of c.namesAr) taken.add(foldString(n));
for (const r of loadRegions()) for (const n of r.namesAr) taken.add(foldString(n));
const hand = loadHandPlaces();
const handKeys = new Set(hand.map((p) => p.key));
const handByCountry = new Map<string, { en: Set<string>; ar: Set<string> }>();
for (const p of hand) {
  if (!handByCountry.has(p.country)) handByCountry.set(p.country, { en: new Set(), ar: new Set() });
  const h = handByCountry.get(p.country)!;
  h.en.add(slug(p.nameEn));
  for (const n of p.namesAr) h.ar.add(foldString(n));
}

const skipped: Record<string, number> = {};
const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
const rows = new Map<string, string>();
for (const { id, nameAr: raw } of exemplars) {
  const nameAr = raw.normalize('NFC').trim();
  const info = zoneInfo.get(id);
  if (SKIP_AREAS.has(id.split('/')[0])) {
    skip('Antarctic or Etc zone');
    continue;
  }
  if (!info || !countryKeys.has(info.country)) {
    skip('no country for the zone');
    continue;
  }
  if (EXCLUDE[nameAr] !== undefined) {
    skip('excluded by hand');
    continue;
  }
  if (/[()،,]/.test(nameAr)) {
    skip('qualified name (parentheses or comma)');
    continue;
  }
  const folded = foldString(nameAr);
  if (taken.has(folded)) {
    skip('same as a country or region name');
    continue;
  }
  const key = `${info.country.toLowerCase()}-${slug(info.nameEn)}`;
  const h = handByCountry.get(info.country);
  if (handKeys.has(key) || h?.en.has(slug(info.nameEn)) || h?.ar.has(folded)) {
    skip('already in places.tsv');
    continue;
  }
  if (rows.has(key)) {
    skip('second zone of the same city');
    continue;
  }
  // Some exemplar "cities" are islands or peninsulas (Galápagos Islands, Kamchatka Peninsula).
  const type = /Island|Peninsula/.test(info.nameEn) ? 'region' : 'city';
  rows.set(key, [key, nameAr, info.nameEn, info.country, type, nameAr, ''].join('\t'));
}

const header = [
  `# generated by src/scripts/build-places.ts from ${version('cldr-dates-full')} (Arabic time-zone exemplar cities) and ${version('cldr-bcp47')} (zone → country) — do not edit`,
  '# Cities CLDR names in Arabic that the hand-curated places.tsv does not already have; the loader',
  '# reads places.tsv first and this file after it. Licence: Unicode-3.0 (CLDR).',
  `# Left out: ${Object.entries(skipped)
    .map(([why, n]) => `${why} ${n}`)
    .join('; ')}.`,
  ['key', 'name_ar', 'name_en', 'country', 'type', 'names_ar', 'capital'].join('\t'),
];
const body = [...rows.values()].sort();
writeFileSync(OUT, [...header, ...body].join('\n') + '\n');
console.log(`places-generated.tsv: ${body.length} cities`);
