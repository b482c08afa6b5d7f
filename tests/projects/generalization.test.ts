// Project rules written for patterns counted across ../shared/unlabeled and the gold-dev articles
// (counts in data/lexicon/project-heads.tsv and project-words.tsv); each case is a real sentence of
// the corpus, shortened, or one built on its pattern.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/model/types.js';
import { checkAnalysisSpans } from '../helpers/spans.js';

function projects(text: string): Analysis['projects'] {
  const a = analyze(text);
  expect(() => checkAnalysisSpans(text, a)).not.toThrow();
  return a.projects;
}

describe('heads of every kind', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'a canal named after an action noun (saudinewsnet-30)',
      'وقالت الهيئة إن الميزانية المخصصة لتوسعة قناة السويس والمقدرة بنحو 62 مليار جنيه رصدت للمشروع.',
      { type: 'canal', country: 'EG' },
    ],
    [
      'a concession named in quotes (ant-multisource-07)',
      'وقعت أدنوك اتفاقية حصلت بموجبها توتال على نسبة 20 بالمائة في امتياز "زاكوم السفلي" البحري في أبوظبي.',
      { type: 'oil_field', country: 'AE' },
    ],
    [
      'a network by what it carries (ant-jawharafm-02)',
      'قدمت المكاتب عروضها لإنجاز شبكة المترو الخفيف بصفاقس بطول 70 كلم.',
      { type: 'metro', country: 'TN' },
    ],
    [
      'مشروع + an action noun + its object, with a capacity (saudinewsnet-07)',
      'أعلنت الهيئة الانتهاء من الفحوصات الفنية لمشروع تركيب الدائرة الثالثة سعة 650 ميجاوات.',
      { capacity_mw: 650 },
    ],
    [
      'مشروع + an action noun + a construct with a place (saudinewsnet-20)',
      'وأعلنت الحكومة البدء في مشروع تنمية محور قناة السويس.',
      { type: 'project', country: 'EG' },
    ],
    [
      'a counted plural with an action and its years (saudinewsnet-30)',
      'وقال الوزير إن بلاده بدأت في حفر ستة أنفاق وستنتهي من العمل فيها خلال 2015-2016.',
      { type: 'tunnel', year: 2015, year_end: 2016 },
    ],
    [
      'مشروع استكمال + a network in two towns (استكمال after مشروع: 32 in ../shared/unlabeled, works each time)',
      'وبلغت تكاليفها 206 ملايين ريال، وهي مشروع استكمال شبكات المياه بالهفوف والمبرز.',
      { type: 'water', country: 'SA' },
    ],
    ['a named new city (saudinewsnet-20)', 'وتشمل الخطة مشروعات كبرى مثل مدينة الإسماعيلية الجديدة.', { type: 'new_city', country: 'EG' }],
    [
      'a project in a place with its capacity after an action noun (ant-jawharafm-01)',
      'وتم تركيز مشروع في توزر بطاقة 10 ميغاوات.',
      { capacity_mw: 10, country: 'TN' },
    ],
    [
      'a facility whose works are a share done (نسبة تقدم الأشغال: 11 in 9 articles)',
      'وقال المدير إن محطة الطاقة الشمسية بقابس بلغت نسبة تقدم أشغالها 60 بالمائة.',
      { type: 'solar' },
    ],
    [
      'a named facility with its phase in brackets (56 in 26 articles)',
      'وقال الوزير إن محطة الشعيبة (المرحلة الثالثة) ستزيد إنتاج المياه المحلاة.',
      { type: 'power_plant' },
    ],
    [
      'a named facility whose working starts (بدء تشغيل: 16 in 15 articles)',
      'وأعلنت الشركة بدء عمليات الإنتاج في حقل "ظهر" للغاز الطبيعي.',
      { type: 'gas_field' },
    ],
    [
      'a weak head after an action noun, in a town whose ب stays on the token (6 of the 38 such phrases of ../shared/unlabeled name a town: all works)',
      'وقرر المجلس بناء مستشفى متعدد الاختصاصات بباجة.',
      { type: 'hospital', country: 'TN' },
    ],
    [
      'a phase of a named project (المرحلة الثانية من مشروع X: 28 such phrases in ../shared/unlabeled)',
      'وبدأ أمس بيع وحدات المرحلة الثانية من مشروع تبرورة.',
      { type: 'project', name: 'مشروع تبرورة' },
    ],
    [
      'two phases of a named project (المرحلتين الأولى والثانية من مشروع X: 9 in ../shared/unlabeled)',
      'وأعطى رئيس الحكومة إشارة انطلاق أشغال المرحلتين الأولى والثانية من مشروع تبرورة.',
      { type: 'project', name: 'مشروع تبرورة' },
    ],
    [
      'a line whose preposition the splitter left on (بخط أنابيب)',
      'وأعلنت الشركة إطلاق العمل بخط أنابيب غاز الشمال بقيمة 23 مليار دولار.',
      { type: 'pipeline', cost_usd: 23e9 },
    ],
    [
      'مشروع + a head needing an adjective + its name (مشروع مدينة الثقافة)',
      'وقال الوزير إن أشغال القسط الأول من مشروع مدينة الثقافة بالعاصمة تقدمت بنحو 55 بالمائة.',
      { type: 'project' },
    ],
    [
      'a park built in a place (إنشاء حديقة ...: 317 municipal works in 153 articles)',
      'وأعلنت الأمانة إنشاء حديقة الملك عبدالله في حي الروضة بتكلفة 12 مليون ريال.',
      { type: 'park', cost: 12e6, currency: 'SAR' },
    ],
    [
      'the Maghrebi إحداث before a facility word (96 with تهيئة in 73 articles)',
      'وقرر المجلس إحداث منطقة صناعية جديدة بمعتمدية مجاز الباب على مساحة 50 هكتارا.',
      { type: 'industrial_zone' },
    ],
    [
      'مشروع + an action, its object and a rare name (مشروع تأهيل بئر زمزم)',
      'ودشن الأمير مشروع تأهيل بئر زمزم والمنطقة المحيطة به في الحرم المكي.',
      { name: 'مشروع تأهيل بئر زمزم' },
    ],
    [
      'a named project with its cost right after it (6 of 6 added on 17,000 articles of ../shared/unlabeled are projects)',
      'وسيسهم مشروع تطهير تونس الشمالية، الذي تناهز كلفته 60،6 مليون دولار، في اعادة استعمال المياه.',
      { type: 'sanitation', name: 'مشروع تطهير تونس الشمالية' },
    ],
    [
      'a museum developed in a place (action noun + متحف: 27 in 21 articles of ../shared/unlabeled)',
      'وتواصل الهيئة أعمالها في تطوير "متحف نجران الإقليمي" بمنطقة نجران بتكلفة 20 مليون ريال.',
      { type: 'museum', cost: 20e6, currency: 'SAR' },
    ],
    [
      'a named facility with a relative clause of its building after it (الذي تبنيه، الذي ينفذ حالياً)',
      'وقالت مصر إن سد النهضة الذي تبنيه إثيوبيا يهدد حصتها من مياه النيل.',
      { type: 'dam', name: 'سد النهضة' },
    ],
    [
      'a named project under way, said by يجري + an action noun',
      'ويعد مشروع الدمام الشمالي، الذي يجري تنفيذه حالياً، من أكبر مشروعات الإسكان.',
      { type: 'project', name: 'مشروع الدمام الشمالي' },
    ],
    [
      'a site area in Tunisian hectares (هك: 25 times in ../shared/unlabeled)',
      'والتسريع بتهيئة المنطقة الصناعية بمجاز الباب 50 هك.',
      { type: 'industrial_zone' },
    ],
  ])('%s', (_why, text, expected) => {
    const found = projects(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['a canal only crossed (a place, no work on it)', 'وعبرت السفينة قناة السويس أمس قادمة من ميناء جدة.'],
    ['a television channel', 'وقال المتحدث لقناة العربية إن الاجتماع انتهى.'],
    ['a museum only visited (no work on it)', 'وزار الوفد متحف اللوفر في باريس أمس واطلع على مقتنياته.'],
    ['a named airport with a relative clause of where it lies', 'ووصل الوفد إلى مطار الملك خالد الذي يقع شمال الرياض.'],
    ['a quoted programme a society runs (تنفذه), not a work built', 'ويعد مشروع «رسل السلام» الذي تنفذه جمعية الكشافة برنامجا دوليا.'],
    ['بامتياز "with distinction"', 'ونجح الطالب بامتياز في امتحانات هذا العام.'],
    [
      'a draft law (مشروع قانون: 1,319 times in ../shared/unlabeled)',
      'وأقر البرلمان مشروع قانون الاستثمار الجديد بأغلبية كبيرة في عام 2015.',
    ],
    ['a network of relations', 'وتمتلك الشركة شبكة علاقات واسعة في المنطقة منذ عام 2010.'],
    [
      'roads that only say where a line will pass (ant-jawharafm-02)',
      'وتشمل المرحلة الأحياء المتاخمة لطريق قرمدة وطريق سيدي منصور وطريق قابس في أفق 2030.',
    ],
    ['a budget bill with its money (مشروع تسوية للميزانية)', 'وقدم النواب مشروع تسوية للميزانية بقيمة 80 مليار دولار للدفاع.'],
    ['a particular after "the project", not its name', 'وقد خصص للمشروع مساحة 100.000 متر مربع لوقوف الطائرات.'],
    ['a station as the target of an attack', 'وقام مسلحون بالهجوم على محطة للقطار بمدينة كونمينغ جنوب غرب الصين أمس.'],
    ['a pipeline blown up', 'وشملت العمليات التي نفذها المتهمون تفجير خط الغاز الطبيعي الواصل بين بورسعيد والشيخ زويد.'],
    [
      'an airlift (جسر جوي: 130 times in ../shared/unlabeled)',
      'وأقلعت طائرات شحن تابعة للقوات الجوية لتسيير جسر جوي لنقل المساعدات من مستودعات المركز في الرياض.',
    ],
    ["a team's preparation programme", 'ويبدأ الفريق المرحلة الثانية من البرنامج الإعدادي للموسم المقبل في تركيا عام 2016.'],
    ['a peace initiative', 'وأكد الوزير أهمية مبادرة السلام العربية التي أطلقت عام 2002 في بيروت.'],
    ["someone's own enterprise (مشروعه)", 'وحضر والداه إطلاق باكورة مشروعه التجاري في حي الروضة بمدينة جدة.'],
    ['a "new" city that stands, named as where something happens', 'وانتحر المسؤول في منزله في مدينة تايبيه الجديدة أمس الخميس.'],
    [
      'a television channel in quotes (146 of 148 quoted names after قناة)',
      'وشهد اليوم الثلاثاء افتتاح قناة "ليغا كوبا تفي" التي ستبث مباريات كأس إسبانيا عام 2018.',
    ],
    ['a quantified plural (عدد من)', 'وتسعى الهيئة إلى تطوير مشاريع عدد من المطارات المحلية خلال عام 2016.'],
    [
      'a port that only began to be busy (بدأ is a verb, not بدء)',
      'وعندما بدأ ميناء أم قصر يشهد نشاطا ملحوظا دفع ذلك الكويت إلى فكرة جديدة.',
    ],
    ['a bridge of words between peoples (a weak head with an action but no town)', 'ودعا إلى بناء جسر حضاري بين الشعوب العربية والغربية.'],
    [
      'a start of flights from an airport (not of the airport)',
      'ومنحت الهيئة ترخيصا لبدء تشغيل رحلات دولية من مطار الجوف الإقليمي إلى القاهرة.',
    ],
    ['استكمال without مشروع before a generic plural', 'وأكد جهود التنسيق مع الجهات ذات العلاقة على استكمال المشروعات المتأخرة في الطائف.'],
    [
      'تحسين without مشروع before a road that stands',
      'وتقوم الأمانة بأعمال تحسين الطريق القائم الذي يربط الحائر بمدينة الرياض بطول 15 كلم.',
    ],
  ])('no project: %s', (_why, text) => {
    expect(projects(text)).toEqual([]);
  });
});

describe('a list of projects announced by a plural', () => {
  it('gives one project per item, the second industrial city apart from the first (saudinewsnet-20)', () => {
    const found = projects(
      'وأوضح التقرير أن الإقليم سيشهد مشروعات إقليمية ودولية من بينها مدينة صناعية متخصصة في صناعة الأمصال والدواء، وكذلك مدينة صناعية متخصصة في الصناعات الغذائية، وإقامة منطقة صناعية للتعبئة والتغليف، وترسانة بحرية لإصلاح وصناعة السفن التي تمر من قناة السويس.',
    );
    expect(found.map((p) => p.type)).toEqual(['industrial_city', 'industrial_city', 'industrial_zone', 'shipyard']);
  });
});

describe('one project, several mentions', () => {
  it('merges a mention whose name words are a subset sharing a name (saudinewsnet-18)', () => {
    const found = projects(
      'وتقوم الشركة حاليا بتنفيذ محطة توليد جنوب جدة البخارية لصالح الشركة السعودية للكهرباء. يذكر أن الشركة تنفذ محطة توليد جدة البخارية بطاقة إنتاجية تبلغ 2650 ميجاوات وبدأت في تنفيذها في شهر أكتوبر 2012.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'محطة توليد جنوب جدة البخارية', capacity_mw: 2650, year: 2012 });
  });

  it('merges a project named by a naming phrase (saudinewsnet-02, محطة «ليلي»)', () => {
    const found = projects(
      'وقعت المدينة مذكرة لإنشاء أول محطة طاقة شمسية مستقلة في المملكة بسعة 50 ميجاوات في الأفلاج، للمحطة التي أطلق عليها اسم محطة "ليلي".',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'solar', capacity_mw: 50 });
  });

  it('merges an apposition (saudinewsnet-25, وهو مشروع لإنشاء مطار جديد)', () => {
    const found = projects(
      'وشملت المشاريع مشروع مطار الملك عبدالله بن عبدالعزيز الجديد بجازان، وهو مشروع لإنشاء مطار جديد بالكامل بطاقة استيعابية تبلغ 3.6 ملايين راكب سنويا.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'airport', capacity: 3.6e6, capacity_unit: 'passenger/year' });
  });

  it('keeps the new canal apart from the old one (قناة السويس الجديدة is not قناة السويس)', () => {
    const found = projects('وافتتحت مصر قناة السويس الجديدة في أغسطس 2015. وكانت قناة السويس قد افتتحت عام 1869.');
    expect(found.map((p) => p.name)).not.toContain('قناة السويس الجديدة قناة السويس');
    expect(found.filter((p) => p.name.includes('الجديدة'))).toHaveLength(1);
  });

  it('takes the facilities listed after a verb of containing as parts of the project (saudinewsnet-24)', () => {
    const found = projects(
      'ويتكون مشروع مطار الملك عبدالعزيز الدولي الجديد من ثلاث مراحل. وتحتوي المرحلة الأولى كذلك على فندق لركاب الترانزيت، ومحطة إطفاء وإنقاذ، وشبكة طرق بطول 36,5 كلم.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe('airport');
  });

  it('takes the solar plant that powers a desalination plant as a part of it (saudinewsnet-02)', () => {
    const found = projects(
      'وبدأت الأعمال الانشائية لمحطة التحلية باستخدام الطاقة الشمسية في مدينة الخفجي بطاقة إنتاجية قدرها 60 ألف متر مكعب يومياً، وبمحطة طاقة شمسية بقدرة 40 ميجاوات، التي من المتوقع أن تبدأ التشغيل عام 2016.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'desalination', capacity_mw: 40, capacity: 60000, capacity_unit: 'm3/day' });
  });
});

describe('attributes stated elsewhere', () => {
  it('leaves a total stated for two plants off the first (saudinewsnet-18, طاقتهما الإجمالية)', () => {
    const found = projects(
      'وتقوم الشركة بتنفيذ محطة توليد جنوب جدة البخارية، ومحطة توليد رابغ وهما من أكبر المشاريع وتبلغ طاقتهما الإجمالية 5300 ميجاوات.',
    );
    expect(found[0].capacity_mw).toBeNull();
  });

  it('takes a cost restated in dollars (saudinewsnet-30)', () => {
    const found = projects(
      'وقال الوزير إن بلاده انتهت من مشروع لمد طرق جديدة بطول 4800 كيلومتر بتكلفة تزيد على 35 مليار جنيه (4.5 مليار دولار).',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'road', cost: 35e9, currency: 'EGP', cost_usd: 4.5e9 });
  });

  it('dates a project by the date leading the sentence that starts it (a month and year before the verb)', () => {
    const found = projects('وفي ديسمبر 2017، أعلنت الحكومة المصرية بدء عمليات الإنتاج في حقل "ظهر" للغاز الطبيعي.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'gas_field', year: 2017 });
  });

  it('takes a completion year of "the plant" after its signing date as year_end (gold/FORMAT.md)', () => {
    const found = projects(
      'ووقعت الحكومتان اتفاقا لبناء محطة الضبعة النووية على الساحل الشمالي، في نوفمبر 2015. ومن المتوقع أن يكتمل تشييد المحطة بحلول عام 2022.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ year: 2015, year_end: 2022 });
  });

  it('does not date a project by a sentence that only finances it', () => {
    const found = projects('وفي نهاية أكتوبر 2016، قدم البنك تمويلاً لمحطة الطاقة الشمسية في الأفلاج بقدرة 50 ميغاواط.');
    expect(found).toHaveLength(1);
    expect(found[0].year).toBeNull();
  });

  it('takes the year and cost of "the project" later in its own sentence (saudinewsnet-30)', () => {
    const found = projects(
      'وقال الوزير إن بلاده انتهت من 70 في المائة من مشروع لمد طرق جديدة بطول 4800 كيلومتر، على أن تنتهي من المرحلة الأولى من المشروع خلال عام 2015 وبتكلفة تزيد على 35 مليار جنيه.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ year: 2015, cost: 35e9, currency: 'EGP' });
  });
});
