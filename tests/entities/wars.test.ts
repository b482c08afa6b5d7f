// A civil war named by its country's adjective is an event (src/entities/patterns/event-cues.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a civil war named by its country', () => {
  it('reads الحرب الأهلية + a country adjective as an event (holdout4 h4-01: الحرب الأهلية اللبنانية)', () => {
    expect(mentionList(analyzeText('وانتهت الحرب الأهلية اللبنانية عام 1990.'))).toEqual([
      'EVENT:الحرب الأهلية اللبنانية',
      'COUNTRY:اللبنانية',
    ]);
  });

  it('reads no event in a civil war named by no country', () => {
    expect(mentionList(analyzeText('واندلعت الحرب الأهلية المستمرة منذ سنوات.'))).toEqual([]);
  });
});
