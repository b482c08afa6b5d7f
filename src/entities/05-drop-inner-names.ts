// Step 5b (resolve, continued): names inside the name of a street, a road or a building are not
// mentions of what they are named after (issue 16): "طريق قابس" in an article on the Sfax metro is
// a road of Sfax, not the city of Gabes; "شارع فلسطين" is a street, not Palestine; "مستشفى الملك
// فيصل" names no king. ../shared/unlabeled has 311 "طريق|شارع|نهج + a city or country" in 163
// articles of 20 outlets (طريق مكة 81, طريق الرياض 62, شارع فلسطين 16, طريق المهدية 3).
// "عن طريق X" is "by way of X" and "الطريق إلى X" "the road to X": the place stays. So do the
// places a road links (طريق بشكيك-أوش، طريق مكة جدة السريع): the road is between them, the
// places are the article's.
//
// A street, road, square or quay named by a place or a person is itself a place (LOCATION, as
// gold/FORMAT.md's "other places"): the inner name gives way to the street's, "كورنيش جدة
// الجنوبي", "رصيف الملك جورج الخامس", "شارع الحبيب بورقيبة", "طريق مكة". ../shared/unlabeled writes
// an indefinite طريق|شارع|كورنيش|ميدان|ساحة|نهج|دوار|رصيف|جادة + a word 10,372 times (طريق الملك
// 306, طريق مكة 116, كورنيش جدة 85, طريق الرياض 77, شارع الحبيب 49); only those before a name that
// the lexicons, the cues or the tagger read become places here, a common word never does
// (طريق العودة، ساحة المعركة). Buildings (مبنى، فندق، مستشفى، جامع) and eponyms (مركز، جامعة)
// still only drop the name: what they are is not always a place.
import type { Candidate } from './candidate.js';
import { patternCandidate } from './candidate.js';
import type { MatchContext } from './match-context.js';
import { baseStart } from './token-view.js';
import { words } from '../lexicon/word-lists.js';
import { CLITIC_BIT, cliticBits, cliticForms, hasClitic } from '../model/token.js';

/** Words that name a street, road or building by what follows them (folded, indefinite). */
const STREET_WORDS = words('street_word');
/**
 * Words that name a place or body after a person (مركز الملك فهد للأورام، مسجد الإمام الصادق): the person
 * is no mention; places after them stay. Project heads (مطار الملكة علياء) are left out: the project stage
 * names the project by the person. ../shared/unlabeled every 24th line (3,015 articles): 62 person
 * mentions dropped (88 with the project heads), those sampled all inside such a name.
 */
/**
 * Facilities that, with the person after them, name a place (مطار الأمير محمد بن عبدالعزيز الدولي، ملعب
 * الملك فهد، جسر الملك عبدالعزيز): a LOCATION, as gold-dev annotates مطار الملك خالد, not the person.
 * ../shared/unlabeled writes one of them + a title (الملك، الأمير، الملكة، الشيخ ...) + a word 1,116 times in
 * 694 articles (مطار 580, حديقة 108, جسر 98, ملعب 89, ستاد/استاد 111, متنزه/منتزه 90, ميناء 40); on 3,000
 * of its articles 22 PERSON mentions inside such names gave way to 27 LOCATIONs, 26 right by reading (مطار
 * الملك عبدالعزيز الدولي محمد العقيل runs on into the next name, as the person's span did).
 */
const FACILITY_PLACES = words('facility_place');
const OTHER_NAMING_WORDS: ReadonlySet<string> = new Set([...STREET_WORDS, ...words('eponym_head')]);
const PERSON_NAMING_WORDS = new Set([...OTHER_NAMING_WORDS, ...FACILITY_PLACES]);
/** Street words that, with the name after them, name a place (a road, street, square or quay). */
const STREET_PLACES = words('street_place');
/** A direction adjective after a street's name is part of it: كورنيش جدة الجنوبي، كورنيش الخبر الشمالي. */
const DIRECTION_ADJECTIVES = words('part_adjective');
/** How far before a name the street word may stand: طريق منزل شاكر (a town named منزل شاكر). */
const MAX_GAP = 2;
const DROPPED = new Set(['COUNTRY', 'CITY', 'REGION', 'PERSON']);
/**
 * A title between the street word and the person, outside the person's span, is the person's: طريق
 * الأمير فيصل بن محمد (the tagger's person فيصل بن محمد). ../shared/unlabeled (saudinewsnet) writes a street
 * or plan word + الأمير/الملك/الشيخ/الإمام 528 times in 212 articles; on 120 of those articles the person of
 * 6 طريق الأمير X and of 22 مخطط/مخططات + title + name stood alone as a PERSON.
 */
const EPONYM_TITLES = words('eponym_title');

/** The kept candidates without the ones that only name a street or building. */
export function dropInnerNames(ctx: MatchContext, kept: Candidate[]): Candidate[] {
  const starts = new Set(kept.map((c) => c.tokenStart));
  const ends = new Set(kept.map((c) => c.tokenEnd));
  const { tokens } = ctx;
  const dash = (t: { kind: string; text: string } | undefined): boolean => !!t && t.kind === 'punct' && '-–—'.includes(t.text);
  // A place joined to another by a dash or standing next to one is one end of a link.
  const after = (c: Candidate): boolean => ends.has(c.tokenStart) || (dash(tokens[c.tokenStart - 1]) && ends.has(c.tokenStart - 1));
  const linked = (c: Candidate): boolean =>
    (starts.has(c.tokenEnd) && !hasClitic(tokens[c.tokenEnd], 'prep')) ||
    (dash(tokens[c.tokenEnd]) && starts.has(c.tokenEnd + 1)) ||
    after(c);
  const out: Candidate[] = [];
  // Tokens of the kept candidates: a street's name takes no token another mention holds.
  const taken = new Set<number>();
  for (const c of kept) for (let k = c.tokenStart; k < c.tokenEnd; k++) taken.add(k);
  // A body whose name the org cues cut at a title (جامعة الإمام، جامعة الأميرة) and the person after it
  // are one name: جامعة الإمام محمد بن سعود، جامعة الأميرة نورة بنت عبدالرحمن.
  const titledBody = new Map<number, Candidate>();
  for (const c of kept) {
    const last = c.tokenEnd - 1;
    if (c.type !== 'ORG' || c.via !== 'pattern' || last <= c.tokenStart) continue;
    const cue = ctx.cueAt(last);
    if (
      cue?.kind === 'title' &&
      cue.length === 1 &&
      PERSON_NAMING_WORDS.has(tokens[c.tokenStart].base) &&
      !(hasClitic(tokens[last], 'prep') || hasClitic(tokens[last], 'conj'))
    )
      titledBody.set(c.tokenEnd, c);
  }
  const merged = new Set<Candidate>();
  for (const c of kept) {
    const body = c.type === 'PERSON' ? titledBody.get(c.tokenStart) : undefined;
    if (body && tokens[c.tokenStart].sentence === tokens[body.tokenStart].sentence) merged.add(body);
  }
  for (const c of kept) {
    if (merged.has(c)) continue;
    const body = c.type === 'PERSON' ? titledBody.get(c.tokenStart) : undefined;
    if (body && merged.has(body)) {
      out.push(patternCandidate(tokens, ctx.text, body.tokenStart, c.tokenEnd, body.start, 'ORG', 'org-titled-name'));
      continue;
    }
    // A person is no place's end of a link, only one standing right after another name (بجامعة كاليفورنيا
    // إيرفا هيرتزبيسوتو): مستشفى الملك سعود بعنيزة (the town's ب is not always a clitic of its token).
    if (!DROPPED.has(c.type) || c.via === 'nisba' || (c.type === 'PERSON' ? after(c) : linked(c))) {
      out.push(c);
      continue;
    }
    const k = streetWordBefore(ctx, c, c.type === 'PERSON' ? PERSON_NAMING_WORDS : STREET_WORDS);
    if (k < 0) {
      out.push(c);
      continue;
    }
    const street = streetPlace(ctx, k, c, taken);
    if (street) out.push(street);
    // A facility word that only names places keeps a person it does not name: ميناء رادس يوسف الشاهد.
    else if (!OTHER_NAMING_WORDS.has(ctx.tokens[k].base)) out.push(c);
  }
  return out;
}

/** The street named by the word at k and the name c after it, as a LOCATION, or null when k names a building. */
function streetPlace(ctx: MatchContext, k: number, c: Candidate, taken: ReadonlySet<number>): Candidate | null {
  const { tokens, text } = ctx;
  const cue = tokens[k];
  const place = STREET_PLACES.has(cue.base) || (c.type === 'PERSON' && FACILITY_PLACES.has(cue.base));
  if (!place || c.type === 'COUNTRY' || c.type === 'REGION') return null;
  for (let j = k; j < c.tokenStart; j++) if (taken.has(j)) return null;
  let end = c.tokenEnd;
  const next = tokens[end];
  if (
    next &&
    next.sentence === cue.sentence &&
    next.kind === 'arabic' &&
    cliticBits(next) === CLITIC_BIT.article &&
    cliticForms(next).length === 1
  ) {
    const bare = next.base.slice(2);
    if (DIRECTION_ADJECTIVES.has(bare) || (bare.endsWith('ه') && DIRECTION_ADJECTIVES.has(bare.slice(0, -1)))) end++;
  }
  return { ...patternCandidate(tokens, text, k, end, baseStart(cue), 'LOCATION', 'street-name'), country: c.country };
}

/** The street word (its token) a name at i is named by, or -1. */
function streetWordBefore(ctx: MatchContext, c: Candidate, streetWords: ReadonlySet<string>): number {
  const { tokens } = ctx;
  const i = c.tokenStart;
  // A name with a preposition is the road's complement, not its name: طريق جديد لأوروبا. After a title
  // the letter the splitter read as a proclitic is the name's where its span keeps it (الأمير فيصل,
  // not ف + يصل).
  const titled = i > 0 && EPONYM_TITLES.has(tokens[i - 1].norm) && c.start === tokens[i].start;
  if (!titled && (hasClitic(tokens[i], 'prep') || hasClitic(tokens[i], 'conj'))) return -1;
  for (let k = i - 1; k >= 0 && k >= i - MAX_GAP; k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence || t.kind !== 'arabic') return -1;
    // Only the word right before may carry a proclitic (بطريق المهدية, وطريق مكة).
    if (streetWords.has(t.base) && !t.base.startsWith('ال')) {
      const before = tokens[k - 1];
      return before && before.norm === 'عن' && before.sentence === t.sentence ? -1 : k;
    }
    // A word between the street word and the name is part of the name (طريق منزل شاكر), so it
    // carries no clitic and is no function word.
    // A title between them is the person's (ملعب الأمير عبدالله الفيصل، متنزه الأمير متعب).
    if (k === i - 1 && EPONYM_TITLES.has(t.norm) && !hasClitic(t, 'prep') && !hasClitic(t, 'conj')) continue;
    if (t.stop || (cliticBits(t) !== 0 && !ctx.cueAt(k))) return -1;
  }
  return -1;
}
