// A Saudi province's principality and the paper Sabq in its byline (src/entities/patterns/org-cues.ts, emirateOffices, sabqBylines).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe("a province's principality", () => {
  it('is an organisation with its settlement word (unlabeled: وكيل إمارة منطقة الباحة)', () => {
    const doc = analyzeText('عقد وكيل إمارة منطقة الباحة اجتماعا أمس.');
    expect(mentionList(doc)).toContain('ORG:إمارة منطقة الباحة');
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('leaves an emirate named alone a place: إمارة دبي', () => {
    expect(mentionList(analyzeText('وأعلنت حكومة إمارة دبي الخطة.')).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});

describe("Sabq's byline", () => {
  it('names the paper between dashes (unlabeled: عبدالله البرقاوي- سبق- الرياض)', () => {
    const doc = analyzeText('عبدالله البرقاوي- سبق- الرياض: انتشلت فرق الدفاع المدني جثة فتى.');
    expect(doc.entities.find((e) => e.type === 'ORG' && e.key === 'sabq')?.mentions.map((m) => m.text)).toEqual(['سبق']);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('leaves the verb alone: سبق أن', () => {
    expect(mentionList(analyzeText('وقد سبق أن أعلنت الوزارة الخطة.')).filter((m) => m.startsWith('ORG:'))).toEqual([]);
  });
});
