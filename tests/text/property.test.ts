// Random strings through the whole pipeline: no exception, and every span holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeDocument, toAnalysis } from '../../src/analyze.js';
import { checkAnalysisSpans, checkDocSpans } from '../helpers/spans.js';

const pieces = [
  'ا',
  'ب',
  'ت',
  'ة',
  'ى',
  'أ',
  'إ',
  'آ',
  'ال',
  'و',
  'ل',
  'لل',
  'ـ',
  '\u064E',
  '\u0651',
  '\u0670',
  '٠',
  '١',
  '٥',
  '٫',
  '٬',
  '۴',
  '0',
  '7',
  '.',
  ',',
  '%',
  '٪',
  '-',
  '–',
  '(',
  ')',
  '"',
  '«',
  '»',
  '؟',
  '!',
  '؛',
  ':',
  ' ',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00A0',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2069',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\uD800',
  '\uDC00',
  '😀',
  'ﻻ',
  'ﺑ',
  'a',
  'Z',
  'Inc.',
  '{clean_title}',
  'nayrouz ',
  '<DOC>',
  '<TEXT>',
  '</TEXT>',
  '<p>',
  '</p>',
  '<a href="x?y=1">',
  '</a>',
  '&nbsp;',
  '<!DOCTYPE html>',
  '<script>',
  '</script>',
  'مليار',
  'دولار',
  'ميغاواط',
  'عام',
  '2025',
  'اليابان',
  'د.',
  'محطة',
  'شركة',
  '{',
  '}',
  ';',
  'jQuery(',
  'function(){',
];

const arbitraryText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('the pipeline on random text', () => {
  it('never throws and keeps every span in place', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const doc = analyzeDocument(text);
        checkDocSpans(doc);
        checkAnalysisSpans(doc.text, toAnalysis(doc));
        // A stage failing is recorded, not thrown; none should fail on any input.
        expect(doc.messages.filter((m) => m.reason.startsWith('stage failed'))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
