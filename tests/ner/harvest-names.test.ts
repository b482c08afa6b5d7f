import { describe, expect, it } from 'vitest';
import { CueMatcher, keptNames, NameHarvest, nameRuns, type Cue, type HarvestThresholds } from '../../src/ner/harvest-names.js';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';

const knowledge = defaultWordKnowledge();
const tokens = (text: string) => tokenize(text, 0, text.length, knowledge);
const cue = (type: Cue['type'], text: string): Cue => ({ type, words: tokens(text).map((t) => t.norm), text });
const CTX = {
  cues: new CueMatcher([
    cue('PERS', 'الرئيس'),
    cue('PERS', 'الرئيس التنفيذي'),
    cue('PERS', 'سمو'),
    cue('PERS', 'الأمير'),
    cue('ORG', 'شركة'),
    cue('ORG', 'منظمة'),
  ]),
  nisbas: new Set(tokens('الأمريكي الفرنسية').map((t) => t.stem)),
};
const runs = (text: string) => {
  const t = tokens(text);
  return nameRuns(t, CTX).map((r) => [
    r.cue.text,
    t
      .slice(r.start, r.end)
      .map((x) => x.text)
      .join(' '),
  ]);
};

describe('nameRuns', () => {
  it.each([
    ['a title and a name of three words', 'قال الرئيس عبد الفتاح السيسي إن', [['الرئيس', 'عبد الفتاح السيسي']]],
    ['a nisba between the title and the name', 'وصل الرئيس الأمريكي دونالد ترامب', [['الرئيس', 'دونالد ترامب']]],
    ['the longest cue', 'أعلن الرئيس التنفيذي أمين الناصر', [['الرئيس التنفيذي', 'أمين الناصر']]],
    ['cues in a row', 'استقبل سمو الأمير محمد', [['الأمير', 'محمد']]],
    ['a cue with a proclitic', 'والرئيس ماكرون', [['الرئيس', 'ماكرون']]],
    ['no name after an adjective with the article', 'قال الرئيس السابق', []],
    ['a run stops at a function word', 'الرئيس بوتين في موسكو', [['الرئيس', 'بوتين']]],
    ['a run stops at a proclitic', 'الرئيس بوتين وماكرون', [['الرئيس', 'بوتين']]],
    ['an organisation: one word after a definite one', 'منظمة الصحة العالمية', [['منظمة', 'الصحة']]],
    ['an organisation of two bare words', 'شركة أكوا باور السعودية', [['شركة', 'أكوا باور']]],
  ])('%s', (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe('keptNames', () => {
  const th: HarvestThresholds = { minCount: 2, minDocs: 2, minOutlets: 2, minShare: { PERS: 0.5, ORG: 0.5 } };

  it('keeps a word seen after cues in enough articles and outlets, and mostly there', () => {
    const h = new NameHarvest(CTX);
    h.addArticle([tokens('قال الرئيس ماكرون')], 'a');
    h.addArticle([tokens('أكد الرئيس ماكرون')], 'b');
    const kept = keptNames(h, th);
    expect(kept.map((n) => [n.stem, n.type, n.count, n.docs, n.outlets])).toEqual([['ماكرون', 'PERS', 2, 2, 2]]);
    expect(kept[0].evidence).toContain('الرئيس 2');
  });

  it('leaves out a word of one outlet only', () => {
    const h = new NameHarvest(CTX);
    h.addArticle([tokens('قال الرئيس ماكرون')], 'a');
    h.addArticle([tokens('أكد الرئيس ماكرون')], 'a');
    expect(keptNames(h, th)).toEqual([]);
  });

  it('leaves out a common word: most of its occurrences follow no cue', () => {
    const h = new NameHarvest(CTX);
    h.addArticle([tokens('قال الرئيس حسن'), tokens('كان يوما حسن حسن حسن')], 'a');
    h.addArticle([tokens('قال الرئيس حسن')], 'b');
    expect(keptNames(h, th)).toEqual([]);
  });
});
