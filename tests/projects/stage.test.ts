import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeProjects, year, years, type HandFigure } from './analyze-text.js';
import { analyze } from '../../src/analyze.js';

const power = (text: string, value: number, value_max: number | null = null): HandFigure => ({
  text,
  kind: 'power',
  value,
  value_max,
  unit: 'MW',
});
const money = (text: string, value: number, unit: string): HandFigure => ({ text, kind: 'money', value, unit });

describe('a trigger with its name is a project', () => {
  it.each<[string, string, HandFigure[], Record<string, unknown>]>([
    [
      'a plant named by a place, with its year',
      'تم بناء محطة توراكورغان (2014) في أوزبكستان.',
      [year(2014)],
      { type: 'power_plant', name: 'محطة توراكورغان', year: 2014, country: 'UZ' },
    ],
    [
      'a railway between two places',
      'وبناء خط السكة الحديدية تاشغوزار-كومكورغان (2004).',
      [year(2004)],
      { type: 'railway', name: 'خط السكة الحديدية تاشغوزار-كومكورغان', year: 2004, country: 'UZ' },
    ],
    [
      'a road with a since-year',
      'وبناء طرق سريعة رئيسية في طاجيكستان منذ عام 2006.',
      [year(2006, 'since')],
      { type: 'road', name: 'طرق سريعة رئيسية', year: 2006, country: 'TJ' },
    ],
    [
      'a dual with a descriptor and a capacity range',
      'تم الاتفاق على بناء محطتين صغيرتين للطاقة الكهرومائية على نهر تشون-كيمين بطاقة 24-25 ميغاواط.',
      [power('24-25 ميغاواط', 24, 25)],
      { type: 'hydro', capacity_mw: 24, capacity_mw_max: 25 },
    ],
    [
      'a solar plant with a capacity and a partner',
      'وقعت اتفاقية لبناء محطة طاقة شمسية تصل إلى 100 ميغاواط بالتعاون مع Muroo Systems Corporation (2024).',
      [power('100 ميغاواط', 100), year(2024)],
      { type: 'solar', capacity_mw: 100, year: 2024 },
    ],
    [
      'a plant named by a code in parentheses',
      'مخطط بناء مصنع ثانٍ صديق للبيئة لإنتاج البنزين (GTG-2) في تركمانستان.',
      [],
      { type: 'plant', name: 'مصنع ثانٍ صديق للبيئة لإنتاج البنزين (GTG-2)', country: 'TM' },
    ],
    [
      'a quoted programme with a lead year and a cost',
      'في عام 2017، أطلق رئيس الوزراء "مبادرة التعاون في النقل"، مخصصاً 153 مليون دولار لمشاريع النقل.',
      [year(2017), money('153 مليون دولار', 153e6, 'USD')],
      { type: 'program', name: 'مبادرة التعاون في النقل', year: 2017, cost: 153e6, currency: 'USD', cost_usd: 153e6 },
    ],
    [
      'a cost in riyals converted at the peg',
      'أعلنت الشركة إنشاء محطة الشقايا بتكلفة 375 مليون ريال في الرياض.',
      [money('375 مليون ريال', 375e6, 'SAR')],
      { cost: 375e6, currency: 'SAR', cost_usd: 100e6, country: 'SA' },
    ],
    [
      'a cost in euros stays unconverted',
      'افتتح الرئيس محطة البرلس بتكلفة 6 مليارات يورو.',
      [money('6 مليارات يورو', 6e9, 'EUR')],
      { cost: 6e9, currency: 'EUR', cost_usd: null },
    ],
    [
      'a facility named after a person, opened (a verb of building or opening before it)',
      'افتتح الوزير مطار الملكة علياء الدولي في المدينة.',
      [],
      { type: 'airport', name: 'مطار الملكة علياء الدولي' },
    ],
    [
      'the country of the government that builds it, not of its contractor',
      'وقعت الحكومة المصرية عقدا لإنشاء خط القطار السريع مع شركة سيمنس الألمانية بقيمة 23 مليار دولار.',
      [money('23 مليار دولار', 23e9, 'USD')],
      { type: 'railway', country: 'EG' },
    ],
    [
      'a wind farm with its capacity',
      'قالت الشركة إنها ستبني مزرعة رياح بطاقة 500 ميغاواط في أوزبكستان.',
      [power('500 ميغاواط', 500)],
      { type: 'wind', name: 'مزرعة رياح', capacity_mw: 500, country: 'UZ' },
    ],
    [
      'a high-voltage line (Maghreb: التوتر العالي)',
      'تم إنشاء خط التوتر العالي بين قابس وصفاقس بكلفة 60 مليون دينار.',
      [money('60 مليون دينار', 60e6, 'TND')],
      { type: 'grid', name: 'خط التوتر العالي', country: 'TN' },
    ],
    [
      'a line project after مشروع',
      'أطلق المكتب مشروع خط للجهد العالي يربط مدينة الداخلة بالعيون.',
      [],
      { type: 'grid', name: 'مشروع خط للجهد العالي' },
    ],
    [
      'an interconnection with its cost',
      'وقعت مصر والسعودية اتفاقية مشروع الربط الكهربائي بين البلدين بتكلفة 1.8 مليار دولار.',
      [money('1.8 مليار دولار', 1.8e9, 'USD')],
      { type: 'grid', name: 'مشروع الربط الكهربائي', cost_usd: 1.8e9 },
    ],
    [
      'a pipeline with its year, no verb of building',
      'بدأ ضخ الغاز عبر خط أنابيب الغاز العربي من مصر إلى الأردن عام 2003.',
      [year(2003)],
      { type: 'pipeline', name: 'خط أنابيب الغاز العربي', year: 2003 },
    ],
  ])('%s', (_why, text, figures, expected) => {
    const doc = analyzeProjects(text, figures);
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]).toMatchObject(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('no project', () => {
  it.each<[string, string]>([
    ['a generic plural', 'ناقش الطرفان المشاريع المشتركة في المنطقة.'],
    ['a demonstrative', 'شكلت هذه المشاريع نقطة انطلاق.'],
    ['by means of (عن طريق)', 'تم ذلك عن طريق البنك.'],
    ['a bare programme word', 'تدعم طوكيو برامج التبادل المهني.'],
    ['a farm that is only visited', 'زار الوزير مزرعة دواجن في القصيم.'],
    ['a named airport one only lands at', 'وصلت الطائرة إلى مطار الملكة علياء الدولي أمس.'],
    ['a power line that is cut, not built', 'قطعت المحافظة خط الكهرباء الذي يؤدي إلى كربلاء.'],
    ['pressure on the grid is no line', 'ارتفع الضغط على الشبكة في محطة الرياض.'],
    ['a railway line only passed, with no fact about it', 'يمر خط السكة الحديدية بالقرب من القرية.'],
    ['linking two ideas', 'الربط بين الفكرتين مهم في عام 2020.'],
  ])('%s', (_why, text) => {
    expect(analyzeProjects(text).projects).toEqual([]);
  });

  it('takes the named plant out of the list, not the plural', () => {
    const doc = analyzeProjects('تحديث محطات الطاقة الحرارية، بما في ذلك محطة توراكورغان (2014).', [year(2014)]);
    expect(doc.projects.map((p) => p.name)).toEqual(['محطة توراكورغان']);
  });
});

describe('several projects in one sentence', () => {
  it('splits a list of places that each carry their year', () => {
    const doc = analyzeProjects('بدعم ياباني، تم تحديث مطارات في أستانا (2002-2005)، وبشكيك (2024-2025)، ودوشانبي (2017).', [
      years(2002, 2005),
      years(2024, 2025),
      year(2017),
    ]);
    expect(doc.projects.map((p) => [p.type, p.country, p.year, p.year_end, p.places])).toEqual([
      ['airport', 'KZ', 2002, 2005, ['أستانا']],
      ['airport', 'KG', 2024, 2025, ['بشكيك']],
      ['airport', 'TJ', 2017, null, ['دوشانبي']],
    ]);
  });

  it('keeps places that share one year as one project', () => {
    const doc = analyzeProjects('مكنت من إعادة بناء المطارات الدولية في سمرقند وبخارى وأورغنج (1996-1999).', [years(1996, 1999)]);
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]).toMatchObject({
      type: 'airport',
      country: 'UZ',
      year: 1996,
      year_end: 1999,
      places: ['سمرقند', 'بخارى', 'أورغنج'],
    });
  });

  it('gives the lead country and the lead partners to every project of the sentence', () => {
    const doc = analyzeProjects('في أوزبكستان، وبدعم من JICA وJBIC، تم بناء محطة توراكورغان (2014) ومحطة تاليمارجان (2013).', [
      year(2014),
      year(2013),
    ]);
    const names = new Map(doc.entities.map((e) => [e.id, e.mentions[0].text]));
    expect(doc.projects.map((p) => [p.name, p.country, p.year, p.partners.map((id) => names.get(id))])).toEqual([
      ['محطة توراكورغان', 'UZ', 2014, ['JICA', 'JBIC']],
      ['محطة تاليمارجان', 'UZ', 2013, ['JICA', 'JBIC']],
    ]);
  });

  it('lists partners written as a Latin list', () => {
    const doc = analyzeProjects('مخطط بناء مصنع البنزين (GTG-2) بالتعاون مع Kawasaki Heavy Industries، وRönesans، وITOCHU (2025).', [
      year(2025),
    ]);
    const names = new Map(doc.entities.map((e) => [e.id, e.mentions[0].text]));
    expect(doc.projects[0].partners.map((id) => names.get(id))).toEqual(['Kawasaki Heavy Industries', 'Rönesans', 'ITOCHU']);
  });

  it('takes an organisation that gives financing before the project as a partner', () => {
    const doc = analyzeProjects('قدم JBIC تمويلاً لمشروعين كبيرين للطاقة الشمسية في سمرقند بطاقة 1000 ميغاواط.', [
      power('1000 ميغاواط', 1000),
    ]);
    expect(doc.projects[0]).toMatchObject({ type: 'solar', capacity_mw: 1000, country: 'UZ' });
    expect(doc.projects[0].partners).toHaveLength(1);
  });

  it('takes a year of opening or completion later in the sentence, not any year there', () => {
    const yearOf = (text: string, y: number): number | null => {
      const doc = analyzeProjects(text, [power('100 ميغاواط', 100), year(y)]);
      expect(doc.projects).toHaveLength(1);
      return doc.projects[0].year;
    };
    expect(yearOf('وقعت الحكومة اتفاقية لبناء محطة توراكورغان بقدرة 100 ميغاواط، ومن المتوقع أن تبدأ التشغيل في عام 2026.', 2026)).toBe(
      2026,
    );
    expect(yearOf('بدأ العمل في بناء محطة توراكورغان بقدرة 100 ميغاواط، على أن يكتمل المشروع بحلول 2027.', 2027)).toBe(2027);
    expect(yearOf('افتتحت الشركة محطة توراكورغان بقدرة 100 ميغاواط، بينما تراجعت الأرباح في عام 2022.', 2022)).toBeNull();
  });

  it('takes the company that announces or wins the project as a partner, not the ministry that owns it', () => {
    const partnersOf = (text: string): string[] => {
      const doc = analyzeProjects(text, [power('500 ميغاواط', 500)]);
      const names = new Map(doc.entities.map((e) => [e.id, e.name]));
      expect(doc.projects).toHaveLength(1);
      return doc.projects[0].partners.map((id) => names.get(id) ?? id);
    };
    expect(partnersOf('أعلنت شركة زمزورة باور توقيع اتفاقية لتطوير محطة رياح في أوزبكستان بقدرة 500 ميغاواط.')).toEqual(['زمزورة باور']);
    expect(partnersOf('فازت شركة زمزورة بعقد لإنشاء محطة كهرباء في العراق بقدرة 500 ميغاواط.')).toEqual(['زمزورة']);
    expect(partnersOf('أعلنت وزارة الكهرباء إنشاء محطة كهرباء في بغداد بقدرة 500 ميغاواط.')).toEqual([]);
  });
});

describe('figure subjects', () => {
  it('links a project figure to the project and another figure to the nearest entity', () => {
    const doc = analyzeProjects('بناء محطة توراكورغان (2014). وتمتلك أوزبكستان القدرة على توليد 500 غيغاواط.', [
      year(2014),
      power('500 غيغاواط', 500000),
    ]);
    const p = doc.projects[0];
    const uz = doc.entities.find((e) => e.key === 'UZ')!;
    expect(doc.figures.map((f) => f.subject)).toEqual([p.id, uz.id]);
    expect(p.figures).toEqual(['f1']);
  });
});

describe('regressions from reading the corpus', () => {
  it('merges a project named again and again into one (saudinewsnet-14, مشروع واسط)', () => {
    const doc = analyzeProjects('بدأ تشغيل مشروع «واسط» في السعودية. ويعد مشروع واسط الأكبر. وينتج معمل واسط الغاز بطاقة 2500 ميغاواط.', [
      power('2500 ميغاواط', 2500),
    ]);
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]).toMatchObject({ type: 'plant', country: 'SA', capacity_mw: 2500 });
  });

  it('takes no saving for a cost (ant-multisource-02, توفير ما قيمته)', () => {
    const doc = analyzeProjects(
      'أطلق الرئيس إنشاء محطات محولات لنقل الكهرباء في القاهرة، وستتيح المحطات توفير ما قيمته مليار يورو سنويا.',
      [money('مليار يورو', 1e9, 'EUR')],
    );
    expect(doc.projects.map((p) => p.cost)).toEqual([null]);
  });

  it.each<[string, string]>([
    ['a fuel station', 'تم افتتاح محطة وقود جديدة في الرياض.'],
    ['a fire station', 'بناء محطة إطفاء في جدة.'],
    ['the ports of a country', 'ارتفعت مناولة السيارات في موانئ المملكة خلال 5 سنوات.'],
    ['a generic plural in a country', 'سيتم تنفيذ مشاريع استثمارية في لبنان.'],
    ['spending that folds like tunnels (إنفاق)', 'زيادة إنفاق أخرى متنافسة على الطاقة.'],
    ['a named port that only stands in the sentence (saudinewsnet-38)', 'وصلت 800 ألف طن من السكر ميناء جدة الإسلامي.'],
  ])('no project: %s', (_why, text) => {
    expect(analyzeProjects(text).projects).toEqual([]);
  });

  it('types مشروع + a named airport as the airport, starting at مشروع (saudinewsnet-25)', () => {
    const doc = analyzeProjects('وبدأ العمل في مشروع مطار الملك عبدالعزيز الدولي الجديد بجدة.');
    expect(doc.projects.map((p) => [p.type, p.name, p.country])).toEqual([
      ['airport', 'مشروع مطار الملك عبدالعزيز الدولي الجديد بجدة', 'SA'],
    ]);
  });

  it('reads a train station as part of a railway (saudinewsnet-23)', () => {
    const doc = analyzeProjects('تفقد الوزير محطة القطار في رابغ.');
    expect(doc.projects.map((p) => p.type)).toEqual(['railway']);
  });

  it('ends a name at a verb (saudinewsnet-27, ميناء جدة حقق)', () => {
    const doc = analyzeProjects('توسعة ميناء جدة حقق المرتبة الأولى عام 2014.', [year(2014)]);
    expect(doc.projects.map((p) => p.name)).toEqual(['ميناء جدة']);
  });
});

describe('the headline', () => {
  it('names in passing the project the article then names in full: one project', () => {
    const text =
      'افتتاح محطة رياح في الأردن\n\nافتتحت الحكومة الأردنية اليوم محطة الطفيلة لطاقة الرياح بقدرة 117 ميغاواط، بتكلفة بلغت 287 مليون دولار.';
    const a = analyze(text);
    expect(a.document.title).toBe('افتتاح محطة رياح في الأردن');
    expect(a.projects.map((p) => [p.name, p.type, p.country, p.capacity_mw])).toEqual([['محطة الطفيلة لطاقة الرياح', 'wind', 'JO', 117]]);
  });

  it("reads an unnamed headline plant (its لـ complement indefinite) as the body's one plant of its type", () => {
    const text =
      'أبوظبي: مناقصة لإنشاء أكبر محطة لتحلية مياه في العالم\n\nتعتزم أبوظبي طرح مناقصة لإنشاء أكبر محطة مستقلة لتحلية المياه في العالم في مايو المقبل.';
    const a = analyze(text);
    expect(a.document.title).toBe('أبوظبي: مناقصة لإنشاء أكبر محطة لتحلية مياه في العالم');
    expect(a.projects.map((p) => [p.name, p.type])).toEqual([['محطة مستقلة لتحلية المياه', 'desalination']]);
  });

  it('keeps an unnamed headline plant apart when the body has two plants of its type', () => {
    const text =
      'مناقصة لإنشاء محطة لتحلية مياه\n\nطرحت الهيئة مناقصة لإنشاء محطة تحلية المياه في جدة بطاقة 100 ألف متر مكعب يوميا، ومحطة تحلية المياه في ينبع بطاقة 50 ألف متر مكعب يوميا.';
    expect(analyze(text).projects.filter((p) => p.type === 'desalination').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a headline project of another type apart', () => {
    const text =
      'افتتاح مطار جديد في الأردن\n\nافتتحت الحكومة الأردنية اليوم محطة الطفيلة لطاقة الرياح بقدرة 117 ميغاواط، بتكلفة بلغت 287 مليون دولار.';
    expect(analyze(text).projects.some((p) => p.type === 'wind')).toBe(true);
  });
});

describe('facility names that look like people', () => {
  it('keeps a given name after محطة in the plant and out of the people (محطة نور ميدلت)', () => {
    const a = analyze('أعلنت الحكومة المغربية عن إطلاق مشروع محطة نور ميدلت للطاقة الشمسية بقدرة 800 ميغاواط.');
    expect(a.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(a.projects.map((p) => [p.name, p.type, p.country, p.capacity_mw])).toEqual([
      ['مشروع محطة نور ميدلت للطاقة الشمسية', 'solar', 'MA', 800],
    ]);
  });
});

describe('the project spoken of in the next sentence', () => {
  const first = 'أعلنت الحكومة المغربية عن إطلاق مشروع محطة نور ميدلت للطاقة الشمسية بقدرة 800 ميغاواط.';

  it('takes the cost and the financier of "المشروع" in the sentence after it', () => {
    const a = analyze(`${first} وتبلغ تكلفة المشروع 700 مليون دولار، ويمول البنك الدولي جزءا منه.`);
    expect(a.projects).toHaveLength(1);
    const p = a.projects[0];
    expect(p).toMatchObject({ cost: 700e6, currency: 'USD', cost_usd: 700e6 });
    expect(p.partners.map((id) => a.entities.find((e) => e.id === id)?.key)).toEqual(['world-bank']);
    expect(a.figures.find((f) => f.text === '700 مليون دولار')?.subject).toBe(p.id);
  });

  it('leaves a cost alone when the next sentence speaks of no project', () => {
    const a = analyze(`${first} وبلغت صادرات البلاد 700 مليون دولار.`);
    expect(a.projects[0].cost).toBeNull();
  });

  it('reaches into another paragraph when the article has only this project (FORMAT: wherever the article states it)', () => {
    const a = analyze(`${first}\n\nوتبلغ تكلفة المشروع 700 مليون دولار.`);
    expect(a.projects[0].cost).toBe(700e6);
  });

  it('does not reach into another paragraph when two projects could be meant', () => {
    const two = `${first} كما أعلنت عن إطلاق مشروع محطة نور ورزازات للطاقة الشمسية بقدرة 500 ميغاواط.`;
    const a = analyze(`${two}\n\nوتبلغ تكلفة المشروع 700 مليون دولار.`);
    expect(a.projects).toHaveLength(2);
    expect(a.projects.map((p) => p.cost)).toEqual([null, null]);
  });
});
