// The forms under which an entity name is compared with a mention: the foundation's fold
// (alef forms, ى/ي, ة/ه, diacritics, tatweel) and clitic stripping, word by word, through the
// tokenizer, so that the mention «لآسيا الوسطى» finds the gold name «آسيا الوسطى» and
// «والأمم المتحدة» finds «الأمم المتحدة». Punctuation is dropped (بشكيك-أوش = بشكيك أوش) and
// Latin letters are lower-cased (ITOCHU = Itochu).
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';

export interface NameForms {
  /** Words with proclitics removed, article kept (للطاقة → الطاقه). */
  base: string;
  /** Words with every clitic removed (بالتعاون → تعاون). */
  stem: string;
}

export type NameNormalizer = (name: string) => NameForms;

/** A normalizer using the tokenizer's `base` and `stem` (memoized per name). */
export function tokenNameForms(knowledge: WordKnowledge = defaultWordKnowledge()): NameNormalizer {
  const memo = new Map<string, NameForms>();
  return (name) => {
    let forms = memo.get(name);
    if (!forms) {
      const words = tokenize(name, 0, name.length, knowledge).filter((t) => t.kind !== 'punct' && t.kind !== 'symbol');
      const lower = (s: string) => s.toLowerCase();
      forms = { base: words.map((t) => lower(t.base)).join(' '), stem: words.map((t) => lower(t.stem)).join(' ') };
      memo.set(name, forms);
    }
    return forms;
  };
}

/** Whether two names are the same once normalized: same base forms, or same stems. */
export function sameName(a: NameForms, b: NameForms): boolean {
  if (a.base === '' || b.base === '') return false;
  return a.base === b.base || a.stem === b.stem;
}
