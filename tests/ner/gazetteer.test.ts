import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer, gazetteerFromAnergazet, nameStems, type GazetteerData } from '../../src/ner/gazetteer.js';
import { SHARED_DIR } from '../../src/eval/shared-paths.js';

const ANERGAZET = join(SHARED_DIR, 'gazetteers', 'anergazet');

describe('Gazetteer', () => {
  it('finds every listed name in a stem sequence, overlaps included', () => {
    const g = new Gazetteer({ org: ['جامعه دول عربيه'], place: ['دول'] });
    const stems = nameStems('اجتماع جامعة الدول العربية في القاهرة');
    const found = g.match(stems).map((m) => [g.types[m.type], stems.slice(m.start, m.end).join(' ')]);
    expect(found).toEqual([
      ['org', 'جامعه دول عربيه'],
      ['place', 'دول'],
    ]);
  });
});

describe.skipIf(!existsSync(ANERGAZET))('ANERgazet (../shared/gazetteers/anergazet)', () => {
  // Read in the tests, not here: the body of a skipped describe still runs to collect them.
  let read: GazetteerData | undefined;
  const anergazet = (): GazetteerData => (read ??= gazetteerFromAnergazet(ANERGAZET));

  it('reads the three lists as stems, without the separator lines', () => {
    const data = anergazet();
    expect(Object.keys(data)).toEqual(['anergazet-loc', 'anergazet-org', 'anergazet-pers']);
    for (const names of Object.values(data)) {
      expect(names.length).toBeGreaterThan(200);
      for (const name of names) expect(name).not.toMatch(/^[=-]+$|^\s|\s$/);
    }
  });

  it('matches names as news spells them (hamza, article, clitics)', () => {
    const g = new Gazetteer(anergazet());
    const stems = nameStems('وصل إلى أسيا وبرشلونة');
    const types = g.match(stems).map((m) => g.types[m.type]);
    expect(types).toContain('anergazet-loc');
    expect(types).toContain('anergazet-org');
  });
});

describe('Gazetteer.isSecond and NamesFrom.singleTypes', () => {
  const gaz = new Gazetteer({ country: ['مصر', 'ولايات متحده'], region: ['ولايات', 'ولايات متحده امريكيه'] });
  it('knows the second stems of names of several words, and no other stem', () => {
    expect(gaz.isSecond('متحده')).toBe(true);
    expect(gaz.isSecond('ولايات')).toBe(false);
    expect(gaz.isSecond('امريكيه')).toBe(false);
    expect(gaz.isSecond('')).toBe(false);
  });
  it('gives the types of the one-word names in the order of `single`', () => {
    const from = gaz.namesFrom('ولايات')!;
    expect(Array.from(from.singleTypes)).toEqual(from.single.map((e) => from.names[e].type));
    expect(Array.from(from.singleTypes)).toEqual([gaz.types.indexOf('region')]);
  });
});
