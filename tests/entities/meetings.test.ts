// A meeting named by a لـ complement after its cue and adjectives (src/entities/patterns/event-cues.ts):
// القمة العالمية للحكومات، الملتقى الأول للأمن السياحي.
import { describe, expect, it } from 'vitest';
import { analyzeText, mentionList } from './analyze-text.js';

const events = (text: string): string[] => mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'));

describe('a meeting named by its لـ complement', () => {
  it.each<[string, string, string[]]>([
    [
      'a summit of reach (unlabeled: القمة العالمية للحكومات 33 times)',
      'وقال الوزير في كلمته أمام القمة العالمية للحكومات إن الخطة بدأت.',
      ['EVENT:القمة العالمية للحكومات'],
    ],
    [
      'an ordinal (unlabeled: الملتقى الأول للأمن السياحي)',
      'وانطلقت أعمال الملتقى الأول للأمن السياحي بحضور المسؤولين.',
      ['EVENT:الملتقى الأول للأمن السياحي'],
    ],
    [
      'a national adjective and a complement joined by و (المهرجان الوطني للتراث والثقافة)',
      'وزار الأمير المهرجان الوطني للتراث والثقافة مساء أمس.',
      ['EVENT:المهرجان الوطني للتراث والثقافة'],
    ],
    [
      'the name ends before a word of holding (المؤتمر العالمي للجوال المنعقد)',
      'وكشفت الشركة عن هاتفها في المؤتمر العالمي للجوال المنعقد حاليا.',
      ['EVENT:المؤتمر العالمي للجوال'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'a book fair by its city, reach and complement (unlabeled: معرض جدة الدولي للكتاب 15 times)',
      'وافتتح الأمير معرض جدة الدولي للكتاب مساء أمس.',
      ['EVENT:معرض جدة الدولي للكتاب'],
    ],
    [
      'a festival by its city and reach alone (مهرجان قرطاج الدولي)',
      'وتنطلق الدورة الجديدة من مهرجان قرطاج الدولي في يوليو.',
      ['EVENT:مهرجان قرطاج الدولي'],
    ],
    ['a summit by its city and no adjective of reach (قمة الرياض العربية)', 'وقال إن قمة الرياض العربية نجحت.', ['EVENT:قمة الرياض']],
  ])('after its place: %s', (_why, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'a forum with an adjective alone names a body as often (المنتدى التونسي للحقوق)',
      'وقال المنتدى العالمي للأعمال في بيان إن النمو تباطأ.',
    ],
    ['a congress of a body is the body’s (المؤتمر الوطني للحزب)', 'وانعقد المؤتمر الوطني للحزب في العاصمة.'],
    ['a congress of a country is its parliament (المؤتمر الوطني للبرازيل)', 'وصوت المؤتمر الوطني للبرازيل على القانون.'],
    ['a press conference is none (المؤتمر الصحفي)', 'وقال في المؤتمر الصحفي للوزارة إن العمل مستمر.'],
  ])('reads no event: %s', (_why, text) => {
    expect(events(text)).toEqual([]);
  });

  it('keeps every span on the text', () => {
    const text = 'وانطلقت أعمال الملتقى الأول للأمن السياحي بحضور المسؤولين.';
    for (const e of analyzeText(text).entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('campaigns, operations, contests and seminars named in quotes (event_quoted)', () => {
  it.each<[string, string, string]>([
    ['a military operation (sample3k)', 'أعلن الجيش نجاح عملية "الجبال السود" في تحقيق أهدافها.', 'EVENT:الجبال السود'],
    ['an operation named by a construct', 'شارك المئات في عملية “عاصفة الحزم” في اليمن.', 'EVENT:عاصفة الحزم'],
    ['a campaign', 'وأعلنت هزيمة قواتها لحملة «الصيف الحاسم» أمس.', 'EVENT:الصيف الحاسم'],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toContain(expected);
  });

  it.each<[string, string]>([
    ['a scare quote of two indefinite words', 'كانت الفتاة ضحية عملية "اغتصاب جماعي وقتل" أمس.'],
    ['one rare word of a trade', 'إن عملية «التكريك» بدأت تأتي بنتائج طيبة.'],
    ['a verb opens no name', 'وقالت إن حملة "شملت قصفا عشوائيا" على المدينة.'],
  ])('reads no event: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});

describe('an event named by its topic and its reach (topicWithReachEnd)', () => {
  it.each<[string, string, string[]]>([
    [
      'a festival with its ordinal (unlabeled: مهرجان العسل الدولي 91 times)',
      'وافتتح أمير المنطقة مهرجان العسل الدولي الثامن في الباحة أمس.',
      ['EVENT:مهرجان العسل الدولي الثامن'],
    ],
    [
      'a national conference (unlabeled: مؤتمر الحوار الوطني 43)',
      'وأكد الوزراء التزامهم بمخرجات مؤتمر الحوار الوطني أمس.',
      ['EVENT:مؤتمر الحوار الوطني'],
    ],
    ['a لـ complement after the reach', 'ويلعب الفريق في بطولة الكأس الدولية للأبطال مساء الجمعة.', ['EVENT:بطولة الكأس الدولية للأبطال']],
  ])('%s', (_why, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["the adjective is the noun's, not the cue's (feminine after a masculine cue)", 'وشارك في مؤتمر الشبكة الدولية أمس.'],
    ['a plural in ات after قمة: the top, not a summit', 'وأوصلته التقنية لقمة الصناعات العالمية بعد سنوات.'],
    ['a definite cue is a back-reference', 'واختتم المهرجان الصيفي الدولي أمس.'],
    ['a nisba after the cue is its own adjective', 'وشارك في مهرجان السينمائي الدولي أمس.'],
  ])('names nothing: %s', (_why, text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('a summit named by the adjectives of its bloc, region or countries', () => {
  it.each<[string, string, string[]]>([
    [
      'a bloc (sample3k: على هامش القمة العربية المنعقدة)',
      'والتقى الرئيسان على هامش القمة العربية المنعقدة بالبحر الميت.',
      ['EVENT:القمة العربية'],
    ],
    ['a region (unlabeled: القمة الأوروبية 31 times)', 'وتوصلت القمة الأوروبية إلى اتفاق بشأن الهجرة.', ['EVENT:القمة الأوروبية']],
    [
      'two countries (unlabeled: القمة الأمريكية الكورية الشمالية)',
      'وأعرب عن أسفه لإلغاء القمة الأمريكية الكورية الشمالية التي كانت مقررة.',
      ['EVENT:القمة الأمريكية الكورية الشمالية'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('reads no event in a summit of a kind (القمة التاريخية)', () => {
    expect(events('وتحدث عن القمة التاريخية بين الزعيمين.')).toEqual([]);
  });
});

describe('an open tournament named by its place', () => {
  it('keeps المفتوحة in the name (unlabeled: بطولة فرنسا المفتوحة 105 times)', () => {
    expect(events('وتأهلت اللاعبة إلى نهائي بطولة فرنسا المفتوحة للتنس أمس.')).toEqual(['EVENT:بطولة فرنسا المفتوحة']);
  });
});

describe('a festival the lexicon names (orgs.tsv)', () => {
  it('reads مهرجان كان as the Cannes festival, كان being also a verb (unlabeled: مهرجان كان 490 times)', () => {
    expect(events('وعرض الفيلم في مهرجان كان السينمائي الشهر الماضي.')).toEqual(['EVENT:مهرجان كان السينمائي']);
  });
});
