// People: a name is a run of given names, rare words and joiners (بن، عبد، أبو) that a cue or a
// given name announces.
// - title + name: "الدكتور عبدالرحمن المهنا", "المهندس الشيحة", "الأمير الدكتور تركي بن سعود".
// - role + complement + name: "رئيس أوزبكستان شوكت ميرزيوييف", "رئيس الوزراء الياباني فوميو
//   كيشيدا", "وزير الكهرباء، محمد شاكر"; the complement (a country, an org, definite nouns, a
//   nisba) is not part of the name.
// - a signature: a role line followed by a line that is only a name ("نائب مدير المعهد ...
//   \n شيرزود فايزييف").
// - given name + another name word, with no cue: "وقال زياد الشيحة", "محمد بن سلمان".
// A single rare word after a role with no comma is not taken (رئيس مجلس إدارة أرامكو): it is as
// likely an organisation.
import type { Candidate } from '../candidate.js';
import type { Token } from '../../text/token.js';
import { formsGroup, PRIORITY } from '../candidate.js';
import { RARE, type MatchContext } from '../match-context.js';
import { baseStart, isDefinite, isFacilityWord, NAME_INITIALS, withoutArticle } from '../token-view.js';
import { WEEKDAYS } from '../../text/calendar.js';
import type { CandidateIndex } from './lexicon-index.js';
import {
  familyCompoundAt,
  familyNameGoesOn,
  NAME_JOINERS,
  prepositionWithPronoun,
  nameLike,
  nameRunEnd,
  runsOnAt,
  secondPersonAt,
  surnameGoesOn,
  verbLike,
  joinedGivenName,
} from './phrases.js';
import { words, wordsOf } from '../../lexicon/word-lists.js';
import { mostlyWord } from '../name-stats.js';
import { frequentCommonInNews, noPersonInNews } from '../../ner/common-classes.js';
import { ORDINAL_WORDS } from '../../figures/lexicon/number-words.js';
import { CLITIC_BIT, cliticBits, hasClitic } from '../../model/token.js';

const PLACE_TYPES = ['COUNTRY', 'CITY', 'REGION', 'LOCATION'] as const;
const STOP_TYPES = [...PLACE_TYPES, 'ORG'] as const;
/**
 * Titles that name one person by themselves: خادم الحرمين الشريفين (the Saudi King) is a mention of
 * him, of the name after it where one follows (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز).
 * ../shared/unlabeled every 24th line (3,015 articles): 188 mentions added, 29 of 30 sampled the King
 * (one a cup named after him, كأس خادم الحرمين الشريفين); 9 kings' names moved off the crown prince.
 */
const TITLE_NAMES = words('person_title_name');
/** Titles that, before a lone given name, are part of how the person is named. */
const ROYAL_TITLES = new Set(['الملك', 'الملكه', 'السلطان']);
/** Joiners of a lineage (بن، ابن، بنت): the word before one is the person's own given name. */
const LINEAGE = words('name_lineage');
/** The joiners of a kunya (أبو، أبي): before a given name they open the name (أبو بكر البغدادي). */
const KUNYA = words('name_kunya');

/**
 * Where a name read from token `from` starts once the words before it that are its own are taken
 * (not before `floor`, the end of the name before it): the person's given name before بن, which the
 * reading had left out as a verb, a role, a rare word or a word after و (الدكتور مساعد بن محمد العيبان،
 * يزيد بن فهد الرشيد، ومنصور بن صالح بن يوسف الوابلي، مرعي بن بركة بن بشير الدرباس), and the أبو of a
 * kunya (أبو بكر البغدادي، أبو عمر الشيشاني). sample3k: 42 person mentions of 3,000 articles began after
 * such a بن (29) or أبو (13), all the name's tail.
 */
function ownStart(ctx: MatchContext, from: number, floor: number): number {
  const { tokens } = ctx;
  let s = from;
  while (s - 2 >= floor) {
    const joiner = tokens[s - 1];
    const given = tokens[s - 2];
    if (joiner.kind !== 'arabic' || cliticBits(joiner) !== 0 || !LINEAGE.has(joiner.norm)) break;
    if (!ctx.sameSentence(s - 2, s) || ctx.isChrome(s - 2) || given.kind !== 'arabic' || given.stop) break;
    // A given name, with at most the و of a list before it, or a rare word with no clitic (غشام، شائح);
    // not a verb or a plain word (وقال بن سلمان).
    if ((cliticBits(given) & ~CLITIC_BIT.conj) !== 0) break;
    if (!ctx.isGivenName(given) && !(cliticBits(given) === 0 && ctx.isRare(given) && !verbLike(given))) break;
    s -= 2;
  }
  const kunya = tokens[s - 1];
  if (
    s - 1 >= floor &&
    kunya?.kind === 'arabic' &&
    cliticBits(kunya) === 0 &&
    KUNYA.has(kunya.norm) &&
    ctx.sameSentence(s - 1, s) &&
    !ctx.isChrome(s - 1)
  )
    s--;
  return s;
}

/** A vocabulary count above which a word the tagger adds to a name must be seen in names. */
const TAGGED_WORD = 30;
/** A vocabulary count above which a word mostly seen in names is read alone as a plain word. */
const PLAIN_WORD = 100;

/**
 * A regnal ordinal after a given name is part of the name, and so is the lineage after it:
 * الملك عبدالله الثاني بن الحسين، الملك عبد الله الثاني، الملك محمد السادس، نيكولاس الثاني، البابا بنديكت السادس عشر.
 * ../shared/unlabeled every 24th line (3,015 articles): 28 names lengthened (27 shorter ones replaced), 27 right
 * (الملكة إليزابيث الثانية، البابا يوحنا بولس الثاني، الملك فيليبي السادس); 1 inside a brigade's name.
 */
function regnalEnd(ctx: MatchContext, from: number, end: number, runEnd: (from: number, max: number) => number): number {
  const { tokens } = ctx;
  const t = tokens[end];
  if (end <= from || !t || t.kind !== 'arabic' || !ctx.sameSentence(from, end)) return end;
  // The given name may be written as two words, عبد and the divine name (الملك عبد الله الثاني:
  // ../shared/unlabeled 207 times in 114 articles, where sample3k's mentions stopped at عبد الله).
  const compound = end - from >= 2 && tokens[end - 2].norm === 'عبد';
  if (!compound && !ctx.isGivenName(tokens[end - 1])) return end;
  if ((cliticBits(t) & ~CLITIC_BIT.article) !== 0 || !t.base.startsWith('ال')) return end;
  const ordinal = ORDINAL_WORDS.get(t.base.slice(2));
  if (!ordinal || ordinal.compoundOnly) return end;
  let e = end + 1;
  // السادس عشر، الثاني عشر.
  if (tokens[e]?.norm === 'عشر' && ctx.sameSentence(from, e)) e++;
  const joiner = tokens[e];
  if (joiner && ctx.sameSentence(from, e) && NAME_JOINERS.has(joiner.norm)) {
    // Only the father's name: a role may follow unannounced (الملك عبدالله الثاني بن الحسين ملك الأردن).
    const lineage = runEnd(e, 2);
    if (lineage > e + 1) e = lineage;
  }
  return e;
}

export function matchPersonCues(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  let covered = -1;
  // A name ends at a title or role (أمين الناصر رئيس أرامكو), or at a place or organisation the
  // lexicons know that is not also a given name; not at a role word that opens a family name of
  // two words (الباجي قائد السبسي: phrases.ts familyCompoundAt).
  const stop = (j: number): boolean =>
    (!!ctx.cueAt(j) && !familyCompoundAt(tokens, j)) || (!ctx.isGivenName(tokens[j]) && !!lex.at(j, STOP_TYPES));
  // A plain word between two name words is part of the name: "رجب طيب أردوغان".
  const runEnd = (from: number, max: number): number => {
    let end = familyCompoundAt(tokens, from) ? from + 2 : nameRunEnd(ctx, from, max, (k) => k > from && stop(k));
    while (end > from && end - from < max) {
      // A family name of two words whose first is a common word (الباجي قائد السبسي) is the name's.
      if (familyCompoundAt(tokens, end) && ctx.sameSentence(from, end + 1)) {
        end += 2;
        continue;
      }
      const mid = tokens[end];
      const after = tokens[end + 1];
      if (!mid || !after || mid.kind !== 'arabic' || mid.stop || cliticBits(mid) !== 0 || stop(end) || !ctx.sameSentence(from, end + 1))
        break;
      if (after.kind !== 'arabic' || !nameLike(ctx, after) || ctx.isGivenName(after) || cliticBits(after) !== 0 || stop(end + 1)) break;
      end = nameRunEnd(ctx, end + 1, max - (end + 1 - from), (k) => stop(k));
    }
    return end;
  };
  // Where the tagger reads the same name on, one or two words further (وزير الخارجية الأمريكي جون
  // كيري، رئيسة الوزراء تيريزا ماي: كيري and ماي are words the vocabulary counts too often to
  // read as names alone), the name is the tagger's.
  const taggedEnd = new Map<number, number>();
  // Two persons the tagger read as one (شون بن وكفن كوستنر) end at the second (secondPersonAt).
  for (const span of ctx.doc.nerSpans) {
    if (span.type !== 'PERS') continue;
    const second = secondPersonAt(tokens, span.tokenStart, span.tokenEnd);
    taggedEnd.set(span.tokenStart, second < 0 ? span.tokenEnd : second);
  }
  const longer = (from: number, to: number): number => {
    const m = taggedEnd.get(from);
    if (m === undefined || m <= to || m - to > 2) return to;
    for (let k = to; k < m; k++) {
      const w = tokens[k];
      // كيري reads as ك + يري: a foreign name's first letter, not a preposition, inside the tagger's name.
      const clitic = w.clitics.length > 0 && !(w.clitics.length === 1 && NAME_INITIALS.has(w.clitics[0].text));
      if (w.kind !== 'arabic' || w.stop || clitic || !ctx.sameSentence(from, k) || stop(k) || ctx.isChrome(k) || runsOnAt(tokens, from, k))
        return to;
      // Not a plain word the tagger ran on into (محمد صلاح هدفا، عادل الجبير سوف، محمود عباس يثير):
      // the vocabulary counts it 30 times or fewer, or a third of them in names (جعفر بن أبي طالب).
      const n = ctx.gaz.knowledge.freq(w.norm);
      if (n > TAGGED_WORD && ctx.gaz.stats.named(w.norm) * 3 < n) return to;
      if (n > RARE && verbLike(w)) return to;
    }
    return m;
  };
  const emit = (at: number, until: number, rule: string): void => {
    let to = rule === 'title-alone' ? until : longer(at, until);
    const from = rule === 'title-alone' ? at : ownStart(ctx, at, Math.max(0, covered));
    // A name goes on to الله where its last word makes a family name with it: محمد العبد الله، إبراهيم
    // الجار الله (unlabeled: العبد الله 36, الجار الله 26, العطا الله 16 times).
    if (to - from >= 2 && familyNameGoesOn(ctx, tokens[to - 1], tokens[to])) to++;
    // ... and to a family name the news mostly uses as a plain word, where the pair is a known name: رئيس
    // الحكومة الحبيب الصيد (phrases.ts surnameGoesOn).
    else if (rule !== 'title-alone' && to > from && !ctx.isChrome(to) && surnameGoesOn(tokens[to - 1], tokens[to])) to++;
    const s = joinedGivenName(ctx, from) ? tokens[from].start : baseStart(tokens[from]);
    const e = tokens[to - 1].end;
    const last = tokens[to - 1];
    // The family name alone mentions the person later (زياد الشيحة ... قال الشيحة).
    const family = to - from >= 2 && ctx.isRare(last) && !NAME_JOINERS.has(tokens[to - 2].norm);
    out.push({
      tokenStart: from,
      tokenEnd: to,
      start: s,
      end: e,
      type: 'PERSON',
      key: null,
      name: text.slice(s, e),
      nameEn: null,
      via: 'pattern',
      rule,
      priority: PRIORITY.pattern,
      group: formsGroup(tokens, from, to),
      aliases: family ? [{ from: to - 1, to }] : undefined,
    });
    covered = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i < covered || ctx.isChrome(i)) continue;
    // The family name with no cue before it, its first word a role (وقد صرح قائد السبسي، حافظ قائد
    // السبسي): the name, with the given name before it, not the role.
    if (familyCompoundAt(tokens, i) && !ctx.isChrome(i + 1)) {
      // The word before is the given name where it reads as a name or the tagger says so (الباجي: tagged alone).
      const before = tokens[i - 1];
      const given =
        i - 1 >= covered &&
        before !== undefined &&
        ctx.sameSentence(i - 1, i) &&
        (cliticBits(before) & ~CLITIC_BIT.article) === 0 &&
        (ctx.isGivenName(before) || nameLike(ctx, before) || taggedEnd.get(i - 1) === i);
      emit(given ? i - 1 : i, i + 2, 'family-compound');
      continue;
    }
    const cue = ctx.cueAt(i);
    if (cue) {
      // خادم الحرمين الشريفين: the title mentions the person; grouped with the name after it, if any.
      const titled = cue.length > 1 && TITLE_NAMES.has(titleForms(ctx, i, i + cue.length));
      if (titled) {
        emit(i, i + cue.length, 'title-alone');
      }
      const named = out.length;
      // Titles may pile up: الأمير الدكتور تركي.
      let j = i + cue.length;
      const kind = cue.kind;
      for (let more = ctx.cueAt(j); more && kind !== 'role' && more.kind !== 'role'; more = ctx.cueAt(j)) j += more.length;
      // The complement: after a title only a country, nisba, place or org (الرئيس المصري، ...);
      // after a role also definite nouns (وزير الكهرباء، رئيس هيئة الرقابة الإدارية).
      let comma = false;
      let failed = false;
      const limit = Math.min(tokens.length, j + 7);
      while (j < limit && ctx.sameSentence(i, j)) {
        const t = tokens[j];
        if (ctx.isPunct(t, ',،')) {
          comma = true;
          j++;
          break;
        }
        // A title after the complement belongs to no name: "وقائدها العميد عيدروس الزبيدي".
        const title = ctx.cueAt(j);
        if (title && !familyCompoundAt(tokens, j)) {
          j += title.length;
          continue;
        }
        // A verbal noun with ل or ب and a pronoun ends the phrase with no name: رئيس عصابة مخدرات لتجده
        // يعيش حياة مترفة، والقاضي بإعدامه رميا بالرصاص.
        if (prepositionWithPronoun(t)) {
          failed = true;
          break;
        }
        if (startsName(ctx, j) && !lex.at(j)) break;
        const known = lex.at(j);
        if (kind !== 'role' && !known) {
          failed = true;
          break;
        }
        if (!known && (t.stop || t.kind === 'number' || ctx.isPunct(t, '.:؛;!?؟()"«»'))) {
          failed = true;
          break;
        }
        j = known ? known.tokenEnd : j + 1;
      }
      if (failed || j >= limit) continue;
      if (!ctx.sameSentence(i, j)) {
        // A signature: the role ends its line, the next line is only a name.
        const sig = signatureAt(ctx, j, stop);
        if (sig) emit(sig.from, sig.to, 'signature');
        continue;
      }
      const end = regnalEnd(ctx, j, runEnd(j, 5), runEnd);
      if (end === j || !startsName(ctx, j)) continue;
      if (end - j === 1 && !ctx.isGivenName(tokens[j])) {
        // One word that is no given name is a name only where the phrase ends with it
        // ("المهندس الشيحة:", "الدكتور المهنا أن"), not before more words (الرئيس يتمسك بمطالبه),
        // and only a word never seen or mostly seen in names ("الوزيرة جانبا من" is "aside").
        const next = tokens[end];
        const ends = !next || !ctx.sameSentence(j, end) || ctx.isPunct(next, ',،.:؛"»)') || next.stop;
        const w = tokens[j];
        const common = ctx.commonness(w);
        // A word often inside names but as often a plain word of the news is none alone: مدير
        // الأمن، رئيس منظمة، المبعوث الدولي (sample3k: the words of 100+ counts among one-word
        // names after a cue were these and weekdays, وزير النفط الروسي الخميس; the family names
        // the vocabulary counts stay under: الأسد 67, الحريري 32, المالكي 21).
        const unseen = common === 0 || (ctx.namedByCorpus(w) && common <= PLAIN_WORD && !WEEKDAYS.has(w.base));
        if (!ends || !unseen || (kind === 'role' && !comma && j > i + cue.length)) continue;
        // Nor a word whose class in the unlabeled news holds almost no person names, which the
        // small tagged corpora never saw: المبعوث الأممي، مدير عام جمعية، قائد المتمردين، رئيس التحرير.
        // (data/models/no-person-words.txt). On 5,500 unlabeled articles (seed 5501 and sample3k) 44
        // one-word persons after a cue go, all no person (الأممي 14, المتمردين 10, التحرير 7, جمعية 4).
        // Nor a definite word the news has 100 times or more in a class of common words
        // (frequent-common-words.txt): المدير الرياضي (holdout11), والحاجة العاجلة (sample3k, its one change);
        // a family name alone after a title is not so often a plain word (آية الله خامنئي kept: the bare
        // word is in the list, the article keeps it out).
        if (noPersonInNews(w) || (isDefinite(w) && frequentCommonInNews(w))) continue;
        // الفريق is also "the team": a lone definite word after it is the team's adjective (الفريق
        // الكتالوني، الفريق اللندني، الفريق الشبابي: 25 of the 28 one-word names after it in sample3k),
        // not a general's family name (الفريق مميش).
        if (withoutArticle(tokens[i]) === 'فريق' && isDefinite(w)) continue;
      }
      // A given name that is also a title without its article (أمير، الأمير) before a place or an
      // area word is the office: سمو أمير المنطقة، لسمو أمير منطقة عسير، أمير جازان (sample3k: 19
      // person mentions أمير alone, all the emir of a region or the crown prince's office).
      if (end - j === 1 && officeAt(ctx, lex, j)) continue;
      // A king or sultan named by his given name alone is called with the title: "الملك عبدالله"
      // (../shared/unlabeled: الملك سلمان 1,309, الملك فهد 963, الملك عبدالله 872 in 2,264
      // articles); the given name alone names no one in particular.
      const royal = end - j === 1 && j === i + 1 && ROYAL_TITLES.has(tokens[i].base) && ctx.isGivenName(tokens[j]);
      emit(royal ? i : j, end, kind === 'role' ? 'role-name' : 'title-name');
      // Only a king's name is the title's (خادم الحرمين الشريفين الملك سلمان); نائب خادم الحرمين الشريفين
      // الأمير محمد بن نايف is the deputy.
      if (titled && out.length === named + 1 && ROYAL_TITLES.has(tokens[i + cue.length].base))
        out[named - 1] = { ...out[named - 1], aliases: undefined, name: out[named].name, group: out[named].group };
      continue;
    }
    // given name + another name word: وقال زياد الشيحة.
    const t = tokens[i];
    // "ولدينا" is و + ل + دينا ("and we have"): a name after a preposition is not taken here
    // (asked of given names only: reading a token's clitics makes their spans).
    // After a facility word the name is the facility's: محطة نور ميدلت is a plant, not a woman.
    if (
      ctx.isGivenName(t) &&
      !isFacilityWord(tokens[i - 1]) &&
      !t.stop &&
      !ctx.isWordyGivenName(t) &&
      !lex.at(i, PLACE_TYPES) &&
      !listedOrgAt(lex, i)
    ) {
      // After a preposition, only before two more name words: لحسن نصر الله, not ولدينا أرشيف; and
      // not where the whole word is a given name (بندر بن سلطان is not ب + ندر, باراك not ب + اراك).
      // A given name that is also a definite nisba, right after a definite word or a noun with a pronoun,
      // is an adjective agreeing with it: الشعر العربي الفصيح، المعهد العربي لإنماء المدن، التحالف الكردي
      // العربي المدعوم (../shared/unlabeled: a definite word before العربي 4,793 times, the adjective; العربي
      // as a given name after a title or قال a dozen times, never after a definite word). sample3k: 4
      // persons so read from العربي, all the adjective.
      if (adjectiveGivenName(ctx, i)) continue;
      const prep = hasPreposition(t) && !joinedGivenName(ctx, i);
      if (prep && ctx.gaz.givenNames.has(t.norm)) continue;
      // The closures read this copy: a closure over the loop's own i would make a scope object for every token.
      const at = i;
      const end = prep
        ? nameRunEnd(ctx, i + 1, 4, (k) => stop(k))
        : regnalEnd(
            ctx,
            i,
            nameRunEnd(ctx, i, 5, (k) => k > at && stop(k)),
            (from, max) => nameRunEnd(ctx, from, max, (k) => k > from && stop(k)),
          );
      if (prep && end - i < 3) continue;
      // Every word must read as a name: "سعودة عالية" is "high Saudization", not a woman.
      // The word after عبد is a name's (أشرف بن عبد السلام), whatever it means alone.
      const wordy = tokens
        .slice(i, end)
        .some((w, k) => tokens[at + k - 1]?.norm !== 'عبد' && (ctx.isWordyGivenName(w) || mostlyWord(ctx.gaz.stats, w.norm)));
      if (end - i >= 2 && !wordy) emit(i, end, 'given-name');
    }
  }
  // The title alone elsewhere in the article is the same king, where it names one: قال خادم الحرمين
  // الشريفين ... بمبادرة خادم الحرمين الشريفين.
  const kings = new Set(out.filter((c) => c.rule === 'title-alone' && c.group !== formsGroup(tokens, c.tokenStart, c.tokenEnd)));
  const king = [...kings][0];
  if (king && new Set([...kings].map((c) => c.group)).size === 1) {
    for (let k = 0; k < out.length; k++)
      if (out[k].rule === 'title-alone' && !kings.has(out[k]))
        out[k] = { ...out[k], aliases: undefined, name: king.name, group: king.group };
  }
  return out;
}

/** The forms of tokens [from, to) as a cue phrase: the first without its proclitics (لخادم الحرمين الشريفين). */
function titleForms(ctx: MatchContext, from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(k === from ? ctx.tokens[k].base : ctx.tokens[k].norm);
  return parts.join(' ');
}

/** Area words (منطقة، مدينة، محافظة) without the article. */
const AREA_WORDS = wordsOf(['area_cue', 'settlement_cue']);
/** Words after an office's title that say it is the office (أمين عام، أمين اللجنة، أمين مجلس): "general" and the heads of bodies. */
const OFFICE_WORDS = wordsOf(['office_general', 'org_cue']);

/**
 * Token j is a title written without its article (أمير, of the title الأمير) and the word after it
 * a place or an area word (المنطقة، منطقة): the office of the place, not a given name; so too before
 * عام or the head of a body (أمين عام مجلس التنمية السياحية، أمين اللجنة الإشرافية: sample3k's 6
 * one-word persons أمين were all the office, after a role and its complement).
 */
function officeAt(ctx: MatchContext, lex: CandidateIndex, j: number): boolean {
  const t = ctx.tokens[j];
  const n = ctx.tokens[j + 1];
  if (!t || !n || t.kind !== 'arabic' || isDefinite(t) || !ctx.sameSentence(j, j + 1)) return false;
  if (!ctx.gaz.cues.root.has(`ال${t.base}`)) return false;
  if (n.kind === 'arabic' && (cliticBits(n) & ~CLITIC_BIT.article) === 0 && OFFICE_WORDS.has(withoutArticle(n))) return true;
  return (
    !!lex.at(j + 1, PLACE_TYPES) ||
    (n.kind === 'arabic' && (cliticBits(n) & ~CLITIC_BIT.article) === 0 && AREA_WORDS.has(withoutArticle(n)))
  );
}

/**
 * Token i is a given name shaped as a definite nisba (العربي) right after a definite word, a nisba or a
 * noun with a pronoun that is no cue nor a name: the adjective of that noun, not a name's start.
 */
function adjectiveGivenName(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (!prev || t.kind !== 'arabic' || prev.kind !== 'arabic' || !ctx.sameSentence(i - 1, i) || ctx.isChrome(i - 1)) return false;
  if (cliticBits(t) !== CLITIC_BIT.article || !t.base.endsWith('ي')) return false;
  if (ctx.cueAt(i - 1) || ctx.isGivenName(prev) || prev.stop) return false;
  return isDefinite(prev) || hasClitic(prev, 'pronoun');
}

/** A listed organisation of two words or more starts at i: الجوهرة أف أم (a radio station; الجوهرة is also a woman's name). */
function listedOrgAt(lex: CandidateIndex, i: number): boolean {
  const org = lex.at(i, ['ORG']);
  return !!org && org.tokenEnd - i >= 2;
}

function hasPreposition(t: Token): boolean {
  return hasClitic(t, 'prep');
}

/**
 * A name starts at j: a given name, a rare word, or a joiner before a name word; عبد before
 * a definite word is always a name (عبد الفتاح, عبد الله).
 */
function startsName(ctx: MatchContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  // والقاضي بإعدامه رميا بالرصاص: القاضي is "ruling", not the judge before a name.
  if (prepositionWithPronoun(t)) return false;
  if (NAME_JOINERS.has(t.norm)) {
    const n = ctx.tokens[j + 1];
    return !!n && n.sentence === t.sentence && (nameLike(ctx, n) || (t.norm === 'عبد' && n.kind === 'arabic' && n.base.startsWith('ال')));
  }
  return ctx.isGivenName(t) || nameLike(ctx, t) || familyCompoundAt(ctx.tokens, j);
}

/** At token j (first of a new sentence), a sentence made only of a 2–4 word name. */
function signatureAt(ctx: MatchContext, j: number, stop: (j: number) => boolean): { from: number; to: number } | null {
  const t = ctx.tokens[j];
  if (!t || ctx.isChrome(j)) return null;
  const s = ctx.doc.sentences[t.sentence];
  if (!s || s.tokenStart !== j) return null;
  const end = nameRunEnd(ctx, j, 4, (k) => k > j && stop(k));
  if (end !== s.tokenEnd || end - j < 2 || !startsName(ctx, j)) return null;
  return { from: j, to: end };
}
