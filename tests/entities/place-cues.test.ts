// Places of oil and gas news named after a cue: concessions and reservoirs, quoted names, parts
// of a listed field, directions; and سد that closes a gap rather than a river.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, handTagger, mentionList } from './analyze-text.js';

describe('concessions, reservoirs and quoted field names', () => {
  it.each<[string, string, string[]]>([
    [
      'a quoted concession (ant-multisource-07)',
      'حصلت على نسبة 20 بالمائة في امتياز "أم الشيف ونصر" في أبوظبي.',
      ['LOCATION:أم الشيف ونصر', 'CITY:أبوظبي'],
    ],
    [
      'two quoted names after a dual cue',
      'ويمثل امتيازا "أم الشيف ونصر" و"زاكوم السفلي" جزءا من الامتياز.',
      ['LOCATION:أم الشيف ونصر', 'LOCATION:زاكوم السفلي'],
    ],
    ['a part of a listed field', 'رسم مشاركة في امتياز زاكوم السفلي، الذين ستتولى إدارتهما.', ['LOCATION:زاكوم السفلي']],
    ['a quoted name the lexicon lists with its cue', 'أعلنت الشركة اكتشاف حقل "ظهر" العملاق.', ['LOCATION:ظهر']],
    ['"بامتياز" is "with distinction"', 'تخرج الطالب بامتياز مرتفع.', []],
    ['a direction and a listed place after منطقة (saudinewsnet-37)', 'من المكثفات في منطقة غرب الدلتا.', ['LOCATION:غرب الدلتا']],
    [
      'a direction and an unlisted name after a concession cue',
      'تمتلك 75 في المائة من منطقة امتياز غرب أبو ماضي بينما.',
      ['LOCATION:غرب أبو ماضي'],
    ],
    ['a direction from a city is no place of its own', 'وقع الحادث في منطقة جنوب الرياض.', ['CITY:الرياض']],
    [
      'a common definite word after منطقة is a noun phrase (ant-jawharafm of ../shared/unlabeled: منطقة الأمن الوطني)',
      'تمكن أعوان منطقة الأمن الوطني بالمكنين من القبض على منحرف.',
      [],
    ],
    ['an indefinite nisba after منطقة is its adjective', 'وسيتم إنشاء منطقة لوجستية قرب الميناء.', []],
    ['a rare definite name after منطقة stays a place', 'من المكثفات في منطقة الدفرسوار.', ['LOCATION:الدفرسوار']],
    ['an indefinite word after مناطق is its adjective', 'ونقلت الأسر القريبة من الأنهار إلى مناطق آمنة.', []],
    ['a participle in ة after منطقة is its adjective', 'اتفقا على إقامة منطقة منزوعة السلاح بعرض 20 كيلومترا.', []],
    ['a given name in ة after منطقة is its adjective', 'وقال إن الحديث عن منطقة آمنة لا يزال مبكرا.', []],
    ['سد + a common word is "closing" (سد الفجوة)', 'بهدف المساهمة على سد الفجوة الحالية.', []],
    ['سد + a plural is "meeting needs" (سد حاجات)', 'وقال إن الهدف سد حاجات المحتاجين.', []],
    [
      'a dam named after a saint, one written with و (holdout: حوضي سد سيدي البراق وسد سيدي سالم)',
      'وإعادة إيواء متساكني حوضي سد سيدي البراق وسد سيدي سالم.',
      ['LOCATION:سد سيدي البراق', 'LOCATION:سد سيدي سالم'],
    ],
    ['a dam with a rare name', 'ساهم الغيث في تدعيم سد نبهانة بكميات هامة.', ['LOCATION:سد نبهانة']],
    [
      "a dam's name ends before a definite word after a given name",
      'النقص الحاد في مخزون سد سيدي سالم المقدر بنحو مليون.',
      ['LOCATION:سد سيدي سالم'],
    ],
    [
      'a shore after شط, the ب left on it (holdout: المنطقة الايكولوجية بشط الزوارع)',
      'تفعيل انجاز المنطقة الايكولوجية بشط الزوارع.',
      ['LOCATION:شط الزوارع'],
    ],
    ['a valley, although the splitter reads وادي as و + أدى', 'إقامة سد على وادي خلاد قرب المدينة.', ['LOCATION:وادي خلاد']],
    ['وأدى is the verb, not the valley', 'وأدى الانفجار إلى مقتل شخصين.', []],
    ['a valley named by a common definite word', 'أمام المؤسسات التربوية بمنطقة وادي الليل أمس.', ['LOCATION:وادي الليل']],
    ['a mountain named by a common definite word', 'تمكنت القوات من السيطرة على جبل القرن الاستراتيجي.', ['LOCATION:جبل القرن']],
    [
      'a base the harvested lexicon lists keeps the facility adjective after it',
      'سيطرت القوات على قاعدة العند الجوية في لحج.',
      ['LOCATION:قاعدة العند الجوية', 'CITY:لحج'],
    ],
    [
      'a motorway named by the towns it links holds them',
      'تم إيقاف المتهمين على مستوى الطريق السيارة سوسة تونس وفق مصدر أمني.',
      ['LOCATION:الطريق السيارة سوسة تونس', 'CITY:سوسة', 'COUNTRY:تونس'],
    ],
    ['the motorway before no place is no name', 'حادث مرور على الطريق السيارة يسفر عن وفاة شخص.', []],
    ['the tip of the iceberg is no mountain', 'وما خفي هو الجزء الأكبر من جبل الجليد.', []],
    ['a common definite word after بحر is no name (بحر الأسبوع "during the week")', 'سيصل الوفد في بحر الأسبوع المقبل.', []],
    ['a Tunisian delegation after معتمدية', 'تم بناء قاعة مغطاة بمعتمدية عمدون.', ['CITY:عمدون']],
    ['a Yemeni district after مديرية', 'تدور معارك عنيفة بمديرية بيحان منذ أيام.', ['CITY:بيحان']],
    ['مديرية before a word of names is a directorate', 'أوضح المركز الإعلامي بمديرية الأمن العام أن الكمية ضبطت.', []],
    ['a district whose ب the clitic splitter took off (ب + اقم)', 'قتل ثلاثة مدنيين في مديرية باقم الحدودية.', ['CITY:باقم']],
    ['a district in ب whose rest is a common word (ب + اجل)', 'سقطت قذيفة على مديرية باجل، وقال مصدر.', ['CITY:باجل']],
    ['a district shaped like a verb (ن + هم)', 'تدور معارك في مديرية نهم منذ أيام.', ['CITY:نهم']],
    ['a preposition after مديرية before a word the vocabulary knows stays one', 'قتل في قرية تابعة لمديرية بمحافظة بعيدة.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('re-mentions a district read whole with its ب, not the word the splitter left (اقم)', () => {
    const doc = analyzeText('سيطر الجيش على مركز مديرية باقم. وتقدمت القوات في باقم بعد تحرير "مثلث باقم".');
    const mentions = doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
    expect(mentions).toEqual(['CITY:باقم', 'CITY:باقم', 'CITY:باقم']);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('gives the key of the lexicon entry a quoted name stands for', () => {
    const doc = analyzeText('أعلنت الشركة اكتشاف حقل "ظهر" العملاق.');
    expect(doc.entities.map((e) => e.key)).toEqual(['zohr']);
  });

  it("reads the tagger's span with the words of a place found by a cue as that place", () => {
    const doc = analyzeText('وتخطط الشركة للإنتاج في أم الشيف قريبا. ويمتاز مكمن "أم الشيف" بغطاء غازي.', [
      handTagger([{ text: 'أم الشيف', type: 'ORG' }]),
    ]);
    expect(doc.entities.map((e) => `${e.type}:${e.mentions.length}`)).toEqual(['LOCATION:2']);
  });
});

describe('new places and ports', () => {
  it.each<[string, string, string[]]>([
    ['a city and الجديدة is a new city', 'مثل مدينة الإسماعيلية الجديدة التي ستقوم على القناة.', ['CITY:الإسماعيلية الجديدة']],
    [
      'a facility and الجديد is a new facility; the city stays',
      'مثل مشروع مطار جدة الجديد الذي سيكون تشغيله خاصا.',
      ['LOCATION:مطار جدة الجديد', 'CITY:جدة'],
    ],
    [
      'a port the lexicon lists keeps its city',
      'دخلت السفينة قادمة من ميناء جدة إلى بورسعيد.',
      ['LOCATION:ميناء جدة', 'CITY:جدة', 'CITY:بورسعيد'],
    ],
    [
      'the holy sites of the Hajj (locations.tsv)',
      'باشر مديرو المواقع الصحية أعمالهم في المشاعر المقدسة ومشعر منى ومزدلفة.',
      ['LOCATION:المشاعر المقدسة', 'LOCATION:مشعر منى', 'LOCATION:مزدلفة'],
    ],
    ['a square the lexicon lists', 'تظاهر المئات في ساحة التحرير وسط بغداد.', ['LOCATION:ساحة التحرير', 'CITY:بغداد']],
    [
      'a gate of Jerusalem, not Moroccans',
      'اقتحم المستوطنون المسجد الأقصى من جهة باب المغاربة.',
      ['LOCATION:المسجد الأقصى', 'LOCATION:باب المغاربة'],
    ],
    ['مصيره is "his fate", not Masirah Island', 'ولا يزال مصيره مجهولا حتى اللحظة.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a television channel: قناة + a name that is no listed waterway is an ORG (channel_cue)', () => {
  it.each<[string, string, string[]]>([
    ['a rare name (sample3k: قناة روتانا)', 'وقال في مقابلة مع قناة روتانا خليجية إن الفيلم ناجح.', ['ORG:قناة روتانا']],
    ['a name of two words', 'وقال لقناة تولو نيوز التلفزيونية إن الحادث وقع.', ['ORG:قناة تولو نيوز']],
    ['a city names the channel, and stays a city', 'عرض المسلسل على قناة أبوظبي في رمضان.', ['ORG:قناة أبوظبي', 'CITY:أبوظبي']],
    ['a channel the lexicon lists by its cue', 'وقالت قناة المسيرة التابعة للجماعة إن الغارة قتلت خمسة.', ['ORG:قناة المسيرة']],
    ['the listed canal stays a place', 'وافتتح الرئيس قناة السويس الجديدة أمس.', ['LOCATION:قناة السويس الجديدة']],
    ['a common word names nothing', 'وحفرت الشركة قناة جديدة بطول 35 كيلومترا.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a Maghreb town named after a saint: سيدي + a name (saint_place_title)', () => {
  it.each<[string, string, string[]]>([
    [
      'with a joiner in the name (ant-jawharafm-684 of ../shared/unlabeled)',
      'تمكنت وحدات الحرس الوطني بسيدي علي بن عون من إيقاف عنصر.',
      ['CITY:سيدي علي بن عون'],
    ],
    ['a given name after سيدي is the town, not a person', 'بين نفزة وسيدي إسماعيل ووادي الزرقة.', ['CITY:سيدي إسماعيل']],
    ['a title after سيدي is "my lord"', 'وقال سيدي الرئيس إن البلاد بخير.', []],
    ['after يا it is "my lord"', 'فقال له يا سيدي عمر لا تفعل.', []],
    ['before ولد it is a Mauritanian name', 'التقى سيدي محمد ولد بوبكر بالوزير.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc).filter((m) => m.includes('سيدي'))).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a neighbourhood: حي + a name is a LOCATION with its cue (quarter_cue)', () => {
  it.each<[string, string, string[]]>([
    ['a definite name (holdout: حي المروة)', 'ويتقبل العزاء في منزله في حي المروة.', ['LOCATION:حي المروة']],
    ['a rare indefinite name', 'استولت القوات على حي صبر في شمال عدن.', ['LOCATION:حي صبر', 'CITY:عدن']],
    ['a listed city after حي is the neighbourhood, not the city', 'افتتاح السوق البلدي بحي الرياض أمس.', ['LOCATION:حي الرياض']],
    [
      'a part adjective ends the name',
      'وتشمل حي الأملاح، وحي الفيصلية، وحي الفهد الشمالي.',
      ['LOCATION:حي الأملاح', 'LOCATION:حي الفيصلية', 'LOCATION:حي الفهد الشمالي'],
    ],
    ['a list joined by و', 'في محيط حي باب مشرف وحي المطراق.', ['LOCATION:حي باب مشرف', 'LOCATION:حي المطراق']],
    ['a title and a name', 'وقعت في حي الشيخ رضوان شمال مدينة غزة.', ['LOCATION:حي الشيخ رضوان', 'CITY:غزة']],
    ['a given name after the name is a person', 'والتقى الوفد في حي الروضة محمد الخميس أمس.', ['LOCATION:حي الروضة']],
    ['an indefinite common word after حي is no name ("a popular quarter")', 'يقيم في حي شعبي في بيروت.', ['CITY:بيروت']],
    ['وحي alone is "revelation"', 'هذا بيان افتراضي من وحي الخيال.', []],
    ['"live" broadcast', 'تابع اللقاء عبر بث حي على هاتفه.', []],
    ['a street named by a definite word', 'أطلق النار على نقطة تفتيش بشارع الخمسين، ما أسفر عن مقتل أربعة.', ['LOCATION:شارع الخمسين']],
    ['a street named by a rare word', 'بدأت الجولة من مقر المنظومة في شارع سلطانة التي تعتبر أكبر منصة.', ['LOCATION:شارع سلطانة']],
    ['one definite word is the name: a rare word after it is another name', 'وكذلك شارع الغزالي بوحسينة.', ['LOCATION:شارع الغزالي']],
    ['a refugee camp', 'أطلقت النار في مخيم النصيرات وسط قطاع غزة.', ['LOCATION:مخيم النصيرات', 'CITY:قطاع غزة']],
    ['وشارع is a street anywhere', 'وشارع الأربعين مغلق.', ['LOCATION:شارع الأربعين']],
    ['an indefinite common word after شارع is no name', 'انفجرت السيارة في شارع تجاري مكتظ.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc).filter((m) => !m.startsWith('PERSON'))).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a stadium, bridge, prison, park or cemetery named with its cue (facility_cue)', () => {
  it.each<[string, string, string[]]>([
    ['a stadium with a rare name', 'وستقام جميعها على ملعب لوجنيكي الشهير في موسكو.', ['LOCATION:ملعب لوجنيكي', 'CITY:موسكو']],
    ['a bridge with a rare name', 'بعد انهيار جزء كبير من جسر موراندي خلال تساقط الأمطار.', ['LOCATION:جسر موراندي']],
    [
      'a name written whole whose و the splitter took off (whole-words.tsv: ويمبلي)',
      'ويتطلع الفريق إلى مباراة إعادة باستاد ويمبلي الشهر المقبل.',
      ['LOCATION:استاد ويمبلي'],
    ],
    ['a whole word with a pronoun names no cemetery', 'نقل أثاث مقبرة والدته سرا.', []],
    [
      'a race circuit named by a town (حلبة)',
      'يقام السباق الأحد على حلبة باكو في أذربيجان.',
      ['LOCATION:حلبة باكو', 'CITY:باكو', 'COUNTRY:أذربيجان'],
    ],
    ['a race circuit with a rare name', 'وفاز السائق على حلبة هوكنهايم أمس.', ['LOCATION:حلبة هوكنهايم']],
    ['a cathedral with a rare name (كاتدرائية)', 'هاجم رجل شرطيا قرب كاتدرائية نوتردام أمس.', ['LOCATION:كاتدرائية نوتردام']],
    ['حلبة before a common word is an arena of no name', 'قرر المرشح دخول حلبة السباق مبكرا.', []],
    [
      'a road junction named by its town (مفرق)',
      'تقدمت القوات نحو مفرق المخا غربي تعز.',
      ['LOCATION:مفرق المخا', 'CITY:المخا', 'CITY:تعز'],
    ],
    ['another cue ends an unknown name: مفرق الجراحي جبل راس', 'اشتباكات قرب مفرق الجراحي جبل راس أمس.', ['LOCATION:مفرق الجراحي']],
    ['the desert of a town (بادية)', 'شن التنظيم هجوما في بادية السويداء أمس.', ['LOCATION:بادية السويداء', 'CITY:السويداء']],
    ['بادية the adjective names nothing', 'وكانت علامات التعب بادية عليه.', []],
    ['bare التايمز is the newspaper, not the Thames (locations.tsv)', 'وقالت صحيفة التايمز إن الحكومة تدرس القرار.', []],
    ['the Thames with its cue', 'ألقيت الجثة في نهر التايمز أمس.', ['LOCATION:نهر التايمز']],
    ['النيل من is "harming", not the Nile (place_verbal_noun)', 'وقال إن هذه الهجمات تهدف إلى النيل من أمن المملكة.', []],
    [
      'the Nile after its water stays the river (river_water_word)',
      'تحصل مصر على حصتها من مياه النيل من إثيوبيا.',
      ['COUNTRY:مصر', 'LOCATION:النيل', 'COUNTRY:إثيوبيا'],
    ],
    [
      'landmarks of locations.tsv no cue finds (stop 39: كامب ديفيد، المكتب البيضاوي)',
      'التقى الرئيس ضيفه في كامب ديفيد ثم في المكتب البيضاوي.',
      ['LOCATION:كامب ديفيد', 'LOCATION:المكتب البيضاوي'],
    ],
    [
      'crossings of locations.tsv (stop 39: معبر راس جدير، معبر جابر نصيب, not معبر جابر and a stray نصيب)',
      'أعيد فتح معبر رأس جدير أمس، فيما بقي معبر جابر نصيب مغلقا.',
      ['LOCATION:معبر رأس جدير', 'LOCATION:معبر جابر نصيب'],
    ],
    [
      'crossings named by common words (معبر الوافدين) or spelled otherwise (معبر كرم بو سالم)',
      'خرجت الحافلات عبر معبر الوافدين أمس، وأغلقت إسرائيل معبر كرم بو سالم.',
      ['LOCATION:معبر الوافدين', 'COUNTRY:إسرائيل', 'LOCATION:معبر كرم بو سالم'],
    ],
    ['a listed place after بادية stays itself', 'عثر على الطائر في بادية جزيرة سقطرى.', ['LOCATION:جزيرة سقطرى']],
    [
      'a harvested stadium, bare and after any of its cues (places-harvested.tsv: كامب نو, سانتياغو برنابيو)',
      'فاز الفريق في كامب نو ثم خسر على استاد سانتياغو برنابيو.',
      ['LOCATION:كامب نو', 'LOCATION:استاد سانتياغو برنابيو'],
    ],
    ['a cemetery', 'ونقل جثمانه ودفن في مقبرة المعلاة بعد الصلاة عليه.', ['LOCATION:مقبرة المعلاة']],
    [
      'a national park: the adjective ends the name (holdout: حديقة تسافو الوطنية)',
      'تمر السكة عبر حديقة تسافو الوطنية نحو الساحل.',
      ['LOCATION:حديقة تسافو الوطنية'],
    ],
    [
      'a stadium named after a city keeps the city, and الدولي ends its name',
      'أقيمت المباراة في ملعب البصرة الدولي أمس.',
      ['LOCATION:ملعب البصرة الدولي', 'CITY:البصرة'],
    ],
    [
      'an air base: الجوية ends its name',
      'تستخدم روسيا قاعدة حميميم الجوية جنوب شرق اللاذقية.',
      ['COUNTRY:روسيا', 'LOCATION:قاعدة حميميم الجوية', 'CITY:اللاذقية'],
    ],
    ['a base of data is no place', 'تم إنشاء قاعدة بيانات للإدارة.', []],
    ['a common word after a stadium names none', 'أجرى الفريق تدريبه على ملعب المباراة أمس.', []],
    [
      'a stadium named by a definite word (definite_name_feature: ملعب، استاد)',
      'أقيمت المباراة على استاد السلام بالقاهرة.',
      ['LOCATION:استاد السلام', 'CITY:القاهرة'],
    ],
    ['an ordinal after a stadium names none (feature_idiom_word)', 'وخاض الفريق مباراته على ملعب الأخير أمس.', []],
    [
      "a stadium named by a club's or a country's word holds no country (facility_cue value stadium)",
      'أقيمت المباراة على ملعب الإمارات في لندن.',
      ['LOCATION:ملعب الإمارات', 'CITY:لندن'],
    ],
    ['a stadium named by a club', 'أقيمت المباراة على ملعب الاتحاد أمس.', ['LOCATION:ملعب الاتحاد']],
    ["the club's own name after a stadium stays the club's", 'أقيمت المباراة على ملعب نادي الاتحاد أمس.', ['ORG:نادي الاتحاد']],
    ['an indefinite nisba after a crossing is its adjective', 'وصل إلى مدينة حلب عبر معبر حدودي دون أن يطالب بهويته.', ['CITY:حلب']],
    ['a facility word with a pronoun heads no name', 'في إطار جسره الإغاثي لمساعدة المتضررين.', []],
    ['سجن after ب is "imprisonment"', 'وقضت المحكمة بسجن برونسون لأكثر من 3 سنوات.', []],
    ['a border crossing with a rare name', 'تفقد الأمير منفذ الوديعة واطلع على سير العمل.', ['LOCATION:منفذ الوديعة']],
    ['منفذ before a common word is the perpetrator', 'كشفت الشرطة هوية منفذ الهجوم أمس.', []],
    ['منفذ before a quoted name is no crossing', 'تربط الذاكرة بالكمبيوتر عبر منفذ "يو إس بي" الجديد.', []],
    ['a beach with a rare name', 'تعرض طفل لحالة غرق بشاطئ العقير أمس.', ['LOCATION:شاطئ العقير']],
    ['the shore of a listed sea is the sea', 'عثر عليها بالقرب من شاطئ البحر الميت قبل عقود.', ['LOCATION:البحر الميت']],
    [
      'a park named by a common definite word, العام ending its name (definite_name_feature: متنزه)',
      'افتتح الأمير متنزه الردف العام أمس.',
      ['LOCATION:متنزه الردف العام'],
    ],
    ['a park after منتزه named by a definite word', 'تقام الفعاليات في منتزه السودة غرب أبها.', ['LOCATION:منتزه السودة', 'CITY:أبها']],
    [
      'a park cue keeping the ب the splitter left on it, الوطني ending the name',
      'قدمت الفرق عروضها بمتنزه الثروة الوطني أمس.',
      ['LOCATION:متنزه الثروة الوطني'],
    ],
    ['a park of an eponym is no park of the title alone', 'تجمع الزوار في متنزه الملك أمس.', []],
    ["a town's park is no name", 'بدأت البلدية تشغيل الشاشة بمنتزه المدينة أمس.', []],
    [
      "العام before a word of time is the year, not the facility's adjective",
      'قصفت الطائرات مطار المزة العام الماضي.',
      ['LOCATION:مطار المزة'],
    ],
    ['a mosque named by a definite word', 'وتم أداء الصلاة عليها في مسجد الفرقان أمس الأول.', ['LOCATION:مسجد الفرقان']],
    [
      'a mosque after جامع named by a definite word',
      'صلي على الفقيد بجامع البواردي بحي العزيزية.',
      ['LOCATION:جامع البواردي', 'LOCATION:حي العزيزية'],
    ],
    [
      'a mosque named by an opener and the name after it',
      'وأقيمت صلاة الجنازة بمسجد السيدة نفيسة بالقاهرة.',
      ['LOCATION:مسجد السيدة نفيسة', 'CITY:القاهرة'],
    ],
    ['a mosque named by a definite given name', 'وصلى الزوار في مسجد الحسين أمس.', ['LOCATION:مسجد الحسين']],
    ["the quarter's mosque is no name", 'أنا أصلي التراويح في مسجد الحي كل ليلة.', []],
    [
      "an airport named by a country's name and a town",
      'وصل الجثمان مساء اليوم إلى مطار تونس قرطاج.',
      ['LOCATION:مطار تونس قرطاج', 'COUNTRY:تونس', 'CITY:قرطاج'],
    ],
    [
      "an airport named by a country's name, الدولي ending its name",
      'هبطت الطائرة في مطار البحرين الدولي مساء أمس.',
      ['LOCATION:مطار البحرين الدولي', 'COUNTRY:البحرين'],
    ],
    ['a palace named by a definite word', 'عقد المجلس اجتماعه في قصر السلام بجدة.', ['LOCATION:قصر السلام', 'CITY:جدة']],
    ['قصر + a common word is "shortness" (قصر المدة)', 'نجح المعرض رغم قصر المدة في التجهيز.', []],
    ['a hotel with a rare name', 'وصل الوفد إلى فندق الانتركونتننتال مساء أمس.', ['LOCATION:فندق الانتركونتننتال']],
    ['an adjective after فندق names no hotel', 'أقام الحفل في فندق فخم وسط المدينة.', []],
    [
      "a city after a hotel's name ends it (facility_cue value hotel; holdout: فندق فورسيزون القاهرة)",
      'أقيم الحفل في فندق ماريوت الرياض أمس.',
      ['LOCATION:فندق ماريوت الرياض'],
    ],
    ['a forest with a rare name', 'تقام الفعاليات في غابة رغدان بالباحة.', ['LOCATION:غابة رغدان', 'CITY:الباحة']],
    [
      "a gate that names a quarter of Tunis (locations.tsv); the children's hospital there is named by whom it serves",
      'نقل إلى مستشفى الأطفال بباب سعدون أمس.',
      ['ORG:مستشفى الأطفال', 'LOCATION:باب سعدون'],
    ],
    ['a landmark no cue finds (locations.tsv)', 'اعتقل الشاب قرب كنيسة القيامة أمس.', ['LOCATION:كنيسة القيامة']],
    [
      'a plain named by a common word (locations.tsv: الغاب "the forest")',
      'تقدمت القوات في سهل الغاب بريف حماة.',
      ['LOCATION:سهل الغاب', 'CITY:حماة'],
    ],
    ['an island named by a common word (locations.tsv: فرسان "knights")', 'وصل الوفد إلى جزيرة فرسان أمس.', ['LOCATION:جزيرة فرسان']],
    ["Yemen's West Coast (locations.tsv)", 'تتواصل المعارك على جبهة الساحل الغربي لليمن.', ['LOCATION:الساحل الغربي', 'COUNTRY:يمن']],
    ["a country's adjective after ميناء names no port", 'وقال إنه ميناء أردني يشغل كوادر محلية.', ['COUNTRY:أردني']],
    [
      'an airport named by a city keeps الدولي (adjective_feature; sample3k: مطار إربيل الدولي)',
      'أعلنت مصادر في مطار إربيل الدولي إغلاقه.',
      ['LOCATION:مطار إربيل الدولي', 'CITY:إربيل'],
    ],
    [
      'a military airport keeps العسكري (facility_adjective)',
      'استهدفت الغارة مطار التيفور العسكري في ريف حمص.',
      ['LOCATION:مطار التيفور العسكري', 'CITY:حمص'],
    ],
    ['a port keeps العسكري', 'وصلت السفينة إلى ميناء حيفا العسكري أمس.', ['LOCATION:ميناء حيفا العسكري', 'CITY:حيفا']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('roads named after طريق (matchRoads)', () => {
  it.each<[string, string, string[]]>([
    ['two towns, the road holding them', 'وقع حادث على طريق مكة جدة السريع أمس.', ['LOCATION:طريق مكة جدة السريع', 'CITY:مكة', 'CITY:جدة']],
    ['two towns after a dash', 'وقع الحادث على طريق الرياض - الدمام.', ['LOCATION:طريق الرياض - الدمام', 'CITY:الرياض', 'CITY:الدمام']],
    [
      "towns joined by a dash without spaces, a project's name (the seed: طريق بشكيك-أوش)",
      'وإعادة بناء طريق بشكيك-أوش قريبا.',
      ['CITY:بشكيك', 'CITY:أوش'],
    ],
    ['a town and a road adjective', 'وقع الحادث على طريق مكة القديم.', ['LOCATION:طريق مكة القديم']],
    ['an unknown name and an adjective only roads take', 'تم إغلاق طريق الحرمين السريع أمس.', ['LOCATION:طريق الحرمين السريع']],
    ['القديم after a common word names no road', 'سار التجار على طريق التجارة القديم منذ قرون.', []],
    ['a ring road by its ordinal', 'وقع الحادث على الطريق الدائري الثاني بالمدينة.', ['LOCATION:الطريق الدائري الثاني']],
    ['a ring road without an ordinal names none', 'وقع الحادث على الطريق الدائري بمدينة الرياض.', ['CITY:الرياض']],
    [
      "a numbered road of Tunisia's",
      'تحويلة على الطريق الوطنية رقم 1 بين سوسة والمنستير.',
      ['LOCATION:الطريق الوطنية رقم 1', 'CITY:سوسة', 'CITY:المنستير'],
    ],
    [
      'a numbered road after ب, the proclitic out of the span',
      'وقع الحادث بالطريق الجهوية رقم 27 قرب سوسة.',
      ['LOCATION:الطريق الجهوية رقم 27', 'CITY:سوسة'],
    ],
    [
      'a main road of Tunisia numbered as its national ones (numbered_road: الرئيسية)',
      'وقع الحادث على الطريق الرئيسية رقم 82 الرابطة بين المدينتين.',
      ['LOCATION:الطريق الرئيسية رقم 82'],
    ],
    ['a ring road after و', 'تم توسيع الجسر والطريق الدائري الثاني.', ['LOCATION:الطريق الدائري الثاني']],
    ['عن طريق is "by way of"', 'وصلت الشحنة عن طريق مكة جدة.', ['CITY:مكة', 'CITY:جدة']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a facility named by its kind, its adjective and its town (matchTownFacilities)', () => {
  it.each<[string, string, string[]]>([
    ['a stadium', 'أقيمت المباراة في الملعب الأولمبي بسوسة أمس.', ['LOCATION:الملعب الأولمبي بسوسة', 'CITY:سوسة']],
    ['a prison', 'وتم إيداعه بالسجن المدني بالمهدية.', ['LOCATION:السجن المدني بالمهدية', 'CITY:المهدية']],
    [
      'an industrial zone (holdout11: المنطقة الصناعية بقابس)',
      'تقع المنطقة الصناعية بقابس قرب الميناء.',
      ['LOCATION:المنطقة الصناعية بقابس', 'CITY:قابس'],
    ],
    ['no town after ب names none', 'أقيمت المباراة في الملعب الأولمبي بحضور الجماهير.', []],
    [
      'a town no lexicon knows, one rare word after ب, is a CITY (holdout4: المطار العسكري بالعوينة)',
      'هبطت الطائرة في المطار العسكري بالعوينة.',
      ['LOCATION:المطار العسكري بالعوينة', 'CITY:العوينة'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe("the ball in a party's court", () => {
  it('names no stadium (holdout11 h11-07: الكرة في ملعب اللاعبين)', () => {
    const doc = analyzeText('وباتت الكرة الآن في ملعب اللاعبين بعد القرار.');
    expect(mentionList(doc)).toEqual([]);
  });
});

describe('a place named with and without its facility adjective', () => {
  it.each<[string, string]>([
    ['an airport', 'هبطت الطائرة في مطار عدن الدولي أمس. وأعيد فتح مطار عدن اليوم.'],
    ['a park', 'تمر السكة عبر حديقة تسافو الوطنية نحو الساحل. وزار السياح حديقة تسافو أمس.'],
  ])('is one entity: %s', (_why, text) => {
    const doc = analyzeText(text);
    const places = doc.entities.filter((e) => e.type === 'LOCATION');
    expect(places).toHaveLength(1);
    expect(places[0].mentions).toHaveLength(2);
  });
});

describe('a feature word alone from the tagger', () => {
  it('is the common noun, no LOCATION (المثلث المحيط "the surrounding triangle")', () => {
    const doc = analyzeText('وبدأت عملية تحرير المثلث المحيط بالمدينة.', [handTagger([{ text: 'المحيط', type: 'LOC' }])]);
    expect(mentionList(doc)).toEqual([]);
  });
  it('names a place with the name after it', () => {
    const doc = analyzeText('وصلت السفينة إلى بحيرة تاهو أمس.', [handTagger([{ text: 'تاهو', type: 'LOC' }])]);
    expect(mentionList(doc)).toContain('LOCATION:بحيرة تاهو');
  });
});
