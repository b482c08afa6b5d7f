// Football clubs whose names hold a place are organisations of orgs.tsv (type club), so that the
// place is not read alone: ريال مدريد, not the city مدريد (201 CITY مدريد in the 3,000 articles of
// the sample were Real Madrid's).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a club named with a place', () => {
  it.each<[string, string, string[]]>([
    ['Real Madrid, not Madrid', 'وانتقل اللاعب إلى ريال مدريد مقابل 30 مليون يورو.', ['ORG:ريال مدريد']],
    ['a club with its country after it', 'وفاز باريس سان جرمان الفرنسي على ضيفه.', ['ORG:باريس سان جرمان', 'COUNTRY:الفرنسي']],
    ['a spelling variant (holdout4: بايرن ميونيخ)', 'وتعادل بايرن ميونخ مع ضيفه.', ['ORG:بايرن ميونخ']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});
