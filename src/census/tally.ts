// Counts the shapes of the number-bearing spans of many articles, with what arqam reads in each:
// per shape its count, the articles it occurs in, the signature of arqam's figures over its spans
// (the kinds of the figures that overlap the span, `~part` for one that covers only part of it,
// `~out` for one that reaches beyond it, `none` when there is no figure), and a few examples.
import type { Figure } from '../model/types.js';
import type { Doc } from '../model/document.js';
import { documentFigures, findUrls } from '../figures/extract.js';
import type { SentenceScan } from '../figures/scan.js';
import { findNumberSpans, type NumberSpan } from './find-spans.js';

export interface CensusExample {
  article: string;
  /** The sentence around the span, the span marked ⟦ ⟧. */
  context: string;
  text: string;
  signature: string;
  /** arqam's figures over the span: [text] kind value unit qualifier. */
  readings: string[];
}

export interface ShapeStat {
  shape: string;
  count: number;
  articles: number;
  /** Signature → spans. */
  signatures: Map<string, number>;
  /** The first examples, from different articles. */
  examples: CensusExample[];
  /** One example per signature, for the first signatures met. */
  bySignature: Map<string, CensusExample>;
  lastArticle: string;
}

export interface Census {
  articles: number;
  /** Articles with at least one number-bearing span. */
  withSpans: number;
  spans: number;
  shapes: Map<string, ShapeStat>;
}

export const EXAMPLES_PER_SHAPE = 3;
const SIGNATURE_EXAMPLES = 6;
const CONTEXT = 60;

/** The article text of an unlabeled-corpus record: inside <TEXT> for the ANT files, else the whole text. */
export function articleText(text: string): string {
  const open = text.indexOf('<TEXT>');
  if (open < 0) return text;
  const close = text.indexOf('</TEXT>', open);
  return text.slice(open + 6, close < 0 ? text.length : close);
}

export function newCensus(): Census {
  return { articles: 0, withSpans: 0, spans: 0, shapes: new Map() };
}

/** One figure as a reading: [text] kind value..max unit qualifier. */
export function reading(f: Figure): string {
  const value = f.value_max !== null && f.value_max !== undefined ? `${f.value}..${f.value_max}` : String(f.value);
  return [`[${f.text}]`, f.kind, value, f.unit ?? '', f.qualifier ?? ''].filter((x) => x !== '').join(' ');
}

/** The signature of arqam's figures over span `sp` (a figure covers it when it overlaps each content part). */
export function signature(
  sp: { start: number; end: number; content: { start: number; end: number }[] },
  figures: readonly Figure[],
): string {
  const parts: string[] = [];
  for (const f of figures) {
    if (f.end <= sp.start || f.start >= sp.end) continue;
    let p = f.kind;
    if (sp.content.some((c) => f.end <= c.start || f.start >= c.end)) p += '~part';
    if (f.start < sp.start || f.end > sp.end) p += '~out';
    parts.push(p);
  }
  return parts.length === 0 ? 'none' : parts.join(' + ');
}

function contextOf(text: string, sentence: { start: number; end: number }, sp: NumberSpan): string {
  const from = Math.max(sentence.start, sp.start - CONTEXT);
  const to = Math.min(sentence.end, sp.end + CONTEXT);
  const clean = (x: string) => x.replace(/\s+/g, ' ');
  return `${from > sentence.start ? '…' : ''}${clean(text.slice(from, sp.start))}⟦${clean(text.slice(sp.start, sp.end))}⟧${clean(text.slice(sp.end, to))}${to < sentence.end ? '…' : ''}`.trim();
}

/**
 * Adds one article (a document already split into sentences and tokens, see tokenizedDoc) to the
 * census; `figures` are arqam's figures of it (documentFigures when not given).
 */
export function addArticle(census: Census, article: string, doc: Doc, figures: readonly Figure[] = documentFigures(doc)): void {
  census.articles++;
  const urls = findUrls(doc.text, doc.body.start, doc.body.end);
  const bySentence = new Map<number, Figure[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  let any = false;
  const blocked = new Uint8Array(0);
  for (const sentence of doc.sentences) {
    if (sentence.tokenEnd === sentence.tokenStart) continue;
    const s: SentenceScan = {
      text: doc.text,
      tokens: doc.tokens,
      from: sentence.tokenStart,
      to: sentence.tokenEnd,
      blocked,
      phrase: false,
      published: null,
      urls,
    };
    const spans = findNumberSpans(s, urls);
    if (spans.length === 0) continue;
    any = true;
    const figs = bySentence.get(sentence.index) ?? [];
    for (const sp of spans) {
      census.spans++;
      const sig = signature(sp, figs);
      let stat = census.shapes.get(sp.shape);
      if (!stat) {
        stat = { shape: sp.shape, count: 0, articles: 0, signatures: new Map(), examples: [], bySignature: new Map(), lastArticle: '' };
        census.shapes.set(sp.shape, stat);
      }
      stat.count++;
      const newArticle = stat.lastArticle !== article;
      if (newArticle) {
        stat.articles++;
        stat.lastArticle = article;
      }
      stat.signatures.set(sig, (stat.signatures.get(sig) ?? 0) + 1);
      const wantExample = newArticle && stat.examples.length < EXAMPLES_PER_SHAPE;
      const wantSig = !stat.bySignature.has(sig) && stat.bySignature.size < SIGNATURE_EXAMPLES;
      if (wantExample || wantSig) {
        const example: CensusExample = {
          article,
          context: contextOf(doc.text, sentence, sp),
          text: doc.text.slice(sp.start, sp.end),
          signature: sig,
          readings: figs.filter((f) => f.end > sp.start && f.start < sp.end).map(reading),
        };
        if (wantExample) stat.examples.push(example);
        if (wantSig) stat.bySignature.set(sig, example);
      }
    }
  }
  if (any) census.withSpans++;
}
