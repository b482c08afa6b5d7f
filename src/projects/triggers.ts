// The words that announce a development project, the type each gives, and the descriptors that
// refine a type (محطة + طاقة شمسية = solar). Forms are normalized (src/text/normalize) and
// without the article; the matcher strips ال and proclitics (للمطارات → مطارات).

export type Number_ = 'one' | 'two' | 'many';

export interface TriggerWord {
  type: string;
  number: Number_;
  /** Needs an action noun before it or a name after it to be a project (طريق, سد, حقل are also common words). */
  weak?: boolean;
  /** A programme: a name (quoted or proper) and a figure make it a project. */
  program?: boolean;
}

function forms(type: string, one: string[], two: string[], many: string[], extra: Partial<TriggerWord> = {}): [string, TriggerWord][] {
  return [
    ...one.map((f): [string, TriggerWord] => [f, { type, number: 'one', ...extra }]),
    ...two.map((f): [string, TriggerWord] => [f, { type, number: 'two', ...extra }]),
    ...many.map((f): [string, TriggerWord] => [f, { type, number: 'many', ...extra }]),
  ];
}

/** One-word triggers. */
export const TRIGGERS = new Map<string, TriggerWord>([
  ...forms('power_plant', ['محطه'], ['محطتين', 'محطتان'], ['محطات']),
  ...forms('project', ['مشروع'], ['مشروعين', 'مشروعان'], ['مشاريع', 'مشروعات']),
  ...forms('airport', ['مطار'], ['مطارين', 'مطاران'], ['مطارات']),
  ...forms('bridge', ['جسر'], ['جسرين'], ['جسور']),
  ...forms('road', ['طريق'], ['طريقين'], ['طرق'], { weak: true }),
  ...forms('railway', ['قطار', 'سكه'], [], ['قطارات']),
  ...forms('metro', ['مترو'], [], []),
  ...forms('port', ['ميناء'], ['ميناءين'], ['موانئ', 'موانيء']),
  ...forms('dam', ['سد'], ['سدين'], ['سدود'], { weak: true }),
  ...forms('field', ['حقل'], ['حقلين'], ['حقول'], { weak: true }),
  ...forms('plant', ['مصنع', 'معمل'], ['مصنعين'], ['مصانع']),
  ...forms('refinery', ['مصفاه'], ['مصفاتين'], ['مصافي']),
  ...forms('tunnel', ['نفق'], [], ['انفاق'], { weak: true }),
  ...forms('program', ['مبادره', 'برنامج'], [], ['مبادرات', 'برامج'], { program: true }),
  // مزرعة رياح, مزرعة طاقة شمسية: a descriptor makes it wind or solar; a plain farm is a project
  // only when it is built or financed (the general rule below).
  ...forms('farm', ['مزرعه'], ['مزرعتين', 'مزرعتان'], ['مزارع']),
]);

/** A trigger word followed by these is a railway or pipeline line: خط السكة الحديدية, خط أنابيب. */
export const LINE_HEADS = new Map<string, string>([
  ['السكه', 'railway'],
  ['سكه', 'railway'],
  ['القطار', 'railway'],
  ['قطار', 'railway'],
  ['انابيب', 'pipeline'],
  ['الانابيب', 'pipeline'],
  ['الغاز', 'pipeline'],
  ['النفط', 'pipeline'],
  ['المترو', 'metro'],
  ['مترو', 'metro'],
  ['الربط', 'grid'],
  ['نقل', 'grid'],
  // Power lines: خط الجهد العالي, خط للجهد العالي, خط التوتر العالي (Maghreb), خط الضغط العالي.
  ['الجهد', 'grid'],
  ['جهد', 'grid'],
  ['التوتر', 'grid'],
  ['الضغط', 'grid'],
]);

/**
 * Descriptors in a project's name that refine its type, checked in order on the normalized
 * words of the name (with and without ال and لل).
 */
export const DESCRIPTORS: [RegExp, string][] = [
  [/^(شمسي|شمسيه|الشمسيه|الشمسي|للطاقه الشمسيه|الكهروضوئيه|كهروضوئيه)$/, 'solar'],
  [/^(الرياح|رياح|هوائيه|الهوائيه|هوائيتين|الهوائيتين|هوائي|الهوائي)$/, 'wind'],
  [/^(الكهرومائيه|كهرومائيه|المائيه الكهربائيه)$/, 'hydro'],
  [/^(النوويه|نوويه|الذريه)$/, 'nuclear'],
  [/^(متجدده|المتجدده)$/, 'renewable'],
  [/^(تحليه|التحليه|لتحليه)$/, 'desalination'],
  [/^(تحويل|التحويل|محولات|المحولات)$/, 'substation'],
  [/^(القطار|قطار|القطارات|قطارات|المترو|مترو|السكه|الركاب)$/, 'railway'],
  [/^(الجهد|جهد|للجهد|التوتر|للتوتر|الضغط)$/, 'grid'],
  // مشروع الربط الكهربائي: an interconnection of two grids.
  [/^(الربط|ربط|للربط)$/, 'grid'],
  [/^(الحراريه|حراريه|توليد|لتوليد|الكهرباء|للكهرباء|كهرباء|الغازيه|الدوره المركبه)$/, 'power_plant'],
];

/** Action nouns before a trigger that make it a concrete project (بناء جسر, إعادة بناء المطارات). */
export const ACTIONS = new Set([
  'بناء', 'انشاء', 'تحديث', 'توسعه', 'توسيع', 'تطوير', 'تنفيذ', 'تشييد', 'كهربه', 'تأهيل', 'تاهيل', 'اعاده', 'تشغيل', 'افتتاح', 'تمويل',
  'اطلاق', 'اقامه', 'تدشين', 'انجاز', 'صيانه', 'رصف', 'ازدواج', 'مد', 'حفر', 'تجديد', 'ترميم',
]);

/** Words after a trigger that make it generic: المشاريع المشتركة, هذه المحطات, مثل هذه المشاريع. */
export const GENERIC_AFTER = new Set(['المشتركه', 'المشترك', 'مشتركه', 'مشترك', 'الاخري', 'اخري', 'الاخرى', 'المماثله', 'مماثله', 'مشابهه', 'المشابهه', 'عده', 'كثيره', 'مختلفه', 'المختلفه', 'الكبري', 'التنمويه', 'تنمويه', 'الحيويه', 'المستقبليه']);

/** Cue words whose money figure is a project's cost. */
export const COST_CUES = new Set([
  'قيمه', 'بقيمه', 'تكلفه', 'بتكلفه', 'كلفه', 'بكلفه', 'تكاليف', 'استثمارات', 'باستثمارات', 'استثمار', 'باستثمار', 'مخصصا', 'مخصصه', 'خصص',
  'خصصت', 'تخصيص', 'ميزانيه', 'بميزانيه', 'تمويل', 'بتمويل', 'قرض', 'بقرض', 'منحه', 'بمنحه', 'تبلغ', 'بلغت', 'يبلغ', 'بلغ', 'قدرها', 'قدره', 'حجمها',
]);

/** Cue words before the organisations that take part in a project. */
export const PARTNER_CUES = new Set([
  'التعاون', 'بالتعاون', 'دعم', 'بدعم', 'تمويل', 'بتمويل', 'مع', 'الشراكه', 'بالشراكه', 'نفذتها', 'نفذها', 'تنفذها', 'ينفذها', 'تنفيذ', 'بتنفيذ',
  'قبل', 'يمول', 'تمول', 'مول', 'مولت', 'ائتلاف', 'تحالف', 'شركاء', 'وقعت', 'وقع', 'ووقعت', 'مقاول', 'المقاول', 'بإشراف', 'باشراف', 'اشراف', 'طورتها', 'يطورها', 'تطورها',
]);

/** Nouns of financing: "قدم JBIC تمويلاً لمشروعين" makes JBIC a partner. */
export const FINANCING = new Set(['تمويلا', 'تمويل', 'قرضا', 'قرض', 'منحه', 'دعما', 'دعم', 'قروضا']);
