// Acronyms spelled in Arabic letters joined by dots (src/entities/patterns/spelled-acronyms.ts):
// ../shared/unlabeled writes them about 1,000 times (د.ب.أ 71, سي.إن.إن 60, بي.بي.سي 56, إف.بي.آي 30).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('an acronym spelled with dots is one organisation', () => {
  it.each<[string, string, string[]]>([
    ['a channel the lexicon lists with spaces (سي إن إن)', 'وقال لشبكة سي.إن.إن إن الوضع خطير.', ['ORG:سي.إن.إن']],
    ['an agency no lexicon lists', 'وقال مكتب التحقيقات الاتحادي إف.بي.آي إن الوضع خطير.', ['ORG:إف.بي.آي']],
    ['single letters the lexicon knows (DPA)', 'وقالت وكالة د.ب.أ إن الوضع خطير.', ['ORG:د.ب.أ']],
    ['a proclitic and the article left on the first part', 'وقالت والسي.آي.إيه إن الوضع خطير.', ['ORG:سي.آي.إيه']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('gives the lexicon key, so the Latin form joins the same entity', () => {
    const doc = analyzeText('وقال لشبكة سي.إن.إن إن الوضع خطير. وأكدت CNN ذلك.');
    expect(doc.entities.filter((e) => e.type === 'ORG').map((e) => e.key)).toEqual(['cnn']);
  });

  it.each<[string, string]>([
    ['a system, not an organisation (spelled_non_org)', 'وأطلقت الشركة نظام آي.أو.إس الجديد.'],
    ["a person's initials: single letters the lexicon does not know", 'واعتقلت الشرطة المواطن ع.م.ح أمس.'],
    ["a model's code: a number after a hyphen", 'وتريد البحرية مد خدمة المدمرات دي.دي.جي-51 أمس.'],
    ['a product word before it (spelled_product_before)', 'وقالت الشركة إن الطائرة في.إم.إس أقلعت.'],
  ])('reads no organisation: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});
