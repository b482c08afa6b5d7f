// Football clubs whose names hold a place are organisations of orgs.tsv (type club), so that the
// place is not read alone: ريال مدريد, not the city مدريد (201 CITY مدريد in the 3,000 articles of
// the sample were Real Madrid's).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, handTagger, mentionList } from './analyze-text.js';

describe('a club named with a place', () => {
  it.each<[string, string, string[]]>([
    ['Real Madrid, not Madrid', 'وانتقل اللاعب إلى ريال مدريد مقابل 30 مليون يورو.', ['ORG:ريال مدريد']],
    ['a club with its country after it', 'وفاز باريس سان جرمان الفرنسي على ضيفه.', ['ORG:باريس سان جرمان', 'COUNTRY:الفرنسي']],
    ['a spelling variant (holdout4: بايرن ميونيخ)', 'وتعادل بايرن ميونخ مع ضيفه.', ['ORG:بايرن ميونخ']],
    ['AC Milan, which the tagger read as a person', 'وفاز يوفنتوس على ميلان برباعية.', ['ORG:ميلان']],
    ['Inter Milan stays one club', 'وقدم إنتر ميلان عرضا للاعب.', ['ORG:إنتر ميلان']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });
});

// A city that is also a club's name, in an article on football (src/entities/05-read-clubs.ts).
describe('a city named as a club in an article on football', () => {
  const match = 'وخاض اللاعب مباراة قوية مع فريقه في الدوري، وسجل المهاجم هدفا في الشوط الأول أمام المدرب الجديد.';

  it('reads every mention of the city as the club after a masculine country adjective (sample: برشلونة الإسباني)', () => {
    const doc = analyzeText(`انتقل اللاعب إلى برشلونة الإسباني. ${match} وتعادل برشلونة مع ضيفه.`);
    expect(mentionList(doc)).toEqual(['ORG:برشلونة', 'COUNTRY:الإسباني', 'ORG:برشلونة']);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('reads the city after نادي as the club (sample: نادي الزمالك)', () => {
    expect(mentionList(analyzeText(`أعلن نادي ليفربول ضم المدافع. ${match} وفاز ليفربول على ضيفه.`))).toEqual([
      'ORG:نادي ليفربول',
      'ORG:ليفربول',
    ]);
  });

  it('reads no club after a settlement word: بلدية ليفربول is the municipality (sample: رئيس بلدية مدينة باري)', () => {
    const doc = analyzeText(`أعلن نادي ليفربول ضم المدافع. ${match} وقال رئيس بلدية ليفربول إن المدينة فخورة.`);
    expect(mentionList(doc)).toEqual(['ORG:نادي ليفربول', 'ORG:بلدية ليفربول']);
  });

  it('keeps the other mentions cities in an article not on football', () => {
    const doc = analyzeText('انتقل اللاعب إلى برشلونة الإسباني. ووصل الرئيس إلى برشلونة لحضور المؤتمر.');
    expect(mentionList(doc).filter((m) => m.includes('برشلونة'))).toEqual(['ORG:برشلونة', 'CITY:برشلونة']);
  });

  it.each<[string, string, string[]]>([
    [
      'a player of the city (sample: مهاجم ليفربول)',
      `وسجل محمد صلاح مهاجم ليفربول هدفين. ${match} ويحتل ليفربول المركز الثاني.`,
      ['ORG:ليفربول', 'ORG:ليفربول'],
    ],
    [
      'an opponent of the city (holdout4: أمام إشبيلية)',
      `${match} وخسر الفريق أمام إشبيلية. ويلعب إشبيلية مباراته المقبلة.`,
      ['ORG:إشبيلية', 'ORG:إشبيلية'],
    ],
    [
      'the guest of the other club (holdout4: مع ضيفه برشلونة)',
      `${match} وتعادل الفريق مع ضيفه برشلونة. وخسر برشلونة.`,
      ['ORG:برشلونة', 'ORG:برشلونة'],
    ],
    [
      'its fans (sample3k: مشجعي برشلونة)',
      `${match} وسيكون مشجعي برشلونة مضطرين لمساندة الغريم. ويتصدر برشلونة الدوري.`,
      ['ORG:برشلونة', 'ORG:برشلونة'],
    ],
    ["a country's region stays a place: أمام إنجلترا", `${match} وخسر الفريق أمام إنجلترا.`, ['CITY:إنجلترا']],
  ])('reads the city as the club after a sign of it: %s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text)).filter((m) => !m.startsWith('PERSON'))).toEqual(expected);
  });

  it.each<[string, string]>([['no sign that the city is a club', `وصل الفريق إلى برشلونة. ${match}`]])(
    'keeps the city: %s',
    (_why, text) => {
      expect(mentionList(analyzeText(text)).filter((m) => m.includes('برشلونة'))).toEqual(['CITY:برشلونة']);
    },
  );
});

// A one-word person that names a club (src/entities/05-read-clubs.ts clubPersons).
describe('a person of one word that names a club', () => {
  const match = 'وخاض اللاعب مباراة قوية مع فريقه في الدوري، وسجل المهاجم هدفا في الشوط الأول أمام المدرب الجديد.';

  it('is the club the article names in full (sample e33: أتلتيكو مدريد ... وعزز أتلتيكو فرصته)', () => {
    const text = 'وعزز أتلتيكو فرصته في اللقب. وكان أتلتيكو مدريد قد فاز على ضيفه.';
    const doc = analyzeText(text, [handTagger([{ text: 'أتلتيكو', type: 'PERS' }])]);
    checkDocSpans(doc);
    const orgs = doc.entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.key, e.mentions.map((m) => m.text)])).toEqual([['atletico-madrid', ['أتلتيكو', 'أتلتيكو مدريد']]]);
    expect(doc.entities.some((e) => e.type === 'PERSON')).toBe(false);
  });

  it("joins the tagger's ORG of one word to the club named in full (sample e33: أهلي جدة ... ونجح الأهلي)", () => {
    const text = 'ونجح الأهلي بقطع تذكرة العبور. وكان أهلي جدة قد حجز مقعده.';
    const doc = analyzeText(text, [handTagger([{ text: 'الأهلي', type: 'ORG' }])]);
    checkDocSpans(doc);
    const orgs = doc.entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.key, e.mentions.map((m) => m.text)])).toEqual([['al-ahli-jeddah', ['الأهلي', 'أهلي جدة']]]);
  });

  it('re-mentions the club where the word stands again (sample e33: ويستمد أتلتيكو الثقة)', () => {
    const text = 'وعزز أتلتيكو فرصته في اللقب. وكان أتلتيكو مدريد قد فاز. ويستمد أتلتيكو الثقة من جمهوره.';
    const doc = analyzeText(text, [handTagger([{ text: 'أتلتيكو', type: 'PERS' }])]);
    checkDocSpans(doc);
    const orgs = doc.entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.key, e.mentions.length])).toEqual([['atletico-madrid', 3]]);
  });

  it('is a club after نادي or فريق in the news, in an article on football (sample e33: واحتل بارما المركز الثاني)', () => {
    const text = `${match} واحتل بارما المركز الثاني.`;
    const doc = analyzeText(text, [handTagger([{ text: 'بارما', type: 'PERS' }])]);
    expect(mentionList(doc)).toContain('ORG:بارما');
  });

  it('stays a person outside football', () => {
    const doc = analyzeText('وقال بارما إن المشروع تأخر.', [handTagger([{ text: 'بارما', type: 'PERS' }])]);
    expect(mentionList(doc)).toContain('PERSON:بارما');
  });
});

// A club named by a common word (club_word), in an article on football (src/entities/05-read-clubs.ts).
describe('a club named by a common word: الهلال، النصر، الفيصلي', () => {
  const match = 'وخاض اللاعب مباراة قوية مع فريقه في الدوري، وسجل المهاجم هدفا في الشوط الأول أمام المدرب الجديد.';

  it('reads the word alone as the club in an article on football (sample3k: مطاردة الهلال المتصدر)', () => {
    const doc = analyzeText(`واصل الهلال المتصدر مطاردته بعد التعادل. ${match} وتعادل النصر والفيصلي.`);
    expect(mentionList(doc)).toEqual(['ORG:الهلال', 'ORG:النصر', 'ORG:الفيصلي']);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('leaves the Red Crescent to the lexicon, and links no club into it', () => {
    const doc = analyzeText(`واصل الهلال المتصدر مطاردته. ${match} وشارك الهلال الأحمر في إسعاف اللاعب.`);
    expect(mentionList(doc)).toEqual(['ORG:الهلال', 'ORG:الهلال الأحمر']);
    expect(doc.entities.filter((e) => e.type === 'ORG')).toHaveLength(2);
  });

  it('reads no club outside football: النصر is victory', () => {
    expect(mentionList(analyzeText('ورفع المتظاهرون شارات النصر في الساحة.'))).toEqual([]);
  });
});
