// Word lists kept as data (data/lexicon/*-words.tsv and the project lexicons): rows of `list`,
// `form` and an optional `value`, written as news writes them and folded once, here, when loaded
// (أ/إ/آ → ا, ى → ي, ة → ه), so code compares folded token forms with folded entries and no entry
// can be written in a form that never matches.
import { readdirSync } from 'node:fs';
import { foldString } from '../text/normalize/fold-table.js';
import { LEXICON_DIR } from './load-lexicons.js';
import { readTsv, splitList, TsvError } from './read-tsv.js';

/** Folded form → value ('' where the list gives none), per list name. */
export type WordLists = ReadonlyMap<string, ReadonlyMap<string, string>>;

const cache = new Map<string, unknown>();

function once<T>(id: string, build: () => T): T {
  if (!cache.has(id)) cache.set(id, build());
  return cache.get(id) as T;
}

/** Reads a `list	form	value` file of data/lexicon (value optional). */
export function loadWordLists(file: string, dir: URL = LEXICON_DIR): WordLists {
  return once(`${dir.href}#${file}`, () => {
    const t = readTsv(new URL(file, dir), ['list', 'form']);
    const out = new Map<string, Map<string, string>>();
    for (const { line, record } of t.rows) {
      if (record.list === '' || record.form === '') throw new TsvError(t.file, line, 'empty list or form');
      const form = foldString(record.form);
      if (!out.has(record.list)) out.set(record.list, new Map());
      const list = out.get(record.list)!;
      if (list.has(form)) throw new TsvError(t.file, line, `"${record.form}" is already in list ${record.list} (folded: ${form})`);
      list.set(form, record.value ?? '');
    }
    return out;
  });
}

/** One list of a word-list file as a set of folded forms; an unknown list name is an error. */
export function wordSet(lists: WordLists, name: string, file = 'word list'): ReadonlySet<string> {
  const list = lists.get(name);
  if (!list) throw new Error(`${file}: no list "${name}"`);
  return new Set(list.keys());
}

/** One list as folded form → value. */
export function wordMap(lists: WordLists, name: string, file = 'word list'): ReadonlyMap<string, string> {
  const list = lists.get(name);
  if (!list) throw new Error(`${file}: no list "${name}"`);
  return list;
}

/** The word-list files of a lexicon folder: every `*-words.tsv` (rows of `list	form	value`), by name. */
export function wordListFiles(dir: URL = LEXICON_DIR): string[] {
  return once(`${dir.href}#word-list-files`, () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('-words.tsv'))
      .sort(),
  );
}

/**
 * Every list of every word-list file, by list name, with the file that defines it. A list name
 * belongs to one file: the same name in two files is an error, so a list is defined once.
 */
export function allWordLists(dir: URL = LEXICON_DIR): ReadonlyMap<string, { file: string; words: ReadonlyMap<string, string> }> {
  return once(`${dir.href}#all-word-lists`, () => {
    const out = new Map<string, { file: string; words: ReadonlyMap<string, string> }>();
    for (const file of wordListFiles(dir)) {
      for (const [name, words] of loadWordLists(file, dir)) {
        const other = out.get(name);
        if (other) throw new Error(`${file}: list "${name}" is already defined in ${other.file}`);
        out.set(name, { file, words });
      }
    }
    return out;
  });
}

function namedList(name: string, dir: URL): ReadonlyMap<string, string> {
  const list = allWordLists(dir).get(name);
  if (!list) throw new Error(`no word list "${name}" in the *-words.tsv files of ${decodeURIComponent(dir.pathname)}`);
  return list.words;
}

/** A word list of data/lexicon, found by its name in whichever `*-words.tsv` defines it: the
 * folded forms, in file order. */
export function words(name: string, dir: URL = LEXICON_DIR): ReadonlySet<string> {
  return once(`${dir.href}#set:${name}`, () => new Set(namedList(name, dir).keys()));
}

/** A word list as folded form → the value its rows give ('' where none). */
export function wordValues(name: string, dir: URL = LEXICON_DIR): ReadonlyMap<string, string> {
  return namedList(name, dir);
}

/** The folded forms of several lists, in order, without repeats (a union built once at load). */
export function wordsOf(names: readonly string[], dir: URL = LEXICON_DIR): ReadonlySet<string> {
  return new Set(names.flatMap((n) => [...words(n, dir)]));
}

export type ProjectNumber = 'one' | 'two' | 'many';
export const PROJECT_HEAD_FLAGS = ['facility', 'weak', 'program', 'named', 'adjective', 'described', 'self', 'org', 'counted'] as const;
export type ProjectHeadFlag = (typeof PROJECT_HEAD_FLAGS)[number];

export interface ProjectHead {
  /** Folded form without the article (محطه, مطارات). */
  form: string;
  type: string;
  number: ProjectNumber;
  flags: ReadonlySet<ProjectHeadFlag>;
}

/** data/lexicon/project-heads.tsv: the head words of project names, by folded form. */
export function loadProjectHeads(dir: URL = LEXICON_DIR): ReadonlyMap<string, ProjectHead> {
  return once(`${dir.href}#project-heads.tsv`, () => {
    const t = readTsv(new URL('project-heads.tsv', dir), ['form', 'type', 'number', 'flags']);
    const out = new Map<string, ProjectHead>();
    for (const { line, record } of t.rows) {
      const form = foldString(record.form);
      if (form === '' || record.type === '') throw new TsvError(t.file, line, 'empty form or type');
      if (!['one', 'two', 'many'].includes(record.number))
        throw new TsvError(t.file, line, `number "${record.number}" is not one, two or many`);
      const flags = splitList(record.flags);
      for (const f of flags)
        if (!(PROJECT_HEAD_FLAGS as readonly string[]).includes(f))
          throw new TsvError(t.file, line, `flag "${f}" is not one of ${PROJECT_HEAD_FLAGS.join(', ')}`);
      if (out.has(form)) throw new TsvError(t.file, line, `"${record.form}" is listed twice (folded: ${form})`);
      out.set(form, { form, type: record.type, number: record.number as ProjectNumber, flags: new Set(flags as ProjectHeadFlag[]) });
    }
    return out;
  });
}

export interface ProjectDescriptor {
  form: string;
  type: string;
  /** The head types it refines; empty = the plant heads (power_plant, project, plant, farm). */
  heads: readonly string[];
}

/** data/lexicon/project-descriptors.tsv in file order (the first matching row wins). */
export function loadProjectDescriptors(dir: URL = LEXICON_DIR): readonly ProjectDescriptor[] {
  return once(`${dir.href}#project-descriptors.tsv`, () => {
    const t = readTsv(new URL('project-descriptors.tsv', dir), ['form', 'type']);
    const seen = new Set<string>();
    return t.rows.map(({ line, record }) => {
      const form = foldString(record.form);
      if (form === '' || record.type === '') throw new TsvError(t.file, line, 'empty form or type');
      if (form.includes(' ')) throw new TsvError(t.file, line, 'one word per row: the matcher reads one token at a time');
      const heads = splitList(record.heads ?? '');
      for (const h of heads.length > 0 ? heads : ['']) {
        if (seen.has(`${form}|${h}`))
          throw new TsvError(t.file, line, `"${record.form}" is listed twice for the same heads (folded: ${form})`);
        seen.add(`${form}|${h}`);
      }
      return { form, type: record.type, heads };
    });
  });
}

/** Head words that name a facility (project-heads.tsv flag `facility`): a name after one is the
 * facility's (مطار الملك خالد), not a person's or an organisation's. */
export function facilityWords(dir: URL = LEXICON_DIR): ReadonlySet<string> {
  return once(
    `${dir.href}#facility-words`,
    () => new Set([...loadProjectHeads(dir).values()].filter((h) => h.flags.has('facility')).map((h) => h.form)),
  );
}
