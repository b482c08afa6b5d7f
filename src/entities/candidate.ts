// A candidate mention: what a matcher proposes before overlaps are resolved and mentions are
// grouped into entities.
import type { EntityType, MentionVia } from '../model/types.js';
import type { Token } from '../text/token.js';

export interface Candidate {
  /** Token range [tokenStart, tokenEnd) the mention covers. */
  tokenStart: number;
  tokenEnd: number;
  /** Source span of the mention (proclitics of the first token left out). */
  start: number;
  end: number;
  type: EntityType;
  /** Lexicon key (ISO code for a country), or null for a name no lexicon has. */
  key: string | null;
  /** Canonical Arabic name (the lexicon's, or the surface for a pattern). */
  name: string;
  nameEn: string | null;
  via: MentionVia;
  /** The rule that proposed it (lexicon, org-cue, latin-org, role-name, ...), for messages and tests. */
  rule: string;
  /** Among candidates of the same span, the lowest wins (lexicon names before patterns before the model). */
  priority: number;
  /** An EVENT or facility name that keeps the places named inside it (معرض أوساكا 2025 keeps أوساكا). */
  container?: boolean;
  /** For entities without a key: what groups mentions into one entity (folded name, linked name). */
  group?: string;
  /** ISO code of the country the place or org is in, when the lexicon says. */
  country?: string;
  /** The lexicon's subtype of the entry (org: media, bank, ...; location: field, port, ...). */
  subtype?: string;
  /**
   * Token ranges of shorter forms that, found later in the article, mention the same entity:
   * a person's family name (الشيحة), an event's cue and ordinal (القمة الأولى), a river's name
   * without its cue (إرتيش).
   */
  aliases?: { from: number; to: number }[];
}

/** Priorities of the matchers: on the same span, a lexicon name beats a pattern beats the model. */
export const PRIORITY = { lexicon: 0, acronym: 1, pattern: 2, nisba: 3, model: 4 } as const;

/**
 * The group of a name no lexicon has: its tokens' forms (the first without proclitics, folded),
 * so that every matcher groups the same name alike ("بارنت مار" from a title and from the tagger).
 */
export function formsGroup(tokens: readonly Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(k === from ? tokens[k].base : tokens[k].norm);
  return 'name:' + parts.join(' ');
}

/**
 * A name a pattern found over tokens [from, to), from offset `start` (after any proclitics) to the
 * last token's end: no key, named as written, grouped by its forms from token `groupFrom` (a cue
 * the mention holds may stay out of the group: نهر إرتيش ... إرتيش).
 */
export function patternCandidate(
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
  start: number,
  type: Candidate['type'],
  rule: string,
  groupFrom = from,
): Candidate {
  const end = tokens[to - 1].end;
  return {
    tokenStart: from,
    tokenEnd: to,
    start,
    end,
    type,
    key: null,
    name: text.slice(start, end),
    nameEn: null,
    via: 'pattern',
    rule,
    priority: PRIORITY.pattern,
    group: formsGroup(tokens, groupFrom, to),
  };
}
