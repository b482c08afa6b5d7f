// Organisations named by a head word and what follows it (issue 16, item 3): constructs, the
// committee and academy cues, a nisba that belongs to the official name, the country it still
// names, and a deputy's portfolio that is not part of the ministry.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, handTagger, mentionList } from './analyze-text.js';

describe('organisations after a head word', () => {
  it.each<[string, string, string[]]>([
    [
      'a construct after an institution cue (gold-dev saudinewsnet-02)',
      'وسيكون مقر المركز في معهد بحوث المياه والطاقة بالمدينة.',
      ['ORG:معهد بحوث المياه والطاقة'],
    ],
    [
      'a construct closed by a participle adjective',
      'بالتعاون مع شركة تقنية المياه المتقدمة على الأعمال.',
      ['ORG:شركة تقنية المياه المتقدمة'],
    ],
    [
      'a construct after a committee cue, the given-name-like word read as a word',
      'قدمت المشرفة على لجنة تيسير الأعمال عرضا.',
      ['ORG:لجنة تيسير الأعمال'],
    ],
    [
      "a construct with the owner's plural nisba",
      'وقال رئيس جمعية رجال الأعمال المصريين إن القناة مهمة.',
      ['ORG:جمعية رجال الأعمال المصريين', 'COUNTRY:المصريين'],
    ],
    ['a board is no name: مجلس إدارة الشركة', 'اجتمع مجلس إدارة الشركة أمس.', []],
    ['"a set of" is no group: مجموعة عربات الركاب', 'تتكون من مجموعة عربات الركاب الحديثة.', []],
    ['a committee with a definite complement', 'صادقت عليها لجنة المنافسة بالوزارة.', ['ORG:لجنة المنافسة']],
    ['a colour adjective closes the name', 'من قبل لجنة المباني الخضراء في أمريكا.', ['ORG:لجنة المباني الخضراء', 'COUNTRY:أمريكا']],
    [
      'a masculine colour adjective closes the name, and the nisba after it',
      'وباشرت فرق هيئة الهلال الأحمر السعودي نقل المصابين.',
      ['ORG:هيئة الهلال الأحمر السعودي', 'COUNTRY:السعودي'],
    ],
    ['a masculine colour after an operations room', 'وتلقت غرفة عمليات الهلال الأحمر بلاغا.', ['ORG:غرفة عمليات الهلال الأحمر']],
    [
      'a phrase of time after the name is no complement of it',
      'وأقرت ميزانية هيئة الهلال الأحمر السعودي للعام المالي المقبل.',
      ['ORG:هيئة الهلال الأحمر السعودي', 'COUNTRY:السعودي'],
    ],
    [
      'an academy cue with a nisba and a complement',
      'احتفلت الأكاديمية السعودية للطيران المدني بالخريجين.',
      ['ORG:الأكاديمية السعودية للطيران المدني', 'COUNTRY:السعودية'],
    ],
    [
      'a joint committee of two countries',
      'أعلنت انعقاد اللجنة المشتركة التونسية الجزائرية في فيفري.',
      ['ORG:اللجنة المشتركة التونسية الجزائرية', 'COUNTRY:التونسية', 'COUNTRY:الجزائرية'],
    ],
    ['a party named by a definite phrase', 'وأشار إلى أن حزب النور اتخذ قرارا.', ['ORG:حزب النور']],
    [
      "a party named by its leader: the leader's name alone stays no organisation",
      'حصل حزب تسيبراس على السلطة. وقال تسيبراس إن الاتفاق صعب.',
      ['ORG:حزب تسيبراس'],
    ],
    ['a club named by its city is the club, not the city', 'أعلن نادي ليفربول الإنجليزي ضم اللاعب.', ['ORG:نادي ليفربول']],
    ['a court named by a definite phrase', 'أعلنت محكمة التحكيم الرياضي رفض الاستئناف.', ['ORG:محكمة التحكيم الرياضي']],
    [
      'after an institution cue a definite word opens a noun phrase, not a proper name cut short',
      'ويتنافس حزب الاتحاد الوطني في الانتخابات.',
      ['ORG:حزب الاتحاد الوطني'],
    ],
    [
      'a definite word after an institution cue takes no rare word after it',
      'أبدت جماهير نادي الاتحاد استياءها الشديد.',
      ['ORG:نادي الاتحاد'],
    ],
    [
      'an institution named by a definite phrase keeps its adjective',
      'وطرح مدير وكالة الاستخبارات المركزية السابق وجهة نظره.',
      ['ORG:وكالة الاستخبارات المركزية'],
    ],
    [
      'a football club whose name holds a city is the club, not the city (orgs.tsv)',
      'فاز ريال مدريد على مانشستر سيتي، وتعادل بايرن ميونخ مع باريس سان جرمان الفرنسي.',
      ['ORG:ريال مدريد', 'ORG:مانشستر سيتي', 'ORG:بايرن ميونخ', 'ORG:باريس سان جرمان', 'COUNTRY:الفرنسي'],
    ],
    [
      'a city after مدينة is the city whatever the nisba',
      'تقام القرعة في مدينة سان بطرسبرغ الروسي.',
      ['CITY:سان بطرسبرغ', 'COUNTRY:الروسي'],
    ],
    ['a city before a masculine country nisba is a club', 'انتقل اللاعب إلى بورتو البرتغالي.', ['ORG:بورتو', 'COUNTRY:البرتغالي']],
    [
      'a city before a masculine nisba that agrees with a resort is the city',
      'التقى الرئيسان في منتجع سوتشي الروسي.',
      ['CITY:سوتشي', 'COUNTRY:الروسي'],
    ],
    [
      'a club city after نادي is left to the org cue',
      'وصل لاعبو نادي برشلونة الإسباني إلى لندن.',
      ['ORG:نادي برشلونة', 'COUNTRY:الإسباني', 'CITY:لندن'],
    ],
    [
      "a newspaper's quoted name is the newspaper, not the place in it",
      'وذكرت صحيفة "ديلي ميل" البريطانية أن الحادث وقع أمس.',
      ['ORG:ديلي ميل', 'COUNTRY:البريطانية'],
    ],
    ["a channel's quoted name is the channel, not a canal", 'وقال في مقابلة مع قناة "السومرية" إن الاتفاق قريب.', ['ORG:السومرية']],
    [
      'armed groups and apps the news names without a cue (orgs.tsv)',
      'قال إن وحدات حماية الشعب الكردية وجماعة بوكو حرام تستخدم واتساب.',
      ['ORG:وحدات حماية الشعب الكردية', 'ORG:جماعة بوكو حرام', 'ORG:واتساب'],
    ],
    ['a cue with a possessive heads no name: مجلسه الاستشاري', 'ويسعى الصندوق الذي يرأس نجيب مجلسه الاستشاري لتقليص ديونه.', []],
    ['a cue with a possessive heads no name: اتحادنا الموقر', 'كان من المفترض على اتحادنا الموقر أن يكون السوبر دعما.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a nisba that belongs to the official name', () => {
  it.each<[string, string, string[]]>([
    [
      'a ministry with its country (saudinewsnet-37)',
      'قالت وزارة التخطيط المصرية في بيان إن الحكومة تتوقع النمو.',
      ['ORG:وزارة التخطيط المصرية', 'COUNTRY:المصرية'],
    ],
    ['a ministry of two portfolios', 'التابع لوزارة التجارة والصناعة المصرية.', ['ORG:وزارة التجارة والصناعة المصرية', 'COUNTRY:المصرية']],
    [
      'a masculine nisba after a masculine complement',
      'وأعلنت هيئة الطيران المدني الإماراتي القرار.',
      ['ORG:هيئة الطيران المدني الإماراتي', 'COUNTRY:الإماراتي'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it('reads the Houthi militia as the Houthis, not a person ميليشيا (sample3k: ميليشيا الحوثي الإرهابية)', () => {
    const doc = analyzeText('وأكد المتحدث أن ميليشيا الحوثي الإرهابية أطلقت صاروخا. وأطلقت الميليشيا الحوثية صاروخا آخر على الحوثيين.');
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
    const orgs = doc.entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.mentions.map((m) => m.text))).toEqual([['ميليشيا الحوثي', 'الميليشيا الحوثية', 'الحوثيين']]);
  });

  it('joins the short form of the name later in the article to the full one', () => {
    const doc = analyzeText('قالت وزارة التخطيط المصرية إن النمو سيرتفع. وأضافت وزارة التخطيط أن الإنفاق زاد.');
    const orgs = doc.entities.filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(['وزارة التخطيط المصرية', 'وزارة التخطيط']);
  });

  it('keeps a country nisba inside any organisation, but not one that starts a family-named company or sits in a news agency', () => {
    expect(mentionList(analyzeText('بالتعاون مع الوكالة الفرنسية للتنمية.'))).toEqual(['ORG:الوكالة الفرنسية للتنمية', 'COUNTRY:الفرنسية']);
    expect(mentionList(analyzeText('وفي تصريح لوكالة الصحافة الفرنسية، قال الخبير.'))).toEqual(['ORG:وكالة الصحافة الفرنسية']);
  });
});

describe("a deputy's portfolio is not part of the ministry (لشؤون)", () => {
  it.each<[string, string, string[]]>([
    ['وكيل وزارة X لشؤون Y', 'أشاد وكيل وزارة المياه والكهرباء لشؤون الكهرباء بالشركة.', ['ORG:وزارة المياه والكهرباء']],
    [
      'وكيل وزارة X لشؤون Y, the ministry with its country',
      'بحضور وكيل وزارة المالية السعودية لشؤون الإيرادات.',
      ['ORG:وزارة المالية السعودية', 'COUNTRY:السعودية'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });
});

describe('a "لل" verbal noun that governs a preposition is a purpose, not part of the name (governed_preposition)', () => {
  it.each<[string, string, string[]]>([
    ['للنظر في (ant-jawharafm-305 of ../shared/unlabeled)', 'ودعت النقابة وزارة الصحة للنظر في مطالب الأطباء.', ['ORG:وزارة الصحة']],
    ['للبحث عن after a name of two nouns', 'وتدخلت وزارة التجهيز والولاية للبحث عن حلول.', ['ORG:وزارة التجهيز والولاية']],
    [
      'a complement of the name stays: لدول الخليج',
      'وقالت هيئة الربط الكهربائي لدول الخليج إن الشبكة جاهزة.',
      ['ORG:هيئة الربط الكهربائي لدول الخليج'],
    ],
    [
      'a complement after a country nisba stays, even before عن',
      'ونقلت وكالة الطلبة الإيرانية للأنباء عن مسؤول.',
      ['ORG:وكالة الطلبة الإيرانية للأنباء', 'COUNTRY:الإيرانية'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });
});

describe('لمصلحة is "in favour of", not an administration', () => {
  it('reads no organisation in "لمصلحة المواطنين"', () => {
    expect(mentionList(analyzeText('تنفق الأموال لمصلحة المواطنين الإسرائيليين.'))).toEqual(['COUNTRY:الإسرائيليين']);
  });
});

describe('مصلحة heads an administration only of a listed domain (administration_domain)', () => {
  it.each<[string, string, string[]]>([
    [
      'customs (../shared/unlabeled: مصلحة الجمارك 79 times)',
      'أعلنت مصلحة الجمارك اليمنية ضبط الشحنة.',
      ['ORG:مصلحة الجمارك اليمنية', 'COUNTRY:اليمنية'],
    ],
    ['zakat and income', 'وطالبت مصلحة الزكاة والدخل الشركات بتقديم إقراراتها.', ['ORG:مصلحة الزكاة والدخل']],
    [
      '"the interest of the nation" (saudinewsnet: وتصب في صميم مصلحة الوطن والمواطن)',
      'وتصب في صميم مصلحة الوطن والمواطن، وقال الوزير.',
      [],
    ],
    ['"the interest of both peoples"', 'وبحث الجانبان ما فيه مصلحة الشعبين الشقيقين.', []],
    ['"the interest of Basra" (a city after مصلحة)', 'ومن الموقف المزعوم بحرصها على مصلحة البصرة وأهلها.', ['CITY:البصرة']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc).sort()).toEqual([...expected].sort());
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a faculty is no organisation (generic_institution_head: هيئة التدريس)', () => {
  it.each<[string, string]>([
    ['members of the faculty (210 times in ../shared/unlabeled)', 'قال أعضاء هيئة التدريس في الجامعة إن الرواتب تأخرت.'],
    ['the faculty and staff (saudinewsnet: أعضاء هيئة التدريس السعوديين)', 'الخاص بأعضاء هيئة التدريس والموظفين في الجامعات.'],
  ])('%s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});

describe('a council or a federation named by a definite noun (مجلس، اتحاد read as institution cues)', () => {
  it.each<[string, string, string[]]>([
    [
      'a chamber (holdout: بمجلس الشيوخ)',
      'عضو لجنة العلاقات الخارجية بمجلس الشيوخ الأمريكي.',
      ['ORG:لجنة العلاقات الخارجية', 'ORG:مجلس الشيوخ الأمريكي', 'COUNTRY:الأمريكي'],
    ],
    ['a chamber without its country', 'وصوت مجلس النواب على القانون أمس.', ['ORG:مجلس النواب']],
    ['a federation by its sport', 'وأقر اتحاد الكرة الاستعانة بمدير للتحكيم.', ['ORG:اتحاد الكرة']],
    ['a council with an adjective', 'وأكد مجلس الدفاع الوطني دعمه للقرار.', ['ORG:مجلس الدفاع الوطني']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a board of another body: مجلس الأمناء', 'اجتمع مجلس الأمناء أمس.'],
    ['a board of another body: مجلس المنظمة', 'قرر مجلس المنظمة تأجيل الاجتماع.'],
    ["a club's board is no name of its own: مجلس النادي", 'وقرر مجلس النادي إقالة المدرب.'],
  ])('reads no council: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});

describe('companies named in quotes after a plural company head (شركات "X" و"Y")', () => {
  it.each<[string, string, string[]]>([
    [
      'a list of two after the head and its adjectives (holdout: تينسنت، بايدو)',
      'من بينها شركات التكنولوجيا الصينية "تينسنت" و"بايدو"، لكن عملياتها صغيرة.',
      ['ORG:تينسنت', 'ORG:بايدو', 'COUNTRY:الصينية'],
    ],
    ['one name after an example word', 'طرحت شركات كبرى على غرار «أوراسكوم كونستراكشون»، أسهمها.', ['ORG:أوراسكوم كونستراكشون']],
    ['a list of banks', 'تراجعت أسهم مصارف أوروبية منها "دويتشه بنك" و"كومرتز بنك" أمس.', ['ORG:دويتشه بنك', 'ORG:كومرتز بنك']],
    [
      'a town after ب inside the quotes stays a CITY',
      'ونقل المصابون إلى مستشفيات "السلام" و"الأمل بجدة" أمس.',
      ['ORG:السلام', 'ORG:الأمل', 'CITY:جدة'],
    ],
    ['a dual of companies, a name that is also a given name (كريم)', 'وتتنافس شركتي "أوبر" و"كريم" في السوق.', ['ORG:أوبر', 'ORG:كريم']],
    [
      'hospitals, definite names too (holdout4 h4-14)',
      'بكل من مستشفيات "شارل نيكول" و"الرابطة" ومستشفى البشير حمزة للأطفال.',
      ['ORG:شارل نيكول', 'ORG:الرابطة', 'ORG:مستشفى البشير حمزة للأطفال'],
    ],
    [
      'a dual of channels, definite names (../shared/unlabeled: قناتي العربية والحدث)',
      'وبثت قناتي "العربية" و"الحدث" المقابلة أمس.',
      ['ORG:العربية', 'ORG:الحدث'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc).sort()).toEqual([...expected].sort());
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['one quoted word and no example word: a word used loosely', 'وأنشأ المتهمون شركات "واجهة" لتهريب الأموال.'],
    ['a definite quoted word is a word, not a company', 'ويمكن مطالبة شركات مثل «الأوفشور» و«الواجهة» بتسجيل أسمائها.'],
    ['one quoted name after a dual head is no list', 'وقالت مؤسستي "الأمل" إنها ستواصل.'],
  ])('reads no company: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});

describe('social networks named alone (orgs.tsv)', () => {
  it.each<[string, string, string[]]>([
    ['Twitter after على (holdout: تغريدة على تويتر)', 'ونشر الراكب تغريدة على تويتر تحدث فيها عن إلغاء رحلته.', ['ORG:تويتر']],
    [
      'Facebook in two spellings, YouTube',
      'ونشر الفيديو على فيسبوك ويوتيوب، ثم حذفه من فيس بوك.',
      ['ORG:فيسبوك', 'ORG:يوتيوب', 'ORG:فيس بوك'],
    ],
    [
      "with the article and in the Maghreb's spelling (holdout: الفايسبوك)",
      'وكتب على صفحته على الفايسبوك ثم نشر المقطع على اليوتيوب.',
      ['ORG:الفايسبوك', 'ORG:اليوتيوب'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('airlines of the lexicon (orgs.tsv)', () => {
  it.each<[string, string, string[]]>([
    ['an airline named by a region is no region', 'وأعلنت طيران الخليج عن رحلات جديدة.', ['ORG:طيران الخليج']],
    ['an airline named by a word', 'وقالت العربية للطيران إن الرحلات مستمرة.', ['ORG:العربية للطيران']],
    ['a spelt-out acronym', 'وألغت كيه إل إم رحلاتها.', ['ORG:كيه إل إم']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });
});

describe('hospitals named like banks (org_cue مستشفى: named)', () => {
  it.each<[string, string, string[]]>([
    ['a hospital named by its town and an adjective', 'نقل المصابون إلى مستشفى عسير المركزي لتلقي العلاج.', ['ORG:مستشفى عسير المركزي']],
    ['a definite complement is part of the name', 'نقل الطفل إلى مستشفى البشير حمزة للأطفال أمس.', ['ORG:مستشفى البشير حمزة للأطفال']],
    ['a hospital named by a proper name', 'وأجرى اللاعب الفحص الطبي في مستشفى سبيتار أمس.', ['ORG:مستشفى سبيتار']],
    ['a town behind a preposition is where the hospital is', 'وقالت إنه توفي في مستشفى بكراتشي الأسبوع الماضي.', ['CITY:كراتشي']],
    ['a weekday is no name: قال مستشفى الخميس', 'قال مستشفى الخميس إن المصاب في حالة مستقرة.', []],
    ['a weekday and a word of time are no name', 'وأعلن مستشفى الخميس الماضي عن حالتين.', []],
    [
      'a hospital named by what it treats, the town after ب its own (sample3k snn-2015-08-07-437)',
      'بالتعاون مع مستشفى الصحة النفسية ببريدة دورة الاسترخاء.',
      ['ORG:مستشفى الصحة النفسية', 'CITY:بريدة'],
    ],
    [
      'a hospital named by whom it serves',
      'لنقلها إلى مستشفى الولادة والأطفال بمكة المكرمة.',
      ['ORG:مستشفى الولادة والأطفال', 'CITY:مكة المكرمة'],
    ],
    ['a hospital named by a definite word', 'أرسل فريقاً من الجراحين إلى مستشفى الثورة لمعالجة المصابين.', ['ORG:مستشفى الثورة']],
    ['the town Khamis Mushait with an adjective', 'وقد شهد مستشفى الخميس المدني إقبالا.', ['ORG:مستشفى الخميس المدني']],
    [
      'لل + a verbal noun before its preposition is a purpose',
      'أحيل لمستشفى الصحة النفسية للتأكد من قواه العقلية.',
      ['ORG:مستشفى الصحة النفسية'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a directorate is a body only as definite head + institutional adjective + لـ complement (org_cue: directorate)', () => {
  it.each<[string, string, string[]]>([
    ['a general directorate (holdout4 h4-12)', 'من مقر الإدارة العامة للامتحانات إلى المراكز الجهوية.', ['ORG:الإدارة العامة للامتحانات']],
    ['a general directorate of passports', 'وأوضحت المديرية العامة للجوازات أنها أنهت الإجراءات.', ['ORG:المديرية العامة للجوازات']],
    ['management of a person is no body', 'وقالت إدارة ترامب إنها لن ترتكب أخطاء.', []],
    ["a country's adjective alone makes a government", 'وندعو الإدارة الأمريكية للتخلي عن هذا القرار.', ['COUNTRY:الأمريكية']],
    [
      'a complement that opens another body leaves it its own name',
      'وولاة وعمال الإدارة المركزية لوزارة الداخلية في الأقاليم.',
      ['ORG:وزارة الداخلية'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a device or an operating system is no organisation (product-words.tsv)', () => {
  it.each<[string, string, string, 'ORG' | 'PERS' | 'MISC', string[]]>([
    ['a phone the tagger reads as a company', 'وأعلنت أبل عن هاتف آيفون الجديد.', 'آيفون', 'ORG', ['ORG:أبل']],
    ['a phone and its model', 'ستطرح الشركة هاتف آيفون X بلس قريبا.', 'آيفون X بلس', 'ORG', []],
    ['an operating system in Latin letters', 'تعمل أجهزة iOS بكفاءة عالية.', 'iOS', 'ORG', []],
    ['a phone alone read as a person', 'وتقوم بتجميع هاتف آيفون لصالح الشركة.', 'آيفون', 'PERS', []],
    ['a company the tagger finds stays', 'وأعلنت سامسونغ عن هاتف جديد.', 'سامسونغ', 'ORG', ['ORG:سامسونغ']],
  ])('%s', (_why, text, tagged, type, expected) => {
    const doc = analyzeText(text, [handTagger([{ text: tagged, type }])]);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a company described, then named in quotes (org-described-quoted)', () => {
  it.each<[string, string, string[]]>([
    [
      'an airline by its country, then its name',
      'وقعت اتفاقا مع شركة الطيران الصينية "نانغ فانغ" أمس.',
      ['COUNTRY:الصينية', 'ORG:نانغ فانغ'],
    ],
    ['an insurer by its trade', 'وقال رئيس قسم الاقتصاد في شركة التأمين "يولر إرميس" إن النمو بطيء.', ['ORG:يولر إرميس']],
    ['a quoted phrase after a verb is no name', 'وقالت الشركة إن "القرار لا علاقة له بالأزمة".', []],
    ['a product after a device is no company', 'تطرح شركة هواوي الصينية هاتف "بي 20" قريبا.', ['ORG:هواوي', 'COUNTRY:الصينية']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a ministry takes no لـ complement', () => {
  it.each<[string, string, string[]]>([
    ['a purpose after the ministry', 'وهناك تنسيق مع وزارة المياه والكهرباء لتوفير الكميات اللازمة.', ['ORG:وزارة المياه والكهرباء']],
    ['a purpose after a ministry named by one word', 'وتسعى وزارة العدل لتقييم الوضع الحالي.', ['ORG:وزارة العدل']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('societies, funds, institutes and leagues named by a definite noun (جمعية، صندوق، معهد، رابطة read as institution cues)', () => {
  it.each<[string, string, string[]]>([
    ['a society (sample3k: جمعية البر الخيرية بالأحساء)', 'وفرت جمعية البر الخيرية 4 باصات للمشروع.', ['ORG:جمعية البر الخيرية']],
    [
      "a society and its owner's adjective",
      'تشارك جمعية الكشافة العربية السعودية في الجامبوري.',
      ['ORG:جمعية الكشافة العربية السعودية', 'COUNTRY:السعودية'],
    ],
    ['a fund and its adjective', 'أكد صندوق التنمية العقارية موافقته على التأجيل.', ['ORG:صندوق التنمية العقارية']],
    ["an institute and its owner's adjective", 'قال معهد الإحصاء التركي إن التضخم ارتفع.', ['ORG:معهد الإحصاء التركي', 'COUNTRY:التركي']],
    ['an institutional adjective closes the name', 'وقالت هيئة الأركان العامة إنها توصلت لاتفاق.', ['ORG:هيئة الأركان العامة']],
    ['العام before a word of time is the year', 'أعلنت وزارة الصحة العام الماضي عن الخطة.', ['ORG:وزارة الصحة']],
    [
      'an adjective after و + noun opens another body',
      'بحضور وزارة الصحة والاتحاد العام التونسي للشغل أمس.',
      ['ORG:وزارة الصحة', 'ORG:الاتحاد العام التونسي للشغل', 'COUNTRY:التونسي'],
    ],
    [
      'a cue after و heads another body (214 times in ../shared/unlabeled)',
      'بالتعاون بين جمعية المكفوفين الخيرية والجمعية السعودية للإعاقة السمعية.',
      ['ORG:جمعية المكفوفين الخيرية', 'ORG:الجمعية السعودية للإعاقة السمعية', 'COUNTRY:السعودية'],
    ],
    ['a league body', 'ردت رابطة الدوري الفرنسي لكرة القدم على الصحيفة.', ['ORG:رابطة الدوري الفرنسي لكرة القدم', 'COUNTRY:الفرنسي']],
    [
      'a country with a لـ complement names an institute',
      'يدرس في معهد جورجيا للتكنولوجيا منذ عامين.',
      ['ORG:معهد جورجيا للتكنولوجيا', 'COUNTRY:جورجيا'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a ballot box: صندوق الاقتراع', 'أدلى الناخبون بأصواتهم في صندوق الاقتراع أمس.'],
    ['a competition, not a body: رابطة الأبطال', 'يلعب الفريق في رابطة الأبطال الإفريقية غدا.'],
  ])('reads no body: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});

describe('holding companies named by القابضة (company_suffix)', () => {
  it.each<[string, string, string[]]>([
    ['a rare name (sample3k: سهم أرابتك القابضة)', 'وارتفع سهم أرابتك القابضة بنسبة 3 في المئة.', ['ORG:أرابتك القابضة']],
    ['after شركة, the company by its name', 'وقالت شركة العثيم القابضة إن الأرباح زادت.', ['ORG:العثيم القابضة']],
    ['a name of the lexicon (holdout: المملكة القابضة)', 'وأعلنت المملكة القابضة عن صفقة جديدة.', ['ORG:المملكة القابضة']],
    ['a board is no cue (holdout: مجلس إدارة المملكة القابضة)', 'وقرر مجلس إدارة المملكة القابضة توزيع الأرباح.', ['ORG:المملكة القابضة']],
    ['a group keeps its cue', 'وقال رئيس مجموعة الطيار القابضة إن الشركة توسعت.', ['ORG:مجموعة الطيار القابضة']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the holding company of a group, no name', 'وقالت الشركة القابضة إن الأرباح زادت.'],
    ['a word after و ends a complement', 'في مجموعة الحصان للتعليم والتدريب القابضة أمس.'],
  ])('reads no holding: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.includes('القابضة'))).toEqual([]);
  });
});

describe('an institutional adjective after the proper name belongs to it (org_adjective)', () => {
  it.each<[string, string, string[]]>([
    [
      'before a لـ complement (جامعة نايف العربية للعلوم الأمنية, 73 times in ../shared/unlabeled)',
      'وذلك بجامعة نايف العربية للعلوم الأمنية أمس.',
      ['ORG:جامعة نايف العربية للعلوم الأمنية'],
    ],
    ['a company, named without its cue', 'وقالت شركة بوبا العربية للتأمين إن الأرباح ارتفعت.', ['ORG:بوبا العربية للتأمين']],
    ['without a complement', 'وتم نقل المصابين إلى مستشفى أبوعريش العام أمس.', ['ORG:مستشفى أبوعريش العام']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('leaves a country nisba out of a company name: شركة هواوي الصينية', () => {
    expect(mentionList(analyzeText('وقالت شركة هواوي الصينية إن المبيعات ارتفعت.'))).toEqual(['ORG:هواوي', 'COUNTRY:الصينية']);
  });
});

describe("a country's adjective without the article after a cue describes the body, it names none", () => {
  it.each<[string, string, string[]]>([
    ['a group', 'بإيعاز من مجموعة ليبية مسلحة.', ['COUNTRY:ليبية']],
    ['a hospital', 'وابنته في حالة حرجة داخل مستشفى بريطاني.', ['COUNTRY:بريطاني']],
    ['a bank', 'اكتشف عميل بنك بريطاني خللا.', ['COUNTRY:بريطاني']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it('still reads a place as the name: بنك قطر الوطني', () => {
    expect(mentionList(analyzeText('وقال بنك قطر الوطني إن الأرباح ارتفعت.'))[0]).toBe('ORG:بنك قطر الوطني');
  });
});

describe('a frequent common word of the news after a cue describes the place, it names no body', () => {
  it.each<[string, string, string[]]>([
    ['a bedroom (sample3k)', 'ويشمل التصميم الداخلي غرفة نوم مريحة.', []],
    ['a polling station (sample3k)', 'بحماية أكثر من 1800 مركز اقتراع في أكثر من 15 دائرة.', []],
    ['a jury (sample3k)', 'عندما رفضت هيئة محلفين كبرى توجيه الاتهام.', []],
    ['a common word, then a name word: a mall', 'أن يصل القطار إلى مركز حياة مول التجاري.', ['ORG:مركز حياة مول التجاري']],
    [
      'a construct after a word rare in the vocabulary (sample3k)',
      'أكد رئيس جمعية أولياء التلاميذ تنظيم تحركات.',
      ['ORG:جمعية أولياء التلاميذ'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });
});

describe('two given names joined by و after a cue are one eponym', () => {
  it.each<[string, string, string[]]>([
    ['a foreign pair (sample3k)', 'العقار الذي مولته جزئيا مؤسسة بيل ومليندا جيتس فعال.', ['ORG:مؤسسة بيل ومليندا جيتس']],
    [
      'an Arabic pair and the family name (sample3k)',
      'وشاركت مؤسسة محمد وعبدالله إبراهيم السبيعي الخيرية في الرعاية.',
      ['ORG:مؤسسة محمد وعبدالله إبراهيم السبيعي الخيرية'],
    ],
    ['a verb after و ends the name', 'وزار مستشفى محمد وقال إن الخدمة جيدة.', ['ORG:مستشفى محمد']],
    [
      'a common word after و starts another body (unlabeled 4141)',
      'من كتائب حزب الله ومنظمة بدر وقوات الشهيد الصدر.',
      ['ORG:حزب الله', 'ORG:منظمة بدر'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });
});

describe('one organisation written with its words in the singular or plural, with or without ة or ال', () => {
  it.each<[string, string, string[]]>([
    [
      'a plural and a feminine adjective (gold-dev ant-multisource-04)',
      'وقال صندوق الاستثمارات العامة إنه سيستثمر. وأضاف صندوق الاستثمار العام أن المبلغ كبير.',
      ['صندوق الاستثمارات العامة', 'صندوق الاستثمار العام'],
    ],
    [
      'a country nisba written as the country (sample3k: الصندوق السعودي للتنمية)',
      'وقدم الصندوق السعودي للتنمية قرضا. وقال صندوق السعودية للتنمية إن القرض ميسر.',
      ['الصندوق السعودي للتنمية', 'صندوق السعودية للتنمية'],
    ],
  ])('%s', (_why, text, mentions) => {
    const orgs = analyzeText(text).entities.filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(mentions);
  });

  it('keeps two organisations of different words apart', () => {
    const orgs = analyzeText('وقالت وزارة الصحة إن الوباء انحسر. وأضافت وزارة التعليم أن المدارس تفتح.').entities.filter(
      (e) => e.type === 'ORG',
    );
    expect(orgs).toHaveLength(2);
  });
});

describe('movements named by حركة, which is no cue (orgs.tsv), and channels named by a common word', () => {
  it.each<[string, string, string[]]>([
    [
      'a Tunisian party by its short name, not the country alone',
      'وقال قيادي في نداء تونس إن الحزب موحد.',
      ['ORG:نداء تونس', 'COUNTRY:تونس'],
    ],
    ['a Syrian armed group, not the region الشام', 'وتسيطر حركة أحرار الشام على البلدة.', ['ORG:حركة أحرار الشام']],
    [
      'a news agency written with أنباء, not the province فارس',
      'وقال ما أوردته وكالة أنباء فارس بأن هناك اتفاقا.',
      ['ORG:وكالة أنباء فارس'],
    ],
    ['a channel named by a common word', 'وقال في مداخلة مع قناة الإخبارية إن المصاب كبير.', ['ORG:قناة الإخبارية']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('bodies named by a definite noun and an adjective, by the capital, by a directorate of a city, and listed media', () => {
  it.each<[string, string, string[]]>([
    [
      'a company named by a definite noun and an institutional adjective (holdout11 h11-16)',
      'أسهم استبدال شركة المياه الوطنية للأجزاء التالفة في تحسين الضخ.',
      ['ORG:شركة المياه الوطنية'],
    ],
    ['a company named by a definite noun alone is described, not named', 'وقالت شركة الكهرباء إن الانقطاع انتهى.', []],
    ["the capital's police (holdout11 h11-11)", 'وقالت شرطة العاصمة إنه قد عثر على القنبلة.', ['ORG:شرطة العاصمة']],
    [
      "Mecca's municipality (sample3k snn-2015-07-27-725)",
      'أبرمت أمانة العاصمة المقدسة ثلاثة مشروعات جديدة.',
      ['ORG:أمانة العاصمة المقدسة'],
    ],
    [
      "the capital's police with the country's adjective",
      'وقالت شرطة العاصمة البريطانية، إن التحقيق مستمر.',
      ['ORG:شرطة العاصمة البريطانية', 'COUNTRY:البريطانية'],
    ],
    ["أمانة العاصمة alone is Sanaa's governorate", 'وقصفت الطائرات أمانة العاصمة صنعاء.', ['CITY:صنعاء']],
    ['a directorate of a city (sample3k snn-2015-08-10-256)', 'وقال إن إدارة تعليم نجران ستبذل جميع السبل.', ['ORG:إدارة تعليم نجران']],
    ['a directorate of a province (holdout11 h11-15)', 'بالتعاون مع إدارة مرور المنطقة الشرقية.', ['ORG:إدارة مرور المنطقة الشرقية']],
    ["a facility's management is a unit of its owner (gold-dev saudinewsnet-14)", 'الناظر الإداري بإدارة معمل واسط للغاز.', ['CITY:واسط']],
    [
      'the royal navy (holdout11 h11-11; state_body_adjective الملكية)',
      'وقالت الشرطة إنها تعمل مع البحرية الملكية على إزالة القنبلة.',
      ['ORG:البحرية الملكية'],
    ],
    [
      "an air force by its country's adjective, السعودية read as one",
      'وقال قائد القوات الجوية الملكية السعودية إن الطلعات مستمرة.',
      ['ORG:القوات الجوية الملكية السعودية', 'COUNTRY:السعودية'],
    ],
    ['ground troops of no country are no body', 'وأرسلت الحكومة القوات البرية إلى الحدود.', []],
    ["handling a country's file is no directorate", 'وتعمل الحكومة على إدارة ملف سوريا بحذر.', ['COUNTRY:سوريا']],
    [
      'UEFA is no mention of the EU (orgs.tsv)',
      'وقرر الاتحاد الأوروبي لكرة القدم (يويفا) معاقبة النادي.',
      ['ORG:الاتحاد الأوروبي لكرة القدم', 'ORG:يويفا'],
    ],
    [
      'CAF is no mention of the African Union (holdout11 h11-03)',
      'بعد قرار الاتحاد الأفريقي لكرة القدم (كاف) بإيقافه لمدة عام.',
      ['ORG:الاتحاد الأفريقي لكرة القدم', 'ORG:كاف'],
    ],
    [
      'the Syrian Observatory is no mere mention of Syria (orgs.tsv)',
      'وقال المرصد السوري لحقوق الإنسان إن القصف مستمر.',
      ['ORG:المرصد السوري لحقوق الإنسان', 'COUNTRY:السوري'],
    ],
    [
      'a Tunisian delegation (org_cue مندوبية; holdout11 h11-14)',
      'بالتعاون مع مندوبية الشباب والرياضة ومندوبية الفلاحة.',
      ['ORG:مندوبية الشباب والرياضة', 'ORG:مندوبية الفلاحة'],
    ],
    [
      'a regional delegation by its adjective and complement, the town after ب its own',
      'وقالت المندوبية الجهوية للتربية بصفاقس إن الامتحانات ستجرى.',
      ['ORG:المندوبية الجهوية للتربية', 'CITY:صفاقس'],
    ],
    ["al-Weeam's link line (orgs.tsv; holdout11 h11-15)", 'رابط الخبر بصحيفة الوئام: جولات تفتيشية في المدارس', ['ORG:صحيفة الوئام']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});
