// State bodies named by a bare definite head and the country's adjective (issue 16, item 3):
// الجيش المصري، الخارجية الإثيوبية. Counted in ../shared/unlabeled (22,107 head + nisba pairs in
// 24 outlets); the heads, the agreement and the contexts that make the head something else are
// in src/entities/patterns/state-bodies.ts.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a state body named by its head and its country', () => {
  it.each<[string, string, string[]]>([
    [
      'a ministry by its short name (holdout: المتحدث باسم الخارجية الإثيوبية)',
      'وقال المتحدث باسم الخارجية المصرية إن الجولة انتهت.',
      ['ORG:الخارجية المصرية', 'COUNTRY:المصرية'],
    ],
    ['an army, a masculine head and nisba', 'تتقدم قوات الجيش اليمني نحو المدينة.', ['ORG:الجيش اليمني', 'COUNTRY:اليمني']],
    [
      'a presidency as the body that speaks',
      'وقالت الرئاسة الفلسطينية في بيان إن الهجوم مدان.',
      ['ORG:الرئاسة الفلسطينية', 'COUNTRY:الفلسطينية'],
    ],
    ['a parliament after its head of office', 'وحضر رئيس البرلمان الليبي الافتتاح.', ['ORG:البرلمان الليبي', 'COUNTRY:الليبي']],
    ['after a preposition the head is a name again', 'بالتعاون مع الشرطة الفرنسية.', ['ORG:الشرطة الفرنسية', 'COUNTRY:الفرنسية']],
    [
      'a university by its country (holdout: الجامعة الأمريكية بواشنطن)',
      'في خطاب ألقاه في الجامعة الأمريكية أمس.',
      ['ORG:الجامعة الأمريكية', 'COUNTRY:الأمريكية'],
    ],
    [
      'an airline, a two-word head',
      'وأعلنت الخطوط الجوية البريطانية إلغاء رحلاتها.',
      ['ORG:الخطوط الجوية البريطانية', 'COUNTRY:البريطانية'],
    ],
    ['a coalition by a region (holdout: التحالف العربي)', 'وشنت مقاتلات التحالف العربي غارات على المواقع.', ['ORG:التحالف العربي']],
    [
      'a sports federation by its country, with no complement after it',
      'وانسحب الاتحاد الأرجنتيني من المباراة الودية.',
      ['ORG:الاتحاد الأرجنتيني', 'COUNTRY:الأرجنتيني'],
    ],
    ['a federation after its head of office', 'وقال رئيس الاتحاد البرازيلي إن المدرب باق.', ['ORG:الاتحاد البرازيلي', 'COUNTRY:البرازيلي']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ["the adjective is the minister's, not the ministry's (agreement)", 'والتقى وزير الخارجية الأمريكي نظيره.'],
    ['the head is the adjective of a definite noun', 'ورفض التدخل في الشؤون الداخلية المصرية.'],
    ['the presidency is the office in a race', 'قبل انتخابات الرئاسة الأمريكية المقبلة.'],
    ['a government is a description, not a name (gold-dev: الحكومة المصرية)', 'وقالت الحكومة المصرية إن النمو تحسن.'],
    ["a region's adjective with a country's after it is not read short", 'وزار الرئيس جنود الجيش العربي السوري في الغوطة.'],
  ])('reads no body: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });

  it('leaves a name the lexicons read from the head on: الاتحاد الروسي is Russia', () => {
    expect(mentionList(analyzeText('وزار الرئيس مناطق الاتحاد الروسي.'))).toEqual(['COUNTRY:الاتحاد الروسي']);
  });

  it('leaves the ministry with its cue to the org cues: وزارة الخارجية المصرية', () => {
    expect(mentionList(analyzeText('أعلنت وزارة الخارجية المصرية القرار.'))).toEqual(['ORG:وزارة الخارجية المصرية', 'COUNTRY:المصرية']);
  });
});

describe('an armed body named by its head and a fixed adjective (standing_body)', () => {
  it.each<[string, string, string[]]>([
    ['a national army alone (holdout: الجيش الوطني)', 'وأحرز الجيش الوطني تقدما في الجبهة.', ['ORG:الجيش الوطني']],
    ['a national guard after a preposition', 'وقال مصدر من الحرس الوطني إن الدورية عادت.', ['ORG:الحرس الوطني']],
    ['the civil defence (sample3k: أوضح الدفاع المدني)', 'وأوضح الدفاع المدني عبر حسابه أن الحريق أخمد.', ['ORG:الدفاع المدني']],
    [
      "the public prosecution with its country's adjective",
      'واتهمت النيابة العامة السعودية الشخصين.',
      ['ORG:النيابة العامة السعودية', 'COUNTRY:السعودية'],
    ],
    ['the armed forces after a title', 'وقال القائد الأعلى للقوات المسلحة إن الوضع مستقر.', ['ORG:قوات المسلحة']],
    [
      'with the country adjective that agrees',
      'أعلن الجيش الوطني الليبي السيطرة على المدينة.',
      ['ORG:الجيش الوطني الليبي', 'COUNTRY:الليبي'],
    ],
    [
      'through a region adjective',
      'أي عملية عسكرية للقوات المسلحة العربية السورية.',
      ['ORG:قوات المسلحة العربية السورية', 'COUNTRY:السورية'],
    ],
    [
      'a country name read as its adjective (السعودية)',
      'ردت القوات المسلحة السعودية على مصدر النيران.',
      ['ORG:القوات المسلحة السعودية', 'COUNTRY:السعودية'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['an office named by it', 'وقال وزير الحرس الوطني إن الخطة جاهزة.'],
    ['the complement of a command named by its adjective', 'وأفادت القيادة العامة للقوات المسلحة عن اجتماع طارئ.'],
  ])('reads no body: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });

  it('leaves a body with its org cue to the org cues: وزارة الحرس الوطني', () => {
    expect(mentionList(analyzeText('وأعلنت وزارة الحرس الوطني القرار.'))).toEqual(['ORG:وزارة الحرس الوطني']);
  });
});

describe('a force named by its branch after قوات', () => {
  it('keeps the royal and the country adjective that agree (unlabeled: قوات الدفاع الجوي الملكي السعودي)', () => {
    const doc = analyzeText('وأعلن المتحدث اعتراض قوات الدفاع الجوي الملكي السعودي صاروخاً باليستياً.');
    expect(mentionList(doc)).toContain('ORG:قوات الدفاع الجوي الملكي السعودي');
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('reads the longest branch: قوات الطوارئ الخاصة', () => {
    expect(mentionList(analyzeText('واستشهد عشرة من منسوبي قوات الطوارئ الخاصة أمس.'))).toContain('ORG:قوات الطوارئ الخاصة');
  });

  it("reads no force inside a building's name: مسجد قوات الطوارئ", () => {
    expect(mentionList(analyzeText('وقع التفجير في مسجد قوات الطوارئ أمس.')).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});
