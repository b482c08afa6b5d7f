// Armed groups and movements named by a quoted name after their head (src/entities/patterns/org-cues.ts, groupQuotes).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

const orgs = (text: string): string[] => mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'));

describe('a group named by a quoted name after its head', () => {
  it.each<[string, string, string]>([
    ['a faction (unlabeled: فصيل "جيش الإسلام" 39 times)', 'وتسيطر على دوما فصيل "جيش الإسلام" منذ سنوات.', 'ORG:جيش الإسلام'],
    ['a group (unlabeled: جماعة "فيلق الرحمن")', 'وقالت جماعة "فيلق الرحمن" إنها تفاوض.', 'ORG:فيلق الرحمن'],
    ['a movement (unlabeled: حركة "خمس نجوم")', 'وتقدمت حركة "خمس نجوم" في الانتخابات.', 'ORG:خمس نجوم'],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('gives the lexicon entry a quoted name makes with its head: تنظيم "الدولة الإسلامية"', () => {
    const doc = analyzeText('وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عن الهجوم.');
    const org = doc.entities.find((e) => e.type === 'ORG');
    expect(org?.key).toBe('isis');
    expect(org?.mentions.map((m) => m.text)).toEqual(['الدولة الإسلامية']);
  });

  it.each<[string, string]>([
    ['a lone adjective', 'واعتبرتها جماعة "إرهابية" خطيرة.'],
    ['organising a march (unlabeled: تنظيم "مسيرات العودة" 19 times)', 'ويواصل الفلسطينيون تنظيم "مسيرات العودة" كل جمعة.'],
    ['a common word alone', 'ونشطت حركة "الدلالة" في السوق.'],
    ['a definite head before a closing quote', 'وقال إنه "يؤيد التنظيم" بشكل "واضح".'],
  ])('reads no group: %s', (_why, text) => {
    expect(orgs(text)).toEqual([]);
  });
});
