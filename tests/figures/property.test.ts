// Any text — random mixes of digits, number words, units, dates and punctuation — gives figures
// that keep the span invariant and the contract's types, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, parseFigure } from '../../src/figures/index.js';
import { FIGURE_KINDS, QUALIFIERS } from '../../src/model/types.js';

const PIECES = [
  '2.4',
  '١٫٥',
  '1,59',
  '1.108.600',
  '10,000',
  '2015',
  '(2014)',
  '19-20',
  '-',
  '–',
  '/',
  '%',
  '٪',
  '$',
  '+',
  ':',
  '.',
  '،',
  '(',
  ')',
  'مليون',
  'مليار',
  'ألف',
  'آلاف',
  'ثلاثة',
  'عشر',
  'عشرين',
  'وعشرون',
  'مائة',
  'نصف',
  'ربع',
  'واحد',
  'الثالث',
  'الحادي',
  'ميغاواط',
  'دولار',
  'ريال',
  'دينار',
  'في',
  'المائة',
  'درجة',
  'مئوية',
  'كم',
  'م',
  '2',
  'برميل',
  'يوميا',
  'عاما',
  'مرات',
  'ديسمبر',
  'كانون',
  'الثاني',
  'هذا',
  'العام',
  'الماضي',
  'نحو',
  'أكثر',
  'من',
  'إلى',
  'بين',
  'و',
  'منذ',
  'بحلول',
  'حتى',
  'رقم',
  'سوغد',
  'GTG',
  'http://x.y/1?a=2',
  'بـ',
  'الـ',
  'سالب',
  'فاصلة',
  'على',
  'أو',
  'تحت',
  'الصفر',
  'ضعف',
  'العقدين',
];

const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 25 })
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: words.length, maxLength: words.length })
      .map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
  );

describe('figures on any text', () => {
  it('keep the span invariant and the contract', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, '2025-12-20'), (t, published) => {
        const figures = extractFigures(t, { published });
        let last = -1;
        for (const f of figures) {
          expect(t.slice(f.start, f.end)).toBe(f.text);
          expect(FIGURE_KINDS).toContain(f.kind);
          if (f.qualifier !== null) expect(QUALIFIERS).toContain(f.qualifier);
          if (f.kind !== 'date') expect(Number.isFinite(f.value)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('parses any phrase to one figure or null', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = parseFigure(t);
        if (f) expect(t.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 300 },
    );
  });
});
