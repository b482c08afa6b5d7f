// State bodies named by a bare definite head and the country's adjective, with no org cue before
// them: "قالت الخارجية المصرية"، "أسلحة الجيش المصري"، "رئيس البرلمان الليبي"، "وقالت الرئاسة
// المصرية" → ORG. ../shared/unlabeled (72,338 articles) writes a definite head of the
// `state_body` list right before a definite country nisba 22,107 times in 12,000 articles of
// 24 outlets (الخارجية 7,046, الجيش 6,620, الدفاع 2,193, الشرطة 1,939, الداخلية 1,314, البرلمان
// 1,074, الرئاسة 940, البحرية 506, المخابرات 485; the count script is in the commit message).
// The nisba must agree with the head (its list value: الجيش المصري, الخارجية المصرية): in "وزير
// الخارجية الأمريكي" and "وزير الدفاع الأمريكي" the adjective is the minister's. A head after a
// definite noun is that noun's adjective (السياسة الخارجية الأمريكية، الشؤون الداخلية السعودية,
// بالقوات البحرية المصرية), after an office noun an office (انتخابات الرئاسة الأمريكية), and after an org cue the cue's name (وزارة الخارجية المصرية, read by
// org-cues.ts): both are left alone. الحكومة + nisba is not read (gold-dev leaves الحكومة
// المصرية unmarked or optional: a description, not a name).
import type { Candidate } from '../candidate.js';
import { formsGroup, PRIORITY } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { wordValues, words } from '../../lexicon/word-lists.js';

/** Heads (folded, without ال) → the gender of the nisba that agrees with them. */
const STATE_BODIES = wordValues('state_body');
const ORG_CUES = words('org_cue');
/** Nouns before which the head is an office or a race, not a body: انتخابات الرئاسة الأمريكية، سباق الرئاسة. */
const OFFICE_NOUNS = words('office_noun');

export function matchStateBodies(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const head = tokens[i];
    if (head.kind !== 'arabic' || !isDefinite(head) || ctx.isChrome(i)) continue;
    const gender = STATE_BODIES.get(withoutArticle(head));
    if (!gender) continue;
    const n = i + 1;
    if (tokens[n].sentence !== head.sentence || !isDefinite(tokens[n]) || hasProclitic(tokens[n])) continue;
    const nisba = lex.at(n, ['COUNTRY']);
    if (!nisba || nisba.via !== 'nisba') continue;
    const last = tokens[nisba.tokenEnd - 1].base;
    const feminine = /ه$/.test(last);
    if (feminine !== (gender === 'fem')) continue;
    const prev = tokens[i - 1];
    if (prev && prev.sentence === head.sentence && prev.kind === 'arabic') {
      if (OFFICE_NOUNS.has(prev.base)) continue;
      if (!hasProclitic(head) && (isDefinite(prev) || ORG_CUES.has(withoutArticle(prev)))) continue;
    }
    // Known already (a lexicon organisation over these words): nothing to add.
    if (lex.over(i).some((c) => c.type === 'ORG')) continue;
    const s = baseStart(head);
    const e = tokens[nisba.tokenEnd - 1].end;
    out.push({
      tokenStart: i,
      tokenEnd: nisba.tokenEnd,
      start: s,
      end: e,
      type: 'ORG',
      key: null,
      name: text.slice(s, e),
      nameEn: null,
      via: 'pattern',
      rule: 'state-body',
      priority: PRIORITY.pattern,
      group: formsGroup(tokens, i, nisba.tokenEnd),
    });
  }
  return out;
}
