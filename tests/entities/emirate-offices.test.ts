// A Saudi province's principality, the governor's office (src/entities/patterns/org-cues.ts, emirateOffices).
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
