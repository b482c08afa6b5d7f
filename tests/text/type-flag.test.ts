// Word types (Token.typeId) and the per-type answers of text/type-flag.ts.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';
import type { Token } from '../../src/model/token.js';
import { DocTypeFlag, TypeFlag, TypeMemo, typeIdsOf } from '../../src/text/type-flag.js';
import { tokenWith } from '../../src/model/token.js';

const tokens = (text: string) => tokenize(text, 0, text.length, defaultWordKnowledge());

describe('Token.typeId', () => {
  it('is shared by the tokens of one word and differs between words', () => {
    const [a, b, c] = tokens('محطة الطاقة محطة');
    expect(a.typeId).toBeDefined();
    expect(c.typeId).toBe(a.typeId);
    expect(b.typeId).not.toBe(a.typeId);
  });
  it("is absent on a token changed by tokenWith (its forms are no longer its type's)", () => {
    const [t] = tokens('للطاقة');
    expect(tokenWith(t, { norm: t.base }).typeId).toBeUndefined();
  });
});

describe('TypeFlag', () => {
  it('asks once per word type and gives the same answer to every token of it', () => {
    let asked = 0;
    const flag = new TypeFlag((t) => {
      asked++;
      return t.norm.startsWith('محط');
    });
    const ts = tokens('محطة الطاقة محطة الطاقة محطة');
    expect(ts.map((t) => flag.of(t))).toEqual([true, false, true, false, true]);
    expect(asked).toBe(2);
  });
  it('answers a token without a type directly, every time', () => {
    let asked = 0;
    const flag = new TypeFlag(() => {
      asked++;
      return true;
    });
    const t = tokenWith(tokens('محطة')[0], {});
    flag.of(t);
    flag.of(t);
    expect(asked).toBe(2);
  });
});

describe('typeIdsOf and TypeFlag.ofType', () => {
  it("lists each token's type id (0 for a token without one), once per token list", () => {
    const ts = tokens('محطة الطاقة محطة');
    const list = [...ts, tokenWith(ts[0], {})];
    const ids = typeIdsOf(list);
    expect(Array.from(ids)).toEqual([ts[0].typeId, ts[1].typeId, ts[0].typeId, 0]);
    expect(typeIdsOf(list)).toBe(ids);
  });
  it('answers by the id as of() does, reading the token only the first time its type is asked', () => {
    let asked = 0;
    const flag = new TypeFlag((t) => {
      asked++;
      return t.norm.startsWith('محط');
    });
    const ts = tokens('محطة الطاقة محطة الطاقة');
    const ids = typeIdsOf(ts);
    expect(ts.map((t, i) => flag.ofType(ids[i], t))).toEqual([true, false, true, false]);
    expect(asked).toBe(2);
    // A known type is answered without its token.
    expect(flag.ofType(ids[2], undefined as never)).toBe(true);
    expect(ts.map((t) => flag.of(t))).toEqual([true, false, true, false]);
    expect(asked).toBe(2);
  });
});

describe('TypeFlag answers, two bits a type', () => {
  it('keeps each of four neighbouring ids its own answer, across the growth of its array', () => {
    let asked = 0;
    const flag = new TypeFlag((t) => {
      asked++;
      return t.norm === 'yes';
    });
    const yes = { norm: 'yes' } as Token;
    const no = { norm: 'no' } as Token;
    // Ids 1,000,000 on (above any floor the tokenizer set): yes for every third, in an order that
    // fills each byte's four answers out of turn and grows the array many times.
    const ids = Array.from({ length: 9000 }, (_, k) => 1_000_000 + ((k * 7) % 9000));
    for (const id of ids) expect(flag.ofType(id, id % 3 === 0 ? yes : no)).toBe(id % 3 === 0);
    expect(asked).toBe(9000);
    // Asked again with the other answer's token: the remembered answers, no question asked.
    for (const id of ids) expect(flag.ofType(id, id % 3 === 0 ? no : yes)).toBe(id % 3 === 0);
    expect(asked).toBe(9000);
  });
});

describe('DocTypeFlag', () => {
  it('asks once per word type until reset, then asks again (the next document)', () => {
    const flag = new DocTypeFlag();
    let asked = 0;
    let wanted = 'محطه';
    const question = (t: Token) => {
      asked++;
      return t.norm === wanted;
    };
    const ts = tokens('محطة الطاقة محطة الطاقة');
    const ids = typeIdsOf(ts);
    flag.reset();
    expect(ts.map((t, i) => flag.ofType(ids[i], t, question))).toEqual([true, false, true, false]);
    expect(asked).toBe(2);
    // Another document's question: the answers given before are not read.
    wanted = 'الطاقه';
    flag.reset();
    expect(ts.map((t, i) => flag.ofType(ids[i], t, question))).toEqual([false, true, false, true]);
    expect(asked).toBe(4);
  });
  it('answers a token without a type directly, every time', () => {
    const flag = new DocTypeFlag();
    let asked = 0;
    const t = tokenWith(tokens('محطة')[0], {});
    flag.reset();
    flag.ofType(0, t, () => ++asked > 0);
    flag.ofType(0, t, () => ++asked > 0);
    expect(asked).toBe(2);
  });
});

describe('TypeMemo', () => {
  const fake = (typeId: number) => ({ ...tokens('محطة')[0], typeId }) as unknown as Parameters<TypeMemo<number>['of']>[0];
  it('computes a type once while no id a multiple of its slots apart has taken its slot', () => {
    let computed = 0;
    const memo = new TypeMemo<number>(4);
    const value = (t: { typeId?: number }) => {
      computed++;
      return t.typeId ?? -1;
    };
    for (const id of [1, 2, 3, 1, 2, 3]) expect(memo.of(fake(id), value)).toBe(id);
    expect(computed).toBe(3);
    // Id 5 takes the slot of id 1 in a memo of 4 slots: 1 is computed again, 2 and 3 are not.
    for (const id of [5, 1, 2, 3]) expect(memo.of(fake(id), value)).toBe(id);
    expect(computed).toBe(5);
  });
  it('takes a number of slots that is a power of two', () => {
    expect(() => new TypeMemo<number>(6)).toThrow(/power of two/);
  });
});
