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

describe('a war named by its own adjective or its countries', () => {
  it.each<[string, string, string[]]>([
    ['the Cold War (sample3k: منذ نهاية الحرب الباردة)', 'وتصاعدت التوترات منذ نهاية الحرب الباردة.', ['EVENT:الحرب الباردة']],
    [
      "a country's adjective (sample3k: منذ نهاية الحرب الكورية)",
      'وهو اللقاء الثالث منذ نهاية الحرب الكورية في العام 1953.',
      ['EVENT:الحرب الكورية', 'COUNTRY:الكورية'],
    ],
    [
      "two countries' adjectives (sample3k: الحرب العراقية الإيرانية)",
      'وطالب بتعويضات عن الحرب العراقية الإيرانية التي بدأت عام 1980.',
      ['EVENT:الحرب العراقية الإيرانية', 'COUNTRY:العراقية', 'COUNTRY:الإيرانية'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it('reads no event in a war of a kind (الحرب التجارية)', () => {
    expect(mentionList(analyzeText('وتصاعدت الحرب التجارية بين البلدين.')).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});

describe('multi-sport games (src/entities/patterns/games.ts)', () => {
  it.each<[string, string, string[]]>([
    [
      'with دورة and the season (sample3k: للمشاركة في دورة الألعاب الأولمبية الشتوية)',
      'وتقدم الرياضيون للمشاركة في دورة الألعاب الأولمبية الشتوية قبل ساعات من الافتتاح.',
      ['EVENT:دورة الألعاب الأولمبية الشتوية'],
    ],
    ['with a year (sample3k: الألعاب الأولمبية 2012)', 'وشاركت العداءة في الألعاب الأولمبية 2012 أيضا.', ['EVENT:الألعاب الأولمبية 2012']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });

  it('reads no event in games of a kind (الألعاب النارية)', () => {
    expect(mentionList(analyzeText('وأطلقت الألعاب النارية في سماء المدينة.')).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});

describe('a battle by its place (معركة in event_war)', () => {
  it.each<[string, string, string]>([
    ['a city (unlabeled: معركة الحديدة 34 times, معركة إدلب 19)', 'وتتواصل معركة الحديدة منذ أسابيع.', 'EVENT:معركة الحديدة'],
    [
      'a year after عام dates the battle, it does not name it',
      'ويحيي الروس ذكرى معركة ستالينغراد عام 1943 كل عام.',
      'EVENT:معركة ستالينغراد',
    ],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'))).toEqual([expected]);
  });

  it('reads no event in a battle against someone (معركة ضد)', () => {
    expect(mentionList(analyzeText('وخاض الجيش معركة ضد المسلحين.')).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});

describe('named events no cue heads (orgs.tsv, type event)', () => {
  it.each<[string, string, string[]]>([
    ['an operation (unlabeled: عاصفة الحزم 434 times)', 'وشاركت القوات في عاصفة الحزم منذ انطلاقها.', ['EVENT:عاصفة الحزم']],
    ['the Arab Spring (unlabeled: الربيع العربي 258 times)', 'وتغيرت المنطقة منذ الربيع العربي قبل سنوات.', ['EVENT:الربيع العربي']],
  ])('%s', (_why, text, expected) => {
    expect(mentionList(analyzeText(text))).toEqual(expected);
  });
});
