// Cups and world cups are events (src/entities/patterns/event-cues.ts: cupNameEnd, sport_event_cue).
import { describe, expect, it } from 'vitest';
import { checkDocSpans } from '../helpers/spans.js';
import { analyzeText, mentionList } from './analyze-text.js';

describe('a cup', () => {
  it.each<[string, string, string[]]>([
    [
      'the World Cup without a year (sample: الفوز بكأس العالم)',
      'وسبق لإيطاليا الفوز بكأس العالم أربع مرات.',
      ['COUNTRY:إيطاليا', 'EVENT:كأس العالم'],
    ],
    [
      'the cup of a class of players is another cup (unlabeled: كأس العالم للأندية 141 times)',
      'وتوج الفريق بلقب كأس العالم للأندية العام الماضي.',
      ['EVENT:كأس العالم للأندية'],
    ],
    ["a king's cup (sample: نهائي كأس الملك)", 'وبلغ الفريق نهائي كأس الملك قبل الخسارة.', ['EVENT:كأس الملك']],
    [
      "England's adjective, which the lexicon has as a city's",
      'وتأهل الفريق في كأس الاتحاد الإنجليزي أمس.',
      ['EVENT:كأس الاتحاد الإنجليزي'],
    ],
    ["a region's adjective", 'وغاب اللاعب عن كأس الأمم الأفريقية.', ['EVENT:كأس الأمم الأفريقية']],
    ["a crown prince's cup, a construct (unlabeled: كأس ولي العهد 191 times)", 'وفاز الهلال بلقب كأس ولي العهد.', ['EVENT:كأس ولي العهد']],
    [
      "a king's cup by his country, which the run had cut at the head (sample3k: كأس ملك إسبانيا)",
      'وبلغ الفريق نهائي كأس ملك إسبانيا قبل الخسارة.',
      ['EVENT:كأس ملك إسبانيا', 'COUNTRY:إسبانيا'],
    ],
    [
      'the nations of a continent and the year',
      'وتستضيف مصر كأس أمم أفريقيا 2019.',
      ['COUNTRY:مصر', 'EVENT:كأس أمم أفريقيا 2019', 'REGION:أفريقيا'],
    ],
    ["the King's cup by his title", 'وتوج النصر بكأس خادم الحرمين الشريفين.', ['EVENT:كأس خادم الحرمين الشريفين']],
    ['a world cup by its host and year', 'وشارك في مونديال روسيا 2018 مع منتخب بلاده.', ['EVENT:مونديال روسيا 2018', 'COUNTRY:روسيا']],
  ])('%s', (_why, text, expected) => {
    const doc = analyzeText(text);
    expect(mentionList(doc)).toEqual(expected);
    expect(() => checkDocSpans(doc)).not.toThrow();
  });

  it('reads the World Cup with and without its year as one event', () => {
    const doc = analyzeText('وتأهل المنتخب إلى كأس العالم 2018 في روسيا. وخسر في كأس العالم أمام ألمانيا.');
    expect(doc.entities.filter((e) => e.type === 'EVENT').map((e) => e.mentions.length)).toEqual([2]);
  });

  it.each<[string, string]>([
    ['the trophy', 'ورفع القائد الكأس أمام الجماهير.'],
    ['a cup of tea', 'وشرب كأس الشاي بعد المباراة.'],
  ])('reads no event: %s', (_why, text) => {
    expect(mentionList(analyzeText(text)).filter((m) => m.startsWith('EVENT:'))).toEqual([]);
  });
});
