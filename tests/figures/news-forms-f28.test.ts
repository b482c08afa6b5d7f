// Number and date forms of unseen news (f28, mined from ../shared/unlabeled): each case failed before
// the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value]);
}

describe('a numeric date with a space on one side of its second separator (readNumericDate)', () => {
  it.each<[string, Row]>([
    ['ابن فاطمة من مواليد 23-03- 1969 في نهج أم درمان.', ['date', '23-03- 1969', '1969-03-23']],
    ['مجلة فوربس الصادرة في 30-1- 2015، التي اعتبرت', ['date', '30-1- 2015', '2015-01-30']],
    ['وصك شرعي في 24-7- 1431 في دعوى الحق الخاص', ['date', '24-7- 1431', '2010-07-06']],
    ['وذلك بتاريخ 26/10/ 1436هـ في الرياض', ['date', '26/10/ 1436هـ', '2015-08-11']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual([want]);
  });
});

// 2018-04-11 is a Wednesday.
describe('a weekday after اعتبارا/ابتداء من is the day itself or the next (startFrom in 03-read-dates)', () => {
  it.each<[string, Row]>([
    ['أعلنت الخطوط الجوية الكويتية وقف رحلاتها إلى بيروت اعتبارا من الخميس لأسباب أمنية.', ['date', 'الخميس', '2018-04-12']],
    ['أعلن الجيش إغلاق معبر كرم أبو سالم ابتداء من الأحد حتى إشعار آخر.', ['date', 'الأحد', '2018-04-15']],
    ['تحتضن مدينة جدة، ابتداءً من يوم الثلاثاء، أكبر هاكاثون في المنطقة.', ['date', 'الثلاثاء', '2018-04-17']],
    ['تبدأ المحاكمة اعتبارا من الأربعاء بتهمة الاحتيال.', ['date', 'الأربعاء', '2018-04-11']],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-04-11')).toContainEqual(want);
  });
});

// 2018-05-16 is a Wednesday.
describe('a dual or plural verb with the future prefix puts the weekday ahead (futureDualOrPlural)', () => {
  it.each<[string, Row]>([
    ['وقال إن الوزيرين سيلتقيان الاثنين في جنيف.', ['date', 'الاثنين', '2018-05-21']],
    ['وقال إن الوزراء سيلتقون الأحد في الرياض.', ['date', 'الأحد', '2018-05-20']],
    ['وأكد أن اللاعبين سيغادرون يوم الخميس إلى لندن.', ['date', 'الخميس', '2018-05-17']],
  ])('%s', (text, want) => {
    expect(figures(text, '2018-05-16')).toContainEqual(want);
  });

  it.each<[string, Row]>([
    // A name in س (سيباستيان) is no verb: the last such day.
    ['والتقى سيباستيان الاثنين بالرئيس.', ['date', 'الاثنين', '2018-05-14']],
  ])('past: %s', (text, want) => {
    expect(figures(text, '2018-05-16')).toContainEqual(want);
  });
});

describe('a plural not in ات before الـ and digits counts (countedPlural in 07-classify)', () => {
  it.each<[string, Row]>([
    ['واتفق قادة الدول الـ28 على الخطة.', ['count', '28', 28]],
    ['وأفرج عن الفتيان الـ12 من الكهف.', ['count', '12', 12]],
    ['لكن المرشحين الـ605 للمجلس تم اختيارهم مسبقا.', ['count', '605', 605]],
    ['وقال مصدر طبي إن المجندين الـ16 المصابين بخير.', ['count', '16', 16]],
    ['لتأهيل المدن الـ 11 المضيفة للبطولة.', ['count', '11', 11]],
  ])('%s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });

  it.each<[string, Row]>([
    // A singular is followed by an ordinal.
    ['في الدورة الـ28 للمهرجان.', ['ordinal', '28', 28]],
    ['وتبدأ الجولة الـ5 من الدوري السبت.', ['ordinal', '5', 5]],
  ])('still an ordinal: %s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });
});

describe('a comma and three digits before مليون group thousands (thousandsOfMillions)', () => {
  it.each<[string, Row]>([
    ['يوصي بتوزيع 1,596 مليون ريال عن النصف الأول', ['money', '1,596 مليون ريال', 1596000000]],
    ['بلغت الإيرادات 4,749 مليون درهم إماراتي', ['money', '4,749 مليون درهم إماراتي', 4749000000]],
  ])('%s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });

  it.each<[string, Row]>([
    // مليار and the plural keep the decimal: 2,650 مليار درهم is 721 million dollars.
    ['أرباحا صافية بلغت 2,650 مليار درهم إماراتي', ['money', '2,650 مليار درهم إماراتي', 2650000000]],
    ['وناهزت قيمتها 3,650 ملايين دينار', ['money', '3,650 ملايين دينار', 3650000]],
    ['بلغت 1,59 مليون دولار', ['money', '1,59 مليون دولار', 1590000]],
  ])('still decimal: %s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });
});

describe('names written with a number word are no figures (blockWordNames in 01-find-non-figures)', () => {
  it.each<string>([
    'بعد اتفاق توصلت له حركتي "خمس نجوم" و"الرابطة".',
    'وقرر سالفيني التخلي عن حركة خمس نجوم.',
    'وتعرفوا على بعضهم عقب فض اعتصامي رابعة والنهضة.',
    'وتجمع المحتجون في ميدان رابعة العدوية بالقاهرة.',
    'وقالت صحيفة "اليوم السابع" المصرية إن المحكمة حددت جلسة.',
    '*نقلا عن اليوم السابع المصرية',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each<[string, Row]>([
    ['وأقام في فندق من فئة خمس نجوم في دبي.', ['count', 'خمس', 5]],
    ['وجاء في المرتبة رابعة في السباق.', ['ordinal', 'رابعة', 4]],
    ['وتستمر المنافسات حتى اليوم السابع وتبدأ بالانخفاض.', ['ordinal', 'السابع', 7]],
  ])('still a figure: %s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });
});

describe('a negation does not reach into a clause after أن (negation_stop)', () => {
  it.each<[string, Row]>([['ربما لا تعرفون أنني ظللت أدخن السجائر لأكثر من عشرين عاما.', ['duration', 'عشرين عاما', 20]]])(
    '%s',
    (text, want) => {
      expect(figures(text)).toContainEqual(want);
      const f = extractFigures(text, { published: null }).find((x) => x.text === want[1]);
      expect(f?.qualifier).toBe('at_least');
    },
  );

  it('a negation of the verb still turns the bound: لا يشكل النفط أكثر من 5%', () => {
    const f = extractFigures('لا يشكل فيه النفط ومشتقاته أكثر من 5% من الصادرات.', { published: null }).find((x) => x.kind === 'percent');
    expect(f?.qualifier).toBe('at_most');
  });
});

describe('the text-message numbers of a column footer are no figures (smsCode in 01-find-non-figures)', () => {
  it.each<string>([
    'للتواصل أرسل sms إلى 88548 الاتصالات، 636250 موبايلي، 738303 زين تبدأ بالرمز 262 مسافة ثم الرسالة',
    'ارسل رسالة SMS تبدأ بالرمز (53) ثم مسافة ثم نص الرسالة إلى 88591 - Stc 635031 - Mobily 737221 - Zain 737221',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("an amount beside an operator's name stays: وبلغت أرباح شركة زين 50 مليون دينار", () => {
    expect(figures('وبلغت أرباح شركة زين 50 مليون دينار، وحصة الاتصالات 25%.').map((r) => r[0])).toEqual(['money', 'percent']);
  });
});

describe('a number with the article before a definite plural or الذين counts them (countedAfter in 07-classify)', () => {
  it.each<[string, Row]>([
    ['وكان من بين الـ 17 المتهمين الآخرين في القضية.', ['count', '17', 17]],
    ['ولم تذكر الحكومة أسماء الـ7 الذين اعتقلوا.', ['count', '7', 7]],
    ['وقتل البحار الـ13 الذين كانوا على متنها.', ['count', '13', 13]],
    ['خلال الـ 5 السنوات الماضية.', ['duration', '5', 5]],
  ])('%s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });

  it('an ordinal before التي stays: الدورة الـ28 التي أقيمت', () => {
    expect(figures('في الدورة الـ28 التي أقيمت في دبي.')).toContainEqual(['ordinal', '28', 28]);
  });
});

describe('horsepower: حصان after a number with a word of power before it (horsepowerCue in 04-attach-units)', () => {
  it.each<[string, Row]>([
    ['وتعمل السيارة بمحرك مزدوج بقوة 680 حصانا.', ['power', '680 حصانا', 0.50707591296]],
    ['وزوّدت السيارة بمحرك تبلغ قوته 430 حصان، وهي رباعية الدفع.', ['power', '430 حصان', 0.32065094496]],
  ])('%s', (text, want) => {
    const got = figures(text).find((r) => r[0] === 'power');
    expect(got?.[1]).toBe(want[1]);
    expect(got?.[2]).toBeCloseTo(want[2] as number, 9);
  });

  it.each<[string, Row]>([
    ['وشارك في العرض 220 عربة عسكرية و250 حصاناً و64 طائرة.', ['count', '250', 250]],
    ['وشارك في السباق 20 حصانا.', ['count', '20', 20]],
  ])('horses: %s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });
});

// 2018-04-01 is a Sunday.
describe('الليلة الماضية is the day before publication (relative_date)', () => {
  it('تعادله المثير مع برشلونة الليلة الماضية', () => {
    expect(figures('لكن تعادله المثير مع برشلونة الليلة الماضية في الدوري.', '2018-04-01')).toContainEqual([
      'date',
      'الليلة الماضية',
      '2018-03-31',
    ]);
  });
});
