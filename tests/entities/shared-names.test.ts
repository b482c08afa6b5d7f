// A name two places share goes to the country the article names (02-check-context.ts, choose()):
// الصحراء الغربية is Western Sahara, and Egypt's Western Desert in news about Egypt (locations.tsv,
// western-desert). ../shared/unlabeled: 59 articles write الصحراء الغربية; with the variant, 22 of
// them read the desert, 18 right (oil finds, the army's operations), 4 Western Sahara articles
// that name Egypt more than any neighbour of the territory.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.js';

const keyOf = (text: string, name: string): string[] =>
  analyzeText(text)
    .entities.filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => `${e.type}:${e.key}`);

describe('الصحراء الغربية', () => {
  it.each<[string, string, string]>([
    [
      'in news about Egypt it is the Western Desert',
      'أعلنت وزارة البترول المصرية عن كشف نفطي جديد في الصحراء الغربية، وقالت إن مصر تعمل على زيادة الإنتاج.',
      'LOCATION:western-desert',
    ],
    ['without Egypt it is Western Sahara', 'يسيطر المغرب على القسم الأكبر من الصحراء الغربية منذ 1975.', 'COUNTRY:EH'],
  ])('%s', (_why, text, expected) => {
    expect(keyOf(text, 'الصحراء الغربية')).toEqual([expected]);
  });
});

// وجدة is و + جدة (Jeddah) in Gulf news far more than Oujda (../shared/unlabeled: 228 of 232 in articles
// that name no Moroccan place), so Oujda is listed only as مدينة وجدة; and a one-word name in ة written
// with ه after a frequent stem is the stem and the pronoun (جده "his grandfather", وجده "found him").
describe('وجدة, جده', () => {
  it.each<[string, string, string, string[]]>([
    ['و + Jeddah in a list of Saudi cities', 'تسير الرحلات بين القصيم وجدة يوميا.', 'جدة', ['CITY:sa-jeddah']],
    ['Oujda named with its cue', 'وصل الملك إلى مدينة وجدة شرق المغرب.', 'مدينة وجدة', ['CITY:ma-oujda']],
    ['"found him" is no city', 'أشاد بحسن الاستقبال الذي وجده من الإدارة.', 'وجده', []],
  ])('%s', (_why, text, name, expected) => {
    expect(keyOf(text, name)).toEqual(expected);
  });
});
