// Bodies named by a bare definite head and the country's adjective, with no org cue before
// them: "قالت الخارجية المصرية"، "أسلحة الجيش المصري"، "رئيس البرلمان الليبي"، "وقالت الرئاسة
// المصرية"، "الجامعة الأمريكية"، "الخطوط الجوية البريطانية" → ORG. ../shared/unlabeled (72,338
// articles) writes a definite head of the `state_body` list right before a definite country nisba
// 22,117 times (الخارجية 7,046, الجيش 6,620, الدفاع 2,193, الشرطة 1,939, الداخلية 1,314, البرلمان
// 1,074, الرئاسة 940, البحرية 506, المخابرات 485, each in 18–24 outlets), الجامعة + nisba 376
// times in 252 articles (التونسية 209, the football federation's short name; الأمريكية 67),
// الخطوط الجوية + nisba 362 times in 202 articles. A coalition is named by a region or by many
// countries (`state_body_adjective`): التحالف العربي 2,483 times, التحالف الدولي 604. A sports federation is
// named so (الاتحاد السعودي 1,061 times, المصري 315, الإنجليزي 291, الإسباني 118, الأرجنتيني 101, التونسي 100,
// and الاتحاد الدولي 1,411): before no لـ complement (لكرة القدم, which the org cues read) the country's adjective was
// read alone ("وأعلن الاتحاد السعودي إيقاف اللاعب" → COUNTRY السعودي). A name the lexicons know from the head on
// stays theirs (الاتحاد الروسي, a country; الاتحاد السوفيتي).
// The nisba must agree with the head (its list value: الجيش المصري, الخارجية المصرية): in "وزير
// الخارجية الأمريكي" and "وزير الدفاع الأمريكي" the adjective is the minister's. A head after a
// definite noun is that noun's adjective (السياسة الخارجية الأمريكية، الشؤون الداخلية السعودية,
// بالقوات البحرية المصرية), after an office noun an office (انتخابات الرئاسة الأمريكية), and
// after an org cue the cue's name (وزارة الخارجية المصرية, read by org-cues.ts): all are left
// alone. الحكومة + nisba is not read (gold-dev leaves الحكومة المصرية unmarked or optional: a
// description, not a name).
// Armed bodies named by their head and a fixed adjective (`standing_body`) need no country: "أعلن الحرس
// الوطني"، "قوات الجيش الوطني"، "القائد الأعلى للقوات المسلحة", and take the country's adjective that agrees
// (الجيش الوطني الليبي، القوات المسلحة المصرية). ../shared/unlabeled writes them 5,583 times in 3,014 articles
// (الحرس الوطني 1,411 with its clitics, الجيش الوطني 818, القوات المسلحة 906, الجيش الوطني الليبي 215, الحرس
// الجمهوري 97, الجيش الحر 78).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import type { Token } from '../../text/token.js';
import { adjectiveShaped, ORG_ADJECTIVES } from './phrases.js';
import { type CandidateIndex, plainNisbaAt } from './lexicon-index.js';
import { wordValues, words } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';
import { hasClitic } from '../../model/token.js';

/** Heads (folded, without ال) → the gender of the nisba that agrees with them. */
const STATE_BODIES = wordValues('state_body');
const ORG_CUES = words('org_cue');
/** Adjectives of a region or of many countries that name a body as a country's nisba does (التحالف العربي). */
const BODY_ADJECTIVES = words('state_body_adjective');
/** Nouns before which the head is an office or a race, not a body: انتخابات الرئاسة الأمريكية، سباق الرئاسة. */
const OFFICE_NOUNS = words('office_noun');
/** Armed bodies named by head + adjective alone (حرس وطني، قوات مسلحه) → the gender of a country's adjective after them. */
const STANDING_BODIES = wordValues('standing_body');
/** First words of the two-word heads (الخطوط of الخطوط الجوية، الحرس of الحرس الوطني). */
const PAIR_FIRSTS = new Set(
  [...STATE_BODIES.keys(), ...STANDING_BODIES.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))),
);
/** A word type that may head a body: definite, and a head or the first word of a two-word head (asked once per type). */
const MAY_HEAD = new TypeFlag(
  (t) => t.kind === 'arabic' && isDefinite(t) && (STATE_BODIES.has(withoutArticle(t)) || PAIR_FIRSTS.has(withoutArticle(t))),
);

export function matchStateBodies(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const head = tokens[i];
    if (!MAY_HEAD.of(head) || ctx.isChrome(i)) continue;
    // A two-word head first: الخطوط الجوية السعودية.
    const second = tokens[i + 1];
    const pairForm =
      second && second.sentence === head.sentence && !hasProclitic(second) && isDefinite(second)
        ? `${withoutArticle(head)} ${withoutArticle(second)}`
        : '';
    const standing = STANDING_BODIES.get(pairForm);
    if (standing) {
      const body = standingBody(ctx, lex, i, standing);
      if (body) out.push(body);
      continue;
    }
    const pair = pairForm ? STATE_BODIES.get(pairForm) : undefined;
    const gender = pair ?? STATE_BODIES.get(withoutArticle(head));
    if (!gender) continue;
    const n = pair ? i + 2 : i + 1;
    if (!tokens[n] || tokens[n].sentence !== head.sentence || !isDefinite(tokens[n]) || hasProclitic(tokens[n])) continue;
    // A coalition or a parliament of a region or of many countries: التحالف العربي، التحالف الدولي،
    // البرلمان العربي; a country's nisba after it still belongs to the name (الجيش العربي السوري).
    const wide = BODY_ADJECTIVES.has(tokens[n].base) && (gender === 'masc') === !tokens[n].base.endsWith('ه') ? n + 1 : n;
    const nisba = lex.at(wide, ['COUNTRY']);
    // السعودية is the country's name as the lexicon reads it and its feminine adjective too: القوات الجوية السعودية.
    const named =
      nisba &&
      (nisba.via === 'nisba' || (nisba.tokenEnd === wide + 1 && /يه$/.test(tokens[wide].base))) &&
      tokens[wide].sentence === head.sentence &&
      isDefinite(tokens[wide]) &&
      !hasProclitic(tokens[wide]);
    if (!named && wide === n) continue;
    const end = named ? nisba.tokenEnd : wide;
    const last = tokens[end - 1].base;
    const feminine = /ه$/.test(last);
    if (feminine !== (gender === 'fem')) continue;
    // After a region's adjective a country's may follow that the lexicon step left out: الجيش
    // العربي السوري, الجيش العربي الأردني are not read short.
    const after = tokens[end];
    if (
      !named &&
      after &&
      after.sentence === head.sentence &&
      isDefinite(after) &&
      !hasProclitic(after) &&
      /(ي|يه)$/.test(after.base) &&
      !after.stop
    )
      continue;
    const prev = tokens[i - 1];
    if (prev && prev.sentence === head.sentence && prev.kind === 'arabic') {
      if (OFFICE_NOUNS.has(prev.base)) continue;
      if (!hasProclitic(head) && (isDefinite(prev) || ORG_CUES.has(withoutArticle(prev)))) continue;
    }
    // Known already (a lexicon organisation over these words, or another name the lexicons read from the
    // head on: الاتحاد الروسي is Russia): nothing to add.
    if (knownFromHead(lex.over(i), i)) continue;
    out.push(patternCandidate(tokens, text, i, end, baseStart(head), 'ORG', 'state-body'));
  }
  return out;
}

/**
 * A lexicon organisation among `over` (the candidates over token i), or a name read from i on over more
 * than one word. A function of its own: a closure over the loop's i made a scope object for every token.
 */
function knownFromHead(over: readonly Candidate[], i: number): boolean {
  for (const c of over) if (c.type === 'ORG' || (c.tokenStart === i && c.tokenEnd > i + 1)) return true;
  return false;
}

/** Words after which a standing body is part of another name or an office (قيادة، أركان، وزير). */
const STANDING_OWNERS = wordValues('standing_body_owner');

/**
 * A standing armed body at i (head and adjective), with the country's adjective after it where it agrees
 * (`gender`), through a region's adjective (الجيش الوطني الليبي، القوات المسلحة العربية السورية; but الحرس
 * الوطني | السعودية). Not after an org cue, whose name it ends (وزارة الحرس الوطني، مستشفى الحرس الوطني),
 * nor as the adjective of a definite noun before it; not after وزير, an office (وزير الحرس الوطني, as
 * وزير الخارجية), nor as the لـ complement of another body named by a cue or a command and its
 * adjective (الهيئة الهندسية للقوات المسلحة، القيادة العامة للقوات المسلحة; but القائد الأعلى للقوات
 * المسلحة, a person's title, mentions the forces).
 */
function standingBody(ctx: MatchContext, lex: CandidateIndex, i: number, gender: string): Candidate | undefined {
  const { tokens, text } = ctx;
  const head = tokens[i];
  const prev = i > 0 && tokens[i - 1].sentence === head.sentence && tokens[i - 1].kind === 'arabic' ? tokens[i - 1] : undefined;
  if (prev) {
    if (!hasProclitic(head) && (isDefinite(prev) || ORG_CUES.has(withoutArticle(prev)))) return undefined;
    if (STANDING_OWNERS.get(prev.base) === 'office') return undefined;
    const owner = i > 1 && tokens[i - 2].sentence === head.sentence ? tokens[i - 2] : undefined;
    if (
      owner &&
      hasProclitic(head) &&
      isDefinite(prev) &&
      (adjectiveShaped(prev) || ORG_ADJECTIVES.has(prev.base)) &&
      isDefinite(owner) &&
      (ORG_CUES.has(withoutArticle(owner)) || STANDING_OWNERS.get(withoutArticle(owner)) === 'command')
    )
      return undefined;
  }
  if (lex.over(i).some((c) => c.type === 'ORG')) return undefined;
  const agrees = (t: Token): boolean => agreesWith(t, gender);
  let end = i + 2;
  const wide = tokens[end] && BODY_ADJECTIVES.has(tokens[end].base) && agrees(tokens[end]) ? end + 1 : end;
  const nisba = tokens[wide]?.sentence === head.sentence ? plainNisbaAt(lex, tokens, wide) : undefined;
  if (nisba && agrees(tokens[nisba.tokenEnd - 1])) end = nisba.tokenEnd;
  return patternCandidate(tokens, text, i, end, baseStart(head), 'ORG', 'standing-body');
}

/** What a force (قوات) is named by (طوارئ خاصه، دفاع جوي) → the gender of the adjectives after it. */
const FORCE_BRANCHES = wordValues('force_branch');
/** Buildings a force's name may name (مسجد قوات الطوارئ): no mention inside them, as in a street's name. */
const BUILDINGS = words('facility_cue');
/** The word of forces, with or without the article or a preposition, not "its forces" (asked once per word type). */
const FORCES = new TypeFlag((t) => t.kind === 'arabic' && withoutArticle(t) === 'قوات' && !hasClitic(t, 'pronoun'));

/** An adjective agrees with a head or branch of this gender (fem: الخاصة; masc: الملكي السعودي): a feminine one ends in ة. */
function agreesWith(t: Token, gender: string): boolean {
  return /ه$/.test(t.base) === (gender === 'fem');
}

/**
 * A force named by its branch after قوات: قوات الطوارئ الخاصة، قوات الدفاع الجوي الملكي السعودي، قوات الأمن الخاصة، قوات
 * الحزام الأمني (cue-words.tsv force_branch: 1,384 times in ../shared/unlabeled; /tmp/s39/m-start/sample3k.out.jsonl read 61
 * of 62 in sample3k as nothing, قوات الدفاع الجوي الملكي السعودي as the country's adjective alone), with a royal adjective
 * and the country's adjective that agree with the branch. The longest branch wins (الطوارئ الخاصة before الطوارئ). Not
 * inside a building's name: مسجد قوات الطوارئ (the mosque bombed in Abha, 9 of the 10 bare قوات الطوارئ in sample3k).
 */
export function matchForces(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  const plain = (j: number, sentence: number): Token | undefined => {
    const t = tokens[j];
    return t && t.sentence === sentence && t.kind === 'arabic' && isDefinite(t) && !hasProclitic(t) ? t : undefined;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i];
    if (!FORCES.of(head) || ctx.isChrome(i)) continue;
    const a = plain(i + 1, head.sentence);
    if (!a) continue;
    const b = plain(i + 2, head.sentence);
    const pair = b ? FORCE_BRANCHES.get(`${withoutArticle(a)} ${withoutArticle(b)}`) : undefined;
    const gender = pair ?? FORCE_BRANCHES.get(withoutArticle(a));
    if (!gender) continue;
    if (lex.over(i).some((c) => c.type === 'ORG')) continue;
    const prev = tokens[i - 1];
    if (prev?.sentence === head.sentence && prev.kind === 'arabic' && BUILDINGS.has(withoutArticle(prev))) continue;
    let end = pair ? i + 3 : i + 2;
    const royal = plain(end, head.sentence);
    if (royal && ORG_ADJECTIVES.has(royal.norm) && agreesWith(royal, gender)) end++;
    const nisba = plain(end, head.sentence) ? plainNisbaAt(lex, tokens, end) : undefined;
    if (nisba && agreesWith(tokens[nisba.tokenEnd - 1], gender)) end = nisba.tokenEnd;
    out.push(patternCandidate(tokens, text, i, end, baseStart(head), 'ORG', 'force-branch'));
  }
  return out;
}
