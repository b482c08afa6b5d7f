import { describe, expect, it } from 'vitest';
import { joinAdjacentNames } from '../../src/ner/join-names.js';
import { TAG_INDEX, TAGS } from '../../src/ner/tags.js';
import { viewOfString } from '../../src/ner/word-view.js';

/** Joins the names of `tags` over `tokens`, proclitics read as the tagger reads them. */
function join(tokens: string[], tags: string[]): string[] {
  const t = Uint8Array.from(tags, (x) => TAG_INDEX.get(x)!);
  const views = tokens.map((w) => viewOfString(w));
  joinAdjacentNames(t, (i) => views[i].norm !== views[i].base);
  return Array.from(t, (x) => TAGS[x]);
}

describe('joinAdjacentNames', () => {
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
