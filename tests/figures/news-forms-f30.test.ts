// Number and date forms of unseen news (f30, mined from ../shared/unlabeled): each case failed before
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

describe('وست before the rest of a name is West, no six (nonfigure_west_names)', () => {
  it.each([
    'بعد خسارة جاره مان يونايتد على أرضه أمام وست بروميتش البيون.',
    'يستهل موسمه أمام جاره المتواضع وست هام بمعنويات مرتفعة.',
    'وقعت الشركة عقدا مع وست إيرلاينز.',
  ])('%s', (text) => {
    expect(figures(text).filter(([, t]) => t === 'ست')).toEqual([]);
  });

  it('six medals after و stay a count', () => {
    expect(figures('بتحقيق 14 ميدالية ذهبية و ست ميداليات برونزية.')).toContainEqual(['count', 'ست', 6]);
  });
});

describe('لست (I am not) before its predicate is no six (notSix)', () => {
  it.each([
    'وقال المدرب: لست أفضل مدرب تكتيكي، لكن لدي أمور أخرى.',
    'وكتب: لا أتمرجل على القوات الأميركية ولست مرعوبا منها أيضا.',
    'وقالت: أنا لست جاهلة، وأعرف من أين جاءت.',
    'وأضاف: لست أدري لماذا تأخر القرار.',
    'وقال: أنا لست متأكدا من مشاركته.',
  ])('%s', (text) => {
    expect(figures(text).filter(([, t]) => t === 'ست')).toEqual([]);
  });

  it.each([
    ['وتلقى الإيقاف لست مباريات منها مباراتان مع وقف التنفيذ.', 'count'],
    ['وخلال الجولة التي امتدت لست ساعات زار القصر.', 'duration'],
  ])('%s stays a number', (text, kind) => {
    expect(figures(text).some(([k, t]) => k === kind && String(t).includes('ست'))).toBe(true);
  });
});

describe('a count after لـ is no year (yearInDigits)', () => {
  it.each([
    ['تنظم 30 دورة تدريبية في برنامج اصنع مهارة لـ1800 شاب وفتاة.', '1800'],
    ['كما تم تزويد المتنزه بمواقف تتسع لـ1200 سيارة.', '1200'],
    ['وأسس مدرسة مفتوحة لـ1200 طفل لاجئ.', '1200'],
  ])('%s', (text, digits) => {
    expect(figures(text)).toContainEqual(['count', digits, Number(digits)]);
  });

  it('a year after لـ with no counted noun stays a year', () => {
    expect(figures('وفقا للأجندة الوطنية لـ2021 فإنه سيتم العمل على ذلك.')).toContainEqual(['year', '2021', 2021]);
  });
});

describe('a clock time before its time zone is no figure (zoneTime)', () => {
  it.each([
    'سيضربون عن العمل في الساعة الرابعة صباحا بالتوقيت المحلي (0300 بتوقيت غرينتش).',
    'تلقت طلب استغاثة الساعة 22,45 (21,45 ت غ) بخصوص مركب صيد.',
    'عند الساعة 19.50 (16.50 غرينتش) من مساء السبت.',
    'يبدأ سريان الهدنة الساعة 1159 مساء (2059 بتوقيت جرينتش) ليل الأحد.',
    'فتحت مراكز الاقتراع أبوابها من الساعة الثامنة إلى الساعة 16,00 (13,00 الى 21,00 ت غ).',
    'حالة غرق لطفلة بشاطئ العقير الساعة 5،42 عصر أول أيام العيد.',
  ])('%s', (text) => {
    expect(figures(text).filter(([k]) => k === 'number' || k === 'count' || k === 'year')).toEqual([]);
  });

  it('a price after the time stays', () => {
    expect(figures('وبحلول الساعة 0915 بتوقيت جرينتش سجل الذهب 1112.76 دولار للأوقية.')).toContainEqual([
      'money',
      '1112.76 دولار',
      1112.76,
    ]);
  });
});

describe('الاثنين after a definite plural in ين is "the two" (theTwo)', () => {
  it.each([
    'وذكرت الشرطة أن المصابين الاثنين الآخرين تلقيا العلاج بالمستشفى.',
    'وصدرت الأحكام ضد المتهمين الاثنين بعد ثبوت الإدانة.',
    'ترحيل جثماني المواطنين التونسيين الاثنين اللذين قتلا في الهجوم.',
  ])('%s', (text) => {
    expect(figures(text, '2017-02-25').filter(([k]) => k === 'date')).toEqual([]);
  });

  it('a country in ين before الاثنين keeps the Monday', () => {
    expect(figures('وأعلنت البحرين الاثنين إغلاق السفارة.', '2017-02-25')).toContainEqual(['date', 'الاثنين', '2017-02-20']);
  });
});

describe('a subunit joins only a whole amount right before it or after و (joinSubunits)', () => {
  it.each([
    ['بلغ خام غرب تكساس 62.70 دولار للبرميل، منخفضا سبعة سنتات عن سعر آخر تسوية.', '62.70 دولار', 62.7],
    ['وبلغ برنت 67.51 دولار للبرميل، بينما انخفض الخام الأميركي 39 سنتا.', '67.51 دولار', 67.51],
  ])('%s', (text, price, value) => {
    const rows = figures(text);
    expect(rows).toContainEqual(['money', price, value]);
    expect(rows.some(([k, t]) => k === 'money' && String(t).includes('سنت') && !String(t).includes('دولار'))).toBe(true);
  });

  it('20 دولارا و43 سنتا is still one amount', () => {
    expect(figures('بلغ السعر 20 دولارا و43 سنتا.')).toContainEqual(['money', '20 دولارا و43 سنتا', 20.43]);
  });
});

describe('a number after a Latin letter spelled in Arabic is a model (afterLetterName)', () => {
  it.each([
    'نشرت الولايات المتحدة ست مقاتلات من طراز إف 16 في قاعدة انجرليك.',
    'لشراء أنظمة صواريخ إس 400 المتطورة.',
    'كشفت سامسونغ عن هاتفيها غالاكسي إس 9 والنسخة بلس منه.',
    'ويعتقد أنها من نوع ميغ 21 وميغ 23.',
    'تسليم 8 طائرات من طراز «إف- 16» إلى مصر.',
  ])('%s', (text) => {
    const names = figures(text).filter(([, t]) => ['16', '400', '9', '21', '23'].includes(String(t)));
    expect(names).toEqual([]);
  });

  it('a count after the name stays (بي بي سي 164 تقريرا)', () => {
    expect(figures('وراجعت بي بي سي 164 تقريرا عن هذه الهجمات.')).toContainEqual(['count', '164', 164]);
  });

  it('أي (that is) before a number is no letter', () => {
    expect(figures('ارتفعت الصادرات 3 مليارات، أي 30% عن العام الماضي.')).toContainEqual(['percent', '30%', 30]);
  });
});
