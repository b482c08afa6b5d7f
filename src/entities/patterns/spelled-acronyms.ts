// Acronyms spelled in Arabic letters and joined by dots: سي.إن.إن، بي.بي.سي، إف.بي.آي، إن.تي.في، د.ب.أ.
// The tokenizer splits them at the dots, and the lexicons list them with spaces (سي إن إن), so that
// only a piece was read (ORG سي of سي.إن.إن, ORG بي.بي of بي.بي.سي) or nothing (إف.بي.آي، د.ب.أ).
// ../shared/unlabeled writes three or more such parts joined by dots about 1,000 times (د.ب.أ 71,
// سي.إن.إن 60, بي.بي.سي 56, إف.بي.آي 30, سي.بي.إس 28, إن.بي.سي 27, إيه.بي.سي 25, إن.تي.في 24,
// سي.آي.إيه 17, سي.إن.بي.سي 16 ...), nearly all organisations: news agencies and channels, agencies,
// banks and companies. A run is read when its parts are the Arabic names of Latin letters
// (spelled_latin_letter: سي، إن، بي، إيه ...), or single letters the lexicon knows as a whole (د.ب.أ is
// DPA; a run of single letters is as often a person's initials, المواطن ع.م.ح). What is no organisation is
// listed (spelled_non_org: آي.أو.إس iOS, جي.بي.إس GPS, دي.إن.إيه DNA, يو.إس.بي USB, ش.م.ع a company's legal form), and a
// model's code is left out (فئة دي.دي.جي-51، المعروفة باسم "جي.إل.سي"). Initials before a family name are read as an
// organisation still (جيه.آر.آر تولكين: 2 of about 40 runs read on sample3k).
import type { Candidate } from '../candidate.js';
import { PRIORITY } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { matchForm, withoutArticle } from '../token-view.js';
import type { Token } from '../../text/token.js';
import { words, wordsOf } from '../../lexicon/word-lists.js';
import { foldString } from '../../text/normalize/index.js';

/** The Arabic names of Latin letters, folded (بي، سي، إن، إيه، إتش، دبليو ...). */
const LETTERS = words('spelled_latin_letter');
/** Dotted runs that name no organisation (a system, a molecule, a port, a legal form), folded, parts joined by dots. */
const NOT_ORGS = new Set([...words('spelled_non_org')].map((w) => foldString(w)));
/**
 * Words before a run that make it a product's or a model's code (فئة دي.دي.جي-51، المعروفة باسم "جي.إل.سي"): the
 * devices of device_cue and spelled_product_before.
 */
const PRODUCT_BEFORE = wordsOf(['device_cue', 'spelled_product_before']);
/** Proclitics the tokenizer leaves on a run's first part (وتي.إن.تي، والسي.آي.إيه). */
const LEADING = /^(?:[وفب]?ال|لل|[وفبل])/;

/** Whether a token is a dot that joins two parts, with no space on either side. */
function joiningDot(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[i + 1];
  return !!t && !!before && !!after && t.kind === 'punct' && t.text === '.' && before.end === t.start && t.end === after.start;
}

/** A part after the first: a letter's name or a single Arabic letter, with no clitic. */
function partForm(t: Token): string | null {
  if (t.kind !== 'arabic' || t.norm.length > 4) return null;
  return LETTERS.has(t.norm) || t.norm.length === 1 ? t.norm : null;
}

/**
 * Tokens [from, to) spell, with spaces, a run that names no organisation (جي بي إس GPS, يو إس بي USB):
 * the tagger reads them as one (sample3k: جي بي إس 7 times in 3 articles; ../shared/unlabeled writes it 29 times).
 */
export function spelledNonOrg(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    const form = partForm(tokens[k]);
    if (!form) return false;
    parts.push(form);
  }
  return NOT_ORGS.has(parts.join('.'));
}

export function matchSpelledAcronyms(ctx: MatchContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    const first = tokens[i];
    if (first.kind !== 'arabic' || !joiningDot(ctx, i + 1)) continue;
    if (i > 0 && joiningDot(ctx, i - 1)) continue;
    // The first part, without a proclitic the tokenizer left on it (its text and its folded form keep length).
    let part = first.norm;
    if (!LETTERS.has(part) && part.length > 1) {
      const m = LEADING.exec(part);
      part = m ? part.slice(m[0].length) : part;
    }
    if (!(LETTERS.has(part) || part.length === 1) || first.text.length !== first.norm.length) continue;
    const parts = [part];
    let j = i + 1;
    while (joiningDot(ctx, j)) {
      const form = partForm(tokens[j + 1]);
      if (!form) break;
      parts.push(form);
      j += 2;
    }
    if (parts.length < 3) continue;
    const end = j - 1;
    if (NOT_ORGS.has(parts.join('.'))) continue;
    // A model's code: a number joined by a hyphen after it (دي.دي.جي-51), or a product word before it.
    const dash = tokens[end + 1];
    if (dash && dash.text === '-' && dash.start === tokens[end].end && tokens[end + 2]?.kind === 'number') continue;
    let b = i - 1;
    while (b >= 0 && tokens[b].kind === 'punct' && i - b <= 2) b--;
    if (b >= 0 && tokens[b].kind === 'arabic' && (PRODUCT_BEFORE.has(withoutArticle(tokens[b])) || PRODUCT_BEFORE.has(tokens[b].norm)))
      continue;
    // The lexicon's name for the letters (سي إن إن is CNN), walked through its trie.
    let node = ctx.gaz.trie.root.get(parts[0]);
    for (let k = i + 2; node && k <= end; k += 2) node = node.next?.get(matchForm(tokens[k]));
    const known = node?.values?.find((v) => v.type === 'ORG');
    if (!known && parts.every((p) => p.length === 1)) continue;
    const start = first.end - part.length;
    const e = tokens[end].end;
    out.push({
      tokenStart: i,
      tokenEnd: end + 1,
      start,
      end: e,
      type: 'ORG',
      key: known?.key ?? null,
      name: known?.name ?? text.slice(start, e),
      nameEn: known?.nameEn ?? null,
      country: known?.country,
      via: 'pattern',
      rule: 'spelled-acronym',
      priority: PRIORITY.pattern,
    });
    i = end;
  }
  return out;
}
