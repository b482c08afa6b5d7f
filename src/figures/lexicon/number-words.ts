// Arabic number words in every form news text writes them: masculine and feminine, the three
// cases (عشرون/عشرين), dual and plural (ألفان/ألفين/آلاف), the spellings مئة/مائة and
// ترليون/تريليون, fractions (نصف، ربع، ثلث، ثلاثة أرباع), dozens, and the Egyptian forms that
// Duckling's AR_EG corpus uses (حداشر، تلاتين، خمسمية). Written by hand for arqam; every entry
// is folded like the tokens (text/normalize), so lookups compare folded forms.
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

const words = new Map<string, NumberWord>();

function add(forms: string[], w: NumberWord): void {
  for (const f of forms) words.set(foldString(f), w);
}

add(['صفر'], { type: 'zero', value: 0 });
add(['واحد', 'واحدة', 'واحدا'], { type: 'unit', value: 1, weak: true });
add(['أحد', 'إحدى'], { type: 'unit', value: 1, teenOnly: true });
add(['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين', 'ثنتان', 'ثنتين'], { type: 'unit', value: 2 });
add(['اثنا', 'اثني', 'اثنى', 'إثنا', 'إثنى', 'إثني', 'اثنتا', 'اثنتي', 'اثنتى', 'إثنتى', 'إثنتي'], {
  type: 'unit',
  value: 2,
  teenOnly: true,
});
add(['ثلاث', 'ثلاثة', 'ثلاثه'], { type: 'unit', value: 3 });
add(['أربع', 'أربعة', 'اربعه'], { type: 'unit', value: 4 });
add(['خمسة', 'خمسه'], { type: 'unit', value: 5 });
add(['خمس'], { type: 'unit', value: 5, weak: true }); // also خُمس, a fifth
add(['ستة', 'سته'], { type: 'unit', value: 6 });
add(['ست'], { type: 'unit', value: 6, weak: true }); // also "lady"
add(['سبعة', 'سبعه'], { type: 'unit', value: 7 });
add(['سبع'], { type: 'unit', value: 7, weak: true }); // also سُبع, a seventh; "lion"
add(['ثمانية', 'ثمانيه', 'ثماني', 'ثمان'], { type: 'unit', value: 8 });
add(['تسعة', 'تسعه'], { type: 'unit', value: 9 });
add(['تسع'], { type: 'unit', value: 9, weak: true }); // also تُسع, a ninth
add(['عشرة', 'عشره'], { type: 'ten', value: 10 });
add(['عشر'], { type: 'ten', value: 10, weak: true }); // also عُشر, a tenth

add(['عشرون', 'عشرين'], { type: 'tens', value: 20 });
add(['ثلاثون', 'ثلاثين'], { type: 'tens', value: 30 });
add(['أربعون', 'أربعين', 'اربعون', 'اربعين'], { type: 'tens', value: 40 });
add(['خمسون', 'خمسين'], { type: 'tens', value: 50 });
add(['ستون', 'ستين'], { type: 'tens', value: 60 });
add(['سبعون', 'سبعين'], { type: 'tens', value: 70 });
add(['ثمانون', 'ثمانين'], { type: 'tens', value: 80 });
add(['تسعون', 'تسعين'], { type: 'tens', value: 90 });

add(['مائة', 'مئة', 'مائه', 'مئه'], { type: 'hundred', value: 100 });
add(['ماية', 'مية', 'ميه'], { type: 'hundred', value: 100, weak: true, dialect: true });
add(['مائتان', 'مائتين', 'مئتان', 'مئتين', 'مائتا', 'مائتي', 'مئتا', 'مئتي'], { type: 'hundred', value: 200 });
add(['ميتين'], { type: 'hundred', value: 200, weak: true, dialect: true });
const HUNDREDS: [number, string[]][] = [
  [3, ['ثلاث', 'ثلث']],
  [4, ['أربع', 'اربع']],
  [5, ['خمس']],
  [6, ['ست']],
  [7, ['سبع']],
  [8, ['ثمان', 'ثماني', 'ثمن']],
  [9, ['تسع']],
];
for (const [n, stems] of HUNDREDS) {
  add(
    stems.flatMap((s) => [s + 'مائة', s + 'مئة', s + 'مائه', s + 'مئه']),
    { type: 'hundred', value: n * 100 },
  );
}

add(['ألف', 'الف', 'ألفا', 'الفا'], { type: 'scale', value: 1e3 });
add(['ألفان', 'ألفين', 'الفان', 'الفين', 'ألفي'], { type: 'scale', value: 1e3, dual: true });
add(['آلاف', 'الاف', 'ألوف'], { type: 'scale', value: 1e3, plural: true });
add(['مليون', 'مليونا', 'مليوناً'], { type: 'scale', value: 1e6 });
add(['مليونان', 'مليونين', 'مليوني'], { type: 'scale', value: 1e6, dual: true });
add(['ملايين', 'ملايين'], { type: 'scale', value: 1e6, plural: true });
add(['مليار', 'مليارا', 'بليون', 'بليونا', 'ميليار'], { type: 'scale', value: 1e9 });
add(['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين'], { type: 'scale', value: 1e9, dual: true });
add(['مليارات', 'بلايين', 'بليونات', 'ملايير'], { type: 'scale', value: 1e9, plural: true });
add(['تريليون', 'ترليون', 'تريليونا', 'ترليونا', 'تريلیون'], { type: 'scale', value: 1e12 });
add(['تريليونان', 'تريليونين', 'ترليونين', 'ترليونان', 'تريليوني', 'ترليوني'], { type: 'scale', value: 1e12, dual: true });
add(['تريليونات', 'ترليونات'], { type: 'scale', value: 1e12, plural: true });

add(['نصف'], { type: 'fraction', value: 1 / 2, weak: true });
add(['نصفين', 'نصفان'], { type: 'fraction', value: 1, weak: true, dual: true });
add(['ربع'], { type: 'fraction', value: 1 / 4, weak: true });
add(['ثلث'], { type: 'fraction', value: 1 / 3, weak: true });
add(['ثلثين', 'ثلثان', 'ثلثي', 'ثلثا'], { type: 'fraction', value: 2 / 3, weak: true, dual: true });
add(['سدس'], { type: 'fraction', value: 1 / 6, weak: true });
add(['ثمن'], { type: 'fraction', value: 1 / 8, weak: true }); // also "price"
add(['أرباع', 'ارباع'], { type: 'fraction', value: 1 / 4, plural: true });
add(['أثلاث', 'اثلاث'], { type: 'fraction', value: 1 / 3, plural: true });
add(['أخماس', 'اخماس'], { type: 'fraction', value: 1 / 5, plural: true });
add(['أسداس', 'اسداس'], { type: 'fraction', value: 1 / 6, plural: true });
add(['أسباع', 'اسباع'], { type: 'fraction', value: 1 / 7, plural: true });
add(['أثمان', 'اثمان'], { type: 'fraction', value: 1 / 8, plural: true });
add(['أتساع', 'اتساع'], { type: 'fraction', value: 1 / 9, plural: true });
add(['أعشار', 'اعشار'], { type: 'fraction', value: 1 / 10, plural: true });

add(['دزينة', 'دستة', 'درزن', 'درزينة'], { type: 'dozen', value: 12 });
add(['دزينتين', 'دزينتان', 'دستتين', 'دستتان'], { type: 'dozen', value: 12, dual: true });
add(['دزينات', 'دستات'], { type: 'dozen', value: 12, plural: true });

add(['فاصلة', 'فاصله'], { type: 'point', value: 0 });
add(['سالب', 'ناقص'], { type: 'minus', value: -1 });

// Egyptian forms (Duckling Numeral/AR/EG): weak alone, since several are MSA words too
// (متين = solid, تمن = price).
add(['حداشر', 'احداشر'], { type: 'teen', value: 11, weak: true, dialect: true });
add(['اتناشر', 'إتناشر', 'اطناشر'], { type: 'teen', value: 12, weak: true, dialect: true });
add(['تلتاشر', 'تلطاشر'], { type: 'teen', value: 13, weak: true, dialect: true });
add(['اربعتاشر', 'أربعتاشر', 'اربعطاشر'], { type: 'teen', value: 14, weak: true, dialect: true });
add(['خمستاشر', 'خمسطاشر'], { type: 'teen', value: 15, weak: true, dialect: true });
add(['ستاشر', 'سطاشر'], { type: 'teen', value: 16, weak: true, dialect: true });
add(['سبعتاشر', 'سبعطاشر'], { type: 'teen', value: 17, weak: true, dialect: true });
add(['تمنتاشر', 'تمنطاشر'], { type: 'teen', value: 18, weak: true, dialect: true });
add(['تسعتاشر', 'تسعطاشر'], { type: 'teen', value: 19, weak: true, dialect: true });
add(['اتنين', 'إتنين', 'اتنان'], { type: 'unit', value: 2, weak: true, dialect: true });
add(['تلاتة', 'تلاته', 'تلات'], { type: 'unit', value: 3, weak: true, dialect: true });
add(['تمانية', 'تمانيه', 'تمن'], { type: 'unit', value: 8, weak: true, dialect: true });
add(['تلاتين'], { type: 'tens', value: 30, weak: true, dialect: true });
add(['تمانين'], { type: 'tens', value: 80, weak: true, dialect: true });
add(['متين'], { type: 'hundred', value: 200, weak: true, dialect: true });
add(['تلتمية', 'تلتميه'], { type: 'hundred', value: 300, weak: true, dialect: true });
add(['ربعمية', 'ربعميه'], { type: 'hundred', value: 400, weak: true, dialect: true });
add(['خمسمية', 'خمسميه'], { type: 'hundred', value: 500, weak: true, dialect: true });
add(['ستمية', 'ستميه'], { type: 'hundred', value: 600, weak: true, dialect: true });
add(['سبعمية', 'سبعميه'], { type: 'hundred', value: 700, weak: true, dialect: true });
add(['تمنمية', 'تمنميه'], { type: 'hundred', value: 800, weak: true, dialect: true });
add(['تسعمية', 'تسعميه'], { type: 'hundred', value: 900, weak: true, dialect: true });

/** Folded number word → its meaning. */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = words;

export interface OrdinalWord {
  value: number;
  /** حادي/واحد: 1 only inside a compound ordinal (الحادي عشر، الواحد والعشرون). */
  compoundOnly?: boolean;
}

const ordinals = new Map<string, OrdinalWord>();
function addOrdinal(forms: string[], w: OrdinalWord): void {
  for (const f of forms) ordinals.set(foldString(f), w);
}
addOrdinal(['أول', 'أولى', 'اول', 'اولى'], { value: 1 });
addOrdinal(['حادي', 'حادية', 'واحد', 'واحدة', 'أحد', 'إحدى'], { value: 1, compoundOnly: true });
addOrdinal(['ثاني', 'ثانية', 'ثان', 'ثانٍ', 'اثنا', 'اثنى', 'اثني', 'إثنى', 'اثنان'], { value: 2 });
addOrdinal(['ثالث', 'ثالثة'], { value: 3 });
addOrdinal(['رابع', 'رابعة'], { value: 4 });
addOrdinal(['خامس', 'خامسة'], { value: 5 });
addOrdinal(['سادس', 'سادسة'], { value: 6 });
addOrdinal(['سابع', 'سابعة'], { value: 7 });
addOrdinal(['ثامن', 'ثامنة'], { value: 8 });
addOrdinal(['تاسع', 'تاسعة'], { value: 9 });
addOrdinal(['عاشر', 'عاشرة'], { value: 10 });

/** Folded ordinal word (without the article) → its value: ثالث، رابعة، حادي. */
export const ORDINAL_WORDS: ReadonlyMap<string, OrdinalWord> = ordinals;
