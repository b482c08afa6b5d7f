import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.js';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['periods', 'وصل الوفد. وبدأت القمة.', ['وصل الوفد.', 'وبدأت القمة.']],
    ['Arabic question mark', 'هل تستطيع أوروبا؟ ربما.', ['هل تستطيع أوروبا؟', 'ربما.']],
    ['exclamation', 'إنجاز كبير! ثم عادوا', ['إنجاز كبير!', 'ثم عادوا']],
    ['Arabic semicolon', 'ودوشانبي (2017)؛ وبناء جسر', ['ودوشانبي (2017)؛', 'وبناء جسر']],
    ['line breaks', 'العنوان الأول\nالفقرة الثانية', ['العنوان الأول', 'الفقرة الثانية']],
    ['CRLF', 'سطر أول\r\nسطر ثان', ['سطر أول', 'سطر ثان']],
    ['decimals', 'بلغت 2.4 مليار دولار. ثم 1.5 درجة.', ['بلغت 2.4 مليار دولار.', 'ثم 1.5 درجة.']],
    ['decimal point with a bidi mark after it', 'بلغ النمو 3.\u200F1% هذا العام. ثم', ['بلغ النمو 3.\u200F1% هذا العام.', 'ثم']],
    ['Arabic decimal separator', 'ارتفعت ١٫٥ درجة. وانتهى', ['ارتفعت ١٫٥ درجة.', 'وانتهى']],
    ['Arabic abbreviation د.', 'قال د. أحمد إن الوضع جيد. وانتهى', ['قال د. أحمد إن الوضع جيد.', 'وانتهى']],
    ['ص.ب', 'ص.ب 123 الرياض. شكرا', ['ص.ب 123 الرياض.', 'شكرا']],
    ['Latin abbreviations', 'مع Komaihaltec Inc. (2024) وشركة Co. أخرى. تم', ['مع Komaihaltec Inc. (2024) وشركة Co. أخرى.', 'تم']],
    ['initials', 'كتب J. K. Rowling روايتها. ثم', ['كتب J. K. Rowling روايتها.', 'ثم']],
    ['list numbers', '1. البند الأول\n2. البند الثاني', ['1. البند الأول', '2. البند الثاني']],
    ['quotes', 'قال "هذا جيد. وذاك أيضا" ثم مضى.', ['قال "هذا جيد. وذاك أيضا" ثم مضى.']],
    ['guillemets', 'وقال «لن نتراجع. أبداً» وانصرف. ثم', ['وقال «لن نتراجع. أبداً» وانصرف.', 'ثم']],
    ['closing quote after the terminator', 'قال: «انتهى الأمر.» ثم ذهب', ['قال: «انتهى الأمر.»', 'ثم ذهب']],
    ['ellipsis', 'فضة بطعم الذهب... إنجاز', ['فضة بطعم الذهب...', 'إنجاز']],
    ['URL', 'زوروا www.spa.gov.sa للمزيد. شكرا', ['زوروا www.spa.gov.sa للمزيد.', 'شكرا']],
    ['empty', '', []],
    ['whitespace only', '  \n \n', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('splits only inside the given range', () => {
    const text = 'قبل. داخل النطاق. بعد.';
    const from = text.indexOf('داخل');
    const spans = splitSentences(text, from, text.indexOf('بعد'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['داخل النطاق.']);
  });

  it('does not trust a quote left open for a whole paragraph', () => {
    const text = '"' + 'كلمة '.repeat(100) + 'نهاية. جملة ثانية.';
    expect(split(text)).toHaveLength(2);
  });

  it('runs in linear time on a long text without terminators inside quotes', () => {
    const text = ('«' + 'ب'.repeat(50) + '. ').repeat(20000);
    expect(split(text).length).toBeGreaterThan(0);
  });
});
