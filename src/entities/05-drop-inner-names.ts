// Step 5b (resolve, continued): names inside the name of a street, a road or a building are not
// mentions of what they are named after (issue 16): "طريق قابس" in an article on the Sfax metro is
// a road of Sfax, not the city of Gabes; "شارع فلسطين" is a street, not Palestine; "مستشفى الملك
// فيصل" names no king. ../shared/unlabeled has 311 "طريق|شارع|نهج + a city or country" in 163
// articles of 20 outlets (طريق مكة 81, طريق الرياض 62, شارع فلسطين 16, طريق المهدية 3).
// "عن طريق X" is "by way of X" and "الطريق إلى X" "the road to X": the place stays. So do the
// places a road links (طريق بشكيك-أوش، طريق مكة جدة السريع): the road is between them, the
// places are the article's.
import type { Candidate } from './candidate.js';
import type { MatchContext } from './match-context.js';
import { words } from '../lexicon/word-lists.js';

/** Words that name a street, road or building by what follows them (folded, indefinite). */
const STREET_WORDS = words('street_word');
/**
 * Words that name a place or body after a person (مركز الملك فهد للأورام، مسجد الإمام الصادق): the person
 * is no mention; places after them stay. Project heads (مطار الملكة علياء) are left out: the project stage
 * names the project by the person. ../shared/unlabeled every 24th line (3,015 articles): 62 person
 * mentions dropped (88 with the project heads), those sampled all inside such a name.
 */
const PERSON_NAMING_WORDS = new Set([...STREET_WORDS, ...words('eponym_head')]);
/** How far before a name the street word may stand: طريق منزل شاكر (a town named منزل شاكر). */
const MAX_GAP = 2;
const DROPPED = new Set(['COUNTRY', 'CITY', 'REGION', 'PERSON']);

/** The kept candidates without the ones that only name a street or building. */
export function dropInnerNames(ctx: MatchContext, kept: Candidate[]): Candidate[] {
  const starts = new Set(kept.map((c) => c.tokenStart));
  const ends = new Set(kept.map((c) => c.tokenEnd));
  const { tokens } = ctx;
  const dash = (t: { kind: string; text: string } | undefined): boolean => !!t && t.kind === 'punct' && '-–—'.includes(t.text);
  // A place joined to another by a dash or standing next to one is one end of a link.
  const linked = (c: Candidate): boolean =>
    (starts.has(c.tokenEnd) && !tokens[c.tokenEnd].clitics.some((k) => k.type === 'prep')) ||
    (dash(tokens[c.tokenEnd]) && starts.has(c.tokenEnd + 1)) ||
    ends.has(c.tokenStart) ||
    (dash(tokens[c.tokenStart - 1]) && ends.has(c.tokenStart - 1));
  return kept.filter(
    (c) =>
      !DROPPED.has(c.type) ||
      c.via === 'nisba' ||
      !afterStreetWord(ctx, c.tokenStart, c.type === 'PERSON' ? PERSON_NAMING_WORDS : STREET_WORDS) ||
      linked(c),
  );
}

function afterStreetWord(ctx: MatchContext, i: number, streetWords: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  // A name with a preposition is the road's complement, not its name: طريق جديد لأوروبا.
  if (tokens[i].clitics.some((c) => c.type === 'prep' || c.type === 'conj')) return false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_GAP; k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence || t.kind !== 'arabic') return false;
    // Only the word right before may carry a proclitic (بطريق المهدية, وطريق مكة).
    if (streetWords.has(t.base) && !t.base.startsWith('ال')) {
      const before = tokens[k - 1];
      return !(before && before.norm === 'عن' && before.sentence === t.sentence);
    }
    // A word between the street word and the name is part of the name (طريق منزل شاكر), so it
    // carries no clitic and is no function word.
    // A title between them is the person's (ملعب الأمير عبدالله الفيصل، متنزه الأمير متعب).
    if (t.stop || (t.clitics.length > 0 && !ctx.cueAt(k))) return false;
  }
  return false;
}
