// The library's entry point: an Arabic news article in, the analysis of CONTRACT.md out.
import { createHash } from 'node:crypto';
import { Doc, type GivenMeta } from './model/document.js';
import { buildPipeline, type Pipeline, type Stage } from './model/pipeline.js';
import type { Analysis } from './model/types.js';
import { language, normalize, pageLayout, sentences, tokensStage } from './text/stages/index.js';
import { nerStage } from './ner/stage.js';
import { entitiesStage } from './entities/index.js';
import { projectsStage } from './projects/index.js';
import { figuresStage } from './figures/stage.js';
import { arabicOnly } from './text/arabic-input.js';

export interface AnalyzeOptions {
  /** Where the text came from (a file path, a record id); recorded as `document.source`. */
  source?: string | null;
  /** The input's bytes, for the document id; by default the UTF-8 encoding of the text. */
  bytes?: Uint8Array;
  /**
   * Metadata the publisher gives beside the text (a JSON record's title and date): it takes the
   * place of what the page layout reads, before the later stages run, so that "الأحد" and "العام
   * الماضي" resolve against the record's date. Null fields are not given.
   */
  meta?: GivenMeta;
}

/**
 * The stages of the full analysis, in order. The rule stages run only on Arabic documents
 * (src/text/arabic-input.ts: a document in another language gets a message instead).
 */
export function defaultStages(): Stage[] {
  return [
    pageLayout,
    language,
    normalize,
    sentences,
    tokensStage(),
    ...[figuresStage, nerStage(), entitiesStage(), projectsStage()].map(arabicOnly),
  ];
}

let defaultPipeline: Pipeline | undefined;

/** The default pipeline, built (and its order checked) once. */
export function getPipeline(): Pipeline {
  defaultPipeline ??= buildPipeline(defaultStages());
  return defaultPipeline;
}

/** First 16 hex digits of the SHA-256 of the input bytes. */
export function documentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Runs the pipeline and returns the annotated document (tokens and all). */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}, pipeline: Pipeline = getPipeline()): Doc {
  const bytes = options.bytes ?? Buffer.from(text, 'utf8');
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = new Doc(clean, documentId(bytes), options.source ?? null);
  doc.given = options.meta ?? null;
  return pipeline.run(doc);
}

/** The analysis (CONTRACT.md, schema arqam.analysis/1) of one article given as a string. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDocument(text, options));
}

/** The contract view of an annotated document. */
export function toAnalysis(doc: Doc): Analysis {
  return {
    schema: 'arqam.analysis/1',
    document: {
      id: doc.id,
      source: doc.source,
      title: doc.meta.title,
      published: doc.meta.published,
      site: doc.meta.site,
      author: doc.meta.author,
      language: doc.meta.language,
      body: { start: doc.body.start, end: doc.body.end },
      chars: doc.text.length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
      set_aside: doc.setAside,
      paragraphs: doc.paragraphs,
    },
    sentences: doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    entities: doc.entities,
    figures: doc.figures,
    projects: doc.projects,
    messages: doc.messages,
  };
}
