// The words of the project stage, read from data/lexicon (project-heads.tsv, project-descriptors.tsv,
// project-words.tsv; folded at load): the head words that announce a project and the type each
// gives, the descriptors that refine a type (محطة + طاقة شمسية = solar), and the cue lists of the
// steps. Forms are folded and without the article; the matcher strips ال and proclitics
// (للمطارات → مطارات).
import { loadProjectDescriptors, loadProjectHeads, loadWordLists, wordMap, wordSet, type ProjectNumber } from '../lexicon/word-lists.js';

export type Number_ = ProjectNumber;

export interface TriggerWord {
  type: string;
  number: Number_;
  /** Needs an action noun before it or a name after it to be a project (طريق, سد, حقل are also common words). */
  weak?: boolean;
  /** A programme: a name (quoted or proper) and a figure make it a project. */
  program?: boolean;
}

const HEADS = loadProjectHeads();
const WORDS = loadWordLists('project-words.tsv');
const list = (name: string) => wordSet(WORDS, name, 'project-words.tsv');

/** One-word triggers. */
export const TRIGGERS: ReadonlyMap<string, TriggerWord> = new Map(
  [...HEADS.values()].map((h) => [h.form, { type: h.type, number: h.number, ...(h.flags.has('weak') ? { weak: true } : {}), ...(h.flags.has('program') ? { program: true } : {}) }]),
);

/** Head words that name a facility: a name after one is the facility's (مطار الملك خالد), not a person's. */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([...HEADS.values()].filter((h) => h.flags.has('facility')).map((h) => h.form));

/** A trigger word followed by these is a railway or pipeline line: خط السكة الحديدية, خط أنابيب. */
export const LINE_HEADS: ReadonlyMap<string, string> = wordMap(WORDS, 'line_head', 'project-words.tsv');

/** Descriptors in a project's name that refine its type, in file order, as (form, type). */
export const DESCRIPTORS: ReadonlyMap<string, string> = new Map(loadProjectDescriptors().map((d) => [d.form, d.type]));

/** Action nouns before a trigger that make it a concrete project (بناء جسر, إعادة بناء المطارات). */
export const ACTIONS = list('action');
/** Verbs of building and opening (normalized, without clitics): افتتح الوزير مطار X, ستبني الشركة محطة X. */
export const ACTION_VERBS = list('action_verb');
/** Words after a trigger that make it generic: المشاريع المشتركة, هذه المحطات, مثل هذه المشاريع. */
export const GENERIC_AFTER = list('generic_after');
/** Cue words whose money figure is a project's cost. */
export const COST_CUES = list('cost_cue');
/** Cue words before the organisations that take part in a project. */
export const PARTNER_CUES = list('partner_cue');
/** Nouns of financing: "قدم JBIC تمويلاً لمشروعين" makes JBIC a partner. */
export const FINANCING = list('financing');
/** Words that make a money figure what a project saves or earns, not what it costs. */
export const SAVINGS = list('savings');
/** Words of opening or completion before a year: تبدأ التشغيل في عام 2026، يكتمل بحلول 2027. */
export const COMPLETION = list('completion');
/** Words after محطة that make it no development project: a fuel, fire or bus station, a broadcaster. */
export const NOT_PROJECTS = list('not_project');
export const DEMONSTRATIVES = list('demonstrative');
/** Words that open another clause: what follows them is about something else. */
export const CLAUSE_BREAKS = list('clause_break');
/** Verbs whose subject, a company named right after them, takes on the project the sentence then builds. */
export const AGENT_VERBS = list('agent_verb');
export const COMPANY_WORDS = list('company_word');
/** Heads of government bodies: the owner of a project, not a partner in it (أعلنت وزارة الكهرباء إنشاء محطة). */
export const GOVERNMENT_HEADS = list('government_head');
/** Organs of a state: the nisba after them names the country that builds (الحكومة المصرية). */
export const STATE_NOUNS = list('state_noun');
