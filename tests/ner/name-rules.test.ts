import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/ner/load-model.js';
import { applyNameRules } from '../../src/ner/name-rules.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { TAG_INDEX, TAGS } from '../../src/ner/tags.js';

// The committed model's extractor reads the words as the tagger does (its lexicon names included).
const extractor = new NerTagger(loadModel()).extractor;

/** Applies the rules to `tags` over `tokens`, the words read as the tagger reads them. */
function join(tokens: string[], tags: string[]): string[] {
  const t = Uint8Array.from(tags, (x) => TAG_INDEX.get(x)!);
  applyNameRules(
    t,
    tokens.map((w) => extractor.word(w)),
  );
  return Array.from(t, (x) => TAGS[x]);
}

/** Each sentence's tags come out of the rules as they went in. */
function expectUnchanged(cases: [string[], string[]][]): void {
  for (const [tokens, tags] of cases) expect(join(tokens, tags), tokens.join(' ')).toEqual(tags);
}

describe('applyNameRules: adjacent names', () => {
  it('reads an organisation followed by a one-word place as one club name', () => {
    expect(join(['امام', 'ستيوا', 'بوخارست', 'امس'], ['O', 'B-ORG', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(join(['فريق', 'اتحاد', 'طنجة'], ['O', 'B-ORG', 'B-LOC'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('reads two person names side by side as one person', () => {
    expect(join(['سجل', 'كرستيانو', 'رونالدو', 'هدفا'], ['O', 'B-PERS', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(join(['سجل', 'محمد', 'بن', 'راشد', 'مكتوم'], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-PERS'])).toEqual([
      'O',
      'B-PERS',
      'I-PERS',
      'I-PERS',
      'I-PERS',
    ]);
  });

  it('keeps names apart where the second carries و or a preposition, or the types do not fit', () => {
    expectUnchanged([
      [
        ['بوش', 'وبلير'],
        ['B-PERS', 'B-PERS'],
      ],
      [
        ['الناتو', 'بأفغانستان'],
        ['B-ORG', 'B-LOC'],
      ],
      [
        ['الاتحاد', 'الأوروبي', 'والصين'],
        ['B-ORG', 'I-ORG', 'B-LOC'],
      ],
      [
        ['سويسرا', 'فنلندا'],
        ['B-LOC', 'B-LOC'],
      ],
      [
        ['نيسان', 'الشرق', 'الأوسط'],
        ['B-ORG', 'B-LOC', 'I-LOC'],
      ],
      [
        ['الأمم', 'المتحدة', 'كوفي', 'أنان'],
        ['B-ORG', 'I-ORG', 'B-PERS', 'I-PERS'],
      ],
      [
        ['فرنسا', 'ستيوا'],
        ['B-LOC', 'B-ORG'],
      ],
    ]);
  });
});

describe('applyNameRules: quoted titles', () => {
  it('tags a short quoted title after the noun of a work as MISC', () => {
    expect(join(['برنامج', '«', 'حوار', 'من', 'القلب', '»', 'الذي'], ['O', 'O', 'O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'O',
      'B-MISC',
      'I-MISC',
      'I-MISC',
      'O',
      'O',
    ]);
    expect(join(['بعنوان', '"', 'الدماغ', 'فيها', 'إيه', '"'], ['O', 'O', 'O', 'O', 'B-MISC', 'O'])).toEqual([
      'O',
      'O',
      'B-MISC',
      'I-MISC',
      'I-MISC',
      'O',
    ]);
    expect(join(['روايته', '«', 'اللص', 'والكلاب', '»'], ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-MISC', 'I-MISC', 'O']);
  });

  it('leaves quotes after other words, long quotes, unclosed ones and names of another type alone', () => {
    expectUnchanged([
      [
        ['وقال', '«', 'لن', 'نتراجع', '»'],
        ['O', 'O', 'O', 'O', 'O'],
      ],
      [
        ['مسلسل', '«', 'قلب', 'حبيبة', '»'],
        ['O', 'O', 'O', 'O', 'O'],
      ],
      [
        ['كتاب', '«', 'في', 'تاريخ', 'العرب', 'والعجم', 'والبربر', 'ومن', '»'],
        ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
      ],
      [
        ['كتاب', '«', 'تاريخ', 'العرب'],
        ['O', 'O', 'O', 'O'],
      ],
      [
        ['برنامج', '«', 'مايكروسوفت', '»'],
        ['O', 'O', 'B-ORG', 'O'],
      ],
    ]);
  });
});

describe('applyNameRules: head nouns', () => {
  it('takes حزب, منظمة, جمعية, جبهة and جامعة into the organisation named after them', () => {
    expect(join(['اعدها', 'حزب', 'الليكود', 'خلال'], ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(join(['قمة', 'لمنظمة', 'الفرانكفونية'], ['O', 'O', 'B-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('leaves other heads, heads with the article and heads before other names alone', () => {
    expectUnchanged([
      [
        ['شركة', 'توتال'],
        ['O', 'B-ORG'],
      ],
      [
        ['صحيفة', 'الأهرام'],
        ['O', 'B-ORG'],
      ],
      [
        ['الحزب', 'الليكود'],
        ['O', 'B-ORG'],
      ],
      [
        ['حزب', 'بوش'],
        ['O', 'B-PERS'],
      ],
    ]);
  });
});

describe('applyNameRules: trailing nisbas', () => {
  it('leaves the nisba after a proper name out of the organisation', () => {
    expect(join(['تستثمرها', 'شركة', 'توتال', 'الفرنسية'], ['O', 'O', 'B-ORG', 'I-ORG'])).toEqual(['O', 'O', 'B-ORG', 'O']);
    expect(join(['أعلنت', 'نوكيا', 'الفنلندية'], ['O', 'B-ORG', 'I-ORG'])).toEqual(['O', 'B-ORG', 'O']);
  });

  it('keeps it in names of plain words, definite words and one-word names', () => {
    expectUnchanged([
      [
        ['منظمة', 'التحرير', 'الفلسطينية'],
        ['B-ORG', 'I-ORG', 'I-ORG'],
      ],
      [
        ['للبنك', 'المركزي', 'الأوروبي'],
        ['B-ORG', 'I-ORG', 'I-ORG'],
      ],
      [
        ['للجامعة', 'العربية'],
        ['B-ORG', 'I-ORG'],
      ],
      [['الفرنسية'], ['B-ORG']],
    ]);
  });
});
