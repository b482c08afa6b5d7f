// A trie over sequences of normalized token forms: each lexicon name is tokenized like the
// text, so "وكالة اليابان للتعاون الدولي" is the path وكاله → اليابان → للتعاون → الدولي,
// and a walk over the text's tokens finds every name that starts at a token.

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

export class NameTrie<T> {
  readonly root = new Map<string, TrieNode<T>>();
  private size = 0;

  /** Adds `value` under the path `forms`; an empty path is ignored. */
  add(forms: readonly string[], value: T): void {
    if (forms.length === 0) return;
    let map = this.root;
    let node: TrieNode<T> | undefined;
    for (let i = 0; i < forms.length; i++) {
      node = map.get(forms[i]);
      if (!node) {
        node = { next: null, values: null };
        map.set(forms[i], node);
      }
      if (i < forms.length - 1) map = node.next ??= new Map();
    }
    (node!.values ??= []).push(value);
    this.size++;
  }

  /** True when some name starts with the form. */
  starts(form: string): boolean {
    return this.root.has(form);
  }

  get entries(): number {
    return this.size;
  }

  /** For restoreTrie: the number of values added. */
  setSize(size: number): void {
    this.size = size;
  }
}

/** A trie node as nested arrays: its form, its values (or 0), its children (or 0). */
export type StoredNode<V> = [form: string, values: V[] | 0, children: StoredNode<V>[] | 0];

/** The trie as nested arrays, children in insertion order (the tests compare tries through it). */
export function storeTrie<T, V>(trie: NameTrie<T>, store: (value: T) => V): StoredNode<V>[] {
  const walk = (map: Map<string, TrieNode<T>>): StoredNode<V>[] =>
    Array.from(map, ([form, node]): StoredNode<V> => [form, node.values ? node.values.map(store) : 0, node.next ? walk(node.next) : 0]);
  return walk(trie.root);
}

/**
 * A trie as flat lists (a compiled file's form, quick to parse: three arrays instead of an array
 * per node): every node in preorder, children in insertion order, with its form, its number of
 * values and of children (`shape`, two numbers a node), its values one after another.
 */
export interface FlatTrie<V> {
  /** The root's children. */
  roots: number;
  forms: string[];
  shape: number[];
  values: V[];
}

/** The trie as flat lists (FlatTrie), values stored by `store`. */
export function flattenTrie<T, V>(trie: NameTrie<T>, store: (value: T) => V): FlatTrie<V> {
  const out: FlatTrie<V> = { roots: trie.root.size, forms: [], shape: [], values: [] };
  const walk = (map: Map<string, TrieNode<T>>): void => {
    for (const [form, node] of map) {
      out.forms.push(form);
      out.shape.push(node.values ? node.values.length : 0, node.next ? node.next.size : 0);
      if (node.values) for (const v of node.values) out.values.push(store(v));
      if (node.next) walk(node.next);
    }
  };
  walk(trie.root);
  return out;
}

/**
 * A restored node whose values are made from their stored form when first read (a compiled
 * gazetteer parses an entry only when a text reaches a name of it).
 */
class LazyValuesNode<T, V> implements TrieNode<T> {
  next: Map<string, TrieNode<T>> | null = null;
  private made: T[] | null = null;

  constructor(
    /** The stored values, values[from, from + count) this node's; count 0 when made. */
    private readonly stored: readonly V[],
    private readonly from: number,
    private count: number,
    private readonly restore: (value: V) => T,
  ) {}

  get values(): T[] | null {
    if (this.count > 0) {
      const made = new Array<T>(this.count);
      for (let k = 0; k < this.count; k++) made[k] = this.restore(this.stored[this.from + k]);
      this.made = made;
      this.count = 0;
    }
    return this.made;
  }

  set values(values: T[] | null) {
    this.count = 0;
    this.made = values;
  }
}

/**
 * The trie `flattenTrie` wrote, with every Map in the same order as the original's; `lazy`: each
 * node's values restored when first read instead of now.
 */
export function restoreFlatTrie<T, V>(flat: FlatTrie<V>, restore: (value: V) => T, lazy = false): NameTrie<T> {
  const trie = new NameTrie<T>();
  const { forms, shape, values } = flat;
  let at = 0;
  let v = 0;
  const fill = (map: Map<string, TrieNode<T>>, count: number): void => {
    for (let c = 0; c < count; c++) {
      const i = at++;
      const nv = shape[2 * i];
      const nc = shape[2 * i + 1];
      let node: TrieNode<T>;
      if (lazy) node = new LazyValuesNode(values, v, nv, restore);
      else {
        node = { next: null, values: null };
        if (nv > 0) node.values = values.slice(v, v + nv).map(restore);
      }
      v += nv;
      if (nc > 0) fill((node.next = new Map()), nc);
      map.set(forms[i], node);
    }
  };
  fill(trie.root, flat.roots);
  trie.setSize(v);
  return trie;
}
