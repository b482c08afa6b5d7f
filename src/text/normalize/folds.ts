// The character folds of arqam's normalized view, one small definition each.
// A fold maps single UTF-16 code units: to another code unit (keeps length), to nothing
// (removal) or to a short string (expansion). Folds never look at context, so they compose
// into one lookup table (see fold-table.ts). After CAMeL Tools utils/normalize.py and dediac.py.

export interface Fold {
  name: string;
  /** True when every code unit maps to exactly one code unit, so offsets are unchanged. */
  keepsLength: boolean;
  /** The code units this fold changes, with what each becomes ('' removes it). */
  table(): Map<number, string>;
}

function rangeMap(from: number, to: number, value: (c: number) => string): Map<number, string> {
  const map = new Map<number, string>();
  for (let c = from; c <= to; c++) map.set(c, value(c));
  return map;
}

function merge(...maps: Map<number, string>[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const map of maps) for (const [k, v] of map) out.set(k, v);
  return out;
}

/** أ إ آ ٱ ٲ ٳ → ا: hamza and madda on alef are written inconsistently in news text. */
export const alefForms: Fold = {
  name: 'alef',
  keepsLength: true,
  table: () => new Map([0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673].map((c) => [c, '\u0627'])),
};

/** ى → ي: final ya is often written as alef maqsura (على/علي, الوسطى/الوسطي). */
export const alefMaqsura: Fold = {
  name: 'alef-maqsura',
  keepsLength: true,
  table: () => new Map([[0x0649, '\u064A']]),
};

/** ة → ه: ta marbuta is often written as ha (شركة/شركه). */
export const taMarbuta: Fold = {
  name: 'ta-marbuta',
  keepsLength: true,
  table: () => new Map([[0x0629, '\u0647']]),
};

/** Harakat, tanwin, shadda, sukun, dagger alef and Quranic marks are removed (يُعلق → يعلق). */
export const diacritics: Fold = {
  name: 'diacritics',
  keepsLength: false,
  table: () =>
    merge(
      rangeMap(0x064b, 0x065f, () => ''),
      rangeMap(0x06d6, 0x06ed, () => ''),
      new Map([[0x0670, '']]),
    ),
};

/** Tatweel (kashida) is removed: بـ1.5 → ب1.5, الـ30 → ال30. */
export const tatweel: Fold = {
  name: 'tatweel',
  keepsLength: false,
  table: () => new Map([[0x0640, '']]),
};

/** Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9. */
export const digits: Fold = {
  name: 'digits',
  keepsLength: true,
  table: () =>
    merge(
      rangeMap(0x0660, 0x0669, (c) => String.fromCharCode(0x30 + c - 0x0660)),
      rangeMap(0x06f0, 0x06f9, (c) => String.fromCharCode(0x30 + c - 0x06f0)),
    ),
};

/** Arabic decimal separator ٫ → . and thousands separator ٬ → , (١٫٥ → 1.5). */
export const separators: Fold = {
  name: 'separators',
  keepsLength: true,
  table: () =>
    new Map([
      [0x066b, '.'],
      [0x066c, ','],
    ]),
};

/** Persian letters used in Arabic web text: ک → ك, ی → ي, ۀ → ه. */
export const persianLetters: Fold = {
  name: 'persian-letters',
  keepsLength: true,
  table: () =>
    new Map([
      [0x06a9, '\u0643'],
      [0x06cc, '\u064A'],
      [0x06c0, '\u0647'],
    ]),
};

/** Arabic presentation forms (FB50–FDFF, FE70–FEFC) → their NFKC letters; ligatures expand (ﻻ → لا). */
export const presentationForms: Fold = {
  name: 'presentation-forms',
  keepsLength: false,
  table: () => {
    const map = new Map<number, string>();
    const add = (from: number, to: number) => {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        const nf = ch.normalize('NFKC');
        if (nf !== ch) map.set(c, nf.replace(/ /g, ''));
      }
    };
    add(0xfb50, 0xfdff);
    add(0xfe70, 0xfefc);
    return map;
  },
};

/** Zero-width characters, bidi controls, the BOM inside text and soft hyphens are removed. */
export const invisibles: Fold = {
  name: 'invisibles',
  keepsLength: false,
  table: () =>
    merge(
      rangeMap(0x200b, 0x200f, () => ''),
      rangeMap(0x202a, 0x202e, () => ''),
      rangeMap(0x2066, 0x2069, () => ''),
      new Map([
        [0xfeff, ''],
        [0x061c, ''],
        [0x00ad, ''],
        [0x2060, ''],
      ]),
    ),
};

/** Every fold of the standard matching view, in the order they are composed. */
export const STANDARD_FOLDS: readonly Fold[] = [
  presentationForms,
  invisibles,
  diacritics,
  tatweel,
  alefForms,
  alefMaqsura,
  taMarbuta,
  persianLetters,
  digits,
  separators,
];
