import { describe, expect, it } from 'vitest';
import { FeatureExtractor, quoteBits, without } from '../../src/ner/features.js';
import { Gazetteer, gazetteerFromHeads } from '../../src/ner/gazetteer.js';
import { hashFeature } from '../../src/ner/hash.js';

const extractor = new FeatureExtractor(new Gazetteer({ country: ['مصر', 'ولايات متحده'] }));
const count = (tokens: string[]) => {
  const f = extractor.sentence(tokens);
  return Array.from({ length: tokens.length }, (_, i) => f.offsets[i + 1] - f.offsets[i]);
};

describe('FeatureExtractor', () => {
  it('gives a type whose slot a newer type took its own features again (wordOfType)', () => {
    const x = new FeatureExtractor(new Gazetteer({ country: ['مصر'] }));
    const own = (w: { hashes: Uint32Array; stem: string }) => [w.stem, ...w.hashes];
    const first = own(x.wordOfType('مصر', 7));
    // Every id 2^15 ... 2^20 apart from 7 in turn: whatever the table's size, one takes its slot.
    for (let k = 15; k <= 20; k++) expect(own(x.wordOfType('وقال', 7 + 2 ** k))).toEqual(own(x.word('وقال')));
    expect(own(x.wordOfType('مصر', 7))).toEqual(first);
    expect(first).toEqual(own(x.word('مصر')));
  });

  it("leaves the word's own form, base and stem out with noIdentity, and keeps what its neighbours see of it", () => {
    const gaz = new Gazetteer({ country: ['مصر'] });
    const plain = new FeatureExtractor(gaz);
    const context = new FeatureExtractor(gaz, undefined, null, null, false, false, true);
    const a = plain.word('والرئيس');
    const b = context.word('والرئيس');
    // Form (والرئيس), base (الرئيس) and stem (رئيس): three fewer of its own.
    expect(a.own.length - b.own.length).toBe(3);
    expect(Array.from(b.near)).toEqual(Array.from(a.near));
    // A word without a proclitic has no base of its own: its form and stem only.
    expect(plain.word('مصر').own.length - context.word('مصر').own.length).toBe(2);
  });

  it("keeps a type's bigram hashes and the bounds of its lists in its run of hashes, also after the run is copied (issue 20)", () => {
    const x = new FeatureExtractor(new Gazetteer({ country: ['مصر'] }));
    const read = (w: ReturnType<typeof x.word>) => ({
      hashes: Array.from(w.hashes),
      bounds: [w.nearAt, w.farAt, w.wideAt, w.size],
      lists: [w.own.length, w.near.length, w.far.length, w.wide.length],
      bigram: [w.normHash, w.shapeHash, w.classHash, w.stemHash],
    });
    const w = x.word('والرئيس');
    const first = read(w);
    // own starts with the form's hash, and its stem's hash follows its base's (والرئيس: form, base, stem).
    expect(first.bigram[0]).toBe(hashFeature(0, 'والرئيس') | 0);
    expect(first.hashes[0] | 0).toBe(first.bigram[0]);
    expect(first.hashes[2] | 0).toBe(first.bigram[3]);
    const [nearAt, farAt, wideAt, size] = first.bounds;
    expect(first.lists).toEqual([nearAt, farAt - nearAt, wideAt - farAt, size - wideAt]);
    expect(size).toBe(first.hashes.length);
    // 50,000 other types make the young generation the old one: the next read copies the run to the current slab.
    for (let k = 0; k < 50_000; k++) x.word(`w${k}`);
    const again = x.word('والرئيس');
    expect(again).toBe(w);
    expect(read(again)).toEqual(first);
  });

  it('gives the same features to the same sentence twice', () => {
    const a = extractor.sentence(['وقال', 'الرئيس', 'في', 'مصر']);
    const b = extractor.sentence(['وقال', 'الرئيس', 'في', 'مصر']);
    expect(Array.from(a.hashes)).toEqual(Array.from(b.hashes));
  });

  it('marks a lexicon name of two words on both tokens', () => {
    const withName = count(['في', 'الولايات', 'المتحدة', 'امس']);
    const without = count(['في', 'الولايات', 'الجديدة', 'امس']);
    expect(withName[1]).toBeGreaterThan(without[1]);
    expect(withName[2]).toBeGreaterThan(without[2]);
  });

  it("marks the names Gazetteer.match finds, in its order, from each word's names (overlaps and a name at the end included)", () => {
    const gaz = new Gazetteer({ country: ['مصر', 'ولايات متحده', 'ولايات'], region: ['ولايات متحده امريكيه', 'مصر'] });
    const x = new FeatureExtractor(gaz);
    const tokens = ['في', 'الولايات', 'المتحدة', 'الأمريكية', 'و', 'مصر', 'الولايات'];
    const words = tokens.map((t) => x.word(t));
    const stems = words.map((w) => w.stem);
    const marks = x.sentenceMarks(words, stems)!;
    const got = Array.from({ length: tokens.length }, (_, i) => Array.from(marks.hashes.subarray(marks.starts[i], marks.starts[i + 1])));
    // The same marks from the matcher's list of matches.
    // features.ts hashes a gazetteer mark as template 50 (T.gazetteer) of `type:pos:offset`.
    const hashOf = (type: string, pos: string, d: number) => hashFeature(50, `${type}:${pos}:${d}`) | 0;
    const want: number[][] = tokens.map(() => []);
    for (const m of gaz.match(stems)) {
      const type = gaz.types[m.type];
      for (let i = m.start; i < m.end; i++) {
        const pos = m.end - m.start === 1 ? 'U' : i === m.start ? 'B' : i === m.end - 1 ? 'L' : 'I';
        for (let d = -1; d <= 1; d++) {
          const at = i - d;
          if (at >= 0 && at < tokens.length) want[at].push(hashOf(type, pos, d));
        }
      }
    }
    expect(gaz.match(stems).length).toBe(6);
    expect(got).toEqual(want);
  });

  it.each([
    ['lone guillemets', ['سيارة', '«', 'أورفان', '»', 'الجديدة'], 2],
    ['glued guillemets', ['سيارة', '«أورفان»', 'الجديدة'], 1],
    ['straight quotes', ['استاد', '"', 'سلتيك', 'بارك', '"', 'في'], 2],
  ])('marks the words inside short quotes: %s', (_name, tokens, inside) => {
    const plain = count((tokens as string[]).map((t) => t.replace(/«/g, '(').replace(/»/g, ')').replace(/"/g, '-')));
    const quoted = count(tokens as string[]);
    expect(quoted[inside as number]).toBeGreaterThan(plain[inside as number]);
  });

  it.each([
    ['«', 1],
    ['»', 2],
    ['"', 4],
    ['«أورفان»', 24],
    ['كلمة', 0],
    ['', 0],
  ])('reads the quote marks of %j', (raw, bits) => {
    expect(quoteBits(raw as string)).toBe(bits);
  });
});

describe('without', () => {
  it("drops one gazetteer type's features and keeps the rest, position by position", () => {
    const two = new FeatureExtractor(new Gazetteer({ country: ['مصر'], 'tagged-loc': ['مصر'] }));
    const tokens = ['زار', 'مصر', 'امس'];
    const f = two.sentence(tokens);
    const g = without(f, two.gazetteerHashes('tagged-'));
    const plain = new FeatureExtractor(new Gazetteer({ country: ['مصر'] })).sentence(tokens);
    expect(Array.from(g.offsets)).toEqual(Array.from(plain.offsets));
    expect(Array.from(g.hashes)).toEqual(Array.from(plain.hashes));
    expect(g.hashes.length).toBe(f.hashes.length - 3);
  });
});

describe('topic features', () => {
  const sport = { country: ['مصر'], 'topic-sport': ['مباراه', 'دوري', 'هدف'] };
  const feats = (x: FeatureExtractor, tokens: string[]) => {
    const f = x.sentence(tokens);
    x.pushTopic();
    return Array.from(f.hashes.subarray(f.offsets[0], f.offsets[1]));
  };

  it('counts the sports words of the sentence and the ones before it, and changes the features with the count', () => {
    const x = new FeatureExtractor(new Gazetteer(sport));
    const quiet = feats(x, ['مصر', 'قالت', 'امس']);
    expect(x.word('المباراة').topic).toBe(true);
    expect(x.word('مصر').topic).toBe(false);
    feats(x, ['بدأت', 'المباراة', 'في', 'الدوري']);
    // Two sports words in the sentence before: مصر now has other features than in a quiet text.
    const loud = feats(x, ['مصر', 'قالت', 'امس']);
    expect(loud).not.toEqual(quiet);
    expect(loud.length).toBeGreaterThan(quiet.length);
    // A new document forgets them.
    x.resetTopic();
    expect(feats(x, ['مصر', 'قالت', 'امس'])).toEqual(quiet);
  });

  it('gives the topic words no lexicon features of their own, and a model without the type no topic features', () => {
    const x = new FeatureExtractor(new Gazetteer(sport));
    const y = new FeatureExtractor(new Gazetteer({ country: ['مصر'] }));
    // In a quiet sentence the topic type adds the bucket's features (two a position) and nothing else.
    const a = x.sentence(['قال', 'المدرب', 'بعد', 'الهدف']);
    const b = y.sentence(['قال', 'المدرب', 'بعد', 'الهدف']);
    expect(y.word('الهدف').topic).toBe(false);
    for (let i = 0; i < 4; i++) expect(a.offsets[i + 1] - a.offsets[i] - (b.offsets[i + 1] - b.offsets[i])).toBe(2);
  });
});

describe('head-chain and run features (train:ner --head-chains, --runs; off by default)', () => {
  /** Features a position has with gazetteer `a` less those it has with `b`. */
  const more = (a: Record<string, string[]>, b: Record<string, string[]>, tokens: string[]) => {
    const x = new FeatureExtractor(new Gazetteer(a)).sentence(tokens);
    const y = new FeatureExtractor(new Gazetteer(b)).sentence(tokens);
    return tokens.map((_, i) => x.offsets[i + 1] - x.offsets[i] - (y.offsets[i + 1] - y.offsets[i]));
  };

  it('marks the words after an organisation head up to a function word, the head itself with nothing', () => {
    const heads = gazetteerFromHeads()['chain-head'];
    expect(heads).toContain('وكاله');
    const tokens = ['قالت', 'وكالة', 'أنباء', 'الشرق', 'الأوسط', 'في', 'بيان'];
    // أنباء: its distance; الشرق and الأوسط: their distance, and with the article.
    expect(more({ country: ['مصر'], 'chain-head': heads }, { country: ['مصر'] }, tokens)).toEqual([0, 0, 1, 2, 2, 0, 0]);
  });

  it('marks each word of a run of uncommon words with its place and the run length', () => {
    const tokens = ['وقال', 'هوايشنغ', 'كيتا', 'في', 'وقال'];
    expect(more({ country: ['مصر'], 'run-marks': [] }, { country: ['مصر'] }, tokens)).toEqual([0, 2, 2, 0, 0]);
  });
});
