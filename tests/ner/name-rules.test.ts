import { describe, expect, it } from 'vitest';
import { quoteBits } from '../../src/ner/features.js';
import { applyNameRules, type NameWord } from '../../src/ner/name-rules.js';
import { TAG_INDEX, TAGS } from '../../src/ner/tags.js';
import { viewOfString } from '../../src/ner/word-view.js';

/** Applies the rules to `tags` over `tokens`, the words read as the tagger reads them. */
function join(tokens: string[], tags: string[]): string[] {
  const t = Uint8Array.from(tags, (x) => TAG_INDEX.get(x)!);
  const words: NameWord[] = tokens.map((w) => {
    const v = viewOfString(w);
    return { stem: v.stem, proclitic: v.norm !== v.base, article: v.clitics.includes('article'), quote: quoteBits(w) };
  });
  applyNameRules(t, words);
  return Array.from(t, (x) => TAGS[x]);
}

describe('applyNameRules: adjacent names', () => {
  it('reads an organisation followed by a one-word place as one club name', () => {
    expect(join(['امام', 'ستيوا', 'بوخارست', 'امس'], ['O', 'B-ORG', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(join(['فريق', 'اتحاد', 'طنجة'], ['O', 'B-ORG', 'B-LOC'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('reads two person names side by side as one person', () => {
    expect(join(['سجل', 'كرستيانو', 'رونالدو', 'هدفا'], ['O', 'B-PERS', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(join(['سجل', 'محمد', 'بن', 'راشد', 'مكتوم'], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  });

  it('keeps names apart where the second carries و or a preposition, or the types do not fit', () => {
    const lists: [string[], string[]][] = [
      [['بوش', 'وبلير'], ['B-PERS', 'B-PERS']],
      [['الناتو', 'بأفغانستان'], ['B-ORG', 'B-LOC']],
      [['الاتحاد', 'الأوروبي', 'والصين'], ['B-ORG', 'I-ORG', 'B-LOC']],
      [['سويسرا', 'فنلندا'], ['B-LOC', 'B-LOC']],
      [['نيسان', 'الشرق', 'الأوسط'], ['B-ORG', 'B-LOC', 'I-LOC']],
      [['الأمم', 'المتحدة', 'كوفي', 'أنان'], ['B-ORG', 'I-ORG', 'B-PERS', 'I-PERS']],
      [['فرنسا', 'ستيوا'], ['B-LOC', 'B-ORG']],
    ];
    for (const [tokens, tags] of lists) expect(join(tokens, tags), tokens.join(' ')).toEqual(tags);
  });
});

describe('applyNameRules: quoted titles', () => {
  it('tags a short quoted title after the noun of a work as MISC', () => {
    expect(join(['برنامج', '«', 'حوار', 'من', 'القلب', '»', 'الذي'], ['O', 'O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O']);
    expect(join(['بعنوان', '"', 'الدماغ', 'فيها', 'إيه', '"'], ['O', 'O', 'O', 'O', 'B-MISC', 'O'])).toEqual(['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']);
    expect(join(['روايته', '«', 'اللص', 'والكلاب', '»'], ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-MISC', 'I-MISC', 'O']);
  });

  it('leaves quotes after other words, long quotes, unclosed ones and names of another type alone', () => {
    const kept: [string[], string[]][] = [
      [['وقال', '«', 'لن', 'نتراجع', '»'], ['O', 'O', 'O', 'O', 'O']],
      [['مسلسل', '«', 'قلب', 'حبيبة', '»'], ['O', 'O', 'O', 'O', 'O']],
      [['كتاب', '«', 'في', 'تاريخ', 'العرب', 'والعجم', 'والبربر', 'ومن', '»'], ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']],
      [['كتاب', '«', 'تاريخ', 'العرب'], ['O', 'O', 'O', 'O']],
      [['برنامج', '«', 'مايكروسوفت', '»'], ['O', 'O', 'B-ORG', 'O']],
    ];
    for (const [tokens, tags] of kept) expect(join(tokens, tags), tokens.join(' ')).toEqual(tags);
  });
});

describe('applyNameRules: head nouns', () => {
  it('takes حزب, منظمة, جمعية, جبهة and جامعة into the organisation named after them', () => {
    expect(join(['اعدها', 'حزب', 'الليكود', 'خلال'], ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(join(['قمة', 'لمنظمة', 'الفرانكفونية'], ['O', 'O', 'B-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('leaves other heads, heads with the article and heads before other names alone', () => {
    const kept: [string[], string[]][] = [
      [['شركة', 'توتال'], ['O', 'B-ORG']],
      [['صحيفة', 'الأهرام'], ['O', 'B-ORG']],
      [['الحزب', 'الليكود'], ['O', 'B-ORG']],
      [['حزب', 'بوش'], ['O', 'B-PERS']],
    ];
    for (const [tokens, tags] of kept) expect(join(tokens, tags), tokens.join(' ')).toEqual(tags);
  });
});
