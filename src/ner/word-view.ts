// What the features see of one token: its normalized forms and shape. A pipeline token is
// already one word; a CoNLL token may hold punctuation ("(د", "أ)" in ANERcorp's "(د ب أ)")
// or several parts ("سوغد-500"), so it is tokenized and its longest word part stands for it.
import { foldString } from '../text/normalize/index.js';
import type { Token, TokenKind } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge, type WordKnowledge } from '../text/word-knowledge.js';
import { cliticBits, cliticForms } from '../model/token.js';

export interface WordView {
  /** Normalized whole word (folds of src/text/normalize). */
  norm: string;
  /** Proclitics removed, article kept. */
  base: string;
  /** Every clitic removed. */
  stem: string;
  kind: TokenKind | 'empty';
  /** Clitic types in order, e.g. `conj+article` (empty for none). */
  clitics: string;
  stop: boolean;
  /** The raw token had punctuation before / after its word, or several word parts. */
  punctBefore: boolean;
  punctAfter: boolean;
  parts: number;
  /** The word as written (for Latin case). */
  surface: string;
}

function cliticSignature(t: Token): string {
  if (cliticBits(t) === 0) return '';
  const clitics = cliticForms(t);
  let s = clitics[0].type as string;
  for (let i = 1; i < clitics.length; i++) s += '+' + clitics[i].type;
  return s;
}

/** The view of a pipeline token. */
export function viewOfToken(t: Token): WordView {
  return {
    norm: t.norm,
    base: t.base,
    stem: t.stem,
    kind: t.kind,
    clitics: cliticSignature(t),
    stop: t.stop,
    punctBefore: false,
    punctAfter: false,
    parts: 1,
    surface: t.text,
  };
}

const EMPTY_VIEW: WordView = {
  norm: '',
  base: '',
  stem: '',
  kind: 'empty',
  clitics: '',
  stop: false,
  punctBefore: false,
  punctAfter: false,
  parts: 0,
  surface: '',
};

function isWord(t: Token): boolean {
  return t.kind !== 'punct' && t.kind !== 'symbol';
}

/** The view of a raw token string (a CoNLL token). */
export function viewOfString(raw: string, knowledge: WordKnowledge = defaultWordKnowledge()): WordView {
  const parts = tokenize(raw, 0, raw.length, knowledge);
  if (parts.length === 0) return EMPTY_VIEW;
  if (parts.length === 1) return viewOfToken(parts[0]);
  let core = -1;
  let words = 0;
  for (let i = 0; i < parts.length; i++) {
    if (!isWord(parts[i])) continue;
    words++;
    if (core < 0 || parts[i].text.length > parts[core].text.length) core = i;
  }
  if (core < 0) {
    // Only punctuation ("...", "-)"): the folded whole is the word.
    const norm = foldString(raw);
    return { ...EMPTY_VIEW, norm, base: norm, stem: norm, kind: 'punct', parts: 0, surface: raw };
  }
  const v = viewOfToken(parts[core]);
  v.punctBefore = parts[0].start < parts[core].start && !isWord(parts[0]);
  v.punctAfter = parts[parts.length - 1].end > parts[core].end && !isWord(parts[parts.length - 1]);
  v.parts = words;
  return v;
}
