// Elections named by their country or year are events (src/entities/patterns/elections.ts).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('elections', () => {
  it.each<[string, string, string[]]>([
    [
      "a country's elections by kind and adjective (holdout4 h4-11: انتخابات الرئاسة الفرنسية)",
      'وفاز في الجولة الثانية من انتخابات الرئاسة الفرنسية أمس.',
      ['EVENT:انتخابات الرئاسة الفرنسية', 'COUNTRY:الفرنسية'],
    ],
    [
      'after a preposition (sample: للانتخابات التركية)',
      'وأعلن الحزب النتائج الأولية للانتخابات التركية التي جرت الأحد.',
      ['EVENT:انتخابات التركية', 'COUNTRY:التركية'],
    ],
    ['by a year (sample: قبل انتخابات 2007)', 'ودفع المال قبل انتخابات 2007 بأشهر.', ['EVENT:انتخابات 2007']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it("groups one country's elections named two ways into one event (holdout4 h4-11)", () => {
    const doc = analyzeText('ودعا إلى التصويت في الانتخابات الرئاسية الفرنسية. وتقدم في الانتخابات الفرنسية مرشح الوسط.');
    const events = doc.entities.filter((e) => e.type === 'EVENT');
    expect(events.map((e) => e.mentions.length)).toEqual([2]);
  });

  it.each<[string, string]>([
    ['elections named by their kind alone', 'وتجرى الانتخابات البلدية في ديسمبر.'],
    ['elections in a country, not its adjective', 'وتجرى الانتخابات في مصر الشهر المقبل.'],
    ['the body named after them (sample: مفوضية الانتخابات الباكستانية)', 'وأكدت مفوضية الانتخابات الباكستانية نزاهة الفرز.'],
  ])('reads no event: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});
