// CoNLL NER evaluation: the tagger of src/ner tags the tokens of a CoNLL file (or of every
// file of a folder) and src/ner/score-conll.ts scores it entity by entity (exact span and type,
// IOB2, PERS LOC ORG MISC; AQMAR's PER and MIS are read as PERS and MISC).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitHeldOut } from '../ner/corpora.js';
import { defaultTagger } from '../ner/load-model.js';
import { parseConll } from '../ner/read-conll.js';
import { scoreConll } from '../ner/score-conll.js';
import { parseTag, TAGS } from '../ner/tags.js';
import type { Prf } from './prf.js';

export interface ConllEvaluation {
  files: string[];
  sentences: number;
  tokens: number;
  micro: Prf;
  byType: Record<string, Prf>;
  /** Share of tokens tagged exactly as the gold. */
  accuracy: number;
  /** Recall of gold entities of one token and of several tokens (every type pooled). */
  lengths?: { single: { found: number; total: number; recall: number }; multi: { found: number; total: number; recall: number } };
  /** What the model says it was trained on, to see the test set is not in it. */
  training: unknown;
  /** Gold tags that are not O or B-/I- of the four types (read as no entity), with where. */
  unknownTags: { tag: string; at: string }[];
}

export type ConllOutcome = { ok: true; result: ConllEvaluation } | { ok: false; reason: string };

/** A tagger as the eval uses it: tags one sentence's tokens, or a document's sentences at once. */
export interface SentenceTagger {
  tagSentence(tokens: readonly string[]): string[];
  tagSentences?(sentences: readonly (readonly string[])[]): string[][];
  model?: { info?: { training?: unknown } };
}

/** The shipped tagger, or why it cannot be loaded. */
export async function loadTagger(): Promise<{ ok: true; tagger: SentenceTagger } | { ok: false; reason: string }> {
  try {
    return { ok: true, tagger: defaultTagger() };
  } catch (error) {
    return { ok: false, reason: `no tagger available (defaultTagger() failed: ${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The CoNLL files of a path: the file itself, or a folder's *.txt / *.conll files, sorted. */
export function conllFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => /\.(txt|conll|iob|bio)$/i.test(n))
    .sort()
    .map((n) => join(path, n));
}

/**
 * Tags and scores the CoNLL file or folder at `path`; with `heldOut`, only the sentences of the
 * file's last `heldOut` share of tokens (the tagger's dev tenth of ANERcorp's train file, cut as
 * the trainer cuts it).
 */
export async function evaluateConll(path: string, tagger?: SentenceTagger, heldOut?: number): Promise<ConllOutcome> {
  let files: string[];
  try {
    files = conllFiles(path);
  } catch (error) {
    return {
      ok: false,
      reason: `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    };
  }
  if (!tagger) {
    const loaded = await loadTagger();
    if (!loaded.ok) return loaded;
    tagger = loaded.tagger;
  }
  const gold: string[][] = [];
  const pred: string[][] = [];
  const unknownTags: ConllEvaluation['unknownTags'] = [];
  for (const file of files) {
    const all = parseConll(readFileSync(file, 'utf8'));
    const sentences = heldOut === undefined ? all : splitHeldOut(all, heldOut).heldOut;
    for (const s of sentences) {
      const missing = s.tags.indexOf(null);
      if (missing >= 0)
        return { ok: false, reason: `${file}:${s.line + missing}: token ${JSON.stringify(s.tokens[missing])} has no tag column` };
      const tags = (s.tags as string[]).map((t, i) => {
        const k = parseTag(t);
        if (k >= 0) return TAGS[k];
        // A tag outside the set (AQMAR's slips: «IO», «I--ORG», «B-MIS-1», «B-ENGLISH») is
        // read as no entity, and reported, not hidden.
        unknownTags.push({ tag: t, at: `${file}:${s.line + i}` });
        return 'O';
      });
      gold.push(tags);
    }
    // Each file is one document: a tagger that reads whole documents gets it whole.
    const tokens = sentences.map((s) => s.tokens);
    if (tagger.tagSentences) pred.push(...tagger.tagSentences(tokens));
    else for (const t of tokens) pred.push(tagger.tagSentence(t));
  }
  const score = scoreConll(gold, pred);
  return {
    ok: true,
    result: {
      files,
      sentences: score.sentences,
      tokens: score.tokens,
      micro: score.micro,
      byType: score.types,
      accuracy: score.accuracy,
      lengths: score.lengths,
      training: tagger.model?.info?.training ?? null,
      unknownTags,
    },
  };
}
