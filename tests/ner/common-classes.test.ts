import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';
import { commonInNews } from '../../src/ner/common-classes.js';
import { analyze } from '../../src/index.js';

const k = defaultWordKnowledge();
const one = (w: string) => tokenize(w, 0, w.length, k)[0];

describe('common words of the news, by word class', () => {
  it('knows words the tagged corpora never saw but the news uses as common words', () => {
    for (const w of ['تغريدة', 'ترسية', 'مدعومة', 'باحثة', 'المكلف']) expect(commonInNews(one(w)), w).toBe(true);
  });
  it('leaves family names, given names and words the news seldom has', () => {
    // بهلوي and الطبوبي sit in a class of family names; جورجيفا is seen 4 times, too few to be placed.
    for (const w of ['بهلوي', 'الطبوبي', 'محمد', 'جورجيفا', 'ميرزيوييف']) expect(commonInNews(one(w)), w).toBe(false);
    expect(commonInNews(one('2015'))).toBe(false);
  });
  it('ends a name after a title before a common word (unlabeled news: a tweet, a researcher)', () => {
    const text = 'ونشر الراكب ريتشارد ماسي تغريدة على تويتر. وقالت سمر خان باحثة في الشؤون الدولية إن الأمر معقد.';
    const a = analyze(text);
    const persons = a.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(persons).not.toContain('ريتشارد ماسي تغريدة');
    expect(persons).toContain('سمر خان');
    for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('keeps a family name with the article after a given name, whatever the news does with the word', () => {
    const text = 'من جهته، أكد المتحدث الرسمي باسم وزارة الكهرباء مصعب المدرس في تصريح أن الوزارة بدأت العمل.';
    const persons = analyze(text)
      .entities.filter((e) => e.type === 'PERSON')
      .map((e) => e.name);
    expect(persons).toContain('مصعب المدرس');
  });
});
