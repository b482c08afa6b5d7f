// Organisations written in Latin letters inside Arabic text.
// - A run of capitalized words ending in a corporate suffix is an ORG wherever it stands:
//   "بالتعاون مع Muroo Systems Corporation", "الشركة اليابانية Komaihaltec Inc.",
//   "Kawasaki Heavy Industries".
// - A run without a suffix is an ORG in an organisation's context: after an org cue or a
//   partner cue (شركة ITOCHU, بالتعاون مع Rönesans), or in a list with another Latin ORG
//   ("Kawasaki Heavy Industries، وRönesans، وITOCHU").
// Lone codes (GTG-2, H3N2, CA+) stay out: they have neither a suffix nor such a context.
import type { Candidate } from '../candidate.js';
import { PRIORITY } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import type { Token } from '../../text/token.js';
import { words } from '../../lexicon/word-lists.js';
import { withoutArticle } from '../token-view.js';

/** Corporate suffixes (compared lowercased, without a final period). */
const SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'ltd',
  'limited',
  'llc',
  'plc',
  'co',
  'company',
  'group',
  'holding',
  'holdings',
  'industries',
  'ag',
  'gmbh',
  'sa',
  'spa',
  'nv',
  'bv',
  'ab',
  'asa',
  'kk',
  'bank',
  'airlines',
  'airways',
  'motors',
  'partners',
  'technologies',
  'systems',
  'energy',
  'petroleum',
  'international',
]);
/** Suffixes that are not part of the name a company is called by (Komaihaltec Inc. = Komaihaltec). */
const LEGAL = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'ltd',
  'limited',
  'llc',
  'plc',
  'co',
  'ag',
  'gmbh',
  'sa',
  'spa',
  'nv',
  'bv',
  'ab',
  'asa',
  'kk',
]);
/** Abbreviated suffixes written with a period that belongs to the name. */
const DOTTED = new Set(['inc', 'corp', 'ltd', 'co']);
/** Small words inside a Latin name (Bank of Tokyo, Procter & Gamble). */
const INNER = new Set(['of', 'and', 'for', 'de', 'du', 'la', 'the', '&']);

/** Arabic words after which a Latin name is an organisation: an organisation cue, with or without
 * the article (شركة، الشركة، هيئة), or another word of an organisation's context (مع، شركاء، صحيفة). */
const ORG_CUES = words('org_cue');
const LATIN_ORG_CONTEXT = words('latin_org_context');
function orgContextWord(t: Token): boolean {
  return ORG_CUES.has(withoutArticle(t)) || LATIN_ORG_CONTEXT.has(t.base);
}

export interface LatinRun {
  start: number;
  /** One past the last token. */
  end: number;
  hasSuffix: boolean;
}

function isCap(ctx: MatchContext, t: Token): boolean {
  return ctx.isCapitalized(t);
}

/** Latin capitalized runs of the document (with inner small words, & and -, and a dotted suffix). */
export function latinRuns(ctx: MatchContext): LatinRun[] {
  const { tokens } = ctx;
  const runs: LatinRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(ctx, tokens[i]) || ctx.isChrome(i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      const t = tokens[end];
      if (!t || t.sentence !== tokens[start].sentence || t.start - tokens[end - 1].end > 1) break;
      if (isCap(ctx, t)) end++;
      else if ((INNER.has(t.text.toLowerCase()) || t.text === '-') && tokens[end + 1] && isCap(ctx, tokens[end + 1])) end += 2;
      else break;
    }
    const last = tokens[end - 1].text.toLowerCase();
    const hasSuffix = end - start >= 2 && SUFFIXES.has(last);
    if (hasSuffix && DOTTED.has(last) && tokens[end]?.text === '.' && tokens[end].start === tokens[end - 1].end) end++;
    runs.push({ start, end, hasSuffix });
    i = end;
  }
  return runs;
}

/** The name a Latin org is grouped by: lowercased, legal suffix and final period dropped. */
export function latinGroup(text: string): string {
  const words = text.replace(/\.$/, '').split(/\s+/);
  while (words.length > 1 && LEGAL.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''))) words.pop();
  return 'latin:' + words.join(' ').toLowerCase();
}

/** The Arabic word before token i, skipping one nisba-like adjective (الشركة اليابانية X). */
function contextBefore(ctx: MatchContext, i: number): boolean {
  const { tokens } = ctx;
  let j = i - 1;
  while (j >= 0 && ctx.isPunct(tokens[j], '"«“\'(')) j--;
  const prev = tokens[j];
  if (!prev || prev.sentence !== tokens[i].sentence) return false;
  if (prev.kind === 'arabic' && orgContextWord(prev)) return true;
  // A cue and one adjective: الشركة اليابانية Komaihaltec Inc.
  const prev2 = tokens[j - 1];
  return prev.kind === 'arabic' && prev2 !== undefined && prev2.kind === 'arabic' && orgContextWord(prev2) && prev.base.endsWith('يه');
}

/** Latin org candidates: suffixed runs, runs in an org context, and their list neighbours. */
export function matchLatinOrgs(ctx: MatchContext, known: (i: number) => boolean): Candidate[] {
  const { tokens, text } = ctx;
  const runs = latinRuns(ctx);
  const accepted = new Set<LatinRun>();
  // A run the lexicons know (JICA, Kawasaki Heavy Industries) is an ORG already: it anchors a
  // list, but is not proposed again.
  const lexical = new Set(runs.filter((r) => known(r.start)));
  for (const r of lexical) accepted.add(r);
  for (const r of runs) {
    // A lone short all-caps word (GIS, CA) needs more than a preposition before it.
    const lone = r.end - r.start === 1 && tokens[r.start].kind === 'alnum';
    if (r.hasSuffix || (!lone && contextBefore(ctx, r.start))) accepted.add(r);
  }
  // List neighbours: "X، وY، وZ" where one item is already an ORG.
  let grew = true;
  while (grew) {
    grew = false;
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k];
      if (accepted.has(r) || tokens[r.start].kind === 'alnum') continue;
      const before = runs[k - 1];
      const after = runs[k + 1];
      if (
        (before && accepted.has(before) && listed(ctx, before.end, r.start)) ||
        (after && accepted.has(after) && listed(ctx, r.end, after.start))
      ) {
        accepted.add(r);
        grew = true;
      }
    }
  }
  const out: Candidate[] = [];
  for (const r of runs) {
    if (!accepted.has(r) || lexical.has(r)) continue;
    const start = tokens[r.start].start;
    const end = tokens[r.end - 1].end;
    const surface = text.slice(start, end);
    out.push({
      tokenStart: r.start,
      tokenEnd: r.end,
      start,
      end,
      type: 'ORG',
      key: null,
      name: surface,
      nameEn: surface,
      via: 'pattern',
      rule: r.hasSuffix ? 'latin-org-suffix' : 'latin-org-context',
      priority: PRIORITY.pattern,
      group: latinGroup(surface),
      // Without its legal suffix the company is named again later (Komaihaltec Inc. → Komaihaltec).
      aliases: bareEnd(tokens, r) > r.start && bareEnd(tokens, r) < r.end ? [{ from: r.start, to: bareEnd(tokens, r) }] : undefined,
    });
  }
  return out;
}

/** One past the last token of the run without its legal suffix and final period. */
function bareEnd(tokens: { text: string }[], r: LatinRun): number {
  let end = r.end;
  if (tokens[end - 1].text === '.') end--;
  while (end - r.start > 1 && LEGAL.has(tokens[end - 1].text.toLowerCase())) end--;
  return end;
}

/** Tokens between two list items are only a comma and/or و. */
function listed(ctx: MatchContext, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    if (!(ctx.isPunct(t, ',،') || t.norm === 'و')) return false;
  }
  return ctx.sameSentence(from, to);
}
