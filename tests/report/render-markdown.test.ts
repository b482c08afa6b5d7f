import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/report-model.js';
import { excerpt, mdCell, reportMarkdown } from '../../src/report/render-markdown.js';
import { handmadeAnalysis } from '../fixtures/report/sample-analysis.js';

describe('mdCell', () => {
  it.each([
    ['a pipe cannot split the table', 'أ | ب', 'أ \\| ب'],
    ['a line break becomes a space', 'سطر\r\nسطر\nسطر', 'سطر سطر سطر'],
    ['markup stays text', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['emphasis and links stay text', '*a* _b_ [c](d) `e` #f &g', '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\#f \\&g'],
    ['null is empty', null, ''],
  ])('%s', (_name, text, expected) => {
    expect(mdCell(text)).toBe(expected);
  });
});

describe('excerpt', () => {
  it.each([
    ['short text whole', 'أ ب ج', 0, 5, 60, 'أ ب ج'],
    ['whitespace folded', 'أ\n\nب', 0, 4, 60, 'أ ب'],
    ['long text cut with an ellipsis', 'abcdefghij', 0, 10, 4, 'abcd…'],
  ] as [string, string, number, number, number, string][])('%s', (_name, text, s, e, max, expected) => {
    expect(excerpt(text, s, e, max)).toBe(expected);
  });
});

describe('reportMarkdown', () => {
  const text = 'قالت الشركة | إن <b>القدرة</b> تبلغ 30 ميغاواط.';
  const a = handmadeAnalysis(text, {
    title: 'عنوان | <i>مائل</i>',
    figures: [{ id: 'f1', kind: 'power', value: 30, unit: 'MW', at: ['30 ميغاواط'] }],
    entities: [{ id: 'e1', type: 'ORG', key: null, name: 'الشركة | x', name_en: null, mentions: [['الشركة']] }],
  });
  const md = reportMarkdown(buildReportModel(a), text);

  it('starts with the title as a heading, escaped', () => {
    expect(md.split('\n')[0]).toBe('# عنوان \\| \\<i\\>مائل\\</i\\>');
  });

  it('keeps every table row to its columns even when the text holds pipes', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| e1 '));
    expect(rows).toEqual(['| e1 | الشركة \\| x |  |  | 1 | الشركة |']);
  });

  it('gives each figure its normalized value and unit', () => {
    expect(md).toContain('| f1 | 30 ميغاواط | 30 | MW |  | 30 MW |  | 0 |');
  });

  it('says plainly when there is nothing of a kind', () => {
    expect(md).toContain('## Projects\n\nNo projects found.');
    expect(md).toContain('## Messages\n\nNone: arqam handled everything it read.');
    expect(md).toContain('### ORG (1 entity, 1 mention)');
  });

  it('ends with a single newline', () => {
    expect(md.endsWith('.\n')).toBe(true);
  });
});
