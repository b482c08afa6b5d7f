// The shapes of the figure-format census (reports/census.md) with 20 or more spans that arqam
// reads, each with a real example from ../shared/unlabeled (trimmed to its clause) and the
// expected kind, value, unit and qualifier; and the shapes that are deliberately no figure.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

function figures(text: string, published: string | null = '2016-06-01'): Figure[] {
  const out = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out;
}

type Row = [
  shape: string,
  sentence: string,
  text: string,
  kind: string,
  value: number | string,
  valueMax: number | null,
  unit: string | null,
  qualifier: string | null,
];

describe('census shapes read as figures', () => {
  it.each<Row>([
    [
      'D S C',
      'تم إنجازه في الصين بكلفة ناهزت 30 ألف دينار تونسي، عالق منذ يوم',
      '30 ألف دينار تونسي',
      'money',
      30000,
      null,
      'TND',
      'approx',
    ],
    [
      'D.D S C',
      'وهو الجزء الثامن والأحدث في تلك السلسلة، نحو 532.5 مليون دولار في عطلة عيد الفصح',
      '532.5 مليون دولار',
      'money',
      532500000,
      null,
      'USD',
      'approx',
    ],
    [
      'W S C',
      'على الأجانب الذي يودعون ثلاثة ملايين دولار على الأقل في بنوك تركية',
      'ثلاثة ملايين دولار',
      'money',
      3000000,
      null,
      'USD',
      'at_least',
    ],
    ['D C', 'يتوفر هاتف هواوي حاليا بأسعار تبدأ من 1999 دينار تونسي باللون الذهبي', '1999 دينار تونسي', 'money', 1999, null, 'TND', null],
    ['D %', 'ولوجا مجانيا لـ 90 في المائة من حفلاته', '90 في المائة', 'percent', 90, null, '%', null],
    ['D%', 'تبين أن 21% من الأزواج أو العشاق انفصلوا عن بعضهم', '21%', 'percent', 21, null, '%', null],
    ['NSB·D.D %', 'ارتفع الناتج بنسبة 2.8 بالمائة خلال الثلاثي الأول', '2.8 بالمائة', 'percent', 2.8, null, '%', null],
    ['D U', 'الفنان شارل خاض مسارا فريدا امتد على 70 سنة.', '70 سنة', 'duration', 70, null, 'year', null],
    ['W U', 'ويقترح موازين الذي ينظم طيلة تسعة أيام من شهر ماي', 'تسعة أيام', 'duration', 9, null, 'day', null],
    ['D S', 'يعرضون نحو 120 ألف عنوان في مختلف المجالات', '120 ألف', 'count', 120000, null, null, 'approx'],
    [
      'D M D',
      'استضاف برنامج "سينما سينما" الأربعاء 18 جانفي 2017 في موعد استثنائي',
      '18 جانفي 2017',
      'date',
      '2017-01-18',
      null,
      null,
      null,
    ],
    ['Y·D', 'تنوع برنامج الدورة الجديدة لمهرجان الورد لسنة 2017 وامتداده', '2017', 'year', 2017, null, null, null],
    ['Y·Dم', 'هذه المدرسة التي تأسست عام 1919م، وأقفلت بقرار من السلطات', '1919م', 'year', 1919, null, null, null],
    ['Y·Dهـ', 'مساء الخميس التاسع والعشرين من شهر شعبان لهذا العام 1438هـ وإن لم ير', '1438هـ', 'year', 1438, null, null, null],
    ['Y·D-D', 'أكد أنه سحب ترسيمه للعام 2013-2014 وهو يطالب بحقه', '2013-2014', 'year_range', 2013, 2014, null, null],
    ['RANK·D', 'أسدل الستار مساء أمس السبت على الدورة 16 للمهرجان العربي', '16', 'ordinal', 16, null, null, null],
    ['(D)', 'ويحمل في رصيده خمسة أفلام هي "خطأ فولتار" (2000) و"المراوغة"', '2000', 'year', 2000, null, null, null],
    // Formats this issue added.
    ['(D) S C', 'وتحصل على مبلغ (50) ألف ريال سعودي، وفي الفئة الثانية', '(50) ألف ريال سعودي', 'money', 50000, null, 'SAR', null],
    ['(D) U', 'عام 1986 إحباط محاولة تهريب (51) كيلوجراما من مادة', '(51) كيلوجراما', 'mass', 0.051, null, 't', null],
    ['(D.D) C', 'مع غرامة مالية قدرها (10.000) ريال خلال المدة', '(10.000) ريال', 'money', 10000, null, 'SAR', null],
    ['D،D S C', 'يتم بمقتضاه اقراض تونس 2،9 مليار دولار منذ', '2،9 مليار دولار', 'money', 2900000000, null, 'USD', null],
    ['NSB·D،D %', 'خلال الثلاثية الاخيرة من 2016 بنسبة 1،1 بالمائة مقابل', '1،1 بالمائة', 'percent', 1.1, null, '%', null],
    ['DرD S C', 'اعية بعنوان نوفمبر 2016 بقيمة 4ر5 مليون دينار تونسي كما', '4ر5 مليون دينار تونسي', 'money', 5400000, null, 'TND', null],
    ['NSB·DرD %', 'لتستقر في حدود 8ر71 بالمائة مقابل 0ر74 بالمائة', '8ر71 بالمائة', 'percent', 71.8, null, '%', 'approx'],
    [
      'D م',
      'من 4594 مليون دينار تونسي مقدرة في قانون المالية الاصلي الى 3970 م د والزيادة',
      '3970 م د',
      'money',
      3970000000,
      null,
      'TND',
      null,
    ],
    ['D.D', 'أعلنت السلطات الجزائرية تجنيد نحو 500.000 عون لتأطير', '500.000', 'count', 500000, null, null, 'approx'],
    ['D/D/Dهـ', 'الصادر بالأمر الملكي وتاريخ 12/2/1439هـ وبما يتماشى', '12/2/1439هـ', 'date', '2017-11-01', null, null, null],
    [
      'D / D / Dهـ',
      'بناءً على قرار وزير الداخلية بتاريخ 10 / 6 / 1435هـ والذي نص',
      '10 / 6 / 1435هـ',
      'date',
      '2014-04-10',
      null,
      null,
      null,
    ],
    // a Hijri day and month are a date, its Gregorian day in the Umm al-Qura calendar (a Saturday)
    ['D HM D', 'فإن الهلال سيغيب مساء يوم السبت 29 رمضان 1438 في المملكة', '29 رمضان 1438', 'date', '2017-06-24', null, null, null],
    ['(+D %)', 'تطور قيمة صادرات محضرات الخضر والغلال (+26 %) ومنتجات البحر', '26 %', 'percent', 26, null, '%', null],
  ])('%s: %s', (_shape, sentence, text, kind, value, valueMax, unit, qualifier) => {
    const f = figures(sentence).find((x) => x.text === text);
    expect(f, `no figure «${text}» in ${JSON.stringify(figures(sentence).map((x) => x.text))}`).toBeDefined();
    expect({ kind: f!.kind, value: f!.value, value_max: f!.value_max, unit: f!.unit, qualifier: f!.qualifier }).toEqual({
      kind,
      value: typeof value === 'number' ? expect.closeTo(value, 6) : value,
      value_max: valueMax,
      unit,
      qualifier,
    });
  });
});

describe('census shapes that are no figure', () => {
  it.each<[shape: string, sentence: string, number: string]>([
    ['ID·D', 'العرض الأول الساعة 11 صباحا (عرض للأطفال)', '11'],
    ['ID·(D)', 'ليسجل هدفه رقم (39) في مختلف المسابقات الأوروبية', '39'],
    ['L-D', 'سقوط طائرة ذات محرك واحد من نوع بايبر PA-32 ، اليوم الأربعاء', '32'],
    ['D:D', 'وعلى الساعة 19:41 في مدينة الكاف و19:40 في تالة', '19'],
    ['«L D»', 'تحديثات نظام «ويندوز 10» الجديدة', '10'],
    ['(L D)', 'انطلاق بطولة (خليجي 23) في الكويت', '23'],
    ['Y·D U (كما)', 'المتحصلة على جائزة الكومار الذهبي سنة 2004 كما تحمل بنت البحر في رصيدها', 'كما'],
  ])('%s: %s', (_shape, sentence, number) => {
    const hit = figures(sentence).filter((f) => f.text.includes(number));
    expect(hit).toEqual([]);
  });
});

describe('a unit or sign serves one figure (issue 21)', () => {
  it("حصة 20% 50 مليون سهم: the % is 20's", () => {
    const out = figures('حصة 20% 50 مليون سهم');
    expect(out.map((f) => [f.text, f.kind])).toEqual([
      ['20%', 'percent'],
      ['50 مليون', 'count'],
    ]);
  });
  it('12.5% 100 200 300: no percentage after the first', () => {
    const out = figures('12.5% 100 200 300');
    expect(out.filter((f) => f.kind === 'percent').map((f) => f.text)).toEqual(['12.5%']);
  });
  it('$2.4 billion is 2.4e9 USD', () => {
    const out = figures('بلغت $2.4 billion');
    expect(out.map((f) => [f.kind, f.value, f.unit])).toEqual([['money', 2400000000, 'USD']]);
  });
});
