// The units that may follow (or, for $ € % ٪, precede) a number, as Arabic news writes them,
// with their kind and the factor to the canonical unit of ../shared/gold/FORMAT.md: power in MW,
// energy in MWh, length in km, area in km2, volume in m3, mass in t, speed in km/h,
// temperature in °C, money in units of an ISO 4217 currency. Misspellings seen in real articles
// are listed beside the standard forms (ميغاوت، ميجا وات، جيجاوات، كيلو وات/ ساعة).
// The units and the words around them are data: data/lexicon/units.tsv and unit-words.tsv
// (written by hand for arqam; factors from the SI and the usual definitions), read here once.
import { LEXICON_DIR } from '../../lexicon/load-lexicons.js';
import { readTsv, splitList, TsvError } from '../../lexicon/read-tsv.js';
import { wordValues } from '../../lexicon/word-lists.js';
import { FIGURE_KINDS, type FigureKind } from '../../model/types.js';
import { foldString } from '../../text/normalize/index.js';

/** Currencies whose code depends on the country the article is about. */
export type CurrencyFamily = 'riyal' | 'dinar' | 'pound' | 'dirham' | 'lira' | 'franc' | 'rupee' | 'dollar';

export interface UnitDef {
  kind: FigureKind;
  /** Canonical unit; for money the ISO 4217 code, null when the family decides it. */
  unit: string | null;
  /** Multiplies the number into the canonical unit (0.001 for a kilogram in tonnes). */
  factor: number;
  family?: CurrencyFamily;
  /** A subunit (هللة، سنت، قرش): the factor is of the family's main unit. */
  subunit?: boolean;
  /** A rate may follow: برميل يوميا → barrel/day, مسافر سنوياً → passenger/year. */
  perDay?: boolean;
  /** Fahrenheit: converted to °C. */
  fahrenheit?: boolean;
  /** The م/هـ after a year (2015م، 1430هـ): marks the number as a year, not a measure. */
  yearMarker?: 'AD' | 'AH';
  /** Written before the number ($20، ٪٣٠، €5). */
  prefix?: boolean;
}

/** The unit of a barrel of oil equivalent, as gold/FORMAT.md's quantities name it. */
export const BOE = 'barrel of oil equivalent';

const FAMILIES: ReadonlySet<string> = new Set(['riyal', 'dinar', 'pound', 'dirham', 'lira', 'franc', 'rupee', 'dollar']);
const FLAGS: Readonly<Record<string, 'subunit' | 'perDay' | 'fahrenheit' | 'prefix'>> = {
  subunit: 'subunit',
  per_day: 'perDay',
  fahrenheit: 'fahrenheit',
  prefix: 'prefix',
};

/** The rows of data/lexicon/units.tsv by table, in the file's order: [phrase as written, its unit]. */
function readUnits(): Map<string, [string, UnitDef][]> {
  const t = readTsv(new URL('units.tsv', LEXICON_DIR), ['table', 'phrase', 'kind', 'unit', 'factor']);
  const out = new Map<string, [string, UnitDef][]>([
    ['after', []],
    ['dual', []],
    ['single', []],
  ]);
  for (const { line, record } of t.rows) {
    const rows = out.get(record.table);
    const factor = Number(record.factor);
    if (!rows || record.phrase === '' || !FIGURE_KINDS.includes(record.kind as FigureKind) || !Number.isFinite(factor)) {
      throw new TsvError(t.file, line, `a unit needs a table (after, dual, single), a phrase, a figure kind and a factor`);
    }
    const def: UnitDef = { kind: record.kind as FigureKind, unit: record.unit === '' ? null : record.unit, factor };
    if (record.family) {
      if (!FAMILIES.has(record.family)) throw new TsvError(t.file, line, `unknown currency family: ${record.family}`);
      def.family = record.family as CurrencyFamily;
    }
    if (record.year_marker) {
      if (record.year_marker !== 'AD' && record.year_marker !== 'AH')
        throw new TsvError(t.file, line, `year_marker is AD or AH: ${record.year_marker}`);
      def.yearMarker = record.year_marker;
    }
    for (const f of splitList(record.flags ?? '')) {
      const key = FLAGS[f];
      if (!key) throw new TsvError(t.file, line, `unknown flag: ${f}`);
      def[key] = true;
    }
    rows.push([record.phrase, def]);
  }
  return out;
}

const UNIT_ROWS = readUnits();
/** A unit phrase as written and its unit, in the file's order (the first row of a phrase wins). */
const entries: [string, UnitDef][] = UNIT_ROWS.get('after')!;

/** What turns barrels already read with their rate into barrels of oil equivalent: "2.5 مليون برميل باليوم من النفط المكافئ". */
export const BOE_AFTER_RATE: readonly (readonly string[])[] = [...wordValues('boe_after_rate').keys()].map((p) => p.split(' '));

/** A node of the unit trie: the unit ending here, and the words that may continue it. */
export interface UnitNode {
  def?: UnitDef;
  next: Map<string, UnitNode>;
}

function buildTrie(prefixOnly: boolean): UnitNode {
  const root: UnitNode = { next: new Map() };
  for (const [phrase, def] of entries) {
    if (Boolean(def.prefix) !== prefixOnly) continue;
    let node = root;
    for (const raw of phrase.split(' ')) {
      const w = foldString(raw).toLowerCase();
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.def ??= def;
  }
  return root;
}

/** Units written after the number, as a trie over folded words. */
export const UNITS_AFTER: UnitNode = buildTrie(false);
/** Units written before the number ($ € £ % ٪). */
export const UNITS_BEFORE: UnitNode = buildTrie(true);

/** Words that turn an amount into a rate (برميل يوميا، قدم مكعب في اليوم، مسافر سنوياً), with its period. */
export const RATE_WORDS: readonly { words: readonly string[]; period: 'day' | 'month' | 'year' }[] = [...wordValues('rate_word')].map(
  ([form, period]) => {
    if (period !== 'day' && period !== 'month' && period !== 'year')
      throw new Error(`unit-words.tsv: rate_word "${form}" has no period (day, month, year): "${period}"`);
    return { words: form.split(' '), period };
  },
);

/**
 * Counted nouns that become the unit of a quantity when a rate follows them: "97 سفينة قياسية في
 * اليوم" = 97 ship/day (gold-dev), where "45 سفينة" stays a count (unit-words.tsv, rate_noun).
 */
export const RATE_NOUNS: ReadonlyMap<string, string> = wordValues('rate_noun');

/** Folded phrase → unit, for the dual and single tables. */
function unitMap(table: string): ReadonlyMap<string, UnitDef> {
  return new Map(UNIT_ROWS.get(table)!.map(([p, def]) => [foldString(p), def] as [string, UnitDef]));
}

/** Dual forms that carry their own number: عامين = 2 years, مرتين = twice, درجتين = 2 degrees. */
export const DUAL_UNITS: ReadonlyMap<string, UnitDef> = unitMap('dual');

/**
 * Unit nouns that, alone as a whole phrase, mean one of themselves (Duckling: شهر = 1 month,
 * كغ = 1000 g). Used only when parsing a whole phrase, never in running text.
 */
export const SINGLE_UNITS: ReadonlyMap<string, UnitDef> = unitMap('single');
