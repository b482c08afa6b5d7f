import { describe, expect, it } from 'vitest';
import { isolateLatin, ltr } from '../../src/report/bidi.js';
import { escapeHtml } from '../../src/report/html.js';

describe('isolateLatin', () => {
  it.each([
    ['Arabic only: nothing isolated', 'قمة طوكيو', 'قمة طوكيو'],
    ['an acronym in parentheses: the parentheses stay outside', 'الوكالة (JICA) اليوم', 'الوكالة (<bdi dir="ltr">JICA</bdi>) اليوم'],
    [
      'a multi-word name is one isolate',
      'شركة Muroo Systems Corporation المحدودة',
      'شركة <bdi dir="ltr">Muroo Systems Corporation</bdi> المحدودة',
    ],
    ['an abbreviation keeps its period', 'شركة Komaihaltec Inc. (2024)', 'شركة <bdi dir="ltr">Komaihaltec Inc.</bdi> (2024)'],
    ['a sentence full stop stays with the Arabic sentence', 'وقعت مع JICA.', 'وقعت مع <bdi dir="ltr">JICA</bdi>.'],
    ['a comma splits a list into isolates read right to left', 'JICA, JBIC', '<bdi dir="ltr">JICA</bdi>, <bdi dir="ltr">JBIC</bdi>'],
    ['numbers alone are left to the bidi algorithm', 'بلغ 2.4 مليار في 2024', 'بلغ 2.4 مليار في 2024'],
    ['a number after a Latin word joins it', 'معرض Expo 2025 في أوساكا', 'معرض <bdi dir="ltr">Expo 2025</bdi> في أوساكا'],
    [
      'hyphens, underscores and ampersands inside a name',
      'GTG-2 و{clean_title} وAT&T',
      '<bdi dir="ltr">GTG-2</bdi> و{<bdi dir="ltr">clean_title</bdi>} و<bdi dir="ltr">AT&amp;T</bdi>',
    ],
    [
      'markup in the text is escaped',
      'نص <script>x</script>',
      'نص &lt;<bdi dir="ltr">script</bdi>&gt;<bdi dir="ltr">x</bdi>&lt;/<bdi dir="ltr">script</bdi>&gt;',
    ],
    ['a line break ends a run', 'ABC\nDEF', '<bdi dir="ltr">ABC</bdi>\n<bdi dir="ltr">DEF</bdi>'],
  ])('%s', (_name, text, expected) => {
    expect(isolateLatin(text).value).toBe(expected);
  });

  it('ltr() isolates a value with its unit', () => {
    expect(ltr('1,000 MW').value).toBe('<bdi dir="ltr">1,000 MW</bdi>');
  });
});

describe('stray bidi controls', () => {
  it('are dropped from escaped text, so an unclosed override cannot reorder the rest of the line', () => {
    expect(escapeHtml('قال\u202E الوزير <b>')).toBe('قال الوزير &lt;b&gt;');
    expect(escapeHtml('\u2067اسم\u2069 و\u202Atext\u202C')).toBe('اسم وtext');
    expect(isolateLatin('شركة \u202EAcme Inc.').value).toBe('شركة <bdi dir="ltr">Acme Inc.</bdi>');
  });

  it('leaves the marks that only set direction (LRM, RLM) in place', () => {
    expect(escapeHtml('2024\u200Fم')).toBe('2024\u200Fم');
  });
});
