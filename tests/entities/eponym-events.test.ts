// Events that a king's, a prince's or a sponsor's name names (eponym-names.ts, orgs.tsv type event), tennis
// tournaments by their town (event-cues.ts: دورة) and a war by its country after في (event-cues.ts).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('an event named after a person or a place', () => {
  it.each<[string, string, string[]]>([
    [
      "a prince's cup, his given name read as ف + يصل (sample3k: كأس الأمير فيصل بن فهد)",
      'وتوج الفريق بكأس الأمير فيصل بن فهد أمس.',
      ['EVENT:كأس الأمير فيصل بن فهد'],
    ],
    [
      "a prince's league (sample3k: بلقب دوري الأمير محمد بن سلمان)",
      'وصعد الفريق بعد فوزه بلقب دوري الأمير محمد بن سلمان لأندية الدرجة الأولى.',
      ['EVENT:دوري الأمير محمد بن سلمان'],
    ],
    ["a king's tournament", 'وفاز الهلال ببطولة الملك سلمان للأندية.', ['EVENT:بطولة الملك سلمان']],
    [
      "a sponsor's league, no person (sample3k: لدوري عبد اللطيف جميل للمحترفين)",
      'واستعد الفريق لدوري عبد اللطيف جميل للمحترفين.',
      ['EVENT:دوري عبد اللطيف جميل'],
    ],
    ["the sponsor's short name", 'ويلعب الفريق في دوري جميل للموسم الثاني.', ['EVENT:دوري جميل']],
    [
      "a bloc's league keeps its region (sample3k: دوري الخليج العربي)",
      'واحتل الفريق المركز السابع في دوري الخليج العربي.',
      ['EVENT:دوري الخليج العربي', 'REGION:الخليج العربي'],
    ],
    [
      'a tennis tournament by its town (sample3k: لدورة ميامي الأميركية)',
      'وخرج اللاعب من الدور الثاني لدورة ميامي الأميركية.',
      ['EVENT:دورة ميامي', 'CITY:ميامي', 'COUNTRY:الأميركية'],
    ],
    [
      'a war by its country after في (unlabeled: الحرب في سوريا 195 times)',
      'وأدت الحرب في سوريا إلى نزوح الملايين.',
      ['EVENT:الحرب في سوريا', 'COUNTRY:سوريا'],
    ],
    [
      'a civil war by its country after في',
      'ومنذ اندلاع الحرب الأهلية في لبنان عام 1975 هاجر كثيرون.',
      ['EVENT:الحرب الأهلية في لبنان', 'COUNTRY:لبنان'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['a training course', 'وشارك الموظفون في دورة تدريبية في الرياض.'],
    ['a war in a town', 'وتصاعدت الحرب في مدينة الحديدة.'],
    ['a revolution after في (sample3k: المرشد الأعلى للثورة في إيران)', 'وجاء كلام المرشد الأعلى للثورة في إيران أمس.'],
  ])('reads no event: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});
