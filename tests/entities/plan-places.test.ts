// Saudi municipal news: a land plan (مخطط) named after a person is a place, not the person.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a plan named after a person is a place (facility_place مخطط)', () => {
  it.each<[string, string, string[]]>([
    ['a plan named after a king', 'والطريق المؤدي لمخطط الملك فهد بإجمالي تعويض.', ['LOCATION:مخطط الملك فهد']],
    ['plans named after a king, plural', 'لبدء الأعمال في مخططات الملك فهد 1 وحمراء الأسد.', ['LOCATION:مخططات الملك فهد']],
    ['a plan named after a prince', 'ربط طرق الخدمة بجسر السلام ومخطط الأمير تركي.', ['LOCATION:مخطط الأمير تركي']],
    [
      'a road named after a prince, his title outside the person (saudinewsnet 2015-07-26)',
      'لأعمال طريق الأمير فيصل بن محمد بالعقيق.',
      ['LOCATION:طريق الأمير فيصل بن محمد', 'CITY:العقيق'],
    ],
    ['a city after a plan stays the city', 'وذكر أن مخطط الطائف الجديد اعتمد.', ['CITY:الطائف']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});
