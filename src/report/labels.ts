// Names of figure kinds, entity types and set-aside chrome in the reports: the contract's code
// (English, what the CSV and JSON say) and an Arabic label for the right-to-left page.
import type { EntityType, FigureKind, SetAsideKind } from '../model/types.js';

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
