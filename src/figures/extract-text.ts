// Figures of a plain string, all of it treated as article body (no page layout): what the
// number-spec scorers, the benchmark and library users call. parseFigure reads a whole phrase
// the way Duckling's corpora mean it ("شهر" = 1 month, "نصف" = 0.5).
import { Doc } from '../model/document.js';
import type { Figure } from '../model/types.js';
import { sentences } from '../text/stages/04-sentences.js';
import { tokenize } from '../text/tokenize.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { documentFigures } from './extract.js';

export interface ExtractFiguresOptions {
  /** Publication date YYYY-MM-DD, for relative dates (هذا العام، الشهر الماضي) and years of bare months. */
  published?: string | null;
  /** ISO 3166-1 alpha-2 of the outlet's country, for bare ريال/دينار/جنيه. */
  siteCountry?: string | null;
}

function bodyDoc(text: string, options: ExtractFiguresOptions): Doc {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = new Doc(clean, 'text');
  doc.meta.published = options.published ?? null;
  doc.meta.siteCountry = options.siteCountry ?? null;
  doc.meta.language = 'arb';
  return doc;
}

/** `text` as a document of article body split into sentences and tokens, ready for documentFigures. */
export function tokenizedDoc(text: string, options: ExtractFiguresOptions = {}): Doc {
  const doc = bodyDoc(text, options);
  sentences.run(doc);
  const knowledge = defaultWordKnowledge();
  for (const s of doc.sentences) {
    s.tokenStart = doc.tokens.length;
    tokenize(doc.text, s.start, s.end, knowledge, s.index, doc.tokens.length, doc.tokens);
    s.tokenEnd = doc.tokens.length;
  }
  return doc;
}

/** The figures of `text`, read as article body: sentences, tokens, then figures. */
export function extractFigures(text: string, options: ExtractFiguresOptions = {}): Figure[] {
  if (typeof text !== 'string') throw new TypeError('extractFigures: text must be a string');
  return documentFigures(tokenizedDoc(text, options));
}

/**
 * The one figure that `phrase`, read as a whole, expresses ("ثلاثة أرباع" → 0.75, "10-20 دولار"
 * → 10..20 USD, "شهرين" → 2 months), or null when it holds none or several.
 */
export function parseFigure(phrase: string, options: ExtractFiguresOptions = {}): Figure | null {
  if (typeof phrase !== 'string') throw new TypeError('parseFigure: phrase must be a string');
  const doc = bodyDoc(phrase, options);
  let start = 0;
  let end = doc.text.length;
  while (start < end && /\s/u.test(doc.text[start])) start++;
  while (end > start && /\s/u.test(doc.text[end - 1])) end--;
  if (end === start) return null;
  doc.sentences = [{ index: 0, start, end, tokenStart: 0, tokenEnd: 0 }];
  tokenize(doc.text, start, end, defaultWordKnowledge(), 0, 0, doc.tokens);
  doc.sentences[0].tokenEnd = doc.tokens.length;
  const figures = documentFigures(doc, { phrase: true });
  return figures.length === 1 ? figures[0] : null;
}
