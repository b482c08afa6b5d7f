// The words of the project stage, read from data/lexicon (project-heads.tsv, project-descriptors.tsv,
// project-words.tsv; folded at load): the head words that announce a project and the type each
// gives, the descriptors that refine a type (محطة + طاقة شمسية = solar), and the cue lists of the
// steps. Forms are folded and without the article; the matcher strips ال and proclitics
// (للمطارات → مطارات).
import { loadGivenNames } from '../lexicon/load-lexicons.js';
import { foldString } from '../text/normalize/fold-table.js';
import { facilityWords, words, loadProjectDescriptors, loadProjectHeads, wordValues, type ProjectNumber } from '../lexicon/word-lists.js';

export type Number_ = ProjectNumber;

export interface TriggerWord {
  type: string;
  number: Number_;
  /** Needs an action noun before it or a name after it to be a project (طريق, سد, حقل are also common words). */
  weak?: boolean;
  /** A programme: a name (quoted or proper) and a figure make it a project. */
  program?: boolean;
  /** A project only with a name, a place or a quoted name after it (قناة السويس, امتياز «زاكوم»). */
  named?: boolean;
  /** A project only with a type adjective after it (مدينة صناعية): see HEAD_ADJECTIVES. */
  adjective?: boolean;
  /** A project only with a count right before it (إنجاز 163 مسكنا): the word alone is someone's home. */
  countOnly?: boolean;
}

const HEADS = loadProjectHeads();

/** One-word triggers. */
export const TRIGGERS: ReadonlyMap<string, TriggerWord> = new Map(
  [...HEADS.values()].map((h) => [
    h.form,
    {
      type: h.type,
      number: h.number,
      ...(h.flags.has('weak') ? { weak: true } : {}),
      ...(h.flags.has('program') ? { program: true } : {}),
      ...(h.flags.has('named') ? { named: true } : {}),
      ...(h.flags.has('adjective') ? { adjective: true } : {}),
      ...(h.flags.has('counted') ? { countOnly: true } : {}),
    },
  ]),
);

/** The flags of each head word (project-heads.tsv). */
export const HEAD_FLAGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([...HEADS.values()].map((h) => [h.form, h.flags]));

/** Head words that name a facility: a name after one is the facility's (مطار الملك خالد), not a person's. */
export const FACILITY_WORDS: ReadonlySet<string> = facilityWords();

/** A trigger word followed by these is a railway or pipeline line: خط السكة الحديدية, خط أنابيب. */
export const LINE_HEADS: ReadonlyMap<string, string> = wordValues('line_head');

/** The head types a descriptor with no `heads` refines. */
const PLANT_HEADS = ['power_plant', 'project', 'plant', 'farm'];
/** Descriptors in a project's name that refine its type: folded form → head type → type. */
export const DESCRIPTORS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const out = new Map<string, Map<string, string>>();
  for (const d of loadProjectDescriptors()) {
    if (!out.has(d.form)) out.set(d.form, new Map());
    for (const h of d.heads.length > 0 ? d.heads : PLANT_HEADS) if (!out.get(d.form)!.has(h)) out.get(d.form)!.set(h, d.type);
  }
  return out;
})();

/** The type a descriptor gives a head of type `head`, trying the word's forms in order. */
export function descriptorFor(head: string, ...forms: string[]): string | undefined {
  for (const f of forms) {
    const type = DESCRIPTORS.get(f)?.get(head);
    if (type) return type;
  }
  return undefined;
}

/** Action nouns before a trigger that make it a concrete project (بناء جسر, إعادة بناء المطارات). */
export const ACTIONS = words('action');
/** Action nouns that make a work only right after مشروع (مشروع استكمال شبكات المياه). */
export const PROJECT_ACTIONS = words('project_action');
/** Action nouns that make a work only before one facility word (استكمال طريق الملك عبدالله، استكمال ميناء السخنة). */
export const ONE_ACTIONS = words('one_action');
/** Action nouns that make a work only before a field or a mine (وبدأ استغلال حقل تمار عام 2013). */
export const FIELD_ACTIONS = words('field_action');
/** Action nouns that after إعادة are a re-opening, not works (إعادة افتتاح مطار، إعادة تشغيل مطار عدن). */
export const REOPEN = words('reopen');
/** Words of an inspection before a station of a line (تفقد الوزير محطة القطار، جولة تفقدية على مرافق محطة القطار). */
export const INSPECT = words('inspect');
/** Superlatives before a head that single one facility out (بناء أكبر سد في أفريقيا). */
export const SUPERLATIVES = words('superlative');
/** Verbs of building and opening (normalized, without clitics): افتتح الوزير مطار X, ستبني الشركة محطة X. */
export const ACTION_VERBS = words('action_verb');
/** Words after a trigger that make it generic: المشاريع المشتركة, هذه المحطات, مثل هذه المشاريع. */
export const GENERIC_AFTER = words('generic_after');
/** Cue words whose money figure is a project's cost. */
export const COST_CUES = words('cost_cue');
/** Cue words before the organisations that take part in a project. */
export const PARTNER_CUES = words('partner_cue');
/** Nouns of financing: "قدم JBIC تمويلاً لمشروعين" makes JBIC a partner. */
export const FINANCING = words('financing');
/** Words that make a money figure what a project saves or earns, not what it costs. */
export const SAVINGS = words('savings');
/** Words of opening or completion before a year: تبدأ التشغيل في عام 2026، يكتمل بحلول 2027. */
export const COMPLETION = words('completion');
/** Words after محطة that make it no development project: a fuel, fire or bus station, a broadcaster. */
export const NOT_PROJECTS = words('not_project');
/** Words after جسر that make it an airlift (جسر جوي), not a bridge. */
export const AIRLIFT = words('airlift');
/** Nouns of an attack: a facility after them is its target (الهجوم على محطة للقطار), not a project. */
export const ATTACK_NOUNS = words('attack');
/** Words in a programme's name that make it no development programme (البرنامج الإعدادي, مبادرة السلام). */
export const NOT_PROGRAMS = words('not_program');
/** Words in a programme's name that say it builds or runs something (السكن, الطاقة, الطريق): a year or a launch makes it a project. */
export const PROGRAM_WORKS = words('program_works');
export const DEMONSTRATIVES = words('demonstrative');
/** Words that open another clause: what follows them is about something else. */
export const CLAUSE_BREAKS = words('clause_break');
/** Verbs whose subject, a company named right after them, takes on the project the sentence then builds. */
export const AGENT_VERBS = words('agent_verb');
export const COMPANY_WORDS = words('company_word');
/** Heads of government bodies: the owner of a project, not a partner in it (أعلنت وزارة الكهرباء إنشاء محطة). */
export const GOVERNMENT_HEADS = words('government_head');
/** Nouns of a person and of nationality around a nisba: its person's nationality (مقيم هندي، باكستاني الجنسية). */
export const PERSON_NOUNS = words('person_noun');
export const NATIONALITY_WORDS = words('nationality_word');
/** Organs of a state: the nisba after them names the country that builds (الحكومة المصرية). */
export const STATE_NOUNS = words('state_noun');
/** A head and its adjective, both folded without the article ("مدينه صناعيه"), → the type they give. */
export const HEAD_ADJECTIVES: ReadonlyMap<string, string> = wordValues('head_adjective');
/** Words after a singular مشروع that make it a draft text, not a works project (مشروع قانون, مشروع قرار). */
export const DRAFTS = words('draft');
/** Nouns of a particular (مساحة, قيمة): after مشروع they state its size or cost, never its name. */
export const ATTRIBUTE_NOUNS = words('attribute_noun');
/** Markers that open a list of the projects a plural announced (مشروعات ... من بينها X، وY). */
export const LIST_MARKERS = words('list_marker');
/** Words of a place's area before its name: بجهة توزر, في منطقة جبل الزيت, بولاية X. */
export const AREA_NOUNS = words('area_noun');
/** Words before a capacity that is not electric power: بطاقة استيعابية, بسعة, بقدرة إنتاجية. */
export const CAPACITY_CUES = words('capacity_cue');
export const BED_WORDS = words('bed');
/** Words of a total before a figure stated for several projects together: الإجمالية, مجتمعة. */
export const JOINT_CUES = words('joint_cue');
/** Words of starting before a date that make it a project's start (بدأت في تنفيذها في شهر أكتوبر 2012). */
export const START_CUES = words('start_cue');
/** Words that end a project's name though they look like its complement (لصالح، التابعة). */
export const NAME_STOPS = words('name_stop');
/** Words of length before a figure that make it the project's length (بطول 4800 كيلومتر). */
export const LENGTH_CUES = words('length_cue');
/** Words before a percentage of work done: بلغت نسبة تقدم أشغاله 98 بالمائة. */
export const PROGRESS_CUES = words('progress_cue');
/** Nouns of a start before a facility: بدء عمليات الإنتاج في حقل «ظهر». */
export const START_NOUNS = words('start_noun');
/** Relative pronouns that open a clause of a facility's building: سد النهضة الذي تبنيه إثيوبيا. */
export const RELATIVES = words('relative');
/** Verbs that with an action noun say a work is under way: الذي يجري تنفيذه. */
export const PASSIVE_AUX = words('passive_aux');
/** Verbs of containing: the unnamed facilities listed after them are a project's parts. */
export const CONTAINMENT = words('containment');
/** Adjectives that describe a project without naming it (جديدة، كبيرة، عملاقة), folded, no article. */
export const DESCRIPTIVE_WORDS = words('descriptive');
/** Directions before a place that stay in a name (شمال، جنوب غرب; شمالي): the lexicon's nouns and their adjectives. */
export const DIRECTIONS: ReadonlySet<string> = new Set([...words('direction'), ...words('direction_adjective')]);
/** Words that join the parts of a person's name in a facility's name (بن، أبو، عبد): the lexicon's one list. */
export const NAME_JOINERS = words('name_joiner');
/** Prepositions of place before a project's place (في، على، قرب). */
export const LOCATIVE = words('site_preposition');
/** Prepositions of a sentence's lead country (في أوزبكستان، مع قيرغيزستان). */
export const LEAD_PREPOSITIONS = words('lead_preposition');
/** Words over a plural that make it a kind: بعض المحطات; and nouns of quantity before من: عدد من المطارات. */
export const QUANTIFIERS = words('quantifier');
export const QUANTIFIERS_OF = words('quantifier_of');
/** Words that join the items of a list (و، كذلك، إلى جانب، بالإضافة إلى). */
export const ITEM_JOINERS = words('item_joiner');
/** Words that name what comes after them: أطلق عليها اسم محطة «ليلي», المعروفة باسم X. */
export const NAMING = words('naming');
/** Words before a facility's name that make it a region's name: تنمية محور إقليم قناة السويس, محور طريق المدينة المنورة. */
export const REGION_HEADS = words('region_head');
/** Prepositions of a route's start and end: a facility at either end is where it runs, not the work (من تقاطع X إلى Y). */
export const ROUTE_FROM = words('route_from');
export const ROUTE_TO = words('route_to');
/** Verbs of a line linking places (يربط، يمتد، لربط): the places after them are the line's. */
export const LINK_VERBS = words('link_verb');
/** Words of a building a مشروع puts up, which may head an organisation's name (مركز، أكاديمية). */
export const BUILDING_WORDS = words('building_word');
/** Words before a zone or a new city that make it a place, as a site preposition does (إلى ما بعد المنطقة الصناعية). */
export const ZONE_PLACES = words('zone_place');
/** Words of television and radio: a programme in their sentence is a show (المذيعة، حلقة، التلفزيونية). */
export const BROADCAST = words('broadcast');
/** Nouns of a share before a progress cue: نسبة تقدم الأشغال، نسب الإنجاز. */
export const SHARE_WORDS = words('share_word');
/** Action nouns that before an airport or a port are running it, not building it (تشغيل مطار عدن). */
export const OPERATE = words('operate');

/** The given names of given-names.tsv, folded (2,748 short strings): a name part the clitic splitter may cut (فيصل = ف + يصل). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(loadGivenNames().map((g) => foldString(g.name)));
