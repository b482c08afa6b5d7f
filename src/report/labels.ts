// Names of figure kinds, entity types and set-aside chrome in the reports: the contract's code
// (English, what the CSV and JSON say) and an Arabic label for the right-to-left page.
import type { EntityType, FigureKind, Qualifier, SetAsideKind } from '../model/types.js';

export const KIND_LABELS_AR: Record<FigureKind, string> = {
  power: 'القدرة',
  energy: 'الطاقة',
  money: 'المبالغ',
  percent: 'النسب',
  temperature: 'الحرارة',
  length: 'الأطوال',
  area: 'المساحات',
  volume: 'الأحجام',
  mass: 'الأوزان',
  speed: 'السرعات',
  voltage: 'الجهد الكهربائي',
  quantity: 'الكميات',
  count: 'الأعداد',
  year: 'السنوات',
  year_range: 'فترات',
  date: 'التواريخ',
  duration: 'المدد',
  multiplier: 'المضاعفات',
  ordinal: 'الترتيب',
  number: 'أرقام أخرى',
};

/** Qualifiers in the Arabic page (the contract's code in the tooltip). */
export const QUALIFIER_LABELS_AR: Record<Qualifier, string> = {
  approx: 'نحو',
  at_most: 'حتى',
  at_least: 'على الأقل',
  since: 'منذ',
  by: 'بحلول',
  until: 'إلى غاية',
};

/**
 * Project types in the Arabic page (the contract's code in the tooltip): the types of
 * data/lexicon/project-heads.tsv, project-descriptors.tsv and project-words.tsv. A type not
 * listed is shown as its code.
 */
export const PROJECT_TYPE_LABELS_AR: Record<string, string> = {
  airport: 'مطار',
  bridge: 'جسر',
  building: 'مبنى',
  canal: 'قناة',
  city: 'مدينة',
  complex: 'مجمّع',
  dam: 'سد',
  desalination: 'تحلية مياه',
  economic_city: 'مدينة اقتصادية',
  economic_zone: 'منطقة اقتصادية',
  farm: 'مزرعة',
  field: 'حقل',
  free_zone: 'منطقة حرة',
  gas_field: 'حقل غاز',
  gas_plant: 'معمل غاز',
  grid: 'شبكة كهرباء',
  hospital: 'مستشفى',
  housing: 'إسكان',
  hydro: 'محطة كهرومائية',
  industrial_city: 'مدينة صناعية',
  industrial_plant: 'مصنع',
  industrial_zone: 'منطقة صناعية',
  logistics: 'مركز لوجستي',
  metro: 'مترو',
  mine: 'منجم',
  mosque: 'مسجد',
  museum: 'متحف',
  network: 'شبكة',
  new_city: 'مدينة جديدة',
  nuclear: 'محطة نووية',
  oil_field: 'حقل نفط',
  petrochemical: 'بتروكيماويات',
  pipeline: 'خط أنابيب',
  plant: 'مصنع',
  port: 'ميناء',
  power_plant: 'محطة كهرباء',
  program: 'برنامج',
  project: 'مشروع',
  railway: 'سكة حديدية',
  refinery: 'مصفاة',
  renewable: 'طاقة متجددة',
  road: 'طريق',
  sanitation: 'صرف صحي',
  school: 'مدرسة',
  shipyard: 'حوض بناء سفن',
  solar: 'محطة شمسية',
  stadium: 'ملعب',
  substation: 'محطة تحويل',
  tourism: 'مشروع سياحي',
  tram: 'ترام',
  tunnel: 'نفق',
  unit: 'وحدة',
  university: 'جامعة',
  water: 'مشروع مياه',
  wind: 'محطة رياح',
  zone: 'منطقة',
};

export const TYPE_LABELS_AR: Record<EntityType, string> = {
  COUNTRY: 'دول',
  REGION: 'أقاليم',
  CITY: 'مدن ومحافظات',
  LOCATION: 'أماكن',
  ORG: 'مؤسسات',
  PERSON: 'أشخاص',
  EVENT: 'أحداث',
};

/** One-word badge shown on a highlighted mention. */
export const TYPE_BADGES_AR: Record<EntityType, string> = {
  COUNTRY: 'دولة',
  REGION: 'إقليم',
  CITY: 'مدينة',
  LOCATION: 'مكان',
  ORG: 'مؤسسة',
  PERSON: 'شخص',
  EVENT: 'حدث',
};

export const SET_ASIDE_LABELS_AR: Partial<Record<SetAsideKind, string>> = {
  'date-line': 'سطر التاريخ',
  ticker: 'شريط أخبار',
  template: 'بقايا قالب',
  byline: 'سطر الكاتب',
  code: 'شيفرة',
  wrapper: 'غلاف',
  boilerplate: 'نص الموقع',
  markup: 'وسوم HTML',
  'inline-markup': 'وسوم HTML',
};

/** Colour families of figure kinds: one colour per family keeps the legend short. */
export const KIND_FAMILY: Record<FigureKind, string> = {
  power: 'energy',
  energy: 'energy',
  money: 'money',
  percent: 'percent',
  temperature: 'measure',
  length: 'measure',
  area: 'measure',
  volume: 'measure',
  mass: 'measure',
  speed: 'measure',
  voltage: 'energy',
  quantity: 'measure',
  count: 'count',
  year: 'time',
  year_range: 'time',
  date: 'time',
  duration: 'time',
  multiplier: 'count',
  ordinal: 'count',
  number: 'count',
};

export const FAMILY_LABELS_AR: Record<string, string> = {
  energy: 'قدرة وطاقة',
  money: 'مال',
  percent: 'نسبة',
  measure: 'قياس وكمية',
  time: 'زمن',
  count: 'عدد',
};
