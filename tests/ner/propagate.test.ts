import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { nerStream } from '../../src/cli/commands/ner.js';
import { NamePropagator, WINDOW } from '../../src/ner/propagate.js';
import { parseConll } from '../../src/ner/read-conll.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { TAG_INDEX, TAGS } from '../../src/ner/tags.js';
import { trainTiny } from './tiny-model.js';

const tagsOf = (...names: string[]) => Uint8Array.from(names, (t) => TAG_INDEX.get(t)!);
const namesOf = (tags: Uint8Array) => Array.from(tags, (t) => TAGS[t]);

/** Pushes sentences (stems and tags) through a propagator and returns their final tags in order. */
function propagate(sentences: [string[], string[]][], window = WINDOW, vote = 0): string[][] {
  const p = new NamePropagator<number>(window, undefined, vote);
  const out: string[][] = [];
  const take = (done: { tags: Uint8Array; payload: number }[]) => {
    for (const d of done) out[d.payload] = namesOf(d.tags);
  };
  sentences.forEach(([stems, tags], i) => {
    take(p.push(stems, tagsOf(...tags), i));
  });
  take(p.flush());
  return out;
}

describe('NamePropagator', () => {
  it('tags an untagged occurrence of a name tagged in a nearby sentence, later or earlier', () => {
    const out = propagate([
      [
        ['فاز', 'بنك', 'تجاري', 'امس'],
        ['O', 'O', 'O', 'O'],
      ],
      [
        ['قال', 'مدرب', 'بنك', 'تجاري'],
        ['O', 'O', 'B-ORG', 'I-ORG'],
      ],
      [
        ['لعب', 'بنك', 'تجاري'],
        ['O', 'O', 'O'],
      ],
    ]);
    expect(out).toEqual([
      ['O', 'B-ORG', 'I-ORG', 'O'],
      ['O', 'O', 'B-ORG', 'I-ORG'],
      ['O', 'B-ORG', 'I-ORG'],
    ]);
  });

  it('never changes a tag the tagger chose, nor glues a name onto the one before it', () => {
    const out = propagate([
      [
        ['زار', 'اهلي'],
        ['O', 'B-ORG'],
      ],
      [
        ['قال', 'اهلي'],
        ['O', 'B-LOC'],
      ],
      [
        ['محمد', 'اهلي'],
        ['B-PERS', 'O'],
      ],
    ]);
    expect(out[1]).toEqual(['O', 'B-LOC']);
    expect(out[2]).toEqual(['B-PERS', 'O']);
  });

  it('puts a longer name over shorter names wholly inside it, never over the same span or across a name', () => {
    const out = propagate([
      [
        ['فاز', 'ستيوا', 'بوخارست'],
        ['O', 'B-ORG', 'I-ORG'],
      ],
      [
        ['امام', 'ستيوا', 'بوخارست'],
        ['O', 'O', 'B-LOC'],
      ],
      [
        ['خسر', 'ستيوا', 'بوخارست'],
        ['O', 'B-ORG', 'I-ORG'],
      ],
      [
        ['مع', 'ستيوا', 'بوخارست'],
        ['O', 'B-PERS', 'B-LOC'],
      ],
      [
        ['زار', 'بوخارست', 'امس'],
        ['O', 'B-LOC', 'O'],
      ],
      [
        ['مع', 'ستيوا', 'بوخارست'],
        ['O', 'B-LOC', 'I-LOC'],
      ],
      [
        ['ستيوا', 'بوخارست', 'سيتي'],
        ['B-LOC', 'I-LOC', 'I-LOC'],
      ],
      [
        ['شمال', 'ستيوا', 'بوخارست'],
        ['B-LOC', 'I-LOC', 'O'],
      ],
    ]);
    expect([out[1], ...out.slice(3)]).toEqual([
      ['O', 'B-ORG', 'I-ORG'],
      ['O', 'B-ORG', 'I-ORG'],
      ['O', 'B-LOC', 'O'],
      ['O', 'B-LOC', 'I-LOC'],
      ['B-LOC', 'I-LOC', 'I-LOC'],
      ['B-LOC', 'I-LOC', 'O'],
    ]);
  });

  it('takes the longest name that fits and the type given most often', () => {
    const out = propagate([
      [
        ['حزب', 'عمال'],
        ['B-ORG', 'I-ORG'],
      ],
      [['حزب'], ['B-MISC']],
      [
        ['حزب', 'عمال'],
        ['B-ORG', 'I-ORG'],
      ],
      [
        ['اعلن', 'حزب', 'عمال', 'ان'],
        ['O', 'O', 'O', 'O'],
      ],
      [
        ['زعيم', 'حزب'],
        ['O', 'O'],
      ],
    ]);
    expect(out[3]).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(out[4]).toEqual(['O', 'B-MISC']);
  });

  it('gives the surname of a person alone that person, unless it is a function or common word', () => {
    const out = propagate([
      [
        ['امين', 'عام', 'بان', 'كي', 'مون'],
        ['O', 'O', 'B-PERS', 'I-PERS', 'B-PERS'],
      ],
      [
        ['قال', 'مون', 'ان'],
        ['O', 'O', 'O'],
      ],
      [
        ['صدام', 'حسين', 'علي'],
        ['B-PERS', 'I-PERS', 'I-PERS'],
      ],
      [
        ['وقف', 'علي', 'باب'],
        ['O', 'O', 'O'],
      ],
      [
        ['لويس', 'اول'],
        ['B-PERS', 'I-PERS'],
      ],
      [
        ['في', 'اول', 'يوم'],
        ['O', 'O', 'O'],
      ],
    ]);
    expect(out[1]).toEqual(['O', 'B-PERS', 'O']);
    expect(out[3]).toEqual(['O', 'O', 'O']);
    expect(out[5]).toEqual(['O', 'O', 'O']);
  });

  it('carries names only within the window and skips stems shorter than three letters', () => {
    const filler: [string[], string[]][] = Array.from({ length: 3 }, () => [['كلام'], ['O']]);
    const out = propagate(
      [
        [['سول'], ['B-ORG']],
        ...filler,
        [['سول'], ['O']],
        [
          ['يد', 'لا'],
          ['B-PERS', 'O'],
        ],
        [['يد'], ['O']],
      ],
      3,
    );
    expect(out[4]).toEqual(['O']);
    expect(out[6]).toEqual(['O']);
  });

  it('with a vote, carries a non-person name only when the tagger tagged enough of its occurrences', () => {
    // هلال tagged once as ORG among five occurrences (a share of 0.2), كرم once among two.
    const sentences: [string[], string[]][] = [
      [
        ['رؤية', 'هلال'],
        ['O', 'B-ORG'],
      ],
      [
        ['ظهر', 'هلال'],
        ['O', 'O'],
      ],
      [
        ['ثبت', 'هلال'],
        ['O', 'O'],
      ],
      [
        ['غاب', 'هلال', 'كرم'],
        ['O', 'O', 'O'],
      ],
      [
        ['شكل', 'هلال', 'كرم'],
        ['O', 'O', 'B-PERS'],
      ],
    ];
    const carried = propagate(sentences);
    expect(carried[1]).toEqual(['O', 'B-ORG']);
    const voted = propagate(sentences, WINDOW, 0.25);
    expect(voted.slice(1, 4).map((t) => t[1])).toEqual(['O', 'O', 'O']);
    // A person's name is carried whatever the vote.
    expect(voted[3]).toEqual(['O', 'O', 'B-PERS']);
    expect(propagate(sentences, WINDOW, 0.2)[1]).toEqual(['O', 'B-ORG']);
  });

  it('releases each sentence once its window is complete, and every sentence by flush', () => {
    const p = new NamePropagator<number>(2);
    const released: number[] = [];
    for (let i = 0; i < 5; i++) for (const d of p.push(['كلمة'], tagsOf('O'), i)) released.push(d.payload);
    expect(released).toEqual([0, 1, 2]);
    for (const d of p.flush()) released.push(d.payload);
    expect(released).toEqual([0, 1, 2, 3, 4]);
    expect(p.flush()).toEqual([]);
  });

  it('keeps memory bounded on a long stream, with results the same as on a short one', () => {
    const p = new NamePropagator<number>(2);
    let last: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const tagged = i % 3 === 0;
      for (const d of p.push(['زار', 'سيول'], tagsOf('O', tagged ? 'B-LOC' : 'O'), i)) last = namesOf(d.tags);
    }
    expect(last).toEqual(['O', 'B-LOC']);
    expect((p as unknown as { queue: unknown[] }).queue.length).toBeLessThan(100);
  });
});

describe('the tagger over a document', () => {
  const tagger = new NerTagger(trainTiny({ epochs: 3 }).model);
  const doc = [
    ['قال', 'محمد', 'في', 'القاهرة'],
    ['وأعلنت', 'شركة', 'أرامكو', 'عن', 'أرباحها'],
    ['وزار', 'محمد', 'القاهرة', 'أمس'],
  ];

  it('tagSentences tags each sentence, every tag a tag of the set', () => {
    const out = tagger.tagSentences(doc);
    expect(out.map((s) => s.length)).toEqual(doc.map((s) => s.length));
    for (const s of out) for (const t of s) expect(TAG_INDEX.has(t)).toBe(true);
  });

  it('arqam ner --conll writes the tags tagSentences gives', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await nerStream(Readable.from([doc.map((s) => s.join('\n')).join('\n\n')]), out, tagger);
    out.end();
    const written = parseConll(Buffer.concat(chunks).toString('utf8'));
    expect(written.map((s) => s.tags)).toEqual(tagger.tagSentences(doc));
  });
});

describe('NamePropagator commonTwice', () => {
  it('carries a one-word non-person name that is a common word only when the tagger tagged it twice', () => {
    const run = (twice: boolean, tagged: number) => {
      const p = new NamePropagator<number>(WINDOW, undefined, 0, twice);
      const out: string[][] = [];
      const take = (done: { tags: Uint8Array; payload: number }[]) => {
        for (const d of done) out[d.payload] = namesOf(d.tags);
      };
      // مدينه (city) is seen far more than 100 times in data/lexicon/vocab.tsv; بوخارست is not.
      for (let i = 0; i < 4; i++)
        take(p.push(['زار', 'مدينه', 'في', 'بوخارست'], tagsOf('O', i < tagged ? 'B-LOC' : 'O', 'O', i === 0 ? 'B-LOC' : 'O'), i));
      take(p.flush());
      return out;
    };
    expect(run(false, 1)[2]).toEqual(['O', 'B-LOC', 'O', 'B-LOC']);
    expect(run(true, 1)[2]).toEqual(['O', 'O', 'O', 'B-LOC']);
    expect(run(true, 2)[2]).toEqual(['O', 'B-LOC', 'O', 'B-LOC']);
  });
});
