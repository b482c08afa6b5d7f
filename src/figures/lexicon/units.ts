// The units that may follow (or, for $ € % ٪, precede) a number, as Arabic news writes them,
// with their kind and the factor to the canonical unit of ../shared/gold/FORMAT.md: power in MW,
// energy in MWh, length in km, area in km2, volume in m3, mass in t, speed in km/h,
// temperature in °C, money in units of an ISO 4217 currency. Misspellings seen in real articles
// are listed beside the standard forms (ميغاوت، ميجا وات، جيجاوات، كيلو وات/ ساعة).
// Written by hand for arqam; factors from the SI and the usual definitions (1 acre-like feddan =
// 4,200.83 m², dunam = 1,000 m², barrel stays a barrel).
import { foldString } from '../../text/normalize/index.js';
import type { FigureKind } from '../../model/types.js';

/** Currencies whose code depends on the country the article is about. */
export type CurrencyFamily = 'riyal' | 'dinar' | 'pound' | 'dirham' | 'lira' | 'franc' | 'rupee' | 'dollar';

export interface UnitDef {
  kind: FigureKind;
  /** Canonical unit; for money the ISO 4217 code, null when the family decides it. */
  unit: string | null;
  /** Multiplies the number into the canonical unit (0.001 for a kilogram in tonnes). */
  factor: number;
  family?: CurrencyFamily;
  /** A subunit (هللة، سنت، قرش): the factor is of the family's main unit. */
  subunit?: boolean;
  /** A rate may follow: برميل يوميا → barrel/day, مسافر سنوياً → passenger/year. */
  perDay?: boolean;
  /** Fahrenheit: converted to °C. */
  fahrenheit?: boolean;
  /** The م/هـ after a year (2015م، 1430هـ): marks the number as a year, not a measure. */
  yearMarker?: 'AD' | 'AH';
  /** Written before the number ($20، ٪٣٠، €5). */
  prefix?: boolean;
}

/** The unit of a barrel of oil equivalent, as gold/FORMAT.md's quantities name it. */
export const BOE = 'barrel of oil equivalent';

/** What turns barrels already read with their rate into barrels of oil equivalent: "2.5 مليون برميل باليوم من النفط المكافئ". */
export const BOE_AFTER_RATE: readonly (readonly string[])[] = ['من النفط المكافئ', 'من المكافئ النفطي', 'نفط مكافئ', 'مكافئ نفطي'].map(
  (p) => p.split(' ').map((w) => foldString(w)),
);

/** A unit phrase: folded words (Latin lowercased) separated by spaces. */
const entries: [string, UnitDef][] = [];

function add(phrases: string[], def: UnitDef): void {
  for (const p of phrases) entries.push([p, def]);
}

// ---- power (MW) and energy (MWh) -------------------------------------------------------------
const POWER: [number, string[]][] = [
  [1e-6, ['واط', 'وات', 'واطا', 'w']],
  [1e-3, ['كيلوواط', 'كيلووات', 'كيلوات', 'كيلو واط', 'كيلو وات', 'كيلواط', 'kw']],
  [
    1,
    [
      'ميغاواط',
      'ميغاوات',
      'ميجاواط',
      'ميجاوات',
      'ميغاوت',
      'ميجاوت',
      'ميقاواط',
      'ميقاوات',
      'ميكاواط',
      'ميكاوات',
      'ميغا واط',
      'ميغا وات',
      'ميجا واط',
      'ميجا وات',
      'ميغاواطات',
      'ميجاواطات',
      'ميغاوط',
      'ميغاوات',
      'mw',
    ],
  ],
  [
    1e3,
    [
      'غيغاواط',
      'غيغاوات',
      'جيجاواط',
      'جيجاوات',
      'جيغاواط',
      'جيغاوات',
      'قيقاواط',
      'قيقاوات',
      'غيغاوت',
      'جيجاوت',
      'غيغا واط',
      'غيغا وات',
      'جيجا واط',
      'جيجا وات',
      'غيغاواطات',
      'جيجاواطات',
      'gw',
    ],
  ],
  [1e6, ['تيراواط', 'تيراوات', 'تيرا واط', 'تيرا وات', 'tw']],
];
const PER_HOUR = ['ساعة', 'ساعه', '/ ساعة', '/ ساعه', 'في الساعة', 'بالساعة', 'ساعي', 'ساعيا', '/ س', '/س'];
for (const [factor, forms] of POWER) {
  add(forms, { kind: 'power', unit: 'MW', factor });
  for (const f of forms)
    add(
      PER_HOUR.map((h) => `${f} ${h}`),
      { kind: 'energy', unit: 'MWh', factor },
    );
}
add(['kwh'], { kind: 'energy', unit: 'MWh', factor: 1e-3 });
add(['mwh'], { kind: 'energy', unit: 'MWh', factor: 1 });
add(['gwh'], { kind: 'energy', unit: 'MWh', factor: 1e3 });
add(['twh'], { kind: 'energy', unit: 'MWh', factor: 1e6 });
// Apparent power is not in FORMAT.md's kinds; kept as a quantity so that the number is not read
// as a count of "ميغا".
add(['ميغا فولت أمبير', 'ميجا فولت أمبير', 'ميغا فولت امبير', 'mva'], { kind: 'quantity', unit: 'MVA', factor: 1 });
// Voltage in kV (FORMAT.md): "بقدرة 500 كيلو فولت", "جهد 275 كيلو فولت", "وصلة 230 فولت" = 0.23 kV.
// 21 spans of ../shared/unlabeled: كيلو فولت / كيلوفولت 9, فولت 6, ميجا/ميغا فولت 3, ك.ف. 3.
add(['كيلو فولت', 'كيلوفولت', 'كيلو فولط', 'كيلوفولط', 'ك.ف', 'ك.ف.', 'ك . ف', 'ك. ف', 'kv'], { kind: 'voltage', unit: 'kV', factor: 1 });
add(['فولت', 'فولط'], { kind: 'voltage', unit: 'kV', factor: 1e-3 });
add(['ميغا فولت', 'ميجا فولت', 'ميغافولت', 'ميجافولت'], { kind: 'voltage', unit: 'kV', factor: 1e3 });

// ---- percent ------------------------------------------------------------------------------------
add(
  [
    '%',
    '٪',
    'في المائة',
    'في المئة',
    'في المائه',
    'في المئه',
    'في المية',
    'في الميه',
    'بالمائة',
    'بالمئة',
    'بالمائه',
    'بالمئه',
    'بالمية',
    'بالميه',
    'في المائة الواحدة',
  ],
  { kind: 'percent', unit: '%', factor: 1 },
);
add(['%', '٪'], { kind: 'percent', unit: '%', factor: 1, prefix: true });
add(['نقطة مئوية', 'نقاط مئوية', 'نقطه مئويه', 'نقطتين مئويتين'], { kind: 'percent', unit: 'pp', factor: 1 });
// Basis points: hundredths of a percentage point (رفع الفائدة 25 نقطة أساس).
add(['نقطة أساس', 'نقاط أساس', 'نقطة أساسية', 'نقاط أساسية', 'نقطة اساس', 'نقاط اساس'], { kind: 'percent', unit: 'bp', factor: 1 });

// ---- temperature ----------------------------------------------------------------------------
add(
  [
    'درجة مئوية',
    'درجات مئوية',
    'درجة مئوية',
    'درجه مئويه',
    'درجة سلزيوس',
    'درجة سيلسيوس',
    'درجات سلزيوس',
    'سلزيوس',
    'سيلسيوس',
    'مئوية',
    '°',
    '° م',
    '°م',
    '°c',
    '° c',
    '° سلزيوس',
    '°سلزيوس',
    'درجة',
    'درجات',
    'درجه',
    'درجة حرارة',
    '℃',
  ],
  { kind: 'temperature', unit: '°C', factor: 1 },
);
add(['درجة فهرنهايت', 'درجات فهرنهايت', 'فهرنهايت', '°f', '° f', '° فهرنهايت', '°فهرنهايت', '℉'], {
  kind: 'temperature',
  unit: '°C',
  factor: 1,
  fahrenheit: true,
});

// ---- length (km), area (km2), volume (m3), mass (t), speed (km/h) ------------------------------
const KM = ['كم', 'كلم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'كيلو متر', 'كيلو مترا', 'كيلو مترات', 'km'];
add(KM, { kind: 'length', unit: 'km', factor: 1 });
add(['متر', 'مترا', 'أمتار', 'م'], { kind: 'length', unit: 'km', factor: 1e-3 });
add(['سم', 'سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'سنتمتر', 'cm'], { kind: 'length', unit: 'km', factor: 1e-5 });
add(['ملم', 'مم', 'مليمتر', 'مليمترا', 'مليمترات', 'ملليمتر', 'mm'], { kind: 'length', unit: 'km', factor: 1e-6 });
add(['ميل', 'ميلا', 'أميال'], { kind: 'length', unit: 'km', factor: 1.609344 });
add(['ميل بحري', 'أميال بحرية', 'ميلا بحريا'], { kind: 'length', unit: 'km', factor: 1.852 });
// Not bare قدم: after a year it is the verb قدّم ("في 2015 قدم البنك").
add(['قدما', 'أقدام'], { kind: 'length', unit: 'km', factor: 0.0003048 });
add(['بوصة', 'بوصات', 'إنش', 'انش'], { kind: 'length', unit: 'km', factor: 0.0000254 });

const SQUARE = ['مربع', 'مربعا', 'مربعة', 'مربعات'];
add([...KM.flatMap((k) => SQUARE.map((s) => `${k} ${s}`)), 'كم2', 'كم 2', 'كم ²', 'كم²', 'km2', 'km ²', 'km²'], {
  kind: 'area',
  unit: 'km2',
  factor: 1,
});
add([...['متر', 'مترا', 'أمتار'].flatMap((k) => SQUARE.map((s) => `${k} ${s}`)), 'م 2', 'م2', 'م ²', 'م²', 'm2', 'm ²', 'm²'], {
  kind: 'area',
  unit: 'km2',
  factor: 1e-6,
});
add(['هكتار', 'هكتارا', 'هكتارات', 'ha'], { kind: 'area', unit: 'km2', factor: 0.01 });
add(['فدان', 'فدانا', 'أفدنة', 'فدادين'], { kind: 'area', unit: 'km2', factor: 0.00420083 });
add(['دونم', 'دونما', 'دونمات', 'دنم'], { kind: 'area', unit: 'km2', factor: 0.001 });
add(['ميل مربع', 'أميال مربعة'], { kind: 'area', unit: 'km2', factor: 2.589988 });

const CUBIC = ['مكعب', 'مكعبا', 'مكعبة', 'مكعبات'];
add([...['متر', 'مترا', 'أمتار'].flatMap((k) => CUBIC.map((c) => `${k} ${c}`)), 'م 3', 'م3', 'م ³', 'م³', 'm3', 'm ³', 'm³'], {
  kind: 'volume',
  unit: 'm3',
  factor: 1,
  perDay: true,
});
add(['لتر', 'لترا', 'لترات', 'ليتر', 'ليترا', 'ليترات'], { kind: 'volume', unit: 'm3', factor: 1e-3 });
add(['مليلتر', 'ميلي لتر', 'ملي لتر', 'ميليلتر', 'مليلترا', 'ml'], { kind: 'volume', unit: 'm3', factor: 1e-6 });
add(['هكتوليتر', 'هكتو ليتر', 'هكتولتر'], { kind: 'volume', unit: 'm3', factor: 0.1 });
add(['جالون', 'غالون', 'جالونات', 'غالونات'], { kind: 'volume', unit: 'm3', factor: 0.003785411784 });

add(['طن', 'طنا', 'أطنان', 'طن متري', 'أطنان مترية', 'طنا متريا'], { kind: 'mass', unit: 't', factor: 1, perDay: true });
add(
  [
    'كيلوغرام',
    'كيلوغراما',
    'كيلوغرامات',
    'كيلوجرام',
    'كيلوجراما',
    'كيلوجرامات',
    'كيلو جرام',
    'كيلو جراما',
    'كيلو جرامات',
    'كيلو غرام',
    'كيلو غراما',
    'كغ',
    'كجم',
    'كلغ',
    'كيلو',
    'kg',
  ],
  { kind: 'mass', unit: 't', factor: 1e-3 },
);
add(['غرام', 'غراما', 'غرامات', 'جرام', 'جراما', 'جرامات', 'غم', 'جم'], { kind: 'mass', unit: 't', factor: 1e-6 });
add(['ملغ', 'ملج', 'مليغرام', 'مليجرام', 'mg'], { kind: 'mass', unit: 't', factor: 1e-9 });
add(['أونصة', 'أونصات', 'اونصة', 'اونصات', 'أوقية', 'أوقيات'], { kind: 'mass', unit: 't', factor: 0.0000283495 });

const PER_HOUR_SPEED = ['في الساعة', 'بالساعة', '/ ساعة', '/ الساعة', '/ بالساعة', '/ س', '/س', 'ساعة'];
add([...KM.flatMap((k) => PER_HOUR_SPEED.map((h) => `${k} ${h}`)), 'كم/س', 'km/h', 'km / h', 'كلم/س'], {
  kind: 'speed',
  unit: 'km/h',
  factor: 1,
});
add(['ميل في الساعة', 'ميلا في الساعة'], { kind: 'speed', unit: 'km/h', factor: 1.609344 });
add(['عقدة', 'عقدات'], { kind: 'speed', unit: 'km/h', factor: 1.852 });

// ---- quantities: what is counted, in English (FORMAT.md) -------------------------------------
add(['برميل', 'براميل', 'برميلا', 'برميل نفط', 'برميل من النفط'], { kind: 'quantity', unit: 'barrel', factor: 1, perDay: true });
// A barrel of oil equivalent counts gas and oil together, apart from barrels of oil (gold-dev:
// "1.6 مليون برميل نفط مكافئ", "180 ألف برميل من المكافئ النفطي"). 14 spans of ../shared/unlabeled:
// برميل من المكافئ النفطي 5, برميل نفط مكافئ 4, برميل من النفط المكافئ 1, برميلا مكافئا من النفط 1,
// and after the rate, برميل يوميا من المكافئ النفطي and برميل باليوم من النفط المكافئ (BOE_AFTER_RATE).
add(
  [
    'برميل نفط مكافئ',
    'براميل نفط مكافئ',
    'برميل من النفط المكافئ',
    'برميل مكافئ',
    'برميل مكافئ نفط',
    'برميل مكافئ نفطي',
    'برميل مكافئ من النفط',
    'برميل من المكافئ النفطي',
    'برميل من المكافئ',
  ],
  { kind: 'quantity', unit: BOE, factor: 1, perDay: true },
);
add(['قدم مكعب', 'قدم مكعبة', 'قدما مكعبا', 'أقدام مكعبة', 'قدم مكعب قياسي', 'قدم مكعبة قياسية', 'قدم مكعب من الغاز'], {
  kind: 'quantity',
  unit: 'cubic foot',
  factor: 1,
  perDay: true,
});
add(['حاوية', 'حاويات'], { kind: 'quantity', unit: 'container', factor: 1, perDay: true });
add(['حاوية قياسية', 'حاويات قياسية', 'حاوية نمطية', 'teu'], { kind: 'quantity', unit: 'TEU', factor: 1, perDay: true });
add(['راكب', 'راكبا', 'ركاب', 'مسافر', 'مسافرا', 'مسافرين'], { kind: 'quantity', unit: 'passenger', factor: 1, perDay: true });

// ---- durations and multipliers ----------------------------------------------------------------
add(['عام', 'عاما', 'أعوام', 'سنة', 'سنوات', 'سنين', 'سنه', 'سنة ميلادية'], { kind: 'duration', unit: 'year', factor: 1 });
add(['شهر', 'شهرا', 'أشهر', 'شهور'], { kind: 'duration', unit: 'month', factor: 1 });
add(['أسبوع', 'أسبوعا', 'أسابيع'], { kind: 'duration', unit: 'week', factor: 1 });
add(['يوم', 'يوما', 'أيام'], { kind: 'duration', unit: 'day', factor: 1 });
add(['ساعة', 'ساعات'], { kind: 'duration', unit: 'hour', factor: 1 });
add(['دقيقة', 'دقائق'], { kind: 'duration', unit: 'minute', factor: 1 });
add(['ثانية', 'ثوان', 'ثواني', 'ثوانٍ'], { kind: 'duration', unit: 'second', factor: 1 });
add(['عقد', 'عقود'], { kind: 'duration', unit: 'year', factor: 10 });
add(['قرن', 'قرون'], { kind: 'duration', unit: 'year', factor: 100 });
// أمثال: "ثلاثة أمثالها" is threefold, as "ثلاثة أضعافها"; the pronoun forms are listed as written.
add(['مرة', 'مرات', 'مره', 'أضعاف', 'ضعف', 'ضعفا', 'أضعافها', 'أضعافه', 'أضعافهم', 'أمثال', 'أمثالها', 'أمثاله', 'أمثالهم'], {
  kind: 'multiplier',
  unit: null,
  factor: 1,
});

// ---- year markers -------------------------------------------------------------------------------
add(['م', 'م.', 'ميلادي', 'ميلادية', 'للميلاد', 'ميلاديا'], { kind: 'year', unit: null, factor: 1, yearMarker: 'AD' });
add(['هـ', 'ه', 'هـ.', 'هجري', 'هجرية', 'للهجرة', 'هجريا'], { kind: 'year', unit: null, factor: 1, yearMarker: 'AH' });

// ---- money ---------------------------------------------------------------------------------------
interface CurrencyNoun {
  forms: string[];
  /** ISO code when the noun alone decides it, else its family. */
  code: string | null;
  family?: CurrencyFamily;
  /** Adjectives (masculine and feminine forms) → code. */
  adjectives?: [string[], string][];
}

const NATIONALITY = (m: string, f: string): string[] => [m, f, m + 'ة', f + 'ه'];

const CURRENCIES: CurrencyNoun[] = [
  {
    forms: ['دولار', 'دولارا', 'دولارات', 'دولار', 'دولارًا'],
    code: 'USD',
    family: 'dollar',
    adjectives: [
      [['أمريكي', 'أميركي', 'امريكي', 'اميركي', 'أمريكيا', 'أميركيا', 'أمريكية', 'أميركية'], 'USD'],
      [['كندي', 'كنديا', 'كندية'], 'CAD'],
      [['أسترالي', 'استرالي', 'أسترالية'], 'AUD'],
      [['سنغافوري', 'سنغافورية'], 'SGD'],
      [['نيوزيلندي', 'نيوزيلندية'], 'NZD'],
      [['هونغ كونغ', 'هونج كونج'], 'HKD'],
      [['تايواني', 'تايوانية'], 'TWD'],
      [['ليبيري', 'ليبيرية'], 'LRD'],
    ],
  },
  { forms: ['يورو', 'أورو', 'اورو', 'يوروهات'], code: 'EUR' },
  {
    forms: ['ريال', 'ريالا', 'ريالات'],
    code: null,
    family: 'riyal',
    adjectives: [
      [NATIONALITY('سعودي', 'سعودية'), 'SAR'],
      [NATIONALITY('قطري', 'قطرية'), 'QAR'],
      [NATIONALITY('عماني', 'عمانية'), 'OMR'],
      [NATIONALITY('يمني', 'يمنية'), 'YER'],
      [NATIONALITY('إيراني', 'إيرانية'), 'IRR'],
      [NATIONALITY('برازيلي', 'برازيلية'), 'BRL'],
      [NATIONALITY('كمبودي', 'كمبودية'), 'KHR'],
    ],
  },
  {
    forms: ['دينار', 'دينارا', 'دنانير'],
    code: null,
    family: 'dinar',
    adjectives: [
      [NATIONALITY('كويتي', 'كويتية'), 'KWD'],
      [NATIONALITY('بحريني', 'بحرينية'), 'BHD'],
      [NATIONALITY('أردني', 'أردنية'), 'JOD'],
      [NATIONALITY('عراقي', 'عراقية'), 'IQD'],
      [NATIONALITY('تونسي', 'تونسية'), 'TND'],
      [NATIONALITY('جزائري', 'جزائرية'), 'DZD'],
      [NATIONALITY('ليبي', 'ليبية'), 'LYD'],
      [NATIONALITY('صربي', 'صربية'), 'RSD'],
    ],
  },
  {
    forms: ['جنيه', 'جنيها', 'جنيهات'],
    code: null,
    family: 'pound',
    adjectives: [
      [NATIONALITY('مصري', 'مصرية'), 'EGP'],
      [['إسترليني', 'استرليني', 'إسترلينيا', 'استرلينيا', 'إسترلينية', 'استرلينية', 'سترليني'], 'GBP'],
      [NATIONALITY('سوداني', 'سودانية'), 'SDG'],
      [['جنوب سوداني'], 'SSP'],
    ],
  },
  { forms: ['إسترليني', 'استرليني', 'إسترلينيا', 'استرلينيا', 'باوند'], code: 'GBP' },
  {
    forms: ['درهم', 'درهما', 'دراهم'],
    code: null,
    family: 'dirham',
    adjectives: [
      [NATIONALITY('إماراتي', 'إماراتية'), 'AED'],
      [NATIONALITY('مغربي', 'مغربية'), 'MAD'],
    ],
  },
  {
    forms: ['ليرة', 'ليرات', 'ليره'],
    code: null,
    family: 'lira',
    adjectives: [
      [NATIONALITY('تركي', 'تركية'), 'TRY'],
      [NATIONALITY('لبناني', 'لبنانية'), 'LBP'],
      [NATIONALITY('سوري', 'سورية'), 'SYP'],
    ],
  },
  { forms: ['ين', 'ينات'], code: 'JPY', adjectives: [[['ياباني', 'يابانيا'], 'JPY']] },
  { forms: ['يوان', 'رنمينبي', 'رينمينبي'], code: 'CNY', adjectives: [[['صيني', 'صينيا'], 'CNY']] },
  { forms: ['روبل', 'روبلا', 'روبلات'], code: 'RUB', adjectives: [[['روسي', 'روسيا'], 'RUB']] },
  {
    forms: ['روبية', 'روبيات', 'روبيه'],
    code: null,
    family: 'rupee',
    adjectives: [
      [['هندية', 'هندي'], 'INR'],
      [['باكستانية', 'باكستاني'], 'PKR'],
      [['إندونيسية', 'اندونيسية'], 'IDR'],
      [['سريلانكية'], 'LKR'],
    ],
  },
  { forms: ['شيكل', 'شيقل', 'شواقل', 'شيكلا', 'شيقلا', 'شيكلات'], code: 'ILS' },
  {
    forms: ['فرنك', 'فرنكا', 'فرنكات'],
    code: null,
    family: 'franc',
    adjectives: [
      [['سويسري', 'سويسريا'], 'CHF'],
      [['أفريقي', 'إفريقي'], 'XOF'],
    ],
  },
  { forms: ['وون'], code: 'KRW', adjectives: [[['كوري', 'كوري جنوبي'], 'KRW']] },
  {
    forms: ['بيزو', 'بيزوات'],
    code: 'MXN',
    adjectives: [
      [['مكسيكي'], 'MXN'],
      [['أرجنتيني'], 'ARS'],
      [['فلبيني'], 'PHP'],
    ],
  },
  { forms: ['بوليفار', 'بوليفارات'], code: 'VES' },
  { forms: ['راند'], code: 'ZAR' },
  { forms: ['ليرة تركية', 'ليرات تركية'], code: 'TRY' },
];

for (const c of CURRENCIES) {
  add(c.forms, { kind: 'money', unit: c.code, factor: 1, family: c.code ? undefined : c.family });
  for (const [adjs, code] of c.adjectives ?? []) {
    for (const f of c.forms)
      add(
        adjs.map((a) => `${f} ${a}`),
        { kind: 'money', unit: code, factor: 1 },
      );
  }
}
add(['$', 'us$', 'usd', 'دولار أمريكي', 'دولار أميركي'], { kind: 'money', unit: 'USD', factor: 1 });
add(['$', 'us$', 'usd'], { kind: 'money', unit: 'USD', factor: 1, prefix: true });
add(['€', 'eur'], { kind: 'money', unit: 'EUR', factor: 1 });
add(['€', 'eur'], { kind: 'money', unit: 'EUR', factor: 1, prefix: true });
add(['£', 'gbp'], { kind: 'money', unit: 'GBP', factor: 1 });
add(['£'], { kind: 'money', unit: 'GBP', factor: 1, prefix: true });
add(['¥'], { kind: 'money', unit: 'JPY', factor: 1 });
add(['ج.م', 'ج.م.', 'ج . م', 'ج م'], { kind: 'money', unit: 'EGP', factor: 1 });
add(['ر.س', 'ر . س', 'ر.س.'], { kind: 'money', unit: 'SAR', factor: 1 });
add(['د.ك', 'د . ك'], { kind: 'money', unit: 'KWD', factor: 1 });
add(['د.إ', 'د . إ'], { kind: 'money', unit: 'AED', factor: 1 });
for (const code of [
  'SAR',
  'AED',
  'EGP',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'JPY',
  'CNY',
  'TND',
  'MAD',
  'DZD',
  'IQD',
  'LBP',
  'SYP',
  'TRY',
  'RUB',
  'INR',
  'CHF',
  'LYD',
  'YER',
  'SDG',
  'ILS',
  'IRR',
  'PKR',
  'CAD',
  'AUD',
]) {
  add([code.toLowerCase()], { kind: 'money', unit: code, factor: 1 });
}
// "3970 م د", "3ر747 م د، في افريل 2015", "بكلفة 192م.د": million dinars, as the Tunisian agency
// abbreviates them (166 times in ../shared/unlabeled, all in ant-jawharafm).
add(['م د', 'م . د', 'م.د', 'م د.'], { kind: 'money', unit: null, factor: 1e6, family: 'dinar' });
// Subunits: factor of the main unit; the family (or code) says which main unit.
add(['هللة', 'هللات', 'هللا'], { kind: 'money', unit: 'SAR', factor: 0.01, subunit: true });
add(['سنت', 'سنتات', 'سنتا', 'سينت', 'سينتات', 'c', '¢'], { kind: 'money', unit: 'USD', factor: 0.01, subunit: true });
add(['يورو سنت'], { kind: 'money', unit: 'EUR', factor: 0.01, subunit: true });
add(['قرش', 'قروش', 'قرشا'], { kind: 'money', unit: 'EGP', factor: 0.01, subunit: true, family: 'pound' });
add(['بيسة', 'بيسات'], { kind: 'money', unit: 'OMR', factor: 0.001, subunit: true });
add(['مليم', 'مليما', 'مليمات'], { kind: 'money', unit: 'TND', factor: 0.001, subunit: true });

/** A node of the unit trie: the unit ending here, and the words that may continue it. */
export interface UnitNode {
  def?: UnitDef;
  next: Map<string, UnitNode>;
}

function buildTrie(prefixOnly: boolean): UnitNode {
  const root: UnitNode = { next: new Map() };
  for (const [phrase, def] of entries) {
    if (Boolean(def.prefix) !== prefixOnly) continue;
    let node = root;
    for (const raw of phrase.split(' ')) {
      const w = foldString(raw).toLowerCase();
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.def ??= def;
  }
  return root;
}

/** Units written after the number, as a trie over folded words. */
export const UNITS_AFTER: UnitNode = buildTrie(false);
/** Units written before the number ($ € £ % ٪). */
export const UNITS_BEFORE: UnitNode = buildTrie(true);

/** Words that turn an amount into a rate (برميل يوميا، قدم مكعب في اليوم، مسافر سنوياً), with its period. */
export const RATE_WORDS: readonly { words: readonly string[]; period: 'day' | 'month' | 'year' }[] = (
  [
    ...[['يوميا'], ['يومي'], ['يوميًا'], ['في', 'اليوم'], ['باليوم'], ['/', 'يوم'], ['/', 'اليوم'], ['كل', 'يوم'], ['يوميه']].map(
      (w) => [w, 'day'] as const,
    ),
    ...[['شهريا'], ['شهريًا'], ['في', 'الشهر'], ['بالشهر'], ['/', 'شهر'], ['كل', 'شهر']].map((w) => [w, 'month'] as const),
    ...[
      ['سنويا'],
      ['سنويًا'],
      ['في', 'السنه'],
      ['في', 'العام'],
      ['بالسنه'],
      ['/', 'سنه'],
      ['/', 'عام'],
      ['كل', 'عام'],
      ['كل', 'سنه'],
      ['سنوي'],
    ].map((w) => [w, 'year'] as const),
  ] as const
).map(([words, period]) => ({ words: words.map((w) => foldString(w)), period }));

/**
 * Counted nouns that become the unit of a quantity when a rate follows them: "97 سفينة قياسية في
 * اليوم" = 97 ship/day (gold-dev), where "45 سفينة" stays a count. The nouns that ../shared/unlabeled
 * writes with a rate after a number at least five times (counts of 307 such spans): شخص 55، سفينة
 * 26، حالة 22، رحلة 22، زائر 19، مستخدم 18، وحدة 9، بيضة 9، مستثمر 6، سيارة 6، نسخة 6، طالب 5
 * (besides the units above: طن 53، متر مكعب 35).
 */
export const RATE_NOUNS: ReadonlyMap<string, string> = new Map(
  (
    [
      [['شخص', 'أشخاص', 'اشخاص'], 'person'],
      [['سفينة', 'سفن'], 'ship'],
      [['حالة', 'حالات'], 'case'],
      [['رحلة', 'رحلات'], 'trip'],
      [['زائر', 'زوار', 'زائرين'], 'visitor'],
      [['مستخدم', 'مستخدمين'], 'user'],
      [['وحدة', 'وحدات'], 'unit'],
      [['بيضة', 'بيض'], 'egg'],
      [['مستثمر', 'مستثمرين'], 'investor'],
      [['سيارة', 'سيارات'], 'car'],
      [['نسخة', 'نسخ'], 'copy'],
      [['طالب', 'طلاب'], 'student'],
    ] as [string[], string][]
  ).flatMap(([forms, thing]) => forms.map((f) => [foldString(f), thing] as [string, string])),
);

/** Dual forms that carry their own number: عامين = 2 years, مرتين = twice, درجتين = 2 degrees. */
export const DUAL_UNITS: ReadonlyMap<string, UnitDef> = new Map(
  (
    [
      [['عامين', 'عامان', 'سنتين', 'سنتان'], { kind: 'duration', unit: 'year', factor: 1 }],
      [['شهرين', 'شهران'], { kind: 'duration', unit: 'month', factor: 1 }],
      [['أسبوعين', 'أسبوعان', 'اسبوعين'], { kind: 'duration', unit: 'week', factor: 1 }],
      [['يومين', 'يومان'], { kind: 'duration', unit: 'day', factor: 1 }],
      [['ساعتين', 'ساعتان'], { kind: 'duration', unit: 'hour', factor: 1 }],
      [['دقيقتين', 'دقيقتان'], { kind: 'duration', unit: 'minute', factor: 1 }],
      [['ثانيتين', 'ثانيتان'], { kind: 'duration', unit: 'second', factor: 1 }],
      [['عقدين', 'عقدان'], { kind: 'duration', unit: 'year', factor: 10 }],
      [['قرنين', 'قرنان'], { kind: 'duration', unit: 'year', factor: 100 }],
      [['مرتين', 'مرتان'], { kind: 'multiplier', unit: null, factor: 1 }],
      [['ضعفين', 'ضعفان', 'ضعفي'], { kind: 'multiplier', unit: null, factor: 1 }],
      [['درجتين', 'درجتان'], { kind: 'temperature', unit: '°C', factor: 1 }],
      [['لترين', 'لتران', 'ليترين', 'ليتران'], { kind: 'volume', unit: 'm3', factor: 1e-3 }],
      [['أونصتين', 'أونصتان', 'اونصتين', 'اونصتان'], { kind: 'mass', unit: 't', factor: 0.0000283495 }],
      [['طنين', 'طنان'], { kind: 'mass', unit: 't', factor: 1 }],
    ] as [string[], UnitDef][]
  ).flatMap(([forms, def]) => forms.map((f) => [foldString(f), def] as [string, UnitDef])),
);

/**
 * Unit nouns that, alone as a whole phrase, mean one of themselves (Duckling: شهر = 1 month,
 * كغ = 1000 g). Used only when parsing a whole phrase, never in running text.
 */
export const SINGLE_UNITS: ReadonlyMap<string, UnitDef> = new Map(
  (
    [
      [['ثانية'], { kind: 'duration', unit: 'second', factor: 1 }],
      [['دقيقة'], { kind: 'duration', unit: 'minute', factor: 1 }],
      [['ساعة'], { kind: 'duration', unit: 'hour', factor: 1 }],
      [['يوم'], { kind: 'duration', unit: 'day', factor: 1 }],
      [['أسبوع', 'اسبوع'], { kind: 'duration', unit: 'week', factor: 1 }],
      [['شهر'], { kind: 'duration', unit: 'month', factor: 1 }],
      [['سنة', 'عام'], { kind: 'duration', unit: 'year', factor: 1 }],
      [['كغ', 'كيلوغرام', 'كيلوجرام'], { kind: 'mass', unit: 't', factor: 1e-3 }],
    ] as [string[], UnitDef][]
  ).flatMap(([forms, def]) => forms.map((f) => [foldString(f), def] as [string, UnitDef])),
);
