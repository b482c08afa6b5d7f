import { describe, expect, it } from 'vitest';
import { distinctiveWords, foldedWords } from '../../src/consolidate/name-words.js';

describe('distinctiveWords', () => {
  const generic = new Set(['دولي', 'جديد']);
  it.each<[string, string[], string[]]>([
    // saudinewsnet-24 and -25: the same airport, once with its modifiers, once with its city.
    ['مشروع مطار الملك عبدالعزيز الدولي الجديد', [], ['ملك', 'عبدالعزيز']],
    ['مشروع مطار الملك عبدالعزيز بجدة', ['مطار الملك عبدالعزيز', 'جدة'], ['ملك', 'عبدالعزيز']],
    ['مشروع مطار الملك عبدالله بن عبدالعزيز الجديد بجازان', ['جازان'], ['ملك', 'عبدالله', 'بن', 'عبدالعزيز']],
    // Type words and descriptors say what it is, not which one.
    ['محطة طاقة شمسية مستقلة', ['الأفلاج'], ['طاقه', 'مستقله']],
    ['محطة التحلية', ['الخفجي'], []],
    // A nisba of a country is not a name.
    ['محطة الزور الكويتية', [], ['زور']],
    // The head ends the name's beginning; a second head names something else.
    ['مشروع تنمية منطقة قناة السويس', ['قناة السويس'], ['قناه', 'سويس']],
    ['مشروع قناة السويس الجديدة', ['قناة السويس الجديدة'], ['سويس', 'جديده']],
    // A settlement is a place even where its first word is also a head (مدينة).
    ['مطار المدينة المنورة', ['المدينة المنورة'], []],
    // عبد العزيز in two words is عبدالعزيز.
    ['مطار الملك عبد العزيز', [], ['ملك', 'عبدالعزيز']],
    // The adjective that makes a head's type names nothing (SNN 2015-08: 88,000 units of a new
    // city in alyaum and 12,000 built in Jeddah in alriyadh were one "وحدة سكنية").
    ['وحدة سكنية', [], []],
    ['المنطقة الحرة', [], []],
    ['مشروع المنطقة الحرة', [], []],
    // Only after its head: مشاريع سكنية has no head of that pair, and a name keeps its own words.
    ['مشاريع سكنية', [], ['سكنيه']],
    ['مدينة الملك عبدالله الاقتصادية', [], ['ملك', 'عبدالله', 'اقتصاديه']],
    // Left out: العاصمة الإدارية (one city), المجرى الملاحي (the new Suez Canal in every link seen).
    ['العاصمة الإدارية', [], ['عاصمه', 'اداريه']],
    ['المجرى الملاحي', [], ['ملاحي']],
  ])('%s → %j', (name, places, words) => {
    expect(distinctiveWords(name, places, generic)).toEqual(words);
  });
});

describe('foldedWords', () => {
  it('gives one spelling of a name whatever the outlet wrote (ليلى / ليلي)', () => {
    // The tokenizer reads ل as a clitic here (يلي is a word); both spellings read the same.
    expect(foldedWords('محطة "ليلى"')).toEqual(foldedWords('محطة ليلي'));
  });

  it('folds, strips clitics and the article, and drops function words', () => {
    expect(foldedWords('لمحطة الهوائية بجبل عبد الرحمان')).toEqual(['محطه', 'هوائيه', 'جبل', 'عبدالرحمان']);
  });
});
