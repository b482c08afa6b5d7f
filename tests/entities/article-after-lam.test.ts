// After the preposition ل the article is written as one ل (للأمم المتحدة): the mention starts
// after both, and the entity is named with its article back. On 2,500 unlabeled articles
// (sample.mjs 2500 7707) 521 mentions began with that ل: «لأمم المتحدة» ×47, «لمملكة» ×30.
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, handTagger } from './analyze-text.js';

describe('a name after لل', () => {
  it.each<[string, string, string, string]>([
    ['a lexicon name', 'وقال المبعوث الخاص للأمم المتحدة إن المحادثات مستمرة.', 'أمم المتحدة', 'الأمم المتحدة'],
    ['a country', 'وصل الوفد إلى الرياض في زيارة للمملكة تستمر يومين.', 'مملكة', 'السعودية'],
  ])('%s', (_what, text, mention, name) => {
    const doc = analyzeText(text);
    checkDocSpans(doc);
    const e = doc.entities.find((x) => x.mentions.some((m) => m.text === mention));
    expect(e, JSON.stringify(doc.entities.map((x) => x.mentions.map((m) => m.text)))).toBeDefined();
    expect(e!.name).toBe(name);
  });

  it('gives a tagger name without a lexicon entry its article back (للمؤسسة الوطنية → المؤسسة الوطنية)', () => {
    const text = 'وقدم الدعم للمؤسسة الوطنية للنفط في طرابلس.';
    const doc = analyzeText(text, [handTagger([{ text: 'للمؤسسة الوطنية للنفط', type: 'ORG' }])]);
    checkDocSpans(doc);
    const e = doc.entities.find((x) => x.type === 'ORG');
    expect(e!.mentions[0].text).toBe('مؤسسة الوطنية للنفط');
    expect(e!.name).toBe('المؤسسة الوطنية للنفط');
  });
});

describe('a linked name after لل', () => {
  it('keeps a full name the mention does not spell (للمالكي → نوري المالكي, not النوري المالكي)', () => {
    const text = 'وقال نوري المالكي إن الحكومة باقية. وكانت الرسالة موجهة للمالكي قبل أيام.';
    const doc = analyzeText(text, [handTagger([{ text: 'نوري المالكي', type: 'PERS' }])]);
    checkDocSpans(doc);
    const names = doc.entities.filter((x) => x.type === 'PERSON').map((x) => x.name);
    expect(names).not.toContain('النوري المالكي');
  });
});

describe('a given name in ل after the preposition', () => {
  it('keeps the ل of the name (للويس إنريكي is ل + لويس إنريكي)', () => {
    const text = 'وسبق للويس إنريكي أن درب برشلونة.';
    const doc = analyzeText(text, [handTagger([{ text: 'للويس إنريكي', type: 'PERS' }])]);
    checkDocSpans(doc);
    const e = doc.entities.find((x) => x.type === 'PERSON');
    expect(e!.mentions[0].text).toBe('لويس إنريكي');
    expect(e!.name).toBe('لويس إنريكي');
  });
});
