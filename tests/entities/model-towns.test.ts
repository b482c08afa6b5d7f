// The tagger's place that no lexicon knows is a CITY only where the text says it is a place
// (04-merge-model.ts placeSaid): on /tmp/s31/sample3k.jsonl about one in six of the others was one.
import { describe, expect, it } from 'vitest';
import { analyzeText, handTagger, mentionList } from './analyze-text.js';

describe("the tagger's towns", () => {
  it.each<[string, string, string, string[]]>([
    ['after في', 'وقتل ثلاثة أشخاص في حرّان أمس.', 'حرّان', ['CITY:حرّان']],
    ['after a district word', 'وتدور المعارك في منطقتي دارزاب منذ أسبوع.', 'دارزاب', ['CITY:دارزاب']],
    ['after a direction', 'واندلعت اشتباكات في جبهة يعيس شمال مريس أمس.', 'مريس', ['CITY:مريس']],
    ['after a place word and a quote mark', 'وهرب من سجن في منطقة "ريو" أمس.', 'ريو', ['CITY:ريو']],
    ['after a municipality and a quote mark', 'وقررت بلدية "إسينيورت" إزالة اللافتات.', 'إسينيورت', ['CITY:إسينيورت']],
    ['after a capital word and its adjective', 'وقع انفجار في العاصمة الأفغانية كابول أمس.', 'كابول', ['COUNTRY:الأفغانية', 'CITY:كابول']],
    ['with its first ب after في (sample3k)', 'وأقيم حفل الافتتاح في بيونغ تشانغ أمس.', 'بيونغ تشانغ', ['CITY:بيونغ تشانغ']],
    ['with its first ب after a settlement word (sample3k)', 'وأغلقت مراكز الاقتراع في بلدة باتو أمس.', 'باتو', ['CITY:باتو']],
    ['without the preposition ب on it', 'وتمكنت الوحدات الأمنية بزرمدين من حجز البضاعة.', 'بزرمدين', ['CITY:زرمدين']],
  ])('keeps a town %s', (_why, text, span, expected) => {
    expect(mentionList(analyzeText(text, [handTagger([{ text: span, type: 'LOC' }])]))).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a person the tagger read as a place', 'وتعطي الأرقام رونالدو أفضلية واضحة على ميسي هذا العام.', 'ميسي'],
    ['a planet', 'وتسعى الإمارات لبناء أول مستوطنة على سطح المريخ قريبا.', 'المريخ'],
    ['a plain word', 'ويبدو أن المشهد العسكري استقر نسبيا.', 'المشهد'],
    ['a given name after a preposition', 'وتصاعد الخلاف بين أحلام وإليسا أمس.', 'إليسا'],
  ])('drops %s', (_why, text, span) => {
    const list = mentionList(analyzeText(text, [handTagger([{ text: span, type: 'LOC' }])]));
    expect(list.filter((m) => m.startsWith('CITY:'))).toEqual([]);
  });

  it('drops a club in an article on football', () => {
    const text =
      'فاز الفريق في مباراة الدوري أمس. وسجل اللاعب هدفين في المباراة. وقال المدرب إن الفريق لعب جيدا في الدوري. وانتقل اللاعب إلى الفريق معارا من تشلسي. وأضاف المدرب أن المباراة صعبة.';
    const list = mentionList(analyzeText(text, [handTagger([{ text: 'تشلسي', type: 'LOC' }])]));
    expect(list.filter((m) => m.startsWith('CITY:'))).toEqual([]);
  });
});

describe("a town that ends the tagger's person", () => {
  it.each<[string, string, string, string[]]>([
    ['a family name (sample: كريم الأحمدي)', 'وتعاقد النادي مع اللاعب كريم الأحمدي أمس.', 'كريم الأحمدي', ['PERSON:كريم الأحمدي']],
    ['a foreign family name (sample: نعومي أوساكا)', 'وخسرت أمام نعومي أوساكا في الدور الأول.', 'نعومي أوساكا', ['PERSON:نعومي أوساكا']],
  ])('is the person: %s', (_why, text, span, expected) => {
    expect(mentionList(analyzeText(text, [handTagger([{ text: span, type: 'PERS' }])]))).toEqual(expected);
  });

  it('stays a town after a title (أمين الأحساء is its mayor)', () => {
    const list = mentionList(analyzeText('وأوضح أمين الأحساء أن المشروع اكتمل.', [handTagger([{ text: 'أمين الأحساء', type: 'PERS' }])]));
    expect(list).toContain('CITY:الأحساء');
  });
});
