// A country named by its adjective (gold/FORMAT.md: "A country named only through an adjective
// counts as a mention of that country") where no noun before it takes the adjective: before a
// person's name (the person's nationality) and after a listed city (the city's country).
// Counted in src/entities/02-check-context.ts (nisbaAgrees).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, handTagger, mentionList } from './analyze-text.js';

describe('a definite nisba with no noun before it', () => {
  it.each<[string, string, string]>([
    ['before a given name (holdout: بقيادة الإيطالي ألبيرتو زاكيروني)', 'تحت قيادة الإيطالي كارلو أنشيلوتي.', 'COUNTRY:الإيطالي'],
    [
      'after a listed city (holdout: خط أنابيب غاز شيراز ـ حيدر آباد الهندية)',
      'وإطلاق العمل بخط أنابيب غاز شيراز ـ حيدر آباد الهندية عبر باكستان.',
      'COUNTRY:الهندية',
    ],
    ['after a city with a settlement cue', 'وقعت الغارات على مدينة حلب السورية أمس.', 'COUNTRY:السورية'],
  ])('is the country: %s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toContain(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('is the country before a name the tagger reads as a person', () => {
    const text = 'إذا لم يتمكن الجهاز الفني بقيادة الإيطالي ألبيرتو زاكيروني من إقناعهم.';
    const doc = analyzeText(text, [handTagger([{ text: 'ألبيرتو زاكيروني', type: 'PERS' }])]);
    expect(mentionList(doc)).toContain('COUNTRY:الإيطالي');
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it.each<[string, string]>([
    ['a family name after a given name', 'وقال محمد المصري إن الاجتماع انتهى.'],
    ['a nisba standing alone as a noun', 'وقال المصري إن الاجتماع انتهى.'],
  ])('is no country: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('COUNTRY:'))).toEqual([]);
  });
});
