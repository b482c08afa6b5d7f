// A rare word in a list of towns is a town (src/entities/patterns/place-lists.ts): "في الدوادمي
// والجمش". On 5,978 articles of ../shared/unlabeled 61 mentions, 54 read right.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a town in a list of towns', () => {
  it.each<[string, string, string]>([
    [
      'after a town, the list opened by في (holdout: في الدوادمي والجمش)',
      'وإنشاء أسواق ومسالخ ونقاط للذبح في الدوادمي والجمش، وتطوير مخطط الهياثم.',
      'CITY:الجمش',
    ],
    [
      'between two towns, in a list of three (holdout: في الغاط والرويضة والدرعية)',
      'وإنشاء الحدائق وممرات المشاة وصيانتها في الغاط والرويضة والدرعية، وحصر المواقع.',
      'CITY:الرويضة',
    ],
    ['after a dual settlement cue', 'انقطعت الطريق الواصلة بين محافظتي الحديدة وريمة أمس.', 'CITY:ريمة'],
    [
      'after a town whose ب the clitic splitter left on it (ant-jawharafm-728 of ../shared/unlabeled)',
      'وتمكنت وحدات الحرس الديواني بتطاوين والصمار من حجز كمية هامة من السجائر.',
      'CITY:الصمار',
    ],
    ['after a town whose ل was left on it', 'وإنشاء مراكز حضارية لحريملاء والبجادية، وإنشاء مبنى.', 'CITY:البجادية'],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['a verb', 'مسلحان يقتحمان مقر محافظة أربيل ويحتجزان رهائن.'],
    ['two items not opened as a list of places', 'وينفي فيسبوك وكامبريدج أناليتيكا ارتكاب أي مخالفات.'],
    ['a verb with its object pronoun (ant-jawharafm-476)', 'ونقلتا إلى مستشفى بأريانة وغادرتاه بعد استقرار وضعهما الصحي.'],
  ])('reads no town: %s', (_why, text) => {
    const doc = analyzeText(text);
    expect(mentionList(doc).filter((m) => m.startsWith('CITY:') && !/أربيل|كامبريدج|أريانة/.test(m))).toEqual([]);
  });
});
