// Chambers of commerce and industry (غرفة + its domains, the city after ب part of the name) and bodies
// named by a construct of indefinite nouns that ends in their place (هيئة سكك حديد كينيا):
// src/entities/patterns/org-cues.ts chamberEnd and placeConstructEnd, with the counts of ../shared/unlabeled.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

const orgs = (text: string): string[] => mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'));

describe('a chamber of commerce', () => {
  it.each<[string, string, string]>([
    ['definite, with the city after ب', 'وقال رئيس الغرفة التجارية الصناعية بجدة إن الطلب تراجع.', 'ORG:الغرفة التجارية الصناعية بجدة'],
    ['indefinite head, definite domains', 'وقالت غرفة التجارة والصناعة بالرياض في بيان.', 'ORG:غرفة التجارة والصناعة بالرياض'],
    ['a region after ب', 'بالتعاون مع الغرفة التجارية بالمنطقة الشرقية ودار اليوم.', 'ORG:الغرفة التجارية بالمنطقة الشرقية'],
    ['a construct that ends in the city', 'وقال رئيس غرفة تجارة وصناعة دبي إن الأمر مهم.', 'ORG:غرفة تجارة وصناعة دبي'],
    ['a country adjective', 'وقالت غرفة التجارة الأمريكية إن الرسوم تضر الشركات.', 'ORG:غرفة التجارة الأمريكية'],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['the chamber just named, without a name', 'وقال رئيس الغرفة التجارية إن الأمر مهم.'],
    ['a changing room', 'وفي غرفة ملابس برشلونة جلس اللاعبون.'],
    ['a room that imitates the past', 'القرية تشتمل على 18 غرفة تحاكي ماضي وتاريخ المنطقة الشرقية.'],
  ])('reads no chamber: %s', (_why, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('a body named by a construct that ends in its place', () => {
  it.each<[string, string, string]>([
    ['an authority cut short before', 'وقالت هيئة سكك حديد كينيا إن الخط سيفتتح.', 'ORG:هيئة سكك حديد كينيا'],
    ['airports of a city', 'وأعلنت هيئة مطارات باريس أن الطائرة هبطت.', 'ORG:هيئة مطارات باريس'],
    ['a council of a country', 'وقال رئيس مجلس علماء باكستان إن القرار صائب.', 'ORG:مجلس علماء باكستان'],
    ['a company keeps its cue before a common noun', 'وقالت شركة نفط الكويت إن الإنتاج ارتفع.', 'ORG:شركة نفط الكويت'],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['a hospital near a city', 'ونقل إلى مستشفى قرب رام الله بالضفة الغربية.'],
    ['a hospital inside a country', 'ويحتاج إلى علاج في مستشفى متخصص داخل السعودية أو خارجها.'],
  ])('reads where the body is, not whose: %s', (_why, text) => {
    expect(orgs(text).filter((m) => m.includes('الله') || m.includes('السعودية'))).toEqual([]);
  });

  it('a branch of a company is not its name (NOT_CONSTRUCT فرع)', () => {
    expect(orgs('قال الرئيس السابق لشركة ترافيك سبورتس فرع الولايات المتحدة إنه دفع.')).not.toContain(
      'ORG:ترافيك سبورتس فرع الولايات المتحدة',
    );
  });
});

describe('commissions, bodies named by an institutional adjective and a لـ complement, and names no cue reads', () => {
  it.each<[string, string, string]>([
    ['مفوضية is an institution cue', 'وأعلنت مفوضية الانتخابات النتائج النهائية.', 'ORG:مفوضية الانتخابات'],
    [
      'المستقلة is an institutional adjective',
      'وقررت الهيئة العليا المستقلة للانتخابات تأجيل الموعد.',
      'ORG:الهيئة العليا المستقلة للانتخابات',
    ],
    ['الأولمبية with the country that owns the committee', 'وردت اللجنة الأولمبية الكويتية على القرار.', 'ORG:اللجنة الأولمبية الكويتية'],
    ['a media centre', 'وقال المركز الإعلامي للمقاومة إن المعارك مستمرة.', 'ORG:المركز الإعلامي للمقاومة'],
    ['a charity', 'وأعلنت الجمعية الخيرية لرعاية الأيتام عن برنامجها.', 'ORG:الجمعية الخيرية لرعاية الأيتام'],
    ['a higher institute', 'ودرس في المعهد العالي للفنون المسرحية بالقاهرة.', 'ORG:المعهد العالي للفنون المسرحية'],
    ['a regional union', 'بتنظيم الاتحاد الجهوي للشغل وحضور الوالي.', 'ORG:الاتحاد الجهوي للشغل'],
    [
      "the country's adjective after the complement",
      'وقال المركز الإعلامي للجيش اليمني إن القوات تقدمت.',
      'ORG:المركز الإعلامي للجيش اليمني',
    ],
    ['the royal court (orgs.tsv)', 'وقال المستشار بالديوان الملكي إن العمل مستمر.', 'ORG:الديوان الملكي'],
    ['Club Africain (orgs.tsv)', 'وتأهل النادي الإفريقي إلى الدور النهائي.', 'ORG:النادي الإفريقي'],
    ['Amal (orgs.tsv)', 'ورفع الشبان أعلام حزب الله وحركة أمل في الشارع.', 'ORG:حركة أمل'],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

// The word after a definite لـ complement's noun is the name's only where it may be that noun's
// adjective: src/entities/patterns/phrases.ts lamAdjectiveAt, with the counts of ../shared/unlabeled.
describe('the end of a body named by a لـ complement', () => {
  it.each<[string, string, string, string]>([
    [
      'a masculine word after a plural in ات agrees with the head',
      'وقال رئيس الهيئة العليا المستقلة للانتخابات المستقيل شفيق صرصار إن الأسباب كثيرة.',
      'ORG:الهيئة العليا المستقلة للانتخابات',
      'ORG:الهيئة العليا المستقلة للانتخابات المستقيل',
    ],
    [
      'a noun starting the next part (lam_complement_end)',
      'وأعلنت المديرية العامة للجوازات الأخوة اليمنيين ممن تنطبق عليهم الشروط.',
      'ORG:المديرية العامة للجوازات',
      'ORG:المديرية العامة للجوازات الأخوة اليمنيين',
    ],
    [
      'a word of time',
      'وأعلن الاتحاد العام التونسي للشغل اليوم عن إضراب عام.',
      'ORG:الاتحاد العام التونسي للشغل',
      'ORG:الاتحاد العام التونسي للشغل اليوم',
    ],
    [
      'a weekday',
      'وقال المركز الوطني الأميركي للأعاصير الاثنين إن العاصفة اشتدت.',
      'ORG:المركز الوطني الأميركي للأعاصير',
      'ORG:المركز الوطني الأميركي للأعاصير الاثنين',
    ],
  ])('%s', (_why, text, expected, runOn) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(mentionList(doc)).not.toContain(runOn);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string, string]>([
    ['an adjective agreeing with the noun', 'وقال المجلس الأعلى للقوات المسلحة إن الوضع مستقر.', 'ORG:المجلس الأعلى للقوات المسلحة'],
    ['a broken plural takes a feminine adjective', 'ودرس في أكاديمية فيينا للفنون الجميلة قبل الحرب.', 'ORG:أكاديمية فيينا للفنون الجميلة'],
    ['a masculine adjective', 'وأعلن الصندوق الروسي للاستثمار المباشر عن صفقة جديدة.', 'ORG:الصندوق الروسي للاستثمار المباشر'],
  ])('keeps %s', (_why, text, expected) => {
    expect(orgs(text)).toContain(expected);
  });
});
