// Two names the tagger put side by side, with no و or preposition glued to the second, are
// usually one name it split: a club called after its city (اتحاد طنجة، ستيوا بوخارست: ORG then
// a one-word LOC) and a person's name cut in two (كرستيانو | رونالدو). Lists and relations keep
// their clitic (لبنان وإسرائيل، الناتو بأفغانستان) and stay apart; so do two places (سويسرا
// فنلندا, a list without و) and a place of more than one word (نيسان | الشرق الأوسط).
// Measured on ANERcorp (README of data/models).
import { forEachEntity, TAG_INDEX } from './tags.js';

const I_ORG = TAG_INDEX.get('I-ORG')!;
const I_PERS = TAG_INDEX.get('I-PERS')!;

/**
 * Joins adjacent names in `tags` (tag indexes, changed in place); `proclitic(i)` says whether
 * token i carries a proclitic.
 */
export function joinAdjacentNames(tags: Uint8Array, proclitic: (i: number) => boolean): void {
  let prevEnd = -1;
  let prevType = '';
  forEachEntity(tags, (start, end, type) => {
    if (start === prevEnd && !proclitic(start)) {
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
