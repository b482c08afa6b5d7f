// Saudi bodies and outlets read by small rules (src/entities/patterns/org-cues.ts: emirateOffices, sabqBylines) and an agency acronym read only where an agency is named (01-match-lexicon.ts, context_acronym).
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

describe("an agency's acronym that is also a word", () => {
  it('is the agency in quotes (unlabeled: وكالة الأنباء الرسمية "وات")', () => {
    const doc = analyzeText('وحسب وكالة الأنباء الرسمية "وات" يطالب المحتجون بالعدول عن المشروع.');
    expect(doc.entities.some((e) => e.key === 'tap')).toBe(true);
  });

  it('is the watt after كيلو', () => {
    expect(analyzeText('وتبلغ قدرة المحطة 50 كيلو وات فقط.').entities.some((e) => e.key === 'tap')).toBe(false);
  });
});

describe("Saudi Arabia's General Presidency of Youth Welfare", () => {
  it('is named by its full name and by رعاية الشباب alone (unlabeled: الخطاب الذي ورد من رعاية الشباب)', () => {
    const doc = analyzeText('وأعلنت الرئاسة العامة لرعاية الشباب القرار، وقال إن الخطاب ورد من رعاية الشباب أمس.');
    expect(doc.entities.find((e) => e.key === 'sa-gpyw')?.mentions.length).toBe(2);
  });
});
