// Learns place names from raw news text through the words that announce them (مدينة X، محافظة X،
// ولاية X، معتمدية X، بلدة X، حقل X، ميناء X ...), keeping the names with enough independent
// evidence: several articles, several outlets or several cue types, a name that ends where the
// corpus says it ends, and a word the corpus does not mostly use for something else. The
// script src/scripts/harvest-places.ts streams ../shared/unlabeled through it in two passes
// (collect, then confirm) and writes data/lexicon/places-harvested.tsv.
//
// Pass 1 (`collectCues`) reads every cue occurrence: the up to three words after the cue that may
// be a name (Arabic, no function word, no proclitic), counted as 1-, 2- and 3-word candidates, each
// with how often the name is "closed" there (the next token is punctuation, a function word, a word
// with a proclitic, a number), in how many articles, outlets and cue types. Only integers are kept
// per candidate, so memory stays bounded by the number of distinct candidates.
// Pass 2 (`confirm`) reads the articles again for the shortlisted candidates only: how often the
// name occurs at all (with or without proclitics: the share after a cue tells a place from a plain
// word), which countries are named around its cue occurrences, its surface forms, two examples.
import { foldString } from '../../text/normalize/index.js';
import { tokenize } from '../../text/tokenize.js';
import type { Token } from '../../text/token.js';
import type { WordKnowledge } from '../../text/word-knowledge.js';
import { verbLike } from '../patterns/phrases.js';
import { words } from '../../lexicon/word-lists.js';
import { PROCLITIC_BITS, cliticBits } from '../../model/token.js';

/** What a cue says the name after it is. */
export type CueKind = 'settlement' | 'field' | 'port' | 'island' | 'river' | 'lake' | 'valley' | 'camp' | 'crossing' | 'base' | 'stadium';

/** The cues (folded, without the article) and what each announces. */
export const HARVEST_CUES = new Map<string, CueKind>([
  ['مدينه', 'settlement'],
  ['محافظه', 'settlement'],
  ['ولايه', 'settlement'],
  ['معتمديه', 'settlement'],
  ['بلده', 'settlement'],
  ['قريه', 'settlement'],
  ['مديريه', 'settlement'],
  ['بلديه', 'settlement'],
  ['اقليم', 'settlement'],
  ['مقاطعه', 'settlement'],
  ['اماره', 'settlement'],
  // A governor's (محافظ) town: محافظ جدة، محافظ أملج (SaudiNewsNet names its towns through their governors).
  ['محافظ', 'settlement'],
  ['حقل', 'field'],
  ['مكمن', 'field'],
  ['ميناء', 'port'],
  ['جزيره', 'island'],
  ['نهر', 'river'],
  ['بحيره', 'lake'],
  // Valleys are named places that are no settlement (وادي الدواسر، وادي مجردة). Not سد and حوض:
  // tried, they brought "سد فراغ رحيل" ("to fill the gap left by") and حوض الاستحمام (a bathtub)
  // through every threshold.
  ['وادي', 'valley'],
  // Camps, border crossings and military bases name places that are no settlement either, and
  // news names many of them bare once introduced: مخيم الزعتري، معبر راس جدير، قاعدة العند. Not
  // سهل: tried, it is also "facilitated" (سهل عملية عودته) and the given name Sahl (سهل بن حثمة);
  // not جبل: tried, it took the districts named after their mountain (مديرية جبل حبشي، صبر الموادم)
  // from the towns, and src/entities/patterns/place-cues.ts reads جبل + a definite word already.
  ['مخيم', 'camp'],
  ['معبر', 'crossing'],
  ['قاعده', 'base'],
  // Stadiums, which news names bare once introduced (على كامب نو، في أنفيلد) and whose names are
  // foreign words the tagged corpora know from elsewhere (كامب، بارك، سانتياغو), so that the facility
  // cue of place-cues.ts, which asks a rare word, misses them: ../shared/unlabeled writes ملعب|استاد|ستاد
  // before a word 3,569 times (كامب نو 40 + نو كامب 15 + الكامب نو 11, سانتياغو برنابيو 37, أولد ترافورد 34,
  // بارك دي برانس 26, أنفيلد 23, ستامفورد بريدج 18, أليانز أرينا 14), and كامب نو 181 times in all.
  ['ملعب', 'stadium'],
  ['استاد', 'stadium'],
  ['ستاد', 'stadium'],
]);
/**
 * Cues of facilities (camps, crossings, bases), which also head common phrases: an indefinite first
 * word the tagged corpora know (قاعدة صواريخ قديمة، قاعدة بيانات، معبر حدودي) names none of them.
 */
const FACILITY_KINDS: ReadonlySet<CueKind> = new Set(['camp', 'crossing', 'base']);
/**
 * Facilities that news also names after a town (معبر رفح، ملعب رادس): a stadium's name is no common word's
 * phrase as a base's may be (its cue share tells), so RARE_FIRST is not asked of it (كامب of كامب نو is
 * seen 4 times in the tagged corpora), but it shares the facilities' other guards.
 */
const TOWN_NAMED_KINDS: ReadonlySet<CueKind> = new Set([...FACILITY_KINDS, 'stadium']);
/** The most often an indefinite first word of a facility's name may occur in the tagged corpora. */
const RARE_FIRST = 3;
/** Cue kinds whose listed names do not make the bare name known: معبر رفح names the crossing, not the town رفح. */
export const NAMED_AFTER_TOWN: ReadonlySet<CueKind> = TOWN_NAMED_KINDS;
const CUE_LIST = [...HARVEST_CUES.keys()];
/** Words before a known place that make it one (محافظة بيشة، منطقة عسير), not a common word that a place shares (العيون، الخبر). */
const PLACE_CUES: ReadonlySet<string> = new Set([...[...HARVEST_CUES].filter(([, k]) => k === 'settlement').map(([c]) => c), 'منطقه']);

/**
 * A cue as written: optional و ف ب ل before it, never the article (المدينة المنورة is a name,
 * not a cue), then a space. Matched on the folded text.
 */
const CUE_RE = new RegExp(`(?<![\\u0621-\\u064A])(?:[وف]?[بل]?)(${CUE_LIST.join('|')})[ \\u00A0]+(?=[\\u0621-\\u064A])`, 'gu');
/** Words of a name: at most this many after the cue. */
export const MAX_WORDS = 3;
/** The window tokenized after a cue (characters): enough for three long words. */
const WINDOW = 70;
const TANWIN = /[\u064B-\u064D]/;

/** Integer evidence of one candidate name, gathered in pass 1. */
export interface CueStats {
  /** Cue occurrences followed by the name (as the first n words). */
  count: number;
  /** Of those, occurrences where the name ends there (the next token cannot continue a name). */
  closed: number;
  articles: number;
  lastArticle: number;
  /** Bit i: outlet i (index in the outlets list) used it after a cue. */
  outlets: number;
  /** Bit i: cue i of CUE_LIST announced it. */
  cues: number;
  /** Occurrences per cue kind, settlement first. */
  byKind: Record<CueKind, number>;
}

/** What pass 1 accumulates over a corpus. */
export class CueCollector {
  readonly stats = new Map<string, CueStats>();
  readonly outlets: string[] = [];
  private article = -1;

  constructor(
    private readonly knowledge: WordKnowledge,
    /** Folded forms that end a name: country nisbas (مدينة إسطنبول التركية is إسطنبول). */
    private readonly ends: (form: string) => boolean = () => false,
  ) {}

  /** Reads one article. */
  add(text: string, outlet: string): void {
    this.article++;
    let o = this.outlets.indexOf(outlet);
    if (o < 0 && this.outlets.length < 31) o = this.outlets.push(outlet) - 1;
    for (const occ of cueOccurrences(text, this.knowledge, this.ends)) {
      const kind = HARVEST_CUES.get(occ.cue)!;
      if (FACILITY_KINDS.has(kind) && !occ.words[0].startsWith('ال') && this.knowledge.freq(occ.words[0]) > RARE_FIRST) continue;
      for (let n = 1; n <= occ.words.length; n++) {
        const key = occ.words.slice(0, n).join(' ');
        let s = this.stats.get(key);
        if (!s) {
          s = {
            count: 0,
            closed: 0,
            articles: 0,
            lastArticle: -1,
            outlets: 0,
            cues: 0,
            byKind: {
              settlement: 0,
              field: 0,
              port: 0,
              island: 0,
              river: 0,
              lake: 0,
              valley: 0,
              camp: 0,
              crossing: 0,
              base: 0,
              stadium: 0,
            },
          };
          this.stats.set(key, s);
        }
        s.count++;
        if (n < occ.words.length ? false : occ.closed) s.closed++;
        if (s.lastArticle !== this.article) {
          s.articles++;
          s.lastArticle = this.article;
        }
        if (o >= 0) s.outlets |= 1 << o;
        s.cues |= 1 << CUE_LIST.indexOf(occ.cue);
        s.byKind[kind]++;
      }
    }
  }
}

/** One cue occurrence: the cue, the name-like words after it (folded), where they end. */
export interface CueOccurrence {
  cue: string;
  /** Folded forms of the words that may belong to the name (1..MAX_WORDS). */
  words: string[];
  /** Surface forms of the same words. */
  surfaces: string[];
  /** Offset (in the text) where the cue starts and where the words end. */
  start: number;
  end: number;
  /** The token after the last word cannot continue a name (punctuation, function word, proclitic). */
  closed: boolean;
}

/**
 * Ordinals and counting words after a cue describe it (ولاية خامسة "a fifth term", مدينة ثانية):
 * they are no names.
 */
const ORDINAL_WORDS: ReadonlySet<string> = words('harvest_ordinal');

/**
 * Definite adjectives after a name's first word that describe the place rather than name it (جرش الأثرية، داليان الساحلية،
 * المالكية القريبة، حقل الشرارة النفطي): nisba-shaped ones, and a few others news puts after towns.
 * Directions and "upper/lower" stay inside names (العكر الغربي، زاكوم السفلي، الحليفة السفلى).
 */
const DIRECTIONS = /^ال(شرقي|غربي|شمالي|جنوبي|سفلي|علوي|اوسط|وسطي|اعلي|ادني|كبري|صغري)(ه)?$/;
const DESCRIBING: ReadonlySet<string> = words('harvest_describing');
export function describingWord(form: string): boolean {
  if (DESCRIBING.has(form)) return true;
  return form.length >= 5 && form.startsWith('ال') && /(ي|يه)$/.test(form) && !DIRECTIONS.test(form);
}

/** A token that may be part of a place name after a cue; `ends(form)` marks forms that end a name (a nisba: اسطنبول التركية). */
function nameWord(t: Token, text: string, ends: (form: string) => boolean, first = false): boolean {
  // الله is a function word for the tokenizer, and a part of names: رام الله، عبد الله.
  if (t.norm === 'الله' && cliticBits(t) === 0) return true;
  if (t.kind !== 'arabic' || t.stop || t.norm.length < 2 || ORDINAL_WORDS.has(t.norm) || (!first && describingWord(t.norm)) || ends(t.norm))
    return false;
  // A verb (مدينة تستضيف الألعاب), with its object pronoun too (مدينة يخسرها الحوثيون), is no name.
  // Only a written ه is a pronoun: the fold makes ة (a noun's ending) ه too, and تنومة، تيماء's kin
  // (محافظة تنومة، مدينة تربة) are names, not verbs.
  if (verbLike(t) || (/^[يت].{2,}(ها|هم|ه)$/.test(t.norm) && !text.slice(t.start, t.end).endsWith('ة'))) return false;
  if ((cliticBits(t) & PROCLITIC_BITS) !== 0) return false;
  return !TANWIN.test(text.slice(t.start, t.end));
}

/**
 * A cue whose folded form is also the fold of a verb: وأدى ("and it led to") folds to وادي, so
 * only وادي written with a bare alef and a final ي is the valley ("وأدى الانتشار المتزايد" came
 * through as a valley in 6 articles of 5 outlets).
 */
function notCue(cue: string, surface: string): boolean {
  return cue === 'وادي' && /[أإآى]/.test(surface);
}

/** Every cue occurrence of a text with the words after it. */
export function cueOccurrences(text: string, knowledge: WordKnowledge, ends: (form: string) => boolean = () => false): CueOccurrence[] {
  const folded = foldString(text);
  // The fold may change length (expansions); cue positions are found on the folded text and the
  // window is re-found in the source by searching forward, so only a length-keeping fold is used.
  if (folded.length !== text.length) return cueOccurrencesSlow(text, knowledge, ends);
  const out: CueOccurrence[] = [];
  for (const m of folded.matchAll(CUE_RE)) {
    if (notCue(m[1], text.slice(m.index, m.index + m[0].length))) continue;
    const from = m.index + m[0].length;
    const occ = wordsAfter(text, from, knowledge, ends);
    if (occ.words.length > 0) out.push({ cue: m[1], ...occ, start: m.index });
  }
  return out;
}

/** The same on a text whose fold changes length: cue by cue on the source. */
function cueOccurrencesSlow(text: string, knowledge: WordKnowledge, ends: (form: string) => boolean): CueOccurrence[] {
  const out: CueOccurrence[] = [];
  const words = /[\u0621-\u064A\u064B-\u0652\u0640]+/gu;
  for (const w of text.matchAll(words)) {
    const f = foldString(w[0]);
    const cue = CUE_LIST.find((c) => f === c || (f.endsWith(c) && /^[وف]?[بل]?$/.test(f.slice(0, f.length - c.length))));
    if (!cue || notCue(cue, w[0])) continue;
    const from = w.index + w[0].length;
    if (!/^[ \u00A0]+[\u0621-\u064A]/.test(text.slice(from, from + 3))) continue;
    let k = from;
    while (text[k] === ' ' || text[k] === '\u00A0') k++;
    const occ = wordsAfter(text, k, knowledge, ends);
    if (occ.words.length > 0) out.push({ cue, ...occ, start: w.index });
  }
  return out;
}

function wordsAfter(
  text: string,
  from: number,
  knowledge: WordKnowledge,
  ends: (form: string) => boolean,
): Omit<CueOccurrence, 'cue' | 'start'> {
  let to = Math.min(text.length, from + WINDOW);
  const nl = text.indexOf('\n', from);
  if (nl >= 0 && nl < to) to = nl;
  const tokens = tokenize(text, from, to, knowledge);
  const words: string[] = [];
  const surfaces: string[] = [];
  let k = 0;
  // An indefinite nisba adjective first (مدينة تراثية متكاملة، مدينة طبية) describes the cue.
  if (
    tokens[0] &&
    tokens[0].kind === 'arabic' &&
    !tokens[0].norm.startsWith('ال') &&
    /....(ي|يه)$/.test(tokens[0].norm) &&
    tokens[1] &&
    nameWord(tokens[1], text, ends)
  ) {
    return { words: [], surfaces: [], end: from, closed: false };
  }
  while (k < tokens.length && k < MAX_WORDS && nameWord(tokens[k], text, ends, k === 0)) {
    words.push(tokens[k].norm);
    surfaces.push(tokens[k].text);
    k++;
  }
  const next = tokens[k];
  // A name that runs to the end of the window is not known to end there.
  const closed = k < MAX_WORDS && (next === undefined ? to < from + WINDOW : !nameWord(next, text, ends));
  return { words, surfaces, end: k > 0 ? tokens[k - 1].end : from, closed };
}

/** The thresholds a candidate must pass; written into the lexicon's header. */
export interface HarvestThresholds {
  /** Cue occurrences. */
  minCount: number;
  /** Distinct articles. */
  minArticles: number;
  /** Distinct outlets, unless the name has several cue types or many articles. */
  minOutlets: number;
  /** Share of cue occurrences where the name ends there. */
  minClosed: number;
  /** A longer name is kept over its first words when it follows the cue this share of their occurrences. */
  extendShare: number;
  /** Share of the name's occurrences that follow a cue: below it the word is mostly something else. */
  minCueShare: number;
  /** Below this share the name needs a cue or a place beside it in the text (ambiguous). */
  ambiguousCueShare: number;
  /** The country voted for a place needs this share of the votes. */
  countryShare: number;
  /** The one-word name with the article added or removed this often (relative to its own count) is a plain word. */
  maxOtherArticle: number;
  /** A stadium's name followed by one same word this share of its occurrences heads another name: no bare form. */
  headShare: number;
}

export const THRESHOLDS: HarvestThresholds = {
  minCount: 4,
  minArticles: 3,
  minOutlets: 2,
  minClosed: 0.3,
  extendShare: 0.5,
  minCueShare: 0.1,
  ambiguousCueShare: 0.2,
  countryShare: 0.6,
  maxOtherArticle: 0.5,
  headShare: 0.25,
};

function bits(n: number): number {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
}

/**
 * The candidates of pass 1 worth confirming: enough evidence, a name that ends where it is said
 * to end, and not the first words of a longer name (كفر of كفر الشيخ) nor a known name with a
 * word after it (الرياض الصناعية). `known(key)` says whether a lexicon already has the name.
 */
export function shortlist(
  stats: ReadonlyMap<string, CueStats>,
  skip: (key: string) => boolean,
  known: (key: string) => boolean,
  th: HarvestThresholds = THRESHOLDS,
): string[] {
  // The most frequent one-word continuation of each name, to see whether it is the first words of a longer one.
  const longest = new Map<string, number>();
  for (const [key, s] of stats) {
    const cut = key.lastIndexOf(' ');
    if (cut < 0) continue;
    const prefix = key.slice(0, cut);
    if (s.count > (longest.get(prefix) ?? 0)) longest.set(prefix, s.count);
  }
  const out: string[] = [];
  for (const [key, s] of stats) {
    if (s.count < th.minCount || s.articles < th.minArticles) continue;
    if (!(bits(s.outlets) >= th.minOutlets || bits(s.cues) >= 2)) continue;
    if (s.closed < th.minClosed * s.count) continue;
    const cut = key.lastIndexOf(' ');
    // A longer name must hold most of its first words' cue occurrences (كفر الشيخ of كفر), unless
    // those first words never make a name of their own (سيدي of سيدي بوزيد, سيدي منصور): a known
    // name with a word after it (الرياض الصناعية) is the known name and a describing word.
    if (cut > 0) {
      const prefix = key.slice(0, cut);
      const p = stats.get(prefix);
      const prefixIsName = known(prefix) || (p !== undefined && p.closed >= th.minClosed * p.count);
      if (prefixIsName && (!p || s.count < th.extendShare * p.count)) continue;
    }
    // The first words of a longer name are no name: most occurrences continue the same way.
    if ((longest.get(key) ?? 0) >= th.extendShare * s.count) continue;
    if (known(key) || skip(key)) continue;
    out.push(key);
  }
  return out.sort();
}

/** Evidence of one shortlisted candidate, gathered in pass 2. */
export interface Confirmation {
  /** Occurrences of the name anywhere (bare or with proclitics). */
  total: number;
  /** Occurrences after a cue (recounted in pass 2). */
  afterCue: number;
  /**
   * Occurrences of the one-word name with the article added or taken away (حدودية → الحدودية,
   * البحيرة → بحيرة): an adjective or a plain noun has both forms often, a town's name one.
   */
  otherArticle: number;
  surfaces: Map<string, number>;
  countries: Map<string, number>;
  examples: string[];
  /** Content words right after the name, how often each: a name mostly followed by one word heads a longer name (كوينز بارك رينجرز). */
  next: Map<string, number>;
}

const STRIPS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

/**
 * Pass 2 over one article: total occurrences of each shortlisted name, and for its cue
 * occurrences the surface, the countries named within `COUNTRY_WINDOW` words, the example id.
 */
export class Confirmer {
  readonly found = new Map<string, Confirmation>();
  private readonly firstWords = new Map<string, string[][]>();
  /** The one-word names' forms with the article added or removed → the name. */
  private readonly otherForm = new Map<string, string>();

  constructor(
    keys: readonly string[],
    private readonly knowledge: WordKnowledge,
    /** Folded one-word country names and nisbas → ISO code. */
    private readonly countryWords: ReadonlyMap<string, string>,
    private readonly ends: (form: string) => boolean = () => false,
    /** Folded one-word names of known places of one country → ISO code; they vote only after a settlement cue (منطقة عسير). */
    private readonly placeWords: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const k of keys) {
      if (!k.includes(' ')) this.otherForm.set(k.startsWith('ال') ? k.slice(2) : 'ال' + k, k);
      const w = k.split(' ');
      const list = this.firstWords.get(w[0]) ?? [];
      list.push(w);
      this.firstWords.set(w[0], list);
      this.found.set(k, {
        total: 0,
        afterCue: 0,
        otherArticle: 0,
        surfaces: new Map(),
        countries: new Map(),
        examples: [],
        next: new Map(),
      });
    }
  }

  add(text: string, id: string): void {
    const folded = foldString(text);
    const words = folded.split(/[^\u0621-\u064A]+/u).filter((w) => w.length > 0);
    for (let i = 0; i < words.length; i++) {
      for (const first of this.formsOf(words[i])) {
        for (const name of this.firstWords.get(first) ?? []) {
          let ok = true;
          for (let k = 1; k < name.length && ok; k++) ok = words[i + k] === name[k];
          if (!ok) continue;
          const c = this.found.get(name.join(' '))!;
          c.total++;
          const after = words[i + name.length];
          if (after !== undefined && after.length > 2 && !this.knowledge.isStop(after)) c.next.set(after, (c.next.get(after) ?? 0) + 1);
        }
        const other = this.otherForm.get(first);
        if (other) this.found.get(other)!.otherArticle++;
      }
    }
    for (const occ of cueOccurrences(text, this.knowledge, this.ends)) {
      const kind = HARVEST_CUES.get(occ.cue)!;
      if (FACILITY_KINDS.has(kind) && !occ.words[0].startsWith('ال') && this.knowledge.freq(occ.words[0]) > RARE_FIRST) continue;
      for (let n = 1; n <= occ.words.length; n++) {
        const c = this.found.get(occ.words.slice(0, n).join(' '));
        if (!c) continue;
        c.afterCue++;
        const surface = occ.surfaces.slice(0, n).join(' ');
        c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
        if (c.examples.length < 2 && !c.examples.includes(id)) c.examples.push(id);
        for (const cc of this.countriesAround(text, occ.start, occ.end)) c.countries.set(cc, (c.countries.get(cc) ?? 0) + 1);
      }
    }
  }

  /** The word and its readings without proclitics (والخرسانية → الخرسانية, لللاذقية → اللاذقية). */
  private formsOf(w: string): string[] {
    const out = [w];
    for (const p of STRIPS) {
      if (w.length > p.length + 2 && w.startsWith(p)) {
        out.push(w.slice(p.length));
        if (p.endsWith('ل') && w[p.length] === 'ل') out.push('ا' + w.slice(p.length));
      }
    }
    return out;
  }

  /** Countries named (one-word names and nisbas) within 200 characters of a cue occurrence. */
  private countriesAround(text: string, start: number, end: number): Set<string> {
    const out = new Set<string>();
    // The name's own words vote for nothing (بريتيش كولومبيا is no mention of Colombia).
    const around = foldString(text.slice(Math.max(0, start - 200), start) + ' ' + text.slice(end, Math.min(text.length, end + 200)));
    const words = around.split(/[^\u0621-\u064A]+/u);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const cc =
        this.countryWords.get(w) ??
        this.formsOf(w)
          .map((f) => this.countryWords.get(f))
          .find((c) => c !== undefined);
      if (cc) out.add(cc);
      else if (i > 0 && this.placeWords.has(w) && this.formsOf(words[i - 1]).some((f) => PLACE_CUES.has(f)))
        out.add(this.placeWords.get(w)!);
    }
    return out;
  }
}

/** A harvested place, as written to the lexicon. */
export interface HarvestedPlace {
  key: string;
  nameAr: string;
  /** CITY for names announced mostly by settlement cues, else a LOCATION of the cue's kind. */
  type: 'city' | Exclude<CueKind, 'settlement'>;
  /** The name with its cue (حقل الحصبة) for a LOCATION; the bare name for a CITY. */
  names: string[];
  country: string;
  articles: number;
  outlets: number;
  cueCount: number;
  cueKinds: string;
  total: number;
  cueShare: number;
  ambiguous: boolean;
  examples: string[];
}

/** The feature cue as written before a harvested location's name. */
const FEATURE_WORD: Record<Exclude<CueKind, 'settlement'>, string> = {
  field: 'حقل',
  port: 'ميناء',
  island: 'جزيرة',
  river: 'نهر',
  lake: 'بحيرة',
  valley: 'وادي',
  camp: 'مخيم',
  crossing: 'معبر',
  base: 'قاعدة',
  stadium: 'ملعب',
};
const STADIUM_WORDS = ['ملعب', 'استاد', 'ستاد'];
/** Foreign particles that open no bare name (دو فرانس of ستاد دو فرانس). */
const FOREIGN_PARTICLE_FIRST = /^(دو|دي|دا|دل|لا|لو|لي|فان|فون) /;

/** Turns pass-1 stats and pass-2 confirmations into lexicon rows, dropping words mostly used otherwise. */
export function select(
  stats: ReadonlyMap<string, CueStats>,
  confirmed: ReadonlyMap<string, Confirmation>,
  outlets: readonly string[],
  th: HarvestThresholds = THRESHOLDS,
): HarvestedPlace[] {
  const out: HarvestedPlace[] = [];
  for (const [key, c] of confirmed) {
    const s = stats.get(key)!;
    const total = Math.max(c.total, c.afterCue);
    const share = c.afterCue / Math.max(1, total);
    if (share < th.minCueShare) continue;
    // A plain word with the article added or removed (مجردة "bare", المجردة) is no place alone, but
    // after its feature word it still is one (وادي مجردة, 29 times in ../shared/unlabeled; جزيرة ياس):
    // a feature keeps its cued name only, which needs no context unless the cue share is low.
    const plainWord = c.otherArticle >= th.maxOtherArticle * total;
    const kinds = (Object.entries(s.byKind) as [CueKind, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    const top = kinds[0][0];
    // A valley that news also calls a town (محافظة ضمد, وادي ضمد; العقيق) is the town: Saudi and
    // Yemeni districts carry their wadi's name.
    const settlement =
      s.byKind.settlement >= s.count / 2 ||
      (s.byKind.valley > 0 && s.byKind.settlement >= th.minCount && 2 * s.byKind.settlement >= s.byKind.valley);
    const surface = [...c.surfaces].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key;
    const votes = [...c.countries].sort((a, b) => b[1] - a[1]);
    const allVotes = votes.reduce((n, [, v]) => n + v, 0);
    // The country named around most cue occurrences, clearly ahead of the next (سالزبري is named with Britain and Russia alike).
    const country = votes.length > 0 && votes[0][1] >= 3 && votes[0][1] >= th.countryShare * allVotes ? votes[0][0] : '';
    const type = settlement ? 'city' : (top as Exclude<CueKind, 'settlement'>);
    // A town needs its evidence without the facilities named after it: العيس, after two settlement cues
    // and two crossing ones, is "camels" in a verse (تغنى العرب بالعيس والبيداء).
    if (type === 'city' && s.count - s.byKind.camp - s.byKind.crossing - s.byKind.base - s.byKind.stadium < th.minCount) continue;
    if (plainWord && (settlement || top === 'settlement')) continue;
    // A crossing, camp or base that news also calls a town (معبر الذهيبة، بلدة الذهيبة) keeps its cue:
    // the bare name is the town's.
    // A stadium's bare name that mostly goes on with one word is the head of another name, a club's
    // (كوينز بارك رينجرز: ملعب كوينز بارك 36 times, كوينز بارك 153, before رينجرز 80), and one that starts
    // with a foreign particle is the tail of one (باتروي دو فرانس، تور دو فرانس): the stadium keeps its cue.
    const headOfName = type === 'stadium' && Math.max(0, ...c.next.values()) >= th.headShare * total;
    const particleFirst = type === 'stadium' && FOREIGN_PARTICLE_FIRST.test(key);
    const bare =
      share >= th.ambiguousCueShare &&
      !plainWord &&
      !headOfName &&
      !particleFirst &&
      !(TOWN_NAMED_KINDS.has(type as CueKind) && s.byKind.settlement > 0);
    // A stadium is named after each of its cues (ملعب كامب نو، استاد كامب نو، ستاد كامب نو).
    const cued: string[] = [];
    if (type !== 'city') for (const w of type === 'stadium' ? STADIUM_WORDS : [FEATURE_WORD[type]]) cued.push(`${w} ${surface}`);
    const names = type === 'city' ? [surface] : [...cued, ...(bare ? [surface] : [])];
    out.push({
      key: `h-${key.replace(/ /g, '-')}`,
      nameAr: names[0],
      type,
      names,
      country,
      articles: s.articles,
      outlets: bits(s.outlets),
      cueCount: s.count,
      cueKinds: kinds.map(([k, n]) => `${k}:${n}`).join('|'),
      total,
      cueShare: Math.round(share * 1000) / 1000,
      ambiguous: share < th.ambiguousCueShare,
      examples: c.examples,
    });
    void outlets;
  }
  return out.sort((a, b) => b.articles - a.articles || a.key.localeCompare(b.key));
}
