// The tag set of the tagger: IOB2 over the four ANERcorp types (Benajiba et al. 2007).

/** Entity types of ANERcorp and of `NerSpan`. */
export const NER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** The nine IOB2 tags, in model order: O first, then B-/I- of each type. */
export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** The type of tag index `t` (undefined for O). */
export function tagType(t: number): NerType | undefined {
  return t === 0 ? undefined : NER_TYPES[(t - 1) >> 1];
}

/** Whether tag index `t` is an I- tag. */
export function isInside(t: number): boolean {
  return t > 0 && (t & 1) === 0;
}

/** Calls `visit` for each entity of the tag indexes `tags`: its tokens [start, end) and type. */
export function forEachEntity(tags: Uint8Array, visit: (start: number, end: number, type: NerType) => void): void {
  let i = 0;
  while (i < tags.length) {
    const type = tagType(tags[i]);
    if (!type) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tags.length && isInside(tags[j]) && tagType(tags[j]) === type) j++;
    visit(i, j, type);
    i = j;
  }
}

/** Whether tag `next` may follow tag `prev` in IOB2 (prev = -1 at the start of a sentence). */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  // I-X continues a B-X or I-X of the same type: B-X = 2k+1, I-X = 2k+2.
  return prev === next || prev === next - 1;
}

// Variants found in the corpora (AQMAR writes PER and MIS): folded onto the four types.
const TYPE_ALIASES: ReadonlyMap<string, NerType> = new Map([
  ['PERS', 'PERS'],
  ['PER', 'PERS'],
  ['PERSON', 'PERS'],
  ['LOC', 'LOC'],
  ['LOCATION', 'LOC'],
  ['GPE', 'LOC'],
  ['ORG', 'ORG'],
  ['ORGANIZATION', 'ORG'],
  ['MISC', 'MISC'],
  ['MIS', 'MISC'],
]);

/** The tag index of a tag as written in a corpus (`B-PER` → B-PERS), or -1 if unknown. */
export function parseTag(tag: string): number {
  if (tag === 'O') return 0;
  const m = /^([BI])-(.+)$/.exec(tag);
  if (!m) return -1;
  const name = m[2].toUpperCase();
  // AQMAR numbers its miscellaneous classes (MIS0..MIS3): all are MISC.
  const type = TYPE_ALIASES.get(name) ?? (/^MIS\d$/.test(name) ? 'MISC' : undefined);
  if (!type) return -1;
  return TAG_INDEX.get(`${m[1]}-${type}`)!;
}
