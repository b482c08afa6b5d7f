// Parties named by a definite head and a political adjective (src/entities/patterns/parties.ts).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a party named by its head and adjective', () => {
  it.each<[string, string, string[]]>([
    ['a front before its leader (unlabeled: مرشحة الجبهة الوطنية مارين لوبان)', 'وحلت مرشحة الجبهة الوطنية ثانية.', ['ORG:الجبهة الوطنية']],
    ['a party after a preposition', 'وفاز مرشح الحزب الاشتراكي بالمقعد.', ['ORG:الحزب الاشتراكي']],
    ['a movement (unlabeled: حركة الجهاد الإسلامي)', 'وأعلنت الجهاد الإسلامي مسؤوليتها.', ['ORG:الجهاد الإسلامي']],
    [
      "the full name's further words (sample: رئيس الحزب الديموقراطي الكردستاني, read PERSON before)",
      'وقال الحزب الديموقراطي الكردستاني إن الاستفتاء قائم.',
      ['ORG:الحزب الديموقراطي الكردستاني'],
    ],
    [
      "a front's aim (unlabeled: الجبهة الوطنية للتحرير المدعومة من تركيا)",
      'وقال قائد في الجبهة الوطنية للتحرير إن الهجوم صد.',
      ['ORG:الجبهة الوطنية للتحرير'],
    ],
    ["a country's adjective", 'وانعقد مؤتمر الحزب الشيوعي الصيني أمس.', ['ORG:الحزب الشيوعي الصيني', 'COUNTRY:الصيني']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['a ruling party is a description', 'وقال الحزب الحاكم إن الانتخابات نزيهة.'],
    ['a geographic front', 'وتتقدم القوات على الجبهة الجنوبية.'],
  ])('reads no party: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });

  it('stops before a description: الحزب الشيوعي الحاكم', () => {
    expect(mentionList(analyzeText('وقال الحزب الشيوعي الحاكم إن المؤتمر انعقد.'))).toEqual(['ORG:الحزب الشيوعي']);
  });
});
