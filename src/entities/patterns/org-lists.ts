// Companies named in quotes after a plural company head: 'شركات التكنولوجيا الصينية "تينسنت"
// و"بايدو"', 'شركات مثل "بيجو" و"سيتروين" و"توتال"', 'شركات كبرى على غرار «أوراسكوم
// كونستراكشون»' → one ORG per quoted name. ../shared/unlabeled writes a plural head (شركات،
// بنوك، مصارف) with up to four words and then quoted names 331 times in 254 articles of 16
// outlets; quotes after them also mark a word used loosely (شركات "واجهة"، شركات «الأوفشور»،
// "المستفيد الأول"), so a name is read only in a list of two or more (joined by و or a comma)
// or after a word that introduces examples (مثل، منها، من بينها، على غرار، أبرزها), and only an
// indefinite name (الأوفشور is a word, not a company).
// Other bodies are listed so as well, after a dual or a plural head (plural_org_head): قناتي "العربية" و"الحدث"،
// صحيفتا "عكاظ" و"الرياض"، مستشفيات "شارل نيكول" و"الرابطة"، منظمتي "أوكسفام" و"أنقذوا الأطفال"، شركتا "أوبر"
// و"ليفت". ../shared/unlabeled writes such a head + up to three words + two quoted names joined by و 130 times (صحيفتا
// 18, شركتي 24, شركتا 17, قناتي 7, منظمات 6, وكالات 6 ...); read one by one, all were names of bodies, the definite
// ones too (العربية, الرياض, الرابطة: a dual or a list is of names, not of words used loosely), so in a list of two
// or more a definite name is read after these heads. Before, the names were missed or read as a person (شركتي "أوبر"
// و"كريم": PERSON كريم; مستشفيات "شارل نيكول": PERSON).
import type { Candidate } from '../candidate.js';
import { patternCandidate } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { isDefinite, withBa, withoutArticle } from '../token-view.js';
import { quotedAt } from './phrases.js';
import { words } from '../../lexicon/word-lists.js';
import { TypeFlag } from '../../text/type-flag.js';

const PLURAL_HEADS = words('plural_company_head');
const BODY_HEADS = words('plural_org_head');
const EXAMPLE_WORDS = words('example_word');
/** An Arabic word of PLURAL_HEADS, with or without the article (asked once per word type). */
const PLURAL_HEAD = new TypeFlag((t) => t.kind === 'arabic' && (PLURAL_HEADS.has(withoutArticle(t)) || BODY_HEADS.has(withoutArticle(t))));
/** Words between the head and the first quote: التكنولوجيا الصينية، كبرى، أخرى متعددة الجنسيات. */
const MAX_GAP = 4;
const MAX_NAME = 4;

export function matchOrgLists(ctx: MatchContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const head = tokens[i];
    if (!PLURAL_HEAD.of(head) || ctx.isChrome(i)) continue;
    // The words before the first quote: adjectives and complements of the head, or a word of examples.
    let j = i + 1;
    let introduced = false;
    while (j < tokens.length && j - i <= MAX_GAP + 1 && tokens[j].sentence === head.sentence && tokens[j].kind === 'arabic') {
      if (EXAMPLE_WORDS.has(tokens[j].norm)) introduced = true;
      else if (tokens[j].norm === 'علي' && tokens[j + 1]?.norm === 'غرار') {
        introduced = true;
        j++;
      }
      j++;
    }
    const names: { start: number; end: number }[] = [];
    let q = tokens[j]?.sentence === head.sentence ? quotedAt(ctx, j, MAX_NAME) : null;
    while (q) {
      names.push(q);
      // The next item: و"بايدو" or ، "بايدو".
      const sep = tokens[q.end + 1];
      if (!sep || sep.sentence !== head.sentence || !(sep.norm === 'و' || ctx.isPunct(sep, '،,'))) break;
      q = quotedAt(ctx, q.end + 2, MAX_NAME);
    }
    if (names.length === 0 || (names.length < 2 && !introduced)) continue;
    const definiteNames = names.length >= 2 && BODY_HEADS.has(withoutArticle(head));
    for (const n of names) {
      // A town after ب inside the quotes is where the body is, a CITY of its own: "الحروق البليغة ببن عروس" (holdout4).
      let end = n.start + 1;
      while (end < n.end && !withBa(tokens[end])) end++;
      const inner = tokens.slice(n.start, end);
      if (inner.length > MAX_NAME || !inner.every((t) => t.kind === 'arabic') || (isDefinite(inner[0]) && !definiteNames)) continue;
      out.push(patternCandidate(tokens, text, n.start, end, inner[0].start, 'ORG', 'org-quoted-list'));
    }
    i = j;
  }
  return out;
}
