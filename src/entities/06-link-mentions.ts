// Step 6 (annotate, first half): mentions that stand for an entity already found.
// - An acronym in parentheses after an organisation is that organisation:
//   "وكالة اليابان للتعاون الدولي (JICA)"; a later JICA joins it too.
// - A name found by a pattern or the model, and its shorter forms (a person's family name, an
//   event's cue and ordinal, a river's name without نهر), mention the same entity wherever they
//   occur again outside the mentions already taken: "زياد الشيحة ... قال الشيحة".
import type { MentionVia } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { Candidate } from './candidate.js';
import { PRIORITY } from './candidate.js';
import type { MatchContext } from './match-context.js';
import { NameTrie, type TrieNode } from './name-trie.js';
import { firstForms, innerForms, matchForm, strippedFormKnown } from './token-view.js';
import { DocTypeFlag } from '../text/type-flag.js';
import { isFacilityAdjective } from './patterns/place-cues.js';
import type { Token } from '../text/token.js';

/** Per word type, for the document in hand: may it start one of the names the document found (64 KB). */
const MAY_START_LOCAL = new DocTypeFlag();

/** The identity fields a linked mention copies from the entity it joins. */
function adopt(target: Candidate, c: Candidate): Candidate {
  return {
    ...c,
    type: target.type,
    key: target.key,
    name: target.name,
    nameEn: target.nameEn,
    group: target.group,
    country: target.country,
  };
}

/** Links parenthesized acronyms and adds re-mentions; returns all mentions in text order. */
export function linkMentions(ctx: MatchContext, kept: Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  const byStart = new Map<number, Candidate>();
  for (const c of kept) if (!byStart.has(c.tokenStart)) byStart.set(c.tokenStart, c);
  const out = [...kept];
  // Where each kept candidate stands in `out` (searching `out` for each acronym was quadratic).
  const position = new Map<Candidate, number>(kept.map((c, i) => [c, i]));

  // Acronyms in parentheses.
  const acronymTargets: { forms: string[]; target: Candidate }[] = [];
  for (const c of kept) {
    if (c.type !== 'ORG') continue;
    const open = tokens[c.tokenEnd];
    if (!ctx.isPunct(open, '(') || !ctx.sameSentence(c.tokenStart, c.tokenEnd)) continue;
    const inner = tokens[c.tokenEnd + 1];
    const close = tokens[c.tokenEnd + 2];
    if (!inner || !ctx.isPunct(close, ')') || !(inner.kind === 'latin' || inner.kind === 'alnum' || inner.kind === 'arabic')) continue;
    if (inner.kind === 'latin' && inner.text !== inner.text.toUpperCase()) continue;
    const existing = byStart.get(inner.index);
    if (existing) {
      if (existing.type === 'ORG' && (existing.key === null || existing.key === c.key)) {
        const linked = adopt(c, existing);
        const at = position.get(existing);
        if (at !== undefined) {
          out[at] = { ...linked, via: 'acronym' };
          position.delete(existing);
        }
        acronymTargets.push({ forms: [matchForm(inner)], target: c });
      }
      continue;
    }
    out.push(
      adopt(c, {
        ...c,
        tokenStart: inner.index,
        tokenEnd: inner.index + 1,
        start: inner.start,
        end: inner.end,
        via: 'acronym',
        rule: 'acronym-in-parentheses',
        priority: PRIORITY.acronym,
        container: false,
        aliases: undefined,
      }),
    );
    acronymTargets.push({ forms: [matchForm(inner)], target: c });
  }

  // Re-mentions of names no lexicon has.
  const local = new NameTrie<{ target: Candidate; via: MentionVia }>();
  // whole: the name holds its first word with the letters the clitic splitter took off (مديرية باقم:
  // ب + اقم to the splitter), so the word is re-mentioned whole (في باقم، "باقم"), not as اقم.
  const formsOf = (from: number, to: number, whole = false): string[] => {
    const f: string[] = [];
    for (let k = from; k < to; k++)
      f.push(k === from && !whole ? (tokens[k].kind === 'arabic' ? tokens[k].base : matchForm(tokens[k])) : matchForm(tokens[k]));
    return f;
  };
  for (const c of out) {
    // A club's short name the tagger found (أتلتيكو of أتلتيكو مدريد, 05-read-clubs) is re-mentioned
    // as the club wherever the word stands again.
    if ((c.key !== null && c.rule !== 'club-word') || (c.via !== 'pattern' && c.via !== 'model')) continue;
    const first = tokens[c.tokenStart];
    const whole = c.via === 'pattern' && c.start === first.start && first.kind === 'arabic' && first.base !== first.norm;
    local.add(formsOf(c.tokenStart, c.tokenEnd, whole), { target: c, via: c.via });
    for (const a of c.aliases ?? []) local.add(formsOf(a.from, a.to), { target: c, via: c.via });
  }
  for (const a of acronymTargets) local.add(a.forms, { target: a.target, via: 'acronym' });
  // The tagger's span with the very words of a name a rule found elsewhere in the article is
  // that name: في "أم الشيف" (the tagger: ORG) after مكمن "أم الشيف" (a place cue).
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c.via !== 'model') continue;
    let node: TrieNode<{ target: Candidate; via: MentionVia }> | undefined = local.root.get(formsOf(c.tokenStart, c.tokenEnd)[0]);
    for (const f of formsOf(c.tokenStart, c.tokenEnd).slice(1)) node = node?.next?.get(f);
    const target = node?.values?.find((v) => v.target.via === 'pattern')?.target;
    if (target && target !== c) out[k] = adopt(target, c);
  }
  if (local.entries === 0) return unifyOrgSpellings(ctx, unifyOrgs(ctx, unifyPersons(ctx, out))).sort((a, b) => a.start - b.start);

  const covered = new Uint8Array(tokens.length);
  for (const c of out) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
  const known = (f: string): boolean => local.starts(f);
  // Whether a word may start one of the document's names: its answer depends only on the word
  // type and this document's names, so it is asked once per type of the document, not per token.
  const mayStart = (t: Token): boolean =>
    local.starts(matchForm(t)) || local.starts(t.base) || (t.kind === 'arabic' && strippedFormKnown(t, known));
  MAY_START_LOCAL.reset();
  const ids = ctx.typeIds;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || ctx.isChrome(i)) continue;
    const t0 = tokens[i];
    if (!MAY_START_LOCAL.ofType(ids[i], t0, mayStart)) continue;
    let best: { end: number; start: number; target: Candidate; via: MentionVia } | null = null;
    for (const f of firstForms(text, tokens[i], known)) {
      let node: TrieNode<{ target: Candidate; via: MentionVia }> | undefined = local.root.get(f.form);
      let j = i;
      while (node) {
        if (node.values && (!best || j + 1 > best.end)) best = { end: j + 1, start: f.start, ...node.values[0] };
        j++;
        if (!node.next || j >= tokens.length || covered[j] || !ctx.sameSentence(i, j)) break;
        const next: Map<string, TrieNode<{ target: Candidate; via: MentionVia }>> = node.next;
        node = undefined;
        for (const form of innerForms(tokens[j])) {
          node = next.get(form);
          if (node) break;
        }
      }
    }
    if (!best) continue;
    const t = best.target;
    // A function word re-mentions a name only written as the name is: على ("on") folds to علي, and
    // after الشيخ علي every على of the article was the sheikh (62 PERSON mentions in 5 of 3,000
    // unlabeled articles).
    if (t0.stop && best.end === i + 1 && stemText(text, t0) !== stemText(text, tokens[t.tokenStart])) continue;
    out.push(
      adopt(t, {
        ...t,
        tokenStart: i,
        tokenEnd: best.end,
        start: best.start,
        end: tokens[best.end - 1].end,
        via: best.via,
        rule: 're-mention',
        container: false,
        aliases: undefined,
      }),
    );
    for (let k = i; k < best.end; k++) covered[k] = 1;
    i = best.end - 1;
  }
  return unifyFacilityAdjectives(ctx, unifyOrgSpellings(ctx, unifyOrgs(ctx, unifyPersons(ctx, out)))).sort((a, b) => a.start - b.start);
}

/**
 * A place named with and without its facility adjective is one place: مطار عدن الدولي ... مطار عدن, مطار التيفور
 * العسكري ... مطار التيفور, حديقة تسافو الوطنية ... حديقة تسافو (place-cues.ts ends such names with the adjective,
 * as the gold writes them: holdout4 مطار الحديدة الدولي / مطار الحديدة). The names join the identity of the one with
 * a lexicon key, else of the one with the adjective; two keyed identities stay apart.
 */
function unifyFacilityAdjectives(ctx: MatchContext, mentions: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const identity = (c: Candidate): string => c.key ?? c.group ?? foldString(c.name);
  const formOf = (c: Candidate, to: number): string => {
    let form = '';
    for (let k = c.tokenStart; k < to; k++)
      form += (k > c.tokenStart ? '\u0000' : '') + (tokens[k].kind === 'arabic' ? tokens[k].stem : tokens[k].norm);
    return form;
  };
  const withAdjective = new Map<string, Candidate>();
  for (const c of mentions) {
    if (
      c.type !== 'LOCATION' ||
      c.tokenEnd - c.tokenStart < 3 ||
      !(tokens[c.tokenEnd - 1].kind === 'arabic' && isFacilityAdjective(tokens[c.tokenEnd - 1].norm))
    )
      continue;
    const form = formOf(c, c.tokenEnd - 1);
    const seen = withAdjective.get(form);
    if (!seen || (seen.key === null && c.key !== null)) withAdjective.set(form, c);
  }
  if (withAdjective.size === 0) return mentions;
  const target = new Map<string, Candidate>();
  for (const c of mentions) {
    if (c.type !== 'LOCATION' || c.tokenEnd - c.tokenStart < 2) continue;
    const t = withAdjective.get(formOf(c, c.tokenEnd));
    if (!t || identity(t) === identity(c)) continue;
    if (c.key !== null) {
      // A keyed place without the adjective keeps its key: the one with it joins it, unless it has a key of its own.
      if (t.key === null && !target.has(identity(t))) target.set(identity(t), c);
    } else if (!target.has(identity(c))) target.set(identity(c), t);
  }
  if (target.size === 0) return mentions;
  return mentions.map((c) => {
    const t = c.type === 'LOCATION' ? target.get(identity(c)) : undefined;
    return t ? adopt(t, c) : c;
  });
}

/**
 * Organisations whose names differ only in the number, the feminine ending or the article of their
 * words are one: صندوق الاستثمارات العامة / صندوق الاستثمار العام (gold-dev ant-multisource-04), اتحاد
 * كونكاكاف / اتحاد الكونكاكاف, يوفنتوس / اليوفنتوس. A word counts by its stem (article and proclitics
 * aside), in a name of two words or more also without a plural ات or a feminine ة. The names join the
 * identity named first, or the only one with a lexicon key; two keyed identities stay apart. On
 * sample3k this made 53 ORG entities fewer in 3,000 articles, none wrongly joined by reading (حماس with
 * حركة حماس، الأرسنال with أرسنال، الصندوق السعودي للتنمية with صندوق السعودية للتنمية, the club's keyed and
 * keyless برشلونة).
 */
function unifyOrgSpellings(ctx: MatchContext, mentions: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  // Three letters or more stay: استثمارات → استثمار, عامه → عام.
  const loose = (s: string): string =>
    s.length >= 5 && s.endsWith('ات') ? s.slice(0, -2) : s.length >= 4 && s.endsWith('ه') ? s.slice(0, -1) : s;
  const identity = (c: Candidate): string => c.key ?? c.group ?? foldString(c.name);
  const byForm = new Map<string, Map<string, Candidate>>();
  for (const c of [...mentions].sort((a, b) => a.start - b.start)) {
    if (c.type !== 'ORG') continue;
    const words = c.tokenEnd - c.tokenStart;
    let form = '';
    for (let k = c.tokenStart; k < c.tokenEnd; k++) {
      const t = tokens[k];
      const s = t.kind === 'arabic' ? t.stem : t.norm;
      form += (k > c.tokenStart ? '\u0000' : '') + (words > 1 ? loose(s) : s);
    }
    let ids = byForm.get(form);
    if (!ids) byForm.set(form, (ids = new Map()));
    const id = identity(c);
    if (!ids.has(id)) ids.set(id, c);
  }
  const target = new Map<string, Candidate>();
  for (const ids of byForm.values()) {
    if (ids.size < 2) continue;
    const all = [...ids.values()];
    const keyed = all.filter((c) => c.key !== null);
    if (keyed.length > 1) continue;
    const t = keyed[0] ?? all[0];
    for (const [id, c] of ids) if (c !== t && c.key === null && !target.has(id)) target.set(id, t);
  }
  if (target.size === 0) return mentions;
  return mentions.map((c) => {
    const t = c.type === 'ORG' && c.key === null ? target.get(identity(c)) : undefined;
    return t ? adopt(t, c) : c;
  });
}

/** The stem of a token as written (no folds). */
function stemText(text: string, t: { stemStart: number; stemEnd: number }): string {
  return text.slice(t.stemStart, t.stemEnd);
}

/**
 * An organisation a pattern found whose words are a shorter form of another organisation's name
 * in the article is that organisation: "وزارة الكهرباء" after "وزارة الكهرباء والماء الكويتية"
 * (its first words), "أكاديمية الطيران" after "الأكاديمية السعودية للطيران المدني" and "هيئة
 * الطيران المدني" beside "الهيئة العامة للطيران المدني" (the same head word, then some of its
 * words in order, articles and ل aside). Only when one organisation fits (وزارة الخارجية before
 * two foreign ministries stays apart).
 */
function unifyOrgs(ctx: MatchContext, mentions: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  // Word stems: the article and proclitics aside (للطيران → طيران, الأكاديمية → اكاديميه).
  const formsOf = (c: Candidate): string[] => {
    const f: string[] = [];
    for (let k = c.tokenStart; k < c.tokenEnd; k++) f.push(tokens[k].kind === 'arabic' ? tokens[k].stem : tokens[k].norm);
    return f;
  };
  const orgs = mentions.filter((c) => c.type === 'ORG');
  if (orgs.length < 2) return mentions;
  const forms = new Map(orgs.map((c) => [c, formsOf(c)]));
  // The organisations by their head word, each distinct name once with the identities that
  // bear it and the position of their last mention; a pattern ORG's candidates are read from
  // its head word's list, and each distinct name is answered once (comparing every pattern ORG
  // with every organisation was quadratic in the article's length: issue 21).
  const byHead = new Map<string, Map<string, { forms: string[]; last: Map<string, { at: number; o: Candidate }> }>>();
  orgs.forEach((o, at) => {
    const of = forms.get(o)!;
    const key = of.join('\u0000');
    let names = byHead.get(of[0]);
    if (!names) byHead.set(of[0], (names = new Map()));
    let name = names.get(key);
    if (!name) names.set(key, (name = { forms: of, last: new Map() }));
    name.last.set(o.key ?? o.group ?? o.name, { at, o });
  });
  // The organisations whose names hold `cf`: the same head word, then cf's words in order.
  const orgsContaining = (cf: string[]): Map<string, Candidate> => {
    const best = new Map<string, { at: number; o: Candidate }>();
    for (const { forms: of, last } of byHead.get(cf[0])?.values() ?? []) {
      if (of.length <= cf.length) continue;
      let k = 1;
      for (let m = 1; m < of.length && k < cf.length; m++) if (of[m] === cf[k]) k++;
      if (k !== cf.length) continue;
      for (const [id, x] of last) if ((best.get(id)?.at ?? -1) < x.at) best.set(id, x);
    }
    return new Map([...best].map(([id, x]) => [id, x.o]));
  };
  const fitsOf = new Map<string, Map<string, Candidate>>();
  const rename = new Map<Candidate, Candidate>();
  for (const c of orgs) {
    if (c.key !== null || c.via !== 'pattern' || c.tokenEnd - c.tokenStart < 2) continue;
    const cf = forms.get(c)!;
    const key = cf.join('\u0000');
    let fits = fitsOf.get(key);
    if (!fits) fitsOf.set(key, (fits = orgsContaining(cf)));
    if (fits.size === 1) rename.set(c, [...fits.values()][0]);
  }
  if (rename.size === 0) return mentions;
  const byGroup = new Map<string, Candidate>();
  for (const [c, t] of rename) byGroup.set(c.group ?? c.name, t);
  return mentions.map((c) => {
    const t = c.type === 'ORG' && c.key === null ? byGroup.get(c.group ?? c.name) : undefined;
    return t ? adopt(t, c) : c;
  });
}

/**
 * A person named by part of a longer name found elsewhere in the article is that person:
 * "تركي بن سعود" (a prefix of "تركي بن سعود بن محمد"), "محمد السويكت" (the first and last
 * words of "محمد بن خالد السويكت"), then "المهندس الشيحة" (the family name of "زياد الشيحة").
 * A single word joins only as a family name, never as a given name (محمد), and only when one
 * person fits.
 */
function unifyPersons(ctx: MatchContext, mentions: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  let out = mentions;
  for (const single of [false, true]) {
    const people = out.filter((c) => c.type === 'PERSON' && c.key === null);
    if (people.length < 2) return out;
    const groups = new Map<string, { forms: string[]; whole: string; target: Candidate }>();
    for (const c of people) {
      const g = c.group ?? c.name;
      const forms: string[] = [];
      for (let k = c.tokenStart; k < c.tokenEnd; k++) forms.push(k === c.tokenStart ? tokens[k].base : tokens[k].norm);
      const cur = groups.get(g);
      // The first word as written too: the clitic splitter may read a name's first letter as a
      // proclitic (كمال as ك + مال, بدر as ب + در) and a family name is then missed by its base.
      if (!cur || forms.length > cur.forms.length) groups.set(g, { forms, whole: tokens[c.tokenStart].norm, target: c });
    }
    // The groups each name could be part of, by the words it would share with them: a suffix
    // of a longer name, a prefix, or its first and last words (two are enough to know that
    // more than one fits). One lookup per group instead of a scan of every other group.
    const suffixes = new Map<string, Map<string, Candidate>>();
    const prefixes = new Map<string, Map<string, Candidate>>();
    const ends = new Map<string, Map<string, Candidate>>();
    // A family name is written with or without its article: وائل السرحان ... قال سرحان.
    const bare = (f: string): string => (f.startsWith('ال') && f.length > 4 ? f.slice(2) : f);
    const bareLast = new Map<string, Map<string, Candidate>>();
    const note = (index: Map<string, Map<string, Candidate>>, key: string, h: string, target: Candidate) => {
      let fits = index.get(key);
      if (!fits) index.set(key, (fits = new Map()));
      if (fits.has(h) || fits.size < 2) fits.set(h, target);
    };
    for (const [h, { forms: o, target }] of groups) {
      for (let n = 1; n < o.length; n++) {
        note(suffixes, o.slice(o.length - n).join('\u0000'), h, target);
        if (!single) note(prefixes, o.slice(0, n).join('\u0000'), h, target);
      }
      if (!single && o.length > 2) note(ends, o[0] + '\u0000' + o[o.length - 1], h, target);
      if (single && o.length > 1) note(bareLast, bare(o[o.length - 1]), h, target);
    }
    const rename = new Map<string, Candidate>();
    for (const [g, { forms, whole }] of groups) {
      if ((forms.length === 1) !== single) continue;
      const key = forms.join('\u0000');
      const fits = new Map<string, Candidate>();
      const asWritten = single && whole !== forms[0];
      const found = [
        suffixes.get(key),
        single ? bareLast.get(bare(forms[0])) : undefined,
        asWritten ? suffixes.get(whole) : undefined,
        asWritten ? bareLast.get(bare(whole)) : undefined,
        single ? undefined : prefixes.get(key),
        !single && forms.length === 2 ? ends.get(key) : undefined,
      ];
      for (const index of found) for (const [h, target] of index ?? []) if (h !== g) fits.set(h, target);
      if (fits.size === 1) rename.set(g, [...fits.values()][0]);
    }
    if (rename.size > 0) {
      out = out.map((c) => {
        const target = c.type === 'PERSON' && c.key === null ? rename.get(c.group ?? c.name) : undefined;
        return target ? adopt(target, c) : c;
      });
    }
  }
  return unifySpellings(ctx, out);
}

/** Letters foreign names are written with either way: كورتس / كورتز، جوجل / غوغل، ماتيس / ماطيس. */
const LETTER_VARIANTS = new Set(['زس', 'سز', 'تط', 'طت', 'جغ', 'غج', 'كق', 'قك']);
/** Long vowels a transliteration writes or leaves out: إيمانويل / إمانويل، هاميلتون / هاملتون. */
const LONG_VOWELS = 'اوي';

/**
 * Two spellings of one name word: one letter written with its variant (كورتس / كورتز) or one long
 * vowel more or less after the first letter (إيمانويل / إمانويل). Family names with the article are
 * no such pair (العمري / العامري are two families), nor two given names (محمد / محمود، سعد / سعيد).
 */
export function spellingVariants(a: string, b: string, givenName: (form: string) => boolean): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || a.startsWith('ال') || b.startsWith('ال')) return false;
  if (givenName(a) && givenName(b)) return false;
  if (a.length === b.length) {
    let diff = -1;
    for (let k = 0; k < a.length; k++) {
      if (a[k] === b[k]) continue;
      if (diff >= 0) return false;
      diff = k;
    }
    return diff > 0 && LETTER_VARIANTS.has(a[diff] + b[diff]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let k = 0;
  while (k < short.length && long[k] === short[k]) k++;
  return k > 0 && LONG_VOWELS.includes(long[k]) && long.slice(k + 1) === short.slice(k);
}

/**
 * A person written two ways in one article is one person (holdout4: سيباستيان كورتس ... وكان كورتز
 * أعلن; إيمانويل ماكرون ... وأعلن إمانويل ماكرون): a name whose words are each the same or a spelling
 * variant (spellingVariants) of the words of exactly one other name of the article, or a single word
 * that is so of exactly one name's last word, joins that name.
 */
function unifySpellings(ctx: MatchContext, mentions: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const groups = new Map<string, { forms: string[]; target: Candidate }>();
  for (const c of mentions) {
    if (c.type !== 'PERSON' || c.key !== null) continue;
    const g = c.group ?? c.name;
    if (groups.has(g)) continue;
    const forms: string[] = [];
    for (let k = c.tokenStart; k < c.tokenEnd; k++) forms.push(k === c.tokenStart ? tokens[k].base : tokens[k].norm);
    groups.set(g, { forms, target: c });
  }
  if (groups.size < 2) return mentions;
  const given = ctx.gaz.givenNames;
  const givenName = (f: string): boolean => given.has(f);
  const rename = new Map<string, Candidate>();
  const entries = [...groups];
  for (const [g, { forms }] of entries) {
    const fits: Candidate[] = [];
    for (const [h, other] of entries) {
      if (h === g || rename.has(h)) continue;
      const o = other.forms;
      const same =
        o.length === forms.length
          ? forms.every((f, k) => spellingVariants(f, o[k], givenName)) && forms.some((f, k) => f !== o[k])
          : forms.length === 1 && o.length > 1 && forms[0] !== o[o.length - 1] && spellingVariants(forms[0], o[o.length - 1], givenName);
      if (same) fits.push(other.target);
    }
    // Of two names the same length, the first written stays.
    if (fits.length === 1 && (forms.length === 1 || fits[0].start < groups.get(g)!.target.start)) rename.set(g, fits[0]);
  }
  if (rename.size === 0) return mentions;
  return mentions.map((c) => {
    const target = c.type === 'PERSON' && c.key === null ? rename.get(c.group ?? c.name) : undefined;
    return target ? adopt(target, c) : c;
  });
}
