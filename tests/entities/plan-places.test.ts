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

describe('a list of neighbourhoods after أحياء names each (quarter-list)', () => {
  it.each<[string, string, string[]]>([
    [
      'districts of Dammam, a part adjective and a prince among them (saudinewsnet 2015-08-10)',
      'لتشمل أحياء النسيم ، والخالدية الشمالية ، والربيع ، والأمير محمد بن سعود ، والطبيشي.',
      ['LOCATION:النسيم', 'LOCATION:الخالدية الشمالية', 'LOCATION:الربيع', 'LOCATION:الأمير محمد بن سعود', 'LOCATION:الطبيشي'],
    ],
    [
      'districts joined by و only',
      'لأعمال بالحرة الغربية وأحياء الشهداء وعروة والبركة بالمدينة.',
      ['LOCATION:الشهداء', 'LOCATION:عروة', 'LOCATION:البركة'],
    ],
    ['the districts of a city: the city stays', 'تنفيذ الطرق في أحياء الدمام والخبر.', ['CITY:الدمام', 'CITY:الخبر']],
    ['a settlement word opens no list', 'وتشمل أحياء المدينة والقرى المجاورة.', []],
    ['one name alone is not read', 'تعاني أحياء العزيزية من نقص الخدمات.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('Saudi governorates (places.tsv), common words only with their cue', () => {
  it.each<[string, string, string[]]>([
    [
      'two governorates of Qassim (saudinewsnet 2015-07-26)',
      'لتنفيذ طريق الملك عبدالله بمحافظة المذنب والتنظيم بمحافظة رياض الخبراء بتعويض قدره.',
      ['LOCATION:طريق الملك عبدالله', 'CITY:محافظة المذنب', 'CITY:رياض الخبراء'],
    ],
    ['the genitive of Abu Arish', 'وأعمال بلدية بمحافظة صامطة وأبي عريش.', ['CITY:صامطة', 'CITY:أبي عريش']],
    ['the common word alone is no town', 'نظر في الوجه ثم قال إن القرى بعيدة.', []],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});
