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
