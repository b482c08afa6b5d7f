// Courts named by their kind (المحكمة العليا) or by a definite noun after محكمة (محكمة الاستئناف):
// ../shared/unlabeled writes المحكمة + a court kind 1,899 times in 1,034 articles and محكمة + a
// definite word 1,072 times; src/entities/patterns/org-cues.ts.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a court named by its kind', () => {
  it.each<[string, string, string[]]>([
    ['the supreme court (unlabeled: أيدت المحكمة العليا الحكم)', 'وأيدت المحكمة العليا الحكم الصادر أمس.', ['ORG:المحكمة العليا']],
    [
      'two kinds in a row (unlabeled: المحكمة الجزائية المتخصصة)',
      'وأصدرت المحكمة الجزائية المتخصصة حكمها.',
      ['ORG:المحكمة الجزائية المتخصصة'],
    ],
    ['a court with its place after it keeps the name alone', 'أصدرت المحكمة العامة بجدة حكما.', ['ORG:المحكمة العامة', 'CITY:جدة']],
    ['a court by a definite noun', 'وبعد رفع القضية إلى محكمة الاستئناف صدرت عدة ملاحظات.', ['ORG:محكمة الاستئناف']],
    ['a country before the kind', 'ورفضت المحكمة الإسرائيلية العليا الالتماس.', ['ORG:المحكمة الإسرائيلية العليا', 'COUNTRY:الإسرائيلية']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['محكمة is "sealed" before الغلق', 'وضعها في أكياس محكمة الغلق قبل رفعها.'],
    ['a court described, not named', 'قضت محكمة عسكرية بسجنه.'],
    ['a bare court', 'وقالت المحكمة إن الحكم نهائي.'],
  ])('reads no court: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});
