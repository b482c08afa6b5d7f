import { describe, expect, it } from 'vitest';
import {
  STANDARD_FOLDS,
  alefForms,
  alefMaqsura,
  compileFolds,
  diacritics,
  digits,
  foldString,
  foldView,
  invisibles,
  persianLetters,
  presentationForms,
  separators,
  taMarbuta,
  tatweel,
  toSourceSpan,
  type Fold,
} from '../../src/text/normalize/index.js';

describe('each fold on its own', () => {
  it.each<[Fold, string, string]>([
    [alefForms, 'أحمد إيران آسيا ٱلله', 'احمد ايران اسيا الله'],
    [alefMaqsura, 'الوسطى على', 'الوسطي علي'],
    [taMarbuta, 'شركة الطاقة', 'شركه الطاقه'],
    [diacritics, 'يُعلَّقُ زخماً', 'يعلق زخما'],
    [tatweel, 'بـ1.5 الـ30 جـديـد', 'ب1.5 ال30 جديد'],
    [digits, '٢٠٢٥ ۱۴۰۳', '2025 1403'],
    [separators, '١٫٥ ١٬٠٠٠', '١.٥ ١,٠٠٠'],
    [persianLetters, 'کیلو', 'كيلو'],
    [presentationForms, 'ﻻ ﺑﻨﻚ', 'لا بنك'],
    [invisibles, 'a\u200Bb\u200Fc\u202Bd\u2066e\uFEFFf', 'abcdef'],
  ])('%s folds %j to %j', (fold, input, expected) => {
    expect(foldView(input, compileFolds([fold])).text).toBe(expected);
  });

  it.each(STANDARD_FOLDS.map((f) => [f.name, f] as const))('%s says truly whether it keeps length', (_name, fold) => {
    const changed = [...fold.table().values()];
    expect(fold.keepsLength).toBe(changed.every((v) => v.length === 1));
  });
});

describe('the standard view', () => {
  it('composes every fold', () => {
    expect(foldString('إلى الجُمهوريّة ٢٠٢٤ ١٫٥ ﻻ\u200F')).toBe('الي الجمهوريه 2024 1.5 لا');
  });

  it.each([
    ['بالتَّعاون مع الشركةِ اليابانيّة', 'الشركه'],
    ['ﻻعب في \u200Fالرياض', 'الرياض'],
    ['قال: ﻻ شيء', 'لا'],
  ])('maps a folded match in %j back to source offsets', (source, needle) => {
    const view = foldView(source);
    const at = view.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toSourceSpan(view, at, at + needle.length);
    expect(foldString(source.slice(span.start, span.end))).toBe(needle);
  });

  it('leaves the source text unchanged and maps its end', () => {
    const source = 'ـمرحباً ﻻ';
    const copy = source.slice();
    const view = foldView(source);
    expect(source).toBe(copy);
    expect(view.toSource[view.text.length]).toBe(source.length);
  });

  it('keeps lone surrogates and astral characters one to one', () => {
    const source = 'a\uD800b😀c';
    const view = foldView(source);
    expect(view.text).toBe(source);
    expect([...view.toSource]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
