// Bound forms of news read wrong before f39 (counted in ../shared/unlabeled): each case failed before
// the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

function qualifiers(text: string): [string, string | null][] {
  const out: Figure[] = extractFigures(text, { published: '2018-05-30' });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.text, f.qualifier]);
}

describe('a bound verb with its subject between it and its preposition (splitBoundBefore)', () => {
  it.each<[string, string, string]>([
    ['وقال إنه لا تقل مدة الحبس عن 34 سنة في هذه القضية.', '34 سنة', 'at_least'],
    ['مكنت مؤخرا من حجز سلع لا تقل قيمتها عن 120 مليون دينار لكبار المهربين', '120 مليون دينار', 'at_least'],
    ['كما اشترطت أن لا تقل خبرته العملية عن سبع سنوات في مجال المراجعة', 'سبع سنوات', 'at_least'],
    ['شريطة ألا تقل قيمة الوديعة عن 7 ملايين جنيه مصري', '7 ملايين جنيه مصري', 'at_least'],
    ['ويشترط أن يكونوا مندمجين ولا يزيد عمرهم عن 25 عاما وولدوا في سويسرا', '25 عاما', 'at_most'],
    ['ولا يزيد عدد سكان نجريج عن 9 آلاف نسمة، وباتت تعرف', '9 آلاف', 'at_most'],
    ['وسمح بتسليم أسلحة أمريكية تزيد قيمتها على 1.3 مليار دولار.', '1.3 مليار دولار', 'at_least'],
    ['خصوصا حديثة الولادة والتي تقل أعمارها عن سنتين، حيث', 'سنتين', 'at_most'],
  ])('%s', (text, span, q) => {
    expect(qualifiers(text)).toContainEqual([span, q]);
  });

  it('reads the joined form as before, and a negation of another verb as none of its own', () => {
    expect(qualifiers('وقال إنه لا تقل عن 34 سنة في هذه القضية.')).toContainEqual(['34 سنة', 'at_least']);
    expect(qualifiers('كانت الوثيقة لا تغطي من يقل عمره عن 21 عامًا.')).toContainEqual(['21 عامًا', 'at_most']);
  });

  it('leaves a year compared with, and a verb with another preposition, alone', () => {
    expect(qualifiers('ولا تقل الأسعار هذا الموسم عن 2019 كما قال')).not.toContainEqual(['2019', 'at_least']);
    expect(qualifiers('لا تقل قيمتها على 5 ملايين دولار')).toContainEqual(['5 ملايين دولار', null]);
  });
});
