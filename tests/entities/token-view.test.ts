import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';
import { baseStart, firstForms, sourceOffsetOfNorm } from '../../src/entities/token-view.js';

const k = defaultWordKnowledge();
const one = (w: string) => tokenize(w, 0, w.length, k)[0];

describe('where a mention starts in a token', () => {
  it.each<[string, string]>([
    ['واليابان', 'اليابان'],
    ['لآسيا', 'آسيا'],
    // لل is the preposition and the article: the mention starts after both (read alone, the ل of
    // «ليابان» is the preposition again).
    ['لليابان', 'يابان'],
    ['وللأمم', 'أمم'],
    ['وبخارى', 'بخارى'],
    ['اليابان', 'اليابان'],
    // The news writes these whole (data/lexicon/whole-words.tsv): their و and ف are letters of the name.
    ['واتفورد', 'واتفورد'],
    ['وليامز', 'وليامز'],
    ['ويندسور', 'ويندسور'],
    ['فالفيردي', 'فالفيردي'],
    // A conjunction before a name the news also writes alone stays one.
    ['وكيم', 'كيم'],
    ['ولحج', 'لحج'],
  ])('%s → %s', (word, mention) => {
    const t = one(word);
    expect(word.slice(baseStart(t) - t.start, t.end - t.start)).toBe(mention);
  });
});

describe('forms a name may start with', () => {
  it('strips proclitic letters by hand only before a known name', () => {
    const t = one('بسمرقند');
    const forms = firstForms(
      'بسمرقند',
      t,
      (f) => f === 'سمرقند',
      () => 0,
    );
    expect(forms.map((f) => f.form)).toContain('سمرقند');
    expect(forms.find((f) => f.form === 'سمرقند')!.start).toBe(1);
  });

  it('never splits a word the vocabulary knows (كبيرا is not ك + بيرا)', () => {
    const t = one('كبيرا');
    expect(
      firstForms(
        'كبيرا',
        t,
        () => true,
        (f) => k.freq(f),
      ).map((f) => f.form),
    ).toEqual(['كبيرا']);
  });

  it('maps normalized offsets to source offsets over diacritics', () => {
    const word = 'بِسَمرقند';
    expect(sourceOffsetOfNorm(word, one(word), 1)).toBe(2);
  });
});
