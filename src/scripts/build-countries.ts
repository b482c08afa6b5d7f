// Builds data/lexicon/countries.tsv: every ISO 3166-1 country with its Arabic names, merged
// from three packages that each miss forms the others have: CLDR (cldr-localenames-full)
// gives the short name and alt variants (كوت ديفوار), i18n-iso-countries the common name
// (المجر, الدنمارك), world-countries the official name (جمهورية أوزبكستان) and another common one.
// Informal names (أمريكا, بريطانيا) are not here: they are hand-curated in country-aliases.tsv.
// Run: npm run lexicon:countries
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { foldString } from '../text/normalize/index.js';

const require = createRequire(import.meta.url);
const OUT = new URL('../../data/lexicon/countries.tsv', import.meta.url);

interface CldrTerritories {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
}
interface WorldCountry {
  cca2: string;
  translations: Record<string, { official: string; common: string }>;
}

const cldrAr = (require('cldr-localenames-full/main/ar/territories.json') as CldrTerritories).main.ar.localeDisplayNames.territories;
const cldrEn = (require('cldr-localenames-full/main/en/territories.json') as CldrTerritories).main.en.localeDisplayNames.territories;
const i18nAr = (require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> }).countries;
const isoCodes = require('i18n-iso-countries/codes.json') as string[][];
const worldCountries = require('world-countries/countries.json') as WorldCountry[];

function version(pkg: string): string {
  return `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`;
}

// The short name Arabic news writes, where CLDR's short name is not it. Evidence: the wording of
// the big outlets (Al Jazeera, Al Arabiya, Asharq Al-Awsat, SPA); e.g. CLDR has هنغاريا and
// الدانمرك, news writes المجر and الدنمارك; CLDR's disambiguated الكونغو - كينشاسا is never used.
const CANONICAL_AR: Record<string, string> = {
  AE: 'الإمارات',
  BY: 'بيلاروسيا',
  CD: 'الكونغو الديمقراطية',
  CG: 'الكونغو برازافيل',
  DK: 'الدنمارك',
  HK: 'هونغ كونغ',
  HU: 'المجر',
  MM: 'ميانمار',
  MO: 'ماكاو',
  MQ: 'مارتينيك',
  OM: 'عمان',
  PS: 'فلسطين',
  RE: 'ريونيون',
  SA: 'السعودية',
  SX: 'سينت مارتن',
  TL: 'تيمور الشرقية',
  UY: 'الأوروغواي',
};

// Forms the packages give that are typos or that would make one name point at two countries.
const REJECT: Record<string, string> = {
  'جمهورية أففانستان الإسلامية': 'typo in world-countries (ففا for غا)',
  المسكيك: 'typo in world-countries (for المكسيك)',
  صيربيا: 'misspelling in world-countries (for صربيا)',
  الكونغو: 'world-countries gives it for CD, but news uses it for both Congos',
};

// English names where CLDR's is a disambiguation label rather than a name.
const CANONICAL_EN: Record<string, string> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
};

// ISO 3166-1 has no Kosovo; XK is the user-assigned code that CLDR, the EU and these packages use.
const EXTRA_CODES = ['XK'];

function cleanForms(forms: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const raw of forms) {
    if (raw === undefined) continue;
    // CLDR disambiguates with parentheses (جزر كوكوس (كيلينغ)) or " - " (الكونغو - برازافيل);
    // neither shape occurs in running text, so such forms are dropped, not rewritten.
    if (/[()]/.test(raw) || raw.includes(' - ')) continue;
    const form = raw.normalize('NFC').trim();
    if (form === '' || REJECT[form] !== undefined) continue;
    out.push(form);
  }
  return out;
}

interface Row {
  key: string;
  nameAr: string;
  nameEn: string;
  forms: string[];
}

const codes = [...isoCodes.map((c) => c[0]), ...EXTRA_CODES].filter((c, i, a) => a.indexOf(c) === i).sort();
const rows: Row[] = codes.map((key) => {
  const wc = worldCountries.find((c) => c.cca2 === key);
  const i18n = i18nAr[key];
  const alts = Object.keys(cldrAr)
    .filter((k) => k.startsWith(`${key}-alt-`))
    .map((k) => cldrAr[k]);
  const forms = cleanForms([
    CANONICAL_AR[key],
    cldrAr[key],
    ...alts,
    ...(Array.isArray(i18n) ? i18n : [i18n]),
    wc?.translations.ara?.common,
    wc?.translations.ara?.official,
  ]);
  const nameAr = forms[0];
  // CLDR qualifies a few English names in parentheses (Myanmar (Burma)); the name is before them.
  const nameEn = CANONICAL_EN[key] ?? cldrEn[key]?.replace(/\s*\(.*\)$/, '');
  if (nameAr === undefined || nameEn === undefined) throw new Error(`${key}: no Arabic or English name in the sources`);
  return { key, nameAr, nameEn, forms };
});

// A folded form claimed by two countries is dropped from both, unless it is one country's
// canonical name; variants that differ only by what the matcher folds (أ/ا, ى/ي, ة/ه,
// diacritics) are collapsed to the first one seen.
const owners = new Map<string, Set<string>>();
for (const r of rows) {
  for (const f of r.forms) {
    const folded = foldString(f);
    if (!owners.has(folded)) owners.set(folded, new Set());
    owners.get(folded)!.add(r.key);
  }
}
const dropped: string[] = [];
const lines: string[] = [];
for (const r of rows) {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const f of r.forms) {
    const folded = foldString(f);
    if (seen.has(folded)) continue;
    seen.add(folded);
    const shared = owners.get(folded)!;
    if (shared.size > 1 && f !== r.nameAr) {
      dropped.push(`${f} (${[...shared].sort().join(', ')})`);
      continue;
    }
    names.push(f);
  }
  lines.push([r.key, r.nameAr, r.nameEn, names.join('|')].join('\t'));
}

const sources = [version('cldr-localenames-full'), version('i18n-iso-countries'), version('world-countries')];
const header = [
  `# generated by src/scripts/build-countries.ts from ${sources.join(', ')} — do not edit`,
  '# ISO 3166-1 countries (and XK, Kosovo) with their Arabic names: name_ar is the short name as news writes it,',
  '# names_ar every form of the sources (short, official, common, alt variants), one per fold of src/text/normalize.',
  '# Licences: CLDR Unicode-3.0; i18n-iso-countries MIT; world-countries ODbL-1.0.',
  `# Forms given to two countries and dropped from both: ${[...new Set(dropped)].join('; ') || 'none'}`,
  ['key', 'name_ar', 'name_en', 'names_ar'].join('\t'),
];
writeFileSync(OUT, [...header, ...lines].join('\n') + '\n');
console.log(`countries.tsv: ${lines.length} countries`);
