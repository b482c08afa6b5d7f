// Country spellings the tagger finds as places but countries.tsv lacks, added to
// data/lexicon/country-aliases.tsv from their counts in ../shared/unlabeled (البيرو 138,
// الكامرون 90, بنجلادش 14, الأورغواي 10).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText } from './analyze-text.js';

describe('country spelling variants', () => {
  it.each<[string, string, string]>([
    ['لعب المنتخب ضد البيرو في المجموعة الثالثة.', 'البيرو', 'PE'],
    ['توصلت الجامعة إلى اتفاق مع جامعة الكامرون حول مقابلة ودية.', 'الكامرون', 'CM'],
    ['وصل العمال من بنجلادش إلى المملكة أمس.', 'بنجلادش', 'BD'],
    ['تأهل منتخب الأورغواي إلى الدور الثاني.', 'الأورغواي', 'UY'],
  ])('%s', (text, mention, key) => {
    const doc = analyzeText(text);
    const country = doc.entities.find((e) => e.type === 'COUNTRY' && e.mentions.some((m) => m.text === mention));
    expect(country?.key).toBe(key);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('keeps the longer names of the two Congos', () => {
    const doc = analyzeText('زار الرئيس الكونغو برازافيل ثم جمهورية الكونغو الديمقراطية.');
    const keys = doc.entities.filter((e) => e.type === 'COUNTRY').map((e) => e.key);
    expect(keys).toEqual(['CG', 'CD']);
  });
});
