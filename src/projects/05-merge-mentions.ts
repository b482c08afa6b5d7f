// Step 5: one project named several times is one project. An article about the Wasit gas plant
// says "مشروع تطوير معمل الغاز في واسط", then "معمل واسط", "معمل واسط للغاز", "مشروع واسط"; each
// mention may add an attribute (a capacity here, a partner there). A later mention is merged into
// an earlier project when
// - its identifying words (the words of its name and its places, without trigger, action and
//   descriptive words and the article) are a subset of the earlier one's, or the other way round,
//   sharing a proper name (معمل واسط ⊂ معمل الغاز في واسط; محطة توليد جدة البخارية ⊂ محطة توليد
//   جنوب جدة البخارية), and their types are of one family;
// - it is named by a naming phrase right after the project (المحطة التي أطلق عليها اسم محطة «ليلي»);
// - it is in apposition (مطار الملك عبدالله بن عبدالعزيز الجديد بجازان، وهو مشروع لإنشاء مطار جديد);
// - it is an unnamed facility that serves the project before it, whose clause names its kind
//   (محطة التحلية باستخدام الطاقة الشمسية ...، وبمحطة طاقة شمسية بقدرة 40 ميجاوات);
// - it is a definite mention with no name of its own (المحطة، الطرق الجديدة، مشروع القناة) and an
//   earlier project of its family exists: it is that project again.
// An indefinite mention with no name is a new project (مدينة صناعية ...، وكذلك مدينة صناعية ...).
// The first mention keeps its span; later ones fill what it lacks.
import type { DocView } from './doc-view.js';
import type { Built, StatedAttribute } from './04-attributes.js';
import { countBefore, descriptiveWord, isLineWord } from './01-find-triggers.js';
import { ACTIONS, AREA_NOUNS, CONTAINMENT, DESCRIPTORS, descriptorFor, NAMING, TRIGGERS } from './triggers.js';
import { withBa, withoutArticle } from '../entities/token-view.js';

const FRAME = new Set([...TRIGGERS.keys(), ...ACTIONS]);

/** Types that may name the same undertaking: a plant, its kind of power, the programme around it. */
const FAMILIES: readonly (readonly string[])[] = [
  ['power_plant', 'solar', 'wind', 'hydro', 'nuclear', 'renewable', 'substation', 'farm', 'desalination', 'grid'],
  ['railway', 'metro', 'tram'],
  ['airport'],
  ['port'],
  ['road', 'bridge', 'tunnel'],
  ['canal'],
  ['field', 'oil_field', 'gas_field', 'gas_plant', 'plant', 'refinery', 'pipeline'],
  [
    'industrial_city',
    'industrial_zone',
    'industrial_plant',
    'plant',
    'complex',
    'economic_zone',
    'economic_city',
    'free_zone',
    'logistics',
  ],
  ['new_city', 'housing', 'city'],
];
/** Words for any undertaking: they fit every family. */
const ANY = new Set(['project', 'program']);

function sameFamily(a: string, b: string): boolean {
  if (a === b || ANY.has(a) || ANY.has(b)) return true;
  return FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

interface Identity {
  /** The words of its name and of the places right after it, without the article and ل. */
  words: Set<string>;
  /** Those that are names: places, people, organisations, Latin words, quoted or corpus names. */
  proper: Set<string>;
  /** The mention is definite: المحطة، معمل الغاز (a head before a definite noun), مطار الرياض. */
  definite: boolean;
  /** A word of its own name has the article: غاز الجنوب, المواقع الأثرية (a definite construct). */
  definiteName: boolean;
  /** Its only proper words are a country's (محطة مصر النووية): it says where, not which one. */
  countryOnly: boolean;
}

/** The word that sets a new facility apart from the old one of the same name. */
const NEW = ['جديد', 'جديده'];

/** A word without ال, لل, ل: لطاقة الرياح and رياح compare equal. */
const bareWord = (w: string): string => w.replace(/^(لل|ل|ال)(?=..)/, '');

/** Words that say what kind of facility it is, not which one (شمسية، التوليد، الغاز). */
const kindWord = (v: DocView, k: number): boolean => {
  const t = v.tokens[k];
  return DESCRIPTORS.has(t.norm) || DESCRIPTORS.has(t.base) || DESCRIPTORS.has(v.bare(k));
};

/** The words a project is known by: its name and the places right after it (في واسط, بجدة). */
function identity(v: DocView, b: Built): Identity {
  const words = new Set<string>();
  const proper = new Set<string>();
  const d = b.draft;
  let quoted = false;
  let definiteName = false;
  const lineHead = isLine(v, b);
  const countryWords = new Set<string>();
  const add = (k: number, forceProper: boolean) => {
    const t = v.tokens[k];
    if (t.kind === 'punct' || t.kind === 'symbol') {
      if (v.isPunct(k, '"«“')) quoted = true;
      if (v.isPunct(k, '"»”')) quoted = false;
      return;
    }
    if (t.stop) return;
    // The two words of a line head (الخط الحديدي، خط الأنابيب) are its frame, as محطة is.
    if (lineHead && k < d.triggerEnd) return;
    const w = t.kind === 'arabic' ? withoutArticle(t) : t.norm.toLowerCase();
    if (FRAME.has(w) || FRAME.has(t.base) || FRAME.has(v.bareWhole(k)) || v.isAction(k)) return;
    // Describing words say nothing of which project it is, except new (جديد) against old.
    if (t.kind === 'arabic' && descriptiveWord(t.base) && !NEW.includes(bareWord(withoutArticle(t)))) return;
    // مشروع قناة السويس الجديد (agreeing with مشروع) and قناة السويس الجديدة are one new canal.
    const bare = t.kind === 'arabic' ? bareWord(w) : w;
    const key = bare === 'جديده' ? 'جديد' : bare;
    words.add(key);
    if (!forceProper && t.kind === 'arabic' && t.base.startsWith('ال')) definiteName = true;
    const m = v.mentionOn(k);
    if (m?.entity.type === 'COUNTRY') countryWords.add(key);
    const isName =
      t.kind !== 'arabic' ||
      quoted ||
      forceProper ||
      (m !== undefined && m.entity.type !== 'COUNTRY') ||
      v.namedByCorpus(t) ||
      (v.named(t) && !kindWord(v, k));
    if (isName) proper.add(key);
  };
  for (let k = d.spanStart; k < Math.max(d.nameEnd, d.spanEnd); k++) add(k, false);
  // The place right after the name: مشروع تطوير معمل الغاز في واسط, مطار الملك خالد بالرياض.
  // One adjective may stand between (شبكة المترو الخفيف بصفاقس).
  const adjective =
    v.tokens[d.nameEnd]?.kind === 'arabic' &&
    v.tokens[d.nameEnd].base.startsWith('ال') &&
    v.tokens[d.nameEnd].clitics.length === 1 &&
    !v.mentionOn(d.nameEnd);
  const at = adjective ? d.nameEnd + 1 : d.nameEnd;
  // An area noun may stand before the place (إنشاء المطار في مدينة سدير، بمحافظة X).
  const area = v.tokens[at + 1]?.kind === 'arabic' && AREA_NOUNS.has(v.bare(at + 1)) ? 1 : 0;
  const areaAt = v.tokens[at]?.kind === 'arabic' && AREA_NOUNS.has(v.bare(at)) && withBa(v.tokens[at]);
  for (const m of v.mentionsIn(at, at + 2 + area)) {
    if (m.entity.type !== 'CITY' && m.entity.type !== 'LOCATION') continue;
    const own = v.tokens[m.tokenStart];
    const atName = (m.tokenStart === at && withBa(own)) || (areaAt && m.tokenStart === at + 1);
    const afterFi =
      (m.tokenStart === at + 1 || m.tokenStart === at + 1 + area) && (v.tokens[at].norm === 'في' || v.tokens[at].norm === 'داخل');
    if (!atName && !afterFi) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) add(k, true);
  }
  const trigger = v.tokens[d.tokenStart];
  const next = v.tokens[d.triggerEnd];
  // أول محطة طاقة شمسية: "the first plant" is one plant, as definite as المحطة.
  const first = v.tokens[d.spanStart - 1]?.norm === 'اول';
  // مشروع القناة الجديدة: a project word before a definite facility word.
  const framedHead = d.head === 'project' && next !== undefined && next.base.startsWith('ال') && TRIGGERS.has(v.bare(d.triggerEnd));
  const definite =
    first ||
    framedHead ||
    trigger.base.startsWith('ال') ||
    (next !== undefined && next.kind === 'arabic' && next.base.startsWith('ال') && d.nameEnd > d.triggerEnd) ||
    proper.size > 0;
  const countryOnly = proper.size > 0 && [...proper].every((w) => countryWords.has(w));
  return { words, proper, definite, definiteName, countryOnly };
}

/** A line head (خط السكة الحديدية، الخط الحديدي، خط الأنابيب): خط and the word that says what line it is. */
function isLine(v: DocView, b: Built): boolean {
  const d = b.draft;
  return d.triggerEnd === d.tokenStart + 2 && isLineWord(v.bare(d.tokenStart));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && subset(a, b);
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/** Same identifying words one way or the other, sharing a proper name; the new one is not the old
 * one (قناة السويس الجديدة is not قناة السويس). */
function sameNamed(a: Identity, b: Identity): boolean {
  if (a.words.size === 0 || b.words.size === 0) return false;
  if (!subset(a.words, b.words) && !subset(b.words, a.words)) return false;
  if (NEW.some((w) => a.words.has(w) !== b.words.has(w))) return false;
  for (const w of a.proper) if (b.proper.has(w)) return true;
  return false;
}

/** The words just before the project: a naming word (اسم، باسم) or an apposition pronoun (وهو، وهي). */
function before(v: DocView, b: Built): { naming: boolean; apposition: boolean } {
  let k = b.draft.spanStart - 1;
  while (k >= 0 && v.isPunct(k, '"«“،,')) k--;
  const t = v.tokens[k];
  if (!t || t.sentence !== v.tokens[b.draft.spanStart].sentence) return { naming: false, apposition: false };
  const naming = NAMING.has(t.norm) || NAMING.has(t.base);
  const apposition = t.stop && (t.base === 'هو' || t.base === 'هي');
  return { naming, apposition };
}

/** Fills what `into`'s project lacks from `b`'s (the first mention keeps its name and span). */
function fill(into: Built, b: Built): void {
  const p = into.project;
  const q = b.project;
  // "مشروع واسط" then "معمل واسط": the named kind of project wins over the generic one.
  if ((p.type === 'project' || p.type === 'program') && q.type !== 'project' && q.type !== 'program') p.type = q.type;
  p.country ??= q.country;
  // Each attribute from the mention that states it first in the text.
  const earlier = (a: StatedAttribute): boolean => {
    if (q[a] === null) return false;
    if (p[a] === null) return true;
    const pa = into.stated[a];
    const qa = b.stated[a];
    return pa !== undefined && qa !== undefined && qa < pa;
  };
  const took = (a: StatedAttribute) => {
    if (b.stated[a] !== undefined) into.stated[a] = b.stated[a];
  };
  // A completion year and an earlier year of the same project: year and year_end (gold/FORMAT.md).
  const endOf = (x: Built) => (x.yearIsEnd && x.project.year_end === null ? x.project.year : null);
  const [pEnd, qEnd] = [endOf(into), endOf(b)];
  if (q.year !== null && p.year !== null && p.year_end === null && q.year_end === null && (pEnd ?? qEnd) !== null && pEnd !== qEnd) {
    const end = (pEnd ?? qEnd) as number;
    const begin = pEnd !== null ? q.year : p.year;
    if (begin < end) {
      [p.year, p.year_end] = [begin, end];
      into.yearIsEnd = false;
    } else if (earlier('year')) [p.year, p.year_end] = [q.year, q.year_end];
    if (pEnd !== null) took('year');
  } else if (earlier('year')) {
    [p.year, p.year_end] = [q.year, q.year_end];
    into.yearIsEnd = b.yearIsEnd;
    took('year');
  }
  if (earlier('capacity_mw')) {
    [p.capacity_mw, p.capacity_mw_max] = [q.capacity_mw, q.capacity_mw_max];
    took('capacity_mw');
  }
  if (earlier('capacity')) {
    [p.capacity, p.capacity_unit] = [q.capacity, q.capacity_unit];
    took('capacity');
  }
  if (earlier('cost')) {
    [p.cost, p.currency, p.cost_usd] = [q.cost, q.currency, q.cost_usd];
    took('cost');
  }
  p.places = [...new Set([...p.places, ...q.places])];
  p.partners = [...new Set([...p.partners, ...q.partners])];
  into.figures.push(...b.figures);
  into.firstStart = Math.min(into.firstStart, b.firstStart);
}

/** Where the headline ends when the body opens with it (the seed's title line, an HTML h1). */
function headlineEnd(v: DocView): number {
  const { meta, body, text } = v.doc;
  if (!meta.title) return -1;
  const at = text.indexOf(meta.title, body.start);
  // Nothing but space or markup (an HTML <h1>) before it.
  return at >= 0 &&
    text
      .slice(body.start, at)
      .replace(/<[^>]*>/g, '')
      .trim() === ''
    ? at + meta.title.length
    : -1;
}

/**
 * The body's one project of the type of a headline mention that has no name: "أبوظبي: مناقصة لإنشاء أكبر محطة
 * لتحلية مياه في العالم" (محطة, its لـ complement indefinite) is the body's "أكبر محطة مستقلة لتحلية المياه". Not a
 * generic مشروع, nor a plural, nor a body project in another place than the headline's.
 */
function soleOfType(b: Built, built: readonly Built[], end: number): Built | undefined {
  if (ANY.has(b.project.type) || b.draft.number !== 'one') return undefined;
  const same = built.filter((c) => c.project.start >= end && c.project.type === b.project.type);
  if (same.length !== 1 || same[0].draft.number !== 'one') return undefined;
  const [p, q] = [b.project.places, same[0].project.places];
  return p.length === 0 || q.length === 0 || p.some((x) => q.includes(x)) ? same[0] : undefined;
}

/**
 * A project the headline names in passing ("افتتاح محطة رياح في الأردن") is the one the article
 * then names in full (محطة الطفيلة لطاقة الرياح): same type, and every word of the headline's
 * name in the full one. The full mention keeps its name and span, the headline's fills the rest.
 */
function mergeHeadline(v: DocView, built: Built[]): Built[] {
  const end = headlineEnd(v);
  if (end < 0) return built;
  const words = new Map(built.map((b) => [b, identity(v, b).words]));
  const out: Built[] = [];
  for (const b of built) {
    const own = words.get(b)!;
    if (b.project.start >= end) {
      out.push(b);
      continue;
    }
    const full =
      own.size > 0
        ? built.find((c) => c.project.start >= end && c.project.type === b.project.type && subset(own, words.get(c)!))
        : soleOfType(b, built, end);
    if (!full) {
      out.push(b);
      continue;
    }
    fill(full, b);
  }
  return out;
}

/**
 * The earlier project `b` refers to, or null: a naming phrase or apposition right after a project;
 * a named mention whose words agree with an earlier project's and share a name with it; a definite
 * mention with no name (المحطة، معمل الغاز، الطرق الجديدة) of an earlier project of its family whose
 * words hold its own. An indefinite mention with no name is a new project.
 */
function antecedent(
  v: DocView,
  b: Built,
  id: Identity,
  kept: readonly { b: Built; id: Identity }[],
  previous?: { mention: Built; into: Built },
): Built | null {
  const sentence = b.project.sentence;
  const { naming, apposition } = before(v, b);
  // The project right before is the one the mention right before became: "ومشروع تطوير مطار الملك خالد
  // بالرياض، ... مشروع مطار الملك عبدالله بن عبدالعزيز الجديد بجازان، وهو مشروع لإنشاء مطار جديد ... بطاقة 3.6
  // ملايين راكب": the Jazan mention went into the Jazan project named earlier, and the apposition is Jazan's,
  // not the last project kept (Riyadh).
  if ((naming || apposition) && previous) {
    const gap = sentence - previous.mention.project.sentence;
    if ((apposition ? gap === 0 : gap <= 1) && sameFamily(previous.into.project.type, b.project.type)) return previous.into;
  }
  // "أن مشروع غاز الجنوب "نوارة" بتطاوين سيدخل طور الاستغلال ... ويتضمن مشروع غاز الجنوب الذي تناهز
  // تكاليفه": the same name, definite by a word of its own, is the same project again, though none of its
  // words is a proper name.
  if (id.definiteName) {
    for (let k = kept.length - 1; k >= 0; k--) {
      const a = kept[k];
      if (otherWork(a.b.project.type, b.project.type)) continue;
      if (a.id.definiteName && sameFamily(a.b.project.type, b.project.type) && sameSet(a.id.words, id.words)) return a.b;
    }
  }
  if (id.proper.size > 0) {
    for (let k = kept.length - 1; k >= 0; k--) {
      const a = kept[k];
      if (otherWork(a.b.project.type, b.project.type)) continue;
      if (sameFamily(a.b.project.type, b.project.type) && sameNamed(a.id, id)) return a.b;
    }
    return null;
  }
  // (Before the definite mentions: ثلاثة أنفاق للسيارات is definite by its complement.)
  const set = sameCount(v, b, kept);
  if (set) return set;
  if (!id.definite) return component(v, b, kept) ?? namedBefore(b, kept);
  // مشروع ربط شركة معادن ... مع رأس الخير بسكة الحديد: the work's object, later in its sentence.
  const last = kept[kept.length - 1]?.b;
  if (last && last.draft.actionAfter && last.project.sentence === sentence) return last;
  for (let k = kept.length - 1; k >= 0; k--) {
    const a = kept[k];
    if (!sameFamily(a.b.project.type, b.project.type) || a.b.project.type === 'project') continue;
    // تشغيل وصيانة شبكات المياه after مشروع إنشاء محطة تنقية مياه الشرب: a plural of another head is other works.
    if (b.draft.number === 'many' && a.b.draft.number === 'one' && a.b.draft.head !== b.draft.head) continue;
    if (subset(id.words, a.id.words)) return a.b;
  }
  return null;
}

/**
 * A road, a bridge and a tunnel named by the same place or person are different works: "مشروع إصلاح وتوسعة
 * طريق "أبو حدرية - الخفجي"" and "استكمال إنشاء جسر الخفجي"، طريق الملك فهد and جسر الملك فهد. (They are one
 * family for unnamed mentions: الجسر may be the bridge project an article first called مشروع الطريق.)
 */
const NAMED_APART = new Set(['road', 'bridge', 'tunnel']);
function otherWork(a: string, b: string): boolean {
  return a !== b && NAMED_APART.has(a) && NAMED_APART.has(b);
}

/** Types too broad to say that two unnamed mentions are one undertaking. */
const BROAD = new Set(['project', 'program', 'power_plant', 'plant', 'network', 'unit', 'zone', 'city', 'complex']);

/**
 * An unnamed, indefinite mention of a specific kind in a later sentence (أعمال إنشاء محطة كهرباء نووية في
 * مصر) is the article's one named project of its family in the same country (محطة الضبعة), not a second
 * one: the article restates what it builds without its name.
 */
function namedBefore(b: Built, kept: readonly { b: Built; id: Identity }[]): Built | null {
  const type = b.project.type;
  if (BROAD.has(type) || b.draft.number !== 'one' || b.project.country === null) return null;
  const same = kept.filter((k) => !ANY.has(k.b.project.type) && sameFamily(k.b.project.type, type));
  if (same.length !== 1) return null;
  const a = same[0];
  if (a.id.proper.size === 0 || a.b.project.sentence >= b.project.sentence || a.b.project.country !== b.project.country) return null;
  return a.b;
}

/**
 * The other way round: an unnamed, indefinite mention of a specific kind (لتمويل أعمال إنشاء محطة كهرباء نووية
 * في مصر), or one named by its country only (محطة مصر النووية), before the article's one project of its family,
 * named in a later sentence in the same country (وقعتا اتفاقا لبناء محطة الضبعة), is that project first told
 * without its name. The named one must be a plant of no kind of its own (power_plant: the unnamed mention says
 * what kind it is). Not where each has places and none is shared, nor where both state a capacity or a cost
 * and these differ.
 */
function namedAfter(u: { b: Built; id: Identity }, kept: readonly { b: Built; id: Identity }[]): Built | null {
  const b = u.b;
  const type = b.project.type;
  if (
    BROAD.has(type) ||
    b.draft.number !== 'one' ||
    b.project.country === null ||
    (!u.id.countryOnly && (u.id.proper.size > 0 || u.id.definite))
  )
    return null;
  const same = kept.filter((k) => k !== u && !ANY.has(k.b.project.type) && sameFamily(k.b.project.type, type));
  if (same.length !== 1) return null;
  const a = same[0].b;
  if (same[0].id.proper.size === 0 || same[0].id.countryOnly || a.draft.number !== 'one' || a.project.sentence <= b.project.sentence)
    return null;
  // Only a named plant whose own words give no kind (محطة الضبعة, مشروع محطة "ليلى": power_plant): a named dam or
  // road has its kind already, and may be another one (بناء سد على النيل الأزرق ... حينما بنت السد العالي; بناء
  // جسر على وادي مجردة ... الطريق الجهوية رقم 62).
  if (!BROAD.has(a.project.type)) return null;
  if (a.project.country !== b.project.country) return null;
  const [p, q] = [b.project.places, a.project.places];
  if (p.length > 0 && q.length > 0 && !p.some((x) => q.includes(x))) return null;
  const differ = (x: number | null, y: number | null) => x !== null && y !== null && x !== y;
  if (differ(b.project.capacity_mw, a.project.capacity_mw) || differ(b.project.cost_usd, a.project.cost_usd)) return null;
  return a;
}

/**
 * An unnamed facility that powers or serves the project before it in the sentence, whose clause
 * already names its kind: "لمحطة التحلية باستخدام الطاقة الشمسية في مدينة الخفجي بطاقة ... ،
 * وبمحطة طاقة شمسية بقدرة 40 ميجاوات" is the desalination plant's own solar plant, a part of it.
 */
function component(v: DocView, b: Built, kept: readonly { b: Built; id: Identity }[]): Built | null {
  const a = kept[kept.length - 1]?.b;
  // وتحتوي المرحلة الأولى كذلك على فندق ...، وشبكة طرق بطول 36,5 كلم: after a verb of containing
  // whose subject is the project (or its phase), the unnamed facilities listed are its parts.
  if (a && containedIn(v, b)) return a;
  // A generic مشروع whose name holds a kind word (مشروع متعهد التوصيلات المنزلية للمياه، والعقد 16 بمشروع إنشاء
  // محطة أشياب) is another item of a list, not a plant the later facility serves.
  if (!a || a.project.sentence !== b.project.sentence || a.project.type === b.project.type || ANY.has(a.project.type)) return null;
  for (let k = a.draft.spanStart; k < b.draft.spanStart; k++) {
    const t = v.tokens[k];
    if (t.kind === 'arabic' && descriptorFor('power_plant', t.norm, t.base, v.bare(k)) === b.project.type) return a;
  }
  return null;
}

/**
 * An earlier counted set of the same head with as many works or more: "وتشييد ستة ملاعب جديدة" in the lead and
 * again in the body; "بدأت في حفر ستة أنفاق ... لحفر ثلاثة أنفاق للسيارات والقطارات في بورسعيد", three of the six.
 * A count names one set of works as a name names one facility (02-qualify, counted plural). Not a set another
 * company builds: "تعاقدت مصر مع شركة Scatec Solar من أجل بناء ستة محطات شمسية ... كما اتفقت مع شركة أكوا باور
 * لبناء ثلاثة محطات شمسية" are nine plants.
 */
function sameCount(v: DocView, b: Built, kept: readonly { b: Built; id: Identity }[]): Built | null {
  if (!b.draft.counted || b.draft.number !== 'many') return null;
  const n = countBefore(v, b.draft.tokenStart)?.figure.value;
  if (typeof n !== 'number') return null;
  for (let k = kept.length - 1; k >= 0; k--) {
    const a = kept[k].b;
    if (!a.draft.counted || a.draft.head !== b.draft.head || otherPartners(a, b)) continue;
    const m = countBefore(v, a.draft.tokenStart)?.figure.value;
    if (typeof m === 'number' && m >= n) return a;
  }
  return null;
}

/** Both name their partners and share none. */
function otherPartners(a: Built, b: Built): boolean {
  const p = a.project.partners;
  const q = b.project.partners;
  return p.length > 0 && q.length > 0 && !p.some((x) => q.includes(x));
}

/** A verb of containing earlier in b's sentence, followed by a definite project word or phase. */
function containedIn(v: DocView, b: Built): boolean {
  const s = v.doc.sentences[b.project.sentence];
  for (let k = s.tokenStart; k < b.draft.spanStart - 1; k++) {
    if (!CONTAINMENT.has(v.bare(k)) && !CONTAINMENT.has(v.tokens[k].norm)) continue;
    const subject = v.tokens[k + 1];
    if (subject?.base.startsWith('ال') && (TRIGGERS.has(v.bare(k + 1)) || subject.base === 'المرحله')) return true;
  }
  return false;
}

export function mergeMentions(v: DocView, built: Built[]): Built[] {
  const kept: { b: Built; id: Identity }[] = [];
  let previous: { mention: Built; into: Built } | undefined;
  for (const b of built) {
    const id = identity(v, b);
    const into = antecedent(v, b, id, kept, previous);
    previous = { mention: b, into: into ?? b };
    if (!into) {
      kept.push({ b, id });
      continue;
    }
    // The object of a work (مشروع ربط ... بسكة الحديد) says what kind of project it is.
    if (into.draft.actionAfter && into.project.sentence === b.project.sentence && !b.draft.actionAfter) into.project.type = b.project.type;
    fill(into, b);
    // The merged mention's words name the project too (معمل واسط للغاز adds للغاز).
    const k = kept.find((x) => x.b === into)!;
    for (const w of id.words) k.id.words.add(w);
    for (const w of id.proper) k.id.proper.add(w);
  }
  // A project told first without its name and then named (see namedAfter): the named mention keeps its name
  // and span, and takes the unnamed one's kind where its own is only a plant (محطة الضبعة: nuclear).
  for (let x = 0; x < kept.length; x++) {
    const into = namedAfter(kept[x], kept);
    if (!into) continue;
    const b = kept[x].b;
    if (BROAD.has(into.project.type)) into.project.type = b.project.type;
    fill(into, b);
    kept.splice(x, 1);
    x--;
  }
  // A definite mention with no words of its own and nothing it refers to (مركز لصيانة القطار) is
  // no project: the article speaks of a kind, not of one undertaking; unless its clause gives it a
  // cost or a capacity of its own (وافقوا على خطة لتوسعة المطار بقيمة 400 مليون جنيه استرليني): the
  // article's facility, whose name it gave before or not at all.
  const bare = (b: Built) => v.tokens[b.draft.tokenStart].base.startsWith('ال');
  const sized = (b: Built) =>
    b.draft.number === 'one' && (b.project.cost !== null || b.project.capacity_mw !== null || b.project.capacity !== null);
  // (A line's two words are its frame, not its name, but الخط الحديدي says what it is, as it did before.)
  const own = kept.filter(
    (k) => !(bare(k.b) && k.id.words.size === 0 && k.b.draft.number !== 'two' && !k.b.draft.counted && !sized(k.b) && !isLine(v, k.b)),
  );
  return mergeHeadline(
    v,
    own.map((k) => k.b),
  );
}
