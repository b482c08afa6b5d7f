// The words of a project's name that identify it, as consolidation compares them: every word
// folded (src/text/normalize) with its clitics removed (بجدة → جده, الملك → ملك), then without
// the words that only say what kind of project it is (محطة، مشروع، مطار، الطاقة الشمسية، إنشاء),
// the words that are the project's places or a country (جدة، الكويتية), function words, and the
// modifiers that news adds to any name (الجديد، الدولي; data/lexicon/project-name-generic.tsv).
// What remains names the project: مشروع مطار الملك عبدالعزيز الدولي الجديد → ملك عبدالعزيز.
// Words are computed once per distinct name (style.md rule 15).
import { loadCountries, loadNisbas, loadPlaces, LEXICON_DIR } from '../lexicon/load-lexicons.js';
import { readTsv } from '../lexicon/read-tsv.js';
import { ACTIONS, DESCRIPTORS, HEAD_ADJECTIVES, LINE_HEADS, TRIGGERS } from '../projects/triggers.js';
import { foldString } from '../text/normalize/index.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';
import { words } from '../lexicon/word-lists.js';

/** The file of generic name words, in data/lexicon/. */
export const GENERIC_WORDS_FILE = 'project-name-generic.tsv';

const stripArticle = (w: string): string => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w);

let typeWordSet: Set<string> | null = null;
let headTypes: Map<string, string> | null = null;
let actionSet: Set<string> | null = null;
/** Words that say the kind of project: triggers, line heads, action nouns (article-less, folded). */
function typeWords(): Set<string> {
  if (!typeWordSet) {
    typeWordSet = new Set<string>();
    headTypes = new Map<string, string>();
    actionSet = new Set<string>();
    for (const [w, t] of TRIGGERS) headTypes.set(stripArticle(foldString(w)), t.type);
    for (const [w, t] of LINE_HEADS) headTypes.set(stripArticle(foldString(w)), t);
    for (const w of ACTIONS) actionSet.add(stripArticle(foldString(w)));
    for (const w of [...headTypes.keys(), ...actionSet]) typeWordSet.add(w);
  }
  return typeWordSet;
}

/** The head words of a name's beginning that only say what kind of project it is: a plain
 *  مشروع or برنامج-less head and action nouns (مشروع تنمية ...), up to the first facility head. */
function isLeadWord(word: string): 'skip' | 'head' | null {
  typeWords();
  const type = headTypes!.get(word);
  if (type === undefined) return actionSet!.has(word) ? 'skip' : null;
  return type === 'project' ? 'skip' : 'head';
}

/** Whether a folded word is a descriptor of type (شمسيه, الرياح, التحليه ...). */
function isDescriptor(word: string): boolean {
  return DESCRIPTORS.has(word) || DESCRIPTORS.has(`ال${word}`);
}

let genericSet: Set<string> | null = null;
/** The generic modifiers of data/lexicon/project-name-generic.tsv (folded, article-less). */
export function genericWords(dir: URL = LEXICON_DIR): Set<string> {
  if (!genericSet) {
    genericSet = new Set<string>();
    try {
      const table = readTsv(new URL(GENERIC_WORDS_FILE, dir), ['word']);
      for (const { record } of table.rows) genericSet.add(stripArticle(foldString(record.word)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return genericSet;
}

let countrySet: Set<string> | null = null;
/** One-word country names and nisbas (السعوديه، الكويتيه → article-less folded forms). */
function countryWords(): Set<string> {
  if (!countrySet) {
    countrySet = new Set<string>();
    const add = (w: string) => {
      if (!w.includes(' ')) countrySet!.add(stripArticle(foldString(w)));
    };
    for (const c of loadCountries()) c.namesAr.forEach(add);
    for (const n of loadNisbas()) [...n.masc, ...n.fem, ...n.mascPl, ...n.femPl].forEach(add);
  }
  return countrySet;
}

let headAdjectiveSet: Set<string> | null = null;
/**
 * The pairs of a head and the adjective that makes its type (data/lexicon/project-words.tsv
 * head_adjective: وحدة سكنية، منطقة حرة، مدينة صناعية، مجرى ملاحي), as `head adjective` folded and
 * article-less. The adjective after its head says what kind of project it is, as شمسية does
 * after محطة, and names none: in a store of 26,542 articles (SNN 2015-08-05..11, ANT 2014-2018)
 * the names reduced to such an adjective alone made 31 links, among them وحدة سكنية (88,000
 * units of a new city) = وحدة سكنية (12,000 units built in Jeddah) and المنطقة الحرة (Rafah's) =
 * منطقة حرة (another list of the Suez Canal zone). Left out: new cities (العاصمة الإدارية names
 * one city in the news of Egypt) and canals, whose 13 links there by المجرى الملاحي alone all
 * joined reports of the new Suez Canal, read right.
 */
function headAdjectives(): Set<string> {
  if (!headAdjectiveSet) {
    headAdjectiveSet = new Set<string>();
    for (const [pair, type] of HEAD_ADJECTIVES) {
      if (type === 'new_city' || type === 'canal') continue;
      const [head, ...rest] = foldedWords(pair);
      if (head && rest.length === 1) headAdjectiveSet.add(`${head} ${rest[0]}`);
    }
  }
  return headAdjectiveSet;
}

/** First words of compound names written with or without a space (عبد الله، أبو ظبي). */
const JOINED_HEADS = new Set(['عبد', 'ابو']);

let knowledge: WordKnowledge | null = null;
const wordMemo = new Map<string, string[]>();

/** The folded, clitic-free words of a text, without punctuation and function words. */
export function foldedWords(text: string): string[] {
  let words = wordMemo.get(text);
  if (!words) {
    knowledge ??= defaultWordKnowledge();
    const tokens = tokenize(text, 0, text.length, knowledge).filter(
      (t) => (t.kind === 'arabic' && !t.stop) || t.kind === 'number' || t.kind === 'latin' || t.kind === 'alnum',
    );
    words = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'arabic') {
        words.push(t.norm.toLowerCase());
        continue;
      }
      const w = stripArticle(t.stem);
      // عبد العزيز = عبدالعزيز, أبو ظبي = أبوظبي: outlets write these names in one word or two.
      if (JOINED_HEADS.has(w) && i + 1 < tokens.length && tokens[i + 1].kind === 'arabic') {
        words.push(w + tokens[++i].base);
        continue;
      }
      if (w !== '') words.push(w);
    }
    if (wordMemo.size > 200_000) wordMemo.clear();
    wordMemo.set(text, words);
  }
  return words;
}

/** Seen this often in the word counts of data/lexicon/vocab.tsv (with or without ال), a word
 *  is a plain word of Arabic text rather than a name: the NER features' threshold. */
export const COMMON_WORD = 100;

/** Whether a folded, article-less word is common in Arabic text (ملك, جديد, دولي, طاقة), so a
 *  name made only of such words (المحطة الجديدة) does not single a project out by itself. */
export function isCommonWord(word: string): boolean {
  knowledge ??= defaultWordKnowledge();
  return Math.max(knowledge.freq(word), knowledge.freq(`ال${word}`)) >= COMMON_WORD;
}

/** Whether `needle` occurs in `words` as a contiguous run; its index, or -1. */
export function findRun(words: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > words.length) return -1;
  outer: for (let i = 0; i + needle.length <= words.length; i++) {
    for (let j = 0; j < needle.length; j++) if (words[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Words that open the name of an administrative area (منطقة الرياض، محافظة الزلفي). */
const AREA_HEADS: ReadonlySet<string> = words('name_area_head');

let gazetteer: Set<string> | null = null;
/** Whether a place (as folded words) is a settlement, area or country of the lexicons, rather
 *  than a facility the projects stage gave as a place (قناة السويس الجديدة, سد النهضة). */
export function isGeographic(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.length === 1 || AREA_HEADS.has(words[0])) return true;
  if (!gazetteer) {
    gazetteer = new Set<string>();
    for (const p of loadPlaces()) for (const n of p.namesAr) gazetteer.add(foldedWords(n).join(' '));
    for (const c of loadCountries()) for (const n of c.namesAr) gazetteer.add(foldedWords(n).join(' '));
  }
  return gazetteer.has(words.join(' '));
}

export interface NameWords {
  words: string[];
  /** The name said no more than its type and its place (مطار أبها, طريق الخرج). */
  placeNamed: boolean;
}

/**
 * The words that identify a project: its name's words without type words, generic modifiers,
 * country names and its own places. A place that is a facility rather than a settlement or area
 * (مطار الملك عبدالعزيز, قناة السويس الجديدة, given as places by the projects stage) stays part
 * of the name.
 */
export function nameWords(name: string, places: readonly string[], generic: ReadonlySet<string> = genericWords()): NameWords {
  const words = [...foldedWords(name)];
  const drop = new Array<boolean>(words.length).fill(false);
  let placed = false;
  for (const place of places) {
    const pw = foldedWords(place);
    // A settlement or area (المدينة المنورة, منطقة مكة المكرمة) is a place even where its first word
    // is also a project head (مدينة، منطقة); otherwise a place that starts with a head is a facility.
    if (pw.length === 0 || !isGeographic(pw)) continue;
    const at = findRun(words, pw);
    if (at < 0) continue;
    placed = true;
    for (let j = 0; j < pw.length; j++) drop[at + j] = true;
  }
  // The name's head: a plain مشروع and action nouns, then the first facility head (مشروع توسعة
  // مطار الملك خالد → الملك خالد). A head after it names something else and stays: مشروع تنمية
  // منطقة قناة السويس keeps قناة (the canal's zone, not the canal).
  for (let i = 0; i < words.length; i++) {
    if (drop[i]) continue;
    const lead = isLeadWord(words[i]);
    if (lead === null) break;
    drop[i] = true;
    if (lead === 'head') break;
  }
  // The adjective of a head that makes its type (وحدة سكنية، المنطقة الحرة): the head may be
  // dropped above as the name's head, the adjective says no more.
  const pairs = headAdjectives();
  for (let i = 1; i < words.length; i++) if (pairs.has(`${words[i - 1]} ${words[i]}`)) drop[i] = true;
  const countries = countryWords();
  const kept = words.filter((w, i) => !drop[i] && !isDescriptor(w) && !actionSet!.has(w) && !generic.has(w) && !countries.has(w));
  return { words: kept, placeNamed: placed && kept.length === 0 };
}

/** The identifying words of a project's name (nameWords without the flag). */
export function distinctiveWords(name: string, places: readonly string[], generic: ReadonlySet<string> = genericWords()): string[] {
  return nameWords(name, places, generic).words;
}

/** The folded words of each place (article-less), for comparing places across reports. */
export function placeWords(places: readonly string[]): string[][] {
  return places.map((p) => foldedWords(p)).filter((w) => w.length > 0);
}
