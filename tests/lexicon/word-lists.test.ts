import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProjectDescriptors, loadProjectHeads, loadWordLists } from '../../src/lexicon/word-lists.js';
import { foldString } from '../../src/text/normalize/fold-table.js';

function dirWith(files: Record<string, string>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'arqam-words-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return pathToFileURL(dir + '/');
}

describe('loadWordLists', () => {
  it('folds every form when loading (بإشراف matches the folded token باشراف)', () => {
    const lists = loadWordLists('w.tsv', dirWith({ 'w.tsv': '# test\nlist\tform\tvalue\ncue\tبإشراف\t\nline\tأنابيب\tpipeline\n' }));
    expect([...lists.get('cue')!.keys()]).toEqual(['باشراف']);
    expect(lists.get('line')!.get('انابيب')).toBe('pipeline');
  });

  it('refuses a form listed twice once folded, naming file and line', () => {
    expect(() => loadWordLists('w.tsv', dirWith({ 'w.tsv': 'list\tform\ncue\tتأهيل\ncue\tتاهيل\n' }))).toThrow(
      /w\.tsv:3: .*already in list cue/,
    );
  });
});

describe('the project lexicons of data/lexicon', () => {
  it('every entry is folded and unique, and the lists the stage reads exist', () => {
    const words = loadWordLists('project-words.tsv');
    for (const name of [
      'action',
      'action_verb',
      'generic_after',
      'cost_cue',
      'partner_cue',
      'financing',
      'savings',
      'completion',
      'not_project',
      'line_head',
    ]) {
      expect(words.get(name)?.size, name).toBeGreaterThan(0);
      for (const form of words.get(name)!.keys()) expect(foldString(form)).toBe(form);
    }
    const heads = loadProjectHeads();
    expect(heads.get('محطه')).toMatchObject({ type: 'power_plant', number: 'one' });
    for (const h of heads.values()) expect(foldString(h.form)).toBe(h.form);
    const descriptors = loadProjectDescriptors();
    expect(descriptors.find((d) => d.form === 'الشمسيه')?.type).toBe('solar');
  });

  it('refuses an unknown head flag', () => {
    expect(() =>
      loadProjectHeads(dirWith({ 'project-heads.tsv': 'form\ttype\tnumber\tflags\nمحطة\tpower_plant\tone\tsometimes\n' })),
    ).toThrow(/flag "sometimes"/);
  });
});
