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

/** A trie node as stored in a compiled file: its form, its values (or 0), its children (or 0). */
export type StoredNode<V> = [form: string, values: V[] | 0, children: StoredNode<V>[] | 0];

/** The trie as nested arrays, children in insertion order (object keys would put numbers first). */
export function storeTrie<T, V>(trie: NameTrie<T>, store: (value: T) => V): StoredNode<V>[] {
  const walk = (map: Map<string, TrieNode<T>>): StoredNode<V>[] =>
    Array.from(map, ([form, node]): StoredNode<V> => [form, node.values ? node.values.map(store) : 0, node.next ? walk(node.next) : 0]);
  return walk(trie.root);
}

/**
 * A restored node whose values are made from their stored form when first read (a compiled
 * gazetteer parses an entry only when a text reaches a name of it).
 */
class LazyValuesNode<T, V> implements TrieNode<T> {
  next: Map<string, TrieNode<T>> | null = null;
  private made: T[] | null = null;

  constructor(
    private stored: readonly V[] | null,
    private readonly restore: (value: V) => T,
  ) {}

  get values(): T[] | null {
    if (this.stored !== null) {
      this.made = this.stored.map(this.restore);
      this.stored = null;
    }
    return this.made;
  }

  set values(values: T[] | null) {
    this.stored = null;
    this.made = values;
  }
}

/**
 * The trie `storeTrie` wrote, with every Map in the same order as the original's; `lazy`: each
 * node's values restored when first read instead of now.
 */
export function restoreTrie<T, V>(nodes: readonly StoredNode<V>[], restore: (value: V) => T, lazy = false): NameTrie<T> {
  const trie = new NameTrie<T>();
  let size = 0;
  const fill = (map: Map<string, TrieNode<T>>, list: readonly StoredNode<V>[]): void => {
    for (const [form, values, children] of list) {
      let node: TrieNode<T>;
      if (lazy) node = new LazyValuesNode(values === 0 ? null : values, restore);
      else {
        node = { next: null, values: null };
        if (values !== 0) node.values = values.map(restore);
      }
      if (values !== 0) size += values.length;
      if (children !== 0) fill((node.next = new Map()), children);
      map.set(form, node);
    }
  };
  fill(trie.root, nodes);
  trie.setSize(size);
  return trie;
}
