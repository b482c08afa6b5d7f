// The document that travels through the pipeline: the input text, never changed, and the
// annotations the stages add, every one a span into that text.
import type { Entity, Figure, Message, ParagraphRecord, Project, SetAside, Span } from './types.js';
import type { Token } from './token.js';
import type { FoldedView } from './folded-view.js';

export interface Sentence extends Span {
  index: number;
  /** Index of the sentence's first token in `Doc.tokens`. */
  tokenStart: number;
  /** One past the index of its last token. */
  tokenEnd: number;
}

export interface NerSpan extends Span {
  type: 'PERS' | 'LOC' | 'ORG' | 'MISC';
  /** Index of the first token and one past the last token of the span in `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface DocumentMeta {
  title: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  site: string | null;
  author: string | null;
  /** ISO 639-3; `und` until the language stage runs. */
  language: string;
  /** ISO 3166-1 alpha-2 of the outlet's country when the page tells (for currency and aliases). */
  siteCountry: string | null;
}

/** What the input's publisher states beside the text (a record's title and date), over what the page says. */
export type GivenMeta = Partial<Pick<DocumentMeta, 'title' | 'published' | 'site' | 'author'>>;

export class Doc {
  /** The input text, as decoded (BOM removed). Never changed. */
  readonly text: string;
  readonly id: string;
  readonly source: string | null;
  meta: DocumentMeta = {
    title: null,
    published: null,
    site: null,
    author: null,
    language: 'und',
    siteCountry: null,
  };
  /** The article itself, once site chrome is set aside. */
  body: Span;
  /** Spans set aside as site chrome; those inside the body are skipped by later stages. */
  setAside: SetAside[] = [];
  paragraphs: ParagraphRecord[] = [];
  /** The normalized view of the text up to the body's end (stage normalize). */
  folded: FoldedView | null = null;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  /** Spans the statistical NER tagger found (stage ner), for the entity stage to merge. */
  nerSpans: NerSpan[] = [];
  entities: Entity[] = [];
  figures: Figure[] = [];
  projects: Project[] = [];
  messages: Message[] = [];
  /** Metadata given with the text (analyze's `meta` option): the page layout stage puts it over what it reads. */
  given: GivenMeta | null = null;

  constructor(text: string, id: string, source: string | null = null) {
    this.text = text;
    this.id = id;
    this.source = source;
    this.body = { start: 0, end: text.length };
  }

  /** Records something a stage could not handle, at the place it happened. */
  message(reason: string, start: number, end: number, rule: string): void {
    this.messages.push({ reason, start, end, rule });
  }

  /** The sentence index holding offset `pos` (binary search), or -1. */
  sentenceAt(pos: number): number {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < s[mid].start) hi = mid - 1;
      else if (pos >= s[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
