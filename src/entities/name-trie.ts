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
}
