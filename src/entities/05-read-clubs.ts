// Step 5c (resolve, continued): a one-word person that names a club is the club (clubPersons); in
// an article on football, a city that is also a club's name is the
// club where the article says so once: "برشلونة الإسباني" (a city takes a feminine adjective, برشلونة
// الإسبانية; a masculine country's adjective agrees with the club, نادي برشلونة) or "نادي|فريق
// برشلونة". Every mention of that city in the article is then the club (ORG), as a reader takes
// "تعادل برشلونة مع إشبيلية" there. Where the context check or the org cues already read that mention
// as the club (an ORG of the city's words: club-city, نادي ليفربول), its city is the club too. An article is on football when it writes the words of the game
// (`sport_word`: مباراة، الدوري، لاعب، مدرب، ملعب ...) at least SPORT_WORDS times, SPORT_KINDS of them
// distinct: 367 of the 3,000 articles of /tmp/s31/sample3k.jsonl, 239 of the 372 its sport
// outlets wrote. Of the CITY mentions of those articles, 419 had such a sign in their article
// (برشلونة 88, ليفربول 65, الزمالك 39, روما 15, بورتو 11 ...). Outside football the same
// adjective agrees with a noun before the city (منتجع سوتشي الروسي، سجن الرملة الإسرائيلي، فيلق
// القدس الإيراني), which is why the article must be on football.
import { readFileSync } from 'node:fs';
import { type Candidate, patternCandidate } from './candidate.js';
import type { MatchContext } from './match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from './token-view.js';
import { words, wordsOf } from '../lexicon/word-lists.js';
import { TypeFlag } from '../text/type-flag.js';

/** Words of football, without the article (مباراة، دوري، لاعب). */
const SPORT = words('sport_word');
/** Nouns before a city that make it a club's name: نادي برشلونة، فريق ليفربول. */
const CLUB_CUES = words('club_cue');
/** Words right before a city that make it the club in an article on football: مهاجم ليفربول، أمام إشبيلية. */
const CLUB_SIGNS = words('club_sign');
/** Words before a city that keep it the city (مدينة باري، بلدية باري: "the mayor of Bari" in an article on its club). */
const CITY_WORDS = wordsOf(['settlement_cue', 'capital_word', 'city_office']);
const SPORT_WORDS = 5;
const SPORT_KINDS = 3;

/** A word of football, with or without the article, asked once per word type. */
const SPORT_WORD = new TypeFlag((t) => t.kind === 'arabic' && SPORT.has(withoutArticle(t)));
/** The answer of onFootball for each document's context: four steps ask it. */
const FOOTBALL = new WeakMap<MatchContext, boolean>();

/** Whether the article writes the words of football often enough to be on it (asked once per document). */
export function onFootball(ctx: MatchContext): boolean {
  const known = FOOTBALL.get(ctx);
  if (known !== undefined) return known;
  const { tokens, typeIds } = ctx;
  const seen = new Set<string>();
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SPORT_WORD.ofType(typeIds[i], tokens[i])) continue;
    seen.add(withoutArticle(tokens[i]));
    total++;
  }
  const answer = total >= SPORT_WORDS && seen.size >= SPORT_KINDS;
  FOOTBALL.set(ctx, answer);
  return answer;
}

/** The folded words of tokens [from, to), without the article. */
function foldedWords(ctx: MatchContext, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from ? ' ' : '') + withoutArticle(ctx.tokens[i]);
  return out;
}

const HARVEST_URL = new URL('../../data/models/harvested-names.tsv', import.meta.url);
let harvestedClubs: ReadonlySet<string> | null = null;

/**
 * The ORG words data/models/harvested-names.tsv learned mostly after نادي or فريق in
 * ../shared/unlabeled (فريق بارما 7, نادي بارما 4; ليفربول، زمالك، نابولي): 118 words, folded stems.
 */
function harvestedClubWords(): ReadonlySet<string> {
  if (harvestedClubs) return harvestedClubs;
  const out = new Set<string>();
  let header = true;
  for (const line of readFileSync(HARVEST_URL, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const [stem, type, , , , , evidence] = line.split('\t');
    if (type === 'ORG' && /^(نادي|فريق) \d/.test(evidence ?? '')) out.add(stem);
  }
  harvestedClubs = out;
  return out;
}

/**
 * A person of one word that names a club is the club: a word of a club the lexicon knows and the
 * article names in full (أتلتيكو مدريد ... وعزز أتلتيكو فرصته; مانشستر يونايتد ... ويبدأ يونايتد
 * مشواره), which takes that club's identity, or, in an article on football, a word learned after
 * نادي or فريق (واحتل بارما المركز الثاني). On 2,500 unseen articles (sample.mjs 2500 7707) the tagger
 * read بارما ×9، أتلتيكو ×6، ميلان ×3، يونايتد ×2 as persons in such articles. A word of a club's name
 * that the article does not write in full is left alone: فيغو of سيلتا فيغو is also Luis Figo.
 */
function clubPersons(ctx: MatchContext, kept: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const oneWord = (c: Candidate): boolean => c.tokenEnd === c.tokenStart + 1 && tokens[c.tokenStart].kind === 'arabic';
  const person = (c: Candidate): boolean => c.type === 'PERSON' && oneWord(c);
  // The tagger's ORG of one word without a key (أتلتيكو) joins the club too, so that the article's
  // other mentions of the word, linked to it, are the club's.
  const unkeyed = (c: Candidate): boolean => c.type === 'ORG' && c.key === null && oneWord(c);
  if (!kept.some((c) => person(c) || unkeyed(c))) return kept;
  // The words of the clubs the article names in full; a word two clubs share (يونايتد) names none.
  const named = new Map<string, Candidate | null>();
  for (const c of kept) {
    if (c.type !== 'ORG' || c.subtype !== 'club' || c.key === null) continue;
    for (let i = c.tokenStart; i < c.tokenEnd; i++) {
      const w = withoutArticle(tokens[i]);
      const seen = named.get(w);
      named.set(w, seen === undefined || seen?.key === c.key ? c : null);
    }
  }
  const given = ctx.gaz.givenNames;
  return kept.map((c) => {
    if (!person(c) && !unkeyed(c)) return c;
    const t = tokens[c.tokenStart];
    const w = withoutArticle(t);
    if (given.has(w) || given.has(t.base)) return c;
    const club = named.get(w);
    if (c.type === 'ORG' && !club) return c;
    if (club)
      return {
        ...c,
        type: 'ORG',
        key: club.key,
        name: club.name,
        nameEn: club.nameEn,
        country: club.country,
        subtype: 'club',
        group: undefined,
        rule: 'club-word',
      };
    if (!harvestedClubWords().has(w)) return c;
    return onFootball(ctx) ? { ...c, type: 'ORG', key: null, nameEn: null, group: undefined, rule: 'club-word' } : c;
  });
}

/** A definite word of a club named by a common word (الهلال، النصر، الفيصلي: `club_word`), asked once per word type. */
const CLUB_WORDS = words('club_word');
/** Definite words after which such a word is another phrase: الهلال الأحمر، الهلال النفطي، النصر التي. */
const CLUB_PHRASES = words('club_word_phrase');
const CLUB_WORD = new TypeFlag((t) => t.kind === 'arabic' && isDefinite(t) && CLUB_WORDS.has(withoutArticle(t)));

/**
 * Clubs named by a common word, in an article on football: الهلال، النصر، الفيصلي alone are the club
 * ("لمطاردة الهلال المتصدر حينما يستضيف التعاون", "لقاء السوبر بين النصر والهلال"), which neither lexicon
 * nor tagger read, unless a word after it makes another phrase (club_word_phrase: الهلال الأحمر، الهلال
 * النفطي، النصر التي); الهلال المتصدر، الهلال السعودي are the club. Of the 3,000 articles of
 * /tmp/s31/sample3k.jsonl, those on football wrote 125 such الهلال no mention covered (all the club but
 * مشروع تطبيق الهلال, the club's app), النصر 12 (10 the club, 2 "victory") and الفيصلي 17 (all the club).
 * الاتحاد، الشباب، التعاون، الاتفاق are left alone: there they are as often the federation, youth,
 * "cooperation" and "agreement".
 */
function clubWords(ctx: MatchContext, kept: Candidate[]): Candidate[] {
  const { tokens, typeIds } = ctx;
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) any = CLUB_WORD.ofType(typeIds[i], tokens[i]);
  if (!any || !onFootball(ctx)) return kept;
  const covered = new Uint8Array(tokens.length);
  for (const c of kept) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !CLUB_WORD.ofType(typeIds[i], t) || ctx.isChrome(i)) continue;
    const next = tokens[i + 1];
    if (
      next &&
      next.sentence === t.sentence &&
      next.kind === 'arabic' &&
      !hasProclitic(next) &&
      (CLUB_PHRASES.has(withoutArticle(next)) || CLUB_PHRASES.has(next.base))
    )
      continue;
    added.push({ ...patternCandidate(tokens, ctx.text, i, i + 1, baseStart(t), 'ORG', 'club-word'), subtype: 'club' });
  }
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** The mentions, with every city the article names as a club made an ORG. */
export function readClubs(ctx: MatchContext, mentions: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const kept = clubWords(ctx, clubPersons(ctx, mentions));
  if (!kept.some((c) => c.type === 'CITY' && c.key !== null)) return kept;
  const starting = new Map<number, Candidate>();
  for (const c of kept) starting.set(c.tokenStart, c);
  const clubs = new Set<string>();
  // The club's name as an ORG mention found it: the city before a masculine nisba (club-city, in the
  // context check) or after نادي|فريق (the org cues): its folded words, the cue left out.
  const clubForms = new Set<string>();
  for (const c of kept) {
    if (c.type !== 'ORG') continue;
    let from = c.tokenStart;
    if (from + 1 < c.tokenEnd && CLUB_CUES.has(tokens[from].base)) from++;
    clubForms.add(foldedWords(ctx, from, c.tokenEnd));
  }
  for (const c of kept) {
    if (c.type !== 'CITY' || c.key === null || clubs.has(c.key)) continue;
    const last = tokens[c.tokenEnd - 1];
    const next = starting.get(c.tokenEnd);
    const nisba = tokens[c.tokenEnd];
    const masculine =
      next?.type === 'COUNTRY' &&
      next.via === 'nisba' &&
      next.tokenEnd === c.tokenEnd + 1 &&
      nisba.sentence === last.sentence &&
      isDefinite(nisba) &&
      !hasProclitic(nisba) &&
      !nisba.base.endsWith('ه');
    const cue = tokens[c.tokenStart - 1];
    const named = cue !== undefined && cue.sentence === tokens[c.tokenStart].sentence && !isDefinite(cue) && CLUB_CUES.has(cue.base);
    // A player, a match or an opponent of the city (مهاجم ليفربول، مباراة برشلونة، أمام إشبيلية): in an
    // article on football the city is the club there. On 2,500 unseen articles (sample.mjs 2500 6607)
    // the 310 CITY mentions of برشلونة، ليفربول، روما، فالنسيا ... had مهاجم 4, أمام 7, مباراة 3,
    // لاعبو 2, مدافع 2, نجم 2, مرمى 2, يلتقي 2, قفاز, صفوف, جناح, معقل right before them.
    const signed =
      cue !== undefined &&
      cue.kind === 'arabic' &&
      cue.sentence === tokens[c.tokenStart].sentence &&
      !isDefinite(cue) &&
      !hasProclitic(cue) &&
      !hasProclitic(tokens[c.tokenStart]) &&
      CLUB_SIGNS.has(cue.base) &&
      // أمام إنجلترا is the national team of a country's region, named as the country's are.
      c.subtype !== 'region';
    if (masculine || named || signed || clubForms.has(foldedWords(ctx, c.tokenStart, c.tokenEnd))) clubs.add(c.key);
  }
  if (clubs.size === 0 || !onFootball(ctx)) return kept;
  const cityWord = (c: Candidate): boolean => {
    const before = tokens[c.tokenStart - 1];
    // بلدية is read as ب + لديه ("with him"), so its whole form is asked too.
    return before !== undefined && before.kind === 'arabic' && (CITY_WORDS.has(withoutArticle(before)) || CITY_WORDS.has(before.norm));
  };
  return kept.map((c) =>
    c.type === 'CITY' && c.key !== null && clubs.has(c.key) && !cityWord(c)
      ? { ...c, type: 'ORG', key: null, nameEn: null, country: undefined, group: undefined, rule: 'club-city' }
      : c,
  );
}
