// Project rules written for patterns met in random unlabeled news (/tmp/s31 samples of
// ../shared/unlabeled, read by hand; counts in the commit messages and in the rules' comments). Each
// case is a real sentence of that news, shortened, or one built on its pattern.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/model/types.js';
import { checkAnalysisSpans } from '../helpers/spans.js';

function projects(text: string): Analysis['projects'] {
  const a = analyze(text);
  expect(() => checkAnalysisSpans(text, a)).not.toThrow();
  return a.projects;
}

describe('lists announced by a plural', () => {
  it('not hospitals listed after a plural of hospitals a visitor inspects (مستشفيات المنطقة شملت مستشفى X ومستشفى Y)', () => {
    const found = projects(
      'وبدأ جولته في منطقة عسير حيث تفقد الخدمات الصحية المقدمة من عدد من مستشفيات المنطقة شملت مستشفى سراة عبيدة ومستشفى ظهران الجنوب، ثم انتقل إلى منطقة نجران.',
    );
    expect(found).toEqual([]);
  });
  it('not programmes listed after a plural of programmes (الفعاليات والبرامج منها ... وبرنامج "ليالي رمضان")', () => {
    const found = projects(
      'وأشار إلى أن الجمعية نظمت خلال فترة إجازة الصيف العديد من الفعاليات والبرامج منها خيمة كفيف الرمضانية, وبرنامج "ليالي رمضان", والمشاركة في فعاليات عيد الفطر, وبرنامج "صيف كفيف" للكفيفات.',
    );
    expect(found).toEqual([]);
  });
  it('still takes facilities listed after a plural of projects (عدداً من المشاريع شملت ... تشغيل محطة التخلص)', () => {
    const found = projects(
      'وفي الشرقية تم اعتماد ترسية عدداً من المشاريع شملت تأهيل محطات تصريف مياه الأمطار وتأمين وتشغيل محطة التخلص من الحيوانات النافقة بالدمام.',
    );
    expect(found.map((p) => p.name)).toContain('محطة التخلص');
  });
  it('still takes a مشروع listed after any plural (والأنفاق الجبلية، بما في ذلك مشروع المجازر الحديثة)', () => {
    const found = projects(
      'كما شملت الجولة تفقد مشروع أنفاق الشعبين ومجازر الأبقار والجمال والأغنام، وخزان المليون والأنفاق الجبلية، بما في ذلك مشروع المجازر الحديثة، ومشروع معالجة وحرق نفايات الذبح، باستخدام أحدث التقنيات.',
    );
    expect(found.map((p) => p.name)).toContain('مشروع المجازر');
  });
  it('takes named مشروع items after a plural مشاريع whose particulars stand between them (خمسة مشاريع ... بمبلغ ... وهي مشروع X ومشروع Y)', () => {
    const found = projects(
      'وتبين تعثر تنفيذ خمسة مشاريع مجمعات مدرسية للبنين والبنات بحي العزيزية بالمدينة المنورة والتي خصصت لها من ميزانية وزارة التعليم مبلغ 63 مليون ريال وهي مشروع إنشاء مجمع العزيزية التعليمي، ومشروع إنشاء مجمعين مدرسيين للبنات في مخطط الشرق.',
    );
    expect(found.map((p) => p.name)).toContain('مشروع إنشاء مجمعين مدرسيين للبنات');
  });
  it('takes a named facility after a plural مشاريع whose particulars stand between them (جسر أبحر المعلق)', () => {
    const found = projects(
      'وأوضحت الإمارة أن مشاريع النقل العام في جدة التي يبلغ إجمالي أطوال خطوطها 361 كيلومترا تتكون من ستة عناصر رئيسة، تشمل ترام الكورنيش، وجسر أبحر المعلق، وخط النقل البحري.',
    );
    expect(found.map((p) => p.name)).toContain('جسر أبحر المعلق');
  });
  it('not the roads a plural of works is on (مشاريع درء أخطار السيول ... وعدد من الطرق شمل طريق X)', () => {
    const found = projects(
      'وقد نفذت الأمانة عددا من مشاريع درء أخطار السيول، كان منها مشروع استكمال أعمال العبارات بمخططات المدينة المنورة، بالإضافة إلى عدد من الطرق شمل طريق الملك عبد الله، وطريق الملك سعود.',
    );
    expect(found.map((p) => p.name)).not.toContain('طريق الملك سعود');
  });
});

describe('programmes', () => {
  it('not a plural of programmes (برامجه الإعدادية المنفذة في الفصل الأول من العام التدريبي 1436 / 1437هـ)', () => {
    const found = projects(
      'أعلن معهد الإدارة العامة أسماء المقبولين في برامجه الإعدادية المنفذة في الفصل الأول من العام التدريبي الجديد 1436 / 1437هـ.',
    );
    expect(found).toEqual([]);
  });
});

describe('zones and complexes as places', () => {
  it.each([
    ['أظهرت صور جوية انهيار 200 متر من جسر موراندي في منطقة صناعية في غرب جنوى.', 'industrial_zone'],
    ['وفي هجوم منفصل، قتل 3 أشخاص حين انفجرت قنبلة في مجمع سكني في سورابايا، ثاني كبرى مدن البلاد.', 'housing'],
    ['وقال إن القوات المسلحة تقدمت بعد ظهر أمس إلى ما بعد المنطقة الصناعية في رأس لانوف.', 'industrial_zone'],
  ])('not a zone where the news happens (%s)', (text, type) => {
    expect(projects(text).filter((p) => p.type === type)).toEqual([]);
  });
  it('still takes a zone being built (إنشاء منطقة صناعية في مدينة السادات)', () => {
    const found = projects('وأعلنت الحكومة المصرية إنشاء منطقة صناعية في مدينة السادات بتكلفة 200 مليون دولار.');
    expect(found.map((p) => p.type)).toContain('industrial_zone');
  });
});

describe('broadcasts', () => {
  it.each([
    'وكان أول برنامج "توك شو" سعودي يهتم بالقضايا اليومية للمواطن عام 2009، وقد شاركته التقديم المذيعة إيمان المندي.',
    'وظهر منذ ذلك التاريخ في عدد من برامج الواقع التلفزيونية، من بينها برنامج "لنرقص" عام 2015.',
  ])('not a television programme (%s)', (text) => {
    expect(projects(text).filter((p) => p.type === 'program')).toEqual([]);
  });
  it('still takes a programme with its budget (رصدت للبرنامج هذا العام ميزانية بلغت 1.3 مليون ريال)', () => {
    const found = projects('وأطلقت اللجنة برنامج "اصنع مهارة" لتدريب 1800 شاب وفتاة، ورصدت للبرنامج ميزانية بلغت 1.3 مليون ريال.');
    expect(found.map((p) => p.type)).toContain('program');
  });
});

describe('share of work done', () => {
  it('takes the share of work done named before the project (نسبة تقدّم أشغال البرنامج ... بلغت 40 بالمائة)', () => {
    const found = projects(
      'أكدت رئيسة دائرة الشؤون الاجتماعية بمقر ولاية نابل أن نسبة تقدّم أشغال البرنامج الخصوصي للسكن الاجتماعي بلغت 40 بالمائة.',
    );
    expect(found.map((p) => p.name)).toEqual(['البرنامج الخصوصي للسكن الاجتماعي']);
  });
});

describe('programmes of weapons', () => {
  it.each([
    'وقال إن إيران كذبت بشأن عدم توفرها على برنامج أسلحة نووية منذ عام 2003.',
    'وطالبت واشنطن طهران بوقف برنامجها الصاروخي الذي بدأ عام 2010.',
  ])('not a weapons programme (%s)', (text) => {
    expect(projects(text).filter((p) => p.type === 'program')).toEqual([]);
  });
});

describe('running an airport or a port', () => {
  it.each([
    'وناقش الاجتماع وضع الخطط الإسعافية لتشغيل مطار عدن، ووسائل النقل لتأمين وصول القوافل الاسعافية.',
    'أثار تشغيل مطار عدن الدولي، وهبوط أول طائرة مدنية فيه أول من أمس، قادمة من جيبوتي، ارتياح المواطنين.',
  ])('not an airport that runs again (%s)', (text) => {
    expect(projects(text).filter((p) => p.type === 'airport')).toEqual([]);
  });
  it('still takes building and running an airport (بناء وتشغيل مطار الملكة علياء)', () => {
    const found = projects('وفازت الشركة بعقد بناء وتشغيل مطار الملكة علياء الدولي بكلفة 700 مليون دولار.');
    expect(found.map((p) => p.type)).toContain('airport');
  });
});

describe('a project is not its own place', () => {
  it('the facility the name holds is no place (مشروع سد النهضة الإثيوبي; 41 projects of 3,000 random articles)', () => {
    const found = projects('وقالت الحكومة إن العمل في مشروع سد النهضة الإثيوبي يسير وفق الجدول الزمني المحدد بتكلفة 4.8 مليار دولار.');
    expect(found.map((p) => p.name)).toEqual(['مشروع سد النهضة الإثيوبي']);
    expect(found[0].places).toEqual([]);
    expect(found[0].country).toBe('ET');
  });
  it('keeps the city the name holds (كورنيش جدة الجنوبي ... جدة)', () => {
    const found = projects('وأعلنت الأمانة بدء تنفيذ مشروع تطوير كورنيش جدة الجنوبي بتكلفة 300 مليون ريال خلال العام الجاري.');
    expect(found).toHaveLength(1);
    expect(found[0].places).not.toContain('كورنيش جدة الجنوبي');
  });
});

describe('a facility word carrying ب', () => {
  it('not a hospital where something was set up (التي تم إحداثها بمستشفى فرحات حشاد)', () => {
    const found = projects(
      'وأكد أن كل من شهدت الحادثة يمكنها الالتحاق بالخلية النفسية التي تم إحداثها بمستشفى فرحات حشاد لتلقي العلاج النفسي اللازم.',
    );
    expect(found).toEqual([]);
  });
  it('not a road another is linked to (وربطه بطريق الملك فهد الدولي)', () => {
    const found = projects('وطالب الأهالي بسرعة إنجاز امتداد طريق الملك عبدالله شرقاً، وربطه بطريق الملك فهد الدولي "طريق شرورة".');
    expect(found.map((p) => p.name)).not.toContain('طريق الملك فهد الدولي');
  });
  it('not a new park that hosts shows (عروض الضوء والصوت بحديقة أبها الجديدة)', () => {
    const found = projects('وتشمل الفعاليات مهرجان التسوق، وفعاليات عروض الضوء والصوت بحديقة أبها الجديدة.');
    expect(found).toEqual([]);
  });
  it('still takes the facility an action noun builds (بناء مستشفى فرحات حشاد الجديد بسوسة)', () => {
    const found = projects('وأعلن الوزير انطلاق أشغال بناء مستشفى فرحات حشاد الجديد بسوسة بكلفة 120 مليون دينار.');
    expect(found.map((p) => p.type)).toContain('hospital');
  });
  it('a work whose place is a facility with ب keeps the cost after it (مشروع إنشاء حمايات خرسانية بطريق ضبوعة بتكلفة ...)', () => {
    const found = projects(
      'ومشروع إنشاء حمايات خرسانية بطريق ضبوعة، بتكلفة إجمالية بلغت 25 مليون ريال، وتنفيذ مشروع قنوات تصريف مياه الأمطار.',
    );
    expect(found.map((p) => p.name)).toContain('مشروع إنشاء حمايات خرسانية');
    expect(found.map((p) => p.name)).not.toContain('طريق ضبوعة');
  });
});

describe('road interchanges (تقاطع)', () => {
  it('takes an interchange named after مشروع (مشروع تقاطع طريق خريص مع طريق الشيخ جابر)', () => {
    const found = projects('وبدأ معاليه جولته بتفقد مشروع إنشاء تقاطع طريق خريص مع طريق الشيخ جابر الصباح شرق العاصمة الرياض.');
    expect(found.some((p) => p.type === 'road' && p.name.includes('تقاطع'))).toBe(true);
  });
  it('not a crossing of interests (تقاطع المصالح)', () => {
    const found = projects('وقال المحلل إن تقاطع المصالح بين البلدين يفسر التقارب الأخير بينهما.');
    expect(found).toEqual([]);
  });
});

describe('the ends of a route (من X إلى Y)', () => {
  it('not the interchange a road starts from (تبدأ من تقاطع قرية المرشدية إلى مركز حداء; 4 outlets)', () => {
    const found = projects(
      'وأشار إلى أن أعمال تنفيذ مشروع طريق مكة المكرمة / جدة القديم، تبدأ من تقاطع قرية المرشدية إلى مركز حداء، بطول 8.5 كلم.',
    );
    expect(found.map((p) => p.name)).not.toContain('تقاطع قرية المرشدية');
  });
  it('not the airport a metro line runs to (من جنوب جدة إلى مطار الملك عبدالعزيز الدولي بطول 33 كيلو متراً)', () => {
    const found = projects(
      'ويتكون المشروع من الخطوط الأربعة، "الخط الأزرق" من جنوب جدة إلى مطار الملك عبدالعزيز الدولي بطول 33 كيلو متراً يمر بـ 19 محطة.',
    );
    expect(found.map((p) => p.type)).not.toContain('airport');
  });
  it('still takes a facility after a partitive من (المرحلة الأولى من محطة رأس الخير)', () => {
    const found = projects(
      'وأكد أن بدء إنتاج المرحلة الأولى من محطة رأس الخير يعد رافداً في تطور إنتاج المياه المحلاة، إضافة إلى خفض التكلفة.',
    );
    expect(found.map((p) => p.name)).toContain('محطة رأس الخير');
  });
});

describe("a person's nationality gives no country", () => {
  it('a road works in Mecca where an Indian resident was killed (مقيم هندي الجنسية) is Saudi, not Indian', () => {
    const found = projects(
      'مكة المكرمة: حققت شرطة العاصمة المقدسة إنجازاً أمنياً في سرعة الوصول لسائق شاحنة، إثر قيامه بدهس مقيم هندي الجنسية عندما منعه من تفريغ حمولته في مشروع تقاطع الدائري الرابع مع طريق مكة - جدة القديم. وكان المقيم الهندي يقوم بعمله في حراسة الموقع في مكة، وعندما وقف المقيم الهندي لمنعه قام بدهسه، وتم القبض على السائق الباكستاني في جدة.',
    );
    const road = found.find((p) => p.name.includes('تقاطع'));
    expect(road?.country).toBe('SA');
  });
});

describe('the name after مشروع and its first word (p26)', () => {
  it.each([
    [
      'وقالت وزارة الآثار إن مشروع تطوير المواقع الأثرية بمحور قناة السويس يهدف إلى فتح منافذ جديدة للزيارة.',
      'مشروع تطوير المواقع الأثرية',
    ],
    [
      'وتم الانتهاء من أعمال الفحوصات الفنية النهائية لمشروع تركيب الدائرة الثالثة سعة 650 ميجاوات بين شبكتي الكويت والسعودية.',
      'مشروع تركيب الدائرة الثالثة',
    ],
    ['استعرض أمير منطقة نجران المشروعات المعتمدة، وفي مقدمتها مشروع كلية السياحة والفندقة بمساحة 300 ألف متر مربع.', 'مشروع كلية السياحة'],
  ])('takes the definite noun in construct (%s)', (text, name) => {
    const found = projects(text);
    expect(found.map((p) => p.name.slice(0, name.length))).toContain(name);
  });
  it('takes a quoted name after the action noun (مشروع تطوير “متحف نجران الإقليمي”)', () => {
    const found = projects('وبرز من هذه المشروعات مشروع تطوير “متحف نجران الإقليمي” الذي بلغت نسبة الإنجاز فيه 40 بالمائة تقريباً.');
    expect(found.map((p) => p.name)).toEqual(['مشروع تطوير “متحف نجران الإقليمي”']);
  });
  it('a plural project word before a singular one does not start its span (المشروعات مشروع تطوير)', () => {
    const found = projects('وبرز من هذه المشروعات مشروع تطوير “متحف نجران الإقليمي” الذي بلغت نسبة الإنجاز فيه 40 بالمائة تقريباً.');
    expect(found.every((p) => p.name.startsWith('مشروع'))).toBe(true);
  });
});

describe('policies read as programmes (p26)', () => {
  it.each([
    'وكان المجلس قد تلقى تقريرا يؤكد أن البرنامج النووي الإيراني بات سلميا منذ عام 2015.',
    'وتنفذ الحكومة المصرية برنامج إصلاح اقتصادي منذ نهاية 2015، شمل فرض ضريبة القيمة المضافة.',
    'وحذر الصندوق من أن برنامج التسهيل الكمي الذي أطلقه البنك في 2015 لن يكفي.',
    'وأكدنا أهمية دعم المبادرة الأممية للحل السياسي في ليبيا التي أطلقت في 2017.',
    'ويشار إلى تنوع برنامج الدورة الجديدة لمهرجان الورد لسنة 2017 وامتداده ليشمل منطقة التضامن.',
    'وفي فقرة مواقع التواصل الاجتماعي في برنامج "روسيا 2018"، هذا ما غرد به موقع بوابة السويد.',
  ])('not a development programme (%s)', (text) => {
    expect(projects(text).filter((p) => p.type === 'program')).toEqual([]);
  });
  it('still takes a housing programme with its progress (البرنامج الخصوصي للسكن الاجتماعي)', () => {
    const found = projects('وأكدت أن نسبة تقدّم أشغال البرنامج الخصوصي للسكن الاجتماعي بلغت 40 بالمائة في ولاية نابل.');
    expect(found.map((p) => p.type)).toContain('program');
  });
});

describe('the same project twice in an article (p26)', () => {
  it('one project for a definite name said twice (مشروع غاز الجنوب ... مشروع غاز الجنوب)', () => {
    const found = projects(
      'أعلنت الوزيرة أن مشروع غاز الجنوب "نوارة" بتطاوين سيدخل طور الاستغلال في بداية سنة 2018. ويتضمن مشروع غاز الجنوب الذي تناهز تكاليفه 2500 مليون دينار العديد من المكونات.',
    );
    expect(found.filter((p) => p.name.startsWith('مشروع غاز الجنوب'))).toHaveLength(1);
  });
  it('still two stations of one kind in two places (محطة تطهير ... محطة تطهير)', () => {
    const found = projects(
      '-انجاز محطة تطهير للمنطقة الريفية سيدي إسماعيل بكلفة 2.5 مليون دينار.\n-تطهير المنطقة الريفية وادي الزرقة - انجاز محطة تطهير بكلفة 5 م.د.',
    );
    expect(found.filter((p) => p.name.startsWith('محطة تطهير')).length).toBe(2);
  });
});

describe('a مشروع of an action on a definite object (p26)', () => {
  it.each([
    [
      'وأوضح أن حج هذا العام سيشهد الاستفادة من مشروع توسعة الساحات المحيطة بمنشأة الجمرات، إضافة إلى مشاريع الطرق.',
      // منشأة الجمرات is a listed place (locations.tsv): the name runs on to it, as to a city.
      'مشروع توسعة الساحات المحيطة بمنشأة الجمرات',
    ],
    ['وشمل العقد الإشراف على مشروع إنشاء الخزانات الاستراتيجية وملحقاتها.', 'مشروع إنشاء الخزانات الاستراتيجية'],
  ])('is a project with no figure or place (%s)', (text, name) => {
    expect(projects(text).map((p) => p.name)).toContain(name);
  });
  it.each([
    'وأكد الوزير أن مشروع إعادة الهيكلة سيشمل البنوك العمومية.',
    'وأطلقت الجمعية مشروع لتجديد الوصال بين الأسر.',
    'وتمت مناقشة مشروع تطوير أعمال لجان التوطين في المنطقة.',
  ])('not a reform, a preposition or an action as the object (%s)', (text) => {
    expect(projects(text)).toEqual([]);
  });
});

describe('a figurative road (p26)', () => {
  it('not the right path (إلى الطريق الصحيح; 85 times in ../shared/unlabeled)', () => {
    const found = projects(
      'أضاف عبدالحميد أن تصنيع التمور يحتاج إلى توجيه، ويكون ذلك في المراحل الأولى لإنشاء المصانع، معتبراً أن مثل هذا الدور هو بمثابة الأخذ بيد صاحب المصنع إلى الطريق الصحيح.',
    );
    expect(found.filter((p) => p.type === 'road')).toEqual([]);
  });
});

describe('names and venues (p26)', () => {
  it('a weekday after the name ends it (قناة السويس الجديدة الخميس القادم)', () => {
    const found = projects('وتقام الاحتفالات بمناسبة افتتاح قناة السويس الجديدة الخميس القادم بحضور عدد من الرؤساء.');
    expect(found.map((p) => p.name)).toEqual(['قناة السويس الجديدة']);
  });
  it('one new canal for مشروع قناة السويس الجديد and قناة السويس الجديدة', () => {
    const found = projects(
      'افتتح الرئيس المصري عبدالفتاح السيسي أمس مشروع قناة السويس الجديد وذلك خلال احتفالية كبرى حضرها عدد من الملوك والرؤساء. وأكد الرئيس السيسي في كلمته أن المصريين كانوا حريصين على إنجاز المشروع في الوقت المحدد موضحاً أن قناة السويس الجديدة ليست عملاً هندسياً فقط.',
    );
    expect(found.filter((p) => p.type === 'canal')).toHaveLength(1);
  });
  it.each([
    'حيث تتجه أغلب العائلات إلى كورنيش «الفناتير» الممتد على مسافة أكثر من 4 كم حيث يتميز بالمساحات الخضراء.',
    'وأسهمت هذه الأسباب في عزوف المستثمرين عن ذلك الجزء من كورنيش جدة، الذي يزيد طوله على 45 كيلومترا معظمها في الجهة الجنوبية.',
  ])('not a corniche named with its length (%s)', (text) => {
    expect(projects(text)).toEqual([]);
  });
});

describe('programmes that build or run nothing', () => {
  it.each([
    'ودشنت المكتبة في مركز بانوراما مول التجاري بمدينة الرياض المرحلة الأولى من برنامج "قطار القراءة 3" عام 2015.',
    'نجح عدد من طلاب برنامج «موهبة» الصيفي 2015م والذي تستضيفه جامعة الملك عبدالعزيز في اختراع طريقة جديدة.',
    'وقالوا إنه ومنذ اعتماد برنامج التجسير لحملة الدبلومات الصحية عام 2010 م من قبل وزارة التعليم لم يتغير شيء.',
    'وفي عام 2014، دشن أوباما مبادرة «يونغ أفريكان ليدرز» التي تضم أكثر من 140 ألف عضو.',
    'أعلنت جامعة أم القرى بدء التقديم لبرنامج الانتساب للعام الجامعي 1436/1437هـ عبر بوابة القبول الموحد.',
  ])('not a reading, talent, training or admission programme with a year or a launch alone: %s', (text) => {
    expect(projects(text)).toEqual([]);
  });
  it('still takes a programme whose name says what it builds, with a year (مبادرة "الحزام والطريق"، برنامج «باور أفريكا»)', () => {
    expect(projects('وأطلق الرئيس الصيني مبادرة "الحزام والطريق" في عام 2013، بهدف إنشاء طرق وممرات تجارية.').map((p) => p.type)).toEqual([
      'program',
    ]);
    expect(projects('وأطلق الرئيس أوباما برنامج «باور أفريكا» خلال زيارته للقارة في عام 2013.').map((p) => p.type)).toEqual(['program']);
  });
});

describe('the kind a link or a Tunisian sanitation plant gives', () => {
  it('a link after مشروع is no grid (مشروع ربط العزيزية بالدور الثاني لمنشأة الجمرات)', () => {
    const found = projects(
      'وافق الوزير على نزع ملكية 3 عقارات لتنفيذ مشروع ربط العزيزية بالدور الثاني لمنشأة الجمرات بمكة المكرمة، بإجمالي تعويض قدره 29 مليون ريال.',
    );
    expect(found.map((p) => p.type)).toEqual(['project']);
  });
  it('a لربط later in the clause gives no kind (مشروع ازدواج المحول اللازم لربط الخرج بطريق الرياض)', () => {
    const found = projects('وواصل الوزير جولته على مشروع ازدواج المحول اللازم لربط الخرج بطريق الرياض الذي يبلغ طوله 100 كلم.');
    expect(found.map((p) => p.type)).not.toContain('grid');
  });
  it('still a grid for an electric link (مشروع الربط الكهربائي)', () => {
    const found = projects('وأعلنت الهيئة بدء تنفيذ مشروع الربط الكهربائي بين البلدين بتكلفة 500 مليون دولار.');
    expect(found.map((p) => p.type)).toEqual(['grid']);
  });
  it('a Tunisian محطة تطهير is sanitation, not a power plant', () => {
    const found = projects('وتم إنجاز محطة تطهير بسيدي إسماعيل بكلفة 12 مليون دينار لفائدة سكان المنطقة.');
    expect(found.map((p) => p.type)).toEqual(['sanitation']);
  });
});

describe('a person after a named project', () => {
  it('the manager named after the project is not part of its name (مدير مشروع سد النهضة سيمينيو بيكيلي)', () => {
    const found = projects(
      'قالت الشرطة الاتحادية الإثيوبية إنها عثرت على مدير مشروع سد النهضة سيمينيو بيكيلي ميتا في سيارته بأديس أبابا. وقالت الشرطة إن المدير، واسمه سيمينيو بيكيلي، كان مصابا بأعيرة نارية. ومشروع السد الذي تقيمه إثيوبيا سيكلف أربعة مليارات دولار.',
    );
    expect(found.map((p) => p.name)).toContain('مشروع سد النهضة');
    expect(found.map((p) => p.name).join(' ')).not.toContain('بيكيلي');
  });
  it('still names a facility after a person (مطار الملكة علياء الدولي)', () => {
    const found = projects('ووقعت الحكومة اتفاقية لتوسعة مطار الملكة علياء الدولي بكلفة 700 مليون دولار.');
    expect(found.map((p) => p.name)).toEqual(['مطار الملكة علياء الدولي']);
  });
});

describe('hospitals the entity stage names as organisations', () => {
  it('a named hospital after مشروع is the project, its beds its capacity (مشروع مستشفى عيون الجواء الجديد بسعة 100 سرير)', () => {
    const found = projects(
      'كما اطلع برفقة محافظ عيون الجواء الأستاذ محمد الحجاج، على مشروع مستشفى عيون الجواء الجديد بسعة 100 سرير وشاهدا مراحل تجهيز المشروع ونسب الإنجاز في التجهيز.',
    );
    expect(found.map((p) => [p.type, p.name, p.capacity, p.capacity_unit])).toEqual([['hospital', 'مشروع مستشفى عيون الجواء', 100, 'bed']]);
  });
  it('hospitals listed with their beds are projects (مستشفى الجموم السعة 100 سرير)', () => {
    const found = projects(
      'مشاريع جارٍ تنفيذها برج طبي مستشفى العيون بجدة (إحلال) السعة 200 سرير، مستشفى الجموم السعة 100 سرير، مستشفى الأطفال بالطائف السعة 300 سرير.',
    );
    expect(found.map((p) => [p.name, p.capacity])).toEqual([
      ['مستشفى العيون بجدة', 200],
      ['مستشفى الجموم', 100],
      ['مستشفى الأطفال بالطائف', 300],
    ]);
  });
  it('not a hospital that acts (دشن مستشفى الملك خالد في حائل قسماً طبياً جديداً)', () => {
    const found = projects(
      'دشن مستشفى الملك خالد في حائل قسماً طبياً جديداً يعنى برعاية السجناء المنومين بحضور مدير إدارة السجون بمنطقة حائل.',
    );
    expect(found).toEqual([]);
  });
  it('not a hospital that is the complement of a project before it (مشروع تطوير البنية التحتية لمستشفى الملك فهد التخصصي)', () => {
    const found = projects(
      'وأكد المهندس صالح الرعوجي أن مشروع تطوير البنية التحتية لمستشفى الملك فهد التخصصي تبلغ تكلفته الإجمالية 164 مليون ريال.',
    );
    expect(found.map((p) => [p.type, p.name, p.cost])).toEqual([['project', 'مشروع تطوير البنية التحتية', 164000000]]);
  });
});

describe('stations of water and of buses', () => {
  it('a purification or tanker station is water, not a power plant (محطة تنقية مياه الشرب، محطة أشياب)', () => {
    const found = projects(
      'ويمثل العقد الأول مشروع إنشاء محطة تنقية مياه الشرب على سد تبالة بمنطقة عسير. ويتعلق العقد "14" بمناقصة مشروع متعهد التوصيلات المنزلية للمياه والتمديدات اللازمة بمحافظة الأحساء بالمنطقة الشرقية, والعقد "16" بمشروع إنشاء محطة أشياب في مجمع جلب المياه إلى مدينة شرورة بمنطقة نجران.',
    );
    const types = new Map(found.map((p) => [p.name, p.type]));
    expect(types.get('مشروع إنشاء محطة تنقية مياه')).toBe('water');
    expect(types.get('مشروع إنشاء محطة أشياب')).toBe('water');
    // The station is another contract of the list, not a part of the مشروع before it.
    expect(found.find((p) => p.name === 'مشروع متعهد التوصيلات المنزلية للمياه')?.places).not.toContain('شرورة');
  });
  it('a plural network of water later on is other works, not the station again (تشغيل وصيانة شبكات المياه)', () => {
    const found = projects(
      'ويمثل العقد الأول مشروع إنشاء محطة تنقية مياه الشرب على سد تبالة بمنطقة عسير. ويتركز العقد التاسع على تشغيل وصيانة شبكات المياه والصرف الصحي برياض الخبراء والسحابين بمنطقة القصيم.',
    );
    expect(found.find((p) => p.name === 'مشروع إنشاء محطة تنقية مياه')?.places).not.toContain('منطقة القصيم');
  });
  it('a bus station rebuilt is a bus station (إعادة بناء محطة النقل البري بباجة بكلفة 1.5 م.د)', () => {
    const found = projects('وتتمثل أبرز المشاريع في إعادة بناء محطة النقل البري بباجة بكلفة 1.5 مليون دينار.');
    expect(found.map((p) => [p.type, p.name])).toEqual([['bus_station', 'محطة النقل البري بباجة']]);
  });
});

describe('a capacity raised from one figure to another', () => {
  it('is the second figure (سيرفع طاقة المطار الاستيعابية من 750 ألف مسافر سنويا إلى 3.2 ملايين مسافر)', () => {
    const found = projects(
      'وتطوير مشروع مطار الأمير نايف بالقصيم الذي سيرفع طاقة المطار الاستيعابية من 750 ألف مسافر سنويا إلى 3.2 ملايين مسافر.',
    );
    expect(found.map((p) => [p.name, p.capacity, p.capacity_unit])).toEqual([
      ['مشروع مطار الأمير نايف بالقصيم', 3200000, 'passenger/year'],
    ]);
  });
});

describe('names', () => {
  it('a ل verb before الى ends the name (افتتاح قناة السويس الجديدة لتعيد الى الأذهان)', () => {
    const found = projects(
      'يوم أمس كان يحمل رمزية كبيرة عندما تم افتتاح قناة السويس الجديدة لتعيد الى الأذهان ذكرى الافتتاح الأول للقناة.',
    );
    expect(found.map((p) => p.name)).toEqual(['قناة السويس الجديدة']);
  });
});

describe('a country right after a singular facility head', () => {
  it('names the facility (انتهاء أعمال توسعة مطار تايوان الدولي)', () => {
    const found = projects(
      'ويأتي تشغيل هذه الرحلة في أعقاب انتهاء أعمال توسعة مطار تايوان الدولي حيث أصبح جاهزاً لمناولة عمليات طائرة بحجم الـA380 ذات الطابقين.',
    );
    expect(found.map((p) => p.name)).toEqual(['مطار تايوان الدولي']);
  });
  it('not after مشروع (القضاء على مشروع إيران الذي تنفذه ميليشيات الحوثي) nor a common word (في السوق السعودية)', () => {
    expect(projects('وأضاف أن الحكومة ماضية نحو القضاء على مشروع إيران الذي تنفذه ميليشيات الحوثي.')).toEqual([]);
    expect(
      projects('واعتبر أن دخول مثل هذه الشركات بتوسع في السوق السعودية سيحفز من أداء شركات التطوير الوطنية ويجعلها تفكر في برامج جديدة.'),
    ).toEqual([]);
  });
});

describe('a complex named without its adjective', () => {
  it('is a project with an action noun before it (توسيع وتطوير مجمع الرويس الصناعي)', () => {
    const found = projects('وتعمل أدنوك على توسيع وتطوير مجمع الرويس الصناعي من خلال إنشاء مجمعين جديدين للصناعات التحويلية.');
    expect(found.map((p) => p.name)).toContain('مجمع الرويس الصناعي');
  });
  it('is a project with its capacity and cost right after it (مجمع الملك عبد الله بشمال جدة بسعة سريرية قدرها 500 سرير)', () => {
    const found = projects(
      'مشاريع منجزة * مجمع الملك عبد الله بشمال جدة بسعة سريرية قدرها 500 سرير بتكلفة إجمالية بلغت 362.796.000.00 ريال.',
    );
    expect(found.map((p) => p.name)).toContain('مجمع الملك عبد الله');
  });
  it('not where a patient is taken (نقلا على اثره الى مجمع الدمام الطبي للعلاج)', () => {
    const found = projects('وذكر أن شابا عمره 27 عاماً أصيب باختناق بسيط نقل على اثره الى مجمع الدمام الطبي للعلاج.');
    expect(found).toEqual([]);
  });
});

describe('an action noun and a superlative', () => {
  it('single out a facility with no other particular (افتتاح أطول جسر بحري في العالم)', () => {
    expect(projects('افتتاح أطول جسر بحري في العالم جنوبي الصين').map((p) => p.name)).toEqual(['جسر بحري']);
  });
  it('not a generic مشروع of no kind (تنفيذ أكبر مشروع مسح زلزالي ثلاثي الأبعاد)', () => {
    expect(projects('وأعلنت الشركة تنفيذ أكبر مشروع مسح زلزالي ثلاثي الأبعاد باستخدام أحدث تقنيات الاستكشاف.')).toEqual([]);
  });
});

describe('a building built (مبنى after an action noun: 113 in 73 articles of ../shared/unlabeled)', () => {
  it.each([
    ['وكشفت المصادر أن المشروع الحكومي يتضمن إنشاء مبنى خاص للطوارئ يضم 50 سريرا في جدة.', 'مبنى خاص للطوارئ'],
    [
      'وفي الشرقية تم اعتماد ترسية عدد من المشاريع شملت تطوير الحدائق بالجبيل، وإنشاء مبنى بلدية رأس تنورة، وتطوير المراكز التابعة لبلدية الجبيل.',
      'مبنى',
    ],
  ])('takes the building an action noun names with a particular (%s)', (text, name) => {
    const found = projects(text).filter((p) => p.type === 'building');
    expect(found.map((p) => p.name)).toEqual([name]);
  });
  it('not a building where news happens (في مبنى الوزارة)', () => {
    expect(projects('وعقد الاجتماع في مبنى وزارة الخارجية بالرياض أمس بحضور السفراء.')).toEqual([]);
  });
});

describe('a mosque built, extended or restored (مسجد after an action noun: 95 in 82 articles of ../shared/unlabeled)', () => {
  it.each([
    [
      'شرعت الهيئة العامة للسياحة والتراث الوطني بترميم مسجد أبوجبل الأثري، الواقع في المنطقة التاريخية بمحافظة أملج.',
      'مسجد أبوجبل الأثري',
    ],
    ['وأضاف: لقد أشرفنا على نهاية بناء مسجد في مدينة مينسك بروسيا البيضاء ذي طاقة استيعابية تتجاوز 5000 مصل.', 'مسجد'],
  ])('takes it with a particular (%s)', (text, name) => {
    expect(
      projects(text)
        .filter((p) => p.type === 'mosque')
        .map((p) => p.name),
    ).toEqual([name]);
  });
  it('not a mosque where prayers are held (خطيب المسجد)', () => {
    expect(projects('وألقى خطيب المسجد الحرام خطبة الجمعة أمس في مكة المكرمة بحضور آلاف المصلين.')).toEqual([]);
  });
});

describe('a railway line named by the plural سكك or the adjective حديدي (31 in 29 articles of ../shared/unlabeled)', () => {
  it.each([
    ['خط سكك حديدية يربط الإمارات بالسعودية في 2021.', 'خط سكك حديدية'],
    [
      'وقعت المؤسسة العامة للخطوط الحديدية أمس عقد إشراف بثلاثة ملايين ريال، لتجديد 78.4 كيلو متر من الخط الحديدي بين الهفوف والرياض.',
      'الخط الحديدي',
    ],
  ])('takes it (%s)', (text, name) => {
    expect(
      projects(text)
        .filter((p) => p.type === 'railway')
        .map((p) => p.name),
    ).toEqual([name]);
  });
  it.each([
    'وقال متحدث باسم جهاز الإطفاء إن الجزء المنهار سقط على خط للسكك الحديد على مسافة مئة متر أسفل الجسر في جنوى.',
    'وتقع أسكي شهير التي يسكنها نحو مليون شخص، على خط السكك الحديدية بين أنقرة واسطنبول.',
  ])('not a line right after على with no action noun: where something happens (%s)', (text) => {
    expect(projects(text)).toEqual([]);
  });
});

describe('a weak or plural head framed by مشروع and an action noun (مشروع إنشاء حدائق، مشروع إنشاء جسور)', () => {
  it.each([
    ['وتنفذ البلدية مشروع إنشاء حدائق في حي العاقول بتكلفة 4 ملايين ريال.', 'مشروع إنشاء حدائق', 'park'],
    ['وتنفذ الأمانة مشروع إنشاء جسور في حي العاقول بتكلفة 4 ملايين ريال.', 'مشروع إنشاء جسور', 'bridge'],
    ['وأشار إلى أن البلدية تنفذ مشروع إنشاء حدائق وممرات مشاة وساحات وبلغت نسبة الإنجاز لهذا المشروع 95 %.', 'مشروع إنشاء حدائق', 'park'],
    [
      'وضمت قائمة المشروعات الجديدة التي أنجزتها الوزارة بالمدينة المنورة، مشروع إنشاء حدائق ومتنزهات وملاعب مفتوحة وساحات شعبية بمساحة 750 ألف متر مربع.',
      'مشروع إنشاء حدائق',
      'park',
    ],
  ])('takes the work with a particular in its clause, past the heads joined to it (%s)', (text, name, type) => {
    expect(projects(text).map((p) => [p.name, p.type])).toEqual([[name, type]]);
  });
  it('not with no particular (تسعى البلدية إلى مشروع إنشاء حدائق)', () => {
    expect(projects('وتسعى البلدية إلى مشروع إنشاء حدائق وملاعب للأطفال.')).toEqual([]);
  });
});

describe('an item joined by و or إضافة إلى to one an action noun governs shares the action', () => {
  it.each([
    [
      'وأوضح أن المشروع يتمثل في احداث مصنع لتحويل مادة كربونات الكليسوم، ومصنع لتحويل الرخام، ومصنع ثالث للجليز بكلفة جملية تناهز 28 مليون دينار.',
      'مصنع ثالث للجليز',
    ],
    ['وتشمل العقود إنشاء معمل تكرير ومجمع البتروكيماويات بمحور قناة السويس.', 'مجمع البتروكيماويات بمحور قناة السويس'],
    [
      'الموافقة على بدء إجراءات نزع ملكية (87 عقاراً) لتنفيذ طريق الملك عبد الله ببريدة، وطريق عمر بن الخطاب بعنيزة.',
      'طريق عمر بن الخطاب بعنيزة',
    ],
  ])('takes the joined item (%s)', (text, name) => {
    expect(projects(text).map((p) => p.name)).toContain(name);
  });
  it.each([
    'وكذلك تنفيذ مشروع قنوات تصريف مياه الأمطار بأحياء البقيع وطريق الأمير عبد المجيد، بمبلغ وقدره 45 مليون ريال.',
    'وشمل العقد السابع تشغيل وصيانة شبكات المياه والصرف الصحي ومحطة المعالجة بمحافظة المذنب ومستلزماتها بمنطقة القصيم.',
  ])('not an item of a list of places, nor one a contract runs (%s)', (text) => {
    expect(projects(text).map((p) => p.name)).not.toContain(
      text.includes('المذنب') ? 'محطة المعالجة بمحافظة المذنب' : 'طريق الأمير عبد المجيد',
    );
  });
});

describe('a road and a bridge named by one place are two works', () => {
  it('does not merge جسر الخفجي into طريق "أبو حدرية - الخفجي"', () => {
    const found = projects(
      'وناقش المجتمعون مشروع إصلاح وتوسعة طريق "أبو حدرية - الخفجي" بطول 36 كيلو مترا. كما ناقشوا المشروع الثالث وهو استكمال إنشاء جسر الخفجي الذي سيربط الطريق السريع.',
    );
    expect(found.map((p) => p.type).sort()).toEqual(['bridge', 'road']);
  });
});

describe('dwellings counted after an action noun (بناء 2500 وحدة سكنية، إنجاز 163 مسكنا: the count is the housing’s size)', () => {
  it.each([
    ['أعلن وزير الدفاع أنه سيطلب من لجنة تخطيط الموافقة على بناء 2500 وحدة سكنية في 30 مستوطنة.', 'وحدة سكنية'],
    ['وخصصت الحكومة 250 مليار ريال لبناء 500 ألف وحدة سكنية في جميع مناطق المملكة.', 'وحدة سكنية'],
    ['وأضاف أنه سيسعى أيضا للحصول على موافقة اللجنة على بناء 1400 وحدة سكنية استيطانية أخرى في مرحلة لاحقة.', 'وحدة سكنية استيطانية أخرى'],
    ['وافقت إسرائيل على بناء أكثر من ألفي وحدة سكنية جديدة في المستوطنات.', 'وحدة سكنية جديدة'],
    ['وفي إطار البرنامج شرعت الشركة في إنجاز 223 مسكنا جلها في منطقة السيجومي.', 'مسكنا جلها'],
    ['ومن المشاريع المبرمجة انجاز 163 مسكنا اجتماعيا بالجهة.', 'مسكنا اجتماعيا'],
  ])('takes them (%s)', (text, name) => {
    expect(
      projects(text)
        .filter((p) => p.type === 'housing')
        .map((p) => p.name),
    ).toEqual([name]);
  });
  it.each([
    'وطالب المعتصمون بتوفير مسكن له ولبقية أفراد عائلته في تونس العاصمة.',
    'وقفز معدل بناء المساكن الجديدة في الولايات المتحدة في أبريل.',
    'وتحتاج جدة إلى ما يقرب من 953 ألف وحدة سكنية في غضون العشرين عاما المقبلة.',
    'ويعد أقل مواطن في العالم تملكاً للسكن مع وجود عجزٍ يقدّر بنحو مليون ونصف المليون وحدة سكنية، وطلبٍ سنوي يقدّر بأكثر من 250 ألف وحدة سكنية في السعودية.',
  ])('not a home, building statistics or a need with no action noun before the count (%s)', (text) => {
    expect(projects(text).filter((p) => p.type === 'housing')).toEqual([]);
  });
  it('keeps a programme whose name holds مسكن (برنامج المسكن الأول)', () => {
    const found = projects('وتمت المصادقة على برنامج المسكن الاول في 2017 بكلفة 50 مليون دينار.');
    expect(found.map((p) => p.name)).toContain('برنامج المسكن الاول');
  });
});

describe('a given name the clitic splitter cuts (فيصل = ف + يصل) does not end a facility’s name', () => {
  it('takes طريق الملك فيصل whole, its action noun before it', () => {
    const found = projects('وأوضح أن الأمانة تعمل على استكمال تطوير وتنفيذ طريق الملك فيصل (الطريق الساحلي) الذي يعد رديفاً قوياً.');
    expect(found.filter((p) => p.type === 'road').map((p) => p.name)).toEqual(['طريق الملك فيصل']);
  });
});

describe('a facility joined by و to one an action noun works on shares its action', () => {
  it('takes the joined road with a place of its own (لتنفيذ طريق الملك عبد الله ببريدة، وطريق عمر بن الخطاب بعنيزة)', () => {
    const found = projects('وبدأت إجراءات نزع ملكية 87 عقاراً لتنفيذ طريق الملك عبد الله ببريدة، وطريق عمر بن الخطاب بعنيزة.');
    expect(found.filter((p) => p.type === 'road').map((p) => p.name)).toEqual(['طريق الملك عبد الله', 'طريق عمر بن الخطاب بعنيزة']);
  });
  it('not a joined road with nothing of its own (لتنفيذ طريق الملك عبد الله ببريدة والطريق)', () => {
    const found = projects('وبدأت الأعمال لتنفيذ طريق الملك عبد الله ببريدة والطريق.');
    expect(found.filter((p) => p.type === 'road').map((p) => p.name)).toEqual(['طريق الملك عبد الله']);
  });
});

describe('counted sets of works', () => {
  it('takes a plural an action noun counts (لتشييد ستة ملاعب جديدة، إنشاء 3 محطات محولات جديدة)', () => {
    const found = projects(
      'وسيخصص المغرب مليار و200 مليون دولار لتشييد ستة ملاعب جديدة، فيما سيخصص 9,6 مليار دولار للاستثمار في البنى التحتية.',
    );
    expect(found.map((p) => p.name)).toContain('ملاعب جديدة');
    const stations = projects('وقدم الصندوق العربي قرضا لمصر من أجل إنشاء 3 محطات محولات جديدة.');
    expect(stations.map((p) => p.type)).toContain('substation');
  });
  it('takes counted tunnels with no particular of their own (إنشاء وحفر 4 أنفاق أخرى)', () => {
    const found = projects('وتطوير ميناء نويبع كمنطقة حرة، و إنشاء وحفر 4 أنفاق أخرى، اثنان بالاسماعيلية وآخران ببورسعيد.');
    expect(found.map((p) => p.name)).toContain('أنفاق أخرى');
  });
  it('one set for the same count told twice (تشييد ستة ملاعب جديدة ... لتشييد ستة ملاعب جديدة)', () => {
    const found = projects(
      'ويتضمن الملف توسيع خمسة ملاعب، وتشييد ستة ملاعب جديدة. وسيخصص المغرب مليار و200 مليون دولار لتشييد ستة ملاعب جديدة.',
    );
    expect(found.filter((p) => p.name === 'ملاعب جديدة')).toHaveLength(1);
  });
  it('a smaller counted set of the same works is part of the larger one (حفر ستة أنفاق ... لحفر ثلاثة أنفاق للسيارات)', () => {
    const found = projects(
      'وقال إن بلاده بدأت في حفر ستة أنفاق وستنتهي من العمل فيها خلال عامين. وتعاقدت مصر مع شركة ألمانية لتوريد آلات لحفر ثلاثة أنفاق للسيارات والقطارات في بورسعيد.',
    );
    expect(found.filter((p) => p.type === 'tunnel')).toHaveLength(1);
  });
  it('not a plural counted with no action noun before it (تضررت 4 أنفاق)', () => {
    const found = projects('وقالت السلطات إن السيول أغلقت 4 أنفاق في المدينة.');
    expect(found).toEqual([]);
  });
});

describe('completing one facility', () => {
  it('takes a facility being completed (واستكمال كورنيش الخبر الشمالي)', () => {
    const found = projects(
      'وتضمنت المشاريع تشغيل مختبرات البلديات الفرعية لأمانة الشرقية, واستكمال كورنيش الخبر الشمالي, وتطوير عدد من أحياء الدمام.',
    );
    expect(found.map((p) => p.name)).toContain('كورنيش الخبر الشمالي');
  });
  it('not a plural being completed (استكمال المشروعات المتأخرة)', () => {
    expect(projects('وقرر المجلس استكمال المشروعات المتأخرة في المحافظة.')).toEqual([]);
  });
  it('keeps a road and a bridge named the same apart (استكمال طريق الملك عبدالله ... وإنشاء جسر الملك عبدالله)', () => {
    const found = projects(
      'ونجحت أمانة الطائف في تنفيذ توسعة شارع حسان بن ثابت (المرحلة الأولى)، واستكمال طريق الملك عبدالله (مرحلة جديدة)، وتوسعة طريق كوبري الصيانة (النازل)، وإنشاء جسر الملك عبدالله بتقاطع محور شمال - جنوب مع طريق وادي وج.',
    );
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['طريق الملك عبدالله', 'جسر الملك عبدالله']));
  });
});

describe('counted sets of other builders', () => {
  it('keeps apart two counted sets that different companies build (ستة محطات شمسية with Scatec, ثلاثة محطات شمسية with ACWA Power)', () => {
    const found = projects(
      'وتعاقدت مصر مع شركة سكاتك سولار النرويجية من أجل بناء ستة محطات شمسية بقدرة إجمالية قدرها 400 ميغاوات. كما اتفقت مع شركة أكوا باور السعودية لبناء ثلاثة محطات شمسية بطاقة إجمالية 120 ميغاوات.',
    );
    expect(found.filter((p) => p.type === 'solar')).toHaveLength(2);
  });
});

describe('a line whose link verb names the places it links (يمتد من قبرص إلى مصر، يربط طريق الحرمين بطريق المدينة)', () => {
  it('takes a pipeline built from one country to another', () => {
    const found = projects('وكانت القاهرة قد وقعت اتفاقا مع الحكومة القبرصية فبراير الماضي، لإقامة خط أنابيب يمتد من قبرص إلى مصر.');
    expect(found.map((p) => p.type)).toEqual(['pipeline']);
  });
  it('takes a road built to link two named roads', () => {
    const found = projects(
      'ويتضمن المخطط بنية تحتية جديدة، بالإضافة لإنشاء طريق سريع يربط طريق الحرمين بطريق المدينة ومواز لطريق النزهة الحالي.',
    );
    expect(found.filter((p) => p.type === 'road').map((p) => p.name)).toEqual(['طريق سريع']);
  });
  it('not a line no action noun works on (الطريق الذي يربط مكة بجدة)', () => {
    const found = projects('وأغلقت الشرطة الطريق الذي يربط مكة المكرمة بجدة بسبب الحادث.');
    expect(found).toEqual([]);
  });
});

describe('a building a مشروع puts up, named as an organisation (مشروع الأكاديمية الوطنية للطاقة، مشروع مركز الملك عبدالله الحضاري)', () => {
  it('takes the organisation-named building as the name of a listed مشروع', () => {
    const found = projects(
      'كما تم أيضاً اعتماد 4 مشاريع جديدة في ميزانية العام الحالي، جار العمل على تصميمها، وستطرح قريباً في منافسة عامة وهي مشروع مدينة الملك عبدالله الاقتصادية للتدريب برابغ، ومشروع الأكاديمية الوطنية للطاقة بالدمام، والكلية التقنية للبنات بالخبر.',
    );
    expect(found.map((p) => p.name)).toContain('مشروع الأكاديمية الوطنية للطاقة بالدمام');
  });
});

describe('an apposition names the project the mention right before it went into (وهي محطة الطاقة النووية في أكيكوو)', () => {
  it('merges it into the project named earlier, not into another one kept since', () => {
    const found = projects(
      'اعتقلت السلطات الروسية كارينا تسوركان العضوة السابقة في مجلس إدارة الشركة التي ستبني أول محطة للطاقة النووية في تركيا، بتهم التجسس. وكانت تسوركان حتى مارس 2017 عضوة في مجلس إدارة الشركة التي ستبني أول محطة للطاقة النووية في تركيا، وهي محطة الطاقة النووية في أكيكوو، حسب ما أفادت صحيفة فاتان.',
    );
    expect(found.filter((p) => p.type === 'nuclear')).toHaveLength(1);
  });
});
