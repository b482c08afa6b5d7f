// Rules applied to the tagger's names of a sentence before they are carried to other sentences
// (propagate.ts). Measured on ANERcorp and AQMAR (README of data/models).
//
// Two names side by side, with no و or preposition glued to the second, are usually one name
// the tagger split: a club called after its city (اتحاد طنجة، ستيوا بوخارست: ORG then a one-word
// LOC) and a person's name cut in two (كرستيانو | رونالدو). Lists and relations keep their
// clitic (لبنان وإسرائيل، الناتو بأفغانستان) and stay apart; so do two places (سويسرا فنلندا, a
// list without و) and a place of more than one word (نيسان | الشرق الأوسط).
//
// An ORG of proper names leaves a trailing nisba out (توتال الفرنسية): see trailingNisbas.
//
// A short quoted title after the noun of a work (فيلم، رواية، كتاب، برنامج، بعنوان) is the work's
// name, MISC as ANERcorp tags works (أولاد حارتنا): برنامج « حوار من القلب ». مسلسل is left
// out: ANERcorp's training part leaves the quoted titles of series untagged.
import { QUOTE_CLOSE, QUOTE_OPEN, QUOTE_STRAIGHT } from './features.js';
import { forEachEntity, TAG_INDEX } from './tags.js';
import { words } from '../lexicon/word-lists.js';

/** What the rules read of a token (a WordFeatures has it). */
export interface NameWord {
  stem: string;
  /** The word carries the article (الحزب): it is no head of a construct (حزب الليكود). */
  article: boolean;
  /** The word carries a proclitic (و، ف، ب، ل، ك، س). */
  proclitic: boolean;
  /** Quote bits of the token (features.ts quoteBits). */
  quote: number;
  /** A country or region adjective of the lexicons (الفرنسية). */
  nisba: boolean;
  /** A plain word more than a name (frequent in the vocabulary). */
  common: boolean;
}

const B_ORG = TAG_INDEX.get('B-ORG')!;
const I_ORG = TAG_INDEX.get('I-ORG')!;
const I_PERS = TAG_INDEX.get('I-PERS')!;
const B_MISC = TAG_INDEX.get('B-MISC')!;
const I_MISC = TAG_INDEX.get('I-MISC')!;

/** Stems of the nouns of a work whose quoted title follows (بعنوان gives عنوان). */
const WORK_NOUNS: ReadonlySet<string> = words('work_noun');
/** Longest quoted title, in tokens. */
const MAX_TITLE = 5;

/**
 * Head nouns that ANERcorp counts as part of the organisation's name (حزب الليكود, منظمة التحرير,
 * جامعة القاهرة: in its training part حزب is inside the name 89 times out of 89, منظمة 34/34,
 * جامعة 38/45), unlike شركة, صحيفة, حركة and نادي (1/20, 0/14, 5/20, 9/31), left out.
 */
const NAME_HEADS: ReadonlySet<string> = words('name_rule_head');

/** Applies the rules to `tags` (tag indexes of the sentence's `words`, changed in place). */
export function applyNameRules(tags: Uint8Array, words: readonly NameWord[]): void {
  quotedTitles(tags, words);
  joinAdjacentNames(tags, words);
  nameHeads(tags, words);
  trailingNisbas(tags, words);
}

/**
 * A company or club named by a proper name leaves the nisba after it out of its name, as ANERcorp
 * writes them (توتال الفرنسية، نوكيا الفنلندية: 53 nisbas after an ORG in its training part), while
 * names of plain words keep theirs (منظمة التحرير الفلسطينية، الخطوط الجوية البريطانية: 10). A
 * proper name here is words with no article and none frequent in the vocabulary.
 */
export function trailingNisbas(tags: Uint8Array, words: readonly NameWord[]): void {
  forEachEntity(tags, (start, end, type) => {
    if (type !== 'ORG' || end - start < 2 || !words[end - 1].nisba) return;
    for (let k = start; k < end - 1; k++) if (words[k].common || words[k].nisba || words[k].article) return;
    tags[end - 1] = 0;
  });
}

/** Takes an untagged head noun (حزب) into the organisation named right after it. */
export function nameHeads(tags: Uint8Array, words: readonly NameWord[]): void {
  forEachEntity(tags, (start, _end, type) => {
    if (type !== 'ORG' || start === 0 || tags[start - 1] !== 0) return;
    const head = words[start - 1];
    if (head.article || !NAME_HEADS.has(head.stem)) return;
    tags[start - 1] = B_ORG;
    tags[start] = I_ORG;
  });
}

/** Joins adjacent names (see the head of this file). */
export function joinAdjacentNames(tags: Uint8Array, words: readonly NameWord[]): void {
  let prevEnd = -1;
  let prevType = '';
  forEachEntity(tags, (start, end, type) => {
    if (start === prevEnd && !words[start].proclitic) {
      if (prevType === 'ORG' && type === 'LOC' && end - start === 1) {
        tags[start] = I_ORG;
        type = 'ORG';
      } else if (prevType === 'PERS' && type === 'PERS') {
        tags[start] = I_PERS;
      }
    }
    prevEnd = end;
    prevType = type;
  });
}

/** Tags a short quoted title after the noun of a work as MISC, unless the tagger saw another type in it. */
export function quotedTitles(tags: Uint8Array, words: readonly NameWord[]): void {
  const n = tags.length;
  for (let i = 1; i + 2 < n; i++) {
    if ((words[i].quote & (QUOTE_OPEN | QUOTE_STRAIGHT)) === 0 || !WORK_NOUNS.has(words[i - 1].stem)) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_TITLE && (words[j].quote & (QUOTE_CLOSE | QUOTE_STRAIGHT)) === 0) j++;
    if (j >= n || j - i > MAX_TITLE || j === i + 1) continue;
    let free = true;
    for (let k = i + 1; k < j && free; k++) free = tags[k] === 0 || tags[k] === B_MISC || tags[k] === I_MISC;
    if (!free) continue;
    tags[i + 1] = B_MISC;
    for (let k = i + 2; k < j; k++) tags[k] = I_MISC;
    i = j;
  }
}
