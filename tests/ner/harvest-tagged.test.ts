import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerFromRules, gazetteerFromTagged } from '../../src/ner/gazetteer.js';
import { goldNameKeys, TaggedHarvest, type TaggedThresholds } from '../../src/ner/harvest-tagged.js';
import { TAGS } from '../../src/ner/tags.js';

const TH: TaggedThresholds = { minDocs: 2, minOutlets: 2, minMajority: 0.8, minShare: 0.5 };

describe('TaggedHarvest', () => {
  it('keeps a name tagged as one type in enough articles of enough outlets', () => {
    const h = new TaggedHarvest();
    h.addArticle(
      [
        { stems: ['هامبورغ'], type: 'ORG' },
        { stems: ['هامبورغ'], type: 'ORG' },
      ],
      ['هامبورغ', 'هامبورغ', 'فاز'],
      'a',
    );
    h.addArticle([{ stems: ['هامبورغ'], type: 'ORG' }], ['هامبورغ', 'خسر'], 'b');
    const kept = h.kept(TH);
    expect(kept).toEqual([{ key: 'هامبورغ', type: 'ORG', docs: 2, allDocs: 2, tagged: 3, total: 3, outlets: 2 }]);
  });

  it('leaves out a name of one outlet, of too few articles, or of mixed types', () => {
    const h = new TaggedHarvest();
    h.addArticle(
      [
        { stems: ['قطر'], type: 'LOC' },
        { stems: ['نصر'], type: 'ORG' },
      ],
      ['قطر', 'نصر'],
      'a',
    );
    h.addArticle(
      [
        { stems: ['قطر'], type: 'ORG' },
        { stems: ['نصر'], type: 'ORG' },
      ],
      ['قطر', 'نصر'],
      'a',
    );
    h.addArticle(
      [
        { stems: ['قطر'], type: 'LOC' },
        { stems: ['مون'], type: 'PERS' },
      ],
      ['قطر', 'مون'],
      'b',
    );
    expect(h.kept(TH)).toEqual([]);
    // Two LOC articles of three that tag it: under a majority of 0.8, kept at 0.6.
    expect(h.kept({ ...TH, minMajority: 0.6 }).map((n) => [n.key, n.type])).toEqual([['قطر', 'LOC']]);
  });

  it('leaves out a one-word name the tagger gives only a small share of its occurrences', () => {
    const h = new TaggedHarvest();
    h.addArticle([{ stems: ['امل'], type: 'PERS' }], ['امل', 'امل', 'امل'], 'a');
    h.addArticle(
      [
        { stems: ['امل'], type: 'PERS' },
        { stems: ['بان', 'كي', 'مون'], type: 'PERS' },
      ],
      ['امل', 'امل', 'بان', 'كي', 'مون'],
      'b',
    );
    h.addArticle([{ stems: ['بان', 'كي', 'مون'], type: 'PERS' }], ['بان', 'كي', 'مون'], 'c');
    expect(h.kept(TH).map((n) => n.key)).toEqual(['بان كي مون']);
  });
});

describe('gazetteerFromTagged', () => {
  it('reads the names of each type as a gazetteer type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tagged-'));
    const file = join(dir, 'tagged-names.tsv');
    writeFileSync(file, '# header\nname\ttype\tdocs\nهامبورغ\tORG\t3\nبان كي مون\tPERS\t2\nباريس\tLOC\t9\nالبنك التجاري\tORG\t4\n');
    expect(gazetteerFromTagged(file)).toEqual({
      'tagged-loc': ['باريس'],
      'tagged-org': ['البنك التجاري', 'هامبورغ'],
      'tagged-pers': ['بان كي مون'],
    });
  });
});

describe('gazetteerFromRules', () => {
  it('reads the names of harvest:rules as the rules- types, a row of another type skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const file = join(dir, 'rule-names.tsv');
    writeFileSync(file, '# header\nname\ttype\tdocs\nوزاره داخليه\tORG\t11\nيوسف شاهد\tPERS\t12\nجبال طويق\tLOC\t3\nكاس عالم\tMISC\t5\n');
    expect(gazetteerFromRules(file)).toEqual({
      'rules-loc': ['جبال طويق'],
      'rules-org': ['وزاره داخليه'],
      'rules-pers': ['يوسف شاهد'],
    });
  });
});

describe('goldNameKeys', () => {
  it('keys each gold name of any type by its stems, as the harvest keys a tagged name', () => {
    const tag = (t: string) => TAGS.indexOf(t);
    const keys = goldNameKeys([
      {
        tokens: ['زار', 'الرئيس', 'دونالد', 'ترامب', 'مدينة', 'والقاهرة', '.'],
        tags: Uint8Array.from(['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O'].map(tag)),
      },
    ]);
    expect([...keys].sort()).toEqual(['دونالد ترامب', 'قاهره']);
  });
});
