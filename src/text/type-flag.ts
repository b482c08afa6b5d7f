// What depends only on the word is computed once per word type (style.md rule 15): a yes/no
// question about a token, answered for its type (Token.typeId) the first time and read from a
// byte after that, instead of the string lookups (a Set of given names, of trigger words ...)
// being made again for every token of the type. Tokens without a type (made by hand or by
// tokenWith) are answered directly.
import type { Token } from '../model/token.js';

/** Ids this far above the floor are answered without being remembered (4 MB per flag at most). */
const MAX_ID = 1 << 24;

/**
 * The lowest type id the tokenizer still hands out (retireTypeIds). Ids are never reused, so a
 * per-type answer is never stale; but on a long stream they keep growing (about 9,500 new ones a
 * MB of unseen news: 381,000 after 40 MB, the word table being emptied every 100,000 types), and
 * a TypeFlag by id grew with them: 512 KB per flag (34 in src) after 40 MB, 16 MB per flag
 * after some 1.7 GB (half a million articles), and every question asked again past that. Below
 * the floor, a TypeFlag answers directly.
 */
let idFloor = 1;

/**
 * Called by the tokenizer when it empties its word tables: no token made from now on has a type
 * id below `floor`, so each TypeFlag drops its answers (the next time it is asked) and keeps those
 * of ids from `floor` on. Tokens made before (a document still being analysed) are answered
 * directly: the same answers, computed again.
 */
export function retireTypeIds(floor: number): void {
  if (floor > idFloor) idFloor = floor;
}

export class TypeFlag {
  /**
   * Per type id from `base` on, two bits each (id - base = 4q + k: bits 2k and 2k + 1 of
   * answers[q]): 0 not asked yet, 1 no, 2 yes. A byte each cost the 34 flags of src/ 4.4 MB at
   * the end of the 5 MB unseen bench (80,000 ids, arrays of 131,072 bytes); a quarter of that now.
   */
  private answers = new Uint8Array(1 << 10);
  /** The type id floor (retireTypeIds) when the answers were started. */
  private base = 1;

  /** `question` must depend only on what the token's word type gives (text, kind, norm, base, stem, clitic types, stop), never on its position. */
  constructor(private readonly question: (t: Token) => boolean) {}

  /** How many type ids the flag has room for (two bits each: a quarter of this in bytes). */
  get span(): number {
    return this.answers.length * 4;
  }

  of(t: Token): boolean {
    const id = t.typeId;
    if (id === undefined) return this.question(t);
    return this.ofType(id, t);
  }

  /**
   * of(t), for a token whose type id (typeIdsOf) the caller has: the token itself (and its word
   * type's analysis, another object) is read only when the type is asked for the first time.
   * `id` 0: the token has no type, answered directly.
   */
  ofType(id: number, t: Token): boolean {
    if (this.base !== idFloor) {
      // The tokenizer's tables were emptied: the ids below the floor are not handed out any more.
      this.base = idFloor;
      this.answers = new Uint8Array(1 << 10);
    }
    const i = id - this.base;
    // i < 0: no type (id 0, the base being at least 1), or a type from before the floor.
    if (i < 0 || i >= MAX_ID) return this.question(t);
    const q = i >> 2;
    let answers = this.answers;
    if (q >= answers.length) {
      let n = answers.length * 2;
      while (n <= q) n *= 2;
      const bigger = new Uint8Array(n);
      bigger.set(answers);
      this.answers = answers = bigger;
    }
    const shift = (i & 3) << 1;
    const known = (answers[q] >> shift) & 3;
    if (known !== 0) return known === 2;
    const yes = this.question(t);
    answers[q] |= (yes ? 2 : 1) << shift;
    return yes;
  }
}

/** The type ids of token lists, made once per list (see typeIdsOf). */
const idLists = new WeakMap<readonly Token[], Int32Array>();

/**
 * Each token's type id (Token.typeId; 0 for a token without one), made once per token list and
 * kept while the list lives: a loop asking a TypeFlag of every token (ofType) then reads the ids
 * one after another instead of each token and its word type's analysis, two objects apart in
 * memory, in each of the matchers that scan the whole document. Made again when the list's
 * length has changed (token lists are not edited in place once tokenized).
 */
export function typeIdsOf(tokens: readonly Token[]): Int32Array {
  let ids = idLists.get(tokens);
  if (ids !== undefined && ids.length === tokens.length) return ids;
  ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const id = tokens[i].typeId;
    ids[i] = id !== undefined && id > 0 && id <= 0x7fffffff ? id : 0;
  }
  idLists.set(tokens, ids);
  return ids;
}

/** Slots of a TypeMemo: ids are handed out one after another, so only types this many ids apart share one. */
const MEMO_SLOTS = 1 << 16;

/**
 * A value per word type, computed the first time a token of the type asks (`compute` must depend
 * only on the type, as for TypeFlag). Tokens without a type are computed every time. Kept in a
 * direct-mapped table by id (a Map by id cost about what the string tests it saved): a type whose
 * slot a newer id took is computed again, so the memo holds MEMO_SLOTS values at most.
 */
export class TypeMemo<T> {
  private readonly ids: Int32Array;
  private readonly values: (T | undefined)[];
  private readonly mask: number;

  /** `slots`: a power of two; fewer for values that cost memory and little to compute again. */
  constructor(slots = MEMO_SLOTS) {
    if (!(slots > 0 && (slots & (slots - 1)) === 0)) throw new Error(`TypeMemo: ${slots} slots is not a power of two`);
    this.ids = new Int32Array(slots);
    this.values = new Array<T | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  of(t: Token, compute: (t: Token) => T): T {
    const id = t.typeId;
    if (id === undefined || !(id > 0 && id <= 0x7fffffff)) return compute(t);
    const slot = id & this.mask;
    if (this.ids[slot] === id) return this.values[slot] as T;
    const v = compute(t);
    this.ids[slot] = id;
    this.values[slot] = v;
    return v;
  }
}

/** Slots of a DocTypeFlag: a document has a few hundred word types, rarely more than a few thousand. */
const DOC_SLOTS = 1 << 13;

/**
 * A yes/no question about a word type whose answer holds for one document only (a name the
 * document itself found, say): answered for a type the first time one of its tokens asks and
 * read from a slot after that, until `reset` (the next document). Direct-mapped by id (64 KB):
 * a type whose slot another type of the document took is asked again. The question is passed to
 * each call, made once per document by the caller (never a closure per token).
 */
export class DocTypeFlag {
  private readonly ids = new Int32Array(DOC_SLOTS);
  /** Per slot: the round its answer was given in, times 2, plus 1 for yes (0: never answered). */
  private readonly answers = new Int32Array(DOC_SLOTS);
  private round = 1;

  /** Forgets every answer: the question is another (a new document). */
  reset(): void {
    this.round++;
    if (this.round >= 1 << 29) {
      this.round = 1;
      this.answers.fill(0);
    }
  }

  /** question(t), for a token of type id `id` (typeIdsOf; 0: the token has no type, asked directly). */
  ofType(id: number, t: Token, question: (t: Token) => boolean): boolean {
    if (id <= 0) return question(t);
    const slot = id & (DOC_SLOTS - 1);
    const a = this.answers[slot];
    if (this.ids[slot] === id && a >> 1 === this.round) return (a & 1) === 1;
    const yes = question(t);
    this.ids[slot] = id;
    this.answers[slot] = (this.round << 1) | (yes ? 1 : 0);
    return yes;
  }
}
