// Bodies and places named after a king, a prince or an imam (src/entities/patterns/eponym-names.ts):
// the whole name is the body or the place, not a mention of the person.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('names after a person', () => {
  it.each<[string, string, string[]]>([
    ['a hospital, the town after it apart', 'نقل إلى مستشفى الملك فهد بالهفوف للعلاج.', ['ORG:مستشفى الملك فهد', 'CITY:الهفوف']],
    [
      'a centre with its adjective and complement',
      'افتتح مركز الملك عبدالله العالمي للأبحاث الطبية.',
      ['ORG:مركز الملك عبدالله العالمي للأبحاث الطبية'],
    ],
    ['a university whose eponym the org cues cut at the title', 'أعلنت جامعة الملك خالد عن وظائف.', ['ORG:جامعة الملك خالد']],
    ['a mosque is a place', 'صلي عليه في جامع الملك خالد بالرياض.', ['LOCATION:جامع الملك خالد', 'CITY:الرياض']],
    ['فيصل after the title is the name, no ف + يصل', 'صلي عليه في جامع الملك فيصل أمس.', ['LOCATION:جامع الملك فيصل']],
    [
      'a road named after a king, فيصل whole (eponym_body طريق)',
      'تقاطع طريق الملك فيصل مع شارع الأمير سلطان.',
      ['LOCATION:طريق الملك فيصل', 'LOCATION:شارع الأمير سلطان'],
    ],
    ['a park named after a king', 'أقيم الحفل في حديقة الملك فيصل أمس.', ['LOCATION:حديقة الملك فيصل']],
    ['فيصل before an adjective of the body', 'نقل إلى مستشفى الملك فيصل التخصصي أمس.', ['ORG:مستشفى الملك فيصل التخصصي']],
    ['a medical city is a body', 'منوم بمستشفى مدينة الملك عبدالعزيز الطبية.', ['ORG:مدينة الملك عبدالعزيز الطبية']],
    [
      'a sports city is a place, with the stadium before it',
      'تقام المباراة على ملعب مدينة الملك عبدالله الرياضية بجدة.',
      ['LOCATION:ملعب مدينة الملك عبدالله الرياضية', 'CITY:جدة'],
    ],
    [
      "a body's complement ends before another body joined by و",
      'بالتعاون مع مدينة الملك عبدالله للطاقة والغرفة التجارية.',
      ['ORG:مدينة الملك عبدالله للطاقة'],
    ],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

describe('a hospital named after a person, its kind between', () => {
  it('is the hospital, no person (unlabeled: المستشفى الجامعي فرحات حشاد)', () => {
    const doc = analyzeText('ونقل المصاب إلى المستشفى الجامعي فرحات حشاد لتلقي العلاج.');
    expect(mentionList(doc)).toEqual(['ORG:المستشفى الجامعي فرحات حشاد']);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('reads no name where the place follows: المستشفى الجهوي بسيدي بوزيد', () => {
    expect(mentionList(analyzeText('ونقل المصاب إلى المستشفى الجهوي بسيدي بوزيد.'))).not.toContain('ORG:المستشفى الجهوي بسيدي بوزيد');
  });
});
