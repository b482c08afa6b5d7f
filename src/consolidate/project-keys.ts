// What consolidation compares of a project record, computed once per record: its family, the
// words that name it, its places as words, its capacity, its cost in US dollars where a peg
// gives one, its years and its publication day.
import { toUsd } from '../projects/currency-rates.js';
import { foldedWords, isCommonWord, nameWords, placeWords } from './name-words.js';
import { recordKey, type ProjectRecord } from './project-record.js';
import { typeFamily } from './type-families.js';

export interface KeyedProject {
  record: ProjectRecord;
  /** `doc_id/project_id`. */
  key: string;
  type: string;
  family: string;
  /** The words that identify it (name-words.ts), in name order. */
  words: string[];
  /** The same words sorted and joined by a space, and joined with no space (عبد العزيز = عبدالعزيز). */
  wordKey: string;
  squashed: string;
  /** The name says no more than the type and the place (مطار أبها). */
  placeNamed: boolean;
  /** Every identifying word is a common word of Arabic text (name-words.ts isCommonWord). */
  commonName: boolean;
  places: string[][];
  /** Cost in US dollars: cost_usd, or the cost at its currency's peg; null when neither. */
  usd: number | null;
  years: number[];
  /** Days since 1970-01-01 of the publication date, or null. */
  day: number | null;
  /** The folded words of the sentence the project is named in (empty where unknown). */
  context: ReadonlySet<string>;
}

/** Days since the epoch of a YYYY-MM-DD date, or null. */
export function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

export function keyProject(record: ProjectRecord): KeyedProject {
  const { words, placeNamed } = nameWords(record.name, record.places);
  const usd = record.cost_usd ?? (record.cost !== null ? toUsd(record.cost, record.currency) : null);
  return {
    record,
    key: recordKey(record),
    type: record.type ?? 'project',
    family: typeFamily(record.type),
    words,
    wordKey: [...words].sort().join(' '),
    squashed: words.join(''),
    placeNamed,
    commonName: words.length > 0 && words.every(isCommonWord),
    places: placeWords(record.places),
    usd,
    years: [record.year, record.year_end].filter((y): y is number => y !== null),
    day: dayNumber(record.published),
    context: new Set(record.context ? foldedWords(record.context) : []),
  };
}
