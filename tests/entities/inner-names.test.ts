// Names inside street, road and building names; a place word that is a measure; a lexicon name
// written with عبد apart or joined; facility names the tagger reads as people or organisations.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, handTagger, mentionList } from './analyze-text.js';
import { figuresStage } from '../../src/figures/stage.js';

describe('an entity inside the name of a street or building is no mention of it', () => {
  it.each<[string, string, string[]]>([
    [
      'a road named after a city is a place, not the city (ant-jawharafm-02)',
      'لتشمل الأحياء المتاخمة لطريق قرمدة وطريق قابس في صفاقس.',
      ['LOCATION:طريق قابس', 'CITY:صفاقس'],
    ],
    ['a street named after a country', 'وقع الحادث في شارع فلسطين بجدة.', ['CITY:جدة']],
    ['"عن طريق" is "by way of": the place stays', 'صدر النفط عن طريق مصر.', ['COUNTRY:مصر']],
    ['the places a road links stay (the seed: طريق بشكيك-أوش)', 'وإعادة بناء طريق بشكيك-أوش.', ['CITY:بشكيك', 'CITY:أوش']],
    ["a name with a preposition is the road's complement", 'سيفتح طريق جديد لأوروبا للحصول على الغاز.', ['REGION:أوروبا']],
    [
      'a centre named after a king is the centre (eponym-names), no person',
      'يذكر أن مركز الملك سلمان أطلق نداء.',
      ['ORG:مركز الملك سلمان'],
    ],
    [
      'a quay named after a king is a place, not the king',
      'عثر على القنبلة على رصيف الملك جورج الخامس.',
      ['LOCATION:رصيف الملك جورج الخامس'],
    ],
    [
      'a mosque named after an imam is a place (eponym-names), no person',
      'استهدف التفجير مسجد الإمام الصادق بالكويت.',
      ['LOCATION:مسجد الإمام الصادق', 'COUNTRY:الكويت'],
    ],
    ['the king himself stays a person', 'افتتح المطار برعاية الملك عبدالله، رحمه الله.', ['PERSON:الملك عبدالله']],
    ['a city after an airport stays (مطار جدة)', 'وصلت الطائرة إلى مطار جدة أمس.', ['LOCATION:مطار جدة', 'CITY:جدة']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a street, road, square or quay named by a place or a person is a place (street_place)', () => {
  it.each<[string, string, string[]]>([
    [
      'a corniche and its direction (saudinewsnet of ../shared/unlabeled: كورنيش جازان الشمالي)',
      'وتم تطوير كورنيش جازان الشمالي بالكامل.',
      ['LOCATION:كورنيش جازان الشمالي'],
    ],
    ['a road named after a city', 'وقع الحادث على طريق الرياض أمس.', ['LOCATION:طريق الرياض']],
    ['a road named after a prince', 'أغلق طريق الأمير سلطان بن عبدالعزيز للصيانة.', ['LOCATION:طريق الأمير سلطان بن عبدالعزيز']],
    ['a street named after a country stays no mention', 'وقع الحادث في شارع فلسطين.', []],
    ['"عن طريق" is "by way of": the city stays', 'وصلت الشحنة عن طريق الرياض.', ['CITY:الرياض']],
    ['a hospital named after a king is a body (eponym-names), not a place', 'افتتح مستشفى الملك فهد الجديد.', ['ORG:مستشفى الملك فهد']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a facility named after a person is a place, not the person (facility_place)', () => {
  it.each<[string, string, string[]]>([
    [
      'an airport named after a prince, its adjective with it (/tmp/p16/sample3k.jsonl: saudinewsnet-164)',
      'كما يتم تسيير رحلة يوميا من مطار الأمير محمد بن عبدالعزيز الدولي في المدينة المنورة.',
      ['LOCATION:مطار الأمير محمد بن عبدالعزيز الدولي', 'CITY:المدينة المنورة'],
    ],
    ['a stadium named after a king', 'كانت الأولى افتتاح ملعب الملك فهد في الرياض.', ['LOCATION:ملعب الملك فهد', 'CITY:الرياض']],
    ['a bridge named after a king', 'يجري تنفيذ جسري التفاف على جسر الملك عبدالعزيز.', ['LOCATION:جسر الملك عبدالعزيز']],
    [
      'a stadium with a proclitic, a town after it',
      'وعلى ستاد الأمير سعود بن جلوي بالخبر يسعى الهلال.',
      ['LOCATION:ستاد الأمير سعود بن جلوي', 'CITY:الخبر'],
    ],
    ['a park named after a king', 'أقيم المهرجان في متنزه الملك عبدالله البيئي.', ['LOCATION:متنزه الملك عبدالله']],
    [
      'a hospital named after a king, a town after it: no person (saudinewsnet-478)',
      'استقبل مستشفى الملك سعود بعنيزة ثماني حالات.',
      ['ORG:مستشفى الملك سعود', 'CITY:عنيزة'],
    ],
    ['the king himself stays a person', 'وقال الملك سلمان إن المطار جاهز.', ['PERSON:الملك سلمان']],
    [
      'a person after a port and its town is not named by the port (ant-jawharafm-229)',
      'قرارات جديدة تهم ميناء رادس يوسف الشاهد يترأس وفدا.',
      ['LOCATION:ميناء رادس', 'CITY:رادس', 'PERSON:يوسف الشاهد'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a body named after a person, the title between, is one name (org-titled-name)', () => {
  it.each<[string, string, string[]]>([
    [
      'a university named after an imam (/tmp/p16/sample3k.jsonl: saudinewsnet-760)',
      'المقامة في جامعة الإمام محمد بن سعود رحلة علمية.',
      ['ORG:جامعة الإمام محمد بن سعود'],
    ],
    [
      'a university named after a princess, with a proclitic (saudinewsnet-863)',
      'نظم مركز الأعمال بجامعة الأميرة نورة بنت عبدالرحمن مشروعا.',
      ['ORG:جامعة الأميرة نورة بنت عبدالرحمن'],
    ],
    ['the imam himself stays a person', 'وقال الإمام محمد بن سعود إن.', ['PERSON:محمد بن سعود']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('قطر before a length is the diameter', () => {
  it.each<[string, string, string[]]>([
    ['diameter (saudinewsnet-24)', 'وحوض مائي بارتفاع 14.2 م وقطر 10 م من أجل ربط المطار.', []],
    ['before a year it is Qatar', 'تستضيف قطر 2022 كأس العالم.', ['COUNTRY:قطر', 'EVENT:كأس العالم']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text, [figuresStage]))).toEqual(expected);
  });
});

describe('a lexicon name with عبد written apart or joined', () => {
  it("finds مدينة الملك عبد العزيز للعلوم والتقنية as the lexicon's عبدالعزيز", () => {
    const doc = analyzeText('جاء ذلك خلال إبرام مدينة الملك عبد العزيز للعلوم والتقنية مذكرتي تفاهم.');
    expect(doc.entities.map((e) => `${e.type}:${e.key}`)).toEqual(['ORG:kacst']);
  });
});

describe("a facility's name is not a person or an organisation of the tagger", () => {
  it('reads no person in محطة "ليلي"', () => {
    const doc = analyzeText('للمحطة التي أطلق عليها اسم محطة "ليلي".', [handTagger([{ text: 'ليلي', type: 'PERS' }])]);
    expect(mentionList(doc)).toEqual([]);
  });
  it('reads no organisation in a span that starts with محطة', () => {
    const doc = analyzeText('أطلق عليها اسم «محطة ليلى» أمس.', [handTagger([{ text: 'محطة ليلى', type: 'ORG' }])]);
    expect(mentionList(doc)).toEqual([]);
  });
});
