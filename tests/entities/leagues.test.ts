// Football leagues are events (src/entities/patterns/leagues.ts).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a football league', () => {
  it.each<[string, string, string[]]>([
    [
      "a country's league (holdout4: تعادله المثير في الدوري الإسباني)",
      'وتعادل الفريق في الدوري الإسباني مع ضيفه.',
      ['EVENT:الدوري الإسباني', 'COUNTRY:الإسباني'],
    ],
    ['the Premier League keeps الممتاز', 'وتصدر الفريق الدوري الإنجليزي الممتاز هذا الموسم.', ['EVENT:الدوري الإنجليزي الممتاز']],
    ['a champions league by its region', 'وتأهل الفريق إلى دوري أبطال أوروبا للمرة الأولى.', ['EVENT:دوري أبطال أوروبا', 'REGION:أوروبا']],
    ['the champions league alone', 'وخرج الفريق من دوري الأبطال أمس.', ['EVENT:دوري الأبطال']],
    [
      "a country's league by its level (sample3k: الصعود إلى دوري الدرجة الأولى الإيطالي)",
      'وطالب النادي بالصعود إلى دوري الدرجة الأولى الإيطالي الموسم المقبل.',
      ['EVENT:دوري الدرجة الأولى الإيطالي', 'COUNTRY:الإيطالي'],
    ],
    [
      "a country's league of professionals (unlabeled: دوري المحترفين السعودي 75 times)",
      'وأنهى الفريق موسمه في دوري المحترفين السعودي بالمركز الثالث.',
      ['EVENT:دوري المحترفين السعودي', 'COUNTRY:السعودي'],
    ],
    [
      'a Tunisian professional league (unlabeled: بطولة الرابطة المحترفة الأولى 237 times)',
      'وتتواصل منافسات بطولة الرابطة المحترفة الأولى لكرة القدم يوم الأحد.',
      ['EVENT:الرابطة المحترفة الأولى'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('reads دوري الأبطال as the champions league the article names (holdout4 h4-03)', () => {
    const doc = analyzeText('وتأهل الفريق إلى دوري أبطال أوروبا للمرة الأولى. ويلعب في دوري الأبطال الثلاثاء المقبل.');
    const events = doc.entities.filter((e) => e.type === 'EVENT');
    expect(events.map((e) => [e.name, e.mentions.length])).toEqual([['دوري أبطال أوروبا', 2]]);
  });

  it.each<[string, string]>([
    ['a league named by its level', 'وصعد الفريق إلى دوري الدرجة الأولى.'],
    ['a local league', 'وفاز الفريق بالدوري المحلي.'],
  ])('reads no league: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});
