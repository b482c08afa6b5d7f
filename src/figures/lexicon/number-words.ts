// Arabic number words in every form news text writes them: masculine and feminine, the three
// cases (عشرون/عشرين), dual and plural (ألفان/ألفين/آلاف), the spellings مئة/مائة and
// ترليون/تريليون, fractions (نصف، ربع، ثلث، ثلاثة أرباع), dozens, and the Egyptian forms that
// Duckling's AR_EG corpus uses (حداشر، تلاتين، خمسمية). Written by hand for arqam; the words are
// data (data/lexicon/numbers.tsv, folded like the tokens), read here once.
import { LEXICON_DIR } from '../../lexicon/load-lexicons.js';
import { readTsv, splitList, TsvError } from '../../lexicon/read-tsv.js';
import { foldString } from '../../text/normalize/index.js';

export type NumberWordType =
  /** 0 (صفر): never continues a compound. */
  | 'zero'
  /** 1–9 (واحد، ثلاثة، ثمان). */
  | 'unit'
  /** عشر/عشرة after a unit: ثلاثة عشر = 13. Alone it is 10. */
  | 'ten'
  /** A whole teen in one word (Egyptian حداشر = 11). */
  | 'teen'
  /** 20–90 (عشرون، عشرين). */
  | 'tens'
  /** 100–900 (مائة، مئتين، ثلاثمائة). */
  | 'hundred'
  /** ألف، مليون، مليار، تريليون with their duals and plurals. */
  | 'scale'
  /** نصف، ربع، ثلث ... and plurals أرباع، أخماس. */
  | 'fraction'
  /** دزينة/دستة = 12. */
  | 'dozen'
  /** فاصلة: the decimal point in words (واحد فاصلة خمسة = 1.5). */
  | 'point'
  /** سالب/ناقص: minus. */
  | 'minus';

export interface NumberWord {
  type: NumberWordType;
  value: number;
  /** Dual form (ألفين، مليونان): counts two by itself. */
  dual?: boolean;
  /** Plural form (آلاف، ملايين، أرباع): needs a number before it. */
  plural?: boolean;
  /**
   * Also a common non-number word, or a dialect form: a number only with support around it
   * (a unit or counted noun after, another number word, a qualifier) — ست (lady), خمس (fifth),
   * ثمن (price), متين (solid).
   */
  weak?: boolean;
  /** Only meaningful inside a teen (أحد عشر، إحدى عشرة, اثنا عشر). */
  teenOnly?: boolean;
  /** A dialect form (Egyptian): never read with attached clitics. */
  dialect?: boolean;
}

const TYPES: ReadonlySet<string> = new Set([
  'zero',
  'unit',
  'ten',
  'teen',
  'tens',
  'hundred',
  'scale',
  'fraction',
  'dozen',
  'point',
  'minus',
]);
const NUMBER_FLAGS: Readonly<Record<string, keyof NumberWord>> = {
  dual: 'dual',
  plural: 'plural',
  weak: 'weak',
  teen_only: 'teenOnly',
  dialect: 'dialect',
};

export interface OrdinalWord {
  value: number;
  /** حادي/واحد: 1 only inside a compound ordinal (الحادي عشر، الواحد والعشرون). */
  compoundOnly?: boolean;
}

/** Reads data/lexicon/numbers.tsv: rows of form, kind (number, ordinal), type, value, flags. */
function readNumberWords(): { numbers: Map<string, NumberWord>; ordinals: Map<string, OrdinalWord> } {
  const t = readTsv(new URL('numbers.tsv', LEXICON_DIR), ['form', 'kind', 'type', 'value']);
  const numbers = new Map<string, NumberWord>();
  const ordinals = new Map<string, OrdinalWord>();
  for (const { line, record } of t.rows) {
    // Folded like the tokens whatever the file writes (an entry in another form could never match).
    const form = foldString(record.form);
    const value = Number(record.value);
    if (record.form === '' || !Number.isFinite(value)) throw new TsvError(t.file, line, 'a number word needs a form and a value');
    const flags = splitList(record.flags ?? '');
    if (record.kind === 'ordinal') {
      ordinals.set(form, flags.includes('compound_only') ? { value, compoundOnly: true } : { value });
      continue;
    }
    if (record.kind !== 'number' || !TYPES.has(record.type))
      throw new TsvError(t.file, line, `unknown kind or type: ${record.kind} ${record.type}`);
    const w: NumberWord = { type: record.type as NumberWordType, value };
    for (const f of flags) {
      const key = NUMBER_FLAGS[f];
      if (!key) throw new TsvError(t.file, line, `unknown flag: ${f}`);
      (w as unknown as Record<string, unknown>)[key] = true;
    }
    numbers.set(form, w);
  }
  return { numbers, ordinals };
}

const read = readNumberWords();

/** Folded number word → what it is: عشرين (tens, 20), ألفين (scale, 1000, dual), ربع (fraction). */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = read.numbers;

/** Folded ordinal word (without the article) → its value: ثالث، رابعة، حادي. */
export const ORDINAL_WORDS: ReadonlyMap<string, OrdinalWord> = read.ordinals;
